"""A count asked where a table gives only rates, delegates counted at another event, a channel asked of a hop
whose channel no clause gives, an address that names no body, a "văn bản" that is no village, every step of a
procedure asked for by its steps, a chair the documents give another body, a prize of a title no clause prices, the
phone of a post whose deputy alone is named, a penalty for a fault no clause punishes, and the money of the
prize asked rather than the budget of all prizes."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

PLAN = """ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN SÔNG MÂY                               Độc lập - Tự do - Hạnh phúc
Số: 58/KH-UBND                               Sông Mây, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập huyện Sông Mây năm 2024
I. CHỈ TIÊU NĂM 2024
| TT | Chỉ tiêu | Kết quả 2023 | Chỉ tiêu 2024 |
|---|---|---|---|
| 1 | Hộ gia đình đạt "Gia đình học tập" | 70,5% | 73% |
| 2 | Xã, thị trấn đạt "Cộng đồng học tập" cấp xã | 18/25 | 21/25 |
II. HOẠT ĐỘNG
1. Hội nghị sơ kết cấp huyện tổ chức ngày 18/9/2024 tại Hội trường UBND huyện, quy mô khoảng 250 đại biểu.
2. Đại hội đại biểu Hội Khuyến học huyện lần thứ V dự kiến tổ chức trong quý IV/2024, triệu tập khoảng 180 đại biểu.
3. Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời cấp huyện tổ chức ngày 01/10/2024 tại xã Hòa Mây.
III. QUY TRÌNH VÀ THỜI HẠN
1. Đối với "Đơn vị học tập"
Bước 1: Cơ quan, đơn vị tự chấm điểm, hoàn thiện hồ sơ.
Bước 2: Phòng Giáo dục và Đào tạo thẩm định, trình công nhận trước ngày 10/12/2024.
2. Đối với "Cộng đồng học tập" cấp xã
Bước 1: Ủy ban nhân dân cấp xã tự đánh giá, gửi hồ sơ về Phòng Giáo dục và Đào tạo trước ngày 31/10/2024.
Bước 2: Phòng Giáo dục và Đào tạo thẩm định, trình Chủ tịch Ủy ban nhân dân huyện công nhận trước ngày 25/11/2024.
Bước 3: Ủy ban nhân dân huyện báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 05/12/2024.
Bước 4: Sở Giáo dục và Đào tạo kiểm tra xác suất tại 10% số đơn vị từ ngày 09/12/2024 đến ngày 13/12/2024.
IV. CHẾ ĐỘ BÁO CÁO
1. Trưởng thôn gửi danh sách bình xét "Gia đình học tập" về Ủy ban nhân dân xã trước ngày 05/11/2024.
2. Ủy ban nhân dân các xã, thị trấn gửi báo cáo kết quả năm 2024 về Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) trước ngày 25/11/2024, qua Hệ thống quản lý văn bản và điều hành, đồng thời gửi biểu số liệu (bản Excel) qua thư điện tử pgdsongmay@songmay.edu.vn.
3. Ủy ban nhân dân huyện báo cáo Sở Giáo dục và Đào tạo trước ngày 10/12/2024.
Nơi nhận:                                    KT. CHỦ TỊCH
- Sở GD&ĐT (b/c);                            PHÓ CHỦ TỊCH
- Lưu: VT.                                   Lê Văn Tâm
"""


GUIDANCE = """HỘI KHUYẾN HỌC TỈNH NAM SƠN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN ĐỒNG LAM                   Độc lập - Tự do - Hạnh phúc
Số: 11/HD-HKH                                   Đồng Lam, ngày 22 tháng 4 năm 2024
HƯỚNG DẪN
Biểu dương "Gia đình học tập", "Dòng họ học tập" tiêu biểu và tổ chức Cuộc thi viết năm 2024
I. HÌNH THỨC BIỂU DƯƠNG
1. "Gia đình học tập" tiêu biểu cấp huyện: Giấy khen của Hội Khuyến học huyện kèm theo tiền thưởng 500.000 đồng/gia đình.
2. "Cộng đồng học tập" cấp thôn tiêu biểu: Giấy khen của Hội Khuyến học huyện.
3. Chi hội khuyến học thôn có thành tích xuất sắc: Giấy khen của Hội Khuyến học huyện kèm theo tiền thưởng 700.000 đồng/chi hội.
II. CUỘC THI VIẾT
Hội Khuyến học huyện chủ trì tổ chức cuộc thi, phối hợp với Phòng Giáo dục và Đào tạo và Huyện đoàn.
Cơ cấu giải thưởng:
- 01 giải Nhất: 2.000.000 đồng;
- 02 giải Nhì: mỗi giải 1.200.000 đồng;
- 03 giải Ba: mỗi giải 800.000 đồng.
III. KINH PHÍ
Tổng kinh phí giải thưởng cuộc thi viết: 6.800.000 đồng, từ Quỹ Khuyến học huyện.
Chi hội khuyến học thôn gửi danh sách đề nghị biểu dương về Hội Khuyến học xã trước ngày 15/9/2024.
Hội Khuyến học xã gửi hồ sơ về Hội Khuyến học huyện trước ngày 30/9/2024 qua email hkhdonglam@gmail.com.
Hội Khuyến học xã gửi hồ sơ chậm sau ngày 30/9/2024 sẽ không được xét biểu dương năm 2024.
Mọi thông tin cần trao đổi, đề nghị liên hệ ông Nguyễn Văn Thức, Phó Chủ tịch Hội Khuyến học huyện, điện thoại 0982.415.736.
Nơi nhận:                                       TM. BAN THƯỜNG VỤ
- Hội Khuyến học tỉnh (b/c);                    CHỦ TỊCH
- Lưu: VP.                                      Ngô Đình Khiêm
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("counted"), {
        "song-may_KH-UBND_2024.txt": PLAN, "dong-lam_HD-HKH_2024.txt": GUIDANCE})


