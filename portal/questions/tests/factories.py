"""Test data for questions: a citizen with distinctive personal data, form posts that pass
the spam protections honestly (a real challenge, answered), publication through the workflow."""

from __future__ import annotations

import time
from typing import Any

from portal.core import antispam
from portal.core.tests.samples import image_bytes, pdf_bytes
from portal.documents.models import Field
from portal.news.tests.workflow_helpers import act, submit
from portal.questions import actions
from portal.questions.models import PublishedQuestion, Question

# Distinctive values: none of them can appear on a page by coincidence.
PERSONAL = {
    "name": "Hoàng Thị Xuyến",
    "email": "xuyen.hoang.7391@example.net",
    "phone": "0913579246",
    "address": "Số 17 thôn Tân Lập Quý, xã Ea Kly",
}
TITLE = "Thủ tục đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn"
CONTENT = (
    "Tôi là Hoàng Thị Xuyến, con tôi sinh tháng 3 năm nay. Vợ chồng tôi chưa đăng ký kết hôn. "
    "Xin hỏi thủ tục đăng ký khai sinh cho cháu cần những giấy tờ gì, nộp ở đâu? "
    "Liên hệ: 0913 579 246."
)

PDF = pdf_bytes()
PNG = image_bytes("PNG")


def pdf_upload(name: str = "giay-chung-sinh.pdf") -> Any:
    """An upload as the form hands it to `actions.receive` (type already sniffed)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(name, PDF, content_type="application/pdf")
    upload.sniffed_kind = "pdf"
    return upload


def question_data(field: Field, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        **PERSONAL,
        "linh_vuc": field,
        "title": TITLE,
        "content": CONTENT,
        "attachment": None,
    }
    data.update(overrides)
    return data


def form_data(field: Field, **overrides: Any) -> dict[str, Any]:
    """A complete, valid POST for the public form, with a freshly issued challenge."""
    issued = antispam.issue(issued_at=time.time() - 60)  # a person takes a while
    data: dict[str, Any] = {
        **PERSONAL,
        "linh_vuc": field.pk,
        "title": TITLE,
        "content": CONTENT,
        "consent": "on",
        "website": "",
        "challenge_token": issued.token,
        "challenge_answer": str(issued.answer),
    }
    data.update(overrides)
    return data


def publish(question: Question, member: Any, deputy: Any, head: Any) -> PublishedQuestion:
    """The board prepares the record, then steps 1–3 of the editorial workflow publish it."""
    record = actions.prepare_publication(question, by=member)
    submit(record, member)
    act(record, deputy, "approve")
    act(record, head, "approve")
    record.refresh_from_db()
    return record
