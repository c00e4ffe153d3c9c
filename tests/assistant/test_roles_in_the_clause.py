"""A clause answers only when it gives the body or thing asked the role the question gives it: the body a
regulation is named after is not the department asked about, the association that hands out Giấy khen is not the
one honoured, a Sở's letter to its Phòng does not say how the Sở reports to the ministry, money a commune gives each
village is not what the villages pay in, a prize for any unit rated Tốt is not the one for two years running, the
days one Sở has to pay are not the other's, a count of news items is no count of holders of a title, the prizes of
one contest are not another's, a body or a programme item a document never names has no duty or doer — and neither
a table's row of totals nor its caption opens a list of the lines after the table."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

STEERING_DECISION = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂY SƠN ĐÔNG                            Độc lập - Tự do - Hạnh phúc

Số: 212/QĐ-UBND                              Tây Sơn Đông, ngày 12 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện Tây Sơn Đông

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY CHẾ
Hoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện Tây Sơn Đông

Điều 1. Nguyên tắc làm việc
Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm; Trưởng ban sử dụng con dấu của Ủy ban nhân dân huyện.

Điều 2. Nhiệm vụ của các thành viên
1. Trưởng phòng Giáo dục và Đào tạo: tham mưu kế hoạch, tổng hợp kết quả xây dựng xã hội học tập toàn huyện.
2. Trưởng phòng Dân tộc: vận động đồng bào dân tộc thiểu số tham gia các lớp xóa mù chữ.
3. Chủ tịch Hội Khuyến học huyện: chỉ đạo bình xét các danh hiệu học tập.

Điều 3. Kinh phí
Kinh phí hoạt động của Ban Chỉ đạo do ngân sách huyện bảo đảm, bố trí trong dự toán hằng năm của Phòng Giáo dục và Đào tạo.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Tâm
"""

CENTRE_REPORT = """UBND XÃ HÒA TÂN ĐÔNG
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG

Số: 04/BC-TTHTCĐ

Hòa Tân Đông, ngày 08 tháng 01 năm 2025

# BÁO CÁO
Kết quả hoạt động năm 2024 của Trung tâm học tập cộng đồng xã Hòa Tân Đông

### 1. Kết quả xây dựng các mô hình học tập năm 2024

Bảng 1. Kết quả theo thôn

| Thôn | Tổng số hộ | Hộ đạt "Gia đình học tập" |
|---|---|---|
| Tân Hội | 420 | 300 |
| Tân Phước | 380 | 250 |
| **Cộng** | **800** | **550** |

- Khen thưởng: Hội Khuyến học xã tặng Giấy khen cho 05 học viên tiêu biểu của lớp xóa mù chữ, mỗi suất 300.000 đồng.
- Trung tâm học tập cộng đồng xã được Ủy ban nhân dân huyện tặng Giấy khen vì thành tích xóa mù chữ năm 2024.
- Trung tâm tự đánh giá, xếp loại năm 2024: Khá (đạt 81/100 điểm).
"""

SO_LETTER = """UBND TỈNH HƯNG ĐÔNG                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc

Số: 41/SGDĐT-GDTX                                 Hưng Đông, ngày 06 tháng 01 năm 2025
V/v báo cáo kết quả xây dựng xã hội học tập năm 2024

Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố.

1. Nội dung báo cáo
Phòng Giáo dục và Đào tạo tổng hợp kết quả xây dựng xã hội học tập năm 2024 của địa phương theo biểu mẫu đính kèm.

2. Hình thức và thời hạn
Báo cáo bằng văn bản có chữ ký của lãnh đạo đơn vị và đóng dấu, gửi qua Hệ thống quản lý văn bản và điều hành trước ngày 12/01/2025.

Nơi nhận:
- Như trên;
- Lưu: VT, GDTX.

GIÁM ĐỐC
Trần Văn Hùng
"""

