"""Create Wagtail pages inside data migrations, where treebeard's methods are not available.

Historic models have no `add_child`, so paths are computed by hand: each level of the
materialised path is four base-36 characters, as treebeard's MP_Node uses.
"""

from __future__ import annotations

import uuid
from typing import Any

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_STEP = 4


def _encode(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = _ALPHABET[rest] + digits
    return digits.rjust(_STEP, "0")


def _decode(segment: str) -> int:
    return int(segment, 36)


def add_child_page(apps: Any, parent: Any, app_label: str, model_name: str, **fields: Any) -> Any:
    """Create a live page of `app_label.model_name` as the last child of `parent`."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    model = apps.get_model(app_label, model_name)
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name.lower()
    )
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .first()
    )
    position = _decode(last.path[-_STEP:]) + 1 if last else 1
    slug = fields.pop("slug")
    page = model.objects.create(
        content_type=content_type,
        path=parent.path + _encode(position),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        slug=slug,
        draft_title=fields["title"],
        live=True,
        has_unpublished_changes=False,
        locale_id=parent.locale_id,
        translation_key=uuid.uuid4(),
        **fields,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    parent.numchild += 1
    return page
