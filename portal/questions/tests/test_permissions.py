"""Permission matrix of the back-office queue: every role × every screen and action.

Outcomes: "ok" (done or shown), "denied" (Wagtail's answer to PermissionDenied: back to the
admin home with an error), "404" (the item is not theirs to see, so its existence is not
revealed), "login" (anonymous). Public pages are covered in test_personal_data.py.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from portal.questions import actions
from portal.questions.tests.factories import pdf_upload

pytestmark = pytest.mark.django_db

BOARD = ["member", "deputy", "head", "portal_admin"]
ROLES = [
    *BOARD,
    "unit_head",
    "unit_updater",
    "other_unit_head",
    "other_unit_updater",
    "delegate",
    "anonymous",
]

# (name, HTTP method, URL name, state of the item it acts on, POST data)
STEPS = [
    ("queue", "get", "queue", None, None),
    ("overdue list", "get", "overdue", None, None),
    ("see a new item", "get", "detail", "received", None),
    ("see a forwarded item", "get", "detail", "forwarded", None),
    ("download its attachment", "get", "attachment", "forwarded", None),
    ("accept", "post", "accept", "received", {}),
    ("forward", "post", "forward", "received", {"unit": "UNIT"}),
    ("reject", "post", "reject", "received", {"reason": "spam"}),
    ("merge", "post", "merge", "received", {"original": "ORIGINAL"}),
    ("save a draft answer", "post", "answer", "forwarded", {"answer_text": "Nháp", "luu": "1"}),
    ("send the answer", "post", "answer", "forwarded", {"answer_text": "Trả lời", "gui": "1"}),
    ("prepare publication", "post", "publish", "answered", {}),
    ("answer privately", "post", "private_answer", "answered", {}),
    ("return to the unit", "post", "return", "answered", {"reason": "Bổ sung căn cứ"}),
    ("list published Q&A", "get", "snippets", None, None),
]

OK, NO, NF, LOGIN = "ok", "denied", "404", "login"
BOARD_ROW = [OK, OK, OK, OK, OK, OK, OK, OK, OK, NO, NO, OK, OK, OK, OK]
EXPECTED = {
    **dict.fromkeys(BOARD, BOARD_ROW),
    "unit_head": [OK, NO, NF, OK, OK, NF, NF, NF, NF, OK, OK, NO, NO, NO, NO],
    "unit_updater": [OK, NO, NF, OK, OK, NF, NF, NF, NF, OK, NO, NO, NO, NO, NO],
    "other_unit_head": [OK, NO, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NO],
    "other_unit_updater": [OK, NO, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NO],
    "delegate": [NO] * len(STEPS),
    "anonymous": [LOGIN] * len(STEPS),
}
CASES = [
    pytest.param(role, index, id=f"{role}: {STEPS[index][0]}")
    for role in ROLES
    for index in range(len(STEPS))
]


def outcome(response) -> str:
    if response.status_code == 404:
        return NF
    if response.status_code == 302 and response.url == reverse("wagtailadmin_home"):
        return NO
    if response.status_code == 302 and "/login/" in response.url:
        return LOGIN
    if response.status_code in (200, 302):
        return OK
    return str(response.status_code)


@pytest.fixture
def items(make_question, member, unit, unit_head):
    """One item in each state, the forwarded ones sent to `unit` (the unit fixtures' own)."""
    received = make_question()
    forwarded = make_question(attachment=pdf_upload())
    answered = make_question()
    for item in (forwarded, answered):
        actions.forward(item, member, unit)
    actions.submit_answer(answered, unit_head, "Trả lời của đơn vị.", False)
    return {"received": received, "forwarded": forwarded, "answered": answered}


@pytest.mark.parametrize(("role", "index"), CASES)
def test_permission_matrix(client, request, items, unit, role, index):
    name, method, url_name, state, data = STEPS[index]
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    if url_name == "snippets":
        url = reverse("wagtailsnippets_questions_publishedquestion:list")
    elif state is None:
        url = reverse(f"questions_admin:{url_name}")
    else:
        url = reverse(f"questions_admin:{url_name}", args=[items[state].pk])
    data = {
        key: {"UNIT": unit.pk, "ORIGINAL": items["answered"].code}.get(value, value)
        for key, value in (data or {}).items()
    }
    response = client.post(url, data) if method == "post" else client.get(url)
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)  # consume it: the test client then closes the file
    assert outcome(response) == EXPECTED[role][index], name


def test_other_units_never_see_the_item_in_their_queue(client, items, other_unit_head):
    client.force_login(other_unit_head)
    page = client.get(reverse("questions_admin:queue") + "?status=da_chuyen").content.decode()
    assert items["forwarded"].code not in page
    assert "Không có mục nào." in page


def test_a_unit_sees_its_items_in_its_queue(client, items, unit_updater):
    client.force_login(unit_updater)
    page = client.get(reverse("questions_admin:queue")).content.decode()
    assert items["forwarded"].code in page and items["answered"].code in page
    assert items["received"].code not in page


def test_the_menu_shows_the_queue_to_the_board_and_units_only(client, member, unit_head, delegate):
    for user, shown in [(member, True), (unit_head, True), (delegate, False)]:
        client.force_login(user)
        page = client.get(reverse("wagtailadmin_home")).content.decode()
        assert (reverse("questions_admin:queue") in page) is shown, user.username


def test_a_forwarded_item_moves_with_its_unit(client, items, member, other_unit, unit_head):
    actions.forward(items["forwarded"], member, other_unit)
    client.force_login(unit_head)
    url = reverse("questions_admin:detail", args=[items["forwarded"].pk])
    assert client.get(url).status_code == 404


def test_the_board_searches_published_records_in_the_admin(client, member, unit):
    from datetime import date

    from portal.questions.models import PublishedQuestion

    PublishedQuestion.objects.create(
        title="Cấp đổi giấy phép lái xe",
        question_text="Hỏi",
        answer_text="Đáp",
        asked_on=date(2026, 1, 5),
        answered_on=date(2026, 1, 9),
        unit=unit,
        live=True,
    )
    client.force_login(member)
    url = reverse("wagtailsnippets_questions_publishedquestion:list")
    assert "Cấp đổi giấy phép lái xe" in client.get(url, {"q": "giấy phép"}).content.decode()


def test_the_roles_rights_show_in_the_group_editor(client, django_user_model):
    from django.contrib.auth.models import Group

    admin = django_user_model.objects.create_superuser("sieuquantri", "s@example.gov.vn", "x")
    client.force_login(admin)
    group = Group.objects.get(name="Thủ trưởng đơn vị")
    page = client.get(reverse("wagtailusers_groups:edit", args=[group.pk])).content.decode()
    assert "Gửi trả lời của đơn vị cho Ban biên tập (Thủ trưởng)" in page
    assert set(
        group.permissions.filter(content_type__app_label="questions").values_list(
            "codename", flat=True
        )
    ) == {"answer_question", "submit_answer"}
