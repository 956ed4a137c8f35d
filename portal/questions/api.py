"""`/api/v1/hoi-dap/`: published questions and answers (and answered feedback), list and detail.

Only approved records, and only their anonymous fields: no name, contact data, address,
attachment or tracking code of the asker ever appears here.

No `from __future__ import annotations` here: django-ninja reads these annotations at run
time to build the OpenAPI schema and the query-parameter parser.
"""

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from portal.core.api import ErrorOut, PageNumbers, ValidationErrorOut
from portal.questions.filters import ArchiveFilterForm, public_records
from portal.questions.models import Kind

router = Router()


class PublishedQuestionOut(Schema):
    id: int
    url: str
    loai: str
    loai_hien_thi: str
    tieu_de: str
    linh_vuc: str | None
    don_vi_tra_loi: str | None
    ngay_hoi: date
    ngay_tra_loi: date
    ngay_cong_bo: datetime | None
    thuong_gap: bool

    @staticmethod
    def resolve_url(obj: Any, context: Any) -> str:
        return context["request"].build_absolute_uri(obj.get_absolute_url())

    @staticmethod
    def resolve_loai(obj: Any) -> str:
        return obj.kind

    @staticmethod
    def resolve_loai_hien_thi(obj: Any) -> str:
        return str(obj.get_kind_display())

    @staticmethod
    def resolve_tieu_de(obj: Any) -> str:
        return obj.title

    @staticmethod
    def resolve_linh_vuc(obj: Any) -> str | None:
        return str(obj.linh_vuc) if obj.linh_vuc_id else None

    @staticmethod
    def resolve_don_vi_tra_loi(obj: Any) -> str | None:
        return str(obj.unit) if obj.unit_id else None

    @staticmethod
    def resolve_ngay_hoi(obj: Any) -> date:
        return obj.asked_on

    @staticmethod
    def resolve_ngay_tra_loi(obj: Any) -> date:
        return obj.answered_on

    @staticmethod
    def resolve_ngay_cong_bo(obj: Any) -> datetime | None:
        return obj.first_published_at

    @staticmethod
    def resolve_thuong_gap(obj: Any) -> bool:
        return obj.is_faq


class PublishedQuestionDetailOut(PublishedQuestionOut):
    cau_hoi: str
    tra_loi: str

    @staticmethod
    def resolve_cau_hoi(obj: Any) -> str:
        return obj.question_text

    @staticmethod
    def resolve_tra_loi(obj: Any) -> str:
        return obj.answer_text


class QuestionFilters(Schema):
    q: str | None = None
    loai: str | None = None
    linh_vuc: int | None = None
    don_vi: int | None = None
    nam: int | None = None
    thuong_gap: bool | None = None


@router.get(
    "/",
    response={200: list[PublishedQuestionOut], 422: ValidationErrorOut},
    summary="Danh sách hỏi đáp đã công bố",
)
@paginate(PageNumbers)
def list_questions(request: HttpRequest, filters: Query[QuestionFilters]) -> Any:
    kind = filters.loai if filters.loai in Kind.values else None
    if filters.loai and kind is None:
        return public_records().none()
    data = {
        k: str(v) for k, v in filters.dict().items() if k != "loai" and v not in (None, "", False)
    }
    form = ArchiveFilterForm(data, kind=kind)
    if not form.is_valid():
        return public_records().none()
    return form.apply(public_records(kind))


@router.get(
    "/{record_id}/",
    response={200: PublishedQuestionDetailOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="Chi tiết một câu hỏi đã trả lời",
)
def get_question(request: HttpRequest, record_id: int) -> Any:
    return get_object_or_404(public_records(), pk=record_id)
