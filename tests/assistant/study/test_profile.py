"""The document profile on the real index of docs_src and of docs_src + evals/docs-new."""

from __future__ import annotations

import pytest

from assistant.study.profile import (
    HEADER_SECTION,
    AmbiguousDocument,
    DocumentNotFound,
    DocumentProfile,
    build_profile,
    build_profiles,
    find_document,
)
from evals.harness import SourceTexts
from evals.scoring import quote_in_source
from index.store import Library
from tests.conftest import DOCS_NEW, DOCS_SRC


@pytest.fixture(scope="module")
def corpus_profiles(corpus_library) -> dict[str, DocumentProfile]:
    return {p.doc_id: p for p in build_profiles(corpus_library)}


@pytest.fixture(scope="module")
def newdocs_profiles(newdocs_library) -> dict[str, DocumentProfile]:
    return {p.doc_id: p for p in build_profiles(newdocs_library)}


def _assert_grounded(library: Library, profiles: dict[str, DocumentProfile], sources: SourceTexts) -> int:
    checked = 0
    for doc in library.documents:
        profile = profiles[doc.doc_id]
        chunk_text = "\n".join(c.text for c in library.chunks_of(doc.doc_id))
        for cite in profile.citations():
            assert cite.doc_id == doc.doc_id and cite.source == doc.source
            assert cite.text.strip() and cite.quote.strip(), cite
            assert quote_in_source(cite.quote, sources.get(cite.source)), (doc.doc_id, cite.section, cite.quote)
            if cite.section != HEADER_SECTION:
                assert cite.quote in chunk_text, (doc.doc_id, cite.section, cite.quote)  # exact characters
            checked += 1
    return checked


def test_every_seed_document_has_a_grounded_profile(corpus_library, corpus_profiles) -> None:
    assert set(corpus_profiles) == {d.doc_id for d in corpus_library.documents}
    assert len(corpus_profiles) == 6
    checked = _assert_grounded(corpus_library, corpus_profiles, SourceTexts(DOCS_SRC))
    assert checked > 150


def test_every_new_fixture_document_has_a_grounded_profile(newdocs_library, newdocs_profiles) -> None:
    assert len(newdocs_profiles) >= 20
    checked = _assert_grounded(newdocs_library, newdocs_profiles, SourceTexts([DOCS_SRC, DOCS_NEW]))
    assert checked > 400


# --- seed documents, read by hand -------------------------------------------------------------


def test_151_phases_reporting_milestones_and_coordinators(corpus_profiles) -> None:
    p = corpus_profiles["binh-duong-151-kh-ubnd"]
    assert not p.draft
    assert [(ph.name, ph.start, ph.end) for ph in p.phases] == [("Giai đoạn 1", 2023, 2025), ("Giai đoạn 2", 2026, 2030)]
    chain = next(r for r in p.reporting if r.fact.deadline_text == "trước ngày 20 tháng 11")
    assert chain.fact.reporters == ["Ủy ban nhân dân các huyện, thị xã, thành phố"]
    assert chain.fact.recipients == ["Sở Giáo dục và Đào tạo"]
    assert "Bộ Giáo dục và Đào tạo" in chain.fact.onward
    assert "hằng năm" in chain.fact.recurrence
    assert "trước ngày 20 tháng 11" in chain.cite.text
    assert {(m.kind, m.year) for m in p.milestones} == {("sơ kết", 2025), ("tổng kết", 2030)}
    assert [c.text for c in p.coordinators][:1] == ["Sở Giáo dục và Đào tạo"]
    assert p.targets == []  # 151 sets no percentages of its own
    assert len(p.purpose) == 3 and p.purpose[0].text.startswith("Phát huy sức mạnh")
    assert "Bằng khen của Thủ tướng Chính phủ" in [a.text for a in p.awards]
    duties = {d.agency: d for d in p.duties}
    assert duties["Sở Tài chính"].line.startswith("Bố trí kinh phí")


def test_3853_targets_by_year_and_its_review_dates(corpus_profiles) -> None:
    p = corpus_profiles["binh-duong-3853-kh-ubnd"]
    family = {t.year: t.value for t in p.targets if t.indicator.startswith("gia đình được công nhận")}
    assert family == {2025: "70%", 2030: "80%"}
    assert {t.year for t in p.targets} == {2025, 2030}
    assert p.phases == []  # this programme has no numbered phases
    review = {(m.kind, m.year): m.when for m in p.milestones}
    assert review == {("sơ kết", 2026): "quý II năm 2026", ("tổng kết", 2030): "cuối năm 2030"}
    assert p.purpose and p.purpose[0].section.endswith("Mục tiêu chung")


