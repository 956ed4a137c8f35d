"""The public read-only JSON API, `/api/v1/`, with its OpenAPI schema at `/api/v1/schema/`.

Built on django-ninja, which Wagtail 8 already depends on. Errors answer in Vietnamese, with
the bodies the schema describes: 404 `ErrorOut` and 422 `ValidationErrorOut`.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import ValidationError

from portal.consultations.api import router as consultations_router
from portal.core.api import ErrorOut, ParameterErrorOut, ValidationErrorOut
from portal.documents.api import router as documents_router
from portal.questions.api import router as questions_router

api = NinjaAPI(
    title="API công khai của cổng thông tin điện tử",
    version="1",
    description="Dữ liệu công khai, chỉ đọc. Không chứa dữ liệu cá nhân của công dân.",
    urls_namespace="api_v1",
    openapi_url="/schema/",
    docs_url=None,
)
api.add_router("/van-ban/", documents_router, tags=["Văn bản"])
api.add_router("/gop-y/", consultations_router, tags=["Góp ý dự thảo"])
api.add_router("/hoi-dap/", questions_router, tags=["Hỏi đáp"])


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    body = ErrorOut(detail=_("Không tìm thấy dữ liệu được yêu cầu."))
    return api.create_response(request, body.model_dump(), status=404)


@api.exception_handler(ValidationError)
def invalid_parameters(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    body = ValidationErrorOut(
        detail=_("Tham số không hợp lệ."),
        errors=[
            ParameterErrorOut(tham_so=_parameter(error), loi=_message(error))
            for error in exc.errors
        ],
    )
    return api.create_response(request, body.model_dump(), status=422)


def _parameter(error: dict[str, Any]) -> str:
    """`page` for pydantic's location `("query", "page")`: where, which, then any inner part."""
    location = [str(part) for part in error.get("loc", ())]
    return location[1] if len(location) > 1 else "".join(location)


def _message(error: dict[str, Any]) -> str:
    """Pydantic's error, in Vietnamese."""
    kind = str(error.get("type", ""))
    limits = error.get("ctx") or {}
    if kind == "greater_than_equal":
        return _("Phải lớn hơn hoặc bằng %(ge)s.") % limits
    if kind == "less_than_equal":
        return _("Phải nhỏ hơn hoặc bằng %(le)s.") % limits
    if kind.startswith("int"):
        return _("Phải là một số nguyên.")
    if kind.startswith("bool"):
        return _("Phải là true hoặc false.")
    if kind == "iso_date" or kind.startswith("date"):
        return _("Phải là một ngày có thật, viết theo dạng YYYY-MM-DD.")
    return _("Giá trị không hợp lệ.")
