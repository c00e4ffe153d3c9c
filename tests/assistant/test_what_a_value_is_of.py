"""A value answers only when it is of what the question names: the rate of the course asked (not of the one
beside it), a count of the kind of class asked, the payment named, what the money was spent on, a criterion the
scale has, the hop whose recipient the question names after its sender, and the body that acts (not the one it works with)."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

CENTRE_REPORT = """UBND XÃ HÒA MINH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG                     Độc lập - Tự do - Hạnh phúc

Số: 05/BC-TTHTCĐ                             Hòa Minh, ngày 06 tháng 01 năm 2025

BÁO CÁO
Kết quả hoạt động năm 2024 của Trung tâm học tập cộng đồng xã Hòa Minh

1. Đào tạo nghề
Đào tạo trình độ sơ cấp: 05 lớp, 150 học viên; tỷ lệ học viên có việc làm sau khi tốt nghiệp đạt 81%. Đào tạo nghề dưới 3 tháng: 09 lớp, 260 học viên được cấp chứng chỉ.

2. Kết quả quý IV/2024
Tổ chức 14 lớp, chuyên đề với 610 lượt học viên; mở thêm 01 lớp tin học cho hội viên Hội Nông dân.

3. Kinh phí
Tổng kinh phí hoạt động năm 2024 là 42.000.000 đồng, từ ngân sách xã và Hội Khuyến học xã.

GIÁM ĐỐC
(Đã ký)
Trần Thị Thu Hà
"""

STEERING_RULES = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN SƠN TRÀ ĐÔNG                            Độc lập - Tự do - Hạnh phúc

Số: 77/KH-UBND                              Sơn Trà Đông, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Hoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện Sơn Trà Đông năm 2024

1. Chế độ báo cáo
Ban Chỉ đạo xây dựng xã hội học tập các xã báo cáo kết quả định kỳ 6 tháng về Thường trực Ban Chỉ đạo huyện (qua Phòng Giáo dục và Đào tạo) trước ngày 10/6/2024.
Thường trực Ban Chỉ đạo huyện tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 20/6/2024.
Các thành viên Ban Chỉ đạo báo cáo kết quả lĩnh vực được phân công về Thường trực Ban Chỉ đạo trước ngày 05/6/2024.

2. Kiểm tra
2.1. Phòng Giáo dục và Đào tạo
Chủ trì, phối hợp với Hội Khuyến học huyện triển khai kiểm tra; gửi đề cương báo cáo và biểu mẫu kiểm tra đến Ủy ban nhân dân các xã trước ngày 25/10/2024.
2.2. Thang điểm
Thang điểm kiểm tra 100, gồm: công tác chỉ đạo 20 điểm; hoạt động TTHTCĐ 35 điểm; kết quả danh hiệu học tập 25 điểm; xóa mù chữ 20 điểm.
2.3. Kinh phí
Kinh phí hoạt động của Ban Chỉ đạo năm 2024 là 45.000.000 đồng từ ngân sách huyện.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Bình
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("valued"), {
        "hoa-minh_BC-TTHTCD_2025.txt": CENTRE_REPORT, "son-tra-dong_KH-UBND_2024.txt": STEERING_RULES})


@pytest.mark.parametrize("question", [
    # the rate is of the other course in the clause
    "ty le hv hoc nghe duoi 3 thang o hoa minh co viec lam nam 2024 la bao nhieu",
    # the centre counts classes of other kinds
    "Quý IV/2024 TTHTCĐ Hòa Minh mở bao nhiêu lớp ngoại ngữ?",
    # money spent on something the report never names
    "TTHTCĐ Hòa Minh đã chi bao nhiêu tiền mua sách bổ sung cho tủ sách năm 2024?",
    # a payment the plan never names
    "Mức công tác phí mỗi ngày cho đoàn kiểm tra của huyện Sơn Trà Đông là bao nhiêu?",
    # the body named after the sender is where the report goes: the board of the communes is no recipient here
    "bcd cac thon o son tra dong phai bao cao 6 thang ve bcd xa truoc ngay nao",
    # the district's board, named without its level in the district's plan, is not the commune's
    "Các thành viên Ban Chỉ đạo huyện Sơn Trà Đông báo cáo về Ban Chỉ đạo xã trước ngày nào?",
    # a criterion quoted that the scale does not have
    "Trong thang điểm kiểm tra của huyện Sơn Trà Đông, tiêu chí \"ứng dụng công nghệ thông tin trong quản lý TTHTCĐ\" "
    "được bao nhiêu điểm?",
    # the association works with the Phòng, which sends the outline
    "Hội Khuyến học huyện Sơn Trà Đông phải gửi đề cương báo cáo và biểu mẫu kiểm tra cho các xã trước ngày nào?",
])
def test_a_value_of_something_else_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(("question", "said"), [
    ("Tỷ lệ học viên học trình độ sơ cấp ở TTHTCĐ Hòa Minh có việc làm sau khi tốt nghiệp là bao nhiêu?", "81%"),
    ("Đào tạo trình độ sơ cấp ở TTHTCĐ Hòa Minh có bao nhiêu học viên, tỷ lệ bao nhiêu?", "81%"),
    ("Quý IV/2024 TTHTCĐ Hòa Minh mở bao nhiêu lớp tin học?", "01 lớp tin học"),
    ("Tổng kinh phí hoạt động năm 2024 của TTHTCĐ Hòa Minh là bao nhiêu?", "42.000.000"),
    ("Trong thang điểm kiểm tra của huyện Sơn Trà Đông, tiêu chí xóa mù chữ được bao nhiêu điểm?", "20 điểm"),
    ("bcd cac xa o son tra dong phai bao cao 6 thang ve bcd huyen truoc ngay nao", "10/6/2024"),
    ("Các thành viên Ban Chỉ đạo huyện Sơn Trà Đông báo cáo về Thường trực Ban Chỉ đạo trước ngày nào?", "05/6/2024"),
    ("Phòng GD&ĐT huyện Sơn Trà Đông phải gửi đề cương báo cáo và biểu mẫu kiểm tra cho các xã trước ngày nào?",
     "25/10/2024"),
])
def test_the_twin_the_document_answers_is_answered(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and said in answer.answer
