"""The editorial board's 3-step workflow (Điều 15) and time-bounded delegation (ủy quyền).

Step 1 (Cập nhật tin) is a board member creating content and submitting it: Wagtail's
"submit for moderation". Steps 2 and 3 are two `EditorialTask`s of one Wagtail workflow:
step 2 is done by the deputy head responsible for the content's category, step 3 by the head;
either may be done by someone holding an active delegation from them.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Task, TaskState, WorkflowState

from portal.core import roles
from portal.core.models.content import EditorialContent
from portal.core.nfc import NFCModelMixin


class Step(models.TextChoices):
    EDIT = "bien_tap", _("Bước 2 – Biên tập tin")
    APPROVE = "duyet", _("Bước 3 – Duyệt tin")


# The right a step needs, and the role that holds it (for messages).
STEP_RIGHTS = {
    Step.EDIT: (roles.EDIT_STEP, roles.DEPUTY),
    Step.APPROVE: (roles.APPROVE_STEP, roles.HEAD),
}


class DelegationQuerySet(models.QuerySet["Delegation"]):
    def active(self, at: Any = None) -> DelegationQuerySet:
        at = at or timezone.now()
        return self.filter(starts_at__lte=at, ends_at__gt=at, revoked_at__isnull=True)


class Delegation(NFCModelMixin, models.Model):
    """A recorded, time-bounded transfer of step-2 or step-3 rights from one person to another."""

    Step = Step

    delegator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người ủy quyền"),
        on_delete=models.PROTECT,
        related_name="delegations_given",
    )
    delegate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người được ủy quyền"),
        on_delete=models.PROTECT,
        related_name="delegations_received",
    )
    step = models.CharField(_("quyền được ủy quyền"), max_length=20, choices=Step.choices)
    starts_at = models.DateTimeField(_("từ"), default=timezone.now)
    ends_at = models.DateTimeField(_("đến"))
    reason = models.CharField(_("lý do"), max_length=255)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True, editable=False)

    objects = DelegationQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("delegator"), FieldPanel("delegate")]),
        FieldPanel("step"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("reason"),
    ]

    class Meta:
        verbose_name = _("ủy quyền")
        verbose_name_plural = _("ủy quyền")
        ordering = ["-starts_at"]

    def __str__(self) -> str:
        return f"{self.delegator} → {self.delegate}: {self.get_step_display()}"

    def clean(self) -> None:
        super().clean()
        errors: dict[str, str] = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("Thời điểm kết thúc phải sau thời điểm bắt đầu.")
        if self.delegator_id and self.delegate_id and self.delegator_id == self.delegate_id:
            errors["delegate"] = _("Không thể tự ủy quyền cho chính mình.")
        if self.delegator_id and self.step:
            needed, role = STEP_RIGHTS[self.step]
            if not self.delegator.has_perm(needed):
                errors["delegator"] = _(
                    "Người ủy quyền phải giữ vai trò “%(role)s” mới ủy quyền được bước này."
                ) % {"role": role}
        if errors:
            raise ValidationError(errors)

    @admin.display(description=_("tình trạng"))
    def status_label(self) -> str:
        if self.revoked_at is not None:
            return str(_("Đã thu hồi"))
        if self.ends_at <= timezone.now():
            return str(_("Đã hết hạn"))
        if self.starts_at > timezone.now():
            return str(_("Chưa đến hạn"))
        return str(_("Đang hiệu lực"))

    @property
    def is_active(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and self.starts_at <= now < self.ends_at


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=_("Lý do trả lại"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=True,
        error_messages={"required": _("Phải ghi rõ lý do khi trả lại tin.")},
    )


class PassOnForm(forms.Form):
    comment = forms.CharField(
        label=_("Ý kiến"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )


class EditorialTask(Task):
    """Step 2 or step 3 of the editorial workflow, with per-category and delegated actors."""

    step = models.CharField(_("bước"), max_length=20, choices=Step.choices)

    admin_form_fields = Task.admin_form_fields + ["step"]

    class Meta:
        verbose_name = _("bước biên tập/duyệt tin")
        verbose_name_plural = _("bước biên tập/duyệt tin")
        permissions = [
            ("write_content", _("Cập nhật tin (bước 1)")),
            ("edit_content", _("Biên tập tin (bước 2)")),
            ("approve_content", _("Duyệt tin (bước 3)")),
        ]

    # -- who may act ---------------------------------------------------------------------

    def principals(self, obj: Any) -> models.QuerySet[Any]:
        """The people whose own duty this step is for `obj` (before delegation)."""
        if self.step == Step.EDIT:
            assigned = obj.editorial_deputies() if isinstance(obj, EditorialContent) else None
            if assigned is not None and assigned.exists():
                return assigned.filter(is_active=True)
            return roles.holders(roles.EDIT_STEP)
        return roles.holders(roles.APPROVE_STEP)

    def delegation_for(self, obj: Any, user: Any) -> Delegation | None:
        """The active delegation through which `user` may act on `obj`, if any."""
        principal_ids = self.principals(obj).values("pk")
        return (
            Delegation.objects.active()
            .filter(step=self.step, delegate=user, delegator__in=principal_ids)
            .select_related("delegator")
            .first()
        )

    def user_can_act(self, obj: Any, user: Any) -> bool:
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser or self.principals(obj).filter(pk=user.pk).exists():
            return True
        return self.delegation_for(obj, user) is not None

    def actors(self, obj: Any) -> list[Any]:
        """Everyone who may act now: principals and their active delegates."""
        from portal.core.models.units import User

        principal_ids = list(self.principals(obj).values_list("pk", flat=True))
        delegate_ids = Delegation.objects.active().filter(
            step=self.step, delegator__in=principal_ids
        )
        return list(
            User.objects.filter(
                Q(pk__in=principal_ids) | Q(pk__in=delegate_ids.values("delegate"))
            ).filter(is_active=True)
        )

    # -- Wagtail Task API ----------------------------------------------------------------

    def user_can_access_editor(self, obj: Any, user: Any) -> bool:
        return self.user_can_act(obj, user)

    def locked_for_user(self, obj: Any, user: Any) -> bool:
        return not self.user_can_act(obj, user)

    def user_can_lock(self, obj: Any, user: Any) -> bool:
        return self.user_can_act(obj, user)

    def user_can_unlock(self, obj: Any, user: Any) -> bool:
        return False

    def get_actions(self, obj: Any, user: Any) -> list[tuple[str, str, bool]]:
        if not self.user_can_act(obj, user):
            return []
        send_back = ("reject", str(_("Trả lại (yêu cầu sửa)")), True)
        if self.step == Step.EDIT:
            return [
                send_back,
                ("approve", str(_("Chuyển Trưởng ban duyệt")), False),
                ("approve", str(_("Chuyển duyệt kèm ý kiến")), True),
            ]
        if approval_blockers(obj):
            return [send_back]
        return [send_back, ("approve", str(_("Duyệt và xuất bản")), False)]

    def get_form_for_action(self, action: str) -> type[forms.Form]:
        return SendBackForm if action == "reject" else PassOnForm

    def get_task_states_user_can_moderate(self, user: Any, **kwargs: Any) -> Any:
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        allowed = [
            state.pk
            for state in states.select_related("workflow_state")
            if self.user_can_act(_content(state.workflow_state), user)
        ]
        return TaskState.objects.filter(pk__in=allowed)

    @classmethod
    def get_description(cls) -> str:
        return str(
            _(
                "Bước 2 do Phó Trưởng ban phụ trách chuyên mục, bước 3 do Trưởng ban thực hiện; "
                "hoặc người được họ ủy quyền còn hiệu lực."
            )
        )

    def start(self, workflow_state: WorkflowState, user: Any = None) -> TaskState:
        obj = _content(workflow_state)
        if (
            getattr(obj, "locked", False)
            and obj.locked_by
            and not self.user_can_act(obj, obj.locked_by)
        ):
            obj.locked, obj.locked_by, obj.locked_at = False, None, None
            obj.save(update_fields=["locked", "locked_by", "locked_at"])
        task_state = super().start(workflow_state, user=user)
        from portal.core import notifications

        notifications.task_waiting(self, obj, submitted_by=user)
        return task_state

    def on_action(self, task_state: TaskState, user: Any, action_name: str, **kwargs: Any) -> Any:
        from portal.core import actions

        return actions.act_on_editorial_task(self, task_state, user, action_name, **kwargs)


def _content(workflow_state: WorkflowState) -> Any:
    obj = workflow_state.content_object
    return obj.specific if hasattr(obj, "specific") else obj


def approval_blockers(obj: Any) -> list[str]:
    """Reasons why `obj` (its latest revision) may not be approved, e.g. a missing source."""
    revision = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
    candidate = revision.as_object() if revision else obj
    return candidate.approval_blockers() if isinstance(candidate, EditorialContent) else []
