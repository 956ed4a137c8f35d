"""A URLconf mounting the consultations router the way portal/api.py will (`/api/v1/gop-y/`),
so the router is tested through Django's full request cycle before it is mounted there."""

from __future__ import annotations

from django.urls import path
from ninja import NinjaAPI

from portal.consultations.api import router
from portal.urls import urlpatterns as portal_urlpatterns

api = NinjaAPI(urls_namespace="consultations_api_test", openapi_url="/schema/", docs_url=None)
api.add_router("/gop-y/", router)

urlpatterns = [path("api/v1/", api.urls), *portal_urlpatterns]