def test_a_count_is_not_read_off_a_row_of_rates(assistant: Assistant) -> None:
    assert assistant.ask("Năm 2024 huyện Sông Mây phấn đấu có bao nhiêu hộ gia đình đạt Gia đình học tập?").abstained
    counted = assistant.ask("Năm 2024 huyện Sông Mây phấn đấu có bao nhiêu xã đạt Cộng đồng học tập?")
    assert not counted.abstained and "21/25" in counted.answer


def test_delegates_are_counted_at_the_event_asked(assistant: Assistant) -> None:
    assert assistant.ask("Lễ khai mạc Tuần lễ học tập suốt đời ở huyện Sông Mây có bao nhiêu đại biểu?").abstained
    held = assistant.ask("Hội nghị sơ kết cấp huyện ở Sông Mây có bao nhiêu đại biểu?")
    assert not held.abstained and "250" in held.answer


def test_a_channel_is_read_for_the_hop_asked(assistant: Assistant) -> None:
    assert assistant.ask("Trưởng thôn ở Sông Mây gửi danh sách bình xét về xã qua kênh nào?").abstained
    assert assistant.ask("UBND huyện Sông Mây báo cáo Sở GD&ĐT qua kênh nào?").abstained
    sent = assistant.ask("UBND các xã ở Sông Mây gửi báo cáo về huyện qua kênh nào?")
    assert not sent.abstained and "Hệ thống quản lý văn bản" in sent.answer


def test_an_address_names_no_body() -> None:
    from index.vocabulary.terms import agencies_by_position, agencies_in

    text = "gửi biểu số liệu qua thư điện tử gdtx.sgddt@phutho.gov.vn"
    assert agencies_in(text) == [] and agencies_by_position(text) == []
    assert agencies_in("gửi Sở GD&ĐT qua gdtx.sgddt@phutho.gov.vn") == ["Sở Giáo dục và Đào tạo"]


