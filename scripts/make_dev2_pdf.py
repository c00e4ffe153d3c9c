"""Write evals/docs-new/dev2-tuyen-quang_QD-UBND_2024.pdf (development fixture).

    python scripts/make_dev2_pdf.py

A decision of the Chủ tịch UBND xã Tân Trào (huyện Sơn Dương, Tuyên Quang) issuing a plan; the plan follows on
a new page. Both headers are borderless two-column tables (issuer [+ Số] left, national motto [+ place-date]
right); reportlab with DejaVuSans so Vietnamese renders. Questions quoting it: evals/questions-newdocs-dev2.jsonl.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "evals" / "docs-new" / "dev2-tuyen-quang_QD-UBND_2024.pdf"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

QD_HEAD = (["ỦY BAN NHÂN DÂN", "XÃ TÂN TRÀO", "Số: 45/QĐ-UBND"], MOTTO + ["Tân Trào, ngày 12 tháng 3 năm 2024"])
# "t" centred bold, "h" bold, "p" body
QD = [
    ("t", "QUYẾT ĐỊNH"),
    ("t", "Về việc ban hành Kế hoạch xây dựng xã hội học tập, đẩy mạnh học tập suốt đời trên địa bàn xã Tân Trào "
          "giai đoạn 2024 - 2030"),
    ("t", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN TRÀO"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
          "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
    ("p", "Căn cứ Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ ban hành Kế hoạch tổ chức "
          "triển khai thực hiện Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời "
          "giai đoạn 2023 - 2030”;"),
    ("p", "Căn cứ Kế hoạch số 48/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Dương về thực hiện Phong trào thi đua "
          "xây dựng xã hội học tập, đẩy mạnh học tập suốt đời trên địa bàn huyện giai đoạn 2023 - 2030;"),
    ("p", "Theo đề nghị của công chức Văn hóa - Xã hội xã."),
    ("t", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng xã hội học tập, đẩy mạnh học tập suốt đời "
          "trên địa bàn xã Tân Trào giai đoạn 2024 - 2030."),
    ("p", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
    ("p", "Điều 3. Văn phòng HĐND và UBND xã, công chức Văn hóa - Xã hội, Giám đốc Trung tâm học tập cộng đồng xã, "
          "Hội Khuyến học xã, trưởng các thôn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
          "Quyết định này./."),
]
QD_SIGN = (["Nơi nhận:", "- Như Điều 3;", "- UBND huyện Sơn Dương (b/c);", "- Phòng GD&ĐT huyện Sơn Dương;",
            "- TT Đảng ủy, TT HĐND xã;", "- UBMTTQ xã;", "- Lưu: VT."],
           ["CHỦ TỊCH", "(Đã ký)", "", "Ma Văn Hưng"])

KH_HEAD = (["ỦY BAN NHÂN DÂN", "XÃ TÂN TRÀO"], MOTTO)
KH = [
    ("t", "KẾ HOẠCH"),
    ("t", "Xây dựng xã hội học tập, đẩy mạnh học tập suốt đời trên địa bàn xã Tân Trào giai đoạn 2024 - 2030"),
    ("p", "(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 12/3/2024 của Chủ tịch UBND xã Tân Trào)"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Phát huy truyền thống quê hương cách mạng, khuyến khích mọi người dân học tập suốt đời; gắn xây dựng "
          "xã hội học tập với phát triển du lịch cộng đồng tại Khu di tích quốc gia đặc biệt Tân Trào."),
    ("p", "2. Các thôn, cơ quan, trường học trên địa bàn xã cụ thể hóa Kế hoạch bằng chỉ tiêu của đơn vị; việc "
          "bình xét các danh hiệu học tập được công khai tại hội nghị thôn."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "1. Đến năm 2025:"),
    ("p", "- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”; 50% thôn đạt danh hiệu “Cộng đồng học tập” cấp thôn."),
    ("p", "- Trung tâm học tập cộng đồng xã được đánh giá, xếp loại Khá trở lên."),
    ("p", "- 100% trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã được công nhận “Đơn vị học tập”."),
    ("p", "- 200 lượt người dân được bồi dưỡng kỹ năng làm du lịch cộng đồng và tiếng Anh giao tiếp cơ bản."),
    ("p", "2. Đến năm 2030:"),
    ("p", "- 85% hộ gia đình đạt danh hiệu “Gia đình học tập”; 80% thôn đạt danh hiệu “Cộng đồng học tập” cấp thôn."),
    ("p", "- Trung tâm học tập cộng đồng xã được đánh giá, xếp loại Tốt; xã Tân Trào đạt “Cộng đồng học tập” cấp xã "
          "xếp loại Tốt."),
    ("p", "- 100% cán bộ, công chức xã đạt danh hiệu “Công dân học tập”."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Tuyên truyền về học tập suốt đời trên hệ thống loa truyền thanh xã 01 lần/tuần và tại các buổi sinh "
          "hoạt thôn."),
    ("p", "2. Trung tâm học tập cộng đồng xã tổ chức ít nhất 10 chuyên đề mỗi năm, trong đó có chuyên đề trồng, "
          "chế biến chè và làm du lịch cộng đồng; phối hợp với Ban Quản lý Khu di tích quốc gia đặc biệt Tân Trào "
          "mở lớp bồi dưỡng thuyết minh viên cho thanh niên các thôn."),
    ("p", "3. Vận động các hộ gia đình, dòng họ đăng ký danh hiệu học tập trước ngày 31/3 hằng năm; gắn bình xét "
          "“Gia đình học tập” với bình xét “Gia đình văn hóa”."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách xã hằng năm theo phân cấp, lồng ghép với "
          "Chương trình mục tiêu quốc gia xây dựng nông thôn mới và huy động nguồn xã hội hóa theo quy định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Công chức Văn hóa - Xã hội là đầu mối, tham mưu UBND xã triển khai Kế hoạch; theo dõi, tổng hợp số "
          "liệu và dự thảo báo cáo của UBND xã."),
    ("p", "2. Trung tâm học tập cộng đồng xã xây dựng kế hoạch hoạt động hằng năm, trình Chủ tịch UBND xã phê duyệt "
          "trước ngày 15/01."),
    ("p", "3. Hội Khuyến học xã chủ trì bình xét các danh hiệu “Gia đình học tập”, “Dòng họ học tập”; tổng hợp, đề "
          "nghị công nhận “Cộng đồng học tập” cấp thôn."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể vận động hội viên, đoàn viên và Nhân dân "
          "tích cực tham gia học tập."),
    ("p", "5. Trưởng các thôn tổ chức bình xét danh hiệu tại thôn, gửi báo cáo kết quả về UBND xã (qua công chức "
          "Văn hóa - Xã hội) trước ngày 20/11 hằng năm."),
    ("p", "6. UBND xã báo cáo UBND huyện Sơn Dương (qua Phòng Giáo dục và Đào tạo): báo cáo 6 tháng trước ngày 10/6 "
          "và báo cáo năm trước ngày 30/11 hằng năm."),
    ("p", "7. Sơ kết việc thực hiện Kế hoạch giai đoạn 2024 - 2025 trong tháng 12 năm 2025; tổng kết vào quý IV "
          "năm 2030."),
]


def main() -> None:
    from reportlab import rl_config
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=10.5, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=8 * mm, spaceAfter=3)
    bold = ParagraphStyle("bold", parent=body, fontName="DejaVu-Bold", firstLineIndent=0)
    centre = ParagraphStyle("centre", parent=bold, alignment=TA_CENTER, fontSize=10, leading=13, spaceAfter=2)
    plain = ParagraphStyle("plain", parent=centre, fontName="DejaVu")
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11, firstLineIndent=0, spaceAfter=0)
    styles = {"t": centre, "h": bold, "p": body}

    def col(lines, n_bold=2):
        return [Paragraph(escape(t) or "&nbsp;", centre if i < n_bold else plain) for i, t in enumerate(lines)]

    def two(left, right, widths):  # no GRID/BOX: borderless
        t = Table([[left, right]], colWidths=widths)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    story = [two(col(QD_HEAD[0]), col(QD_HEAD[1]), [65 * mm, 105 * mm]), Spacer(1, 8 * mm)]
    story += [Paragraph(escape(text), styles[kind]) for kind, text in QD]
    recipients, signer = QD_SIGN
    story += [Spacer(1, 6 * mm), two([Paragraph(escape(t), small) for t in recipients],
                                     [Paragraph(escape(t) or "&nbsp;", plain if t.startswith("(") or not t else centre)
                                      for t in signer], [85 * mm, 85 * mm])]
    story += [PageBreak(), two(col(KH_HEAD[0]), col(KH_HEAD[1]), [65 * mm, 105 * mm]), Spacer(1, 8 * mm)]
    story += [Paragraph(escape(text), plain if text.startswith("(Ban hành") else styles[kind]) for kind, text in KH]
    SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=30 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title="Quyết định 45/QĐ-UBND xã Tân Trào").build(story)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
