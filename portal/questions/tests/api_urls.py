"""URLs for API tests: the portal's own, plus this app's router on a test API.

The router is mounted at `/api/v1/hoi-dap/` in `portal/api.py`; tests mount the same router
(django-ninja allows it) so they do not depend on that line being there.
"""

from __future__ import annotations

from django.urls import path
from ninja import NinjaAPI

from portal.questions.api import router
from portal.urls import urlpatterns as portal_urlpatterns

api = NinjaAPI(urls_namespace="questions_api_test", openapi_url="/schema/", docs_url=None)
api.add_router("/hoi-dap/", router)

urlpatterns = [path("api-thu/v1/", api.urls), *portal_urlpatterns]
