"""`/api/v1/`: odd parameters get a clean 4xx in Vietnamese JSON, never a server error, and
the OpenAPI schema describes those answers."""

from __future__ import annotations

from typing import Any

import pytest

from portal.core.models import User
from portal.documents.models import LegalDocument
from portal.documents.tests.factories import make_document
from portal.news.tests.workflow_helpers import act, submit

pytestmark = pytest.mark.django_db

LISTS = ["/api/v1/van-ban/", "/api/v1/hoi-dap/", "/api/v1/gop-y/"]
DETAILS = [
    ("/api/v1/van-ban/{}/", "document_id"),
    ("/api/v1/hoi-dap/{}/", "record_id"),
    ("/api/v1/gop-y/{}/", "consultation_id"),
]
INVALID = "Tham số không hợp lệ."
NOT_FOUND = "Không tìm thấy dữ liệu được yêu cầu."


@pytest.fixture
def decision(member: User, deputy: User, head: User) -> LegalDocument:
    """A published decision, issued on 19/08/2011."""
    record = make_document()
    submit(record, member)
    act(record, deputy, "approve")
    act(record, head, "approve")
    return record


def assert_invalid(response: Any, parameter: str) -> None:
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == INVALID
    assert [error["tham_so"] for error in body["errors"]] == [parameter]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("page", ["9223372036854775809", "922337203685477580", "100001"])
def test_a_page_number_beyond_the_highest_is_refused(client, url, page):
    response = client.get(url, {"page": page})
    assert_invalid(response, "page")
    assert response.json()["errors"][0]["loi"] == "Phải nhỏ hơn hoặc bằng 100000."


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("0", "Phải lớn hơn hoặc bằng 1."),
        ("-1", "Phải lớn hơn hoặc bằng 1."),
        ("", "Phải là một số nguyên."),
        ("1.5", "Phải là một số nguyên."),
        ("mot", "Phải là một số nguyên."),
        ("1\x00", "Phải là một số nguyên."),
    ],
)
def test_an_odd_page_number_is_refused_in_vietnamese(client, url, page, message):
    response = client.get(url, {"page": page})
    assert_invalid(response, "page")
    assert response.json()["errors"][0]["loi"] == message


def test_a_page_past_the_last_one_is_empty(client, decision):
    assert client.get(LISTS[0], {"page": "100000"}).json() == {"items": [], "count": 1}


@pytest.mark.parametrize("parameter", ["tu_ngay", "den_ngay"])
@pytest.mark.parametrize(
    "value",
    ["0", "1313280000", "2011-08-19T00:00:00", "19/08/2011", "2011-8-19", "2011-02-30", ""],
)
def test_document_dates_must_be_iso_dates(client, decision, parameter, value):
    response = client.get(LISTS[0], {parameter: value})
    assert_invalid(response, parameter)
    assert response.json()["errors"][0]["loi"] == (
        "Phải là một ngày có thật, viết theo dạng YYYY-MM-DD."
    )


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({"tu_ngay": "2011-08-19"}, 1),
        ({"tu_ngay": "2011-08-20"}, 0),
        ({"den_ngay": "2011-08-19"}, 1),
        ({"den_ngay": "2011-08-18"}, 0),
    ],
)
def test_iso_dates_filter_documents(client, decision, params, count):
    assert client.get(LISTS[0], params).json()["count"] == count


@pytest.mark.parametrize(("url", "parameter"), DETAILS)
@pytest.mark.parametrize("record_id", ["-1", "0", "9223372036854775807", "9" * 30])
def test_an_unknown_id_is_not_found_in_vietnamese(client, url, parameter, record_id):
    response = client.get(url.format(record_id))
    assert response.status_code == 404
    assert response.json() == {"detail": NOT_FOUND}


@pytest.mark.parametrize(("url", "parameter"), DETAILS)
def test_an_id_that_is_not_a_number_is_refused(client, url, parameter):
    assert_invalid(client.get(url.format("abc%00")), parameter)


