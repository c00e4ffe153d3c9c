"""Documents of forms the seeds do not have, indexed and asked through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering import Assistant
from assistant.web.uploads import ingest
from index.pipeline import Indexer
from index.settings import Settings

NOTE = (
    "KẾ HOẠCH\nUBND xã Hòa Thắng giao Hội Khuyến học xã báo cáo kết quả về UBND xã "
    "trước ngày 15 tháng 10 hằng năm.\n"
)
FUNDED_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN PHÙ MỸ                          Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND                        Phù Mỹ, ngày 02 tháng 4 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Phù Mỹ năm 2024
I. KINH PHÍ
1. Năm 2024, ngân sách huyện bố trí 120.000.000 đồng cho tuyên truyền và khen thưởng.
2. Từ năm 2025, Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí trong dự toán hằng năm.
3. UBND các xã, thị trấn bố trí từ ngân sách xã tối thiểu 10.000.000 đồng/năm cho hoạt động của TTHTCĐ.
4. Quỹ khuyến học của mỗi thôn có số dư tối thiểu 5.000.000 đồng.
II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã, thị trấn
Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) chậm nhất ngày 10 tháng 12 hằng năm.
2. Phòng Giáo dục và Đào tạo
Tổng hợp, tham mưu Ủy ban nhân dân huyện báo cáo Ban Chỉ đạo tỉnh (qua Sở Giáo dục và Đào tạo) trước ngày 20 tháng 12 hằng năm.
"""
STEERING = """ỦY BAN NHÂN DÂN
HUYỆN HÀM THUẬN BẮC
Số: 1520/QĐ-UBND
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo xây dựng xã hội học tập huyện Hàm Thuận Bắc
Điều 1. Thành lập Ban Chỉ đạo xây dựng xã hội học tập huyện Hàm Thuận Bắc, gồm các ông, bà có tên sau:
1. Ông Nguyễn Văn Thành, Phó Chủ tịch UBND huyện - Trưởng ban;
2. Ông Đặng Công Thịnh, Phó Trưởng phòng Giáo dục và Đào tạo - Ủy viên, Thư ký.
Điều 2. Nhiệm vụ của các thành viên
1. Trưởng ban chỉ đạo chung, chủ trì các cuộc họp của Ban Chỉ đạo.
2. Ủy viên, Thư ký giúp Trưởng ban chuẩn bị nội dung các cuộc họp, ghi biên bản và dự thảo thông báo kết luận.
3. Sau mỗi cuộc họp, Thư ký gửi thông báo kết luận đến các thành viên trong thời hạn 05 ngày làm việc.
"""
# a table typed with spaces (its header wrapped over two lines), short items stating amounts, dated deadlines
VINH_BAO = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN VĨNH BẢO                        Độc lập - Tự do - Hạnh phúc
Số: 41/KH-UBND                        Vĩnh Bảo, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập huyện Vĩnh Bảo năm 2024
I. CHỈ TIÊU NĂM 2024
Ủy ban nhân dân huyện giao chỉ tiêu cho các xã điểm như sau:

STT  Xã              Gia đình     Dòng họ
                     học tập      học tập
1    Tam Cường       71%          64%
2    Liên Am         69%          61%
3    Hùng Tiến       73%          66%

