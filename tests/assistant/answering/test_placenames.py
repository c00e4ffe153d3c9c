"""Villages and communes a question names when typed without marks: a name may begin with a syllable that is also
one of the question's own words ("thôn Đồng Sim", "xã Gia Phú"), and ends before the phrase that word opens
("dòng họ", "gia đình học tập")."""

from __future__ import annotations

import pytest

from assistant.answering.placenames import communes, small_places


@pytest.mark.parametrize(("question", "villages"), [
    ("thon dong sim xa canh vinh co bao nhieu ho dat gdht nam 2024", [("thôn", "dong sim")]),
    ("thon cong hoa co may ho dat gia dinh hoc tap", [("thôn", "cong hoa")]),
    ("thon hai loc gia dinh hoc tap bao nhieu", [("thôn", "hai loc")]),
    ("thon dong ho co bao nhieu", []),
    ("ap my hoa xa tan loc dien", [("ấp", "my hoa")]),
])
def test_villages_typed_without_marks(question: str, villages: list[tuple[str, str]]) -> None:
    assert small_places(question) == villages


@pytest.mark.parametrize(("question", "named"), [
    ("xa gia phu co bao nhieu thon dat cong dong hoc tap", [("xã", "gia phu")]),
    ("xa dong van bao cao truoc ngay nao", [("xã", "dong van")]),
    ("cac xa gia dinh hoc tap dat bao nhieu", []),
])
def test_communes_typed_without_marks(question: str, named: list[tuple[str, str]]) -> None:
    assert communes(question) == named
