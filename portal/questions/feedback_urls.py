"""Public URLs under `/gop-y/phan-anh-kien-nghi/`: feedback (phản ánh, kiến nghị).

The same records and processing as questions (`Question.kind = "phan_anh"`); tracking is
shared at `/hoi-dap/tra-cuu/`, where both kinds of code are accepted.
"""

from __future__ import annotations

from django.urls import path

from portal.questions.models import Kind
from portal.questions.views import citizen, public

app_name = "feedback"

FEEDBACK = {"kind": Kind.FEEDBACK}

urlpatterns = [
    path("", public.archive, FEEDBACK, name="list"),
    path("gui/", citizen.ask, FEEDBACK, name="submit"),
    path("tra-cuu/", citizen.track, name="track"),
    path("<int:pk>-<slug:slug>/", public.detail, FEEDBACK, name="detail"),
    path("<int:pk>/", public.detail, FEEDBACK, name="detail_short"),
]
