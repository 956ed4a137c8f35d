"""Back office of online dossiers (`/quan-tri/ho-so/`): the unit's queue, the overdue list,
one dossier with its forms, and its files.

Only holders of `dossiers.process_dossier` come in (403 for other staff; Wagtail sends the
anonymous to the login page). They see their own unit's dossiers; another unit's dossier is
404 (`access.get_unit_dossier`). Every screen showing an applicant's personal data or files
writes a "portal.personal_data.view" entry to the audit log (NĐ 13/2023 Điều 38.2).
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db.models import Model
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from portal.core import privacy
from portal.core.calendar import work_calendar
from portal.dossiers import access, actions, printouts, progress, reminders
from portal.dossiers.models import Dossier, DossierFile, field_values
from portal.dossiers.staff_forms import (
    ActionForm,
    ApologyForm,
    AssignForm,
    QueueFilterForm,
    ResultForm,
    StepForm,
    SupplementRequestForm,
)

PAGE_SIZE = 30
# The statuses in which `actions.attach_result` accepts a result file.
RESULT_STATUSES = {Dossier.Status.PROCESSING, Dossier.Status.DONE}


def log_personal_data_view(request: HttpRequest, instance: Model, screen: str, **data: Any) -> None:
    privacy.log_personal_data_view(request.user, instance, screen, **data)


def queue(request: HttpRequest) -> HttpResponse:
    access.require_processor(request.user)
    today = timezone.localdate()
    form = QueueFilterForm(request.GET or None)
    dossiers = form.apply(access.unit_dossiers(request.user), request.user, today)
    dossiers = dossiers.select_related("procedure", "unit", "assigned_to")
    page = Paginator(dossiers.order_by("-submitted_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("p")
    )
    calendar = work_calendar()
    query = request.GET.copy()
    query.pop("p", None)
    context = {
        "form": form,
        "page": page,
        "rows": [(dossier, progress.flag(dossier, today, calendar)) for dossier in page],
        "query": query.urlencode(),
    }
    return render(request, "dossiers/staff/queue.html", context)


def overdue(request: HttpRequest) -> HttpResponse:
    """Open dossiers past their due date, and those within the warning window."""
    access.require_processor(request.user)
    today, lead, calendar = timezone.localdate(), reminders.lead_days(), work_calendar()
    dossiers = (
        access.unit_dossiers(request.user)
        .open()
        .exclude(status=Dossier.Status.SUPPLEMENT)
        .filter(due_date__isnull=False)
        .select_related("procedure", "assigned_to")
        .order_by("due_date", "pk")
    )
    late, soon = [], []
    for dossier in dossiers:
        left = progress.days_left(dossier.due_date, today, calendar)
        if dossier.due_date < today:
            late.append((dossier, max(-left, 1)))
        elif left <= lead:
            soon.append((dossier, left))
    context = {"late": late, "soon": soon, "lead": lead, "today": today}
    return render(request, "dossiers/staff/overdue.html", context)


def _steps(dossier: Dossier) -> list[tuple[int, Any, str]]:
    states = []
    for index, step in enumerate(dossier.procedure.steps.all()):
        if index < dossier.current_step:
            state = "done"
        elif index == dossier.current_step and not dossier.is_finished:
            state = "current"
        else:
            state = "upcoming"
        states.append((index + 1, step, state))
    return states


def _action_forms(dossier: Dossier, bound: dict[str, Any]) -> list[tuple[str, str, Any]]:
    forms = []
    for name in actions.allowed_actions(dossier):
        form = bound.get(name)
        if form is None and name == "request_supplement":
            form = SupplementRequestForm(dossier=dossier)
        elif form is None:
            form = ActionForm(action=name)
        forms.append((name, str(actions.TRANSITIONS[name][2]), form))
    return forms


def _unsaved_notes(dossier: Dossier, bound: dict[str, Any]) -> list[str]:
    """Notes typed for an action that is no longer offered (someone else acted first)."""
    allowed = set(actions.allowed_actions(dossier))
    return [
        str(form["note"].value())
        for name, form in bound.items()
        if isinstance(form, ActionForm) and name not in allowed and form["note"].value()
    ]


def _side_forms(dossier: Dossier, bound: dict[str, Any]) -> dict[str, Any]:
    """Assign, hand a step on, apologise, upload the result: only when they may be used."""
    open_ = not dossier.is_finished
    steps_left = dossier.current_step < len(dossier.procedure.steps.all())
    forms: dict[str, Any] = {
        "assign_form": AssignForm(dossier=dossier) if open_ else None,
        "step_form": StepForm() if open_ and steps_left else None,
        "apology_form": ApologyForm(dossier=dossier)
        if open_ and not dossier.apology_sent
        else None,
        "result_form": ResultForm() if dossier.status in RESULT_STATUSES else None,
    }
    forms.update({key: form for key, form in bound.items() if key in forms})
    return forms


def detail_page(
    request: HttpRequest, dossier: Dossier, status: int = 200, **bound: Any
) -> HttpResponse:
    """The dossier with the forms its officer may use (`bound` replaces them after a bad POST)."""
    today = timezone.localdate()
    context: dict[str, Any] = {
        "dossier": dossier,
        "flag": progress.flag(dossier, today, work_calendar()),
        "fields": field_values(dossier),
        "files": dossier.files.select_related("paper"),
        "steps": _steps(dossier),
        "events": dossier.events.select_related("actor"),
        "action_forms": _action_forms(dossier, bound),
        "printouts": printouts.available(dossier),
        "has_errors": status >= 400,
        "general_errors": [e for form in bound.values() for e in form.non_field_errors()],
        "unsaved_notes": _unsaved_notes(dossier, bound),
        **_side_forms(dossier, bound),
    }
    log_personal_data_view(request, dossier, "detail")
    return render(request, "dossiers/staff/detail.html", context, status=status)


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    return detail_page(request, access.get_dossier(request, pk))


def download(request: HttpRequest, pk: int, file_id: int) -> FileResponse:
    dossier = access.get_dossier(request, pk)
    stored = get_object_or_404(DossierFile, pk=file_id, dossier=dossier)
    log_personal_data_view(request, dossier, "file", file=stored.original_name)
    return FileResponse(stored.file.open("rb"), as_attachment=True, filename=stored.original_name)
