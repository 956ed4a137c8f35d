"""Consultations and comments for tests, published through the real editorial workflow."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from portal.consultations.models import Consultation, DraftArticle, DraftFile
from portal.core import antispam
from portal.core.models import Unit
from portal.news.tests.workflow_helpers import act, submit

ARTICLES = [
    ("Điều 1", "Phạm vi điều chỉnh", "Quy chế này quy định việc quản lý Trang thông tin điện tử."),
    ("Điều 2", "Giải thích từ ngữ", "Trong Quy chế này, các từ ngữ dưới đây được hiểu như sau."),
    ("Điều 3", "Tên miền", "Tên miền chính thức của Website huyện là krongpac.daklak.gov.vn."),
]

# Personal data distinctive enough that finding it anywhere public is a real leak.
PERSONAL = {
    "name": "Nguyễn Thị Bímật",
    "email": "bimat.nguoigopy@example.net",
    "phone": "0987 654 321",
    "organisation": "Hợp tác xã Kín Đáo Ea Kly",
}


def document(title: str = "Dự thảo Quy chế (toàn văn)") -> Any:
    doc = get_document_model()(title=title)
    doc.file.save("du-thao.txt", ContentFile("Điều 1. Phạm vi\n".encode()), save=False)
    doc.save()
    return doc


def make_consultation(
    unit: Unit,
    opens: datetime | None = None,
    closes: datetime | None = None,
    articles: list[tuple[str, str, str]] | None = None,
    **fields: Any,
) -> Consultation:
    """A draft consultation (not published), open from yesterday for 30 days by default."""
    now = timezone.now()
    consultation = Consultation(
        title=fields.pop("title", "Dự thảo Quy chế hoạt động của Trang thông tin điện tử"),
        drafting_unit=unit,
        summary=fields.pop("summary", "Sửa đổi Quy chế năm 2011 về Trang thông tin điện tử."),
        opens_at=opens or now - timedelta(days=1),
        closes_at=closes or now + timedelta(days=30),
        live=False,
        **fields,
    )
    consultation.articles = [
        DraftArticle(number=n, title=t, text=x, sort_order=i)
        for i, (n, t, x) in enumerate(ARTICLES if articles is None else articles)
    ]
    consultation.files = [DraftFile(document=document(), title="Toàn văn dự thảo")]
    consultation.save()
    consultation.save_revision()
    return consultation


def publish(consultation: Consultation, submitter: Any, deputy: Any, head: Any) -> Consultation:
    submit(consultation, submitter)
    act(consultation, deputy, "approve")
    act(consultation, head, "approve")
    consultation.refresh_from_db()
    return consultation


def solved_challenge() -> dict[str, str]:
    """A genuine challenge issued a minute ago, with its right answer."""
    challenge = antispam.issue(issued_at=time.time() - 60)
    return {"challenge_token": challenge.token, "challenge_answer": str(challenge.answer)}


def comment_post(article: DraftArticle | None = None, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "article": str(article.pk) if article else "",
        "content": "Đề nghị ghi rõ thời hạn cập nhật thông tin của từng đơn vị.",
        "name": PERSONAL["name"],
        "email": PERSONAL["email"],
        "phone": PERSONAL["phone"],
        "organisation": PERSONAL["organisation"],
        "consent": "on",
        "website": "",
        **solved_challenge(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
