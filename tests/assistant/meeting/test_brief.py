"""The one-page meeting brief on the real index of docs_src: deadlines of the next 3 months (yearly ones rolled
over), current-phase targets, coordinators, next sơ kết / tổng kết; DOCX and PDF on one A4 page; the command.

Expected values were read from the seed documents:
- Kế hoạch 151/KH-UBND (Bình Dương), VII.11: UBND các huyện, thị xã, thành phố report to Sở Giáo dục và Đào tạo
  "định kỳ trước ngày 20 tháng 11 hàng năm"; V.1: sơ kết "vào năm 2025"; V.2: tổng kết "vào năm 2030".
- Kế hoạch 3853/KH-UBND (Bình Dương): targets to 2025 (70% "Gia đình học tập") and to 2030 (80%);
  hội nghị sơ kết "vào quý II năm 2026".
- Kế hoạch of Hà Nam (draft): "Trước ngày 05 tháng 12 hằng năm, các đơn vị báo cáo … về Sở Giáo dục và Đào tạo
  và Sở Nội vụ".
- Kế hoạch of Ninh Bình (draft): "Trước ngày 30 tháng 12 hàng năm, … báo cáo … về Sở Giáo dục và Đào tạo".
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.commands.brief import brief_cmd
from assistant.meeting.brief import Brief, BriefSection, add_months, build_brief
from assistant.meeting.brief_slots import MeetingScopeError, UnknownLocality, read_slots
from assistant.meeting.export import export_brief, fit, page_count, write_docx
from assistant.study.profile import DocumentNotFound
from evals.harness import SourceTexts
from evals.scoring import quote_in_source
from index.errors import XhhtError
from index.store import Library
from tests.conftest import DOCS_SRC

OCT_2024 = date(2024, 10, 1)
DEC_2026 = date(2026, 12, 2)
SO_GDDT = "Sở Giáo dục và Đào tạo"


@pytest.fixture(scope="session")
def library(corpus_library: Library) -> Library:
    return corpus_library


def _section(brief: Brief, key: str) -> BriefSection:
    return next(s for s in brief.sections if s.key == key)


def _deadlines(brief: Brief) -> dict[date, str]:
    return {line.when: line.text for line in _section(brief, "deadlines").lines}


def test_binh_duong_in_october_2024_has_the_20_november_report_with_who_and_whom(library: Library) -> None:
    brief = build_brief(library, locality="binh duong", today=OCT_2024)  # typed without diacritics
    assert brief.title == "Họp nhanh — tỉnh Bình Dương"
    assert {d.doc_id for d in brief.documents} == {"binh-duong-09-cv-hkh", "binh-duong-151-kh-ubnd",
                                                    "binh-duong-3853-kh-ubnd"}
    assert brief.until == date(2025, 1, 1)
    deadlines = _deadlines(brief)
    assert list(deadlines) == [date(2024, 11, 20)]
    line = deadlines[date(2024, 11, 20)]
    assert line.startswith("20/11/2024 (hằng năm): Ủy ban nhân dân các huyện, thị xã, thành phố → Sở Giáo dục và Đào tạo")
    assert "trước ngày 20 tháng 11 hàng năm" in line


def test_a_yearly_deadline_rolls_over_and_drops_out_of_the_window(library: Library) -> None:
    slots = read_slots(library, library.documents_by_id["binh-duong-151-kh-ubnd"])
    (deadline,) = slots.deadlines
    assert (deadline.day, deadline.month, deadline.year, deadline.recurrence) == (20, 11, None, "hằng năm")
    assert deadline.next_date(date(2024, 11, 20)) == date(2024, 11, 20)
    assert deadline.next_date(date(2024, 11, 21)) == date(2025, 11, 20)
    assert deadline.next_date(DEC_2026) == date(2027, 11, 20)
    # on 2 December 2026 the next 20 November is eleven months away: no deadline for Bình Dương
    brief = build_brief(library, locality="Bình Dương", today=DEC_2026)
    assert _deadlines(brief) == {}
    assert _section(brief, "deadlines").empty.startswith("Không có hạn chót nào từ 02/12/2026 đến 02/03/2027")


def test_december_2026_rolls_the_2023_and_2024_plans_deadlines_over_to_2026(library: Library) -> None:
    ninh_binh = _deadlines(build_brief(library, locality="ninh binh", today=DEC_2026))
    assert list(ninh_binh) == [date(2026, 12, 30)]
    assert "→ Sở Giáo dục và Đào tạo" in ninh_binh[date(2026, 12, 30)]
    assert "Trước ngày 30 tháng 12 hàng năm" in ninh_binh[date(2026, 12, 30)]
    ha_nam = _deadlines(build_brief(library, locality="Hà Nam", today=DEC_2026))
    assert list(ha_nam) == [date(2026, 12, 5)]
    assert ha_nam[date(2026, 12, 5)].startswith("05/12/2026 (hằng năm): các đơn vị → Sở Giáo dục và Đào tạo; Sở Nội vụ")


def test_the_three_month_window_includes_its_last_day_and_nothing_after(library: Library) -> None:
    assert add_months(date(2024, 9, 5), 3) == date(2024, 12, 5)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert list(_deadlines(build_brief(library, locality="Hà Nam", today=date(2024, 9, 5)))) == [date(2024, 12, 5)]
    assert _deadlines(build_brief(library, locality="Hà Nam", today=date(2024, 9, 4))) == {}
    assert _deadlines(build_brief(library, locality="Hà Nam", today=date(2024, 12, 6))) == {}


def test_targets_follow_the_current_phase_or_the_nearest_target_year(library: Library) -> None:
    early = _section(build_brief(library, locality="Bình Dương", today=OCT_2024), "targets").lines
    texts = [(ln.doc_id, ln.text) for ln in early]
    assert ("binh-duong-151-kh-ubnd", "Giai đoạn hiện tại: Giai đoạn 1 (2023–2025)") in texts
    assert ("binh-duong-151-kh-ubnd", "Văn bản không nêu chỉ tiêu cho Giai đoạn 1 (2023–2025).") in texts
    plan_3853 = [t for d, t in texts if d == "binh-duong-3853-kh-ubnd"]
    assert plan_3853 and all(t.startswith("Năm 2025: ") for t in plan_3853)
    assert any(t.startswith("Năm 2025: 70% — gia đình") and "Gia đình học tập" in t for t in plan_3853)
    late = _section(build_brief(library, locality="Bình Dương", today=DEC_2026), "targets").lines
    texts = [(ln.doc_id, ln.text) for ln in late]
    assert ("binh-duong-151-kh-ubnd", "Giai đoạn hiện tại: Giai đoạn 2 (2026–2030)") in texts
    plan_3853 = [t for d, t in texts if d == "binh-duong-3853-kh-ubnd"]
    assert plan_3853 and all(t.startswith("Năm 2030: ") for t in plan_3853)
    assert any(t.startswith("Năm 2030: 80% — gia đình") for t in plan_3853)


def test_coordinators_and_the_next_reviews(library: Library) -> None:
    brief = build_brief(library, doc_id="151/KH-UBND", today=OCT_2024)
    coordinators = [ln.text for ln in _section(brief, "coordinators").lines]
    assert coordinators[0].startswith(f"{SO_GDDT} (chủ trì): Chủ trì")
    assert any(t.startswith("Sở Nội vụ (chủ trì)") for t in coordinators)
    reviews = [ln.text for ln in _section(brief, "reviews").lines]
    assert reviews[0].startswith("Sơ kết năm 2025 — ") and reviews[1].startswith("Tổng kết năm 2030 — ")
    later = [ln.text for ln in _section(build_brief(library, doc_id="151", today=DEC_2026), "reviews").lines]
    assert len(later) == 1 and later[0].startswith("Tổng kết năm 2030")
    plan_3853 = [ln.text for ln in _section(build_brief(library, doc_id="3853/KH-UBND", today=OCT_2024),
                                            "reviews").lines]
    assert plan_3853[0].startswith("Sơ kết quý II năm 2026")


def test_every_line_of_every_brief_is_cited_verbatim(library: Library) -> None:
    sources = SourceTexts(DOCS_SRC)
    checked = 0
    for doc in library.documents:
        for day in (OCT_2024, DEC_2026, date(2025, 9, 15)):
            brief = build_brief(library, doc_id=doc.doc_id, today=day)
            for section in brief.sections:
                for line in section.lines:
                    uncited = line.text.startswith("Văn bản không nêu")
                    assert uncited or line.citations, (doc.doc_id, line.text)
                    for c in line.citations:
                        assert quote_in_source(c.quote, sources.get(c.source)), (doc.doc_id, c.quote)
                        checked += 1
    assert checked > 40


def test_unknown_places_and_documents_are_small_errors_in_vietnamese(library: Library) -> None:
    with pytest.raises(UnknownLocality, match="Thư viện không có văn bản nào của địa phương “Hà Giang”"):
        build_brief(library, locality="Hà Giang", today=OCT_2024)
    with pytest.raises(DocumentNotFound, match="Không tìm thấy văn bản «999/KH-UBND»"):
        build_brief(library, doc_id="999/KH-UBND", today=OCT_2024)
    with pytest.raises(MeetingScopeError):
        build_brief(library, today=OCT_2024)
    assert issubclass(UnknownLocality, XhhtError) and issubclass(DocumentNotFound, XhhtError)


def _pdf_pages(pdf: Path, tmp_path: Path) -> int:
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")], check=True)
    return len(list(tmp_path.glob("page*.png")))


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def test_pdf_and_docx_are_one_a4_page_with_the_deadlines_in_vietnamese(library: Library, tmp_path: Path) -> None:
    from docx import Document
    from docx.shared import Mm

    brief = build_brief(library, locality="Bình Dương", today=OCT_2024)
    pdf = export_brief(brief, tmp_path / "hop-nhanh.pdf")
    assert _pdf_pages(pdf, tmp_path) == 1
    text = _pdf_text(pdf)
    assert "Họp nhanh — tỉnh Bình Dương" in text
    assert "20/11/2024 (hằng năm)" in text
    assert "Sở Giáo dục và Đào tạo" in text and "Ủy ban nhân dân các huyện" in text
    assert "Nguồn:" in text and "Kế hoạch 151/KH-UBND" in text
    docx_path = export_brief(brief, tmp_path / "hop-nhanh.docx")
    doc = Document(str(docx_path))
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Họp nhanh — tỉnh Bình Dương" in body
    assert "20/11/2024 (hằng năm): Ủy ban nhân dân các huyện, thị xã, thành phố → Sở Giáo dục và Đào tạo" in body
    assert "w:br" not in doc.element.xml.replace("w:brk", "")  # no page break of ours
    with pytest.raises(XhhtError, match=r"\.docx hoặc \.pdf"):
        export_brief(brief, tmp_path / "hop-nhanh.txt")


def test_a_brief_too_long_for_a_page_is_shrunk_and_cut_to_one_page(library: Library, tmp_path: Path) -> None:
    """Every document's brief merged into one: the fit must shrink fonts and cut lists, saying what it cut."""
    parts = [build_brief(library, doc_id=d.doc_id, today=OCT_2024) for d in library.documents]
    sections = [BriefSection(s.key, s.title, [ln for p in parts for ln in p.sections[i].lines], s.empty)
                for i, s in enumerate(parts[0].sections)]
    big = Brief("Họp nhanh — toàn bộ thư viện", "toàn bộ", OCT_2024, add_months(OCT_2024, 3),
                [d for p in parts for d in p.documents], sections)
    layout, pdf_bytes = fit(big)
    assert page_count(pdf_bytes) == 1
    assert layout.cap is not None and layout.size < 10
    shown = [ln.text for placed in layout.sections for ln in placed.lines]
    assert any(t.startswith("… và ") and t.endswith(" mục khác") for t in shown)
    pdf = tmp_path / "big.pdf"
    pdf.write_bytes(pdf_bytes)
    assert _pdf_pages(pdf, tmp_path) == 1
    assert "20/11/2024 (hằng năm)" in _pdf_text(pdf)  # the nearest deadlines are kept
    docx_path = write_docx(big, tmp_path / "big.docx", layout)
    assert docx_path.stat().st_size > 0


