"""A report's part named by its heading ("những kiến nghị, đề xuất gì", "Mục Tổ chức thực hiện … những ai") is
listed; a body, a level, a fee, an account or an e-mail the documents never give is refused; places named with no
kind word scope the question to the documents naming them; a table numbered in levels shows its top rows; a
condition the question denies makes "Không"; a yes/no deadline or channel is checked on the hop asked; a day asked
is not answered by a quarter."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

REPORT = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN VÂN THỦY                                Độc lập - Tự do - Hạnh phúc
Số: 18/BC-UBND                              Vân Thủy, ngày 14 tháng 01 năm 2025

BÁO CÁO
Kết quả xây dựng xã hội học tập năm 2024 trên địa bàn huyện Vân Thủy

## I. Kết quả thực hiện năm 2024

1. Các Trung tâm học tập cộng đồng tổ chức 240 chuyên đề với 18.500 lượt người tham gia.
2. Phối hợp mở 03 lớp xóa mù chữ với 58 học viên tại xã Thuận Lâm Tây và xã Vân Bình.
3. Tổ chức Đại hội Hội Khuyến học huyện nhiệm kỳ 2025 - 2030 trong quý III năm 2025; Hội Khuyến học cấp xã hoàn thành đại hội trước ngày 30/6/2025.

## II. Kiến nghị, đề xuất

1. **Đối với UBND tỉnh:** Bố trí kinh phí hỗ trợ hoạt động của Trung tâm học tập cộng đồng tối thiểu 30 triệu đồng/trung tâm/năm.
2. **Đối với Sở Giáo dục và Đào tạo:** Xây dựng phần mềm cơ sở dữ liệu về xây dựng xã hội học tập dùng chung toàn tỉnh.
3. **Đối với Hội Khuyến học tỉnh:** Ban hành hướng dẫn đánh giá danh hiệu "Công dân học tập" đối với người lao động tự do.

Liên hệ: bà Trần Thị Lan, chuyên viên Phòng Giáo dục và Đào tạo, điện thoại 0293.3871.456.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- UBND tỉnh;                                     KT. CHỦ TỊCH
- Lưu: VT.                                       PHÓ CHỦ TỊCH
                                                 Nguyễn Văn Hải
"""

PLAN = """HỘI KHUYẾN HỌC HUYỆN NHO LÂM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC XÃ GIA THẠCH                        Độc lập - Tự do - Hạnh phúc
Số: 05/KH-HKH                                   Gia Thạch, ngày 10 tháng 01 năm 2025

KẾ HOẠCH
Hoạt động khuyến học, khuyến tài năm 2025

1. MỨC KHEN THƯỞNG
+ Học sinh giỏi cấp tỉnh: 500.000 đồng/em; học sinh giỏi cấp quốc gia: 2.000.000 đồng/em.
+ Học sinh thi đỗ đại học đạt từ 27 điểm trở lên: 1.000.000 đồng/em.
- Quỹ khuyến học do Thường trực Hội xã quản lý, mở tài khoản tại Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Nho Lâm.

2. CHẾ ĐỘ BÁO CÁO
Hội Khuyến học huyện yêu cầu các cấp hội báo cáo như sau:
2.1. Chi hội khuyến học thôn báo cáo Hội Khuyến học xã bằng bản giấy: báo cáo 6 tháng trước ngày 05/6/2025.
2.2. Hội Khuyến học xã báo cáo Hội Khuyến học huyện qua thư điện tử: báo cáo 6 tháng trước ngày 12/6/2025.
2.3. Hội Khuyến học huyện báo cáo Hội Khuyến học tỉnh: báo cáo 6 tháng trước ngày 20/6/2025.

2.4. Chỉ tiêu phát triển hội viên mới năm 2025 giao các chi hội:

| Chi hội | Hội viên mới |
|---|---|
| Thôn Đông | 40 |
| Thôn Tây | 35 |
| Cộng | 75 |

3. TỔ CHỨC THỰC HIỆN
3.1. Thường trực Hội Khuyến học xã xây dựng kế hoạch chi tiết, đôn đốc các chi hội.
3.2. Ban Kiểm tra Hội kiểm tra thu, chi Quỹ 6 tháng một lần.
3.3. Các chi hội khuyến học thôn vận động hội viên tham gia học tập.

4. KINH PHÍ
Hỗ trợ mở 05 lớp xóa mù chữ cho người lớn (thù lao giáo viên, tài liệu): 96.000.000 đồng.
Bổ sung sách, tài liệu cho tủ sách Trung tâm học tập cộng đồng: 12.500.000 đồng.
Tổ chức hoạt động hưởng ứng Tuần lễ học tập suốt đời: 8.000.000 đồng.

Nơi nhận:                                        TM. BAN CHẤP HÀNH
- Hội Khuyến học huyện;                          CHỦ TỊCH
- Lưu: VP.                                       Đinh Văn Tâm
"""

