"""A figure, a day, a post or a place answers only the one it belongs to: a village's figure is not the sum two
villages share, a hamlet ("bản") the plan never names has none, a prize of the provincial contest is not the
national one's, a sum given for four tasks is not what one of them gets, the day a report is due is not the day the
board meets, the head of the board is not the head of its team, a conference something is done at is no place, a
deadline is no channel, a centre's budget is not the price of what it asks to buy, a report dated 2024 gives no
budget of 2026, and a prize given with no award is not what comes with a "Cờ thi đua". A plan named with another day
is another plan, and a commune named with its district is no comparison of two places."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.scope import PlaceMatch, Scope
from tests.indexed import indexed_assistant

COMMUNE_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ CỐC LÂM                                    Độc lập - Tự do - Hạnh phúc

Số: 27/KH-UBND                                Cốc Lâm, ngày 06 tháng 3 năm 2024

KẾ HOẠCH
Xây dựng xã hội học tập xã Cốc Lâm năm 2024

I. CHỈ TIÊU
1. Mở 02 lớp xóa mù chữ tại thôn Sín Lâm và thôn Lùng Phìn với tổng số 45 học viên.
2. Mở 03 lớp tin học cơ bản tại bản Hô Lâm, bản Tả Phìn và bản Nậm Lâm với tổng số 66 học viên, cụ thể: bản Hô Lâm 24 học viên, bản Tả Phìn 22 học viên, bản Nậm Lâm 20 học viên.

II. KINH PHÍ
1. Năm 2024, ngân sách xã bố trí 35.000.000 đồng cho hoạt động của Trung tâm học tập cộng đồng.
2. Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí mua sắm 01 máy chiếu và 10 bộ bàn ghế cho Trung tâm học tập cộng đồng xã.

III. CHẾ ĐỘ BÁO CÁO
| Báo cáo | Đơn vị gửi | Nơi nhận | Thời hạn | Hình thức |
|---|---|---|---|---|
| Báo cáo 6 tháng | Trung tâm học tập cộng đồng | UBND xã | Trước ngày 15/6/2024 | Bản giấy; bản Word gửi qua thư điện tử |

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Giàng Seo Lâm
"""

PROVINCE_TARGETS = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH THANH NAM                                Độc lập - Tự do - Hạnh phúc

Số: 47/KH-UBND                                Thanh Nam, ngày 12 tháng 02 năm 2026

KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Thanh Nam năm 2026

I. CHỈ TIÊU ĐỐI VỚI CÁC ĐƠN VỊ CẤP HUYỆN CHỈ ĐẠO ĐIỂM

| Đơn vị | Gia đình học tập | Dòng họ học tập |
|---|---|---|
| Huyện Hoằng Nam | 84% | 78% |
| Thành phố Sầm Nam | 85% | 70% |

II. KINH PHÍ
Ngân sách tỉnh bố trí 1.320.000.000 đồng (Một tỷ ba trăm hai mươi triệu đồng) để tổ chức bồi dưỡng, kiểm tra, sơ kết và tổ chức Tuần lễ hưởng ứng học tập suốt đời cấp tỉnh.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Nam
"""

DISTRICT_GUIDANCE = """HỘI KHUYẾN HỌC TỈNH THANH NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN THIỆU NAM                Độc lập - Tự do - Hạnh phúc

Số: 08/HD-HKH                                 Thiệu Nam, ngày 20 tháng 3 năm 2025

HƯỚNG DẪN
Đánh giá, công nhận "Đơn vị học tập" cấp huyện năm 2025

I. KHEN THƯỞNG
1. Học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh: giải Nhất 1.000.000 đồng; giải Nhì 700.000 đồng.
2. Tiêu chí 2. Có từ 80% cán bộ, công chức, viên chức đạt danh hiệu "Công dân học tập": tối đa 40 điểm.
3. Mỗi xã được đề nghị tặng Giấy khen không quá 05 gia đình và 02 dòng họ.

II. CHẾ ĐỘ BÁO CÁO
1. Ban Chỉ đạo huyện họp sơ kết 6 tháng đầu năm 2025 vào tuần thứ hai của tháng 7/2025.
2. Phòng Giáo dục và Đào tạo tổng hợp báo cáo sơ kết 6 tháng đầu năm 2025 gửi Ban Chỉ đạo huyện trước ngày 04/7/2025.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Thị Hoa
"""

DUTIES_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐẮK BẮC                                  Độc lập - Tự do - Hạnh phúc

Số: 287/KH-UBND                               Đắk Bắc, ngày 24 tháng 9 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Đắk Bắc năm 2026

IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.
- Phối hợp với Hội Khuyến học tỉnh hướng dẫn đánh giá, công nhận danh hiệu "Đơn vị học tập" đối với các cơ quan, đơn vị cấp tỉnh.
2. Hội Khuyến học tỉnh
- Hướng dẫn đánh giá, công nhận danh hiệu "Gia đình học tập", "Dòng họ học tập".

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bắc
"""

