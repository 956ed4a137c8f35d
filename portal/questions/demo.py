"""Demo questions and feedback for huyện Krông Pắc, in every state, some of them published.

Called by `manage.py seed_demo` after the core demo (units, accounts). Idempotent: an item
whose title already exists is skipped. Every item goes through the real actions (and the
published ones through the real editorial workflow); the askers are fictitious and their
addresses use the reserved `example.com` domain, so no real person is ever written to.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from portal.core import roles
from portal.core.models import Unit, User
from portal.documents.models import Field
from portal.questions import actions
from portal.questions.deadlines import due_date
from portal.questions.forms.public import CONSENT_TEXT
from portal.questions.models import Kind, PublishedQuestion, Question

# Each item: the state to reach, the unit (code, or "@thutruong": the demo unit head's own),
# lĩnh vực, how many days ago it was asked, the (fictitious) asker, and the texts.
ITEMS: list[dict[str, Any]] = [
    {
        "state": "published",
        "unit": "phong-tu-phap",
        "field": "Tư pháp",
        "days_ago": 40,
        "asker": ("Nguyễn Văn Hùng", "hung.nv.demo@example.com", "0905000101", "Thôn 4, xã Ea Kly"),
        "title": "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
        "content": "Vợ chồng tôi chung sống từ năm 2022 nhưng chưa đăng ký kết hôn, nay con gái "
        "tôi được 2 tháng tuổi. Xin hỏi tôi có đăng ký khai sinh cho cháu được không, cần "
        "những giấy tờ gì và nộp ở đâu?",
        "answer": "Theo Điều 16 Luật Hộ tịch năm 2014 và Điều 15 Nghị định 123/2015/NĐ-CP, cha "
        "mẹ chưa đăng ký kết hôn vẫn được đăng ký khai sinh cho con. Hồ sơ gồm: tờ khai theo "
        "mẫu, giấy chứng sinh; nếu người cha muốn nhận con thì làm thủ tục đăng ký khai sinh "
        "kết hợp nhận cha con. Nộp tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ; "
        "thời hạn giải quyết trong ngày làm việc.",
        "faq": True,
    },
    {
        "state": "published",
        "unit": "phong-tai-nguyen-moi-truong",
        "field": "Tài nguyên và Môi trường",
        "days_ago": 60,
        "asker": ("Trần Thị Lệ", "le.tt.demo@example.com", "", "Tổ dân phố 2, thị trấn Phước An"),
        "title": "Thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "content": "Gia đình tôi sử dụng ổn định thửa đất trồng cà phê từ năm 1998, không tranh "
        "chấp, nay muốn làm giấy chứng nhận quyền sử dụng đất lần đầu. Xin hỏi trình tự, thủ "
        "tục và thời gian giải quyết?",
        "answer": "Hộ gia đình nộp hồ sơ tại Bộ phận Một cửa của huyện hoặc của xã gồm: đơn đăng "
        "ký theo mẫu, giấy tờ về quyền sử dụng đất (nếu có), sơ đồ thửa đất. Thời hạn giải "
        "quyết không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian "
        "niêm yết công khai tại xã.",
        "faq": True,
    },
    {
        "state": "published",
        "kind": Kind.FEEDBACK,
        "unit": "phong-kinh-te-ha-tang",
        "field": "Giao thông vận tải",
        "days_ago": 25,
        "asker": (
            "Lê Quang Vinh",
            "vinh.lq.demo@example.com",
            "0905000103",
            "Thôn Tân Lập, xã Ea Yông",
        ),
        "title": "Phản ánh đèn đường hỏng trên Quốc lộ 26 đoạn qua xã Ea Yông",
        "content": "Khoảng 10 bóng đèn chiếu sáng trên Quốc lộ 26, đoạn từ cầu Ea Yông đến chợ "
        "xã, hỏng đã hơn một tháng, ban đêm rất tối, dễ xảy ra tai nạn. Đề nghị cơ quan chức "
        "năng sớm sửa chữa.",
        "answer": "Phòng Kinh tế và Hạ tầng đã phối hợp với đơn vị quản lý hệ thống chiếu sáng "
        "kiểm tra và thay thế 10 bóng đèn hỏng. Hệ thống đã hoạt động bình thường. Cảm ơn ông "
        "đã phản ánh.",
    },
    {
        "state": "forwarded",
        "unit": "@thutruong",
        "field": "Nội vụ, tổ chức bộ máy",
        "days_ago": 6,
        "asker": ("Phạm Thị Thu", "thu.pt.demo@example.com", "0905000104", "Thôn 1, xã Hòa An"),
        "title": "Chế độ đối với người hoạt động không chuyên trách ở thôn khi nghỉ việc",
        "content": "Tôi làm phó thôn được 8 năm, nay thôn sáp nhập nên tôi phải nghỉ. Xin hỏi "
        "tôi có được hưởng trợ cấp gì không và thủ tục thế nào?",
    },
    {
        "state": "overdue",
        "unit": "@thutruong",
        "field": "Nội vụ, tổ chức bộ máy",
        "days_ago": 30,
        "asker": ("Võ Văn Tài", "", "0905000105", "Thôn 3, xã Vụ Bổn"),
        "title": "Xét tuyển viên chức giáo viên năm học mới",
        "content": "Tôi tốt nghiệp sư phạm tiểu học, muốn hỏi năm nay huyện có tuyển viên "
        "chức giáo viên không, chỉ tiêu và thời gian nhận hồ sơ khi nào?",
    },
    {
        "state": "answer_submitted",
        "unit": "@thutruong",
        "field": "Nội vụ, tổ chức bộ máy",
        "days_ago": 12,
        "asker": ("Đỗ Thị Hạnh", "hanh.dt.demo@example.com", "", "Thôn 5, xã Ea Phê"),
        "title": "Thời gian tập sự của công chức cấp xã mới tuyển dụng",
        "content": "Tôi vừa trúng tuyển công chức văn phòng – thống kê xã. Xin hỏi thời gian "
        "tập sự là bao lâu và trong thời gian tập sự được hưởng lương thế nào?",
        "answer": "Theo Nghị định 33/2023/NĐ-CP, thời gian tập sự của công chức cấp xã là 06 "
        "tháng; trong thời gian tập sự được hưởng 85% mức lương bậc 1 của ngạch tuyển dụng.",
    },
    {
        "state": "received",
        "field": "Giáo dục và Đào tạo",
        "days_ago": 1,
        "asker": (
            "Hoàng Minh Tuấn",
            "tuan.hm.demo@example.com",
            "0905000107",
            "Thôn 2, xã Krông Búk",
        ),
        "title": "Tuyển sinh vào lớp 6 năm học 2026–2027",
        "content": "Con tôi học lớp 5 trường tiểu học ở xã, năm tới muốn vào lớp 6 trường THCS "
        "ở thị trấn Phước An. Xin hỏi tuyển sinh theo hình thức xét tuyển hay thi, và có "
        "được học trái tuyến không?",
    },
    {
        "state": "received",
        "kind": Kind.FEEDBACK,
        "field": "Tài nguyên và Môi trường",
        "days_ago": 2,
        "suggested": "xa-ea-kly",
        "asker": ("Y Bhim Niê", "", "0905000108", "Buôn Ea Kly, xã Ea Kly"),
        "title": "Phản ánh bãi rác tự phát cạnh chợ Ea Kly",
        "content": "Cạnh chợ Ea Kly có một bãi rác tự phát ngày càng lớn, bốc mùi, ảnh hưởng "
        "đến các hộ dân xung quanh. Đề nghị xã và huyện có biện pháp thu gom, xử lý.",
    },
    {
        "state": "rejected",
        "field": "Khác",
        "days_ago": 9,
        "asker": ("Vay Nhanh", "vaynhanh.demo@example.com", "", "Không rõ"),
        "title": "Vay tiền nhanh không cần thế chấp, lãi suất thấp",
        "content": "Hỗ trợ vay tiền nhanh trong 30 phút, chỉ cần căn cước công dân, liên hệ "
        "ngay để được tư vấn miễn phí.",
    },
    {
        "state": "answered",
        "unit": "phong-lao-dong-tbxh",
        "field": "Lao động – Thương binh và Xã hội",
        "days_ago": 20,
        "asker": ("Ksor H'Lan", "hlan.demo@example.com", "", "Buôn Ea Knuếc, xã Ea Knuếc"),
        "title": "Hồ sơ hưởng trợ cấp xã hội của mẹ tôi",
        "content": "Mẹ tôi 80 tuổi, đã nộp hồ sơ hưởng trợ cấp xã hội hằng tháng ở xã từ tháng "
        "trước. Xin hỏi hồ sơ của mẹ tôi đã được giải quyết chưa?",
        "answer": "Hồ sơ của bà đã được Phòng Lao động – Thương binh và Xã hội thẩm định và "
        "trình Chủ tịch UBND huyện quyết định; trợ cấp được chi trả từ tháng sau qua UBND xã.",
        "personal": True,
    },
]


def _user(username: str, role: str) -> User | None:
    return (
        User.objects.filter(username=username).first()
        or User.objects.filter(groups__name=role, is_active=True).order_by("pk").first()
    )


def _unit(code: str, unit_head: User | None) -> Unit | None:
    if code == "@thutruong" and unit_head is not None and unit_head.unit_id:
        return unit_head.unit
    return (
        Unit.objects.filter(code=code).first()
        or Unit.objects.filter(kind=Unit.Kind.DEPARTMENT).order_by("name").first()
    )


def _approve(record: PublishedQuestion, member: User, deputy: User, head: User) -> None:
    """Steps 1–3 of the editorial workflow, as the board members would do them."""
    workflow = record.get_workflow()
    if workflow is None:  # no workflow configured: publish as the board's decision
        record.save_revision(user=head).publish(user=head, skip_permission_checks=True)
        actions.publication_approved(record)
        return
    workflow.start(record, member)
    for user in (deputy, head):
        state = WorkflowState.objects.for_instance(record).get(
            status=WorkflowState.STATUS_IN_PROGRESS
        )
        task_state: TaskState = state.current_task_state.specific
        task_state.task.specific.on_action(task_state, user, "approve", comment="")


def _create(row: dict[str, Any]) -> tuple[Question, str]:
    name, email, phone, address = row["asker"]
    kind = row.get("kind", Kind.QUESTION)
    data = {
        "name": name,
        "email": email,
        "phone": phone,
        "address": address,
        "linh_vuc": Field.objects.filter(name=row["field"]).first(),
        "suggested_unit": Unit.objects.filter(code=row.get("suggested", "")).first(),
        "title": row["title"],
        "content": row["content"],
    }
    question, secret = actions.receive(kind, data, str(CONSENT_TEXT))
    asked = timezone.now() - timedelta(days=row["days_ago"])
    Question.objects.filter(pk=question.pk).update(submitted_at=asked, consent_at=asked)
    question.events.update(created_at=asked)
    question.refresh_from_db()
    return question, secret


def _advance(question: Question, row: dict[str, Any], people: dict[str, User | None]) -> None:
    state = row["state"]
    member, unit_head = people["member"], people["unit_head"]
    if state == "received":
        return
    if state == "rejected":
        actions.reject(question, member, "spam", "Nội dung quảng cáo, không phải câu hỏi.")
        return
    actions.accept(question, member)
    unit = _unit(row["unit"], unit_head)
    actions.forward(question, member, unit)
    if state == "overdue":  # forwarded four weeks ago: recompute the deadline from that day
        start = timezone.localdate() - timedelta(days=28)
        Question.objects.filter(pk=question.pk).update(
            forwarded_at=timezone.now() - timedelta(days=28), due_date=due_date(start)
        )
        return
    if state == "forwarded":
        return
    answerer = unit_head if unit_head is not None and unit_head.unit_id == unit.pk else None
    actions.submit_answer(question, answerer, row["answer"], row.get("personal", False))
    if state == "answered":
        actions.send_private_answer(question, member)
    elif state == "published":
        record = actions.prepare_publication(question, member)
        if row.get("faq"):
            record.is_faq = True
            record.save()
            record.save_revision(user=member)
        _approve(record, member, people["deputy"], people["head"])


def seed(stdout: Any) -> None:
    people = {
        "member": _user("bientapvien", roles.MEMBER),
        "deputy": _user("photruongban", roles.DEPUTY),
        "head": _user("truongban", roles.HEAD),
        "unit_head": _user("thutruong", roles.UNIT_HEAD),
    }
    if None in (people["member"], people["deputy"], people["head"]):
        stdout.write("Bỏ qua hỏi đáp mẫu: chưa có tài khoản Ban biên tập (chạy seed_demo).")
        return
    created = []
    for row in ITEMS:
        if Question.objects.filter(title=row["title"]).exists():
            continue
        with transaction.atomic():
            question, secret = _create(row)
        _advance(question, row, people)
        created.append((question, secret))
    stdout.write(f"Đã tạo {len(created)} câu hỏi, phản ánh mẫu.")
    for question, secret in created[:1]:
        stdout.write(f"  Tra cứu thử tại /hoi-dap/tra-cuu/: mã {question.code}, mật khẩu {secret}")
