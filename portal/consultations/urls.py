"""Public URLs, mounted at `/gop-y/` (`/gop-y/phan-anh-kien-nghi/` belongs to the feedback app)."""

from __future__ import annotations

from django.urls import path

from portal.consultations.views import public

app_name = "consultations"

urlpatterns = [
    path("", public.consultation_list, name="list"),
    path("tra-cuu/", public.lookup, name="lookup"),
    path("<int:pk>-<slug:slug>/", public.consultation_detail, name="detail"),
    path("<int:pk>/", public.consultation_detail, name="detail_short"),
    path("<int:pk>/gui-gop-y/", public.submit_comment, name="comment"),
    path("<int:pk>/da-gui/", public.comment_sent, name="sent"),
]