GUIDANCE = """UBND HUYỆN CỜ LÂM                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO XÂY DỰNG                              Độc lập - Tự do - Hạnh phúc
XÃ HỘI HỌC TẬP
Số: 03/HD-BCĐ                                     Cờ Lâm, ngày 24 tháng 02 năm 2025

HƯỚNG DẪN
Đánh giá, xếp loại "Cộng đồng học tập" cấp xã năm 2025

I. TIÊU CHÍ VÀ THANG ĐIỂM
Tổng điểm tối đa là 100 điểm, gồm 04 tiêu chí (kết quả chấm điểm của từng xã tổng hợp theo Phụ lục II):

| TT  | Tiêu chí / nội dung                                            | Điểm tối đa |
|-----|----------------------------------------------------------------|-------------|
| 1   | Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện                   | 20          |
| 1.1 | Ban hành kế hoạch xây dựng xã hội học tập trước ngày 31/3       | 5           |
| 1.2 | Kiện toàn Ban Chỉ đạo xã                                        | 5           |
| 1.3 | Bố trí kinh phí cho Trung tâm học tập cộng đồng                 | 5           |
| 1.4 | Sơ kết, tổng kết, báo cáo đúng hạn                              | 5           |
| 2   | Kết quả xây dựng các mô hình học tập                            | 35          |
| 2.1 | Tỷ lệ gia đình đạt "Gia đình học tập" từ 70% trở lên            | 10          |
| 2.2 | Tỷ lệ thôn đạt "Cộng đồng học tập" cấp thôn từ 65% trở lên      | 10          |
| 2.3 | Tỷ lệ cơ quan đạt "Đơn vị học tập" từ 80% trở lên               | 8           |
| 2.4 | Tỷ lệ người lao động đạt "Công dân học tập" từ 40% trở lên      | 7           |
| 3   | Hoạt động của Trung tâm học tập cộng đồng                       | 25          |
| 3.1 | Số lượt người học tại Trung tâm đạt từ 30% dân số trở lên       | 15          |
| 3.2 | Trung tâm được xếp loại Tốt                                     | 10          |
| 4   | Phổ cập giáo dục, xóa mù chữ và khuyến học                      | 20          |
| 4.1 | Duy trì đạt chuẩn xóa mù chữ mức độ 2                           | 10          |
| 4.2 | Quỹ khuyến học bình quân đạt từ 50.000 đồng/hộ trở lên          | 10          |

II. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN ĐĂNG KÝ
- Thôn đã đăng ký danh hiệu "Cộng đồng học tập" với Hội Khuyến học xã trước ngày 31/3/2025.
- Có Chi hội khuyến học hoạt động thường xuyên.

III. ĐIỀU KIỆN CÔNG NHẬN "GIA ĐÌNH HỌC TẬP"
Hộ gia đình được Hội Khuyến học xã công nhận "Gia đình học tập" khi đạt đủ 03 điều kiện: (1) trẻ em trong độ tuổi đi học đều được đến trường; (2) các thành viên từ 15 tuổi trở lên tham gia ít nhất 01 hình thức học tập trong năm; (3) gia đình đạt danh hiệu "Gia đình văn hóa".

IV. XẾP LOẠI

| Xếp loại | Tổng điểm | Điều kiện kèm theo |
|---|---|---|
| Tốt | Từ 85 điểm trở lên | Không có tiêu chí nào dưới 70% số điểm tối đa; tỷ lệ hộ "Gia đình học tập" từ 70% trở lên |
| Khá | Từ 70 đến dưới 85 điểm | Không có tiêu chí nào dưới 50% số điểm tối đa |

V. HỒ SƠ
UBND xã gửi hồ sơ đề nghị đánh giá về Phòng Giáo dục và Đào tạo trước ngày 25/3/2025, gồm: Tờ trình (Mẫu 01); Báo cáo tự đánh giá (Mẫu 02); Bảng tổng hợp số liệu theo Phụ lục I.

Nơi nhận:                                        TRƯỞNG BAN
- UBND các xã;
- Lưu: VT.                                       Lê Văn Hùng
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("reports"), {
        "van-thuy-bao-cao.md": REPORT, "gia-thach-ke-hoach.txt": PLAN, "co-lam-huong-dan.txt": GUIDANCE})


def test_a_part_named_by_its_heading_words_is_listed(assistant: Assistant) -> None:
    answer = assistant.ask("Báo cáo của huyện Vân Thủy có những kiến nghị, đề xuất gì với cấp tỉnh?")
    assert not answer.abstained
    for said in ("30 triệu", "phần mềm cơ sở dữ liệu", "người lao động tự do"):
        assert said in answer.answer


def test_a_part_named_after_muc_lists_the_bodies_it_tasks(assistant: Assistant) -> None:
    answer = assistant.ask("Mục Tổ chức thực hiện của KH 05 xã Gia Thạch giao nhiệm vụ cho những ai?")
    assert not answer.abstained
    for said in ("Thường trực Hội Khuyến học xã", "Ban Kiểm tra", "chi hội khuyến học thôn"):
        assert said in answer.answer


@pytest.mark.parametrize("question", [
    "Huyện Vân Thủy kiến nghị Bộ Giáo dục và Đào tạo những nội dung gì?",  # a body the report never names
    "Học sinh giỏi cấp huyện ở xã Gia Thạch được thưởng bao nhiêu?",  # amounts only for cấp tỉnh and quốc gia
    "so tai khoan quy khuyen hoc xa gia thach la gi",  # the bank is named, no account number
    "Xã phải nộp lệ phí thẩm định hồ sơ xếp loại Cộng đồng học tập ở Cờ Lâm bao nhiêu?",  # a fee nobody sets
    "Email của Phòng Giáo dục và Đào tạo huyện Vân Thủy là gì?",  # a telephone only
    "Trong hướng dẫn của BCĐ huyện Cờ Lâm, nội dung về số lớp xóa mù chữ mở mới được tối đa bao nhiêu điểm?",
    "Kinh phí mở 03 lớp xóa mù chữ ở Thuận Lâm Tây và Vân Bình là bao nhiêu?",  # the line names no amount
    "Đại hội Hội Khuyến học huyện Vân Thủy nhiệm kỳ 2025 - 2030 tổ chức vào ngày nào?",  # a quarter, no day
])
def test_what_the_documents_do_not_give_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, answer.answer


def test_what_they_do_give_is_still_answered(assistant: Assistant) -> None:
    answer = assistant.ask("Học sinh giỏi cấp tỉnh ở xã Gia Thạch được thưởng bao nhiêu?")
    assert not answer.abstained and "500.000" in answer.answer
    answer = assistant.ask("quy khuyen hoc gia thach co mo tai khoan ngan hang ko")
    assert answer.answer.startswith("Có") and "Nông nghiệp" in answer.answer
    answer = assistant.ask("Số điện thoại liên hệ của Phòng Giáo dục và Đào tạo huyện Vân Thủy là gì?")
    assert not answer.abstained and "0293.3871.456" in answer.answer


def test_places_named_without_their_kind_scope_the_question(assistant: Assistant) -> None:
    answer = assistant.ask("Ở Thuận Lâm Tây mở mấy lớp xóa mù chữ?")
    assert not answer.abstained and "03 lớp" in answer.answer and "Vân Thủy" in answer.answer


def test_a_table_numbered_in_levels_shows_its_top_rows(assistant: Assistant) -> None:
    answer = assistant.ask("Hướng dẫn của BCĐ huyện Cờ Lâm đánh giá theo những tiêu chí nào, mỗi tiêu chí tối đa "
                           "bao nhiêu điểm?")
    assert not answer.abstained
    for row in ("Công tác lãnh đạo", "mô hình học tập", "Hoạt động của Trung tâm", "Phổ cập giáo dục"):
        assert row in answer.answer
    assert "Điểm tối đa: 20" in answer.answer and "Kiện toàn Ban Chỉ đạo xã" not in answer.answer


def test_the_conditions_asked_come_from_their_own_part(assistant: Assistant) -> None:
    answer = assistant.ask("Điều kiện để hộ gia đình ở huyện Cờ Lâm được công nhận Gia đình học tập gồm những gì?")
    assert not answer.abstained and "Gia đình văn hóa" in answer.answer and "01 hình thức học tập" in answer.answer


def test_a_condition_denied_by_the_question_is_no(assistant: Assistant) -> None:
    answer = assistant.ask("gia dinh chua dat gia dinh van hoa co duoc cong nhan gia dinh hoc tap khong (hd co lam)?")
    assert answer.answer.startswith("Không"), answer.answer
    answer = assistant.ask("gia dinh da dat gia dinh van hoa co duoc cong nhan gia dinh hoc tap khong (hd co lam)?")
    assert answer.answer.startswith("Có"), answer.answer


def test_a_yes_no_deadline_is_read_on_the_hop_asked(assistant: Assistant) -> None:
    answer = assistant.ask("HKH xã Gia Thạch gửi báo cáo 6 tháng lên HKH huyện trước 12/6/2025 đúng không")
    assert answer.answer.startswith("Có"), answer.answer


def test_a_yes_no_channel_is_read_on_the_sender_asked(assistant: Assistant) -> None:
    answer = assistant.ask("Theo kế hoạch của Hội Khuyến học xã Gia Thạch, báo cáo của các chi hội thôn có được gửi "
                           "qua thư điện tử không?")
    assert answer.answer.startswith("Không") and "bản giấy" in answer.answer, answer.answer


def test_the_forms_a_document_comes_with_are_listed(assistant: Assistant) -> None:
    answer = assistant.ask("Hướng dẫn 03/HD-BCĐ của BCĐ huyện Cờ Lâm kèm theo những mẫu biểu, phụ lục nào?")
    assert not answer.abstained
    for form in ("Mẫu 01", "Mẫu 02", "Phụ lục I", "Phụ lục II"):
        assert form in answer.answer


def test_which_of_two_amounts_is_larger_shows_both(assistant: Assistant) -> None:
    answer = assistant.ask("Khoản bổ sung sách cho tủ sách Trung tâm và khoản tổ chức Tuần lễ học tập suốt đời của "
                           "Hội Khuyến học xã Gia Thạch, khoản nào lớn hơn?")
    assert not answer.abstained and "12.500.000" in answer.answer and "8.000.000" in answer.answer


def test_a_total_asked_is_the_row_of_totals(assistant: Assistant) -> None:
    answer = assistant.ask("Tổng chỉ tiêu phát triển hội viên mới năm 2025 của Hội Khuyến học xã Gia Thạch là bao nhiêu?")
    assert not answer.abstained and "75" in answer.answer.split("\n")[0], answer.answer


def test_the_conditions_of_a_grade_are_its_row(assistant: Assistant) -> None:
    answer = assistant.ask('Xã ở Cờ Lâm cần đạt điều kiện gì để được xếp loại Tốt về "Cộng đồng học tập" cấp xã?')
    assert not answer.abstained and "85 điểm" in answer.answer.split("\n")[0], answer.answer


def test_who_is_asked_to_send_is_the_sender(assistant: Assistant) -> None:
    answer = assistant.ask("Hội Khuyến học huyện yêu cầu Hội Khuyến học xã Gia Thạch gửi báo cáo 6 tháng lên HKH huyện "
                           "trước 12/6/2025, đúng không?")
    assert answer.answer.startswith("Có"), answer.answer
