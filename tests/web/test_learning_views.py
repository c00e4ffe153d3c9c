"""The logic behind the "Học & ôn tập" and "Họp nhanh" tabs, on the real corpus index (no browser)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from assistant.web.live import LiveLibrary
from assistant.web.tab_meeting import BY_DOC, BY_PLACE, MeetingView
from assistant.web.tab_study import CardView, QuizView
from index.settings import Settings

PLAN_151 = "binh-duong-151-kh-ubnd"


@pytest.fixture
def live(corpus_settings: Settings) -> LiveLibrary:
    library = LiveLibrary(corpus_settings)
    yield library
    library.close()


def test_card_shows_every_section_and_opens_clauses(live: LiveLibrary) -> None:
    html = CardView(live).card(PLAN_151)
    for title in ("Mục đích", "Giai đoạn", "Luồng báo cáo", "Phân công", "Mốc sơ kết, tổng kết"):
        assert f"<h4>{title}</h4>" in html
    assert "20 tháng 11" in html and "<mark>" in html
    assert html.count("<details class='xhht-line'>") >= 10
    assert "xhht-flow" in html  # the reporting diagram


def test_card_of_unknown_document_is_one_line(live: LiveLibrary) -> None:
    html = CardView(live).card("khong-co-van-ban-nay")
    assert "xhht-error" in html and "Traceback" not in html


def test_lookup_escapes_and_marks(live: LiveLibrary) -> None:
    view = MeetingView(live)
    html = view.lookup("bao cao truoc ngay 20 thang 11")
    assert "151/KH-UBND" in html
    assert re.search(r"<mark>[^<]*ngày</mark>", html)
    assert "<script" not in view.lookup("<script>alert(1)</script>")
    assert "Gõ vài chữ" in view.lookup("")


def test_brief_by_document_and_by_place_make_one_page_files(live: LiveLibrary) -> None:
    view = MeetingView(live)
    html, docx_path, pdf_path = view.brief(BY_DOC, PLAN_151, None, "01/10/2024")
    assert "20/11/2024" in html and docx_path and pdf_path
    assert any("20/11/2024" in p.text for p in Document(docx_path).paragraphs)
    assert Path(pdf_path).read_bytes().startswith(b"%PDF")
    html, _, _ = view.brief(BY_PLACE, None, "Ha Nam", "2024-10-01")
    assert "05/12/2024" in html
    html, docx_path, pdf_path = view.brief(BY_DOC, PLAN_151, None, "31/02/2024")
    assert "không hợp lệ" in html and docx_path is None and pdf_path is None
    html, _, _ = view.brief(BY_PLACE, None, "Atlantis", "")
    assert "xhht-error" in html


def test_comparison_exports_csv_and_xlsx(live: LiveLibrary) -> None:
    rows, headers, sources, csv_path, xlsx_path = MeetingView(live).comparison(
        ["ninh-binh-kh-ubnd-12-2023", "ha-nam-kh-ubnd-2024"])
    assert headers[0] == "Mục" and len(headers) == 3
    deadlines = next(r for r in rows if r[0].startswith("Hạn báo cáo"))
    assert "30/12" in deadlines[1] or "30 tháng 12" in deadlines[1]
    assert "05/12" in deadlines[2] or "05 tháng 12" in deadlines[2]
    assert "<details" in sources
    with open(csv_path, encoding="utf-8-sig") as fh:
        assert any("Hạn báo cáo" in cell for row in csv.reader(fh) for cell in row)
    sheet = openpyxl.load_workbook(xlsx_path).worksheets[0]
    assert sheet.cell(1, 1).value == "Mục"


def test_quiz_session_scores_and_exports(live: LiveLibrary, corpus_settings: Settings) -> None:
    view = QuizView(live, corpus_settings)
    session, error = view.start(PLAN_151, 3, "Lan")
    assert session is not None and not error and len(session) == 3
    for i, item in enumerate(session.items):
        html, options = view.question(session, i)
        assert "Câu" in html and len(options) == 4
        choice = item.answer if i < 2 else (item.answer + 1) % 4
        feedback = view.feedback(session, i, choice)
        assert ("Đúng" in feedback) == (i < 2)
        assert "<mark>" in feedback
    assert "2/3" in view.score(session)
    with open(view.export(), encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    none, error = view.start("khong-co", 3, "")
    assert none is None and "xhht-error" in error
