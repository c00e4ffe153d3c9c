"""What a document names only in passing is not answered as if it said it: the number of a document it cites with
no number, or of one it never cites; a document of another kind than the one asked; which units, when it only
counts them; the head of a team it names no head of; how many receive another award than the one asked; a village's
figure, when it gives only the commune's; a rate of something else; another body's email; a count of another kind
of class; money with an award given with none. Each is checked beside the question it does answer."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from index.vocabulary.terms import agencies_in
from tests.indexed import indexed_assistant

DISTRICT_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN NGỌC BẮC                                Độc lập - Tự do - Hạnh phúc

Số: 133/KH-UBND                               Ngọc Bắc, ngày 14 tháng 3 năm 2024

KẾ HOẠCH
Xây dựng xã hội học tập huyện Ngọc Bắc giai đoạn 2024 - 2030

Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030";
Căn cứ Kế hoạch số 46/KH-UBND ngày 19/02/2024 của Ủy ban nhân dân tỉnh Lâm Bắc về thực hiện phong trào trên địa bàn tỉnh;
Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện về phát triển giáo dục và đào tạo huyện Ngọc Bắc giai đoạn 2021 - 2025;
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

I. CHỈ TIÊU
1. Đến năm 2025, tỷ lệ lao động có bằng cấp, chứng chỉ đạt 25%.
2. Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 65%.

II. TỔ CHỨC THỰC HIỆN
Hội Khuyến học huyện hướng dẫn đánh giá, công nhận các danh hiệu học tập; tổng hợp kết quả báo cáo UBND huyện trước ngày 15/11 hằng năm.

III. CHẾ ĐỘ BÁO CÁO
Các xã, thị trấn báo cáo kết quả về UBND huyện (qua Phòng Giáo dục và Đào tạo) trước ngày 25/11 hằng năm, đồng thời gửi bản mềm qua địa chỉ thư điện tử pgddt.ngocbac@lambac.gov.vn.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Y Bắc Niê
"""

LETTER = """UBND TỈNH LÂM BẮC                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                        Độc lập - Tự do - Hạnh phúc

Số: 2154/SGDĐT-GDTX                           Lâm Bắc, ngày 28 tháng 10 năm 2024
V/v báo cáo kết quả xây dựng xã hội học tập năm 2024

Kính gửi: Ủy ban nhân dân các huyện, thành phố.

Thực hiện Kế hoạch số 46/KH-UBND ngày 19/02/2024 của Ủy ban nhân dân tỉnh; căn cứ công văn của Bộ Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ giáo dục thường xuyên năm học 2024 - 2025, Sở Giáo dục và Đào tạo đề nghị như sau:

1. Qua tổng hợp báo cáo 6 tháng đầu năm 2024, còn 02 đơn vị gửi báo cáo chậm so với thời hạn.
2. Năm 2023 có 03 đơn vị được khen thưởng: huyện Ngọc Bắc, huyện Sa Bắc và thành phố Lâm Bắc.
3. Mỗi huyện, thành phố đề nghị Giám đốc Sở tặng Giấy khen cho không quá 02 tập thể và 03 cá nhân có thành tích tiêu biểu.
4. Trên cơ sở kết quả năm 2024, Sở Giáo dục và Đào tạo lựa chọn tập thể, cá nhân xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.
5. Các trường học đánh giá "Đơn vị học tập" theo hướng dẫn của ngành giáo dục; các cơ sở giáo dục gửi báo cáo về Phòng Giáo dục và Đào tạo.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Lâm
"""

COMMUNE_REPORT = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HƯƠNG BẮC                                   Độc lập - Tự do - Hạnh phúc

Số: 218/BC-UBND                               Hương Bắc, ngày 22 tháng 11 năm 2024

BÁO CÁO
Kết quả xây dựng xã hội học tập năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. "Gia đình học tập": qua bình xét tại các thôn, làng, có 2.187/3.412 hộ đủ điều kiện đề nghị công nhận, đạt 64,1%.
2. Thôn 2B có 241 hộ đạt "Gia đình học tập".
3. Trung tâm học tập cộng đồng mở 01 lớp xóa mù chữ ở thôn Ia Bắc với 18 học viên; phối hợp với trường tiểu học mở thêm 03 lớp, cụ thể: thôn 6 mở 01 lớp với 24 học viên, làng Kon Bắc mở 02 lớp với 41 học viên.
4. 05 thôn đạt "Cộng đồng học tập" được UBND xã tặng Giấy khen tại Hội nghị tổng kết; 09 dòng họ đạt "Dòng họ học tập" được tặng Giấy khen kèm theo 500.000 đồng/dòng họ.
5. Khen thưởng học sinh giỏi cấp huyện: 248 em x 200.000 đồng.

