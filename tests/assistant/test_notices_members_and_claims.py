"""A meeting's conclusions list their tasks in plain paragraphs after "… yêu cầu:"; a letter's numbered requests follow
"… một số nội dung sau:"; a board's head is named in a member list under its article; a fund is no quarter ("quỹ
nào"); a yes/no claim of a channel, a frequency, of all or of only some is checked against what the clause says; an
amount asked beside its source is still an amount; what a notice says of a plan answers nothing of a report; "hạn
gửi của A và của B" shows a row of each; "gửi huyện" names where a report goes, not an act asked."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

NOTICE = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG LÂM                                Độc lập - Tự do - Hạnh phúc
Số: 57/TB-UBND                              Đông Lâm, ngày 10 tháng 4 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp đánh giá kết quả
xây dựng xã hội học tập quý I năm 2025

Ngày 04 tháng 4 năm 2025, tại Hội trường UBND huyện, ông Trần Văn Bình - Chủ tịch UBND huyện chủ trì cuộc họp đánh giá kết quả xây dựng xã hội học tập quý I năm 2025.

Sau khi nghe Phòng Giáo dục và Đào tạo báo cáo, Chủ tịch UBND huyện kết luận như sau:

Toàn huyện có 08/10 xã, thị trấn đã ban hành kế hoạch năm 2025; kiểm tra thực tế được 12/12 Trung tâm học tập cộng đồng.

Để hoàn thành các chỉ tiêu năm 2025, Chủ tịch UBND huyện yêu cầu:

Phòng Giáo dục và Đào tạo xây dựng bộ công cụ kiểm tra hoạt động của Trung tâm học tập cộng đồng, trình UBND huyện trước ngày 25/4/2025.

UBND các xã Đông Hòa, Đông Phú gửi kế hoạch xây dựng xã hội học tập năm 2025 về UBND huyện chậm nhất ngày 15/4/2025 qua Hệ thống quản lý văn bản và điều hành.

Hội Khuyến học huyện hướng dẫn cập nhật số liệu hội viên lên phần mềm quản lý khuyến học trước ngày 31/5/2025.

Phòng Tài chính - Kế hoạch tham mưu bổ sung 120.000.000 đồng từ nguồn sự nghiệp giáo dục để hỗ trợ hoạt động của các Trung tâm học tập cộng đồng, trình trong tháng 5/2025.

Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở ít nhất 10 lớp đào tạo nghề ngắn hạn trong năm 2025.

UBND các xã, thị trấn báo cáo kết quả 6 tháng đầu năm 2025 về UBND huyện trước ngày 10/6/2025.

Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.

Nơi nhận:                                        TL. CHỦ TỊCH
- Các cơ quan dự họp;                            CHÁNH VĂN PHÒNG
- Lưu: VT.                                       Lê Thị Hoa
"""

LETTER = """UBND TỈNH NAM LÂM                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                             Độc lập - Tự do - Hạnh phúc
Số: 905/SGDĐT-GDTX                          Nam Lâm, ngày 08 tháng 4 năm 2025
V/v báo cáo kết quả xây dựng xã hội học tập 6 tháng đầu năm 2025

Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố.

Để có cơ sở tổng hợp, báo cáo UBND tỉnh, Sở đề nghị các đơn vị thực hiện một số nội dung sau:

1. Báo cáo kết quả 6 tháng đầu năm 2025
Phòng Giáo dục và Đào tạo tổng hợp kết quả của các xã, gửi về Sở trước ngày 15/6/2025 qua Hệ thống quản lý văn bản và điều hành.

2. Đánh giá, xếp loại Trung tâm học tập cộng đồng
Kết quả xếp loại tổng hợp theo Biểu số 03, gửi về Sở trước ngày 30/11/2025.

3. Cập nhật dữ liệu xóa mù chữ
Phòng Giáo dục và Đào tạo cập nhật số liệu xóa mù chữ trên phần mềm phổ cập giáo dục trước ngày 10/6/2025.

Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                        PHÓ GIÁM ĐỐC
- Lưu: VT.                                         Hoàng Văn Minh
"""

DECISION = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂY LÂM                                 Độc lập - Tự do - Hạnh phúc
Số: 812/QĐ-UBND                             Tây Lâm, ngày 16 tháng 5 năm 2025

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo xây dựng xã hội học tập huyện Tây Lâm

ỦY BAN NHÂN DÂN HUYỆN TÂY LÂM

Căn cứ Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ;

QUYẾT ĐỊNH:

