"""Composition: a lead line in the document's words naming it, quotes after, every line cited."""

from __future__ import annotations

import dataclasses
import re

from assistant.answering.compose import Draft, Finding, abstain, compose, cut_clause, heading_note

from .units import DOC, unit

SECTION = "VII. Tổ chức thực hiện › 2. Sở Nội vụ"


def test_the_lead_names_the_document_and_the_heading_when_the_clause_has_no_subject() -> None:
    lead = unit("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo hướng dẫn khen thưởng.", SECTION)
    support = unit("Tham mưu thành lập Ban Chỉ đạo Phong trào thi đua cấp tỉnh đến năm 2030.", SECTION)
    a = compose("ai hướng dẫn khen thưởng?", Draft([Finding(lead, [support])]))
    first, second = a.answer.splitlines()
    assert first.startswith("Theo Kế hoạch 12/KH-UBND của Ủy ban nhân dân tỉnh Xuân Hòa, mục “2. Sở Nội vụ”:")
    assert first.endswith("[1]") and second.endswith("[2]")
    assert [c.quote for c in a.citations] == [lead.text, support.text] and not a.abstained


def test_no_heading_note_when_the_clause_repeats_its_heading() -> None:
    u = unit("2. Sở Nội vụ chủ trì hướng dẫn khen thưởng sơ kết.", "VII. Tổ chức thực hiện › 2. Sở Nội vụ chủ trì…")
    assert heading_note(u) == ""


def test_one_line_per_document_and_a_verdict() -> None:
    other = dataclasses.replace(DOC, doc_id="y-kh", locality="Yên Hòa", issuer="Ủy ban nhân dân tỉnh Yên Hòa")
    a1 = unit("Trước ngày 20 tháng 11 hàng năm báo cáo về Sở Giáo dục và Đào tạo.")
    a2 = unit("Trước ngày 05 tháng 12 hằng năm báo cáo về Sở Nội vụ.", doc=other)
    a = compose("hạn báo cáo?", Draft([Finding(a1), Finding(a2)], per_document=True))
    lines = a.answer.splitlines()
    assert lines[1].startswith("- Xuân Hòa — Kế hoạch 12/KH-UBND") and lines[2].startswith("- Yên Hòa")
    assert {c.doc_id for c in a.citations} == {"x-kh", "y-kh"}
    a = compose("có phải không?", Draft([Finding(a1)], verdict="Không."))
    assert a.answer.startswith("Không. Theo Kế hoạch")


def test_a_long_clause_is_cut_to_the_part_that_answers() -> None:
    parts = [f"nhiệm vụ số {i} về tuyên truyền và vận động nhân dân tham gia học tập suốt đời" for i in range(8)]
    parts[5] = "gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 20 tháng 11 hàng năm"
    long = unit("; ".join(parts) + ".")
    cut = cut_clause(long, ["bao", "cao", "truoc"], ["20 tháng 11"])
    assert "20 tháng 11" in cut and len(cut) < len(long.text)


def test_an_abstention_says_what_is_missing_and_lists_the_library() -> None:
    a = abstain("bao nhiêu tiền?", "số tiền cụ thể", [DOC], nearest=unit("Khen thưởng theo quy định."))
    assert a.abstained and a.answer.startswith("Các tài liệu hiện có không nêu số tiền cụ thể.")
    assert "Kế hoạch 12/KH-UBND" in a.answer and re.search(r"\[1\]$", a.answer)


def test_two_titles_compared_get_the_parallel_clause_of_the_missing_one() -> None:
    from assistant.answering.parallel import parallel_clauses
    from assistant.answering.understand import understand

    q = understand("nguong diem cong nhan dong ho hoc tap khac gia dinh hoc tap the nao")
    shown = [unit('"Dòng họ học tập": Ban khuyến học dòng họ tự đánh giá, Hội Khuyến học xã thẩm định.'),
             unit('Dòng họ được công nhận "Dòng họ học tập" khi đạt từ 85 điểm trở lên.')]
    units = [unit('Có từ 70% số hộ trong dòng họ đạt danh hiệu "Gia đình học tập": tối đa 35 điểm.'),
             unit('Gia đình được công nhận "Gia đình học tập" khi đạt từ 80 điểm trở lên.'),
             unit('"Gia đình học tập": chi hội khuyến học thôn bình xét, Hội Khuyến học xã thẩm định, đề nghị.')]
    found = parallel_clauses(q, shown, units)
    assert [u.text for u in found] == ['Gia đình được công nhận "Gia đình học tập" khi đạt từ 80 điểm trở lên.']
    # a question about one title, or one whose titles are all shown, gets nothing more
    assert parallel_clauses(understand("dong ho hoc tap can bao nhieu diem"), shown, units) == []


def test_each_side_of_a_comparison_gets_its_clause() -> None:
    from assistant.answering.parallel import compared_sides
    from assistant.answering.understand import understand

    q = understand("Theo Quy chế, thời hạn báo cáo năm của các thành viên Ban Chỉ đạo khác gì so với Ban Chỉ đạo các xã?")
    shown = [unit("Ban Chỉ đạo các xã báo cáo Ban Chỉ đạo huyện trước ngày 30 tháng 11 hằng năm.", score=0.9)]
    members = unit("Các thành viên Ban Chỉ đạo báo cáo năm về cơ quan Thường trực trước ngày 25 tháng 11.", score=0.7)
    other = unit("Ban Chỉ đạo họp định kỳ 06 tháng một lần vào tháng 6 và tháng 12.", score=0.8)
    assert compared_sides(q, shown, [other, members], floor=0.1) == [members]
    # a side already shown, or a question that compares nothing, gets nothing more
    assert compared_sides(q, [*shown, members], [other], floor=0.1) == []
    assert compared_sides(understand("thời hạn báo cáo năm của các thành viên Ban Chỉ đạo?"), shown, [members], 0.1) == []
