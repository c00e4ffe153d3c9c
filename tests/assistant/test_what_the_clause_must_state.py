"""A clause answers only when it states what the question asks of it: the hour asked of an event, the place an event
is held, the name of the one holding the post asked (not a deputy's post, not another member's name), a fee and not
what a drive raises, a prize and not a contest's budget, the bodies a table's column says do each step, a class's
own learners, a whole and not those of it holding a title, money a body grants (not "Quỹ Khuyến học các cấp"), the
awards of the body whose award is asked, a prize for the one rewarded, the body guiding the title asked, the day
and the channel of the report named by its own words, the whole country's figure (not a province's), the day of the event asked, its end
(not its start) and the day something was done (not its deadline), the body given the chair (not one taking part), a count
(not a row's number in its table), one of the two options offered, money by the time asked (a month,
a session), days after something (not before it) — and a body a report only sends a copy to is given nothing to
do in it."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

WEEK_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THẠNH ĐÔNG                              Độc lập - Tự do - Hạnh phúc

Số: 214/KH-UBND                               Thạnh Đông, ngày 10 tháng 9 năm 2024

KẾ HOẠCH
Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024 trên địa bàn huyện Thạnh Đông

I. CÁC HOẠT ĐỘNG CHÍNH
1. Lễ khai mạc Tuần lễ tổ chức lúc 07 giờ 30 ngày 01/10/2024 tại Hội trường Ủy ban nhân dân huyện, do Phòng Giáo dục và Đào tạo chủ trì.
2. Ngày hội đọc sách tổ chức ngày 06/10/2024 tại các trường tiểu học, do Phòng Giáo dục và Đào tạo chủ trì.
3. Hội thi "Kỹ năng số cho người dân" tổ chức ngày 05/10/2024, do Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì.

II. KINH PHÍ
1. Kinh phí tổ chức Hội thi "Kỹ năng số cho người dân" là 20.000.000 đồng, từ ngân sách huyện.
2. Hội thi vẽ tranh "Em yêu sách" trao 01 giải Nhất 1.000.000 đồng và 02 giải Nhì, mỗi giải 700.000 đồng.

III. TỔ CHỨC THỰC HIỆN
Phòng Giáo dục và Đào tạo tổng hợp kết quả Tuần lễ, báo cáo Ủy ban nhân dân huyện trước ngày 18/10/2024.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hòa
"""

CENTRE_REPORT = """UBND XÃ TÂN LỘC NAM
TRUNG TÂM HỌC TẬP CỘNG ĐỒNG

Số: 09/BC-TTHTCĐ                              Tân Lộc Nam, ngày 20 tháng 11 năm 2024

BÁO CÁO
Kết quả hoạt động năm 2024 của Trung tâm học tập cộng đồng xã Tân Lộc Nam

I. ĐẶC ĐIỂM TÌNH HÌNH
Ban Giám đốc Trung tâm gồm 03 người: Giám đốc là bà Võ Thị Ngọc Hân, Phó Chủ tịch UBND xã; 02 Phó Giám đốc là công chức Văn hóa - Xã hội và Chủ tịch Hội Khuyến học xã.

II. KẾT QUẢ HOẠT ĐỘNG
1. Lớp xóa mù chữ có 18 học viên, 16 học viên được công nhận hoàn thành chương trình giai đoạn 1.
2. Lớp tin học cơ bản thu học phí 200.000 đồng/học viên/khóa.
3. Nguồn thu năm 2024 gồm ngân sách xã 40.000.000 đồng và nguồn xã hội hóa từ doanh nghiệp, nhà hảo tâm 21.500.000 đồng.
4. Khai giảng lớp tin học cơ bản ngày 07/10/2024 tại hội trường ấp Tân Lợi.
5. Báo cáo viên các lớp chuyên đề được bồi dưỡng 150.000 đồng/buổi.

III. KIẾN NGHỊ
Đề nghị Ủy ban nhân dân xã bố trí kinh phí hoạt động năm 2025 cho Trung tâm là 40.000.000 đồng.

Nơi nhận:
- UBND xã;
- Phòng Nội vụ huyện;
- Lưu: TTHTCĐ.

GIÁM ĐỐC
Võ Thị Ngọc Hân
"""

