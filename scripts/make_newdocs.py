"""Write the two binary evaluation documents of evals/docs-new/ from the content held below.

    python scripts/make_newdocs.py

- hai-duong_KH-HKH_2025.docx: a plan of Hội Khuyến học thành phố Chí Linh whose headings and list items
  carry Word automatic numbering (w:numPr -> an abstractNum added to numbering.xml: I. / 1. / a)), the
  numbers are not in the text; the targets are a Word table.
- long-an_KH-UBND_2024.pdf: a plan of UBND huyện Cần Giuộc whose header and signature block are
  borderless two-column tables (reportlab, DejaVuSans so Vietnamese renders).

The content is written here and nowhere else: evaluation questions quote it (evals/questions-newdocs-b.jsonl).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "evals" / "docs-new"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------------------------
# 3. DOCX — Hội Khuyến học thành phố Chí Linh (tỉnh Hải Dương), Kế hoạch số 06/KH-HKH, 10/01/2025.
# Kinds: "c" centred, "cb" centred bold, "p" body, "n0"/"n1"/"n2" auto-numbered at that level
# (upperRoman "I." / decimal "1." / lowerLetter "a)"), "table" a list of rows (first = header).
# ---------------------------------------------------------------------------------------------
CHI_LINH = [
    ("cb", "HỘI KHUYẾN HỌC TỈNH HẢI DƯƠNG"),
    ("cb", "HỘI KHUYẾN HỌC THÀNH PHỐ CHÍ LINH"),
    ("c", "Số: 06/KH-HKH"),
    ("cb", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("cb", "Độc lập - Tự do - Hạnh phúc"),
    ("c", "Chí Linh, ngày 10 tháng 01 năm 2025"),
    ("cb", "KẾ HOẠCH"),
    ("cb", "Hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025"),
    ("p", "Thực hiện Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ ban hành Kế hoạch "
          "tổ chức triển khai thực hiện Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập "
          "suốt đời giai đoạn 2023 - 2030” và Chương trình công tác năm 2025 của Hội Khuyến học tỉnh Hải Dương; "
          "căn cứ kết quả hoạt động năm 2024, Ban Thường vụ Hội Khuyến học thành phố Chí Linh xây dựng Kế hoạch "
          "hoạt động năm 2025 như sau:"),
    ("n0", "MỤC ĐÍCH, YÊU CẦU"),
    ("n1", "Mục đích"),
    ("p", "Tiếp tục đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố; "
          "nâng cao chất lượng các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, "
          "“Đơn vị học tập” và “Công dân học tập”, góp phần xây dựng thành phố Chí Linh thành đô thị học tập."),
    ("n1", "Yêu cầu"),
    ("p", "Hội Khuyến học các xã, phường, các chi hội khuyến học cơ quan, trường học xây dựng kế hoạch sát với "
          "thực tế, có chỉ tiêu cụ thể; việc đánh giá, công nhận các danh hiệu học tập phải thực chất, "
          "đúng hướng dẫn của Hội Khuyến học Việt Nam."),
    ("n0", "CHỈ TIÊU NĂM 2025"),
    ("p", "Ban Thường vụ Hội Khuyến học thành phố xác định các chỉ tiêu chủ yếu năm 2025 như sau:"),
    ("table", [
        ("Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024", "Kế hoạch năm 2025"),
        ("Gia đình học tập", "% số hộ", "78%", "80%"),
        ("Dòng họ học tập", "Dòng họ", "265", "280"),
        ("Cộng đồng học tập cấp thôn, khu dân cư", "% số thôn, khu dân cư", "70%", "75%"),
        ("Đơn vị học tập", "% số cơ quan, đơn vị", "85%", "90%"),
        ("Hội viên khuyến học", "Người", "41.500", "43.000"),
        ("Quỹ khuyến học toàn thành phố", "Tỷ đồng", "6,8", "7,5"),
    ]),
    ("n0", "NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("n1", "Công tác tuyên truyền"),
    ("n2", "Phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao thành phố duy trì chuyên mục “Khuyến học - "
           "Khuyến tài”, phát sóng 01 lần/tháng trên hệ thống truyền thanh của thành phố."),
    ("n2", "Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” năm 2025 vào tháng 10 năm 2025, phối hợp với "
           "Phòng Giáo dục và Đào tạo thành phố."),
    ("n1", "Xây dựng các mô hình học tập"),
    ("n2", "Hướng dẫn Hội Khuyến học các xã, phường tổ chức cho hộ gia đình, dòng họ, thôn, khu dân cư đăng ký "
           "xây dựng danh hiệu; việc đăng ký hoàn thành trước ngày 31/3/2025."),
    ("n2", "Phối hợp với Phòng Giáo dục và Đào tạo thành phố đánh giá, công nhận “Đơn vị học tập” đối với các "
           "trường học và “Công dân học tập” đối với cán bộ, giáo viên."),
    ("n1", "Phát triển hội viên và quỹ khuyến học"),
    ("n2", "Kết nạp ít nhất 1.500 hội viên mới trong năm 2025, ưu tiên hội viên trẻ và doanh nhân."),
    ("n2", "Năm 2025, Hội Khuyến học thành phố trao 150 suất học bổng “Vượt khó học giỏi”, mỗi suất trị giá "
           "1.000.000 đồng, cho học sinh có hoàn cảnh khó khăn đạt thành tích cao trong học tập."),
    ("n1", "Phối hợp với các Trung tâm học tập cộng đồng"),
    ("n2", "Hội Khuyến học các xã, phường phối hợp với Trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề "
           "trong năm, trong đó có chuyên đề về kỹ năng số cho người cao tuổi."),
    ("n0", "TỔ CHỨC THỰC HIỆN"),
    ("n1", "Ban Thường vụ Hội Khuyến học thành phố"),
    ("p", "Chỉ đạo triển khai Kế hoạch; phân công đồng chí Phó Chủ tịch Thường trực trực tiếp theo dõi, đôn đốc "
          "Hội Khuyến học các xã, phường thực hiện các chỉ tiêu năm 2025."),
    ("n1", "Văn phòng Hội Khuyến học thành phố"),
    ("p", "Là đầu mối tiếp nhận, tổng hợp báo cáo của Hội Khuyến học các xã, phường và các chi hội trực thuộc; "
          "tham mưu Ban Thường vụ sơ kết 6 tháng, tổng kết năm."),
    ("n1", "Hội Khuyến học các xã, phường"),
    ("p", "Xây dựng kế hoạch hoạt động năm 2025 của đơn vị, gửi về Hội Khuyến học thành phố trước ngày "
          "28/02/2025; tham mưu cấp ủy, chính quyền địa phương chỉ đạo xây dựng các mô hình học tập."),
    ("n1", "Chi hội khuyến học các trường học, cơ quan"),
    ("p", "Vận động cán bộ, giáo viên, nhân viên, người lao động đăng ký danh hiệu “Công dân học tập” và tham gia "
          "đóng góp Quỹ khuyến học."),
    ("n0", "CHẾ ĐỘ BÁO CÁO"),
    ("n1", "Hội Khuyến học các xã, phường gửi báo cáo sơ kết 6 tháng trước ngày 15/6/2025 và báo cáo tổng kết năm "
           "trước ngày 20/11/2025 về Hội Khuyến học thành phố (qua Văn phòng Hội)."),
    ("n1", "Hội Khuyến học thành phố tổng hợp, báo cáo Hội Khuyến học tỉnh Hải Dương, Thành ủy và Ủy ban nhân "
           "dân thành phố Chí Linh trước ngày 30/11/2025."),
    ("p", "Trên đây là Kế hoạch hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập năm 2025 của Hội Khuyến "
          "học thành phố Chí Linh. Đề nghị Hội Khuyến học các xã, phường và các chi hội trực thuộc triển khai "
          "thực hiện./."),
    ("p", "Nơi nhận:"),
    ("p", "- Hội Khuyến học tỉnh Hải Dương (để b/c);"),
    ("p", "- Thường trực Thành ủy, HĐND, UBND thành phố (để b/c);"),
    ("p", "- Phòng GD&ĐT thành phố;"),
    ("p", "- Hội Khuyến học các xã, phường;"),
    ("p", "- Lưu: VP."),
    ("cb", "TM. BAN THƯỜNG VỤ"),
    ("cb", "CHỦ TỊCH"),
    ("cb", "Phạm Đức Thuận"),
]

# ---------------------------------------------------------------------------------------------
# 4. PDF — UBND huyện Cần Giuộc (tỉnh Long An), Kế hoạch số 112/KH-UBND, 18/4/2024.
# Kinds: "title" centred bold, "h" bold heading (numbers typed), "p" body.
# ---------------------------------------------------------------------------------------------
CAN_GIUOC_HEAD = (
    ["ỦY BAN NHÂN DÂN", "HUYỆN CẦN GIUỘC", "Số: 112/KH-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Cần Giuộc, ngày 18 tháng 4 năm 2024"],
)
CAN_GIUOC = [
    ("title", "KẾ HOẠCH"),
    ("title", "Triển khai Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời "
              "giai đoạn 2023 - 2030” trên địa bàn huyện Cần Giuộc"),
    ("p", "Căn cứ Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức "
          "triển khai thực hiện Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời "
          "giai đoạn 2023 - 2030”;"),
    ("p", "Căn cứ Kế hoạch số 1187/KH-UBND ngày 28/3/2024 của Ủy ban nhân dân tỉnh Long An về triển khai Phong "
          "trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời trên địa bàn tỉnh;"),
    ("p", "Ủy ban nhân dân huyện Cần Giuộc ban hành Kế hoạch triển khai thực hiện trên địa bàn huyện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tạo chuyển biến mạnh mẽ về nhận thức của các cấp, các ngành và Nhân dân về học tập suốt đời; "
          "phát huy vai trò của người đứng đầu cơ quan, đơn vị, địa phương trong chỉ đạo Phong trào thi đua."),
    ("p", "2. Phong trào thi đua được triển khai đến tận ấp, khu phố; việc đánh giá kết quả gắn với thực hiện "
          "nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "1. Đến năm 2025:"),
    ("p", "- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”; 60% ấp, khu phố đạt danh hiệu “Cộng đồng học tập” "
          "cấp ấp."),
    ("p", "- 100% xã, thị trấn được đánh giá, xếp loại “Cộng đồng học tập” cấp xã, trong đó ít nhất 50% xếp loại "
          "Khá trở lên."),
    ("p", "- 100% cơ quan, đơn vị cấp huyện đăng ký xây dựng “Đơn vị học tập”."),
    ("p", "2. Đến năm 2030:"),
    ("p", "- 80% hộ gia đình đạt danh hiệu “Gia đình học tập”; 75% ấp, khu phố đạt danh hiệu “Cộng đồng học tập” "
          "cấp ấp."),
    ("p", "- Huyện Cần Giuộc được công nhận đạt chuẩn “Cộng đồng học tập” cấp huyện mức độ 2."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Đẩy mạnh tuyên truyền về học tập suốt đời trên hệ thống truyền thanh huyện, xã và mạng xã hội; "
          "hằng năm tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10."),
    ("p", "2. Củng cố, nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng các xã, thị trấn; mỗi Trung tâm "
          "tổ chức ít nhất 15 chuyên đề trong năm, gắn với chuyển giao khoa học kỹ thuật và đào tạo nghề cho lao "
          "động nông thôn."),
    ("p", "3. Đẩy mạnh xây dựng các mô hình học tập và ứng dụng công nghệ thông tin, chuyển đổi số trong học tập "
          "của người dân."),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép "
          "trong dự toán chi thường xuyên của các cơ quan, đơn vị và nguồn xã hội hóa theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Giáo dục và Đào tạo là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị hướng "
          "dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, tham mưu UBND huyện sơ kết, tổng kết."),
    ("p", "2. Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo dục và Đào tạo hướng dẫn công tác thi đua, khen "
          "thưởng; tham mưu UBND huyện khen thưởng các tập thể, cá nhân có thành tích tiêu biểu."),
    ("p", "3. Phòng Văn hóa và Thông tin chỉ đạo Trung tâm Văn hóa, Thể thao và Truyền thanh huyện mở chuyên mục "
          "tuyên truyền về xây dựng xã hội học tập, phát sóng định kỳ 02 kỳ/tháng."),
    ("p", "4. Phòng Lao động - Thương binh và Xã hội phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục "
          "thường xuyên huyện tổ chức đào tạo nghề cho lao động nông thôn tại các Trung tâm học tập cộng đồng."),
    ("p", "5. Đề nghị Hội Khuyến học huyện chủ trì hướng dẫn đánh giá, công nhận các danh hiệu “Gia đình học tập”, "
          "“Dòng họ học tập”, “Cộng đồng học tập” cấp ấp; Ủy ban Mặt trận Tổ quốc Việt Nam huyện vận động "
          "Nhân dân tham gia Phong trào thi đua."),
    ("p", "6. UBND các xã, thị trấn xây dựng kế hoạch triển khai trên địa bàn, gửi về UBND huyện (qua Phòng Giáo "
          "dục và Đào tạo) trước ngày 15/5/2024."),
    ("h", "VI. CHẾ ĐỘ BÁO CÁO"),
    ("p", "1. UBND các xã, thị trấn và các cơ quan, đơn vị gửi báo cáo kết quả thực hiện về UBND huyện (qua Phòng "
          "Giáo dục và Đào tạo) trước ngày 25 tháng 11 hằng năm."),
    ("p", "2. Phòng Giáo dục và Đào tạo tổng hợp, tham mưu UBND huyện báo cáo UBND tỉnh (qua Sở Giáo dục và Đào "
          "tạo) trước ngày 05 tháng 12 hằng năm."),
    ("p", "3. Sơ kết giai đoạn 2023 - 2025 trong quý III năm 2025; tổng kết Phong trào vào năm 2030."),
    ("p", "Trên đây là Kế hoạch triển khai Phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời "
          "giai đoạn 2023 - 2030 trên địa bàn huyện Cần Giuộc; yêu cầu các cơ quan, đơn vị, UBND các xã, thị trấn "
          "nghiêm túc triển khai thực hiện./."),
]
CAN_GIUOC_SIGN = (
    ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở GD&ĐT tỉnh;", "- TT. HU, TT. HĐND huyện;",
     "- CT, các PCT UBND huyện;", "- Các phòng, ban, ngành huyện;", "- UBMTTQVN và các đoàn thể huyện;",
     "- UBND các xã, thị trấn;", "- Lưu: VT."],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Thị Kim Ngân"],
)


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbering_xml(abstract_id: int) -> str:
    """An abstractNum with I. / 1. / a) levels (bold roman headings)."""
    levels = [("upperRoman", "%1.", 0, "<w:b/>"), ("decimal", "%2.", 0, "<w:b/>"), ("lowerLetter", "%3)", 360, "")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind + 360}" w:hanging="360"/></w:pPr>'
        f"<w:rPr>{bold}</w:rPr></w:lvl>"
        for i, (fmt, text, ind, bold) in enumerate(levels)
    )
    return (f'<w:abstractNum {_W_NS} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')


def make_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    numbering = doc.part.numbering_part.element
    abstract_id = 1 + max(int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum")))
    num_id = 1 + max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num")))
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(_numbering_xml(abstract_id)))  # abstractNums precede nums
    numbering.append(parse_xml(f'<w:num {_W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))

    for kind, content in CHI_LINH:
        if kind == "table":
            table = doc.add_table(rows=0, cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
            continue
        para = doc.add_paragraph()
        run = para.add_run(content)
        if kind in ("c", "cb"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run.bold = kind in ("cb", "n0", "n1")
        if kind.startswith("n"):
            ppr = para._p.get_or_add_pPr()
            ppr.insert(0, parse_xml(f'<w:numPr {_W_NS}><w:ilvl w:val="{kind[1]}"/>'
                                    f'<w:numId w:val="{num_id}"/></w:numPr>'))
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():  # fixed entry times: the same content gives the same bytes
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=(2025, 1, 10, 0, 0, 0)), src.read(item),
                         compress_type=zipfile.ZIP_DEFLATED)


def make_pdf(path: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1  # no timestamps or random ids: the same content gives the same bytes
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=10.5, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=8 * mm, spaceAfter=3)
    bold = ParagraphStyle("bold", parent=body, fontName="DejaVu-Bold", firstLineIndent=0)
    centre = ParagraphStyle("centre", parent=bold, alignment=TA_CENTER, fontSize=10, leading=13, spaceAfter=0)
    plain_centre = ParagraphStyle("plain_centre", parent=centre, fontName="DejaVu")
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11, firstLineIndent=0, spaceAfter=0)

    def column(lines, first_bold=2):
        return [Paragraph(escape(t) or "&nbsp;", centre if i < first_bold else plain_centre)
                for i, t in enumerate(lines)]

    def two_columns(left, right, widths):
        table = Table([[left, right]], colWidths=widths)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))  # no grid: borderless
        return table

    left, right = CAN_GIUOC_HEAD
    story = [two_columns(column(left), column(right), [70 * mm, 100 * mm]), Spacer(1, 8 * mm)]
    for kind, text in CAN_GIUOC:
        style = {"title": centre, "h": bold, "p": body}[kind]
        story.append(Paragraph(escape(text), style))
    story.append(Spacer(1, 6 * mm))
    recipients, signer = CAN_GIUOC_SIGN
    story.append(two_columns([Paragraph(escape(t), small) for t in recipients],
                             column(signer, first_bold=len(signer)), [85 * mm, 85 * mm]))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=30 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title="Kế hoạch 112/KH-UBND huyện Cần Giuộc").build(story)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_docx(OUT / "hai-duong_KH-HKH_2025.docx")
    make_pdf(OUT / "long-an_KH-UBND_2024.pdf")
    print("wrote", OUT / "hai-duong_KH-HKH_2025.docx", "and", OUT / "long-an_KH-UBND_2024.pdf")


if __name__ == "__main__":
    main()
