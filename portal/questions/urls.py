"""Public URLs under `/hoi-dap/`: the archive, asking, tracking."""

from __future__ import annotations

from django.urls import path

from portal.questions.views import citizen, public

app_name = "questions"

urlpatterns = [
    path("", public.archive, name="list"),
    path("gui-cau-hoi/", citizen.ask, name="ask"),
    path("tra-cuu/", citizen.track, name="track"),
    path("tra-cuu/xoa-du-lieu/", citizen.erase, name="erase"),
    path("<int:pk>-<slug:slug>/", public.detail, name="detail"),
    path("<int:pk>/", public.detail, name="detail_short"),
]
