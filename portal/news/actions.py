"""State changes of the news app: category assignments and their page permissions."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page

from portal.news.models import CategoryAssignment


@transaction.atomic
def apply_assignment(assignment: CategoryAssignment) -> None:
    """Give the assigned members the right to add articles in the category (step 1).

    Wagtail page rights are per group and per subtree, so each category gets one group,
    kept in step with the assignment screen; nobody edits these groups by hand.
    """
    group = assignment.member_group or Group()
    group.name = f"Cập nhật tin – chuyên mục #{assignment.category_id}"
    group.save()
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    GroupPagePermission.objects.get_or_create(
        group=group, page=Page.objects.get(pk=assignment.category_id), permission=add_page
    )
    group.user_set.set(assignment.members.all())
    if assignment.member_group_id != group.pk:
        assignment.member_group = group
        assignment.save(update_fields=["member_group"])


@transaction.atomic
def remove_assignment(assignment: CategoryAssignment) -> None:
    if assignment.member_group is not None:
        assignment.member_group.delete()
    assignment.delete()