# Every query parameter, with values too large for a database integer, NUL bytes, bad bytes.
ODD_QUERIES = [
    ("/api/v1/van-ban/", {"loai": "9" * 30}, 200),
    ("/api/v1/van-ban/", {"loai": "-" + "9" * 30}, 200),
    ("/api/v1/van-ban/", {"linh_vuc": "9223372036854775808"}, 200),
    ("/api/v1/van-ban/", {"nam": "9" * 30}, 200),
    ("/api/v1/van-ban/", {"q": "a\x00b"}, 200),
    ("/api/v1/van-ban/", {"q": "%_\\'"}, 200),
    ("/api/v1/van-ban/", {"co_quan": "a\x00b"}, 200),
    ("/api/v1/van-ban/", {"nguoi_ky": "a\x00b"}, 200),
    ("/api/v1/van-ban/", {"tinh_trang": "a\x00b"}, 200),
    ("/api/v1/van-ban/", {"tu_ngay": "2011-08-19\x00"}, 422),
    ("/api/v1/van-ban/", {"page_size": "9" * 30}, 200),
    ("/api/v1/van-ban/", {"page_size": "0"}, 422),
    ("/api/v1/hoi-dap/", {"q": "a\x00b"}, 200),
    ("/api/v1/hoi-dap/", {"loai": "a\x00b"}, 200),
    ("/api/v1/hoi-dap/", {"linh_vuc": "9" * 30}, 200),
    ("/api/v1/hoi-dap/", {"don_vi": "9" * 30}, 200),
    ("/api/v1/hoi-dap/", {"nam": "-" + "9" * 30}, 200),
    ("/api/v1/hoi-dap/", {"thuong_gap": "co"}, 422),
    ("/api/v1/gop-y/", {"page_size": "9" * 30}, 200),
]


@pytest.mark.parametrize(("url", "params", "status"), ODD_QUERIES)
def test_odd_query_values_never_cause_a_server_error(client, decision, url, params, status):
    response = client.get(url, params)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")


def test_a_query_string_that_is_not_utf8_is_harmless(client, decision):
    response = client.get(LISTS[0] + "?q=%ff%fe&co_quan=%c3")
    assert response.status_code == 200 and "items" in response.json()


def test_the_schema_describes_the_404_and_422_answers(client):
    schema = client.get("/api/v1/schema/").json()
    expected = {
        "/api/v1/van-ban/": {"200", "422"},
        "/api/v1/van-ban/{document_id}/": {"200", "404", "422"},
        "/api/v1/hoi-dap/": {"200", "422"},
        "/api/v1/hoi-dap/{record_id}/": {"200", "404", "422"},
        "/api/v1/gop-y/": {"200", "422"},
        "/api/v1/gop-y/{consultation_id}/": {"200", "404", "422"},
    }
    responses = {path: item["get"]["responses"] for path, item in schema["paths"].items()}
    assert {path: set(codes) for path, codes in responses.items()} == expected
    for codes in responses.values():
        bodies = {code: codes[code]["content"]["application/json"]["schema"] for code in codes}
        assert bodies["422"] == {"$ref": "#/components/schemas/ValidationErrorOut"}
        assert bodies.get("404", {"$ref": "#/components/schemas/ErrorOut"}) == {
            "$ref": "#/components/schemas/ErrorOut"
        }
    components = schema["components"]["schemas"]
    assert components["ErrorOut"]["required"] == ["detail"]
    assert set(components["ValidationErrorOut"]["properties"]) == {"detail", "errors"}


def test_the_schema_gives_the_page_and_date_limits(client):
    parameters = client.get("/api/v1/schema/").json()["paths"]["/api/v1/van-ban/"]["get"]
    by_name = {p["name"]: p["schema"] for p in parameters["parameters"]}
    assert (by_name["page"]["minimum"], by_name["page"]["maximum"]) == (1, 100000)
    assert {"type": "string", "format": "date"} in by_name["tu_ngay"]["anyOf"]