II. NHIỆM VỤ NĂM 2025
1. Trung tâm học tập cộng đồng tổ chức 30 lớp chuyên đề với 1.600 lượt người học; tiếp tục mở lớp xóa mù chữ cho người dân ở các thôn vùng cao.

III. TỔ CHỨC THỰC HIỆN
Thành lập Tổ giúp việc gồm 05 thành viên là công chức văn hóa - xã hội và cán bộ Hội Khuyến học xã; danh sách Tổ giúp việc do Trưởng ban Ban Chỉ đạo quyết định.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
A Bắc
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("named"), {
        "ngoc-bac_KH-UBND_2024.txt": DISTRICT_PLAN,
        "lam-bac_CV-SGDDT_2024.md": LETTER,
        "huong-bac_BC-UBND_2024.txt": COMMUNE_REPORT,
    })


@pytest.mark.parametrize("question", [
    # a plan cited with no number
    "Nghị quyết của Ban Chấp hành Đảng bộ huyện mà KH 133 của huyện Ngọc Bắc viện dẫn có số hiệu là gì?",
    "cv 2154 cua so gd lam bac can cu cv so may cua bo gd ve nhiem vu gdtx",
    # a body no document of whose the plan cites at all
    "kh 133 huyen ngoc bac can cu huong dan so may cua so noi vu",
    "kh 133 cua huyen ngoc bac can cu van ban so may cua so gd&dt",
    # a plan the library does not hold, where it holds the commune's report
    "ke hoach xay dung xhht nam 2025 cua ubnd xa huong bac so may, ban hanh ngay nao",
    # which units, where the letter only counts them
    "Theo công văn 2154 của Sở GD&ĐT Lâm Bắc, hai đơn vị nào đã gửi báo cáo 6 tháng đầu năm 2024 chậm?",
    # the head of a team the report names no head of
    "to giup viec bcd xa huong bac ai lam to truong",
    # how many may get another award than the one the letter limits
    "cv 2154: moi huyen duoc de nghi bn ca nhan de chu tich ubnd tinh tang bang khen",
    # a village's figure, where the report gives the commune's total
    "thon 1A xa huong bac co bao nhieu ho dat gia dinh hoc tap",
    # a rate of something else in the year asked
    "Đến năm 2030, huyện Ngọc Bắc đặt chỉ tiêu tỷ lệ lao động có bằng cấp, chứng chỉ là bao nhiêu?",
    # another body's email
    "email nhan bao cao cua hoi khuyen hoc huyen ngoc bac la gi",
    # classes of another kind counted
    "nam 2025 xa huong bac mo bn lop xoa mu chu",
    # money with an award the report gives with none
    "Năm thôn đạt “Cộng đồng học tập” ở xã Hương Bắc được UBND xã tặng Giấy khen kèm theo bao nhiêu tiền?",
])
def test_what_is_named_only_in_passing_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(("question", "said"), [
    ("kh 133 huyen ngoc bac can cu ke hoach so may cua ubnd tinh", "46/KH-UBND"),
    ("Báo cáo của UBND xã Hương Bắc số mấy?", "218/BC-UBND"),
    ("Theo công văn 2154, 03 đơn vị được khen thưởng năm 2023 là những đơn vị nào?", "Sa Bắc"),
    ("cv 2154: moi huyen duoc de nghi bn ca nhan de giam doc so tang giay khen", "03 cá nhân"),
    ("thon 2B xa huong bac co bao nhieu ho dat gia dinh hoc tap", "241"),
    ("Đến năm 2025, huyện Ngọc Bắc đặt chỉ tiêu tỷ lệ lao động có bằng cấp, chứng chỉ là bao nhiêu?", "25%"),
    ("email nhan bao cao cua phong gd&dt huyen ngoc bac la gi", "pgddt.ngocbac@lambac.gov.vn"),
    ("nam 2024 thon ia bac xa huong bac mo bao nhieu lop xoa mu chu", "01 lớp"),
    ("lang kon bac xa huong bac mo may lop xoa mu chu, bao nhieu hoc vien", "41"),
    ("Dòng họ đạt “Dòng họ học tập” ở xã Hương Bắc được tặng Giấy khen kèm theo bao nhiêu tiền?", "500.000"),
])
def test_what_is_said_is_answered(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and said in answer.answer


def test_a_place_of_education_is_no_department() -> None:
    assert "Sở Giáo dục và Đào tạo" not in agencies_in("các cơ sở giáo dục gửi báo cáo")
    assert agencies_in("sở gd&đt") == ["Sở Giáo dục và Đào tạo"]
    assert agencies_in("công văn của bộ gd") == ["Bộ Giáo dục và Đào tạo"]
