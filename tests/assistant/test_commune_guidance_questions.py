"""A commune's fund regulation, a district plan and a guidance with grades, asked through the real pipeline: a
question of two parts, a follow-up asking what a dossier holds, a grade or a sender the documents never have."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

FUND_RULES = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ LƯƠNG                          Độc lập - Tự do - Hạnh phúc
Số: 12/QC-UBND                        Phú Lương, ngày 10 tháng 1 năm 2025
QUY CHẾ
Quản lý, sử dụng Quỹ Khuyến học xã Phú Lương
Điều 1. Nguồn thu của Quỹ
1. Quỹ được hình thành từ đóng góp tự nguyện của hội viên, nhân dân, doanh nghiệp và nhà hảo tâm.
2. Tiền của Quỹ được gửi vào tài khoản của Hội Khuyến học xã mở tại Ngân hàng Nông nghiệp và Phát triển Nông thôn.
Điều 2. Chi khen thưởng
1. Học sinh đạt giải Nhất học sinh giỏi cấp huyện: 300.000 đồng/học sinh.
2. Năm 2024, toàn xã có 1.250 hộ được công nhận "Gia đình học tập".
3. Cá nhân được công nhận "Công dân học tập" tiêu biểu được tặng Giấy khen của Hội Khuyến học xã.
Điều 3. Trách nhiệm quản lý Quỹ
1. Chủ tịch Hội Khuyến học xã là chủ tài khoản, chịu trách nhiệm trước Ủy ban nhân dân xã về việc quản lý Quỹ.
2. Ban Kiểm tra Hội Khuyến học xã kiểm tra việc thu, chi Quỹ mỗi năm một lần và báo cáo Hội nghị hội viên.
3. Hội Khuyến học xã công khai thu, chi Quỹ tại hội nghị tổng kết năm.
Điều 4. Tổ chức thực hiện
1. Công chức Văn hóa - Xã hội phối hợp tuyên truyền, vận động nhân dân đóng góp xây dựng Quỹ.
2. Các chi hội khuyến học thôn vận động hội viên đóng góp Quỹ trong quý I hằng năm.
3. Kế toán Quỹ do một Phó Chủ tịch Hội Khuyến học xã kiêm nhiệm; thủ quỹ do Ủy viên Ban Chấp hành Hội kiêm nhiệm.
"""
DISTRICT_PLAN = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐỒNG HỶ                         Độc lập - Tự do - Hạnh phúc
Số: 33/KH-UBND                        Đồng Hỷ, ngày 20 tháng 2 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Đồng Hỷ năm 2025
Căn cứ Kế hoạch số 96/KH-UBND ngày 22/5/2024 của Ủy ban nhân dân tỉnh Thái Nguyên về xây dựng xã hội học tập;
Căn cứ hướng dẫn của Sở Giáo dục và Đào tạo về thực hiện nhiệm vụ giáo dục thường xuyên năm học 2024 - 2025;
Ủy ban nhân dân huyện Đồng Hỷ ban hành Kế hoạch như sau:
I. CHỈ TIÊU
1. Năm 2025, 80% hộ gia đình đạt danh hiệu "Gia đình học tập".
II. CHẾ ĐỘ BÁO CÁO
1. Báo cáo sơ kết 6 tháng: Ủy ban nhân dân các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10/6/2025.
2. Báo cáo năm: Ủy ban nhân dân các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 25/11/2025.
3. Phòng Giáo dục và Đào tạo tổng hợp, tham mưu Ủy ban nhân dân huyện báo cáo Sở Giáo dục và Đào tạo trước ngày 05/12/2025.
"""
GUIDANCE = """HỘI KHUYẾN HỌC VIỆT NAM                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN ĐỊNH HÓA                     Độc lập - Tự do - Hạnh phúc
Số: 06/HD-HKH                                    Định Hóa, ngày 02 tháng 3 năm 2025
HƯỚNG DẪN
Đánh giá, công nhận danh hiệu "Công dân học tập" trên địa bàn huyện Định Hóa
I. TIÊU CHÍ VÀ XẾP LOẠI
1. Tiêu chí 1: tham gia học tập thường xuyên: 40 điểm.
2. Tiêu chí 2: ứng dụng kiến thức vào lao động, sản xuất: 60 điểm.
3. Xếp loại:
- Hoàn thành xuất sắc: đạt từ 90 điểm trở lên.
- Hoàn thành: đạt từ 70 điểm đến dưới 90 điểm.
II. QUY TRÌNH
1. Chi hội khuyến học thôn tổ chức bình xét, lập hồ sơ gửi Hội Khuyến học xã trước ngày 31/10/2025. Hồ sơ gồm: tờ trình của Chi hội; danh sách cá nhân đề nghị; biên bản họp bình xét.
2. Hội Khuyến học xã thẩm định, trình Chủ tịch Ủy ban nhân dân xã ra quyết định công nhận chậm nhất ngày 20/11/2025.
3. Hội Khuyến học các xã, thị trấn tổng hợp kết quả công nhận, báo cáo Hội Khuyến học huyện trước ngày 30/11/2025.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("commune"), {"phu-luong.txt": FUND_RULES, "dong-hy.txt": DISTRICT_PLAN, "dinh-hoa.txt": GUIDANCE})