def test_drafts_are_marked_and_their_blank_number_is_not_invented(corpus_profiles) -> None:
    for doc_id in ("ninh-binh-kh-ubnd-12-2023", "ha-nam-kh-ubnd-2024", "an-nghiep-kh-ubnd-2024"):
        p = corpus_profiles[doc_id]
        assert p.draft, doc_id
        assert p.doc.number is None
        texts = [c.text for c in p.header]
        assert any("chưa có số" in t for t in texts), texts
        assert any(t.startswith("Tình trạng: Dự thảo") for t in texts), texts
    assert not corpus_profiles["binh-duong-09-cv-hkh"].draft


def test_ha_nam_reporting_deadline_and_an_nghiep_phases(corpus_profiles) -> None:
    ha_nam = corpus_profiles["ha-nam-kh-ubnd-2024"]
    line = next(r for r in ha_nam.reporting if r.fact.deadline)
    assert line.fact.recipients == ["Sở Giáo dục và Đào tạo", "Sở Nội vụ"]
    assert "trước ngày 05 tháng 12" in line.cite.text
    an_nghiep = corpus_profiles["an-nghiep-kh-ubnd-2024"]
    assert [(ph.start, ph.end) for ph in an_nghiep.phases] == [(2023, 2025), (2026, 2030)]
    assert an_nghiep.phases[0].cite.quote == "Giai đoạn 1 (từ năm 2023 đến năm 2025)"


def test_letter_with_a_target_list_gets_its_year_from_the_lead_in(corpus_profiles) -> None:
    p = corpus_profiles["binh-duong-09-cv-hkh"]  # "phấn đấu đến năm 2025 cần đạt:" then bullets
    assert {t.year for t in p.targets} == {2025}
    assert ("gia đình được công nhận Gia đình học tập", "70%") in {(t.indicator, t.value) for t in p.targets}
    assert [(m.kind, m.year, m.when) for m in p.milestones] == [("sơ kết", 2025, "Cuối năm 2025")]
    assert p.phases == [] and p.duties == [] and p.purpose == []


# --- new-document fixtures of unusual forms -------------------------------------------------


def test_table_targets_leave_out_the_results_column(newdocs_profiles) -> None:
    p = newdocs_profiles["trung-khanh-02-kh-hkh"]  # "Kết quả năm 2023 | Chỉ tiêu năm 2024 | Chỉ tiêu đến năm 2030"
    family = {t.year: t.value for t in p.targets if t.indicator == "Hộ gia đình đạt “Gia đình học tập”"}
    assert family == {2024: "66%", 2030: "80%"}
    assert all(t.year in (2024, 2030) for t in p.targets)
    assert "62%" not in {t.value for t in p.targets}  # the 2023 result is not a target
    chi_linh = newdocs_profiles["chi-linh-06-kh-hkh"]  # a unit column: "Dòng họ | 265 | 280"
    assert {(t.indicator, t.year): t.value for t in chi_linh.targets}[("Dòng họ học tập", 2025)] == "280 dòng họ"


def test_ratios_and_section_years(newdocs_profiles) -> None:
    p = newdocs_profiles["oc-eo-58-kh-ubnd"]
    hamlets = {t.year: t.value for t in p.targets if t.indicator.startswith("ấp được công nhận")}
    assert hamlets == {2025: "14/19", 2026: "17/19"}
    assert p.coordinators[0].text == "Phòng Văn hóa - Xã hội xã"
    assert any("60.000.000 đồng" in f.text for f in p.funding)
    assert [(m.kind, m.when) for m in p.milestones] == [("sơ kết", "tháng 9/2026")]