BOARD_RULES = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ ĐÔNG                                  Độc lập - Tự do - Hạnh phúc

Số: 05/KH-BCĐ                                 Hà Đông, ngày 20 tháng 3 năm 2024

KẾ HOẠCH
Hoạt động của Ban Chỉ đạo xây dựng xã hội học tập tỉnh Hà Đông năm 2024

Điều 1. Phó Trưởng ban Thường trực
Phó Trưởng ban Thường trực là Giám đốc Sở Giáo dục và Đào tạo, điều hành hoạt động thường xuyên của Ban Chỉ đạo.

Điều 2. Phó Trưởng ban
Phó Trưởng ban là Chủ tịch Hội Khuyến học tỉnh, chỉ đạo hệ thống Hội Khuyến học các cấp.

Điều 3. Chế độ họp
Tài liệu họp do Thường trực Ban Chỉ đạo chuẩn bị, gửi các thành viên chậm nhất 03 ngày làm việc trước ngày họp.

TM. BAN CHỈ ĐẠO
Nguyễn Văn Bình
"""

HOI_REPORT = """HỘI KHUYẾN HỌC TỈNH QUẢNG BẮC               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                               Độc lập - Tự do - Hạnh phúc

Số: 91/BC-HKH                                 Quảng Bắc, ngày 18 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác khuyến học, khuyến tài năm 2025

I. KẾT QUẢ
1. Tổng Quỹ Khuyến học các cấp tính đến ngày 30/11/2025 đạt 96,4 tỷ đồng; số vận động mới trong năm 2025 là 38,7 tỷ đồng.
2. Hội tỉnh trao thưởng cho học sinh đạt giải Nhất kỳ thi học sinh giỏi cấp tỉnh, mỗi em 2.000.000 đồng.
3. Dòng họ học tập: toàn tỉnh có 112 dòng họ được công nhận “Dòng họ học tập”, vượt chỉ tiêu đề ra (100 dòng họ).

II. KIẾN NGHỊ
1. Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí hoạt động năm 2026 cho Hội Khuyến học tỉnh là 1,5 tỷ đồng.
2. Đề nghị Trung ương Hội Khuyến học Việt Nam sớm ban hành hướng dẫn đánh giá "Cộng đồng học tập" cấp xã.

Nơi nhận:
- Trung ương Hội Khuyến học Việt Nam;
- UBND tỉnh;
- Sở Giáo dục và Đào tạo; Sở Nội vụ;
- Lưu: VT.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Phạm Văn Thuận
"""

AWARD_DECISION = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BẮC                                Độc lập - Tự do - Hạnh phúc

Số: 379/QĐ-UBND                               Quảng Bắc, ngày 06 tháng 02 năm 2026

QUYẾT ĐỊNH
Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh

Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 08 tập thể và 07 cá nhân có thành tích xuất sắc trong xây dựng xã hội học tập năm 2025.
Điều 2. Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 4.680.000 đồng; mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng 2.340.000 đồng.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Long
"""

STEPS_LETTER = """UBND TỈNH HẬU ĐÔNG                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc

Số: 2356/SGDĐT-GDTX                           Hậu Đông, ngày 28 tháng 10 năm 2024
V/v báo cáo xếp loại Trung tâm học tập cộng đồng năm 2024

Kính gửi: Phòng Giáo dục và Đào tạo các huyện.

3. Quy trình và thời hạn báo cáo

| Bước | Đơn vị thực hiện | Nội dung | Gửi về | Thời hạn |
|---|---|---|---|---|
| 1 | TTHTCĐ xã | Tự đánh giá, lập báo cáo | UBND cấp xã | Trước ngày 25/11/2024 |
| 2 | UBND cấp xã | Kiểm tra, xác nhận số liệu | Phòng GD&ĐT cấp huyện | Trước ngày 02/12/2024 |
| 3 | Phòng GD&ĐT cấp huyện | Thẩm định, tham mưu UBND cấp huyện công nhận kết quả xếp loại | Sở GD&ĐT | Trước ngày 13/12/2024 |

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Đỗ Thị Mai
"""

