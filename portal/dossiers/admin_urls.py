"""Back-office URLs, mounted under `/quan-tri/ho-so/` by `wagtail_hooks.py`."""

from __future__ import annotations

from django.urls import path

from portal.dossiers.views import printable, staff, staff_actions

app_name = "dossiers_admin"

urlpatterns = [
    path("", staff.queue, name="queue"),
    path("qua-han/", staff.overdue, name="overdue"),
    path("so-theo-doi/", printable.register_page, name="register"),
    path("so-theo-doi/ban-in/", printable.register_print, name="register_print"),
    path("so-theo-doi/excel/", printable.register_xlsx, name="register_xlsx"),
    path("<int:pk>/", staff.detail, name="detail"),
    path("<int:pk>/tep/<int:file_id>/", staff.download, name="download"),
    path("<int:pk>/mau-<str:number>/", printable.form_page, name="form"),
    path("<int:pk>/thao-tac/<str:action>/", staff_actions.change_status, name="action"),
    path("<int:pk>/phan-cong/", staff_actions.assign, name="assign"),
    path("<int:pk>/hoan-thanh-buoc/", staff_actions.advance_step, name="advance_step"),
    path("<int:pk>/xin-loi/", staff_actions.apologise, name="apologise"),
    path("<int:pk>/ket-qua/", staff_actions.upload_result, name="upload_result"),
]
