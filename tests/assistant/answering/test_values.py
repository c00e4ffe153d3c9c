"""Which clauses state a day something is due by."""

from __future__ import annotations

import pytest

from assistant.answering.values import sets_deadline


@pytest.mark.parametrize(("text", "due"), [
    ("Báo cáo gửi về Sở trước ngày 15/12/2025.", True),
    ("Số liệu tính đến ngày 14/12, gửi trước ngày 20/12.", True),
    ("Phòng GD&ĐT gửi báo cáo về Sở chậm nhất trước 16h00 ngày 10/01/2025.", True),
    # the day the figures count to, and counts out of a whole, set no deadline
    ("Tính đến 17h00 ngày 03/01/2025, Sở đã nhận được báo cáo của 09/12 Phòng GD&ĐT và 09/10 Trung tâm GDNN-GDTX.",
     False),
    ("Số liệu tính đến ngày 14/12.", False),
    # the hour and day of a meeting
    ("Hội nghị tổ chức vào lúc 14 giờ 00 ngày 22/4/2025 tại Hội trường UBND huyện.", False),
])
def test_a_deadline_is_a_day_something_is_due_by(text: str, due: bool) -> None:
    assert sets_deadline(text) is due
