"""An overview asked of one part of a plan: its main tasks, its targets of the year asked, its funding with the
sources and amounts asked, the duties of the body named; and a place whose name folds to a cue asks nothing by it."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from assistant.answering.understand import understand
from tests.indexed import indexed_assistant

PLAN = """ỦY BAN NHÂN DÂN                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG SƠN                               Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND                               Đông Sơn, ngày 10 tháng 4 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện Đông Sơn năm 2024 - 2025
I. CHỈ TIÊU
1. Chỉ tiêu đến hết năm 2024
- Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" đạt 61%.
- Ít nhất 12/20 trung tâm học tập cộng đồng xếp loại Tốt.
2. Chỉ tiêu đến hết năm 2025
- Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" đạt 66%.
- Có 17/20 xã được công nhận "Cộng đồng học tập" cấp xã.
II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
1. Tuyên truyền, phát động phong trào
- Đài truyền thanh các xã phát tin về học tập suốt đời ít nhất 02 lần mỗi tháng.
2. Nâng cao chất lượng trung tâm học tập cộng đồng
- Mỗi trung tâm tổ chức ít nhất 10 chuyên đề mỗi năm.
3. Đẩy mạnh chuyển đổi số trong học tập
- Xây dựng thư viện số dùng chung cho các trung tâm.
III. KINH PHÍ THỰC HIỆN
1. Kinh phí năm 2024 là 150.000.000 đồng từ ngân sách huyện, dùng cho Lễ phát động và khen thưởng.
2. Kinh phí năm 2025 dự kiến 180.000.000 đồng từ ngân sách huyện.
3. Huy động nguồn xã hội hóa để bổ sung Quỹ khuyến học huyện.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Là cơ quan thường trực, tham mưu UBND huyện triển khai Kế hoạch.
- Tổng hợp, báo cáo UBND huyện trước ngày 05/12 hằng năm.
2. Hội Khuyến học huyện
- Chủ trì đánh giá, công nhận "Dòng họ học tập".
Nơi nhận:                                    KT. CHỦ TỊCH
- Sở GD&ĐT (b/c);                            PHÓ CHỦ TỊCH
- Lưu: VT.                                   Lê Thị Hằng
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("parts"), {"dong-son_KH-UBND_2024.txt": PLAN})


def test_the_main_tasks_are_the_part_of_tasks(assistant: Assistant) -> None:
    answer = assistant.ask("Kế hoạch 77 của UBND huyện Đông Sơn gồm những nhiệm vụ chính nào?").answer
    assert "Nhiệm vụ, giải pháp trọng tâm" in answer
    assert all(w in answer for w in ("Tuyên truyền", "10 chuyên đề", "chuyển đổi số"))


def test_the_main_targets_are_those_of_the_year_asked(assistant: Assistant) -> None:
    answer = assistant.ask("Các chỉ tiêu chính của Đông Sơn đến hết năm 2025 là gì?").answer
    assert "66%" in answer and "17/20" in answer and "61%" not in answer


def test_a_summary_of_the_funding_part_gives_every_amount_and_source(assistant: Assistant) -> None:
    answer = assistant.ask("Tóm tắt phần kinh phí trong kế hoạch của huyện Đông Sơn: nguồn nào, bao nhiêu?").answer
    assert all(w in answer for w in ("150.000.000", "180.000.000", "xã hội hóa"))


def test_a_summary_of_a_bodys_duties_is_its_part(assistant: Assistant) -> None:
    answer = assistant.ask("Tóm tắt nhiệm vụ của Hội Khuyến học huyện trong kế hoạch của Đông Sơn").answer
    assert "Dòng họ học tập" in answer and "05/12" not in answer


def test_a_place_named_like_a_cue_asks_nothing_by_it() -> None:
    # "Xuyên Mộc" folds to "xuyen moc", and "mốc" (a milestone) folds to "moc"
    q = understand("xuyen moc chi tieu gia dinh hoc tap 2024 va 2025 chenh nhau bao nhieu", place_names=["xuyen moc"])
    assert "when" not in q.asks and "milestone" not in q.topics
