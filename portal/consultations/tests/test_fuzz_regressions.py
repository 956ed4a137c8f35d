"""Inputs found by fuzzing the public site (tests/test_fuzz_public.py) that once failed."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("chosen", ["²", "①", "9" * 5000, "99999999999999999999", "-1", "1.5"])
def test_an_odd_article_in_the_link_shows_the_form_without_a_choice(client, published, chosen):
    """`str.isdigit()` accepted "²", "①" and 5,000 digits, which `int()` refused: a 500."""
    response = client.get(published.get_absolute_url(), {"dieu": chosen})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="article"' in page and not re.search(r'<option value="\d+" selected>', page)


def test_a_genuine_article_in_the_link_is_still_chosen(client, published, article):
    page = client.get(published.get_absolute_url(), {"dieu": str(article.pk)}).content.decode()
    assert f'<option value="{article.pk}" selected>' in page
