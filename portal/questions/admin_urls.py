"""Back-office URLs, mounted under `/quan-tri/hoi-dap/` by `wagtail_hooks.py`."""

from __future__ import annotations

from django.urls import path

from portal.questions.views import staff, staff_actions

app_name = "questions_admin"

urlpatterns = [
    path("", staff.queue, name="queue"),
    path("qua-han/", staff.overdue, name="overdue"),
    path("<int:pk>/", staff.detail, name="detail"),
    path("<int:pk>/tep-dinh-kem/", staff.attachment, name="attachment"),
    path("<int:pk>/tiep-nhan/", staff_actions.accept, name="accept"),
    path("<int:pk>/tu-choi/", staff_actions.reject, name="reject"),
    path("<int:pk>/gop/", staff_actions.merge, name="merge"),
    path("<int:pk>/chuyen-don-vi/", staff_actions.forward, name="forward"),
    path("<int:pk>/tra-loi/", staff_actions.answer, name="answer"),
    path("<int:pk>/tra-lai-don-vi/", staff_actions.return_to_unit, name="return"),
    path("<int:pk>/cong-bo/", staff_actions.publish, name="publish"),
    path("<int:pk>/tra-loi-rieng/", staff_actions.private_answer, name="private_answer"),
]
