"""Word text python-docx's Paragraph.text leaves out: tracked changes, content controls, smart tags, fields,
text boxes, nested tables; and what a reader does not see (deleted text, a table of contents) stays out."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from index.loaders import load_file
from index.pipeline import parse_source

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BOX_NS = (
    f"{W_NS} "
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(inner: str, ns: str = W_NS) -> object:
    return parse_xml(f"<w:p {ns}>{inner}</w:p>")


def save(doc, path: Path) -> Path:
    doc.save(str(path))
    return path


def body_append(doc, element) -> None:
    """Append a block before the section properties, where Word keeps the body's blocks."""
    doc.element.body.sectPr.addprevious(element)


def text_box(text: str) -> str:
    """A run holding a text box the way Word 2010+ writes it: the drawing, and a VML copy for old readers."""
    content = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def test_a_drafts_tracked_insertions_are_read_and_its_deletions_are_not(tmp_path: Path) -> None:
    doc = Document()
    body_append(
        doc,
        paragraph(
            run("Hội Khuyến học xã báo cáo Ủy ban nhân dân xã trước ngày ")
            + '<w:del w:id="1" w:author="A"><w:r><w:delText>30 tháng 9</w:delText></w:r></w:del>'
            + f'<w:ins w:id="2" w:author="A">{run("15 tháng 10")}</w:ins>'
            + run(" hằng năm.")
        ),
    )
    body_append(
        doc,
        paragraph(
            f'<w:moveFrom w:id="3" w:author="A">{run("Báo cáo gửi qua bưu điện.")}</w:moveFrom>'
            + f'<w:moveTo w:id="4" w:author="A">{run("Báo cáo gửi qua Hệ thống quản lý văn bản.")}</w:moveTo>'
        ),
    )
    text = load_file(save(doc, tmp_path / "du-thao.docx")).text
    assert "trước ngày 15 tháng 10 hằng năm." in text
    assert "30 tháng 9" not in text
    assert "Báo cáo gửi qua Hệ thống quản lý văn bản." in text
    assert "bưu điện" not in text


