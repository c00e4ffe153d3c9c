"""Question understanding: answer types, topics, forms, entities."""

from __future__ import annotations

import pytest

from assistant.answering.understand import about_other_documents, understand


def test_a_development_target_is_not_a_penalty() -> None:
    q = understand("Bình Dương đặt mục tiêu phát triển Trung tâm học tập cộng đồng thế nào đến năm 2025?")
    assert "penalty" not in q.asks
    assert q.years == [2025] and "Trung tâm học tập cộng đồng" in q.titles
    assert "penalty" in understand("Nộp báo cáo muộn thì bị phạt thế nào?").asks


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("UBND huyện gửi báo cáo trước ngày nào?", {"date"}),
        ("han bc cua ninh binh", {"date"}),
        ("chỉ tiêu gia đình học tập 2025 là bao nhiêu %?", {"percent"}),
        ("ai chủ trì hướng dẫn khen thưởng?", {"agency"}),
        ("số điện thoại của hội khuyến học", {"contact"}),
        ("Xã An Nghiệp có bao nhiêu trung tâm học tập cộng đồng?", {"count"}),
        ("Trưởng Ban Chỉ đạo phong trào thi đua tỉnh là ai?", {"person"}),
    ],
)
def test_answer_types(question: str, asks: set[str]) -> None:
    assert asks <= set(understand(question).asks)


def test_a_deadline_is_not_the_date_a_cited_document_was_issued() -> None:
    deadline = understand("kh 87 huyen tuy an han nop bc la ngay nao")
    assert deadline.deadline and "date" in deadline.asks
    assert "date" in about_other_documents(deadline, library_numbers=[]).asks
    issued = understand("QĐ 1373/QĐ-TTg ngày nào?")
    assert about_other_documents(issued, library_numbers=[]).asks == ["docdate"]
    assert understand("căn cứ quyết định số mấy, ngày nào?").asks.count("docdate") == 1


@pytest.mark.parametrize(
    ("question", "is_yes_no"),
    [
        ("ubnd xa an nghiep co phai bao cao len huyen khong", True),
        ("KH 151 được ban hành theo đề nghị của Sở Nội vụ hả?", True),
        ("kh 3853 chi tieu cdht 2025 la 70% dung ko", True),
        ("kh ninh binh gui cho nhung noi nao a", False),
        ("còn Hà Nam thì sao?", False),
        ("Ai báo cáo cho ai?", False),
    ],
)
def test_yes_no_questions(question: str, is_yes_no: bool) -> None:
    assert understand(question).has("yesno") is is_yes_no


def test_document_attributes_versus_cited_documents() -> None:
    assert understand("KH 3853 ký ngày nào?").doc_attribute == "issued"
    assert understand("kh 151 cua ubnd tinh binh duong ra ngay nao").doc_attribute == "issued"
    assert understand("Kế hoạch của Hà Nam căn cứ quyết định số mấy?").doc_attribute is None
    assert understand("ban chỉ đạo lập trên cơ sở nào").doc_attribute is None  # "cơ sở" is not "có số"
    assert understand("kh ninh binh gui cho nhung noi nao").doc_attribute == "recipients"
    assert understand("nơi nhận báo cáo định kỳ ở Hà Nam").doc_attribute is None
    assert understand("sdt lien he cua hoi khuyen hoc la so may").doc_attribute is None


def test_a_document_named_by_number_keeps_its_own_attributes() -> None:
    asked = understand("Quyết định số 1876/QĐ-UBND của huyện Lai Vung ban hành ngày nào, do ai ký?")
    assert asked.doc_attribute is not None and "signer" in asked.doc_attributes


def test_the_words_naming_a_library_document_are_not_what_is_asked() -> None:
    question = "Công văn 612/PGDĐT của Phòng GD&ĐT huyện Ia Grai yêu cầu nộp những biểu mẫu nào?"
    assert understand(question, ["ia grai"], ["612"]).terms == ["yeu", "cau", "nop", "bieu", "mau"]
    # a document the library does not hold is part of the question
    cited = understand("ngoài Quyết định số 1315/QĐ-TTg, kế hoạch ban hành tiếp theo kế hoạch nào?", [], ["57"])
    assert {"quyet", "ttg"} <= set(cited.terms)


@pytest.mark.parametrize("question", [
    "Phó Trưởng ban Thường trực Ban Chỉ đạo xây dựng xã hội học tập huyện Lai Vung là ai?",
    "ai lam thu ky bcd lai vung",
    "cv 187 pgd lam thao dau moi lien he la ai",
])
def test_who_holds_a_post_asks_for_a_person(question: str) -> None:
    assert "person" in understand(question).asks


def test_who_is_the_focal_point_may_be_answered_by_a_post() -> None:
    assert "person" not in understand("Trong kế hoạch của xã Tân Trào, ai là đầu mối tham mưu?").asks


@pytest.mark.parametrize(("question", "asks"), [
    ("tiêu chí tỷ lệ cán bộ đạt Công dân học tập tối đa mấy điểm", ["count"]),  # points, though about a rate
    ("hồ sơ lập mấy bộ", ["count"]),
    ("tỷ lệ hộ đạt Gia đình học tập là bao nhiêu", ["percent"]),
    ("cộng đồng học tập thôn đặc biệt khó khăn ngưỡng điểm bao nhiêu", ["threshold"]),
    ("huyen bc len tinh qua dau, gui bang hinh thuc gi", ["medium", "channel"]),
])
def test_what_number_is_asked(question: str, asks: list[str]) -> None:
    assert list(dict.fromkeys(understand(question).asks)) == asks


@pytest.mark.parametrize(("question", "asks"), [
    ("trưởng thôn có được gửi báo cáo qua Zalo không?", ["medium"]),  # how a report travels
    ("zalo của phòng gd số mấy", ["contact"]),  # an account to reach
])
def test_zalo_is_a_way_to_send_unless_its_number_is_asked(question: str, asks: list[str]) -> None:
    assert list(dict.fromkeys(understand(question).asks)) == asks


@pytest.mark.parametrize(("question", "choices"), [
    ("xã gửi báo cáo qua email hay qua đường bưu điện?", ["xã gửi báo cáo qua email", "qua đường bưu điện"]),
    ("xa gui ket qua len huyen qua email hay he thong nao", []),  # the second is asked, not offered
])
def test_a_choice_offers_two_named_alternatives(question: str, choices: list[str]) -> None:
    assert understand(question).choices == choices


@pytest.mark.parametrize(("question", "milestones"), [
    ("Nhung han che 6 tháng đầu năm 2024 của huyện Yên Lạc là gì", False),
    ("những hạn mức kinh phí năm 2024 là bao nhiêu", False),
    ("những hạn nộp báo cáo năm 2024 của xã là ngày nào", True),
    ("các hạn cần nhớ năm 2025", True),
])
def test_limitations_are_no_deadlines(question: str, milestones: bool) -> None:
    assert understand(question).has("milestones") is milestones
