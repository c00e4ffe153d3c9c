"""A document's own attributes from its header: each one asked, and blanks said to be blank."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from index.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistant(corpus_home):
    return Assistant.open(Settings.from_env({"XHHT_HOME": str(corpus_home)}))


def test_two_attributes_in_one_question(assistant) -> None:
    a = assistant.ask("Công văn số 09/CV-HKH được ban hành ngày nào và có trích yếu về việc gì?")
    assert "02/02/2024" in a.answer and "Triển khai kế hoạch thực hiện phong trào" in a.answer
    assert not a.abstained


def test_the_signer_with_role_and_on_whose_behalf(assistant) -> None:
    a = assistant.ask("kh xa an nghiep ai ky vay")
    assert "Trần Văn Nam" in a.answer and "Phó Chủ tịch" in a.answer and "KT. Chủ tịch" in a.answer


def test_a_blank_draft_number_is_said_to_be_blank(assistant) -> None:
    a = assistant.ask("Kế hoạch của Hà Nam số mấy?")
    assert a.abstained and "chưa ghi số" in a.answer


def test_a_month_is_an_answer_to_which_month_but_not_to_which_day(assistant) -> None:
    assert "12/2023" in assistant.ask("Dự thảo KH Ninh Bình đề tháng năm nào?").answer
    assert assistant.ask("Kế hoạch Ninh Bình ký ngày nào?").abstained


def test_the_earliest_document_of_the_library(assistant) -> None:
    a = assistant.ask("trong mấy văn bản này cái nào ban hành sớm nhất")
    assert a.answer.splitlines()[0].startswith("Kế hoạch 3853/KH-UBND")


def test_recipients_and_the_file_copy(assistant) -> None:
    sent = assistant.ask("kh ninh binh gui cho nhung noi nao")
    assert "Bộ Giáo dục và Đào tạo" in sent.answer and "Lưu" not in sent.answer
    filed = assistant.ask("Kế hoạch 3853 của Bình Dương được lưu ở đâu?")
    assert "Lưu: VT, H" in filed.answer
