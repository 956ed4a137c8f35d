"""Behind a reverse proxy every limit counts per client, not per proxy."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from conftest import PASSWORD
from portal.lib.ratelimit import client_ip

pytestmark = pytest.mark.django_db
PROXY = "10.0.0.1"  # nginx, as Django sees it


@pytest.fixture
def behind_proxy(settings):
    settings.PROXY_COUNT = 1


@pytest.mark.parametrize(
    ("forwarded", "count", "expected"),
    [
        ("203.0.113.7", 1, "203.0.113.7"),
        ("1.2.3.4, 203.0.113.7", 1, "203.0.113.7"),  # the left entry is the client's own claim
        ("1.2.3.4, 203.0.113.7, 10.0.0.2", 2, "203.0.113.7"),
        ("203.0.113.7", 0, PROXY),  # no proxy trusted: the header is ignored
        ("not-an-address", 1, PROXY),
        ("", 1, PROXY),
        ("203.0.113.7", 2, PROXY),  # fewer hops than proxies: someone bypassed one
        ("2001:db8::1", 1, "2001:db8::1"),
    ],
)
def test_the_client_is_the_address_the_trusted_proxy_saw(settings, forwarded, count, expected):
    settings.PROXY_COUNT = count
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def _client(address: str) -> Client:
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


def test_lookups_from_many_clients_do_not_lock_out_the_next_one(behind_proxy):
    url = reverse("dossiers:track")
    for number in range(10):
        data = {"code": f"X-{number}", "secret": "y"}
        assert _client(f"203.0.113.{number + 1}").post(url, data).status_code == 200
    assert _client("203.0.113.99").post(url, {"code": "X-99", "secret": "y"}).status_code == 200
    one = _client("198.51.100.5")
    statuses = [one.post(url, {"code": f"Y-{n}", "secret": "y"}).status_code for n in range(11)]
    assert statuses[-1] == 429 and statuses[:10] == [200] * 10


def test_questions_count_per_client_behind_the_proxy(behind_proxy):
    url = reverse("questions:track")
    for number in range(31):
        _client(f"203.0.113.{number + 1}").post(url, {"code": "HD-1", "secret": "x"})
    response = _client("203.0.113.200").post(url, {"code": "HD-2", "secret": "x"})
    assert response.status_code == 404  # refused as unknown, not as rate-limited


def _login(client: Client, username: str, password: str) -> int:
    response = client.post(
        "/quan-tri/login/", {"username": username, "password": password, "next": "/quan-tri/"}
    )
    return response.status_code


def test_bad_passwords_from_one_client_lock_that_client_only(behind_proxy, portal_admin):
    attacker = _client("203.0.113.66")
    for _attempt in range(5):
        _login(attacker, portal_admin.username, "sai-mat-khau")
    assert _login(attacker, portal_admin.username, PASSWORD) == 429  # locked out
    owner = _client("198.51.100.20")
    assert _login(owner, portal_admin.username, PASSWORD) == 302  # the owner still logs in