SCHOOLS_LETTER = """UBND TỈNH ĐẮK BẮC                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc

Số: 2374/SGDĐT-GDTX                           Đắk Bắc, ngày 17 tháng 10 năm 2025
V/v báo cáo kết quả xây dựng xã hội học tập năm 2025

Kính gửi: Các trường trung học phổ thông trực thuộc Sở.

Hội Khuyến học tỉnh hướng dẫn đánh giá, công nhận danh hiệu “Công dân học tập” trong các trường trung học phổ thông.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Thu
"""

WARD_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HƯNG BẮC                               Độc lập - Tự do - Hạnh phúc

Số: 52/KH-UBND                                Tân Hưng Bắc, ngày 08 tháng 4 năm 2024

KẾ HOẠCH
Xây dựng xã hội học tập xã Tân Hưng Bắc năm 2024

I. CHỈ TIÊU
Có ít nhất 82% số hộ gia đình đạt danh hiệu "Gia đình học tập".

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Văn Hưng
"""


DISTRICT_LETTER = """UBND HUYỆN PHONG ĐIỀN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                     Độc lập - Tự do - Hạnh phúc

Số: 245/PGDĐT-GDTX                            Phong Điền, ngày 10 tháng 3 năm 2025
V/v triển khai nhiệm vụ xóa mù chữ năm 2025

Kính gửi: Ủy ban nhân dân các xã, thị trấn.

1. Năm 2025, toàn huyện huy động tối thiểu 35 học viên theo học các lớp xóa mù chữ; nâng cao hiệu quả hoạt động của 07/07 Trung tâm học tập cộng đồng tại thị trấn Phong Điền và các xã Giai Xuân, Mỹ Khánh, Nhơn Ái, Nhơn Nghĩa, Tân Thới, Trường Long.
2. Mỗi xã, thị trấn mở ít nhất 01 lớp xóa mù chữ trong năm 2025.
3. Xã Nhơn Nghĩa mở 02 lớp xóa mù chữ tại ấp Nhơn Lộc.

KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
Lê Văn Phong
"""

BOARD_DECISION = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN HÀM THUẬN NAM                           Độc lập - Tự do - Hạnh phúc

Số: 1520/QĐ-UBND                              Hàm Thuận Nam, ngày 10 tháng 5 năm 2024

QUYẾT ĐỊNH
Thành lập Ban Chỉ đạo xây dựng xã hội học tập huyện Hàm Thuận Nam

Điều 1. Thành lập Ban Chỉ đạo xây dựng xã hội học tập huyện Hàm Thuận Nam gồm:
1. Ông Nguyễn Văn Thành, Phó Chủ tịch UBND huyện - Trưởng ban;
2. Ông Trần Minh Khoa, Chủ tịch Hội Khuyến học huyện - Phó Trưởng ban.
Điều 2. Phó Trưởng ban thành lập Tổ giúp việc của Ban Chỉ đạo.
Điều 3. Hội Khuyến học huyện xét tặng Giấy khen cho các thôn đạt loại Tốt 03 năm liên tục tại Hội nghị tổng kết công tác khuyến học năm 2024.
Điều 4. Lễ trao thưởng khuyến học năm 2024 tổ chức tại Nhà văn hóa huyện ngày 20/12/2024.
Điều 5. Hội Khuyến học xã báo cáo kết quả công nhận danh hiệu về Hội Khuyến học huyện trước ngày 30/11/2024.
Điều 6. Trưởng thôn gửi danh sách hộ đạt "Gia đình học tập" về UBND xã bằng văn bản hoặc ảnh chụp qua nhóm Zalo của xã.
Điều 7. Mỗi thôn đạt loại Tốt 03 năm liên tục được thưởng 1.000.000 đồng từ Quỹ Khuyến học huyện.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thành
"""


DISTRICT_REPORT = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CẨM NAM                                 Độc lập - Tự do - Hạnh phúc

Số: 186/BC-UBND                               Cẩm Nam, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả xây dựng xã hội học tập trên địa bàn huyện