Điều 1. Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập huyện Tây Lâm, gồm các ông (bà) có tên sau:
1. Ông Đỗ Văn Khang, Phó Chủ tịch UBND huyện - Trưởng ban;
2. Bà Vũ Thị Hạnh, Trưởng phòng Giáo dục và Đào tạo - Phó Trưởng ban Thường trực;
3. Ông Lò Văn Sơn, Chủ tịch Hội Khuyến học huyện - Phó Trưởng ban;
4. Bà Đinh Thị Lan, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện - Ủy viên.

Điều 2. Ban Chỉ đạo họp định kỳ 6 tháng một lần, vào tuần thứ ba của tháng 6 và tháng 12.

Điều 3. Thôn, khu phố xếp loại Xuất sắc được tặng Giấy khen kèm tiền thưởng 1.000.000 đồng/thôn từ Quỹ khuyến học huyện.

Điều 4. Học bổng "Vượt khó": 40 suất x 1.500.000 đồng = 60.000.000 đồng.

Điều 5. Trung tâm học tập cộng đồng các xã báo cáo hoạt động hằng quý về UBND xã qua thư điện tử.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Như Điều 4;                                    CHỦ TỊCH
- Lưu: VT.                                       Nguyễn Văn Tâm
"""


GUIDANCE = """HỘI KHUYẾN HỌC TỈNH NAM LÂM               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN BẮC LÂM                   Độc lập - Tự do - Hạnh phúc
Số: 09/HD-HKH                              Bắc Lâm, ngày 24 tháng 02 năm 2025
HƯỚNG DẪN
Đánh giá, công nhận danh hiệu học tập năm 2025
I. CHẾ ĐỘ BÁO CÁO
| Cấp | Báo cáo | Nơi nhận | Thời hạn | Hình thức gửi |
|---|---|---|---|---|
| Chi hội khuyến học thôn, khu phố | Danh sách “Gia đình học tập” | Hội Khuyến học xã | Trước ngày 31/10/2025 | Bản giấy |
| Hội Khuyến học xã, thị trấn | Hồ sơ đề nghị công nhận | Hội Khuyến học huyện | Trước ngày 20/11/2025 | Thư điện tử |
| Hội Khuyến học xã, thị trấn | Báo cáo tổng kết năm 2025 | Hội Khuyến học huyện | Trước ngày 05/12/2025 | Phần mềm quản lý khuyến học |
| Hội Khuyến học xã, thị trấn | Danh sách đề nghị khen thưởng | Hội Khuyến học huyện | Trước ngày 25/11/2025 | Thư điện tử |
| Hội Khuyến học xã, thị trấn | Biểu thống kê hội viên | Hội Khuyến học huyện | Trước ngày 28/11/2025 | Thư điện tử |
| Hội Khuyến học huyện | Báo cáo kết quả toàn huyện | Hội Khuyến học tỉnh | Trước ngày 15/12/2025 | Hệ thống quản lý văn bản |
II. HỒ SƠ ĐỀ NGHỊ CÔNG NHẬN
Hồ sơ đề nghị công nhận danh hiệu của mỗi xã, thị trấn gồm:
1. Tờ trình đề nghị công nhận danh hiệu của Hội Khuyến học xã.
2. Biên bản họp xét công nhận danh hiệu của Hội Khuyến học xã.
3. Bảng tổng hợp kết quả tự chấm điểm công nhận danh hiệu.
III. THỜI GIAN THỰC HIỆN
Bước 1. Chi hội khuyến học tự chấm điểm, lập danh sách trước ngày 31/10/2025.
Bước 2. Hội Khuyến học xã họp xét, gửi hồ sơ về Hội Khuyến học huyện trước ngày 20/11/2025.
Bước 3. Hội Khuyến học huyện thẩm định, ra quyết định công nhận trước ngày 10/12/2025.
IV. UBND CÁC XÃ
UBND các xã, thị trấn báo cáo kết quả 6 tháng đầu năm 2025 về UBND huyện trước ngày 12/6/2025.
Nơi nhận:                                      TM. BAN THƯỜNG VỤ
- Hội Khuyến học tỉnh;                                 CHỦ TỊCH
- Lưu: VP.                                           Lò Văn Phanh
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("notices"), {
        "dong-lam_TB-UBND_2025.txt": NOTICE,
        "nam-lam_CV-SGDDT_2025.txt": LETTER,
        "tay-lam_QD-UBND_2025.txt": DECISION,
        "bac-lam_HD-HKH_2025.txt": GUIDANCE,
    })


def test_a_notice_lists_the_tasks_its_plain_paragraphs_give(assistant: Assistant) -> None:
    answer = assistant.ask("Thông báo kết luận 57/TB-UBND của huyện Đông Lâm giao những việc gì?")
    assert not answer.abstained
    for said in ("bộ công cụ kiểm tra", "phần mềm quản lý khuyến học", "120.000.000"):
        assert said in answer.answer