II. KHEN THƯỞNG
1. Học sinh đạt giải học sinh giỏi cấp huyện:
a) Giải Nhất: 300.000 đồng/học sinh;
b) Giải Nhì: 200.000 đồng/học sinh.
2. Học sinh đạt giải học sinh giỏi cấp tỉnh:
a) Giải Nhất: 600.000 đồng/học sinh;
b) Giải Nhì: 450.000 đồng/học sinh.
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã
Báo cáo sơ kết 6 tháng về Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) chậm nhất ngày 05/6/2024; báo cáo \
năm chậm nhất ngày 05/12/2024.
"""
REPEATED = (
    "ỦY BAN NHÂN DÂN\nHUYỆN CHỢ MỚI\nSố: 5/KH-UBND\nKẾ HOẠCH\nXây dựng xã hội học tập năm 2024\n"
    "I. TỔ CHỨC THỰC HIỆN\n" + "Các xã báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm.\n" * 3
)


@pytest.fixture
def assistant(tmp_path: Path) -> Assistant:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ghi-chu.txt").write_text(NOTE, encoding="utf-8")
    (docs / "phu-my.txt").write_text(FUNDED_PLAN, encoding="utf-8")
    (docs / "ham-thuan-bac.txt").write_text(STEERING, encoding="utf-8")
    (docs / "vinh-bao.txt").write_text(VINH_BAO.replace("\\\n", ""), encoding="utf-8")
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    assert not Indexer(settings).run().skipped
    return Assistant.open(settings)


def test_a_two_line_note_answers_its_deadline(assistant: Assistant) -> None:
    answer = assistant.ask("Hòa Thắng báo cáo trước ngày nào?")
    assert not answer.abstained and "15 tháng 10" in answer.answer
    assert answer.citations[0].source == "ghi-chu.txt"


def test_money_is_answered_when_stated_and_refused_when_not(assistant: Assistant) -> None:
    stated = assistant.ask("Năm 2024 huyện Phù Mỹ bố trí bao nhiêu tiền?")
    assert not stated.abstained and "120.000.000 đồng" in stated.answer
    assert assistant.ask("Năm 2025 ngân sách huyện Phù Mỹ bố trí bao nhiêu tiền?").abstained


def test_money_of_another_purse_or_purpose_does_not_answer(assistant: Assistant) -> None:
    # the communes' own budget is not what the district sets aside for 2026
    assert assistant.ask("Huyện Phù Mỹ bố trí bao nhiêu kinh phí cho kế hoạch năm 2026?").abstained
    # a fund's balance is no prize
    assert assistant.ask("Huyện Phù Mỹ thưởng bao nhiêu tiền cho mỗi thôn đạt Cộng đồng học tập?").abstained
    answer = assistant.ask("Theo kế hoạch của huyện Phù Mỹ, UBND các xã bố trí tối thiểu bao nhiêu cho TTHTCĐ?")
    assert not answer.abstained and "10.000.000" in answer.answer


def test_a_two_column_header_and_a_deadline_with_chậm_nhất(assistant: Assistant) -> None:
    meta = next(d for d in assistant.library.documents if d.source == "phu-my.txt")
    assert (meta.number, meta.issuer, meta.date) == ("77/KH-UBND", "Ủy ban nhân dân huyện Phù Mỹ", "02/04/2024")
    answer = assistant.ask("UBND các xã ở Phù Mỹ báo cáo về đâu, trước ngày nào?")
    assert "10 tháng 12" in answer.answer and "Phòng Giáo dục và Đào tạo" in answer.answer


def test_a_report_up_to_the_province_reaches_it_through_any_of_its_bodies(assistant: Assistant) -> None:
    answer = assistant.ask("huyện Phù Mỹ báo cáo lên tỉnh trước ngày nào?")
    assert not answer.abstained and "20 tháng 12" in answer.answer.split("\n")[0]


def test_duties_of_an_agency_the_plan_never_names_are_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Hội Cựu chiến binh huyện Phù Mỹ có nhiệm vụ gì trong kế hoạch?")
    assert answer.abstained and "không nêu Hội Cựu chiến binh" in answer.answer
    answer = assistant.ask("Phòng Giáo dục và Đào tạo huyện Phù Mỹ có nhiệm vụ gì trong kế hoạch?")
    assert not answer.abstained and "20 tháng 12" in answer.answer


def test_a_documents_number_and_date_asked_together(assistant: Assistant) -> None:
    answer = assistant.ask("kế hoạch xây dựng xã hội học tập của huyện Phù Mỹ số mấy, ngày nào?")
    assert not answer.abstained and "77/KH-UBND" in answer.answer and "02/04/2024" in answer.answer


def test_who_holds_a_post_and_what_that_post_does(assistant: Assistant) -> None:
    answer = assistant.ask("thu ky bcd ham thuan bac la ai, lam nhung viec gi")
    assert not answer.abstained and "Đặng Công Thịnh" in answer.answer and "ghi biên bản" in answer.answer


def test_a_yes_no_about_something_the_plan_never_mentions_is_not_answered_yes(assistant: Assistant) -> None:
    answer = assistant.ask("Hộ gia đình ở Phù Mỹ có được ưu tiên vay vốn ngân hàng chính sách không?")
    assert answer.abstained and "không đề cập" in answer.answer
    answer = assistant.ask("Kế hoạch của huyện Phù Mỹ có bố trí ngân sách cho khen thưởng không?")
    assert not answer.abstained


def test_a_commune_named_only_in_its_districts_table_is_answered_from_its_row(assistant: Assistant) -> None:
    answer = assistant.ask("Xã Liên Am của huyện Vĩnh Bảo được giao chỉ tiêu Dòng họ học tập bao nhiêu?")
    row = next(line for line in answer.answer.splitlines() if "Theo Kế hoạch 41" in line)
    assert not answer.abstained and "Liên Am" in row and "Dòng họ học tập: 61%" in row
    # a commune of the same district that the plan never names: the plan says nothing about it
    assert assistant.ask("Xã Cao Minh (Vĩnh Bảo) được giao chỉ tiêu Gia đình học tập bao nhiêu?").abstained


def test_what_the_plan_never_names_is_not_answered_from_what_it_does(assistant: Assistant) -> None:
    # a village, a year and a form the plan never names
    assert assistant.ask("Chỉ tiêu Gia đình học tập của thôn Đông Am, xã Liên Am (Vĩnh Bảo) là bao nhiêu?").abstained
    assert assistant.ask("Năm 2026, xã Tam Cường (Vĩnh Bảo) được giao chỉ tiêu Dòng họ học tập bao nhiêu?").abstained
    assert assistant.ask("Kế hoạch 41/KH-UBND của Vĩnh Bảo: Biểu số 02 gửi trước ngày nào?").abstained
    assert not assistant.ask("Năm 2024, xã Tam Cường (Vĩnh Bảo) được giao chỉ tiêu Dòng họ học tập bao nhiêu?").abstained


def test_a_short_item_is_read_with_the_item_introducing_it(assistant: Assistant) -> None:
    answer = assistant.ask("Ở Vĩnh Bảo, học sinh đạt giải Nhì học sinh giỏi cấp tỉnh được thưởng bao nhiêu?")
    assert not answer.abstained and "450.000" in answer.answer.split("\n")[0]
    # the plan rewards two levels of contest, neither of them the national one
    answer = assistant.ask("Ở Vĩnh Bảo, học sinh đạt giải Nhì học sinh giỏi cấp quốc gia được thưởng bao nhiêu?")
    assert answer.abstained


def test_a_deadline_dated_in_another_year_does_not_answer_for_the_year_asked(assistant: Assistant) -> None:
    answer = assistant.ask("Các xã ở Vĩnh Bảo gửi báo cáo sơ kết 6 tháng năm 2024 chậm nhất ngày nào?")
    assert not answer.abstained and "05/6/2024" in answer.answer
    assert assistant.ask("Các xã ở Vĩnh Bảo gửi báo cáo sơ kết 6 tháng năm 2025 chậm nhất ngày nào?").abstained


def test_an_uploaded_file_with_a_repeated_paragraph_indexes_and_later_uploads_work(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    repeated = tmp_path / "lap-lai.txt"
    repeated.write_text(REPEATED, encoding="utf-8")
    note = tmp_path / "ghi-chu.txt"
    note.write_text(NOTE, encoding="utf-8")
    first, report = ingest(settings, [(repeated, "lap-lai.txt")])
    assert [r.status for r in first] == ["indexed"] and report is not None and report.chunks >= 1
    second, report = ingest(settings, [(note, "ghi-chu.txt")])
    assert [r.status for r in second] == ["indexed"] and report.documents == 2
