"""A yes/no asked of what a clause denies, a body asked as where a report goes, the head of a named board, a count
narrowed by a qualifier no clause gives, a title honoured at a level no clause prices, an event asked at one
village when the clause holds it at another, a launch asked at one level when only another's has a day, the
points of a title no clause scores, and a report's deadline no clause gives (not the day of a training)."""

from __future__ import annotations

import pytest

from assistant.answering import Assistant
from tests.indexed import indexed_assistant

GUIDANCE = """HỘI KHUYẾN HỌC TỈNH BẮC LAM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI KHUYẾN HỌC HUYỆN VÂN ĐÌNH                   Độc lập - Tự do - Hạnh phúc
Số: 14/HD-HKH                                   Vân Đình, ngày 09 tháng 4 năm 2024
HƯỚNG DẪN
Biểu dương "Gia đình học tập" tiêu biểu và tổ chức Hội thi kể chuyện năm 2024
I. MỨC ĐIỂM XÉT BIỂU DƯƠNG
1. "Gia đình học tập" tiêu biểu cấp huyện: đạt từ 90 điểm trở lên.
2. Hội Khuyến học huyện không cấp kinh phí riêng cho việc bình xét tại thôn.
3. Hồ sơ gửi sau ngày 30/9/2024 sẽ không được xét biểu dương năm 2024.
II. HỘI THI KỂ CHUYỆN
1. Ban Tổ chức do ông Lê Quang Vinh, Chủ tịch Hội Khuyến học huyện làm Trưởng ban.
2. Hội thi cấp xã tổ chức ngày 12/8/2024 tại nhà văn hóa thôn Đồng Chằm.
3. Năm 2024 mở 12 lớp xóa mù chữ với 260 học viên.
4. Lễ phát động Phong trào cấp huyện được tổ chức trong tháng 5/2024.
5. 100% xã tổ chức Lễ phát động Phong trào thi đua cấp xã trước ngày 30/6/2024.
6. Hội nghị tập huấn cho cán bộ Hội cấp xã được tổ chức vào ngày 12/3/2024 tại Hội trường Hội Khuyến học huyện.
7. Dòng họ được công nhận "Dòng họ học tập" khi đạt từ 80 điểm trở lên.
III. CHẾ ĐỘ BÁO CÁO
Trước ngày 05 tháng 12 hằng năm, Hội Khuyến học các xã báo cáo kết quả về Hội Khuyến học huyện và Ủy ban nhân dân huyện để tổng hợp.
Hội Khuyến học huyện tổng hợp kết quả toàn huyện, báo cáo Hội Khuyến học tỉnh.
Nơi nhận:                                       TM. BAN THƯỜNG VỤ
- Hội Khuyến học tỉnh (b/c);                    CHỦ TỊCH
- Lưu: VP.                                      Lê Quang Vinh
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("denials"), {"van-dinh_HD-HKH_2024.txt": GUIDANCE})


def test_a_yes_no_asked_of_what_a_clause_denies_is_no(assistant: Assistant) -> None:
    denied = assistant.ask("HKH huyện Vân Đình có cấp kinh phí riêng cho việc bình xét tại thôn không?")
    assert denied.answer.startswith("Không")
    late = assistant.ask("Hồ sơ gửi sau ngày 30/9/2024 ở Vân Đình có được xét biểu dương không?")
    assert late.answer.startswith("Không được")


def test_a_body_asked_as_where_a_report_goes_is_yes(assistant: Assistant) -> None:
    sent = assistant.ask("Ở Vân Đình, HKH xã có phải báo cáo cả UBND huyện không?")
    assert sent.answer.startswith("Có")


def test_the_head_of_a_named_board_is_not_the_head_of_another(assistant: Assistant) -> None:
    assert assistant.ask("Trưởng Ban Giám khảo Hội thi kể chuyện ở Vân Đình là ai?").abstained
    head = assistant.ask("Trưởng Ban Tổ chức Hội thi kể chuyện ở Vân Đình là ai?")
    assert not head.abstained and "Lê Quang Vinh" in head.answer


def test_a_count_narrowed_by_a_qualifier_no_clause_gives_is_refused(assistant: Assistant) -> None:
    assert assistant.ask("Năm 2024 ở Vân Đình có bao nhiêu người là đồng bào dân tộc thiểu số học xóa mù chữ?").abstained
    learners = assistant.ask("Năm 2024 Vân Đình mở lớp xóa mù chữ cho bao nhiêu học viên?")
    assert not learners.abstained and "260" in learners.answer


def test_a_title_honoured_at_a_level_no_clause_prices_is_refused(assistant: Assistant) -> None:
    assert assistant.ask("Gia đình học tập tiêu biểu được Hội Khuyến học tỉnh biểu dương cần bao nhiêu điểm "
                         "theo hướng dẫn của Vân Đình?").abstained
    district = assistant.ask("Gia đình học tập tiêu biểu cấp huyện ở Vân Đình cần bao nhiêu điểm?")
    assert not district.abstained and "90 điểm" in district.answer


def test_a_clause_naming_another_village_does_not_speak_of_the_one_asked() -> None:
    from assistant.answering.understand import understand
    from assistant.answering.villages import at_asked_village
    from tests.assistant.answering.units import unit

    held = unit("Hội thi cấp xã tổ chức ngày 12/8/2024 tại nhà văn hóa thôn Đồng Chằm.")
    assert not at_asked_village(held, understand("Hội thi ở thôn Nội Am tổ chức ngày nào?"))
    assert at_asked_village(held, understand("Hội thi ở thôn Đồng Chằm tổ chức ngày nào?"))
    assert at_asked_village(held, understand("Hội thi cấp xã tổ chức ngày nào?"))  # no village asked


def test_an_event_held_at_another_village_does_not_answer(assistant: Assistant) -> None:
    assert assistant.ask("Hội thi kể chuyện ở thôn Nội Am, huyện Vân Đình tổ chức ngày nào?").abstained
    held = assistant.ask("Hội thi kể chuyện ở thôn Đồng Chằm, Vân Đình tổ chức ngày nào?")
    assert not held.abstained and "12/8/2024" in held.answer


def test_a_launch_asked_at_one_level_is_not_the_launch_of_another(assistant: Assistant) -> None:
    assert assistant.ask("Lễ phát động phong trào cấp huyện ở Vân Đình tổ chức ngày nào?").abstained
    commune = assistant.ask("Lễ phát động phong trào thi đua cấp xã ở Vân Đình tổ chức trước ngày nào?")
    assert not commune.abstained and "30/6/2024" in commune.answer


def test_the_points_that_earn_one_title_are_not_asked_of_another() -> None:
    from assistant.answering.fits import meets
    from assistant.answering.understand import understand
    from tests.assistant.answering.units import unit

    clan = unit('Dòng họ được công nhận "Dòng họ học tập" khi đạt từ 80 điểm trở lên.')
    assert not meets(clan, understand("Muốn đạt danh hiệu Công dân học tập cần bao nhiêu điểm?"), ["threshold"])
    assert meets(clan, understand("Muốn đạt danh hiệu Dòng họ học tập cần bao nhiêu điểm?"), ["threshold"])


def test_the_points_of_a_title_no_clause_scores_are_refused(assistant: Assistant) -> None:
    assert assistant.ask("Ở Vân Đình muốn đạt danh hiệu Công dân học tập thì cần bao nhiêu điểm?").abstained
    clan = assistant.ask("Ở Vân Đình muốn đạt danh hiệu Dòng họ học tập thì cần bao nhiêu điểm?")
    assert not clan.abstained and "80 điểm" in clan.answer


def test_a_report_deadline_no_clause_gives_is_not_another_events_day(assistant: Assistant) -> None:
    refused = assistant.ask("Hội Khuyến học huyện Vân Đình phải báo cáo Hội Khuyến học tỉnh trước ngày nào?")
    assert refused.abstained and "12/3/2024" not in refused.answer.split("Điều khoản gần nhất")[0]

