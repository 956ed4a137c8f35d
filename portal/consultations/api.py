"""`/api/v1/gop-y/`: published consultations with their articles and approved comments.

No personal data: a comment gives its text, its date and, only when its author agreed, the
name; never e-mail, phone or organisation (those fields are not even read here).

No `from __future__ import annotations` here: django-ninja reads these annotations at run
time to build the OpenAPI schema.
"""

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema
from ninja.pagination import paginate
from wagtail.rich_text import expand_db_html

from portal.consultations.models import Consultation, ConsultationComment
from portal.core.api import ErrorOut, PageNumbers, ValidationErrorOut

router = Router()

PUBLIC_COMMENT_FIELDS = (
    "id",
    "content",
    "submitted_at",
    "show_name",
    "name",
    "article",
    "article_label",
)


class FileOut(Schema):
    tieu_de: str
    url: str
    dinh_dang: str


class CommentOut(Schema):
    id: int
    noi_dung: str
    ngay_gui: date
    nguoi_gop_y: str | None
    gop_y_cho: str | None


class ArticleOut(Schema):
    id: int
    so_dieu: str
    ten_dieu: str
    chuong: str
    noi_dung: str
    y_kien: list[CommentOut]


class FinalDocumentOut(Schema):
    id: int
    so_ky_hieu: str
    url: str


class ConsultationOut(Schema):
    id: int
    url: str
    tieu_de: str
    co_quan_soan_thao: str
    bat_dau: datetime
    ket_thuc: datetime
    giai_doan: str
    tom_tat: str
    so_y_kien_cong_khai: int


class ConsultationDetailOut(ConsultationOut):
    phan_mo_dau: str
    tep: list[FileOut]
    cac_dieu: list[ArticleOut]
    y_kien_chung: list[CommentOut]
    bao_cao_tong_hop: str | None
    tep_bao_cao: FileOut | None
    van_ban_ban_hanh: FinalDocumentOut | None


def _summary(request: HttpRequest, consultation: Consultation, published: int) -> dict[str, Any]:
    return {
        "id": consultation.pk,
        "url": request.build_absolute_uri(consultation.get_absolute_url()),
        "tieu_de": consultation.title,
        "co_quan_soan_thao": consultation.drafting_unit.name,
        "bat_dau": timezone.localtime(consultation.opens_at),
        "ket_thuc": timezone.localtime(consultation.closes_at),
        "giai_doan": consultation.current_phase.value,
        "tom_tat": consultation.summary,
        "so_y_kien_cong_khai": published,
    }


def _comment(comment: ConsultationComment) -> dict[str, Any]:
    return {
        "id": comment.pk,
        "noi_dung": comment.content,
        "ngay_gui": timezone.localtime(comment.submitted_at).date(),
        "nguoi_gop_y": comment.public_name or None,
        "gop_y_cho": comment.article_label or None,
    }


def _file(request: HttpRequest, title: str, document: Any) -> dict[str, str]:
    return {
        "tieu_de": title,
        "url": request.build_absolute_uri(document.url),
        "dinh_dang": document.file_extension,
    }


@router.get(
    "/",
    response={200: list[ConsultationOut], 422: ValidationErrorOut},
    summary="Các đợt lấy ý kiến dự thảo đã công bố",
)
@paginate(PageNumbers)
def list_consultations(request: HttpRequest) -> Any:
    consultations = (
        Consultation.objects.public()
        .select_related("drafting_unit")
        .with_comment_counts()
        .order_by("-opens_at", "-pk")
    )
    return [_summary(request, c, c.published_count) for c in consultations]


@router.get(
    "/{consultation_id}/",
    response={200: ConsultationDetailOut, 404: ErrorOut, 422: ValidationErrorOut},
    summary="Một đợt lấy ý kiến",
)
def get_consultation(request: HttpRequest, consultation_id: int) -> Any:
    consultation = get_object_or_404(
        Consultation.objects.public().select_related("drafting_unit", "report_file"),
        pk=consultation_id,
    )
    comments = list(
        consultation.comments.published()
        .only(*PUBLIC_COMMENT_FIELDS)
        .order_by("submitted_at", "pk")
    )
    articles = list(consultation.articles.all())
    known = {article.pk for article in articles}
    data = _summary(request, consultation, len(comments))
    closed = consultation.current_phase == Consultation.Phase.CLOSED
    final = consultation.final_document
    data.update(
        {
            "phan_mo_dau": consultation.preamble,
            "tep": [
                _file(request, str(f), f.document)
                for f in consultation.files.select_related("document")
            ],
            "cac_dieu": [
                {
                    "id": article.pk,
                    "so_dieu": article.number,
                    "ten_dieu": article.title,
                    "chuong": article.chapter,
                    "noi_dung": article.text,
                    "y_kien": [_comment(c) for c in comments if c.article_id == article.pk],
                }
                for article in articles
            ],
            "y_kien_chung": [_comment(c) for c in comments if c.article_id not in known],
            "bao_cao_tong_hop": expand_db_html(consultation.report)
            if closed and consultation.report
            else None,
            "tep_bao_cao": _file(request, consultation.report_file.title, consultation.report_file)
            if closed and consultation.report_file
            else None,
            "van_ban_ban_hanh": {
                "id": final.pk,
                "so_ky_hieu": final.so_ky_hieu,
                "url": request.build_absolute_uri(final.get_absolute_url()),
            }
            if final is not None and final.live
            else None,
        }
    )
    return data