COMMUNE_NOTICE = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHƯỚC TÂN ĐÔNG                            Độc lập - Tự do - Hạnh phúc

Số: 31/TB-UBND                              Phước Tân Đông, ngày 22 tháng 4 năm 2024

THÔNG BÁO
Phân công nhiệm vụ thành viên Ban Chỉ đạo xây dựng xã hội học tập xã Phước Tân Đông năm 2024

I. Phân công nhiệm vụ
Trưởng ban chỉ đạo chung; Phó Trưởng ban thường trực theo dõi hoạt động của Trung tâm học tập cộng đồng.

II. Khen thưởng
Thôn xếp loại Tốt được Ủy ban nhân dân xã cấp Giấy chứng nhận kèm tiền thưởng 1.000.000 đồng/thôn.
Thôn xếp loại Tốt 02 năm liên tục được Ủy ban nhân dân xã đề nghị Ủy ban nhân dân huyện tặng Giấy khen.

III. Kinh phí
Ủy ban nhân dân xã bố trí 14.000.000 đồng từ ngân sách xã năm 2024 cho hoạt động của Ban Chỉ đạo xã; trong đó hỗ trợ mỗi thôn 600.000 đồng để tổ chức bình xét danh hiệu học tập.
Hội Khuyến học xã vận động 8.000.000 đồng để mua sách cho tủ sách các thôn.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Thị Lan
"""

AWARD_DECISION = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HƯNG ĐÔNG                                Độc lập - Tự do - Hạnh phúc

Số: 905/QĐ-UBND                              Hưng Đông, ngày 20 tháng 11 năm 2025

QUYẾT ĐỊNH
Về việc tặng Bằng khen trong phong trào xây dựng xã hội học tập năm 2025

Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 06 tập thể và 09 cá nhân có thành tích xuất sắc (danh sách kèm theo).
Điều 2. Sở Nội vụ chi trả tiền thưởng cho các tập thể, cá nhân thông qua Sở Giáo dục và Đào tạo trong thời hạn 15 ngày làm việc kể từ ngày ký Quyết định này.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Giáo dục và Đào tạo chịu trách nhiệm thi hành Quyết định này.

CHỦ TỊCH
Phạm Văn Quang

DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN

| TT | Tên tập thể | Thành tích | Hình thức |
|---|---|---|---|
| 1 | Trung tâm học tập cộng đồng xã Phú An Đông | Tổ chức 40 chuyên đề, thu hút 5.200 lượt người học | Bằng khen |
| 2 | Hội Khuyến học huyện Long Hưng | Vận động Quỹ Khuyến học đạt 1,2 tỷ đồng | Bằng khen |
"""

DISTRICT_REPORT = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÂN LONG ĐÔNG                            Độc lập - Tự do - Hạnh phúc

Số: 430/BC-UBND                              Tân Long Đông, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả xây dựng xã hội học tập năm 2024 của huyện Tân Long Đông

1. Công tác tuyên truyền được quan tâm: Trung tâm Văn hóa, Thể thao và Truyền thanh huyện phát 48 tin, bài về xây dựng xã hội học tập; Lễ phát động Tuần lễ hưởng ứng học tập suốt đời năm 2024 cấp huyện được tổ chức ngày 02/10/2024 tại xã Tân Long với hơn 600 người tham dự.

2. Kết quả các mô hình học tập
Toàn huyện có 16.842/21.456 hộ gia đình được công nhận "Gia đình học tập", đạt 78,5%.

