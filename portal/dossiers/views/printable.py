"""The one-stop forms of TT 01/2018/TT-VPCP as printable pages for staff.

Mẫu 02–05 for one dossier (A5), Mẫu 06 the unit's register for a date range (A4, also as an
Excel workbook). Forms naming the applicant are logged as views of personal data.
"""

from __future__ import annotations

from datetime import date

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.dossiers import access, printouts, register
from portal.dossiers.staff_forms import RegisterForm
from portal.dossiers.views.staff import log_personal_data_view

EVENT_FORMS = {"02", "03", "04"}


def form_page(request: HttpRequest, pk: int, number: str) -> HttpResponse:
    dossier = access.get_dossier(request, pk)
    context = {"dossier": dossier, "title": printouts.TITLES.get(number, ""), "number": number}
    if number in EVENT_FORMS:
        event = printouts.latest_event(dossier, number)
        if event is None:
            raise Http404
        context["event"] = event
        context["apology"] = printouts.apology(dossier) if number == "04" else None
        log_personal_data_view(request, dossier, f"mau-{number}")
    elif number == "05":
        context["rows"] = printouts.control_sheet(dossier)
    else:
        raise Http404
    return render(request, f"dossiers/forms/mau_{number}.html", context)


def _register_form(request: HttpRequest) -> RegisterForm:
    if "start" in request.GET or "end" in request.GET:
        return RegisterForm(request.GET)
    today = timezone.localdate()
    initial = {"start": today.replace(day=1), "end": today}
    return RegisterForm(initial=initial)


def _unit_title(request: HttpRequest) -> str:
    unit = getattr(request.user, "unit", None)
    return unit.name if unit else _("Tất cả đơn vị")


def register_page(request: HttpRequest) -> HttpResponse:
    """Choose the dates; then print (A4) or download the Excel workbook."""
    access.require_processor(request.user)
    form = _register_form(request)
    context = {"form": form, "query": request.GET.urlencode() if form.is_bound else ""}
    if form.is_bound and form.is_valid():
        context["count"] = len(_rows(request, form))
    return render(request, "dossiers/staff/register.html", context)


def _rows(request: HttpRequest, form: RegisterForm) -> list[register.RegisterRow]:
    data = form.cleaned_data
    return register.rows(access.unit_dossiers(request.user), data["start"], data["end"])


def _valid_form(request: HttpRequest) -> RegisterForm:
    access.require_processor(request.user)
    form = RegisterForm(request.GET)
    if not form.is_valid():
        raise Http404
    return form


def _title(request: HttpRequest, start: date, end: date) -> str:
    return _("Sổ theo dõi hồ sơ — %(unit)s — từ %(start)s đến %(end)s") % {
        "unit": _unit_title(request),
        "start": f"{start:%d/%m/%Y}",
        "end": f"{end:%d/%m/%Y}",
    }


def _log_register(request: HttpRequest, screen: str, start: date, end: date) -> None:
    """The register names applicants: log it against the unit (or the user without one)."""
    unit = getattr(request.user, "unit", None)
    log_personal_data_view(request, unit or request.user, screen, start=str(start), end=str(end))


def register_print(request: HttpRequest) -> HttpResponse:
    form = _valid_form(request)
    rows = _rows(request, form)
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    _log_register(request, "mau-06", start, end)
    context = {
        "rows": rows,
        "headers": register.headers(),
        "unit_name": _unit_title(request),
        "start": start,
        "end": end,
        "title": printouts.TITLES["06"],
    }
    return render(request, "dossiers/forms/mau_06.html", context)


def register_xlsx(request: HttpRequest) -> HttpResponse:
    form = _valid_form(request)
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    content = register.xlsx_bytes(_rows(request, form), _title(request, start, end))
    _log_register(request, "mau-06-xlsx", start, end)
    response = HttpResponse(content, content_type=register.XLSX_TYPE)
    name = f"so-theo-doi-ho-so-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