def test_content_controls_smart_tags_and_fields_are_read_in_order(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    # a template's number field: a paragraph inside a block-level content control
    body_append(doc, parse_xml(f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:p>{run('Số: 45/KH-UBND')}</w:p></w:sdtContent></w:sdt>"))
    body_append(
        doc,
        paragraph(
            run("Hạn nộp: ")
            + f"<w:sdt><w:sdtPr/><w:sdtContent>{run('ngày 20 tháng 11 năm 2025')}</w:sdtContent></w:sdt>"
            + run(", tại ")
            + f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">{run("xã An Nghiệp")}</w:smartTag>'
            + run(", ")
            + f'<w:fldSimple w:instr=" DOCPROPERTY Company ">{run("Ủy ban nhân dân xã")}</w:fldSimple>'
            + run(" tổng hợp.")
        ),
    )
    body_append(doc, parse_xml(f"<w:customXml {W_NS} w:element='plan'><w:p>{run('Trên đây là Kế hoạch.')}</w:p></w:customXml>"))
    text = load_file(save(doc, tmp_path / "mau.docx")).text
    assert "Hạn nộp: ngày 20 tháng 11 năm 2025, tại xã An Nghiệp, Ủy ban nhân dân xã tổng hợp." in text
    order = ["KẾ HOẠCH", "Số: 45/KH-UBND", "Hạn nộp:", "Trên đây là Kế hoạch."]
    positions = [text.index(piece) for piece in order]
    assert positions == sorted(positions)


def test_a_table_of_contents_is_not_read_as_headings(tmp_path: Path) -> None:
    doc = Document()
    body_append(
        doc,
        parse_xml(
            f"<w:sdt {W_NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/></w:docPartObj></w:sdtPr>"
            f"<w:sdtContent><w:p>{run('I. MỤC ĐÍCH, YÊU CẦU')}<w:r><w:tab/><w:t>3</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    doc.styles.add_style("toc 2", WD_STYLE_TYPE.PARAGRAPH)
    doc.add_paragraph("II. NHIỆM VỤ\t5", style="toc 2")
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    doc.add_paragraph("II. NHIỆM VỤ")
    text = load_file(save(doc, tmp_path / "muc-luc.docx")).text
    assert text.count("MỤC ĐÍCH, YÊU CẦU") == 1
    assert text.count("NHIỆM VỤ") == 1


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    doc = Document()
    body_append(doc, paragraph(run("Nơi nhận:") + text_box("Chi hội khuyến học các thôn"), BOX_NS))
    doc.add_paragraph("Lưu: VT.")
    text = load_file(save(doc, tmp_path / "hop-chu.docx")).text
    assert text.count("Chi hội khuyến học các thôn") == 1
    assert text.index("Nơi nhận:") < text.index("Chi hội khuyến học các thôn") < text.index("Lưu: VT.")


def test_a_table_nested_in_a_cell_is_read_row_by_row(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu năm 2025"
    inner = table.cell(0, 1).add_table(rows=2, cols=2)
    for r, (name, value) in enumerate([("Gia đình học tập", "70%"), ("Dòng họ học tập", "60%")]):
        inner.cell(r, 0).text = name
        inner.cell(r, 1).text = value
    text = load_file(save(doc, tmp_path / "bang-long.docx")).text
    assert "Gia đình học tập; 70%" in text
    assert "Dòng họ học tập; 60%" in text
    assert text.index("Chỉ tiêu năm 2025") < text.index("Gia đình học tập; 70%")


def test_a_template_number_in_a_content_control_reaches_the_metadata(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("ỦY BAN NHÂN DÂN XÃ HÒA THẮNG")
    body_append(doc, parse_xml(f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:p>{run('Số: 45/KH-UBND')}</w:p></w:sdtContent></w:sdt>"))
    doc.add_paragraph("Hòa Thắng, ngày 10 tháng 3 năm 2025")
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Xây dựng xã hội học tập năm 2025")
    body_append(
        doc,
        paragraph(
            run("1. Hội Khuyến học xã báo cáo kết quả về Ủy ban nhân dân xã trước ngày ")
            + f'<w:ins w:id="2" w:author="A">{run("15 tháng 10")}</w:ins>'
            + run(" hằng năm.")
        ),
    )
    path = save(doc, tmp_path / "hoa-thang.docx")
    metas, chunks = parse_source(path, path.name, 10**7)
    assert [(m.number, m.kind) for m in metas] == [("45/KH-UBND", "Kế hoạch")]
    assert any("trước ngày 15 tháng 10 hằng năm" in c.text for c in chunks)


def test_equal_neighbouring_cells_both_stay_and_a_merged_cell_comes_once(tmp_path: Path) -> None:
    doc = Document()
    table = doc.add_table(rows=3, cols=4)
    table.cell(0, 0).text = "TT"
    table.cell(0, 1).text = "Chỉ tiêu"
    merged = table.cell(0, 2).merge(table.cell(0, 3))
    merged.text = "Số huyện đạt chuẩn"
    for column, value in enumerate(["1", "Xóa mù chữ mức độ 2", "10/10", "10/10"]):
        table.cell(1, column).text = value
    for column, value in enumerate(["2", "Phổ cập giáo dục", "9/10", "10/10"]):
        table.cell(2, column).text = value
    lines = load_file(save(doc, tmp_path / "chi-tieu.docx")).text.splitlines()
    assert "TT | Chỉ tiêu | Số huyện đạt chuẩn" in lines
    assert "1 | Xóa mù chữ mức độ 2 | 10/10 | 10/10" in lines  # two years with the same figure
    assert "2 | Phổ cập giáo dục | 9/10 | 10/10" in lines