def test_each_part_of_a_two_part_question_gets_its_clause(assistant: Assistant) -> None:
    answer = assistant.ask("Ai là chủ tài khoản của Quỹ Khuyến học xã Phú Lương và ai làm kế toán Quỹ?")
    assert not answer.abstained
    assert "Chủ tịch Hội Khuyến học xã là chủ tài khoản" in answer.answer
    assert "Kế toán Quỹ do một Phó Chủ tịch" in answer.answer


def test_a_follow_up_asking_what_a_dossier_holds_is_answered_by_the_list_of_it(assistant: Assistant) -> None:
    earlier = "Theo hướng dẫn của Hội Khuyến học Định Hóa, chi hội bình xét xong thì gửi hồ sơ cho ai, trước ngày nào?"
    answer = assistant.ask("Hồ sơ đó gồm những gì?", [earlier])
    assert not answer.abstained
    assert "biên bản họp bình xét" in answer.answer.split("\n")[0]


def test_a_grade_the_guidance_does_not_have_is_not_answered(assistant: Assistant) -> None:
    answer = assistant.ask("cong dan hoc tap o dinh hoa xep loai kha thi can bao nhieu diem")
    assert answer.abstained and "xếp loại" in answer.answer
    answer = assistant.ask("Công dân học tập ở Định Hóa xếp loại Hoàn thành xuất sắc cần bao nhiêu điểm?")
    assert not answer.abstained and "90 điểm" in answer.answer


def test_a_deadline_set_for_the_sender_is_not_one_set_for_the_receiver(assistant: Assistant) -> None:
    # the communes send to the district; the plan sets no deadline for what is sent to the communes
    assert assistant.ask("Theo kế hoạch của huyện Đồng Hỷ, báo cáo sơ kết 6 tháng gửi về UBND xã trước ngày nào?").abstained
    answer = assistant.ask("các xã ở Đồng Hỷ nộp báo cáo sơ kết 6 tháng cho Phòng Giáo dục trước ngày nào?")
    assert not answer.abstained and "10/6/2025" in answer.answer


def test_a_count_of_another_title_does_not_answer(assistant: Assistant) -> None:
    assert assistant.ask("Năm 2024 xã Phú Lương có bao nhiêu người được công nhận Công dân học tập?").abstained
    answer = assistant.ask("Năm 2024 xã Phú Lương có bao nhiêu hộ được công nhận Gia đình học tập?")
    assert not answer.abstained and "1.250" in answer.answer


def test_the_number_of_a_document_the_plan_cites_without_one_is_not_given(assistant: Assistant) -> None:
    answer = assistant.ask("Hướng dẫn của Sở GD&ĐT mà Kế hoạch 33 huyện Đồng Hỷ căn cứ có số hiệu là gì?")
    assert answer.abstained and "không nêu số hiệu" in answer.answer
    answer = assistant.ask("Kế hoạch của UBND tỉnh mà Kế hoạch 33 huyện Đồng Hỷ căn cứ có số hiệu là gì?")
    assert not answer.abstained and "96/KH-UBND" in answer.answer


def test_a_body_asked_as_the_sender_where_the_plan_only_reports_to_it(assistant: Assistant) -> None:
    assert assistant.ask("Theo kế hoạch của huyện Đồng Hỷ, Sở GD&ĐT phải báo cáo UBND tỉnh trước ngày nào?").abstained
    answer = assistant.ask("Theo kế hoạch của huyện Đồng Hỷ, Phòng GD&ĐT tham mưu báo cáo Sở GD&ĐT trước ngày nào?")
    assert not answer.abstained and "05/12/2025" in answer.answer


def test_a_village_typed_without_marks_that_the_plan_never_names(assistant: Assistant) -> None:
    assert assistant.ask("thon Khe Mo (Dong Hy) chi tieu gia dinh hoc tap nam 2025 bao nhieu %").abstained
    answer = assistant.ask("dong hy chi tieu gia dinh hoc tap nam 2025 bao nhieu %")
    assert not answer.abstained and "80%" in answer.answer


def test_a_body_of_every_level_asked_at_a_level_the_guidance_sets_no_report_for(assistant: Assistant) -> None:
    # the communes' associations report to the district's; nothing is set for the district's to the province's
    assert assistant.ask("Hội Khuyến học huyện Định Hóa phải báo cáo Hội Khuyến học tỉnh trước ngày nào?").abstained
    answer = assistant.ask("Hội Khuyến học xã ở Định Hóa báo cáo kết quả công nhận cho Hội Khuyến học huyện trước ngày nào?")
    assert not answer.abstained and "30/11/2025" in answer.answer