3. Nhiệm vụ năm 2025
Hội Khuyến học huyện hướng dẫn các xã triển khai đánh giá danh hiệu "Công dân học tập" theo bộ tiêu chí mới.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Minh Tâm
"""

BOOK_DAY_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN BÌNH AN ĐÔNG                            Độc lập - Tự do - Hạnh phúc

Số: 52/KH-UBND                              Bình An Đông, ngày 24 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2025 trên địa bàn huyện Bình An Đông

1. Các hoạt động cấp huyện
Hội thi "Đại sứ Văn hóa đọc" cấp huyện tổ chức vào 8 giờ ngày 16/4/2025 tại Hội trường Ủy ban nhân dân huyện; Hội thi trao 10 giải với tổng giá trị giải thưởng 12.000.000 đồng.
Lễ khai mạc Ngày Sách tổ chức vào 7 giờ 30 ngày 21/4/2025 tại Thư viện huyện.

2. Tổ chức thực hiện
Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức các hoạt động.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Quốc Bảo
"""

SCORING_GUIDE = """HỘI KHUYẾN HỌC TỈNH HƯNG ĐÔNG                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                      Độc lập - Tự do - Hạnh phúc

Số: 19/HD-HKH                                  Hưng Đông, ngày 05 tháng 8 năm 2024

HƯỚNG DẪN
Đánh giá, công nhận "Cộng đồng học tập" cấp thôn

II. Tiêu chí và thang điểm
Tiêu chí 2. Kết quả xây dựng "Gia đình học tập", "Dòng họ học tập" (25 điểm)
a) Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" từ 70% trở lên: 15 điểm.
b) Tỷ lệ dòng họ đạt danh hiệu "Dòng họ học tập" từ 60% trở lên: 10 điểm.
Đối với các thôn đặc biệt khó khăn, mức tỷ lệ tại điểm a Tiêu chí 2 được giảm 10% so với mức chung (từ 60% trở lên được 15 điểm).

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Ngô Văn Hải
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("roles"), {
        "tay-son-dong_QD-UBND_2024.txt": STEERING_DECISION,
        "hoa-tan-dong_BC-TTHTCD_2025.md": CENTRE_REPORT,
        "hung-dong_CV-SGDDT_2025.txt": SO_LETTER,
        "phuoc-tan-dong_TB-UBND_2024.txt": COMMUNE_NOTICE,
        "hung-dong_QD-UBND_2025.txt": AWARD_DECISION,
        "tan-long-dong_BC-UBND_2024.txt": DISTRICT_REPORT,
        "binh-an-dong_KH-UBND_2025.txt": BOOK_DAY_PLAN,
        "hung-dong_HD-HKH_2024.txt": SCORING_GUIDE,
    })


@pytest.mark.parametrize("question", [
    # the Ban Chỉ đạo names the regulation; the department asked is named nowhere
    "Phòng Y tế huyện Tây Sơn Đông được quy chế BCĐ XHHT giao nhiệm vụ gì?",
    # the association gives Giấy khen to learners; who honours it is not said
    "Hội Khuyến học xã Hòa Tân Đông được cơ quan nào tặng Giấy khen năm 2024?",
    # the letter says how the Phòng report to the Sở, not how the Sở reports to the ministry
    "Sở GD&ĐT Hưng Đông gửi báo cáo tổng hợp năm 2024 lên Bộ GD&ĐT qua kênh nào?",
    # the commune supports each village; what a village pays in is not said
    "Mỗi thôn ở xã Phước Tân Đông phải đóng góp bao nhiêu tiền cho hoạt động của Ban Chỉ đạo xã năm 2024?",
    # the prize is for any village rated Tốt; two years running earns a Giấy khen, no amount
    "Thôn đạt loại Tốt 2 năm liền ở xã Phước Tân Đông được thưởng bao nhiêu tiền?",
    # the association raises the money, not the women's union
    "Hội LHPN xã Phước Tân Đông vận động bao nhiêu tiền năm 2024?",
    # the Sở Nội vụ has fifteen days to pay; the Sở GD&ĐT is only the channel
    "Sở GD&ĐT Hưng Đông phải chuyển tiền thưởng Bằng khen năm 2025 đến các tập thể trong bao nhiêu ngày?",
    # the report counts news items and attendees, no holder of the title asked
    "Năm 2024 huyện Tân Long Đông có bao nhiêu người được công nhận Công dân học tập?",
    # the Sở is the channel for the prize money and carries out the decision; it is not honoured
    "Sở GD&ĐT tỉnh Hưng Đông được tặng Bằng khen với thành tích gì theo Quyết định 905?",
    # a body the decision never names, outside the vocabulary of agencies
    "Theo Quyết định 905, Giám đốc Kho bạc Nhà nước tỉnh Hưng Đông có trách nhiệm gì?",
    # a programme item the plan does not have
    "Tiết mục văn nghệ chào mừng tại Lễ khai mạc Ngày Sách của huyện Bình An Đông do đơn vị nào biểu diễn?",
    # the plan gives the prizes of another contest, not of a drawing contest
    "Tổng giá trị giải thưởng của Hội thi vẽ tranh theo sách huyện Bình An Đông năm 2025 là bao nhiêu tiền?",
])
def test_a_body_in_another_role_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(("question", "said"), [
    ("Trưởng phòng Dân tộc huyện Tây Sơn Đông được quy chế BCĐ XHHT giao nhiệm vụ gì?", "xóa mù chữ"),
    ("Trung tâm học tập cộng đồng xã Hòa Tân Đông được cơ quan nào tặng Giấy khen năm 2024?",
     "Ủy ban nhân dân huyện"),
    ("Phòng GD&ĐT các huyện gửi báo cáo năm 2024 về Sở GD&ĐT Hưng Đông qua kênh nào?", "Hệ thống quản lý văn bản"),
    ("Mỗi thôn ở xã Phước Tân Đông được hỗ trợ bao nhiêu tiền cho việc bình xét danh hiệu năm 2024?", "600.000"),
    ("Thôn xếp loại Tốt ở xã Phước Tân Đông được thưởng bao nhiêu tiền?", "1.000.000"),
    ("Hội Khuyến học xã Phước Tân Đông vận động bao nhiêu tiền năm 2024?", "8.000.000"),
    ("Sở Nội vụ tỉnh Hưng Đông chi trả tiền thưởng Bằng khen năm 2025 trong bao nhiêu ngày?", "15 ngày"),
    ("Năm 2024 huyện Tân Long Đông có bao nhiêu hộ được công nhận Gia đình học tập?", "16.842"),
    ("Tổng giá trị giải thưởng của Hội thi Đại sứ Văn hóa đọc huyện Bình An Đông năm 2025 là bao nhiêu tiền?",
     "12.000.000"),
    ("Hội Khuyến học huyện Long Hưng được tặng Bằng khen với thành tích gì theo Quyết định 905?", "1,2 tỷ đồng"),
    ("Theo Quyết định 905, Giám đốc Sở Nội vụ tỉnh Hưng Đông có trách nhiệm gì?", "chi trả tiền thưởng"),
    ("Các hoạt động Ngày Sách năm 2025 của huyện Bình An Đông do cơ quan nào chủ trì?", "Phòng Văn hóa và Thông tin"),
    # points of a criterion on a title's rate: the clause need not name the title again
    ('Theo hướng dẫn của Hội Khuyến học tỉnh Hưng Đông, thôn đặc biệt khó khăn có tỷ lệ hộ đạt "Gia đình học tập" '
     "phải từ bao nhiêu để được 15 điểm ở điểm a Tiêu chí 2?", "60%"),
])
def test_the_twin_the_document_answers_is_answered(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and said in answer.answer


def test_a_row_of_totals_opens_no_list(assistant: Assistant) -> None:
    answer = assistant.ask("Năm 2024 xã Hòa Tân Đông có khen thưởng gì?")
    assert not answer.abstained and "05 học viên" in answer.answer
    # neither the row of totals nor the table's caption is what the lines after the table are items of
    assert "Cộng; 800" not in answer.answer and "Kết quả theo thôn" not in answer.answer
