"""The roles of the regulation (Điều 9, 13, 15) as Django group names.

The groups themselves, with their permissions, are created by the data migration
`core/migrations/0002_roles.py`; this module is the one place their names are spelt.
"""

from __future__ import annotations

MEMBER = "Thành viên Ban biên tập"
DEPUTY = "Phó Trưởng ban"
HEAD = "Trưởng ban"
DELEGATE = "Người được ủy quyền"
UNIT_UPDATER = "Cán bộ cập nhật của đơn vị"
UNIT_HEAD = "Thủ trưởng đơn vị"
ADMIN = "Văn phòng HĐND-UBND (quản trị)"

ALL = [MEMBER, DEPUTY, HEAD, DELEGATE, UNIT_UPDATER, UNIT_HEAD, ADMIN]
