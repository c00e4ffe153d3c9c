"""A question that is nothing but a heading of the plan gets that section; other questions do not."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from index.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistant(corpus_home):
    return Assistant.open(Settings.from_env({"XHHT_HOME": str(corpus_home)}))


def test_a_named_part_is_answered_with_its_sub_headings(assistant) -> None:
    a = assistant.ask("Nội dung phong trào thi đua của Ninh Bình gồm những gì?")
    first, *items = a.answer.splitlines()
    assert first.startswith("Theo Kế hoạch chưa có số của Ủy ban nhân dân tỉnh Ninh Bình, mục “II. Nội dung phong trào thi đua”")
    assert len(items) >= 5 and all(line.rstrip().endswith("]") for line in items)
    assert {c.doc_id for c in a.citations} == {"ninh-binh-kh-ubnd-12-2023"}


def test_the_deepest_heading_the_question_names_wins(assistant) -> None:
    a = assistant.ask("Tiêu chí thi đua đối với cấp xã trong Kế hoạch 151 của Bình Dương gồm những gì?")
    assert "Đối với cấp xã" in a.answer.splitlines()[0]
    assert "Cộng đồng học tập" in a.answer


def test_the_parts_of_a_plan(assistant) -> None:
    a = assistant.ask("kế hoạch xã An Nghiệp gồm những phần nào?")
    assert a.answer.splitlines()[0].endswith("gồm các phần:")
    assert "Tổ chức thực hiện" in a.answer and "Kinh phí" in a.answer


def test_a_question_about_something_else_is_not_an_outline(assistant) -> None:
    a = assistant.ask("Ở Hà Nam các đơn vị gửi báo cáo về đâu?")
    assert "gồm:" not in a.answer.splitlines()[0]
    assert "05 tháng 12" in a.answer
