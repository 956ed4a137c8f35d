"""`/api/v1/van-ban/`: published documents, list and detail.

No `from __future__ import annotations` here: django-ninja reads these annotations at run
time to build the OpenAPI schema and the query-parameter parser.
"""

from datetime import date
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from portal.core.api import ErrorOut, IsoDate, PageNumbers, ValidationErrorOut
from portal.documents.filters import DocumentFilterForm, public_documents

router = Router()


class AttachmentOut(Schema):
    title: str
    url: str
    file_extension: str


class RelationOut(Schema):
    kind: str
    label: str
    id: int
    so_ky_hieu: str
    url: str


class DocumentOut(Schema):
    id: int
    url: str
    so_ky_hieu: str
    so: str
    nam: int | None
    ky_hieu: str
    loai: str
    co_quan_ban_hanh: str
    linh_vuc: str | None
    nguoi_ky: str
    chuc_vu_ky: str
    dia_danh: str
    ngay_ban_hanh: date | None
    ngay_hieu_luc: date | None
    ngay_het_hieu_luc: date | None
    trich_yeu: str
    tinh_trang_hieu_luc: str
    ly_do_tinh_trang: str

    @staticmethod
    def resolve_url(obj: Any, context: Any) -> str:
        return context["request"].build_absolute_uri(obj.get_absolute_url())

    @staticmethod
    def resolve_loai(obj: Any) -> str:
        return str(obj.loai)

    @staticmethod
    def resolve_co_quan_ban_hanh(obj: Any) -> str:
        return obj.issuer_display

    @staticmethod
    def resolve_linh_vuc(obj: Any) -> str | None:
        return str(obj.linh_vuc) if obj.linh_vuc_id else None

    @staticmethod
    def resolve_tinh_trang_hieu_luc(obj: Any) -> str:
        return str(obj.get_validity_display())

    @staticmethod
    def resolve_ly_do_tinh_trang(obj: Any) -> str:
        return obj.validity_reason


class DocumentDetailOut(DocumentOut):
    can_cu: list[str]
    noi_nhan: list[str]
    tep: list[AttachmentOut]
    quan_he: list[RelationOut]
    quan_he_nguoc: list[RelationOut]

    @staticmethod
    def resolve_can_cu(obj: Any) -> list[str]:
        return obj.can_cu_list()

    @staticmethod
    def resolve_noi_nhan(obj: Any) -> list[str]:
        return obj.noi_nhan_list()

    @staticmethod
    def resolve_tep(obj: Any, context: Any) -> list[dict[str, str]]:
        request = context["request"]
        return [
            {
                "title": str(a),
                "url": request.build_absolute_uri(a.file.url),
                "file_extension": a.file.file_extension,
            }
            for a in obj.attachments.select_related("file")
        ]

    @staticmethod
    def resolve_quan_he(obj: Any, context: Any) -> list[dict[str, Any]]:
        relations = obj.relations.filter(target__live=True).select_related("target")
        return [
            _relation(r.kind, r.get_kind_display(), r.target, context["request"]) for r in relations
        ]

    @staticmethod
    def resolve_quan_he_nguoc(obj: Any, context: Any) -> list[dict[str, Any]]:
        relations = obj.incoming_relations.filter(source__live=True).select_related("source")
        return [_relation(r.kind, r.inverse_label, r.source, context["request"]) for r in relations]


class DocumentFilters(Schema):
    q: str | None = None
    loai: int | None = None
    linh_vuc: int | None = None
    co_quan: str | None = None
    nam: int | None = None
    nguoi_ky: str | None = None
    tinh_trang: str | None = None
    tu_ngay: IsoDate = Field(None, description="Ban hành từ ngày (YYYY-MM-DD).")
    den_ngay: IsoDate = Field(None, description="Ban hành đến ngày (YYYY-MM-DD).")


def _relation(kind: str, label: str, other: Any, request: HttpRequest) -> dict[str, Any]:
    return {
        "kind": kind,
        "label": label,
        "id": other.pk,
        "so_ky_hieu": other.so_ky_hieu,
        "url": request.build_absolute_uri(other.get_absolute_url()),
    }


@router.get(
    "/",
    response={200: list[DocumentOut], 422: ValidationErrorOut},
    summary="Danh sách văn bản đã công bố",
)
@paginate(PageNumbers)
def list_documents(request: HttpRequest, filters: Query[DocumentFilters]) -> Any:
    data = {k: str(v) for k, v in filters.dict().items() if v not in (None, "")}
    form = DocumentFilterForm(data)
    if not form.is_valid():
        return public_documents().none()
    return form.apply(public_documents())


@router.get(
    "/{document_id}/",
    response={200: DocumentDetailOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="Chi tiết một văn bản",
)
def get_document(request: HttpRequest, document_id: int) -> Any:
    return get_object_or_404(public_documents(), pk=document_id)
