"""Which clauses state a day something is due by."""

from __future__ import annotations

import pytest

from assistant.answering.contacts import PHONE
from assistant.answering.values import CONTACT, sets_deadline


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


@pytest.mark.parametrize(("text", "contact"), [
    ("Điện thoại: 0263.3822.415; email: hkh@lamdong.gov.vn", True),
    ("Liên hệ bà Nguyễn Thị Hoa, số điện thoại 0912 345 678.", True),
    # an amount of money is no telephone number, however its digits are grouped
    ("Tổng Quỹ khuyến học toàn huyện vận động năm 2024 đạt 4.200.000.000 đồng (bốn tỷ hai trăm triệu đồng).", False),
    ("Tổng Quỹ khuyến học vận động được trong 6 tháng đầu năm là 114.500.000 đồng.", False),
])
def test_a_contact_is_a_number_or_address_not_an_amount(text: str, contact: bool) -> None:
    assert bool(CONTACT.search(text)) is contact
    assert bool(PHONE.search(text)) is contact
