import pytest

from assistant.understanding import agencies_in, titles_in, understand


@pytest.mark.parametrize(
    "question, intent",
    [
        ("UBND các huyện gửi báo cáo cho ai?", "reporting"),
        ("Phòng GD&ĐT huyện Tân Phú ký công văn ngày nào?", "doc_info"),
        ("kế hoạch này căn cứ quyết định nào", "legal_basis"),
        ("chi tieu gia dinh hoc tap nam 2027", "target"),
        ("tiêu chí thi đua đối với cấp xã gồm những gì", "criteria"),
        ("có những hình thức khen thưởng nào", "awards"),
        ("kinh phí lấy từ nguồn nào", "funding"),
        ("ai chủ trì hướng dẫn khen thưởng", "responsibility"),
        ("phong trào thi đua vào những năm nào sơ kết", "deadline_timeline"),
        ("Kế hoạch gửi cho những đơn vị nào?", "doc_recipients"),
        ("thời tiết hôm nay", "other"),
    ],
)
def test_intents(question, intent):
    assert understand(question).intent == intent


def test_slots_agencies_titles_and_years():
    u = understand("so gddt bao cao truoc ngay nao ve chi tieu dong ho hoc tap 2027, qua co quan nao?")
    assert {"date", "channel", "percent"} <= u.asks
    assert u.agencies == ["Sở Giáo dục và Đào tạo"]
    assert u.titles == ["Dòng họ học tập"]
    assert u.years == [2027]
    assert titles_in("cộng đồng học tập") == ["Cộng đồng học tập"]  # "cộng đồng học" is not "dòng họ"
    assert agencies_in("UBND cấp huyện và Sở Nội vụ") == ["Sở Nội vụ", "Ủy ban nhân dân cấp huyện"]


def test_followups_inherit_intent_and_agency_from_the_previous_turn():
    earlier = ["Hà Nam giao Sở Thông tin và Truyền thông việc gì?"]
    u = understand("sở đó phối hợp với cơ quan nào?", earlier)
    assert u.followup and u.agencies == ["Sở Thông tin và Truyền thông"]
    u = understand("còn Ninh Bình thì sao?", ["Bình Dương báo cáo trước ngày nào?"])
    assert u.followup and u.intent == "reporting" and "date" in u.asks
    assert not understand("còn Ninh Bình thì sao?").followup
