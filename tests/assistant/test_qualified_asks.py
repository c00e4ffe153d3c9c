"""A figure asked with a qualifier the clause gives for something else is refused: another age band ("15 đến 35"
of a rate of those aged 15 to 60), another prize ("giải Khuyến khích" of the sums for giải Nhất, Nhì, Ba), another
year of a rate ("vào năm 2030" of a target for 2025), a village ("plei Ơi") of the commune's total, the number and
date of a document the plan cites without them ("Nghị quyết của HĐND huyện"). Each is checked
beside the question the same clause does answer."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.answering.understand import understand
from tests.indexed import indexed_assistant

DISTRICT_PLAN = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CHƯ NAM                                 Độc lập - Tự do - Hạnh phúc

Số: 45/KH-UBND                                Chư Nam, ngày 17 tháng 02 năm 2025

KẾ HOẠCH
Xây dựng xã hội học tập huyện Chư Nam năm 2025 và định hướng đến năm 2030

Căn cứ Kế hoạch số 46/KH-UBND ngày 19/02/2024 của Ủy ban nhân dân tỉnh Gia Nam về thực hiện phong trào trên địa bàn tỉnh;
Căn cứ Nghị quyết của Hội đồng nhân dân huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2025;
Căn cứ hướng dẫn của Trung ương Hội Khuyến học Việt Nam về đánh giá, công nhận các danh hiệu học tập;
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:

I. CHỈ TIÊU
1. Chỉ tiêu năm 2025
a) Tỷ lệ người trong độ tuổi từ 15 đến 35 đạt chuẩn biết chữ mức độ 2 đạt 98,2%.
b) Tỷ lệ lao động qua đào tạo đạt 70%.
2. Chỉ tiêu đến năm 2030
a) Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 đạt 98%.
b) Có ít nhất 07 xã được công nhận danh hiệu "Cộng đồng học tập" cấp xã.

II. KHEN THƯỞNG
Học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh được Hội Khuyến học huyện thưởng: giải Nhất 2.000.000 đồng, giải Nhì 1.500.000 đồng, giải Ba 1.000.000 đồng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hồ Văn Điềm
"""

COMMUNE_REPORT = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ IA NAM                                     Độc lập - Tự do - Hạnh phúc

Số: 186/BC-UBND                               Ia Nam, ngày 04 tháng 11 năm 2024

BÁO CÁO
Kết quả xây dựng xã hội học tập năm 2024

1. Toàn xã có 1.086/1.520 hộ đạt danh hiệu "Gia đình học tập", đạt 71,4%.
2. Năm 2025 xã đề nghị mở thêm lớp xóa mù chữ tại các thôn, làng, plei còn nhiều người chưa biết chữ.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Rơ Châm Hyưn
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("qualified"), {
        "gia-nam_chu-nam_45-KH-UBND_2025.txt": DISTRICT_PLAN,
        "gia-nam_chu-nam_ia-nam_186-BC-UBND_2024.txt": COMMUNE_REPORT,
    })


@pytest.mark.parametrize("question", [
    "Đến năm 2030, chỉ tiêu tỷ lệ biết chữ mức độ 2 trong độ tuổi từ 15 đến 35 của huyện Chư Nam là bao nhiêu?",
    "Theo Kế hoạch 45, tỷ lệ lao động qua đào tạo của huyện Chư Nam phải đạt bao nhiêu vào năm 2030?",
    "Học sinh đạt giải Khuyến khích kỳ thi học sinh giỏi cấp tỉnh được Hội Khuyến học huyện Chư Nam thưởng bao nhiêu tiền?",
    "plei Ơi xã Ia Nam có bao nhiêu hộ đạt gia đình học tập",
    "Nghị quyết của HĐND huyện Chư Nam mà Kế hoạch 45 căn cứ có số hiệu và ngày ban hành là gì?",
    "Hướng dẫn của Trung ương Hội Khuyến học Việt Nam mà Kế hoạch 45 của huyện Chư Nam căn cứ có số và ngày ban hành là gì?",
])
def test_a_figure_given_for_another_qualifier_is_refused(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize(("question", "said"), [
    ("Đến năm 2030, chỉ tiêu tỷ lệ biết chữ mức độ 2 trong độ tuổi từ 15 đến 60 của huyện Chư Nam là bao nhiêu?", "98%"),
    ("Theo Kế hoạch 45, tỷ lệ lao động qua đào tạo của huyện Chư Nam phải đạt bao nhiêu vào năm 2025?", "70%"),
    ("Học sinh đạt giải Ba kỳ thi học sinh giỏi cấp tỉnh được Hội Khuyến học huyện Chư Nam thưởng bao nhiêu tiền?",
     "1.000.000"),
    ("Toàn xã Ia Nam có bao nhiêu hộ đạt gia đình học tập", "1.086"),
    ("Kế hoạch của UBND tỉnh mà Kế hoạch 45 của huyện Chư Nam căn cứ có số hiệu là gì?", "46/KH-UBND"),
])
def test_the_qualifier_the_clause_gives_is_answered(assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and said in answer.answer


def test_the_age_band_refusal_names_both_bands(assistant: Assistant) -> None:
    answer = assistant.ask("Đến năm 2030, tỷ lệ biết chữ mức độ 2 trong độ tuổi 15-35 của huyện Chư Nam là bao nhiêu?")
    assert "từ 15 đến 60 tuổi" in answer.answer and "từ 15 đến 35 tuổi" in answer.answer


def test_a_year_given_after_how_many_is_no_year_asked() -> None:
    assert understand("tỷ lệ lao động qua đào tạo phải đạt bao nhiêu vào năm 2030?").asks[0] == "percent"
    assert "year" in understand("xã được công nhận vào năm nào").asks
