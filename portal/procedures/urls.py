from __future__ import annotations

from django.urls import path

from portal.procedures.views import public

app_name = "procedures"

urlpatterns = [
    path("", public.procedure_list, name="list"),
    path("<int:pk>-<slug:slug>/", public.procedure_detail, name="detail"),
    path("<int:pk>/", public.procedure_detail, name="detail_short"),
]
