from __future__ import annotations

from types import SimpleNamespace

from assistant.web.render import (
    answer_markdown,
    citation_card,
    copy_text,
    document_rows,
    document_text,
    find_context,
    highlight,
    md_text,
    sources_panel,
)
from assistant.web.reports import clause_view, deadline_rows, reporting_diagram
from index.documents import DocumentMeta
from index.sections import Chunk

XSS = "<script>window.__xss=1</script>"


def _doc(**kw) -> DocumentMeta:
    base = dict(doc_id="d1", source="a.txt", kind="Kế hoạch", number="151/KH-UBND", issuer="Ủy ban nhân dân tỉnh X",
                locality="X", level="tỉnh", date="15/01/2024", title="Tiêu đề", symbol="KH-UBND", year=2024)
    base.update(kw)
    return DocumentMeta(**base)


def _chunk(text: str, section: str = "VII. Tổ chức thực hiện", ordinal: int = 0) -> Chunk:
    return Chunk(chunk_id=f"d1:{ordinal}", doc_id="d1", source="a.txt", section=section, ordinal=ordinal, text=text,
                 index_text=text)


def test_md_text_escapes_html_and_markdown() -> None:
    out = md_text(XSS + " *đậm* [x](javascript:alert(1))")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "\\*đậm\\*" in out
    assert "\\[x\\]\\(javascript" in out


def test_answer_markdown_links_markers_and_keeps_bullets() -> None:
    md = answer_markdown("Trước ngày 20 tháng 11. [1]\n- “Trích <b>dẫn</b>” [2]", turn=3)
    assert "[\\[1\\]](#xhht-cite-3-1)" in md
    assert "[\\[2\\]](#xhht-cite-3-2)" in md
    assert md.splitlines()[1].startswith("- ")
    assert "<b>" not in md


def test_highlight_marks_quote_inside_context_and_escapes() -> None:
    context = "Đoạn trước <i>.\nĐịnh kỳ trước ngày 20 tháng 11 hằng năm, gửi báo cáo.\nĐoạn sau."
    out = highlight(context, "trước ngày 20  tháng 11 hằng năm, gửi báo cáo")
    assert "<mark>trước ngày 20 tháng 11 hằng năm, gửi báo cáo</mark>" in out
    assert "&lt;i&gt;" in out and "<i>" not in out
    missing = highlight("khác hẳn", XSS)
    assert "<script>" not in missing and "&lt;script&gt;" in missing


def test_find_context_prefers_the_cited_section() -> None:
    chunks = [_chunk("gửi báo cáo về Sở", "A", 0), _chunk("Nội dung: gửi báo cáo về Sở.", "B", 1)]
    assert find_context(chunks, "B", "gửi báo cáo về Sở") == "Nội dung: gửi báo cáo về Sở."
    assert find_context(chunks, "C", "gửi báo cáo về Sở") == "gửi báo cáo về Sở"
    assert find_context(chunks, "A", "không có") is None


def test_citation_card_shows_document_number_date_section_and_escapes() -> None:
    card = citation_card({"n": 1, "section": "VII › 11. " + XSS, "quote": "gửi báo cáo", "source": "a.txt"}, 2,
                         _doc(title=XSS), "Định kỳ gửi báo cáo về Sở.")
    assert "id='xhht-cite-2-1'" in card
    for text in ("151/KH-UBND", "15/01/2024", "Ủy ban nhân dân tỉnh X", "<mark>gửi báo cáo</mark>"):
        assert text in card
    assert "<script>" not in card


def test_sources_panel_newest_first_and_escaped() -> None:
    panel = sources_panel([{"question": "một"}, {"question": XSS}], [["<p>c1</p>"], []])
    assert panel.index("Câu hỏi 2") < panel.index("Câu hỏi 1")
    assert "<script>" not in panel
    assert "Bấm vào" in sources_panel([], [])


def test_copy_text_lists_sources() -> None:
    text = copy_text("Trả lời [1]", [{"n": 1, "label": "Kế hoạch 151/KH-UBND", "section": "VII", "quote": "q"}])
    assert text.splitlines()[0] == "Trả lời [1]"
    assert "[1] Kế hoạch 151/KH-UBND — mục VII: “q”" in text


def test_document_rows_and_text() -> None:
    doc = _doc(number=None, title=XSS)
    rows = document_rows([doc], {"d1": 2})
    assert rows[0][1] == "chưa có số" and rows[0][6] == 2
    html = document_text(doc, [_chunk("Đoạn 1\nĐoạn 2", "I. A", 0), _chunk("Đoạn 2\nĐoạn 3 " + XSS, "I. A", 1)])
    assert html.count("Đoạn 2") == 1
    assert "<h4>I. A</h4>" in html and "<script>" not in html


def _fact(**kw) -> SimpleNamespace:
    base = dict(doc_id="d1", source="a.txt", section="VII › 11", quote="Trước ngày 20/11 gửi báo cáo " + XSS,
                reporters=["UBND các huyện"], recipients=["Sở GD&ĐT"], channel="", what="kết quả",
                deadline="20/11", deadline_text="trước ngày 20 tháng 11", recurrence="hằng năm",
                onward=["UBND tỉnh"])
    base.update(kw)
    return SimpleNamespace(**base)


def _milestone(**kw) -> SimpleNamespace:
    base = dict(doc_id="d1", source="a.txt", section="V", quote="sơ kết vào năm 2025", kind="sơ kết", label="Sơ kết",
                year=2025, sort_key="2025-12-31", when="năm 2025")
    base.update(kw)
    return SimpleNamespace(**base)


def test_reporting_diagram_draws_reporter_recipient_and_deadline() -> None:
    html = reporting_diagram([_doc()], [_fact()])
    assert html.index("UBND các huyện") < html.index("Sở GD&amp;ĐT") < html.index("UBND tỉnh")
    assert "trước ngày 20 tháng 11" in html and "hằng năm" in html
    assert "<script>" not in html
    assert "Chưa tìm thấy" in reporting_diagram([_doc()], [])


def test_deadline_rows_sorted_and_linked_to_clause() -> None:
    rows = deadline_rows([_fact(), _fact(deadline="", deadline_text="")],
                         [_milestone(), _milestone(sort_key="2030-12-31", kind="tổng kết", when="năm 2030")])
    assert [r.kind for r in rows] == ["hạn báo cáo", "sơ kết", "tổng kết"]
    assert rows[0].sort_key == "(hằng năm) 11-20"
    view = clause_view(rows[0], _doc(), [_chunk("Mở đầu. Trước ngày 20/11 gửi báo cáo " + XSS)])
    assert "<mark>" in view and "<script>" not in view and "151/KH-UBND" in view
    assert "&lt;script&gt;window.__xss=1" in view
