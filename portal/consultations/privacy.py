"""The personal-data notice shown above the comment form (NĐ 13/2023/NĐ-CP, Điều 11 and 13)
and recorded with each comment, so the consent can be printed and verified later."""

from __future__ import annotations

from django.utils.translation import gettext as _

from portal.consultations.models import Consultation
from portal.core.privacy import default_settings, retention_days


def processing_notice(consultation: Consultation) -> str:
    unit = consultation.drafting_unit
    contact = unit.email or unit.phone or default_settings().email or unit.name
    return _(
        "%(unit)s, cơ quan chủ trì soạn thảo, thu thập họ tên, thư điện tử và (nếu bạn ghi) "
        "số điện thoại, tên cơ quan, tổ chức của bạn chỉ để tiếp nhận, xem xét, tổng hợp và "
        "giải trình ý kiến góp ý đối với “%(title)s”, và để liên hệ với bạn khi cần. "
        "Thư điện tử, số điện thoại, cơ quan, tổ chức không bao giờ được công khai; họ tên chỉ "
        "được công khai khi bạn đồng ý. Dữ liệu do %(unit)s và bộ phận quản trị cổng thông tin "
        "xử lý, được lưu %(days)s ngày sau khi kết thúc lấy ý kiến rồi bị xóa. Bạn có quyền "
        "được biết, truy cập, chỉnh sửa, rút lại sự đồng ý, yêu cầu xóa dữ liệu (Nghị định "
        "13/2023/NĐ-CP, Điều 9) bằng cách liên hệ %(contact)s."
    ) % {
        "unit": unit.name,
        "title": consultation.title,
        "days": retention_days(),
        "contact": contact,
    }


def consent_record(consultation: Consultation, consent_label: str, name_label: str | None) -> str:
    """What the person read and agreed to, stored with the comment."""
    lines = [processing_notice(consultation), f"[x] {consent_label}"]
    if name_label:
        lines.append(f"[x] {name_label}")
    return "\n".join(lines)