def test_each_reporting_line_keeps_its_own_deadlines(newdocs_profiles) -> None:
    dak_lak = newdocs_profiles["dak-lak-2374-sgddt-gdtx"]  # two subjects, two deadlines in one sentence
    communes = next(r for r in dak_lak.reporting if r.fact.reporters == ["Ủy ban nhân dân các xã, phường"])
    assert "12/11/2025" in communes.cite.text and "07/11/2025" not in communes.cite.text
    ha_tinh = newdocs_profiles["ha-tinh-05-kh-bcd"]
    districts = next(r for r in ha_tinh.reporting if r.fact.recipients == ["Ban Chỉ đạo"])
    assert "báo cáo quý I trước ngày 05/4/2024" in districts.cite.text
    assert "báo cáo năm gửi trước ngày 15/11/2024" in districts.cite.text
    oc_eo = newdocs_profiles["oc-eo-58-kh-ubnd"]
    assert oc_eo.reporting[0].fact.reporters == ["Ban nhân dân các ấp"]  # from its heading, not a default


def test_review_dates_are_events_not_cited_documents_or_report_deadlines(newdocs_profiles) -> None:
    hoa_thang = newdocs_profiles["hoa-thang-137-tb-ubnd"]
    assert [(m.kind, m.when) for m in hoa_thang.milestones] == [("sơ kết", "ngày 26/11/2024")]
    assert newdocs_profiles["lam-thao-187-pgddt-gdtx"].milestones == []  # "Công văn số 905/… ngày 12/5/2025"
    assert newdocs_profiles["chi-linh-06-kh-hkh"].milestones == []  # "báo cáo sơ kết 6 tháng trước ngày …"
    phu_cat = {(m.kind, m.when) for m in newdocs_profiles["phu-cat-142-kh-ubnd"].milestones}
    assert {("sơ kết", "tháng 10 năm 2025"), ("tổng kết", "quý IV năm 2030")} <= phu_cat


def test_decision_and_its_attached_plan(newdocs_profiles) -> None:
    plan = newdocs_profiles["tay-ninh-ke-hoach-05-2024"]
    assert not plan.draft  # no number of its own, issued by the decision
    assert plan.header[0].text == "Kế hoạch kèm theo Quyết định 1234/QĐ-UBND"
    assert {t.year: t.value for t in plan.targets if t.indicator.startswith("hộ gia đình")} == {
        2024: "65%", 2025: "70%", 2030: "80%"}
    decision = newdocs_profiles["tay-ninh-1234-qd-ubnd"]
    assert decision.header[0].text == "Quyết định số 1234/QĐ-UBND"
    assert decision.targets == [] and decision.phases == []


def test_point_thresholds_of_a_guideline_are_not_targets(newdocs_profiles) -> None:
    for doc_id in ("nghe-an-15-hd-hkh", "duy-xuyen-07-hd-hkh", "bac-giang-04-hd-hkh"):
        p = newdocs_profiles[doc_id]
        assert p.targets == [], (doc_id, p.targets)
        assert p.phases == []


# --- finding a document -----------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["binh-duong-151-kh-ubnd", "151/KH-UBND", "151", "151/kh-ubnd", "Kế hoạch 151",
                                 "binh-duong-151"])
def test_find_document_by_id_number_or_prefix(corpus_library, ref: str) -> None:
    assert find_document(corpus_library, ref).doc_id == "binh-duong-151-kh-ubnd"


def test_find_document_ambiguous_and_unknown(corpus_library, newdocs_library) -> None:
    with pytest.raises(AmbiguousDocument) as ambiguous:
        find_document(newdocs_library, "45")
    assert set(ambiguous.value.candidates) == {"tan-trao-45-qd-ubnd", "vinh-thanh-45-kh-ubnd", "trung-luong-45-kh-ubnd"}
    assert "tan-trao-45-qd-ubnd" in str(ambiguous.value)
    assert find_document(newdocs_library, "QĐ 45").doc_id == "tan-trao-45-qd-ubnd"
    with pytest.raises(AmbiguousDocument) as plans:  # two plans numbered 45: the kind alone does not tell them
        find_document(newdocs_library, "45/KH")
    assert set(plans.value.candidates) == {"vinh-thanh-45-kh-ubnd", "trung-luong-45-kh-ubnd"}
    assert find_document(newdocs_library, "vinh-thanh-45").doc_id == "vinh-thanh-45-kh-ubnd"
    with pytest.raises(AmbiguousDocument):
        find_document(corpus_library, "binh-duong")
    with pytest.raises(DocumentNotFound) as missing:
        find_document(corpus_library, "999/KH-UBND")
    assert "xhht docs" in str(missing.value) and "\n" not in str(missing.value)
    with pytest.raises(DocumentNotFound):
        build_profile(corpus_library, "khong-co-van-ban-nay")
