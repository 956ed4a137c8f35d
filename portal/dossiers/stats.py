"""Public statistics of online dossiers (TT 32/2017 Điều 11.3, Điều 12), from 1 January.

Per procedure and per unit:
- received: dossiers submitted since the start;
- resolved: dossiers whose processing ended since the start (every status in FINISHED:
  returned, done, refused, stopped, withdrawn; the national "end of processing" rule);
- on time: resolved early or on time (`Dossier.timeliness`), and its share of resolved;
- online: dossiers received online. The portal only receives online dossiers, so this equals
  "received"; desk and postal dossiers are counted by the one-stop system;
- satisfaction: per criterion, counts of Rất hài lòng / Hài lòng / Chưa hài lòng among the
  ratings given since the start.
No personal data is read or shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.dossiers.models import FINISHED, Dossier, Rating, SatisfactionRating
from portal.text.sorting import sort_key

CRITERIA = ["overall", "ease", "timeliness", "attitude"]
ON_TIME = [Dossier.Timeliness.EARLY, Dossier.Timeliness.ON_TIME]
GROUPS = {"procedure": "procedure__ten", "unit": "unit__name"}


@dataclass
class Row:
    label: str
    received: int = 0
    resolved: int = 0
    on_time: int = 0
    online: int = 0
    ratings: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def on_time_percent(self) -> float | None:
        """Share of resolved dossiers resolved early or on time, one decimal; None if none."""
        return round(100 * self.on_time / self.resolved, 1) if self.resolved else None

    def rating_rows(self) -> list[tuple[str, list[int]]]:
        """(criterion label, [very satisfied, satisfied, unsatisfied]) for each criterion."""
        labels = {name: SatisfactionRating._meta.get_field(name).verbose_name for name in CRITERIA}
        return [
            (str(labels[c]), [self.ratings.get(c, {}).get(r, 0) for r in Rating.values])
            for c in CRITERIA
        ]


@dataclass
class Statistics:
    since: date
    by_procedure: list[Row]
    by_unit: list[Row]
    total: Row


def year_start(today: date | None = None) -> date:
    return (today or timezone.localdate()).replace(month=1, day=1)


def _start_moment(since: date) -> datetime:
    return timezone.make_aware(datetime.combine(since, time.min))


def _rows(group: str, start: datetime) -> dict[Any, Row]:
    key, label = group, GROUPS[group]
    rows: dict[Any, Row] = {}
    received = Dossier.objects.filter(submitted_at__gte=start).values(key, label)
    for item in received.annotate(n=Count("pk")):
        rows[item[key]] = Row(item[label], received=item["n"], online=item["n"])
    resolved = Dossier.objects.filter(status__in=FINISHED, finished_at__gte=start)
    counts = resolved.values(key, label).annotate(
        n=Count("pk"), on_time=Count("pk", filter=Q(timeliness__in=ON_TIME))
    )
    for item in counts:
        row = rows.setdefault(item[key], Row(item[label]))
        row.resolved, row.on_time = item["n"], item["on_time"]
    _add_ratings(rows, group, start)
    return rows


def _add_ratings(rows: dict[Any, Row], group: str, start: datetime) -> None:
    key, label = f"dossier__{group}", f"dossier__{GROUPS[group]}"
    ratings = SatisfactionRating.objects.filter(created_at__gte=start)
    for criterion in CRITERIA:
        for item in ratings.values(key, label, criterion).annotate(n=Count("pk")):
            row = rows.setdefault(item[key], Row(item[label]))
            row.ratings.setdefault(criterion, {})[item[criterion]] = item["n"]


def _sum(rows: list[Row], label: str) -> Row:
    total = Row(label)
    for row in rows:
        total.received += row.received
        total.resolved += row.resolved
        total.on_time += row.on_time
        total.online += row.online
        for criterion, counts in row.ratings.items():
            for rating, n in counts.items():
                target = total.ratings.setdefault(criterion, {})
                target[rating] = target.get(rating, 0) + n
    return total


def _sorted(rows: dict[Any, Row]) -> list[Row]:
    return sorted(rows.values(), key=lambda row: sort_key(row.label))


def compute(since: date | None = None) -> Statistics:
    since = since or year_start()
    start = _start_moment(since)
    by_unit = _sorted(_rows("unit", start))
    return Statistics(
        since=since,
        by_procedure=_sorted(_rows("procedure", start)),
        by_unit=by_unit,
        total=_sum(by_unit, _("Tổng cộng")),
    )
