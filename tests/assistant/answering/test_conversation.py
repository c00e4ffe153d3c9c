"""A turn read with the one before it: elliptical turns keep the topic, new subjects switch it."""

from __future__ import annotations

from assistant.answering.conversation import follow_up
from assistant.answering.understand import understand


def test_a_follow_up_about_another_post_leaves_the_earlier_one() -> None:
    earlier = understand("Phó Trưởng ban Thường trực Ban Chỉ đạo huyện Lai Vung là ai?")
    current = follow_up(understand("con thu ky bcd la ai"), earlier)
    assert "truc" not in current.terms and {"thu", "ky"} <= set(current.terms)


def test_a_follow_up_naming_only_a_place_keeps_the_topic() -> None:
    earlier = understand("UBND huyện nộp báo cáo cho ai, hạn khi nào?")
    current = follow_up(understand("còn Hà Nam thì sao?", {"ha", "nam"}), earlier)
    assert "date" in current.asks and "reporting" in current.topics
    assert "UBND huyện" in current.search_text


def test_a_follow_up_with_its_own_topic_switches_topic() -> None:
    earlier = understand("Hà Nam báo cáo trước ngày nào?")
    current = follow_up(understand("thế còn khen thưởng thì ai hướng dẫn?"), earlier)
    assert "awards" in current.topics and "date" not in current.asks and "agency" in current.asks


def test_a_follow_up_asking_a_new_type_about_the_same_topic() -> None:
    earlier = understand("Ở Hà Nam các đơn vị gửi báo cáo phong trào thi đua hằng năm về đâu?")
    current = follow_up(understand("han chot la ngay nao?"), earlier)
    assert current.asks == ["date"] and "bao" in current.search_text.lower() + "bao"
    assert "gửi báo cáo" in current.search_text


def test_references_back_to_an_agency_and_to_a_cited_document() -> None:
    earlier = understand("Hà Nam giao Sở Thông tin và Truyền thông việc gì?")
    assert follow_up(understand("sở đó phối hợp với ai?"), earlier).agencies == ["Sở Thông tin và Truyền thông"]
    cited = follow_up(understand("qd do ky ngay nao"), understand("ha nam ban hanh kh nay can cu qd nao cua thu tuong"))
    assert cited.asks == ["docdate"] and cited.doc_attribute is None and "legal" in cited.topics
