"""Two titles compared where the guidance grades each in a list of its own ("Mức công nhận:"), through the real
pipeline: the list found for one title brings the other title's item said alike."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

GUIDANCE = """HỘI KHUYẾN HỌC TỈNH HƯNG YÊN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 21/HD-HKH                                   Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 15 tháng 01 năm 2025
HƯỚNG DẪN
Đánh giá, công nhận "Gia đình học tập", "Dòng họ học tập" năm 2025
I. TIÊU CHÍ VÀ THANG ĐIỂM "GIA ĐÌNH HỌC TẬP"
1. Tiêu chí 1: Gia đình có kế hoạch học tập của các thành viên (30 điểm).
2. Tiêu chí 2: Các thành viên tham gia học tập thường xuyên (40 điểm).
Mức công nhận:
- Gia đình đạt từ 80 điểm trở lên và không có tiêu chí nào đạt dưới 50% số điểm tối đa của tiêu chí đó được công nhận "Gia đình học tập".
- Gia đình đạt từ 95 điểm trở lên, có thành viên đạt thành tích học tập xuất sắc được xét chọn "Gia đình học tập tiêu biểu".
II. TIÊU CHÍ VÀ THANG ĐIỂM "DÒNG HỌ HỌC TẬP"
1. Tiêu chí 1: Dòng họ có quỹ khuyến học (30 điểm).
2. Tiêu chí 2: Có 70% số hộ trong dòng họ đạt "Gia đình học tập" (40 điểm).
Mức công nhận:
- Dòng họ đạt từ 85 điểm trở lên, trong đó tiêu chí 1 đạt đủ 30 điểm, được công nhận "Dòng họ học tập".
- Dòng họ đạt từ 95 điểm trở lên và đã được công nhận "Dòng họ học tập" ít nhất 01 lần trước đó được xét chọn "Dòng họ học tập tiêu biểu".
                                          CHỦ TỊCH
                                          Đỗ Tiến Sỹ
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("titles"), {"hung-yen.txt": GUIDANCE})


def test_each_title_graded_in_its_own_list(assistant: Assistant) -> None:
    answer = assistant.ask("Ngưỡng điểm để công nhận Gia đình học tập và Dòng họ học tập ở Hưng Yên khác nhau ra sao?")
    assert not answer.abstained and "80 điểm" in answer.answer and "85 điểm" in answer.answer