def test_every_step_of_a_procedure_asked_by_its_steps(assistant: Assistant) -> None:
    answer = assistant.ask("Các bước đánh giá Cộng đồng học tập cấp xã ở huyện Sông Mây là gì?")
    assert all(d in answer.answer for d in ("31/10/2024", "25/11/2024", "05/12/2024", "09/12/2024"))
    assert "10/12/2024" not in answer.answer  # the steps for "Đơn vị học tập"


def test_a_chair_another_body_holds_is_refused(assistant: Assistant) -> None:
    refused = assistant.ask("Phòng GD&ĐT Đồng Lam chủ trì cuộc thi viết thì phối hợp với những đơn vị nào?")
    assert refused.abstained and "không giao Phòng Giáo dục và Đào tạo chủ trì" in refused.answer
    chaired = assistant.ask("Hội Khuyến học huyện Đồng Lam chủ trì cuộc thi viết thì phối hợp với những đơn vị nào?")
    assert not chaired.abstained and "Huyện đoàn" in chaired.answer


def test_a_chair_is_refused_only_when_another_body_holds_it() -> None:
    from assistant.answering.roles import chaired_by_another
    from assistant.answering.units import Unit
    from index.vocabulary.terms import AGENCIES

    office = next(t for t in AGENCIES if t.name == "Phòng Giáo dục và Đào tạo")
    assigned = [Unit(doc=None, section="", text="Giao Phòng Giáo dục và Đào tạo tổ chức hội nghị sơ kết.")]
    assert not chaired_by_another(assigned, office)  # "giao … tổ chức": the premise is the reader's to judge
    held = [Unit(doc=None, section="", text="Đoàn kiểm tra do Phòng GD&ĐT chủ trì, phối hợp với Hội Khuyến học.")]
    assert not chaired_by_another(held, office)
    other = [Unit(doc=None, section="", text="Hội Khuyến học huyện chủ trì, phối hợp với Phòng GD&ĐT tổ chức cuộc thi.")]
    assert chaired_by_another(other, office)


def test_a_prize_is_priced_for_the_title_asked(assistant: Assistant) -> None:
    assert assistant.ask("Cộng đồng học tập cấp thôn tiêu biểu ở huyện Đồng Lam được thưởng bao nhiêu tiền?").abstained
    priced = assistant.ask("Gia đình học tập tiêu biểu cấp huyện ở Đồng Lam được thưởng bao nhiêu tiền?")
    assert not priced.abstained and "500.000" in priced.answer


def test_a_post_is_not_its_deputy(assistant: Assistant) -> None:
    assert assistant.ask("so dien thoai cua chu tich hkh huyen dong lam la gi").abstained
    deputy = assistant.ask("so dien thoai cua pho chu tich hkh huyen dong lam la gi")
    assert not deputy.abstained and "0982.415.736" in deputy.answer


def test_an_email_is_read_for_the_hop_asked(assistant: Assistant) -> None:
    assert assistant.ask("Chi hội khuyến học thôn ở Đồng Lam gửi danh sách lên Hội Khuyến học xã qua email nào?").abstained
    sent = assistant.ask("Hội Khuyến học xã ở Đồng Lam gửi hồ sơ lên Hội Khuyến học huyện qua email nào?")
    assert not sent.abstained and "hkhdonglam@gmail.com" in sent.answer


def test_a_penalty_is_for_the_fault_asked(assistant: Assistant) -> None:
    assert assistant.ask("Xã ở huyện Sông Mây gửi báo cáo tổng kết trễ hạn thì bị xử lý thế nào?").abstained
    late = assistant.ask("Hội Khuyến học xã ở Đồng Lam gửi hồ sơ chậm thì bị xử lý thế nào?")
    assert not late.abstained and "không được xét biểu dương" in late.answer


def test_a_prize_asked_by_its_rank_is_its_own_line(assistant: Assistant) -> None:
    answer = assistant.ask("giai nhi cuoc thi viet cua hkh huyen dong lam dc bao nhieu tien")
    assert "giải Nhì: mỗi giải 1.200.000 đồng" in answer.answer.splitlines()[0]
