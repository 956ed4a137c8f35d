"""The public read-only JSON API, `/api/v1/`, with its OpenAPI schema at `/api/v1/schema/`.

Built on django-ninja, which Wagtail 8 already depends on.
"""

from __future__ import annotations

from ninja import NinjaAPI

from portal.consultations.api import router as consultations_router
from portal.documents.api import router as documents_router
from portal.questions.api import router as questions_router

api = NinjaAPI(
    title="API công khai của cổng thông tin điện tử",
    version="1",
    description="Dữ liệu công khai, chỉ đọc. Không chứa dữ liệu cá nhân của công dân.",
    urls_namespace="api_v1",
    openapi_url="/schema/",
    docs_url=None,
)
api.add_router("/van-ban/", documents_router, tags=["Văn bản"])
api.add_router("/gop-y/", consultations_router, tags=["Góp ý dự thảo"])
api.add_router("/hoi-dap/", questions_router, tags=["Hỏi đáp"])