TITLES_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK NAM                                  Độc lập - Tự do - Hạnh phúc

Số: 287/KH-UBND                               Đắk Nam, ngày 24 tháng 9 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Đắk Nam năm 2026

I. CHỈ TIÊU
Phấn đấu đến cuối năm 2026 có 60% người dân từ 15 tuổi trở lên đạt danh hiệu "Công dân học tập".

IV. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì, tham mưu UBND tỉnh tổ chức thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND tỉnh trước ngày 15/12/2026.
2. Sở Nội vụ
- Chủ trì tổ chức bồi dưỡng kiến thức, kỹ năng số cho cán bộ, công chức cấp xã.
- Phối hợp với Hội Khuyến học tỉnh hướng dẫn đánh giá, công nhận danh hiệu "Đơn vị học tập" đối với các cơ quan, đơn vị cấp tỉnh.
3. Hội Khuyến học tỉnh
- Hướng dẫn đánh giá, công nhận danh hiệu "Gia đình học tập", "Dòng họ học tập".
- Tổng hợp kết quả bình xét "Gia đình học tập" của các huyện, báo cáo UBND tỉnh trước ngày 20/11/2026.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""

INSPECTION_PLAN = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN VÂN SƠN                                 Độc lập - Tự do - Hạnh phúc

Số: 87/KH-PGDĐT                               Vân Sơn, ngày 14 tháng 10 năm 2024

KẾ HOẠCH
Kiểm tra công tác xây dựng xã hội học tập năm 2024 tại các xã

I. NỘI DUNG KIỂM TRA
Đoàn kiểm tra làm việc tại 04 xã từ ngày 04/11 đến ngày 08/11/2024.

II. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã xây dựng báo cáo theo đề cương, gửi về Phòng Giáo dục và Đào tạo qua Hệ thống quản lý văn bản và điều hành chậm nhất 03 ngày làm việc trước ngày kiểm tra.
2. Trung tâm học tập cộng đồng các xã gửi báo cáo tự đánh giá về Phòng Giáo dục và Đào tạo trước ngày 30/10/2024.

KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
Trần Thị Bích
"""

DUTIES_NOTICE = """ỦY BAN NHÂN DÂN XÃ CANH HÒA                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 27/TB-UBND                                Canh Hòa, ngày 22 tháng 4 năm 2024

THÔNG BÁO
Phân công thành viên Ban Chỉ đạo xây dựng xã hội học tập xã Canh Hòa năm 2024

I. CHỈ TIÊU NĂM 2024
Phấn đấu 68% hộ gia đình đạt danh hiệu "Gia đình học tập"; 04/06 thôn đạt "Cộng đồng học tập".

II. PHÂN CÔNG THEO DÕI THÔN

| TT | Họ và tên | Nhiệm vụ | Thôn theo dõi |
|---|---|---|---|
| 8 | Ông Trần Văn Sáu | Theo dõi việc bình xét "Gia đình học tập" | Thôn 1 |
| 9 | Ông Đinh Văn Khen | Gắn danh hiệu "Gia đình học tập" với bình xét "Gia đình văn hóa" | Thôn 2 |

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tám
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("stated"), {
        "thanh-dong_KH-UBND_2024.txt": WEEK_PLAN,
        "tan-loc-nam_BC-TTHTCD_2024.txt": CENTRE_REPORT,
        "ha-dong_KH-BCD_2024.txt": BOARD_RULES,
        "quang-bac_BC-HKH_2025.txt": HOI_REPORT,
        "quang-bac_QD-UBND_2026.txt": AWARD_DECISION,
        "hau-dong_CV-SGDDT_2024.md": STEPS_LETTER,
        "dak-nam_KH-UBND_2025.txt": TITLES_PLAN,
        "van-son_KH-PGDDT_2024.txt": INSPECTION_PLAN,
        "canh-hoa_TB-UBND_2024.md": DUTIES_NOTICE,
    })


