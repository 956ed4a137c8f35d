from __future__ import annotations

app_name = "procedures"

urlpatterns: list = []
