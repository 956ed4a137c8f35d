"""Document types (NĐ 30/2020 Phụ lục III and the legal normative types), subject areas,
the editorial workflow for documents, and the roles' rights on documents."""

from django.db import migrations

from portal.lib.migration_rights import attach_to_editorial_workflow, grant_rights

ADMINISTRATIVE = [
    ("Nghị quyết", "NQ"), ("Quyết định", "QĐ"), ("Chỉ thị", "CT"), ("Quy chế", "QC"),
    ("Quy định", "QyĐ"), ("Thông cáo", "TC"), ("Thông báo", "TB"), ("Hướng dẫn", "HD"),
    ("Chương trình", "CTr"), ("Kế hoạch", "KH"), ("Phương án", "PA"), ("Đề án", "ĐA"),
    ("Dự án", "DA"), ("Báo cáo", "BC"), ("Biên bản", "BB"), ("Tờ trình", "TTr"),
    ("Hợp đồng", "HĐ"), ("Công văn", ""), ("Công điện", "CĐ"), ("Bản ghi nhớ", "BGN"),
    ("Bản thỏa thuận", "BTT"), ("Giấy ủy quyền", "GUQ"), ("Giấy mời", "GM"),
    ("Giấy giới thiệu", "GGT"), ("Giấy nghỉ phép", "GNP"), ("Phiếu gửi", "PG"),
    ("Phiếu chuyển", "PC"), ("Phiếu báo", "PB"), ("Thư công", ""),
]
NORMATIVE = [
    ("Hiến pháp", ""), ("Bộ luật", ""), ("Luật", ""), ("Nghị quyết", "NQ"),
    ("Pháp lệnh", "PL"), ("Lệnh", "L"), ("Nghị định", "NĐ"), ("Quyết định", "QĐ"),
    ("Thông tư", "TT"), ("Thông tư liên tịch", "TTLT"), ("Chỉ thị", "CT"),
]
FIELDS = [
    "Cải cách hành chính", "Công nghệ thông tin", "Dân tộc, tôn giáo", "Giáo dục và Đào tạo",
    "Giao thông vận tải", "Kế hoạch và Đầu tư", "Lao động – Thương binh và Xã hội",
    "Nông nghiệp và Phát triển nông thôn", "Nội vụ, tổ chức bộ máy", "Quốc phòng, an ninh",
    "Tài chính, ngân sách", "Tài nguyên và Môi trường", "Thanh tra, khiếu nại, tố cáo",
    "Thông tin và Truyền thông", "Tư pháp", "Văn hóa, thể thao và du lịch", "Xây dựng",
    "Y tế", "Khác",
]
RIGHTS = {
    "Thành viên Ban biên tập": ["add", "change", "view"],
    "Cán bộ cập nhật của đơn vị": ["add", "change", "view"],
    "Phó Trưởng ban": ["view"],
    "Trưởng ban": ["view"],
    "Văn phòng HĐND-UBND (quản trị)": ["add", "change", "delete", "view"],
}
ADMIN_ONLY = ["documenttype", "field"]


def seed(apps, schema_editor):
    DocumentType = apps.get_model("documents", "DocumentType")
    Field = apps.get_model("documents", "Field")
    for group, rows in (("hanh_chinh", ADMINISTRATIVE), ("qppl", NORMATIVE)):
        for order, (name, abbreviation) in enumerate(rows):
            DocumentType.objects.get_or_create(
                name=name, group=group,
                defaults={"abbreviation": abbreviation, "sort_order": order},
            )
    for name in FIELDS:
        Field.objects.get_or_create(name=name)


def attach_workflow(apps, schema_editor):
    attach_to_editorial_workflow(apps, "documents", "legaldocument")


def grant(apps, schema_editor):
    rights = {name: [f"{action}_legaldocument" for action in actions]
              for name, actions in RIGHTS.items()}
    rights["Văn phòng HĐND-UBND (quản trị)"] += [
        f"{a}_{m}" for m in ADMIN_ONLY for a in ("add", "change", "delete", "view")
    ]
    grant_rights(apps, "documents", rights)


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("news", "0002_structure"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(attach_workflow, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
