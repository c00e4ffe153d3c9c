"""Write evals/docs-new/dev2-cao-bang_KH-HKH_2024.docx (development fixture).

    python scripts/make_dev2_docx.py

A plan of Hội Khuyến học huyện Trùng Khánh (Cao Bằng). Headings and items carry Word automatic numbering
(w:numPr -> an abstractNum in numbering.xml: upperRoman "%1." / decimal "%2." / lowerLetter "%3)"); no number
is typed in the text. The targets are a Word table whose first row is the header.
Questions quoting it: evals/questions-newdocs-dev2.jsonl.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "evals" / "docs-new" / "dev2-cao-bang_KH-HKH_2024.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# "c"/"cb" centred (bold), "p" body, "L0"/"L1"/"L2" auto-numbered at that level, "table" rows (first = header).
CONTENT = [
    ("cb", "HỘI KHUYẾN HỌC TỈNH CAO BẰNG"),
    ("cb", "HỘI KHUYẾN HỌC HUYỆN TRÙNG KHÁNH"),
    ("c", "Số: 02/KH-HKH"),
    ("cb", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("cb", "Độc lập - Tự do - Hạnh phúc"),
    ("c", "Trùng Khánh, ngày 22 tháng 01 năm 2024"),
    ("cb", "KẾ HOẠCH"),
    ("cb", "Triển khai Phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời năm 2024"),
    ("p", "Thực hiện Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ và Chương trình công tác "
          "năm 2024 của Hội Khuyến học tỉnh Cao Bằng, Ban Thường vụ Hội Khuyến học huyện Trùng Khánh xây dựng "
          "Kế hoạch triển khai Phong trào thi đua trong hệ thống Hội năm 2024 như sau:"),
    ("L0", "MỤC ĐÍCH, YÊU CẦU"),
    ("L1", "Cụ thể hóa nhiệm vụ của Hội Khuyến học huyện trong Phong trào thi đua; đưa việc học tập suốt đời "
           "đến từng xóm, tổ dân phố, nhất là vùng đồng bào dân tộc thiểu số và các xã biên giới."),
    ("L1", "Hội Khuyến học các xã, thị trấn đăng ký chỉ tiêu sát thực tế; việc bình xét các danh hiệu học tập "
           "phải công khai tại cuộc họp xóm, tổ dân phố."),
    ("L0", "CHỈ TIÊU"),
    ("p", "Ban Thường vụ Hội Khuyến học huyện xác định các chỉ tiêu chủ yếu như sau:"),
    ("table", [
        ("Nội dung", "Kết quả năm 2023", "Chỉ tiêu năm 2024", "Chỉ tiêu đến năm 2030"),
        ("Hộ gia đình đạt “Gia đình học tập”", "62%", "66%", "80%"),
        ("Dòng họ đạt “Dòng họ học tập”", "38 dòng họ", "45 dòng họ", "70 dòng họ"),
        ("Xóm, tổ dân phố đạt “Cộng đồng học tập”", "41%", "48%", "70%"),
        ("Hội viên khuyến học so với dân số", "17%", "19%", "25%"),
        ("Quỹ khuyến học toàn huyện", "1,15 tỷ đồng", "1,3 tỷ đồng", "2 tỷ đồng"),
        ("Chi hội, ban khuyến học xếp loại khá, tốt", "80%", "85%", "95%"),
    ]),
    ("L0", "NHIỆM VỤ, GIẢI PHÁP"),
    ("L1", "Công tác tuyên truyền"),
    ("L2", "Phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện phát 02 tin, bài mỗi tháng bằng "
           "tiếng Kinh và tiếng Tày về khuyến học, khuyến tài trên hệ thống truyền thanh."),
    ("L2", "Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” năm 2024 từ ngày 01 đến ngày 07/10/2024; lễ khai mạc "
           "cấp huyện tổ chức tại xã Đàm Thủy."),
    ("L1", "Xây dựng các mô hình học tập"),
    ("L2", "Hướng dẫn Hội Khuyến học các xã, thị trấn tổ chức cho hộ gia đình, dòng họ, xóm, tổ dân phố đăng ký "
           "danh hiệu học tập trước ngày 15/3/2024."),
    ("L2", "Phối hợp với Phòng Giáo dục và Đào tạo vận động trẻ em trong độ tuổi ra lớp, hạn chế học sinh bỏ "
           "học ở các xã biên giới."),
    ("L1", "Phát triển hội viên và Quỹ khuyến học"),
    ("L2", "Kết nạp ít nhất 800 hội viên mới trong năm 2024."),
    ("L2", "Trao 120 suất học bổng “Thắp sáng ước mơ”, mỗi suất 700.000 đồng, cho học sinh dân tộc thiểu số "
           "thuộc hộ nghèo vượt khó học tốt, tại lễ khai giảng năm học 2024 - 2025; kinh phí trích từ Quỹ "
           "khuyến học huyện."),
    ("L1", "Phối hợp với Trung tâm học tập cộng đồng"),
    ("L2", "Hội Khuyến học các xã, thị trấn phối hợp với Trung tâm học tập cộng đồng tổ chức ít nhất 08 chuyên "
           "đề trong năm, ưu tiên chuyên đề trồng, chăm sóc cây hạt dẻ và làm du lịch cộng đồng."),
    ("L0", "TỔ CHỨC THỰC HIỆN"),
    ("L1", "Ban Thường vụ Hội Khuyến học huyện phân công các Phó Chủ tịch Hội phụ trách từng cụm xã, trực tiếp "
           "kiểm tra, đôn đốc việc thực hiện chỉ tiêu; tổ chức hội nghị tổng kết năm 2024 trong tháng 12/2024."),
    ("L1", "Văn phòng Hội Khuyến học huyện là đầu mối tiếp nhận, tổng hợp báo cáo của Hội Khuyến học các xã, "
           "thị trấn và các chi hội khuyến học trường học, cơ quan."),
    ("L1", "Hội Khuyến học các xã, thị trấn xây dựng kế hoạch năm 2024 gửi về Hội Khuyến học huyện trước ngày "
           "29/02/2024; gửi báo cáo 6 tháng trước ngày 10/6/2024 và báo cáo năm trước ngày 15/11/2024 về Hội "
           "Khuyến học huyện (qua Văn phòng Hội), đồng thời gửi bản mềm qua email hkh.trungkhanh@gmail.com."),
    ("L1", "Hội Khuyến học huyện tổng hợp, báo cáo Hội Khuyến học tỉnh Cao Bằng, Thường trực Huyện ủy và Ủy ban "
           "nhân dân huyện Trùng Khánh trước ngày 30/11/2024."),
    ("p", "Trên đây là Kế hoạch triển khai Phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời "
          "năm 2024 của Hội Khuyến học huyện Trùng Khánh; đề nghị Hội Khuyến học các xã, thị trấn và các chi hội "
          "trực thuộc triển khai thực hiện./."),
    ("p", "Nơi nhận:"),
    ("p", "- Hội Khuyến học tỉnh Cao Bằng (b/c);"),
    ("p", "- Thường trực Huyện ủy, UBND huyện (b/c);"),
    ("p", "- Phòng GD&ĐT huyện;"),
    ("p", "- Hội Khuyến học các xã, thị trấn;"),
    ("p", "- Lưu: VP."),
    ("cb", "TM. BAN THƯỜNG VỤ"),
    ("cb", "CHỦ TỊCH"),
    ("cb", "Nông Thị Hạnh"),
]

LEVELS = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]


def main() -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    numbering = doc.part.numbering_part.element
    abs_id = 1 + max(int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum")))
    num_id = 1 + max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num")))
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
                   f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
                   for i, (fmt, txt) in enumerate(LEVELS))
    numbering.find(qn("w:num")).addprevious(parse_xml(  # abstractNum elements must precede num elements
        f'<w:abstractNum {W} w:abstractNumId="{abs_id}"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))

    for kind, content in CONTENT:
        if kind == "table":
            table = doc.add_table(rows=0, cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
                    cell.paragraphs[0].runs[0].bold = r == 0
            continue
        para = doc.add_paragraph()
        run = para.add_run(content)
        run.bold = kind in ("cb", "L0", "L1") and not (kind == "L1" and len(content) > 60)
        if kind.startswith("c"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if kind.startswith("L"):
            para._p.get_or_add_pPr().insert(0, parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="{kind[1]}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
