"""Fact extraction on clauses written for these tests, and on the real plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clauses import agency_list, clause_units, section_agency
from index.documents import DocumentMeta
from index.facts import extract_facts, parse_reporting
from index.factstore import FactStore, write_facts
from index.pipeline import parse_source
from index.sections import Chunk

DOCS = Path(__file__).resolve().parents[2] / "docs_src"
DOC = DocumentMeta(doc_id="d", source="d.txt", kind="Kế hoạch", number="12/KH-UBND", symbol="KH-UBND",
                   issuer="Ủy ban nhân dân huyện Tân Phú", locality="Tân Phú", level="huyện", date="01/03/2024",
                   year=2024, title="t")


def _chunk(section: str, text: str) -> Chunk:
    return Chunk(chunk_id=f"d:{abs(hash(text))}", doc_id="d", source="d.txt", section=section, ordinal=0, text=text,
                 index_text=text)


def test_reporting_clause_with_deadline_channel_and_onward_chain():
    clause = ("Trước ngày 15 tháng 10 hằng năm, Phòng Giáo dục và Đào tạo báo cáo kết quả thực hiện về Ủy ban nhân "
              "dân huyện (qua Văn phòng Ủy ban nhân dân huyện) để tổng hợp, báo cáo Sở Giáo dục và Đào tạo.")
    fact = parse_reporting(clause, "V. Tổ chức thực hiện", DOC)
    assert fact.reporters == ["Phòng Giáo dục và Đào tạo"]
    assert fact.recipients == ["Ủy ban nhân dân huyện"]
    assert fact.deadline == "15/10" and fact.deadline_text == "trước ngày 15 tháng 10"
    assert fact.recurrence == "hằng năm"
    assert fact.channel == "Văn phòng Ủy ban nhân dân huyện"
    assert fact.onward == ["Sở Giáo dục và Đào tạo"]


def test_reporter_comes_from_the_section_when_the_clause_has_no_subject():
    clause = "- Định kỳ trước ngày 10 tháng 12 hàng năm gửi báo cáo về Sở Nội vụ và Sở Giáo dục và Đào tạo."
    fact = parse_reporting(clause, "VII. Tổ chức thực hiện › 4. Ủy ban nhân dân các huyện, thị xã", DOC)
    assert fact.reporters == ["Ủy ban nhân dân các huyện, thị xã"]
    assert fact.recipients == ["Sở Nội vụ", "Sở Giáo dục và Đào tạo"]
    assert fact.recurrence == "định kỳ, hằng năm"


def test_a_clause_that_only_mentions_reports_is_not_an_obligation():
    assert parse_reporting("Tổ chức tập huấn về quy trình báo cáo minh chứng.", "II", DOC) is None
    assert parse_reporting("Tăng cường tuyên truyền.", "II", DOC) is None


def test_section_agency_and_agency_lists():
    assert section_agency("VII. Tổ chức thực hiện › 11. Ủy ban nhân dân các huyện, thị xã, thành phố") == (
        "Ủy ban nhân dân các huyện, thị xã, thành phố")
    assert section_agency("VII. Tổ chức thực hiện › 7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    assert section_agency("II. Nội dung phong trào thi đua") == ""
    # a notice of conclusions hands each task to its doer: "Giao Phòng Văn hóa - Xã hội"
    assert section_agency("II. Nhiệm vụ trọng tâm › 1. Giao Phòng Văn hóa - Xã hội") == "Phòng Văn hóa - Xã hội"
    assert section_agency("2. Giao nhiệm vụ cụ thể") == ""
    assert agency_list("Ủy ban nhân dân tỉnh, Bộ Giáo dục và Đào tạo; tổ chức") == [
        "Ủy ban nhân dân tỉnh", "Bộ Giáo dục và Đào tạo"]


def test_clause_units_keep_list_markers_with_their_sentence():
    assert clause_units("1. Giai đoạn 1 (2023 - 2025)\n- Một. Hai") == ["1. Giai đoạn 1 (2023 - 2025)", "- Một.", "Hai"]


def test_targets_milestones_legal_bases_and_awards(tmp_path):
    chunks = [
        _chunk("Phần mở đầu", "Căn cứ Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ về việc ban hành"),
        _chunk("I. Mục tiêu › 2.1. Mục tiêu đến năm 2027", "- 75% gia đình đạt danh hiệu “Gia đình học tập”, 50% dòng họ đạt “Dòng họ học tập”."),
        _chunk("III. Tiến độ › 1. Giai đoạn 1 (từ 2024 - 2026)",
               "1. Giai đoạn 1 (từ 2024 - 2026)\nTổ chức sơ kết vào năm 2026, tổng kết vào quý IV năm 2030."),
        _chunk("IV. Khen thưởng › b) Khen thưởng sơ kết", "+ Bằng khen của Chủ tịch UBND huyện;\n+ Giấy khen của Chủ tịch UBND xã"),
    ]
    facts = extract_facts([DOC], chunks)
    assert [(t.value, t.year) for t in facts["targets"]] == [("75%", 2027), ("50%", 2027)]
    assert "dòng họ" in facts["targets"][1].indicator
    kinds = {(m.kind, m.when) for m in facts["milestones"]}
    assert {("giai đoạn", "2024–2026"), ("sơ kết", "năm 2026"), ("tổng kết", "quý IV năm 2030")} <= kinds
    assert [(b.number, b.date, b.issuer) for b in facts["legal_bases"]] == [("1315/QĐ-TTg", "09/11/2023", "Thủ tướng Chính phủ")]
    assert [a.form for a in facts["awards"]] == ["Bằng khen của Chủ tịch UBND huyện", "Giấy khen của Chủ tịch UBND xã"]

    path = tmp_path / "facts.sqlite"
    write_facts(path, facts)
    store = FactStore(path)
    try:
        assert store.targets(["d"])[0].year == 2027
        assert store.milestones(["other"]) == []
        assert store.awards()[1].form.startswith("Giấy khen")
    finally:
        store.close()


def test_table_rows_give_one_target_per_year_column_and_decimal_percentages():
    chunks = [_chunk("II. Chỉ tiêu", "Nội dung | Kết quả năm 2023 | Chỉ tiêu năm 2024 | Chỉ tiêu đến năm 2030\n"
                                     "Hộ gia đình đạt “Gia đình học tập” | 62% | 66% | 80%\n"
                                     "Quỹ khuyến học toàn huyện | 1,15 tỷ đồng | 1,3 tỷ đồng | 2 tỷ đồng"),
              _chunk("III. Kết quả", "Toàn huyện đạt 78,5% hộ gia đình học tập đến năm 2024.")]
    facts = extract_facts([DOC], chunks)
    table = [(t.indicator, t.value, t.year) for t in facts["targets"] if t.section == "II. Chỉ tiêu"]
    assert table == [("Hộ gia đình đạt “Gia đình học tập”", "66%", 2024), ("Hộ gia đình đạt “Gia đình học tập”", "80%", 2030)]
    assert [t.value for t in facts["targets"] if t.section == "III. Kết quả"] == ["78,5%"]


@pytest.fixture(scope="module")
def corpus_facts():
    docs, chunks = [], []
    for path in sorted(DOCS.iterdir()):
        d, c = parse_source(path, path.name, 10**8)
        docs += d
        chunks += c
    return extract_facts(docs, chunks)


def test_reporting_chains_of_the_real_plans(corpus_facts):
    chains = {(f.doc_id, f.deadline): f for f in corpus_facts["reporting"] if f.deadline}
    bd = chains[("binh-duong-151-kh-ubnd", "20/11")]
    assert bd.reporters == ["Ủy ban nhân dân các huyện, thị xã, thành phố"]
    assert bd.recipients == ["Sở Giáo dục và Đào tạo"]
    assert bd.onward == ["Ủy ban nhân dân tỉnh", "Bộ Giáo dục và Đào tạo"]
    assert bd.section == "VII. Tổ chức thực hiện › 11. Ủy ban nhân dân các huyện, thị xã, thành phố"
    assert chains[("ninh-binh-kh-ubnd-12-2023", "30/12")].recipients == ["Sở Giáo dục và Đào tạo"]
    assert chains[("ha-nam-kh-ubnd-2024", "05/12")].recipients == ["Sở Giáo dục và Đào tạo", "Sở Nội vụ"]
    channels = {f.doc_id: f.channel for f in corpus_facts["reporting"] if f.channel}
    assert channels == {"ha-nam-kh-ubnd-2024": "Sở Giáo dục và Đào tạo", "an-nghiep-kh-ubnd-2024": "VHTT xã"}


def test_every_fact_quotes_its_own_chunk(corpus_facts):
    for name, facts in corpus_facts.items():
        for fact in facts:
            assert fact.quote.strip(), name


def test_a_short_sentence_ending_a_long_clause_stays_with_it():
    clause = ("2. Hồ sơ đề nghị công nhận gồm: tờ trình của UBND xã; báo cáo tự đánh giá của thôn. "
              "Hồ sơ lập thành 02 bộ. Hội Khuyến học huyện thẩm định hồ sơ và trình Chủ tịch UBND huyện công nhận.")
    assert clause_units(clause) == [
        "2. Hồ sơ đề nghị công nhận gồm: tờ trình của UBND xã; báo cáo tự đánh giá của thôn. Hồ sơ lập thành 02 bộ.",
        "Hội Khuyến học huyện thẩm định hồ sơ và trình Chủ tịch UBND huyện công nhận.",
    ]


def test_a_rate_named_before_its_value_is_a_target_of_that_rate():
    chunks = [_chunk("II. Chỉ tiêu năm 2025",
                     "2. Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\" đạt từ 72% trở lên; có ít nhất 08 dòng họ "
                     "đạt danh hiệu \"Dòng họ học tập\".")]
    targets = extract_facts([DOC], chunks)["targets"]
    assert [(t.value, t.indicator) for t in targets] == [("72%", 'hộ gia đình đạt danh hiệu "Gia đình học tập"')]


def test_a_community_learning_centre_and_a_village_board_report_and_receive():
    section = "V. Tổ chức thực hiện › 7. Ban nhân dân các ấp"
    fact = parse_reporting("b) Báo cáo kết quả thực hiện về Trung tâm học tập cộng đồng xã: báo cáo 6 tháng trước "
                           "ngày 05/6/2025; báo cáo năm trước ngày 20/11/2025.", section, DOC)
    assert fact.reporters == ["Ban nhân dân các ấp"]
    assert fact.recipients == ["Trung tâm học tập cộng đồng xã"]
    assert fact.deadline == "05/06/2025"
    assert section_agency("V. Tổ chức thực hiện › 1. Trung tâm học tập cộng đồng xã") == "Trung tâm học tập cộng đồng xã"


def test_a_table_row_is_one_clause_though_a_cell_opens_with_a_numbered_label() -> None:
    text = "Tiêu chí 1. Lãnh đạo (20 điểm) | 1.1. Thôn có kế hoạch. Có biên bản | 10\nCăn cứ kết quả. Hội đồng xét."
    assert clause_units(text) == ["Tiêu chí 1. Lãnh đạo (20 điểm) | 1.1. Thôn có kế hoạch. Có biên bản | 10",
                                  "Căn cứ kết quả.", "Hội đồng xét."]
