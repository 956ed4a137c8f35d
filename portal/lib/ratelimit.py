"""The client's address, and a fixed-window rate limit on the shared cache.

`client_ip` is the one place that decides who a request comes from: every rate limit and
the login lock-out (django-axes, through AXES_CLIENT_IP_CALLABLE) use it. Behind
`PROXY_COUNT` trusted reverse proxies (nginx appending to X-Forwarded-For), the client is
the address the outermost trusted proxy saw: the PROXY_COUNT-th entry from the right.
Entries further left are written by the client and are never trusted.
"""

from __future__ import annotations

import hashlib
import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

UNKNOWN = "0.0.0.0"  # noqa: S104  (a value, not an address to bind)


def _address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the one trusted proxies put in X-Forwarded-For."""
    # No address at all only happens for requests made in code (a test's force_login): one
    # shared, valid placeholder, so the lock-out's log (an inet column) can store it.
    remote = _address(str(request.META.get("REMOTE_ADDR") or "")) or UNKNOWN
    proxies = int(getattr(settings, "PROXY_COUNT", 0) or 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded:
        return remote
    hops = [hop for hop in forwarded.split(",") if hop.strip()]
    if len(hops) < proxies:  # fewer hops than proxies: the request bypassed one
        return remote
    return _address(hops[-proxies]) or remote


def allow(key: str, limit: int, window_seconds: int, cost: int = 1) -> bool:
    """Count `cost` hits for `key`; False once more than `limit` hits fall in the window."""
    cache_key = f"ratelimit:{key}"
    if cache.add(cache_key, cost, timeout=window_seconds):
        return cost <= limit
    try:
        hits = cache.incr(cache_key, cost)
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, cost, timeout=window_seconds)
        return cost <= limit
    return hits <= limit


def exhausted(key: str, limit: int) -> bool:
    """True when `key` has already counted `limit` hits in its window (counts nothing)."""
    return int(cache.get(f"ratelimit:{key}", 0)) >= limit


@dataclass(frozen=True)
class Limit:
    """A named limit: at most `count` hits in `seconds` for one subject (a client's address,
    a tracking code, a session…). Subjects are hashed: no personal data in cache keys."""

    name: str
    count: int
    seconds: int

    def key(self, subject: str) -> str:
        return f"{self.name}:{hashlib.sha256(subject.encode()).hexdigest()[:32]}"

    def allow(self, subject: str, cost: int = 1) -> bool:
        """Count `cost` hits for `subject`; False once over the limit."""
        return allow(self.key(subject), self.count, self.seconds, cost)

    def exhausted(self, subject: str) -> bool:
        """True when `subject` has used up the limit (counts nothing)."""
        return exhausted(self.key(subject), self.count)

    def reset(self, subject: str) -> None:
        cache.delete(f"ratelimit:{self.key(subject)}")
