"""Pieces every router of `/api/v1/` shares: page numbers with a highest page, the error
bodies the schema describes, and a date parameter that takes only ISO dates.

No `from __future__ import annotations` here: django-ninja reads these annotations at run
time to build the OpenAPI schema and the query-parameter parser.
"""

import re
from datetime import date
from typing import Annotated, Any

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# The highest page number: (page - 1) * page_size becomes SQL OFFSET, a 64-bit integer.
MAX_PAGE = 100_000
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class PageNumbers(PageNumberPagination):
    """Ninja's page numbers with a highest page; a page past the last one is empty."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE, description=f"Số trang, từ 1 đến {MAX_PAGE}.")
        page_size: int | None = Field(
            None,
            ge=1,
            description=f"Số mục mỗi trang: mặc định {PAGE_SIZE}, tối đa {MAX_PAGE_SIZE} "
            "(số lớn hơn được tính là tối đa).",
        )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE, **kwargs)


class ErrorOut(Schema):
    detail: str


class ParameterErrorOut(Schema):
    tham_so: str = Field(description="Tên tham số sai.")
    loi: str = Field(description="Vì sao tham số đó sai.")


class ValidationErrorOut(Schema):
    detail: str
    errors: list[ParameterErrorOut]


def _only_iso_dates(value: Any) -> Any:
    """Pydantic also reads Unix timestamps ("0") and datetimes as dates; the API does not."""
    if value is None or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise PydanticCustomError("iso_date", "Date must be YYYY-MM-DD")


IsoDate = Annotated[date | None, BeforeValidator(_only_iso_dates)]
