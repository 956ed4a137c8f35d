"""The roles of the regulation (Điều 9, 13, 15): the groups, and the rights that define them.

The groups (with their permissions) are created by data migrations; this module is the one
place their names are spelt. Code asks what a person may do through the role permissions
below (`user.has_perm(roles.EVERY_UNIT)`), never by comparing group names, so a custom role an
office creates works as soon as it holds the right permissions.
"""

from __future__ import annotations

from typing import Any

MEMBER = "Thành viên Ban biên tập"
DEPUTY = "Phó Trưởng ban"
HEAD = "Trưởng ban"
DELEGATE = "Người được ủy quyền"
UNIT_UPDATER = "Cán bộ cập nhật của đơn vị"
UNIT_HEAD = "Thủ trưởng đơn vị"
ADMIN = "Văn phòng HĐND-UBND (quản trị)"

ALL = [MEMBER, DEPUTY, HEAD, DELEGATE, UNIT_UPDATER, UNIT_HEAD, ADMIN]

# Role permissions (codenames on core models; granted by core/migrations/0015_role_rights.py).
ADMINISTER = "core.administer_portal"  # accounts, units, settings of the portal
EVERY_UNIT = "core.act_for_every_unit"  # the board and the office: every unit's records
OWN_UNIT = "core.act_for_own_unit"  # a unit's staff: their own unit's records
HEAD_OF_UNIT = "core.head_unit"  # answers for the unit (Điều 9.2): told of its deadlines
EDIT_STEP = "core.edit_content"  # step 2 of Điều 15 (Phó Trưởng ban)
APPROVE_STEP = "core.approve_content"  # step 3 of Điều 15 (Trưởng ban)
WRITE_STEP = "core.write_content"  # step 1 of Điều 15 (Thành viên Ban biên tập)
SITE_REPORTS = "core.view_site_reports"  # Wagtail's site history and reports


def holders(permission: str) -> Any:
    """Active accounts holding `permission` through their roles (superusers not counted)."""
    from portal.core.models import User

    return User.objects.with_perm(
        permission,
        include_superusers=False,
        backend="django.contrib.auth.backends.ModelBackend",
    )
