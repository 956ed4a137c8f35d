"""Page permission rules for articles: nobody publishes an article except through step 3."""

from __future__ import annotations

from wagtail.models import PagePermissionTester


class ArticlePermissionTester(PagePermissionTester):
    def can_publish(self) -> bool:
        # Approval (step 3 of the workflow) publishes; a direct "Publish" button would
        # bypass the editorial board, so only a system superuser keeps it.
        return bool(self.user.is_active and self.user.is_superuser)

    def can_unschedule(self) -> bool:
        return self.can_publish()

    def can_set_view_restrictions(self) -> bool:
        return self.can_publish()