@pytest.mark.parametrize("question", [
    # an hour asked of an event the plan gives only a day
    "Ngày hội đọc sách của huyện Thạnh Đông bắt đầu lúc mấy giờ?",
    # a place asked of an event the plan dates but does not place
    "Hội thi Kỹ năng số cho người dân của huyện Thạnh Đông tổ chức ở đâu?",
    # a name asked of a post whose holder the report does not name (another member's name stands beside it)
    "Chủ tịch Hội Khuyến học xã Tân Lộc Nam tên là gì?",
    # the head asked, where the plan names only the deputies
    "Trưởng Ban Chỉ đạo xây dựng xã hội học tập tỉnh Hà Đông là ai?",
    # a fee asked, where the report states a donation drive and a budget
    "Học viên lớp nghề ngắn hạn ở Trung tâm học tập cộng đồng xã Tân Lộc Nam phải đóng lệ phí bao nhiêu?",
    "Hội viên Hội Khuyến học tỉnh Quảng Bắc phải đóng hội phí bao nhiêu một năm?",
    # the learners of one class, where the report counts another class's
    "Lớp nghề may công nghiệp ở Trung tâm học tập cộng đồng xã Tân Lộc Nam có bao nhiêu học viên?",
    # money a body granted, where the report gives a fund's total "các cấp" and a request for next year
    "Năm 2025, UBND tỉnh Quảng Bắc đã cấp bao nhiêu kinh phí hoạt động cho Hội Khuyến học tỉnh?",
    # a body the report only sends a copy to
    "Trong Báo cáo 91/BC-HKH, Hội Khuyến học tỉnh Quảng Bắc kiến nghị Sở Nội vụ những nội dung gì?",
    # the award of another body than the one whose decision states the amounts
    "Bằng khen của Bộ trưởng Bộ GD&ĐT cho tập thể có thành tích xây dựng xã hội học tập kèm theo tiền thưởng bao nhiêu?",
    # a step no row of the table gives the body asked
    "Theo Công văn 2356 của Sở GD&ĐT Hậu Đông, UBND cấp huyện phải ban hành quyết định công nhận kết quả xếp loại trước ngày nào?",
    # a prize the plan does not set, where it gives the contest's whole budget
    "Hội thi Kỹ năng số cho người dân của huyện Thạnh Đông giải Nhất được bao nhiêu tiền?",
    # a prize for someone the report never rewards
    "Hội Khuyến học tỉnh Quảng Bắc thưởng bao nhiêu tiền cho thủ khoa kỳ thi tốt nghiệp trung học phổ thông?",
    # a count of the whole, where the report counts only those holding the title
    "Tỉnh Quảng Bắc có tổng số bao nhiêu dòng họ?",
    # who guides a title, where the plan names who guides other titles only
    "Ở tỉnh Đắk Nam, cơ quan nào được giao hướng dẫn đánh giá, công nhận danh hiệu “Công dân học tập”?",
    # the channel and the day of a report the plan does not set, where it sets those of two others
    "Báo cáo kết quả khắc phục sau đợt kiểm tra ở huyện Vân Sơn gửi qua kênh nào?",
    "bc ket qua khac phuc sau kiem tra o van son han nop ngay nao",
    # the whole country's count, where the report gives its province's
    "Cả nước có bao nhiêu dòng họ được công nhận “Dòng họ học tập”?",
    # the day of an event the plan does not date, where it dates others
    "Hội thi “Gia đình học tập” cấp tỉnh Đắk Nam năm 2026 được tổ chức vào ngày nào?",
    # the day a class ends, where the report gives the day it opened
    "Lớp tin học cơ bản ở xã Tân Lộc Nam kết thúc khóa học vào ngày nào?",
    # the day a report was sent, where the plan gives the day it is due by
    "Trung tâm học tập cộng đồng ở huyện Vân Sơn đã gửi báo cáo tự đánh giá vào ngày nào?",
    # the chair asked, where the plan names only a body taking part
    "Ở tỉnh Đắk Nam, cơ quan nào chủ trì đánh giá danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị cấp tỉnh?",
    # a count, where a table numbers its rows ("TT | 9") and counts nothing
    "nam 2024 xa canh hoa co bao nhieu ho duoc cong nhan gia dinh hoc tap",
    # two options offered, where the plan names neither
    "Đoàn kiểm tra của huyện Vân Sơn làm việc tại các xã vào buổi sáng hay buổi chiều?",
    # money by the month, where the report gives it by the session
    "Báo cáo viên các lớp chuyên đề ở xã Tân Lộc Nam được bồi dưỡng bao nhiêu tiền mỗi tháng?",
    # days after a meeting, where the plan gives the days before it
    "Biên bản họp Ban Chỉ đạo tỉnh Hà Đông phải gửi các thành viên trong mấy ngày sau cuộc họp?",
])
def test_what_the_clause_does_not_state_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(("question", "said"), [
    ("Lễ khai mạc Tuần lễ của huyện Thạnh Đông bắt đầu lúc mấy giờ?", "07 giờ 30"),
    ("Lễ khai mạc Tuần lễ của huyện Thạnh Đông tổ chức ở đâu?", "Hội trường"),
    ("Giám đốc Trung tâm học tập cộng đồng xã Tân Lộc Nam tên là gì?", "Võ Thị Ngọc Hân"),
    ("Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh Hà Đông là ai?", "Giám đốc Sở Giáo dục và Đào tạo"),
    ("Lớp tin học cơ bản ở xã Tân Lộc Nam thu học phí bao nhiêu?", "200.000"),
    ("Lớp xóa mù chữ ở xã Tân Lộc Nam có bao nhiêu học viên?", "18"),
    ("Hội Khuyến học tỉnh Quảng Bắc thưởng học sinh đạt giải Nhất học sinh giỏi cấp tỉnh bao nhiêu tiền?", "2.000.000"),
    ("Báo cáo 91/BC-HKH kiến nghị Trung ương Hội Khuyến học Việt Nam điều gì?", "Cộng đồng học tập"),
    ("Bằng khen của Chủ tịch UBND tỉnh Quảng Bắc cho mỗi tập thể kèm theo tiền thưởng bao nhiêu?", "4.680.000"),
    ("Theo Công văn 2356 của Sở GD&ĐT Hậu Đông, UBND cấp xã gửi báo cáo về Phòng GD&ĐT trước ngày nào?", "02/12/2024"),
    ("Ở tỉnh Đắk Nam, cơ quan nào hướng dẫn công nhận danh hiệu “Đơn vị học tập”?", "Sở Nội vụ"),
    ("Tỉnh Quảng Bắc có bao nhiêu dòng họ được công nhận “Dòng họ học tập”?", "112"),
    ("Hội thi vẽ tranh Em yêu sách của huyện Thạnh Đông giải Nhất được bao nhiêu tiền?", "1.000.000"),
    ("Ở huyện Vân Sơn, báo cáo theo đề cương trước đợt kiểm tra gửi qua kênh nào?", "Hệ thống quản lý văn bản"),
    ("tthtcd o van son gui bc tu danh gia truoc ngay nao", "30/10/2024"),
    ("Hội thi Kỹ năng số cho người dân của huyện Thạnh Đông tổ chức vào ngày nào?", "05/10/2024"),
    ("Lớp tin học cơ bản ở xã Tân Lộc Nam khai giảng vào ngày nào?", "07/10/2024"),
    ("Ở tỉnh Đắk Nam, cơ quan nào chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã?", "Sở Nội vụ"),
    ("Xã Canh Hòa phấn đấu bao nhiêu thôn đạt “Cộng đồng học tập” năm 2024?", "04/06"),
    ("Ở Vân Sơn, UBND các xã gửi báo cáo theo đề cương qua email hay qua Hệ thống quản lý văn bản và điều hành?",
     "Hệ thống quản lý văn bản"),
    ("Báo cáo viên các lớp chuyên đề ở xã Tân Lộc Nam được bồi dưỡng bao nhiêu tiền mỗi buổi?", "150.000"),
    ("Tài liệu họp Ban Chỉ đạo tỉnh Hà Đông gửi các thành viên trước bao nhiêu ngày?", "03 ngày"),
    ("Hội Khuyến học tỉnh Quảng Bắc thưởng bao nhiêu tiền cho học sinh đạt giải Nhất kỳ thi học sinh giỏi cấp tỉnh?",
     "2.000.000"),
])
def test_the_twin_the_document_states_is_answered(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and said in answer.answer
