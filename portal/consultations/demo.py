"""Demo consultations for `manage.py seed_demo` (huyện Krông Pắc). Idempotent.

- open: the draft revision of the website regulation (the seed's Quy chế, split into its
  18 articles), drafted by Văn phòng HĐND và UBND huyện, with moderated comments;
- closed: a draft regulation on emulation and commendation (Phòng Nội vụ), with the
  comments it received and its published synthesis report.

Both are published through the real editorial workflow (step 2 by a deputy head, step 3 by
the head) when those accounts exist, which seed_demo creates before calling `seed`.
The commenters are invented people with reserved example.com addresses.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal.consultations import actions
from portal.consultations.draft_text import split_articles
from portal.consultations.models import (
    CODE_PREFIX,
    Consultation,
    ConsultationComment,
    DraftArticle,
    DraftFile,
)
from portal.core import roles
from portal.core.models import Unit, User
from portal.lib.codes import tracking_code

DATA = Path(__file__).parent / "demo_data"
OPEN_TITLE = "Dự thảo Quy chế hoạt động của Trang thông tin điện tử huyện Krông Pắc (sửa đổi)"
CLOSED_TITLE = "Dự thảo Quy định công tác thi đua, khen thưởng trên địa bàn huyện Krông Pắc"

# (article number or None for the whole draft, name, e-mail, show name, content, decision)
OPEN_COMMENTS = [
    (
        "Điều 3",
        "Trần Thị Hoa",
        "hoa.tran@example.com",
        True,
        "Đề nghị ghi rõ tên miền theo đuôi .gov.vn như quy định hiện hành và bổ sung địa chỉ "
        "truy cập dự phòng khi hệ thống bảo trì.",
        "approve",
    ),
    (
        "Điều 15",
        "Lê Văn Dũng",
        "dung.le@example.com",
        False,
        "Quy trình 03 bước nên quy định thời hạn tối đa cho mỗi bước (ví dụ 01 ngày làm việc) "
        "để tin, bài về lịch tiếp công dân không bị đăng chậm.",
        "approve",
    ),
    (
        "Điều 7",
        "Phạm Thị Mai",
        "mai.pham@example.com",
        True,
        "Đề nghị bổ sung vào khoản 3 việc công khai kết quả giải quyết thủ tục hành chính "
        "và tình hình tiếp nhận hồ sơ trực tuyến hằng tháng.",
        "approve",
    ),
    (
        None,
        "Nguyễn Văn Bình",
        "binh.nguyen@example.com",
        False,
        "Dự thảo cần có một điều về bảo vệ dữ liệu cá nhân của người dân khi gửi câu hỏi, "
        "góp ý trên Website (Nghị định 13/2023/NĐ-CP).",
        "pending",
    ),
    (
        None,
        "Công ty Dịch vụ Quảng cáo",
        "quangcao@example.com",
        False,
        "Nhận thiết kế website giá rẻ, liên hệ ngay để được tư vấn miễn phí.",
        "Nội dung quảng cáo, không liên quan đến dự thảo.",
    ),
]
CLOSED_COMMENTS = [
    (
        "Điều 3",
        "Hồ Thị Xuân",
        "xuan.ho@example.com",
        True,
        "Đề nghị cho người lao động hợp đồng tại các trường học được bình xét danh hiệu "
        "“Lao động tiên tiến”; hiện nhiều nhân viên hợp đồng lâu năm chưa được xét.",
        "approve",
    ),
    (
        "Điều 4",
        "Y Phương Niê",
        "phuong.nie@example.com",
        True,
        "Thời hạn nộp hồ sơ ngày 15 tháng 12 quá sát cuối năm; đề nghị lùi về trước ngày "
        "30 tháng 11 để Hội đồng có thời gian thẩm định.",
        "approve",
    ),
    (
        None,
        "Đoàn Minh Khôi",
        "khoi.doan@example.com",
        False,
        "Đề nghị công khai danh sách đề nghị khen thưởng trên Trang thông tin điện tử huyện ít "
        "nhất 05 ngày làm việc trước khi trình Chủ tịch Ủy ban nhân dân huyện.",
        "approve",
    ),
]
CLOSED_REPORT = (
    "<p>Trong 30 ngày lấy ý kiến, Phòng Nội vụ nhận được 03 ý kiến góp ý của tổ chức, cá nhân "
    "qua Trang thông tin điện tử huyện. Kết quả tiếp thu, giải trình như sau:</p><ol>"
    "<li><b>Điều 3</b> – đề nghị bình xét “Lao động tiên tiến” cho người lao động hợp đồng: "
    "<i>tiếp thu</i>, bổ sung vào khoản 1: người làm việc theo hợp đồng từ 10 tháng trở lên "
    "trong năm được bình xét.</li>"
    "<li><b>Điều 4</b> – đề nghị lùi thời hạn nộp hồ sơ: <i>tiếp thu</i>, sửa thành "
    "“trước ngày 30 tháng 11 hằng năm”.</li>"
    "<li><b>Góp ý chung</b> – đề nghị công khai danh sách đề nghị khen thưởng: <i>tiếp thu</i>, "
    "bổ sung khoản 3 Điều 4: danh sách được công khai trên Trang thông tin điện tử huyện "
    "05 ngày làm việc trước khi trình.</li></ol>"
    "<p>Phòng Nội vụ đã hoàn thiện dự thảo, trình Ủy ban nhân dân huyện ban hành.</p>"
)


def seed(stdout: Any) -> None:
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        created = [_open_consultation(), _closed_consultation()]
    count = sum(1 for c in created if c)
    stdout.write(f"Góp ý dự thảo: đã tạo {count} đợt lấy ý kiến mẫu.\n")


def _unit(code: str) -> Unit:
    unit = Unit.objects.filter(code=code).first() or Unit.objects.order_by("pk").first()
    if unit is None:
        raise RuntimeError("No unit: run seed_demo (it creates the units) first.")
    return unit


def _at(day_offset: int, hour: int, minute: int = 0) -> datetime:
    day = timezone.localdate() + timedelta(days=day_offset)
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


@transaction.atomic
def _open_consultation() -> Consultation | None:
    if Consultation.objects.filter(title=OPEN_TITLE).exists():
        return None
    text = (DATA / "quy-che-website-huyen-krong-pac.txt").read_text(encoding="utf-8")
    consultation = _create(
        OPEN_TITLE,
        _unit("vp"),
        "Sửa đổi Quy chế ban hành năm 2011 cho phù hợp Nghị định 42/2022/NĐ-CP: nội dung "
        "bắt buộc của Trang thông tin điện tử, quy trình biên tập 03 bước, trách nhiệm cung "
        "cấp thông tin của các phòng, ban và Ủy ban nhân dân các xã, thị trấn.",
        _at(-7, 7, 30),
        _at(23, 17),
        text,
        "du-thao-quy-che-trang-thong-tin-dien-tu.txt",
    )
    for row in OPEN_COMMENTS:
        comment = actions.submit_comment(consultation, **_comment_fields(consultation, row))
        _moderate(comment, row[5])
    return consultation


@transaction.atomic
def _closed_consultation() -> Consultation | None:
    if Consultation.objects.filter(title=CLOSED_TITLE).exists():
        return None
    text = (DATA / "du-thao-quy-dinh-thi-dua-khen-thuong.txt").read_text(encoding="utf-8")
    opens, closes = _at(-75, 7, 30), _at(-45, 17)
    consultation = _create(
        CLOSED_TITLE,
        _unit("phong-noi-vu"),
        "Quy định đối tượng, nguyên tắc, danh hiệu thi đua, hình thức khen thưởng và thủ tục "
        "xét khen thưởng thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân huyện.",
        opens,
        closes,
        text,
        "du-thao-quy-dinh-thi-dua-khen-thuong.txt",
    )
    for index, row in enumerate(CLOSED_COMMENTS):
        # Comments received while it was open, weeks ago: recorded with their own dates.
        fields = _comment_fields(consultation, row)
        comment = ConsultationComment(
            consultation=consultation,
            article_label=fields["article"].label if fields["article"] else "",
            submitted_at=opens + timedelta(days=3 + 7 * index, hours=2),
            code=tracking_code(CODE_PREFIX, (opens + timedelta(days=3 + 7 * index)).date()),
            **fields,
        )
        comment.save()
        _moderate(comment, row[5])
    actions.close_consultation(consultation)
    draft = consultation.get_latest_revision_as_object()
    draft.report = CLOSED_REPORT
    draft.save_revision(user=_submitter(consultation))
    _publish(consultation)
    return consultation


def _create(
    title: str,
    unit: Unit,
    summary: str,
    opens: datetime,
    closes: datetime,
    text: str,
    filename: str,
) -> Consultation:
    split = split_articles(text)
    document = get_document_model()(title=title, collection=Collection.get_first_root_node())
    document.file.save(filename, ContentFile(text.encode("utf-8")), save=False)
    document.save()
    consultation = Consultation(
        title=title,
        drafting_unit=unit,
        summary=summary,
        opens_at=opens,
        closes_at=closes,
        preamble=split.preamble,
        live=False,
    )
    consultation.files = [DraftFile(document=document, title="Toàn văn dự thảo")]
    consultation.articles = [
        DraftArticle(number=a.label, title=a.title, text=a.text, chapter=a.chapter, sort_order=i)
        for i, a in enumerate(split.articles)
    ]
    consultation.save()
    consultation.save_revision(user=_submitter(consultation))
    _publish(consultation)
    consultation.refresh_from_db()
    return consultation


def _submitter(consultation: Consultation) -> User | None:
    staff = User.objects.filter(unit=consultation.drafting_unit, groups__name=roles.UNIT_UPDATER)
    return staff.first() or User.objects.filter(groups__name=roles.MEMBER).first()


def _publish(consultation: Consultation) -> None:
    """Through the editorial workflow when the demo accounts exist; else publish directly."""
    workflow = consultation.get_workflow()
    submitter = _submitter(consultation)
    if workflow is None or submitter is None:
        consultation.get_latest_revision().publish()
        return
    workflow_state = workflow.start(consultation, submitter)
    for _step in range(2):
        task_state = workflow_state.current_task_state
        if task_state is None:
            break
        task = task_state.task.specific
        actors = task.actors(consultation)
        if not actors:
            consultation.get_latest_revision().publish()
            return
        task.on_action(task_state, actors[0], "approve", comment="")
        workflow_state.refresh_from_db()


def _comment_fields(consultation: Consultation, row: tuple[Any, ...]) -> dict[str, Any]:
    number, name, email, show_name, content, _decision = row
    article = consultation.articles.filter(number=number).first() if number else None
    return {
        "article": article,
        "name": name,
        "email": email,
        "phone": "",
        "organisation": "",
        "show_name": show_name,
        "content": content,
        "consent_text": "Dữ liệu mẫu (seed_demo): không phải người thật.",
    }


def _moderate(comment: ConsultationComment, decision: str) -> None:
    moderator = User.objects.filter(groups__name=roles.MEMBER).first()
    if decision == "approve":
        actions.approve_comment(comment, by=moderator)
    elif decision != "pending":
        actions.reject_comment(comment, by=moderator, reason=decision)
