"""Back-office URLs, under `/quan-tri/gop-y-du-thao/` (registered in wagtail_hooks.py, so
Wagtail's admin login and access check wrap them)."""

from __future__ import annotations

from django.urls import path

from portal.consultations.views import staff

app_name = "consultations_admin"

urlpatterns = [
    path("", staff.overview, name="overview"),
    path("<int:pk>/gop-y/", staff.queue, name="queue"),
    path("<int:pk>/xuat.xlsx", staff.export_xlsx, name="export_xlsx"),
    path("<int:pk>/xuat.docx", staff.export_docx, name="export_docx"),
    path("gop-y/<int:pk>/cong-khai/", staff.approve, name="approve"),
    path("gop-y/<int:pk>/khong-cong-khai/", staff.reject, name="reject"),
]
