"""Public statistics from 1 January, on hand-built dossiers with numbers computed by hand.

Today is 15/6/2026. Phòng Tư pháp runs "Đăng ký khai sinh" (A) and "Chứng thực bản sao" (B);
UBND xã Ea Kly runs "Cấp phép xây dựng" (C); "Thủ tục cũ" (D) only has a 2025 dossier.

A1 returned early, A2 done on time, A3 done late, A4 processing, A5 submitted in 2025 but
returned on time in 2026, A6 entirely in 2025 (with a 2025 rating); B1 withdrawn (early),
B2 waiting for a supplement; C1 refused late, C2 new; D1 in 2025.
Ratings in 2026: A1 (overall Rất hài lòng, ease Hài lòng, timeliness Rất hài lòng, attitude
Rất hài lòng) and A2 (Hài lòng, Hài lòng, Chưa hài lòng, Rất hài lòng).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from portal.dossiers import stats
from portal.dossiers.models import Dossier, Rating, SatisfactionRating, Status
from portal.dossiers.tests.factories import make_dossier
from portal.procedures.models import Procedure

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
T = Dossier.Timeliness
VS, S, U = Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.UNSATISFIED


def at(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 9, 0, tzinfo=VN)


def _done(procedure, submitted, finished, status, timeliness=""):
    return make_dossier(
        procedure,
        submitted_at=submitted,
        finished_at=finished,
        status=status,
        timeliness=timeliness,
    )


def _rate(dossier, overall, ease, timeliness, attitude, created=None):
    rating = SatisfactionRating.objects.create(
        dossier=dossier, overall=overall, ease=ease, timeliness=timeliness, attitude=attitude
    )
    if created:
        SatisfactionRating.objects.filter(pk=rating.pk).update(created_at=created)


@pytest.fixture
def dossiers(procedure, other_unit):
    a = procedure
    b = Procedure.objects.create(ten="Chứng thực bản sao", unit=a.unit, live=True)
    c = Procedure.objects.create(ten="Cấp phép xây dựng", unit=other_unit, live=True)
    d = Procedure.objects.create(ten="Thủ tục cũ", unit=a.unit, live=True)
    a1 = _done(a, at(2026, 2, 1), at(2026, 2, 5), Status.RETURNED, T.EARLY)
    a2 = _done(a, at(2026, 3, 1), at(2026, 3, 10), Status.DONE, T.ON_TIME)
    _done(a, at(2026, 4, 1), at(2026, 4, 20), Status.DONE, T.LATE)
    _done(a, at(2026, 5, 1), None, Status.PROCESSING)
    _done(a, at(2025, 12, 20), at(2026, 1, 5), Status.RETURNED, T.ON_TIME)
    a6 = _done(a, at(2025, 11, 1), at(2025, 12, 1), Status.DONE, T.EARLY)
    _done(b, at(2026, 1, 10), at(2026, 1, 11), Status.WITHDRAWN, T.EARLY)
    _done(b, at(2026, 2, 10), None, Status.SUPPLEMENT)
    _done(c, at(2026, 3, 3), at(2026, 3, 4), Status.NOT_RECEIVED, T.LATE)
    _done(c, at(2026, 6, 1), None, Status.NEW)
    _done(d, at(2025, 6, 1), at(2025, 6, 2), Status.DONE, T.EARLY)
    _rate(a1, VS, S, VS, VS)
    _rate(a2, S, S, U, VS)
    _rate(a6, U, U, U, U, created=at(2025, 12, 2))


def _numbers(row):
    return (row.label, row.received, row.online, row.resolved, row.on_time, row.on_time_percent)


def test_statistics_per_procedure_count_from_the_first_of_january(dossiers, time_travel):
    with time_travel(date(2026, 6, 15)):
        result = stats.compute()
    assert result.since == date(2026, 1, 1)
    assert [_numbers(row) for row in result.by_procedure] == [
        ("Cấp phép xây dựng", 2, 2, 1, 0, 0.0),
        ("Chứng thực bản sao", 2, 2, 1, 1, 100.0),
        ("Đăng ký khai sinh", 4, 4, 4, 3, 75.0),
    ]


def test_statistics_per_unit_and_in_total(dossiers, time_travel):
    with time_travel(date(2026, 6, 15)):
        result = stats.compute()
    assert [_numbers(row) for row in result.by_unit] == [
        ("Phòng Tư pháp", 6, 6, 5, 4, 80.0),
        ("Ủy ban nhân dân xã Ea Kly", 2, 2, 1, 0, 0.0),
    ]
    assert _numbers(result.total) == ("Tổng cộng", 8, 8, 6, 4, 66.7)


def test_satisfaction_is_counted_per_criterion_and_level(dossiers, time_travel):
    with time_travel(date(2026, 6, 15)):
        result = stats.compute()
    births = result.by_procedure[2]
    assert births.rating_rows() == [
        ("đánh giá chung", [1, 1, 0]),
        ("dễ sử dụng, thời gian phản hồi", [0, 2, 0]),
        ("tiến độ giải quyết", [1, 0, 1]),
        ("thái độ cán bộ", [2, 0, 0]),
    ]
    assert result.by_procedure[0].rating_rows()[0] == ("đánh giá chung", [0, 0, 0])
    assert result.by_unit[0].ratings == births.ratings


def test_a_group_without_resolved_dossiers_has_no_percentage(procedure, time_travel):
    with time_travel(date(2026, 6, 15)):
        make_dossier(procedure, submitted_at=at(2026, 6, 1), status=Status.NEW)
        result = stats.compute()
    assert result.by_procedure[0].on_time_percent is None


def test_the_public_page_shows_the_figures_and_no_personal_data(client, dossiers, time_travel):
    with time_travel(date(2026, 6, 15)):
        response = client.get(reverse("dossiers:statistics"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Số liệu từ ngày 01/01/2026 đến ngày 15/06/2026" in page
    assert "75,0%" in page and "66,7%" in page
    assert "Đăng ký khai sinh" in page and "Ủy ban nhân dân xã Ea Kly" in page
    assert "Nguyễn Văn Dân" not in page and "0912345678" not in page
    assert not any(code in page for code in Dossier.objects.values_list("code", flat=True))
