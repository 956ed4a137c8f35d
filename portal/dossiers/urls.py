from __future__ import annotations

from django.urls import path

from portal.dossiers.views import public, stats

app_name = "dossiers"

urlpatterns = [
    path("", public.index, name="index"),
    path("nop/<int:pk>/", public.submit, name="submit"),
    path("nop/<int:pk>/kiem-tra/", public.review, name="review"),
    path("tra-cuu/", public.track, name="track"),
    path("tra-cuu/gui-lai-ma/", public.resend_secret, name="resend_secret"),
    path("thong-ke/", stats.statistics, name="statistics"),
    path("ho-so/<str:code>/", public.status, name="status"),
    path("ho-so/<str:code>/bien-nhan/", public.receipt, name="receipt"),
    path("ho-so/<str:code>/bo-sung/", public.supplement, name="supplement"),
    path("ho-so/<str:code>/rut/", public.withdraw, name="withdraw"),
    path("ho-so/<str:code>/danh-gia/", public.rate, name="rate"),
    path("ho-so/<str:code>/tep/<int:file_id>/", public.download, name="download"),
]