I. KHÓ KHĂN
1. Kinh phí từ ngân sách huyện cho Trung tâm học tập cộng đồng bình quân 8.000.000 đồng/trung tâm/năm.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Cẩm
"""

PRIZES_GUIDANCE = """HỘI KHUYẾN HỌC VIỆT NAM                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC TỈNH GIA NAM                   Độc lập - Tự do - Hạnh phúc

Số: 07/HD-HKH                                 Gia Nam, ngày 22 tháng 9 năm 2025

HƯỚNG DẪN
Bình chọn, biểu dương các danh hiệu học tập tiêu biểu năm 2025

I. KHEN THƯỞNG
1. Hội Khuyến học tỉnh tặng Giấy khen kèm tiền thưởng cho các danh hiệu tiêu biểu năm 2025.

II. KINH PHÍ
1. Tiền thưởng các danh hiệu tiêu biểu (tổng cộng 105.000.000 đồng) chi từ Quỹ Khuyến học tỉnh.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Văn Gia
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("whose"), {
        "coc-lam_KH-UBND_2024.txt": COMMUNE_PLAN,
        "thanh-nam_KH-UBND_2026.md": PROVINCE_TARGETS,
        "thieu-nam_HD-HKH_2025.txt": DISTRICT_GUIDANCE,
        "dak-bac_KH-UBND_2025.txt": DUTIES_PLAN,
        "dak-bac_CV-SGDDT_2025.txt": SCHOOLS_LETTER,
        "tan-hung-bac_KH-UBND_2024.txt": WARD_PLAN,
        "phong-dien_CV-PGDDT_2025.txt": DISTRICT_LETTER,
        "ham-thuan-nam_QD-UBND_2024.txt": BOARD_DECISION,
        "gia-nam_HD-HKH_2025.txt": PRIZES_GUIDANCE,
        "cam-nam_BC-UBND_2024.txt": DISTRICT_REPORT,
    })


