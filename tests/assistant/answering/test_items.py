"""A value said of one item of a list (a form, a prize, a round) answers no question about another item, and a
table row answers a question about one of its columns only with what that column's cell holds."""

from __future__ import annotations

from dataclasses import replace

from assistant.answering.decide import decide
from assistant.answering.understand import understand

from .units import unit

SECTION = "III. Tổ chức thực hiện › 1. Biểu mẫu, thời hạn và nơi nhận"
HEADER = "TT | Biểu mẫu | Đơn vị thực hiện | Thời hạn | Nơi nhận"


def _row(text: str, score: float) -> object:
    return replace(unit(text, SECTION, score=score), lead_in=HEADER)


ROWS = (
    _row("1 | Mẫu số 01: Báo cáo sơ kết 6 tháng | UBND các xã | Trước ngày 05/6/2025 | Phòng GD&ĐT", 0.9),
    _row("2 | Mẫu số 02: Thống kê lớp xóa mù chữ | Trường tiểu học | Trước ngày 31/5/2025 | UBND xã", 0.8),
    _row("3 | Mẫu số 03: Tự đánh giá, xếp loại TTHTCĐ | Giám đốc TTHTCĐ | Phòng GD&ĐT thông báo sau | Phòng GD&ĐT", 0.7),
)
TABLE = replace(unit(HEADER, SECTION, score=0.95), members=ROWS)


def test_a_form_is_answered_from_its_own_row() -> None:
    decision = decide(understand("Hạn nộp Mẫu số 02 là ngày nào?"), [TABLE, *ROWS], threshold=0.3)
    assert decision.answer and decision.lead is ROWS[1]


def test_a_form_whose_row_gives_no_date_is_not_answered_by_the_others() -> None:
    decision = decide(understand("Hạn nộp Mẫu số 03 là ngày nào?"), [TABLE, *ROWS], threshold=0.3)
    assert not decision.answer
    decision = decide(understand("mẫu 04 nộp trước ngày nào"), [TABLE, *ROWS], threshold=0.3)
    assert not decision.answer  # no row of the table is that form's


PRIZES = unit("Học sinh đạt giải kỳ thi học sinh giỏi cấp tỉnh: giải Nhất 2.000.000 đồng, giải Nhì 1.500.000 đồng, "
              "giải Ba 1.000.000 đồng; giải Khuyến khích được tặng Giấy khen của Hội Khuyến học huyện.",
              "II. Nội dung › 3. Học bổng, khen thưởng", score=0.9)


def test_a_prize_listed_without_a_sum_gets_none_of_the_others() -> None:
    q = understand("Học sinh đạt giải Khuyến khích cấp tỉnh được thưởng bao nhiêu tiền?")
    assert not decide(q, [PRIZES], threshold=0.3).answer
    q = understand("giải nhì hsg cấp tỉnh được thưởng bao nhiêu tiền")
    assert decide(q, [PRIZES], threshold=0.3).answer


def test_items_listed_together_share_what_follows_them() -> None:
    joined = unit("Mẫu số 01 và Mẫu số 02 gửi trước ngày 15/6/2025; Mẫu số 03 gửi trước ngày 30/11/2025.",
                  SECTION, score=0.9)
    for question in ("Mẫu số 01 gửi trước ngày nào?", "Mẫu số 03 gửi trước ngày nào?"):
        assert decide(understand(question), [joined], threshold=0.3).answer
    prizes_joined = unit("Giải Nhất, giải Nhì mỗi giải 1.000.000 đồng; giải Ba được tặng Giấy khen.", score=0.9)
    assert decide(understand("giải Nhì được thưởng bao nhiêu tiền?"), [prizes_joined], threshold=0.3).answer
    assert not decide(understand("giải Ba được thưởng bao nhiêu tiền?"), [prizes_joined], threshold=0.3).answer


VILLAGES = "STT | Ấp | Số hội viên | Quỹ khuyến học vận động 6 tháng (đồng) | Số hộ đăng ký “Gia đình học tập”"


def test_a_row_answers_a_count_only_from_the_column_asked() -> None:
    row = replace(unit("5 | Bình Thành | 367 | 9.800.000 | Chưa báo cáo", "1. Kết quả theo từng ấp", score=0.9),
                  lead_in=VILLAGES, titles=unit(VILLAGES).titles)  # the catalog reads a row with its header
    q = understand("ap binh thanh co bao nhieu ho dang ky gdht")
    assert not decide(q, [row], threshold=0.3).answer
    assert decide(understand("ấp Bình Thành có bao nhiêu hội viên?"), [row], threshold=0.3).answer