def test_brief_command_prints_writes_and_fails_in_one_vietnamese_line(corpus_home: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XHHT_HOME", str(corpus_home))
    runner = CliRunner()
    shown = runner.invoke(brief_cmd, ["--locality", "Ninh Binh", "--today", "2026-12-02"])
    assert shown.exit_code == 0, shown.output
    assert shown.output.startswith("Họp nhanh — tỉnh Ninh Bình\n")
    assert "30/12/2026 (hằng năm)" in shown.output and "NGUỒN" in shown.output
    out = tmp_path / "nb.pdf"
    written = runner.invoke(brief_cmd, ["--doc", "ninh-binh-kh-ubnd-12-2023", "--out", str(out),
                                        "--today", "2026-12-02"])
    assert written.exit_code == 0, written.output
    assert "30/12/2026" in _pdf_text(out)
    missing = runner.invoke(brief_cmd, ["--locality", "Hà Giang"])
    assert missing.exit_code == 1
    assert missing.output.strip() == "Error: Thư viện không có văn bản nào của địa phương “Hà Giang”; xem danh sách bằng «xhht docs»."
    both = runner.invoke(brief_cmd, ["--doc", "151", "--locality", "Bình Dương"])
    assert both.exit_code == 2 and "--doc hoặc --locality" in both.output
    bad_day = runner.invoke(brief_cmd, ["--doc", "151", "--today", "02/12/2026"])
    assert bad_day.exit_code == 2 and "YYYY-MM-DD" in bad_day.output
