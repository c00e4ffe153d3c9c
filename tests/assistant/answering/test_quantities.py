"""Counts, spans of years and amounts as questions assert them and clauses state them."""

from __future__ import annotations

import pytest

from assistant.answering.quantities import QUANTITY, SPAN_ASKED, amounts, quantity_holds


@pytest.mark.parametrize(("value", "unit", "text", "held"), [
    (14, "tuoi", "cong dan tu 15 tuoi tro len", False),
    (16, "tuoi", "cong dan tu 15 tuoi tro len", True),
    (3, "ca nhan", "moi xa de nghi khong qua 02 ca nhan", False),
    (2, "nam", "danh hieu co gia tri trong 01 nam", False),
    (1, "nam", "danh hieu co gia tri trong 01 nam", True),
    (1, "nam", "ngay 15 thang 12 nam 2024", None),  # the year of a day is no span
])
def test_a_count_asserted_against_the_bound_a_clause_sets(value: int, unit: str, text: str, held: bool | None) -> None:
    assert quantity_holds(value, unit, text) is held


def test_a_span_is_asserted_by_its_value_not_named_in_an_event() -> None:
    assert SPAN_ASKED.findall("danh hieu co gia tri 2 nam phai khong") == [("2", "")]
    assert SPAN_ASKED.findall("hoi nghi so ket 3 nam to chuc ngay 22/4 phai khong") == []
    assert QUANTITY.findall("thang 12 nam 2024") == []


def test_amounts_in_dong_millions_and_a_column_of_millions() -> None:
    assert amounts("ho tro 1.000.000 dong va 1,5 ty; quy khuyen hoc (trieu dong): 110") == {
        1_000_000, 1_500_000_000, 110_000_000}
