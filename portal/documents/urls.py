from __future__ import annotations

from django.urls import path

from portal.documents.views import public

app_name = "documents"

urlpatterns = [
    path("", public.document_list, name="list"),
    path("<int:pk>-<slug:slug>/", public.document_detail, name="detail"),
    path("<int:pk>/", public.document_detail, name="detail_short"),
]