@pytest.mark.parametrize("question", [
    # one village's learners, where the plan gives the sum of two villages' classes
    "lop xoa mu chu o thon sin lam xa coc lam co bao nhieu hoc vien",
    # a hamlet the plan never names, where it gives three others'
    "lop tin hoc co ban o ban co liu xa coc lam co bao nhieu hoc vien",
    # the national contest's prize, where the guidance gives the provincial one's
    "hkh huyen thieu nam thuong hs dat giai hsg quoc gia bao nhieu tien",
    # what one task gets, where one sum is given for four
    "Tỉnh Thanh Nam bố trí riêng bao nhiêu tiền để tổ chức Tuần lễ hưởng ứng học tập suốt đời cấp tỉnh?",
    # the day the board meets, where only the day a report is due is given
    "bcd huyen thieu nam hop so ket 6 thang dau nam 2025 ngay nao",
    # a commune's figure, where the letter gives its district's total
    "Theo Công văn 245 của Phòng GD&ĐT huyện Phong Điền, năm 2025 xã Nhơn Ái phải huy động tối thiểu bao nhiêu học viên?",
    # a post no one is named to, where the decision names the board's head and deputy
    "Theo Quyết định 1520/QĐ-UBND, ai là Tổ trưởng Tổ giúp việc của Ban Chỉ đạo huyện Hàm Thuận Nam?",
    # where a conference is held, where the decision only says what is done at it
    "Hội nghị tổng kết công tác khuyến học năm 2024 của huyện Hàm Thuận Nam được tổ chức ở đâu?",
    # how a report is sent, where the decision gives only its deadline
    "Hội Khuyến học xã ở huyện Hàm Thuận Nam gửi báo cáo kết quả công nhận danh hiệu về Hội Khuyến học huyện qua hình thức nào?",
    # what comes with an award no document names, where the guidance gives a sum for its prizes with none
    "Thôn đạt loại Tốt 03 năm liên tục ở huyện Hàm Thuận Nam được tặng Cờ thi đua kèm theo tiền thưởng bao nhiêu?",
    "Cờ thi đua của Trung ương Hội Khuyến học Việt Nam tặng Hội Khuyến học tỉnh kèm theo tiền thưởng bao nhiêu?",
    # what a purchase costs, where the plan asks for the purchase and gives the centre's yearly budget
    "xa coc lam de nghi ubnd huyen ho tro bao nhieu tien mua may chieu va ban ghe cho tthtcd",
    # a part of a sum the question gives, where the plan gives only the sum for four tasks
    "1.320 triệu của tỉnh Thanh Nam đánh bao nhiêu cho kiểm tra?",
    # a later year's budget, where a report dated in 2024 gives what the budget gave then
    "nam 2026 ngan sach huyen cam nam cap cho moi tthtcd bao nhieu tien",
])
def test_a_figure_of_another_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(("question", "said"), [
    ("Lớp tin học cơ bản ở bản Tả Phìn xã Cốc Lâm có bao nhiêu học viên?", "22"),
    # "áp dụng" reads as a village typed ("ấp Dụng"); "bản Word" names a file, not a hamlet
    ("Hạn gửi báo cáo 6 tháng ở xã Cốc Lâm (áp dụng từ năm 2024) là ngày nào?", "15/6/2024"),
    ("nam 2024 ngan sach xa coc lam bo tri bao nhieu tien cho hoat dong cua tthtcd", "35.000.000"),
    ("nam 2024 ngan sach huyen cam nam cap cho moi tthtcd bao nhieu tien", "8.000.000"),
    ("Lớp xóa mù chữ ở thôn Sín Lâm và thôn Lùng Phìn xã Cốc Lâm có tổng cộng bao nhiêu học viên?", "45"),
    ("Theo Kế hoạch 47/KH-UBND của UBND tỉnh Thanh Nam, huyện Hoằng Nam được giao chỉ tiêu “Dòng họ học tập” là bao nhiêu phần trăm?",
     "78%"),
    ("Theo hướng dẫn của Hội Khuyến học huyện Thiệu Nam, mỗi xã được đề nghị tặng Giấy khen cho tối đa bao nhiêu dòng họ?", "02"),
    ("hkh huyen thieu nam thuong hs dat giai nhat hsg cap tinh bao nhieu tien", "1.000.000"),
    ("Ngân sách tỉnh Thanh Nam bố trí bao nhiêu tiền để tổ chức bồi dưỡng, kiểm tra, sơ kết và Tuần lễ hưởng ứng học tập suốt đời?",
     "1.320.000.000"),
    ("Phòng GD&ĐT huyện Thiệu Nam gửi báo cáo sơ kết 6 tháng đầu năm 2025 cho Ban Chỉ đạo huyện trước ngày nào?", "04/7/2025"),
    ("Ở tỉnh Đắk Bắc, cơ quan nào hướng dẫn đánh giá, công nhận danh hiệu “Gia đình học tập”?", "Hội Khuyến học tỉnh"),
    ("Kế hoạch 52/KH-UBND ngày 08/4/2024 đặt chỉ tiêu “Gia đình học tập” bao nhiêu phần trăm?", "82%"),
    ("Theo Công văn 245 của Phòng GD&ĐT huyện Phong Điền, năm 2025 xã Nhơn Nghĩa mở bao nhiêu lớp xóa mù chữ?", "02 lớp"),
    ("Theo Quyết định 1520/QĐ-UBND, ai là Trưởng ban Ban Chỉ đạo huyện Hàm Thuận Nam?", "Nguyễn Văn Thành"),
    ("Lễ trao thưởng khuyến học năm 2024 của huyện Hàm Thuận Nam được tổ chức ở đâu?", "Nhà văn hóa huyện"),
    ("Ở huyện Hàm Thuận Nam, trưởng thôn gửi danh sách hộ đạt “Gia đình học tập” về UBND xã qua hình thức nào?", "Zalo"),
    ("Thôn đạt loại Tốt 03 năm liên tục ở huyện Hàm Thuận Nam được thưởng bao nhiêu tiền?", "1.000.000"),
    ("Tổng tiền thưởng các danh hiệu tiêu biểu năm 2025 của Hội Khuyến học tỉnh Gia Nam là bao nhiêu?", "105.000.000"),
])
def test_the_figure_of_the_one_asked_is_answered(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and said in answer.answer


def _place(name: str, doc: str, lies_in: tuple[str, ...] = ()) -> PlaceMatch:
    return PlaceMatch(name, name.title(), [doc], "own", lies_in=lies_in)


def test_a_commune_named_with_its_district_is_no_comparison() -> None:
    commune = _place("tan loc tay", "tan-loc-tay-09-bc", lies_in=("thanh nam", "hau giang"))
    district = _place("thanh nam", "thanh-nam-12-hd", lies_in=("hau giang",))
    assert Scope(places=[district, commune]).compared_places == []


def test_two_communes_named_are_compared() -> None:
    one = _place("tan loc tay", "tan-loc-tay-09-bc", lies_in=("thanh nam",))
    other = _place("tan loc dong", "tan-loc-dong-10-bc", lies_in=("thanh nam",))
    assert Scope(places=[one, other]).compared_places == [one, other]