def test_a_letter_lists_the_numbered_requests_after_its_opening(assistant: Assistant) -> None:
    answer = assistant.ask("Công văn 905/SGDĐT-GDTX của Sở GD&ĐT Nam Lâm yêu cầu các đơn vị thực hiện những việc gì?")
    assert not answer.abstained
    for said in ("Báo cáo kết quả 6 tháng", "xếp loại Trung tâm học tập cộng đồng", "xóa mù chữ"):
        assert said in answer.answer


def test_the_head_of_a_board_named_by_the_article_over_its_members(assistant: Assistant) -> None:
    answer = assistant.ask("Trưởng ban Chỉ đạo xây dựng xã hội học tập huyện Tây Lâm là ai?")
    assert not answer.abstained and "Đỗ Văn Khang" in answer.answer


def test_a_body_no_member_represents_is_refused(assistant: Assistant) -> None:
    assert assistant.ask("Đại diện Hội Nông dân huyện trong Ban Chỉ đạo xây dựng xã hội học tập huyện Tây Lâm "
                         "là ai?").abstained


def test_a_fund_asked_is_no_quarter(assistant: Assistant) -> None:
    answer = assistant.ask("Tiền thưởng cho thôn xếp loại Xuất sắc ở huyện Tây Lâm lấy từ quỹ nào?")
    assert not answer.abstained and "Quỹ khuyến học huyện" in answer.answer


def test_a_share_of_a_total_reads_each_one(assistant: Assistant) -> None:
    answer = assistant.ask('Học bổng "Vượt khó" ở huyện Tây Lâm có bao nhiêu suất, mỗi suất bao nhiêu tiền?')
    assert not answer.abstained and "1.500.000" in answer.answer


def test_an_amount_asked_beside_its_source_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("phong tc-kh dong lam tham muu bo sung bao nhieu kinh phi cho tthtcd, nguon nao")
    assert not answer.abstained
    assert "120.000.000" in answer.answer and "sự nghiệp giáo dục" in answer.answer


def test_money_for_a_purpose_the_notice_gives_none_is_refused(assistant: Assistant) -> None:
    assert assistant.ask("Kinh phí mở 10 lớp đào tạo nghề ngắn hạn của Trung tâm GDNN-GDTX huyện Đông Lâm là "
                         "bao nhiêu?").abstained


@pytest.mark.parametrize("question", [
    "bcd tay lam hop dinh ky hang quy phai ko",  # a frequency: "6 tháng một lần"
    "Trung tâm học tập cộng đồng các xã ở Tây Lâm gửi báo cáo quý bằng bản giấy phải không?",  # a channel
    "Theo thông báo của huyện Đông Lâm, cả 10 xã, thị trấn đều đã ban hành kế hoạch năm 2025 phải không?",  # all
    "Huyện Đông Lâm chỉ kiểm tra thực tế một số Trung tâm học tập cộng đồng được chọn phải không?",  # only some
])
def test_a_yes_no_claim_the_clause_says_otherwise_is_no(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.answer.startswith("Không"), answer.answer


def test_how_a_plan_is_sent_is_not_how_a_report_is(assistant: Assistant) -> None:
    assert assistant.ask("bc 6 thang cua cac xa dong lam gui qua kenh nao (phan mem hay email)?").abstained


def test_of_a_and_of_b_shows_each_row_whatever_the_header_says(assistant: Assistant) -> None:
    # "hạn gửi" is asked of both sides and every row's header says it: the row of each sender is shown
    answer = assistant.ask("Theo HD 09 Bắc Lâm, hạn gửi của Chi hội khuyến học thôn và của Hội Khuyến học xã khác "
                           "nhau ra sao?")
    assert not answer.abstained and "31/10/2025" in answer.answer and "20/11/2025" in answer.answer


def test_where_a_report_goes_is_no_act_asked(assistant: Assistant) -> None:
    # "của cấp xã gửi huyện": the district is where the report goes, not something the clause must do
    answer = assistant.ask("So sánh hạn báo cáo 6 tháng của cấp xã gửi huyện trong hướng dẫn huyện Bắc Lâm và "
                           "trong thông báo kết luận huyện Đông Lâm.")
    assert not answer.abstained and "10/6/2025" in answer.answer and "12/6/2025" in answer.answer


def test_the_steps_asked_are_the_series_of_steps(assistant: Assistant) -> None:
    # the dossier's heading and items share the question's words; the steps sit under "Thời gian thực hiện"
    answer = assistant.ask("Việc đề nghị công nhận danh hiệu của Hội Khuyến học xã ở huyện Bắc Lâm gồm mấy bước, là "
                           "những bước nào?")
    assert not answer.abstained
    for step in ("Bước 1", "Bước 2", "Bước 3"):
        assert step in answer.answer
