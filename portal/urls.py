from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import api
from portal.core import reports_access, workflow_guard
from portal.core.views import documents, public
from portal.home.feeds import NewsFeed

urlpatterns = [
    *workflow_guard.page_views(),
    *reports_access.report_views(),
    path("quan-tri/", include(wagtailadmin_urls)),
    re_path(r"^tai-lieu/(\d+)/(.*)$", documents.serve, name="wagtaildocs_serve"),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("van-ban/", include("portal.documents.urls")),
    path("thu-tuc-hanh-chinh/", include("portal.procedures.urls")),
    path("dich-vu-cong/", include("portal.dossiers.urls")),
    path("hoi-dap/", include("portal.questions.urls")),
    path("gop-y/phan-anh-kien-nghi/", include("portal.questions.feedback_urls")),
    path("gop-y/", include("portal.consultations.urls")),
    path("api/v1/", api.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}),
    path("robots.txt", public.robots_txt),
    path("rss/", NewsFeed(), name="rss"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "portal.core.views.public.page_not_found"
handler500 = "portal.core.views.public.server_error"
