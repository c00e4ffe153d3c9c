"""Documents of every usual form: headers, outlines, tables, page furniture and facts, on the seed
documents, the new-document fixtures (evals/docs-new) and small texts written for one form each."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean import clean_text
from index.documents import parse_file
from index.facts import extract_facts, parse_reporting
from index.loaders import load_file
from index.pipeline import parse_source
from index.sections import chunk_document

REPO = Path(__file__).resolve().parents[2]
FOLDERS = (REPO / "docs_src", REPO / "evals" / "docs-new")

# source, number, kind, issuer, level, locality, province, date, title (start), signer — read off each document
EXPECTED = [
    ("an-nghiep-tuy-an_KH-UBND_2024_du-thao.txt", None, "Kế hoạch", "Ủy ban nhân dân xã An Nghiệp", "xã",
     "An Nghiệp", "Phú Yên", "2024", "Triển khai Phong trào “Cả nước thi đua", "Trần Văn Nam"),
    ("binh-duong_09-CV-HKH_151-KH-UBND_2024.txt", "09/CV-HKH", "Công văn", "Hội Khuyến học tỉnh Bình Dương",
     "Hội Khuyến học", "Bình Dương", "Bình Dương", "02/02/2024", "Triển khai kế hoạch thực hiện phong trào",
     "Đặng Thảo Phương"),
    # the source itself drops the first letter of the signer's name
    ("binh-duong_09-CV-HKH_151-KH-UBND_2024.txt", "151/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Bình Dương",
     "tỉnh", "Bình Dương", "Bình Dương", "15/01/2024", "Triển khai thực hiện Phong trào", "guyễn Lộc Hà"),
    ("binh-duong_3853-KH-UBND_2022-07-29.txt", "3853/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Bình Dương",
     "tỉnh", "Bình Dương", "Bình Dương", "29/07/2022", "Thực hiện chương trình “Đẩy mạnh", "Nguyễn Lộc Hà"),
    ("ha-nam_KH-UBND_2024_du-thao.txt", None, "Kế hoạch", "Ủy ban nhân dân tỉnh Hà Nam", "tỉnh", "Hà Nam",
     "Hà Nam", "2024", "Triển khai Phong trào", "Trần Xuân Dưỡng"),
    ("ninh-binh_KH-UBND_2023-12_du-thao.txt", None, "Kế hoạch", "Ủy ban nhân dân tỉnh Ninh Bình", "tỉnh",
     "Ninh Bình", "Ninh Bình", "12/2023", "Triển khai Phong trào", "Tổng Quang Thìn"),
    ("dev-an-giang_KH-UBND_2025.txt", "58/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Óc Eo", "xã", "Óc Eo",
     "An Giang", "22/09/2025", "Xây dựng xã hội học tập", "Lâm Văn Phước"),
    ("dev-ha-tinh_KH-BCD_2024.txt", "05/KH-BCĐ", "Kế hoạch", "Ban Chỉ đạo xây dựng xã hội học tập tỉnh Hà Tĩnh",
     "tỉnh", "Hà Tĩnh", "Hà Tĩnh", "20/03/2024", "Hoạt động của Ban Chỉ đạo", "Phan Đình Hiếu"),
    ("dev-kien-giang_BC-UBND_2024.txt", "428/BC-UBND", "Báo cáo", "Ủy ban nhân dân huyện Tân Hiệp", "huyện",
     "Tân Hiệp", "Kiên Giang", "16/12/2024", "Kết quả thực hiện Phong trào", "Nguyễn Thị Bích Hạnh"),
    ("dev-phu-tho_CV-PGDDT_2025.md", "187/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Lâm Thao",
     "huyện", "Lâm Thao", "Phú Thọ", "26/05/2025", "Hướng dẫn báo cáo kết quả xây dựng", "Hoàng Minh Đức"),
    ("dev-quang-nam_HD-HKH_2024.txt", "07/HD-HKH", "Hướng dẫn", "Hội Khuyến học huyện Duy Xuyên",
     "Hội Khuyến học", "Duy Xuyên", "Quảng Nam", "12/08/2024", "Đánh giá, công nhận danh hiệu “Công dân",
     "Nguyễn Văn Lợi"),
    ("dev2-bac-giang_HD-HKH_2024.txt", "04/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Bắc Giang", "Hội Khuyến học",
     "Bắc Giang", "Bắc Giang", "25/03/2024", "Đánh giá, công nhận danh hiệu “Gia đình", "Nguyễn Thị Thu Trang"),
    ("dev2-cao-bang_KH-HKH_2024.docx", "02/KH-HKH", "Kế hoạch", "Hội Khuyến học huyện Trùng Khánh", "Hội Khuyến học",
     "Trùng Khánh", "Cao Bằng", "22/01/2024", "Triển khai Phong trào thi đua", "Nông Thị Hạnh"),
    ("dev2-dak-lak_CV-SGDDT_2025.md", "2374/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", "tỉnh",
     "Đắk Lắk", "Đắk Lắk", "17/10/2025", "Báo cáo kết quả xây dựng xã hội học tập", "Trần Minh Lộc"),
    ("dev2-tuyen-quang_QD-UBND_2024.pdf", "45/QĐ-UBND", "Quyết định", "Ủy ban nhân dân xã Tân Trào", "xã", "Tân Trào",
     "Tuyên Quang", "12/03/2024", "Về việc ban hành Kế hoạch", "Ma Văn Hưng"),
    ("dev2-tuyen-quang_QD-UBND_2024.pdf", None, "Kế hoạch", "Ủy ban nhân dân xã Tân Trào", "xã", "Tân Trào",
     "Tuyên Quang", "12/03/2024", "Xây dựng xã hội học tập", "Ma Văn Hưng"),
    ("dev2-vinh-phuc_KH-UBND_2024.txt", "57/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tam Dương", "huyện",
     "Tam Dương", "Vĩnh Phúc", "08/03/2024", "Thực hiện Phong trào “Cả nước thi đua", "Trần Quốc Huy"),
    ("hai-duong_KH-HKH_2025.docx", "06/KH-HKH", "Kế hoạch", "Hội Khuyến học thành phố Chí Linh", "Hội Khuyến học",
     "Chí Linh", "Hải Dương", "10/01/2025", "Hoạt động khuyến học, khuyến tài", "Phạm Đức Thuận"),
    ("hoa-thang_TB-UBND_2024.txt", "137/TB-UBND", "Thông báo", "Ủy ban nhân dân xã Hòa Thắng", "xã", "Hòa Thắng",
     "Bình Thuận", "15/11/2024", "Kết luận của Chủ tịch UBND xã", "Đặng Văn Sang"),
    ("long-an_KH-UBND_2024.pdf", "112/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Cần Giuộc", "huyện",
     "Cần Giuộc", "Long An", "18/04/2024", "Triển khai Phong trào", "Lê Thị Kim Ngân"),
    ("nghe-an_HD-HKH_2024.txt", "15/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Nghệ An", "Hội Khuyến học",
     "Nghệ An", "Nghệ An", "16/09/2024", "Đánh giá, công nhận các danh hiệu", "Trần Đình Thuận"),
    ("phu-cat_KH-UBND_2024.txt", "142/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Phù Cát", "huyện", "Phù Cát",
     "Bình Định", "22/04/2024", "Triển khai Phong trào", "Võ Thị Thanh Hương"),
    ("quang-ngai_CV-SGDDT_2025.txt", "2816/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
     "tỉnh", "Quảng Ngãi", "Quảng Ngãi", "18/11/2025", "Báo cáo kết quả thực hiện Phong trào", "Nguyễn Văn Tấn"),
    ("tay-ninh_QD-UBND_2024.txt", "1234/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Tây Ninh", "tỉnh",
     "Tây Ninh", "Tây Ninh", "28/05/2024", "Về việc ban hành Kế hoạch", "Lê Minh Khoa"),
    # the plan issued with the decision: no number or signature of its own, the decision's date and signer
    ("tay-ninh_QD-UBND_2024.txt", None, "Kế hoạch", "Ủy ban nhân dân tỉnh Tây Ninh", "tỉnh", "Tây Ninh",
     "Tây Ninh", "28/05/2024", "Triển khai Phong trào", "Lê Minh Khoa"),
    ("dev3-ben-tre_KH-UBND_2025.txt", "19/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Giồng Trôm", "huyện",
     "Giồng Trôm", "Bến Tre", "14/02/2025", "Thực hiện Phong trào", "Trần Thị Ngọc Diễm"),
    ("dev3-dong-thap_QD-UBND_2024.txt", "1876/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Lai Vung", "huyện",
     "Lai Vung", "Đồng Tháp", "23/07/2024", "Ban hành Quy chế hoạt động", "Phạm Văn Lực"),
    # rules issued with the decision, opening with no header of their own: the decision's issuer, date and signer
    ("dev3-dong-thap_QD-UBND_2024.txt", None, "Quy chế", "Ủy ban nhân dân huyện Lai Vung", "huyện",
     "Lai Vung", "Đồng Tháp", "23/07/2024", "Hoạt động của Ban Chỉ đạo", "Phạm Văn Lực"),
    # the header and the signature are two-column Markdown tables
    ("dev3-gia-lai_CV-PGDDT_2024.md", "612/PGDĐT", "Công văn", "Phòng Giáo dục và Đào tạo huyện Ia Grai", "huyện",
     "Ia Grai", "Gia Lai", "18/11/2024", "Báo cáo kết quả xây dựng xã hội học tập năm 2024", "Trần Quang Huy"),
    ("dev3-hoa-binh_HD-HKH_2025.txt", "09/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Hòa Bình", "Hội Khuyến học",
     "Hòa Bình", "Hòa Bình", "10/03/2025", "Đánh giá, công nhận các danh hiệu", "Quách Thị Hạnh"),
    # text taken from a PDF: lines wrapped mid-sentence, page numbers and a running header at the page breaks
    ("dev3-lao-cai_KH-UBND_2024.txt", "27/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Cốc Ly", "xã", "Cốc Ly",
     "Lào Cai", "06/03/2024", "Xây dựng xã hội học tập", "Vàng Văn Dũng"),
    ("dev4-binh-thuan_QD-UBND_2024.txt", "1520/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Hàm Thuận Bắc",
     "huyện", "Hàm Thuận Bắc", "Bình Thuận", "10/05/2024", "Về việc thành lập Ban Chỉ đạo", "Nguyễn Văn Thành"),
    # rules with a header of their own but no signature: signed with the decision that issues them
    ("dev4-binh-thuan_QD-UBND_2024.txt", None, "Quy chế", "Ủy ban nhân dân huyện Hàm Thuận Bắc", "huyện",
     "Hàm Thuận Bắc", "Bình Thuận", "10/05/2024", "Hoạt động của Ban Chỉ đạo", "Nguyễn Văn Thành"),
    ("dev4-kon-tum_HD-HKH_2024.txt", "21/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Kon Tum", "Hội Khuyến học",
     "Kon Tum", "Kon Tum", "22/07/2024", "Đánh giá, công nhận danh hiệu", "Phạm Thị Hồng Nhung"),
    ("dev4-lang-son_KH-UBND_2024.txt", "87/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Bắc Sơn", "huyện",
     "Bắc Sơn", "Lạng Sơn", "14/03/2024", "Triển khai phong trào", "Hoàng Văn Chiến"),
    # a Word export: the header table breaks its cells with "<br>", the number's cell holds the "V/v" line too
    ("dev4-thai-nguyen_CV-SGDDT_2025.md", "1186/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Thái Nguyên",
     "tỉnh", "Thái Nguyên", "Thái Nguyên", "19/05/2025", "Hướng dẫn báo cáo kết quả", "Đặng Văn Hùng"),
    ("dev4-tra-vinh_KH-UBND_2024.txt", "36/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Hiếu Tử", "xã", "Hiếu Tử",
     "Trà Vinh", "08/04/2024", "Thực hiện phong trào", "Thạch Sô Phanh"),
    # the signature (TM. … / CHỦ TỊCH / name) comes before "Nơi nhận:", each laid out with spaces
    ("dev5-bac-ninh_HD-HKH_2024.txt", "15/HD-HKH", "Hướng dẫn", "Hội Khuyến học huyện Lương Tài", "Hội Khuyến học",
     "Lương Tài", "Bắc Ninh", "20/05/2024", "Đánh giá, công nhận danh hiệu", "Nguyễn Đình Khải"),
    ("dev5-ca-mau_KH-UBND_2024.txt", "52/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Tân Hưng Đông", "xã",
     "Tân Hưng Đông", "Cà Mau", "08/04/2024", "Xây dựng xã hội học tập", "Trần Hoàng Nhựt"),
    # two huyện are called Phong Điền: "Sở GD&ĐT thành phố Cần Thơ" in the opening lines tells which
    ("dev5-can-tho_CV-PGDDT_2025.md", "245/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Phong Điền",
     "huyện", "Phong Điền", "Cần Thơ", "10/03/2025", "Triển khai nhiệm vụ xây dựng", "Lê Thị Ngọc Hân"),
    ("dev5-ha-noi_KH-UBND_2024.txt", "186/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Ba Vì", "huyện", "Ba Vì",
     "Hà Nội", "14/03/2024", "Thực hiện phong trào", "Đỗ Mạnh Hùng"),
    # a one-page notice with no numbered sections, issued after the 2025 reorganisation
    ("dev5-quang-tri_TB-UBND_2025.txt", "87/TB-UBND", "Thông báo", "Ủy ban nhân dân xã Cam Lộ", "xã", "Cam Lộ",
     "Quảng Trị", "22/09/2025", "Về việc tổ chức Lễ phát động", "Hồ Sĩ Nguyên"),
    ("dev6-bac-kan_QD-UBND_2025.txt", "18/QĐ-UBND", "Quyết định", "Ủy ban nhân dân xã Cao Kỳ", "xã", "Cao Kỳ",
     "Bắc Kạn", "14/01/2025", "Về việc ban hành Quy chế quản lý", "Nông Văn Thắng"),
    # rules repeating the commune's header, with "(Ban hành kèm theo Quyết định số …)" under their title
    ("dev6-bac-kan_QD-UBND_2025.txt", None, "Quy chế", "Ủy ban nhân dân xã Cao Kỳ", "xã", "Cao Kỳ",
     "Bắc Kạn", "14/01/2025", "Quản lý, sử dụng Quỹ Khuyến học", "Nông Văn Thắng"),
    # Markdown: bold header lines, the date in italics, the signature after "Nơi nhận" with "(Đã ký)"
    ("dev6-dien-bien_CV-SGDDT_2025.md", "1146/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Điện Biên",
     "tỉnh", "Điện Biên", "Điện Biên", "18/04/2025", "Triển khai nhiệm vụ xây dựng", "Quàng Văn Thiêm"),
    ("dev6-hai-phong_KH-UBND_2024.txt", "86/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tiên Lãng", "huyện",
     "Tiên Lãng", "Hải Phòng", "12/03/2024", "Xây dựng xã hội học tập", "Đỗ Thị Thanh Nga"),
    # text taken from a PDF, with a page number and running header inside two sentences
    ("dev6-hau-giang_BC-UBND_2024.txt", "412/BC-UBND", "Báo cáo", "Ủy ban nhân dân huyện Phụng Hiệp", "huyện",
     "Phụng Hiệp", "Hậu Giang", "20/12/2024", "Kết quả thực hiện nhiệm vụ", "Nguyễn Thanh Phong"),
    ("dev6-ninh-thuan_HD-HKH_2024.txt", "21/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Ninh Thuận", "Hội Khuyến học",
     "Ninh Thuận", "Ninh Thuận", "05/08/2024", "Đánh giá, công nhận danh hiệu", "Đặng Ngọc Hòa"),
    # a Word export: header and signature are two-column tables whose cells break with "<br>"
    ("dev7-bac-giang_CV-SGDDT_2024.md", "1285/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Bắc Giang",
     "tỉnh", "Bắc Giang", "Bắc Giang", "18/10/2024", "Báo cáo kết quả xây dựng xã hội học tập năm 2024",
     "Trần Văn Khôi"),
    # header in one column, the signature after "Nơi nhận" with "(Đã ký)", lines wrapped as in a PDF
    ("dev7-nam-dinh_KH-UBND_2024.txt", "38/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Hải Minh", "xã", "Hải Minh",
     "Nam Định", "05/03/2024", "Xây dựng xã hội học tập, đẩy mạnh", "Vũ Văn Thịnh"),
    ("dev7-quang-ninh_KH-UBND_2025.txt", "47/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Đầm Hà", "huyện",
     "Đầm Hà", "Quảng Ninh", "12/02/2025", "Xây dựng xã hội học tập, đẩy mạnh", "Lê Thị Thu Hà"),
    ("dev7-thanh-hoa_HD-HKH_2025.txt", "08/HD-HKH", "Hướng dẫn", "Hội Khuyến học huyện Thiệu Hóa", "Hội Khuyến học",
     "Thiệu Hóa", "Thanh Hóa", "20/03/2025", "Đánh giá, công nhận danh hiệu", "Nguyễn Văn Quảng"),
    ("dev8-hung-yen_KH-UBND_2025.txt", "47/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Phù Cừ", "huyện", "Phù Cừ",
     "Hưng Yên", "18/03/2025", "Xây dựng xã hội học tập, đẩy mạnh", "Nguyễn Thị Lan Phương"),
    ("dev8-khanh-hoa_CV-PGDDT_2025.md", "612/PGDĐT-NV", "Công văn", "Phòng Giáo dục và Đào tạo huyện Cam Lâm", "huyện",
     "Cam Lâm", "Khánh Hòa", "16/09/2025", "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025", "Lê Quang Vinh"),
    ("dev8-lam-dong_HD-HKH_2024.txt", "19/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Lâm Đồng", "Hội Khuyến học",
     "Lâm Đồng", "Lâm Đồng", "15/04/2024", "Đánh giá, công nhận danh hiệu", "Trần Văn Lộc"),
    ("dev8-quang-binh_KH-UBND_2024.txt", "76/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Quảng Phương", "xã",
     "Quảng Phương", "Quảng Bình", "25/03/2024", "Triển khai phong trào thi đua xây dựng xã hội học tập", "Trương Minh Đức"),
    ("dev8-soc-trang_QD-UBND_2025.txt", "58/QĐ-UBND", "Quyết định", "Ủy ban nhân dân xã Tham Đôn", "xã", "Tham Đôn",
     "Sóc Trăng", "12/02/2025", "Về việc ban hành Kế hoạch xây dựng xã hội học tập", "Thạch Sô Phal"),
    ("dev9-binh-duong_QD-UBND_2024.txt", "1542/QĐ-UBND", "Quyết định", "Ủy ban nhân dân thị xã Chánh Phú", "huyện",
     "Chánh Phú", "Bình Dương", "18/06/2024", "Về việc ban hành Kế hoạch xây dựng xã hội học tập", "Nguyễn Thị Kim Loan"),
    # the plan the decision issues ends with the same signer: a repeated name is no running header
    ("dev9-binh-duong_QD-UBND_2024.txt", None, "Kế hoạch", "Ủy ban nhân dân thị xã Chánh Phú", "huyện",
     "Chánh Phú", "Bình Dương", "18/06/2024", "Xây dựng xã hội học tập, đẩy mạnh", "Nguyễn Thị Kim Loan"),
    # an invented district: its province is the one its opening lines name
    ("dev9-ha-nam_KH-UBND_2025.txt", "45/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Trung Lương", "huyện",
     "Trung Lương", "Hà Nam", "12/03/2025", "Xây dựng xã hội học tập, đẩy mạnh", "Đinh Thị Thu Hương"),
    # an invented commune: its province is its district's ("huyện Tam Đường", not "Tam Dương")
    ("dev9-lai-chau_KH-UBND_2025.txt", "21/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Sáng Tòng", "xã",
     "Sáng Tòng", "Lai Châu", "14/02/2025", "Xây dựng xã hội học tập, đẩy mạnh", "Lò Văn Thưởng"),
    ("dev9-ninh-binh_CV-SGDDT_2025.md", "1186/SGDĐT-GDTXCN", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Ninh Bình", "tỉnh",
     "Ninh Bình", "Ninh Bình", "14/05/2025", "Báo cáo kết quả thực hiện nhiệm vụ xây dựng xã hội học tập", "Lê Đình Phú"),
    ("dev9-phu-yen_HD-HKH_2024.txt", "27/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Phú Yên", "Hội Khuyến học",
     "Phú Yên", "Phú Yên", "08/05/2024", "Đánh giá, công nhận danh hiệu", "Trần Hữu Lộc"),
    # a province's plan issued after July 2025, with no district level
    ("dev10-dak-lak_KH-UBND_2025.txt", "287/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Đắk Lắk", "tỉnh", "Đắk Lắk",
     "Đắk Lắk", "24/09/2025", "Xây dựng xã hội học tập tỉnh Đắk Lắk giai đoạn 2025 – 2030", "Trần Quốc Hưng"),
    ("dev10-quang-nam_HD-HKH_2025.txt", "15/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Quảng Nam", "Hội Khuyến học",
     "Quảng Nam", "Quảng Nam", "20/02/2025", "Đánh giá, công nhận danh hiệu \"Đơn vị học tập\"", "Lê Văn Tùng"),
    ("dev10-thai-nguyen_KH-UBND_2024.md", "87/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Sơn Thủy", "huyện",
     "Sơn Thủy", "Thái Nguyên", "12/04/2024", "Xây dựng xã hội học tập trên địa bàn huyện Sơn Thủy", "Hoàng Văn Thắng"),
    # a report of a commune's association, its lines broken as a PDF's
    ("dev10-vinh-long_BC-HKH_2025.txt", "14/BC-HKH", "Báo cáo", "Hội Khuyến học xã Tân Lộc Điền", "Hội Khuyến học",
     "Tân Lộc Điền", "Vĩnh Long", "08/07/2025", "Kết quả công tác khuyến học", "Trương Văn Nghĩa"),
    ("dev11-binh-dinh_CV-SGDDT_2025.md", "612/SGDĐT-GDTX-CN", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Bình Định", "tỉnh",
     "Bình Định", "Bình Định", "18/03/2025", "Triển khai đánh giá, xếp loại TTHTCĐ", "Phạm Ngọc Tuấn"),
    # a commune's report naming its invented district but no province: the province stays unsaid
    ("dev11-lam-dong_BC-UBND_2025.txt", "06/BC-UBND", "Báo cáo", "Ủy ban nhân dân xã Đạ Rơ", "xã", "Đạ Rơ", "Lâm Đồng",
     "08/01/2025", "Kết quả xây dựng xã hội học tập năm 2024", "Cil Ha Thuyên"),
    ("dev11-nghe-an_KH-UBND_2025.txt", "48/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Kỳ Phong", "huyện", "Kỳ Phong",
     "Nghệ An", "14/02/2025", "Thực hiện phong trào", "Vi Văn Tường"),
    ("dev11-soc-trang_TB-HKH_2025.txt", "09/TB-HKH", "Thông báo", "Hội Khuyến học tỉnh Sóc Trăng", "Hội Khuyến học",
     "Sóc Trăng", "Sóc Trăng", "24/02/2025", "Về việc đánh giá, đề nghị tuyên dương", "Trịnh Văn Đức"),
    # a commune plan from a PDF with a page number and its running header mid-sentence
    ("dev12-ha-giang_KH-UBND_2025.txt", "38/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Lũng Chinh Tây", "xã",
     "Lũng Chinh Tây", "Hà Giang", "08/04/2025", "Xây dựng xã hội học tập, đẩy mạnh học tập suốt đời", "Sùng Mí Chớ"),
    # a decision whose Quy chế in Chương / Điều follows it
    ("dev12-quang-ngai_QD-UBND_2025.txt", "1846/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Sơn Hà Đông", "huyện",
     "Sơn Hà Đông", "Quảng Ngãi", "22/05/2025", "Ban hành Quy chế phối hợp", "Đinh Văn Thạnh"),
    ("dev12-quang-ngai_QD-UBND_2025.txt", None, "Quy chế", "Ủy ban nhân dân huyện Sơn Hà Đông", "huyện",
     "Sơn Hà Đông", "Quảng Ngãi", "22/05/2025", "Phối hợp xây dựng xã hội học tập", "Đinh Văn Thạnh"),
    ("dev12-tay-ninh_CV-PGDDT_2025.md", "1127/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Bến Cầu Tây",
     "huyện", "Bến Cầu Tây", "Tây Ninh", "18/09/2025", "Triển khai đánh giá, xếp loại trung tâm học tập cộng đồng",
     "Lê Minh Tâm"),
    # a district letter under its UBND's name in bold Markdown lines
    ("dev13-ben-tre_HD-PGDDT_2026.md", "38/HD-PGDĐT", "Hướng dẫn", "Phòng Giáo dục và Đào tạo huyện Thạnh Hòa", "huyện",
     "Thạnh Hòa", "Bến Tre", "06/03/2026", "Đánh giá, công nhận danh hiệu \"Đơn vị học tập\" cấp xã", "Võ Minh Trí"),
    ("dev13-gia-lai_BC-HKH_2026.txt", "21/BC-HKH", "Báo cáo", "Hội Khuyến học huyện Chư Rông", "Hội Khuyến học",
     "Chư Rông", "Gia Lai", "26/06/2026", "Sơ kết công tác khuyến học", "Đinh Văn Thuận"),
    # a learning centre under its commune's UBND; the gazetteer's Hoàng Long lies in another province
    ("dev13-hung-yen_KH-TTHTCD_2026.txt", "05/KH-TTHTCD", "Kế hoạch", "Trung tâm học tập cộng đồng xã Hoàng Long", "xã",
     "Hoàng Long", "Hưng Yên", "15/01/2026", "Hoạt động của Trung tâm học tập cộng đồng", "Nguyễn Thị Thu Hà"),
    ("dev13-thanh-hoa_KH-UBND_2026.txt", "47/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Thanh Hóa", "tỉnh", "Thanh Hóa",
     "Thanh Hóa", "12/02/2026", "Xây dựng xã hội học tập, đẩy mạnh", "Lê Thị Phương Thảo"),
    # a letter with no numbered parts after "Kính gửi", only a table; a notice of a meeting's conclusions
    ("dev14-lam-dong_CV-SGDDT_2025.md", "3185/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng", "tỉnh",
     "Lâm Đồng", "Lâm Đồng", "27/10/2025", "Báo cáo tổng kết năm 2025 Phong trào", "Trần Văn Lực"),
    ("dev14-quang-tri_HD-HKH_2025.txt", "17/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Quảng Trị", "Hội Khuyến học",
     "Quảng Trị", "Quảng Trị", "15/09/2025", "Đánh giá, công nhận danh hiệu \"Gia đình học tập\"", "Hồ Sĩ Thanh"),
    ("dev14-tuyen-quang_KH-UBND_2026.txt", "48/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Tuyên Quang", "tỉnh",
     "Tuyên Quang", "Tuyên Quang", "23/01/2026", "Thực hiện Phong trào", "Hoàng Thị Minh Nguyệt"),
    ("dev14-tuyen-quang_TB-UBND_2026.txt", "27/TB-UBND", "Thông báo", "Ủy ban nhân dân xã Hàm Yên", "xã", "Hàm Yên",
     "Tuyên Quang", "16/03/2026", "Kết luận của Chủ tịch UBND xã tại cuộc họp", "Hà Thị Thu Trang"),
    # a Word export's signature on one line broken by "<br>"; a province's report; a learning centre's plan
    ("dev15-ca-mau_HD-SGDDT_2026.md", "486/HD-SGDĐT", "Hướng dẫn", "Sở Giáo dục và Đào tạo tỉnh Cà Mau", "tỉnh",
     "Cà Mau", "Cà Mau", "05/03/2026", "Đánh giá, xếp loại \"Cộng đồng", "Lâm Thị Ngọc Diệp"),
    ("dev15-dong-nai_KH-UBND_2026.txt", "21/KH-UBND", "Kế hoạch", "Ủy ban nhân dân phường Tam Phước", "xã",
     "Tam Phước", "Đồng Nai", "27/01/2026", "Xây dựng xã hội học tập,", "Trần Thị Mỹ Hạnh"),
    ("dev15-dong-thap_KH-TTHTCD_2026.txt", "03/KH-TTHTCĐ", "Kế hoạch", "Trung tâm học tập cộng đồng xã Mỹ Hiệp", "xã",
     "Mỹ Hiệp", "Đồng Tháp", "10/02/2026", "Hoạt động của Trung tâm học", "Nguyễn Văn Tới"),
    ("dev15-khanh-hoa_BC-HKH_2026.md", "06/BC-HKH", "Báo cáo", "Hội Khuyến học tỉnh Khánh Hòa", "Hội Khuyến học",
     "Khánh Hòa", "Khánh Hòa", "09/01/2026", "Kết quả công tác khuyến học,", "Nguyễn Thị Kim Loan"),
    ("dev15-lao-cai_TB-BCD_2026.txt", "04/TB-BCĐ", "Thông báo", "Ban Chỉ đạo xây dựng xã hội học tập tỉnh Lào Cai",
     "tỉnh", "Lào Cai", "Lào Cai", "16/03/2026", "Tổ chức Hội nghị sơ kết", "Phạm Văn Dũng"),
    ("dev16-binh-phuoc_KH-UBND_2025.txt", "27/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Phước Minh Đông", "xã",
     "Phước Minh Đông", "Bình Phước", "18/02/2025", "Xây dựng xã hội học tập,", "Lê Văn Thịnh"),
    ("dev16-dak-nong_KH-HKH_2024.txt", "14/KH-HKH", "Kế hoạch", "Hội Khuyến học huyện Quảng Sơn", "Hội Khuyến học",
     "Quảng Sơn", "Đắk Nông", "22/01/2024", "Hoạt động khuyến học, khuyến tài", "Nguyễn Đình Khải"),
    ("dev16-son-la_QD-UBND_2025.txt", "486/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Sơn La", "tỉnh",
     "Sơn La", "Sơn La", "17/03/2025", "Ban hành Kế hoạch xây dựng", "Cầm Thị Phượng"),
    # Thừa Thiên Huế, the province's name until it became the city of Huế in 2025
    ("dev16-thua-thien-hue_HD-HKH_2024.txt", "32/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Thừa Thiên Huế",
     "Hội Khuyến học", "Thừa Thiên Huế", "Huế", "08/07/2024", "Đánh giá, công nhận danh hiệu", "Hoàng Trọng Khiêm"),
    ("dev16-tien-giang_CV-PGDDT_2024.md", "845/PGDĐT", "Công văn", "Phòng Giáo dục và Đào tạo huyện Gò Công Bắc",
     "huyện", "Gò Công Bắc", "Tiền Giang", "26/08/2024", "Cung cấp số liệu phổ cập", "Nguyễn Thanh Phong"),
    # dev17, dev18: a district plan, a Sở letter in tables, a city association's guidance, a commune's decision
    ("dev17-ba-ria-vung-tau_KH-UBND_2024.txt", "112/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Xuyên Mộc",
     "huyện", "Xuyên Mộc", "Bà Rịa - Vũng Tàu", "18/03/2024", "Triển khai Phong trào", "Trương Minh Đạt"),
    ("dev17-bac-lieu_CV-SGDDT_2024.md", "2318/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Bạc Liêu",
     "tỉnh", "Bạc Liêu", "Bạc Liêu", "21/10/2024", "Báo cáo kết quả", "Trần Thị Diễm Phương"),
    ("dev17-da-nang_QD-UBND_2025.txt", "318/QĐ-UBND", "Quyết định", "Ủy ban nhân dân xã Bà Nà",
     "xã", "Bà Nà", "Đà Nẵng", "27/08/2025", "Về việc thành lập", "Trần Công Hậu"),
    ("dev17-dien-bien_KH-UBND_2025.txt", "17/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Ẳng Tở",
     "xã", "Ẳng Tở", "Điện Biên", "26/02/2025", "Xây dựng xã hội", "Quàng Văn Chiến"),
    ("dev17-ho-chi-minh_HD-HKH_2024.txt", "21/HD-HKH", "Hướng dẫn", "Hội Khuyến học thành phố Hồ Chí Minh",
     "Hội Khuyến học", "Hồ Chí Minh", "Hồ Chí Minh", "10/05/2024", "Đánh giá, công nhận", "Đoàn Minh Khải"),
    ("dev18-ha-tinh_BC-HKH_2024.txt", "46/BC-HKH", "Báo cáo", "Hội Khuyến học huyện Vũ Quang",
     "Hội Khuyến học", "Vũ Quang", "Hà Tĩnh", "12/12/2024", "Kết quả công tác", "Nguyễn Đình Thuận"),
    ("dev18-hung-yen_HD-HKH_2025.md", "21/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Hưng Yên",
     "Hội Khuyến học", "Hưng Yên", "Hưng Yên", "15/09/2025", "Đánh giá, công nhận", "Đỗ Văn Hiển"),
    ("dev18-lang-son_TB-UBND_2025.txt", "57/TB-UBND", "Thông báo", "Ủy ban nhân dân xã Tân Văn",
     "xã", "Tân Văn", "Lạng Sơn", "14/10/2025", "Kết luận của đồng", "Lương Thị Huế"),
    ("dev18-quang-ninh_CV-PGDDT_2024.txt", "487/CV-PGDĐT", "Công văn", "Phòng Giáo dục và Đào tạo huyện Bình Liêu",
     "huyện", "Bình Liêu", "Quảng Ninh", "21/10/2024", "Báo cáo kết quả", "Lục Văn Thành"),
    ("dev18-quang-tri_KH-UBND_2026.md", "38/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Quảng Trị",
     "tỉnh", "Quảng Trị", "Quảng Trị", "16/01/2026", "Xây dựng xã hội", "Phan Văn Khôi"),
    ("dev20-dien-bien_BC-UBND_2024.txt", "96/BC-UBND", "Báo cáo", "Ủy ban nhân dân xã Pú Nhi", "xã", "Pú Nhi",
     "Điện Biên", "16/12/2024", "Kết quả xây dựng xã hội học tập", "Sùng A Chứ"),
    ("dev20-gia-lai_HD-HKH_2025.txt", "07/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Gia Lai", "Hội Khuyến học",
     "Gia Lai", "Gia Lai", "22/09/2025", "Đánh giá, công nhận và khen thưởng", "Phạm Thị Ngọc Hà"),
    ("dev20-phu-tho_QD-UBND_2025.txt", "2156/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Phú Thọ", "tỉnh",
     "Phú Thọ", "Phú Thọ", "08/08/2025", "Ban hành Kế hoạch tổ chức", "Trần Thị Minh Nguyệt"),
    ("dev20-phu-tho_QD-UBND_2025.txt", None, "Kế hoạch", "Ủy ban nhân dân tỉnh Phú Thọ", "tỉnh",
     "Phú Thọ", "Phú Thọ", "08/08/2025", "Tổ chức các hoạt động", "Trần Thị Minh Nguyệt"),
    ("dev20-tra-vinh_CV-PGDDT_2024.md", "1127/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Cầu Kè",
     "huyện", "Cầu Kè", "Trà Vinh", "04/11/2024", "Báo cáo kết quả xây dựng", "Nguyễn Thị Kim Thoa"),
    ("dev20-tuyen-quang_KH-UBND_2024.txt", "86/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Chiêm Hóa", "huyện",
     "Chiêm Hóa", "Tuyên Quang", "12/03/2024", "Xây dựng xã hội học tập", "Ma Thị Hồng Nhung"),
    ("dev21-an-giang_CV-UBND_2025.md", "1846/UBND-VHXH", "Công văn", "Ủy ban nhân dân tỉnh An Giang", "tỉnh",
     "An Giang", "An Giang", "12/09/2025", "Đánh giá, công nhận các mô hình", "Lâm Quốc Vinh"),
    ("dev21-nghe-an_TB-BCD_2024.txt", "03/TB-BCĐ", "Thông báo", "Ban Chỉ đạo xây dựng xã hội học tập huyện Yên Thành",
     "huyện", "Yên Thành", "Nghệ An", "24/07/2024", "Kết luận của đồng chí Trưởng Ban", "Hồ Sỹ Lâm"),
    ("dev21-quang-nam_HD-SGDDT_2024.txt", "1925/HD-SGDĐT", "Hướng dẫn", "Sở Giáo dục và Đào tạo tỉnh Quảng Nam",
     "tỉnh", "Quảng Nam", "Quảng Nam", "22/08/2024", "Đánh giá, công nhận", "Phạm Ngọc Trâm"),
    ("dev21-yen-bai_KH-HKH_2024.txt", "09/KH-HKH", "Kế hoạch", "Hội Khuyến học huyện Văn Chấn", "Hội Khuyến học",
     "Văn Chấn", "Yên Bái", "18/01/2024", "Hoạt động khuyến học, khuyến tài", "Lường Văn Thanh"),
    ("dev22-bac-ninh_HD-HKH_2024.txt", "11/HD-HKH", "Hướng dẫn", "Hội Khuyến học huyện Gia Bình", "Hội Khuyến học",
     "Gia Bình", "Bắc Ninh", "22/04/2024", "Đánh giá, biểu dương", "Ngô Đình Khiêm"),
    ("dev22-ha-giang_KH-UBND_2024.txt", "67/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Tùng Vài", "xã",
     "Tùng Vài", "Hà Giang", "16/09/2024", "Tổ chức Tuần lễ hưởng ứng", "Sùng Seo Chứ"),
    ("dev22-hai-phong_CV-PGDDT_2024.md", "865/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Vĩnh Bảo",
     "huyện", "Vĩnh Bảo", "Hải Phòng", "21/10/2024", "Báo cáo tổng kết năm 2024", "Phạm Văn Tuấn"),
    ("dev22-soc-trang_KH-UBND_2024.txt", "47/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Long Phú", "huyện",
     "Long Phú", "Sóc Trăng", "18/03/2024", "Thực hiện Phong trào", "Lâm Văn Sang"),
    ("dev23-bac-giang_KH-UBND_2024.txt", "214/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Lục Nam", "huyện",
     "Lục Nam", "Bắc Giang", "18/04/2024", "Triển khai Phong trào", "Nguyễn Đức Thịnh"),
    # a commune of the merged Gia Lai (the file keeps the old province's name), dated after 1/7/2025
    ("dev23-binh-dinh_KH-UBND-xa_2025.txt", "58/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Cát Tiến", "xã",
     "Cát Tiến", "Gia Lai", "12/08/2025", "Xây dựng xã hội học tập", "Võ Văn Thành"),
    ("dev23-kien-giang_CV-SGDDT_2025.md", "612/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Kiên Giang",
     "tỉnh", "Kiên Giang", "Kiên Giang", "14/03/2025", "Triển khai nhiệm vụ", "Lâm Thị Ngọc Diệp"),
    ("dev23-phu-tho_HD-HKH_2024.txt", "27/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Phú Thọ", "Hội Khuyến học",
     "Phú Thọ", "Phú Thọ", "22/02/2024", "Đánh giá, công nhận", "Bùi Văn Khánh"),
    # a commune association under a district's (its parent line), and a Sở letter whose header is a Markdown table
    ("dev24-hai-duong_HD-HKH_2025.txt", "07/HD-HKH", "Hướng dẫn", "Hội Khuyến học xã Ngũ Hùng", "Hội Khuyến học",
     "Ngũ Hùng", "Hải Dương", "24/02/2025", "Bình xét, công nhận danh hiệu học tập", "Nguyễn Thị Lan Phương"),
    ("dev24-quang-ngai_CV-SGDDT_2024.md", "2318/SGDĐT-GDTXCN", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
     "tỉnh", "Quảng Ngãi", "Quảng Ngãi", "28/10/2024", "Báo cáo kết quả xây dựng xã hội học tập", "Trần Thị Bích Ngọc"),
    ("dev24-thai-binh_KH-UBND_2024.txt", "146/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tiền Hải", "huyện",
     "Tiền Hải", "Thái Bình", "12/04/2024", "Triển khai Phong trào", "Phạm Văn Khiêm"),
    ("dev24-thanh-hoa_KH-UBND_2025.txt", "112/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Hoằng Tiến", "xã",
     "Hoằng Tiến", "Thanh Hóa", "22/09/2025", "Xây dựng xã hội học tập và nâng cao", "Lê Thị Hằng"),
    # a Phòng letter in plain text, a district association's plan in Markdown, a report from a PDF, a Ban Chỉ đạo's guidance
    ("dev25-bac-kan-cv-ngan-son.txt", "243/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Ngân Sơn", "huyện",
     "Ngân Sơn", "Bắc Kạn", "22/05/2025", "Báo cáo sơ kết 6 tháng đầu năm 2025", "Triệu Văn Khánh"),
    ("dev25-cao-bang-kh-hkh-ha-lang.md", "07/KH-HKH", "Kế hoạch", "Hội Khuyến học huyện Hạ Lang", "Hội Khuyến học",
     "Hạ Lang", "Cao Bằng", "16/01/2025", "Công tác khuyến học, khuyến tài", "Đàm Văn Quyết"),
    ("dev25-tien-giang-bc-cho-gao.txt", "198/BC-UBND", "Báo cáo", "Ủy ban nhân dân huyện Chợ Gạo", "huyện",
     "Chợ Gạo", "Tiền Giang", "08/07/2024", "Sơ kết 6 tháng đầu năm 2024", "Nguyễn Thị Kim Phượng"),
    ("dev25-lai-chau-hd-than-uyen.md", "29/HD-BCĐ", "Hướng dẫn", "Ban Chỉ đạo xây dựng xã hội học tập huyện Than Uyên",
     "huyện", "Than Uyên", "Lai Châu", "10/09/2024", "Đánh giá, công nhận", "Lường Thị Nga"),
    # a commune plan from a PDF in Phần / Mục, a Sở letter in Markdown, a district association's guidance, a half-year report
    ("dev26-kon-tum_KH-UBND_2025.txt", "23/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Đăk Pék", "xã",
     "Đăk Pék", "Kon Tum", "14/02/2025", "Xây dựng xã hội học tập, đẩy mạnh học tập suốt đời", "A Thuấn"),
    ("dev26-hoa-binh_CV-SGDDT_2025.md", "519/SGDĐT-GDTrH-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Hòa Bình",
     "tỉnh", "Hòa Bình", "Hòa Bình", "10/03/2025", "Hướng dẫn thực hiện nhiệm vụ xây dựng xã hội học tập", "Đinh Công Luận"),
    ("dev26-son-la_HD-HKH_2025.txt", "13/HD-HKH", "Hướng dẫn", "Hội Khuyến học huyện Thuận Châu", "Hội Khuyến học",
     "Thuận Châu", "Sơn La", "03/03/2025", "Đánh giá, công nhận và biểu dương", "Lò Văn Phanh"),
    ("dev26-phu-yen_BC-UBND_2025.md", "142/BC-UBND", "Báo cáo", "Ủy ban nhân dân huyện Sơn Hòa", "huyện",
     "Sơn Hòa", "Phú Yên", "18/06/2025", "Kết quả xây dựng xã hội học tập 6 tháng đầu năm", "Trần Đình Khải"),
    # a commune plan, a district association's guidance in Markdown, a meeting's conclusions, a decision with its rules
    ("dev27-nam-dinh_KH-UBND_2025.txt", "28/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Xuân Ninh", "xã",
     "Xuân Ninh", "Nam Định", "14/03/2025", "Xây dựng xã hội học tập, đẩy mạnh học tập suốt đời", "Vũ Thị Hạnh"),
    ("dev27-binh-thuan_HD-HKH_2025.md", "07/HD-HKH", "Hướng dẫn", "Hội Khuyến học huyện Tánh Linh", "Hội Khuyến học",
     "Tánh Linh", "Bình Thuận", "24/02/2025", "Đánh giá, công nhận danh hiệu", "Huỳnh Thị Kim Xuyến"),
    ("dev27-vinh-long_TB-UBND_2025.txt", "112/TB-UBND", "Thông báo", "Ủy ban nhân dân huyện Vũng Liêm", "huyện",
     "Vũng Liêm", "Vĩnh Long", "08/04/2025", "Kết luận của Chủ tịch UBND huyện tại cuộc họp", "Phan Minh Triết"),
    ("dev27-hai-duong_QD-UBND_2025.txt", "1275/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Tứ Kỳ", "huyện",
     "Tứ Kỳ", "Hải Dương", "16/05/2025", "Về việc kiện toàn Ban Chỉ đạo", "Nguyễn Đức Khoa"),
    # a district's yearly report in Markdown, a Sở letter with its V/v line, a commune association's plan, a Ban Chỉ đạo guidance
    ("dev28-hau-giang_BC-UBND_2025.md", "18/BC-UBND", "Báo cáo", "Ủy ban nhân dân huyện Vị Thủy", "huyện",
     "Vị Thủy", "Hậu Giang", "14/01/2025", "Kết quả thực hiện Phong trào", "Lê Thị Mỹ Hạnh"),
    ("dev28-quang-binh_CV-SGDDT_2025.txt", "1186/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Quảng Bình",
     "tỉnh", "Quảng Bình", "Quảng Bình", "08/04/2025", "Báo cáo kết quả xây dựng xã hội học tập 6 tháng", "Hoàng Thị Minh Nguyệt"),
    ("dev28-ninh-binh_KH-HKH_2025.txt", "05/KH-HKH", "Kế hoạch", "Hội Khuyến học xã Gia Thủy", "Hội Khuyến học",
     "Gia Thủy", "Ninh Bình", "10/01/2025", "Hoạt động khuyến học, khuyến tài", "Đinh Văn Quyết"),
    ("dev28-can-tho_HD-BCD_2025.txt", "03/HD-BCĐ", "Hướng dẫn", "Ban Chỉ đạo xây dựng xã hội học tập huyện Cờ Đỏ",
     "huyện", "Cờ Đỏ", "Cần Thơ", "24/02/2025", "Đánh giá, xếp loại", "Lâm Văn Thoại"),
    # a district association's plan with a table of targets typed with spaces
    ("dev12-yen-bai_KH-HKH_2025.txt", "09/KH-HKH", "Kế hoạch", "Hội Khuyến học huyện Văn Lâm Sơn", "Hội Khuyến học",
     "Văn Lâm Sơn", "Yên Bái", "14/01/2025", "Hoạt động khuyến học, khuyến tài", "Nông Thị Hạnh"),
    ("thai-binh_KH-PGDDT_2024.md", "215/KH-PGDĐT", "Kế hoạch", "Phòng Giáo dục và Đào tạo huyện Kiến Xương",
     "huyện", "Kiến Xương", "Thái Bình", "05/04/2024", "Xây dựng xã hội học tập", "Vũ Thị Thanh Hương"),
    # a district's half-year report, a Ban Chỉ đạo's notice, a ward plan from a PDF, a guidance with forms after its
    # signature, a decision issuing rules, a Phòng letter, a joint plan, a centre's plan, a province plan, a commune
    # association's report, a Sở of culture's letter with no numbered items, a district guidance
    ("dev31-ha-nam_HD-HKH_2024.md", "21/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Hà Nam", "Hội Khuyến học",
     "Hà Nam", "Hà Nam", "16/04/2024", "Đánh giá, xếp loại và công nhận", "Trần Văn Lợi"),
    ("dev31-ha-tinh_BC-UBND_2024.txt", "186/BC-UBND", "Báo cáo", "Ủy ban nhân dân huyện Cẩm Xuyên", "huyện",
     "Cẩm Xuyên", "Hà Tĩnh", "05/07/2024", "Sơ kết 6 tháng đầu năm 2024", "Trần Thị Minh Huệ"),
    ("dev31-nghe-an_TB-BCD_2025.md", "07/TB-BCĐ", "Thông báo", "Ban Chỉ đạo xây dựng xã hội học tập huyện Tân Kỳ", "huyện",
     "Tân Kỳ", "Nghệ An", "18/03/2025", "Kết luận của Trưởng Ban Chỉ đạo", "Phan Đình Quý"),
    ("dev31-thai-nguyen_KH-UBND_2024.txt", "28/KH-UBND", "Kế hoạch", "Ủy ban nhân dân phường Bách Quang", "xã",
     "Bách Quang", "Thái Nguyên", "22/02/2024", "Xây dựng xã hội học tập, đẩy", "Dương Văn Toàn"),
    ("dev32-bac-giang_QD-UBND_2024.txt", "1256/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Yên Thế", "huyện",
     "Yên Thế", "Bắc Giang", "20/03/2024", "Ban hành Quy chế thi đua, khen", "Thân Văn Hòa"),
    ("dev32-bac-giang_QD-UBND_2024.txt", None, "Quy chế", "Ủy ban nhân dân huyện Yên Thế", "huyện",
     "Yên Thế", "Bắc Giang", "20/03/2024", "Thi đua, khen thưởng danh hiệu", "Thân Văn Hòa"),
    ("dev32-ha-tinh_CV-PGDDT_2025.txt", "412/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Thạch Hà", "huyện",
     "Thạch Hà", "Hà Tĩnh", "03/06/2025", "Báo cáo số liệu giáo dục thường", "Phan Đình Khiêm"),
    ("dev32-nghe-an_KHLT-HKH_2024.md", "05/KHLT-HKH-HĐ", "Kế hoạch", "Hội Khuyến học huyện Quỳnh Lưu", "Hội Khuyến học",
     "Quỳnh Lưu", "Nghệ An", "26/02/2024", "Phối hợp thực hiện công tác khuyến", "Nguyễn Thị Hằng"),
    ("dev32-quang-binh_KH-TTHTCD_2024.txt", "02/KH-TTHTCĐ", "Kế hoạch", "Trung tâm học tập cộng đồng xã Hưng Trạch", "xã",
     "Hưng Trạch", "Quảng Bình", "08/01/2024", "Hoạt động của Trung tâm học tập", "Lê Văn Tình"),
    ("dev33-bac-ninh_KH-UBND_2025.md", "237/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Bắc Ninh", "tỉnh",
     "Bắc Ninh", "Bắc Ninh", "14/03/2025", "Đẩy mạnh xây dựng xã hội học", "Lê Xuân Thịnh"),
    ("dev33-binh-dinh_BC-HKH_2024.txt", "27/BC-HKH", "Báo cáo", "Hội Khuyến học xã Ân Tường Tây", "Hội Khuyến học",
     "Ân Tường Tây", "Bình Định", "16/12/2024", "Kết quả công tác khuyến học, khuyến", "Trương Thị Bích Hạnh"),
    ("dev33-lao-cai_HD-UBND_2025.md", "43/HD-UBND", "Hướng dẫn", "Ủy ban nhân dân huyện Bảo Yên", "huyện",
     "Bảo Yên", "Lào Cai", "08/04/2025", "Đánh giá, công nhận danh hiệu", "Hoàng Văn Nghĩa"),
    ("dev33-bac-lieu_CV-SVHTTDL_2025.txt", "1187/SVHTTDL-QLVHGĐ", "Công văn", "Sở Văn hóa, Thể thao và Du lịch tỉnh Bạc Liêu", "tỉnh",
     "Bạc Liêu", "Bạc Liêu", "22/05/2025", "Đẩy mạnh phát triển văn hóa đọc,", "Huỳnh Văn Khiêm"),
    ("dev34-binh-duong_KH-UBND_2025.txt", "137/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Bàu Lách", "huyện",
     "Bàu Lách", "Bình Dương", "14/03/2025", "Xây dựng xã hội học tập, đẩy mạnh", "Tạ Thị Mỹ Duyên"),
    ("dev34-da-nang_CV-SGDDT_2025.md", "1862/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo thành phố Đà Nẵng", "tỉnh",
     "Đà Nẵng", "Đà Nẵng", "03/06/2025", "Báo cáo kết quả xây dựng xã hội học tập 6 tháng", "Võ Thị Bích Ngân"),
    ("dev34-ninh-thuan_BC-UBND_2024.txt", "193/BC-UBND", "Báo cáo", "Ủy ban nhân dân xã Phước Lợi Nam", "xã",
     "Phước Lợi Nam", "Ninh Thuận", "06/12/2024", "Kết quả thực hiện nhiệm vụ xây dựng", "Châu Thị Hoa"),
    ("dev34-vinh-phuc_HD-HKH_2025.txt", "29/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Vĩnh Phúc", "Hội Khuyến học",
     "Vĩnh Phúc", "Vĩnh Phúc", "22/04/2025", "Đánh giá, công nhận danh hiệu", "Phùng Văn Khải"),
    ("dev35-ba-ria-vung-tau_KH-HKH_2024.txt", "17/KH-HKH", "Kế hoạch", "Hội Khuyến học huyện Đất Đỏ", "Hội Khuyến học",
     "Đất Đỏ", "Bà Rịa - Vũng Tàu", "22/07/2024", "Tổ chức \"Tháng Khuyến học\" năm 2024", "Lê Thị Ngọc Hạnh"),
    ("dev35-dak-nong_TB-BCD_2025.txt", "08/TB-BCĐ", "Thông báo", "Ban Chỉ đạo xây dựng xã hội học tập huyện Đắk Song",
     "huyện", "Đắk Song", "Đắk Nông", "14/05/2025", "Kết luận của Trưởng Ban Chỉ đạo", "Phan Thị Mỹ Dung"),
    ("dev35-ha-noi_KH-UBND_2025.md", "36/KH-UBND", "Kế hoạch", "Ủy ban nhân dân phường Giang Thượng", "xã",
     "Giang Thượng", "Hà Nội", "24/02/2025", "Xây dựng xã hội học tập, đẩy mạnh", "Nguyễn Thu Hằng"),
    ("dev35-long-an_QD-UBND_2025.txt", "412/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Tân Trụ", "huyện",
     "Tân Trụ", "Long An", "18/03/2025", "Về việc ban hành Kế hoạch triển khai", "Võ Thành Nhân"),
    ("dev35-long-an_QD-UBND_2025.txt", None, "Kế hoạch", "Ủy ban nhân dân huyện Tân Trụ", "huyện",
     "Tân Trụ", "Long An", "18/03/2025", "Triển khai Phong trào", "Võ Thành Nhân"),
    ("dev36-binh-phuoc_KH-HKH_2025.txt", "13/KH-HKH", "Kế hoạch", "Hội Khuyến học xã Tân Phước Đông", "Hội Khuyến học",
     "Tân Phước Đông", "Bình Phước", "16/01/2025", "Hoạt động khuyến học, khuyến tài", "Lâm Văn Hùng"),
    ("dev36-can-tho_KH-UBND_2025.txt", "93/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Cần Thơ", "tỉnh",
     "Cần Thơ", "Cần Thơ", "10/01/2025", "Đẩy mạnh xây dựng xã hội học tập", "Lâm Quốc Khải"),
    ("dev36-cao-bang_BC-TTGDNNGDTX_2024.txt", "118/BC-TTGDNN-GDTX", "Báo cáo",
     "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Bảo Quang", "huyện", "Bảo Quang", "Cao Bằng",
     "13/12/2024", "Kết quả công tác giáo dục thường xuyên", "Nông Văn Quyết"),
    ("dev36-thua-thien-hue_CV-PGDDT_2024.md", "742/PGDĐT-GDTX", "Công văn", "Phòng Giáo dục và Đào tạo huyện Hương Vân",
     "huyện", "Hương Vân", "Huế", "22/11/2024", "Báo cáo số liệu xây dựng xã hội học tập", "Tôn Thất Bảo Long"),
    ("dev37-lang-son_QD-UBND_2025.txt", "146/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Lạng Sơn", "tỉnh",
     "Lạng Sơn", "Lạng Sơn", "21/01/2025", "Về việc công nhận danh hiệu", "Hoàng Văn Nghiệm"),
    ("dev37-phu-tho_KH-PGDDT_2025.txt", "312/KH-PGDĐT", "Kế hoạch", "Phòng Giáo dục và Đào tạo huyện Tân Sơn", "huyện",
     "Tân Sơn", "Phú Thọ", "24/03/2025", "Kiểm tra hoạt động của các Trung tâm học", "Đinh Thị Mến"),
    ("dev37-quang-ngai_CTr-HKH_2025.md", "05/CTr-HKH", "Chương trình", "Hội Khuyến học huyện Nghĩa Hành", "Hội Khuyến học",
     "Nghĩa Hành", "Quảng Ngãi", "14/01/2025", "Công tác năm 2025", "Đinh Công Thảo"),
    ("dev37-yen-bai_BC-UBND_2025.md", "87/BC-UBND", "Báo cáo", "Ủy ban nhân dân xã Tân Lĩnh", "xã",
     "Tân Lĩnh", "Yên Bái", "16/06/2025", "Sơ kết 6 tháng đầu năm 2025 công tác xây", "Triệu Văn Quầy"),
    ("dev38-ben-tre_HD-BTDKT_2025.txt", "31/HD-BTĐKT", "Hướng dẫn", "Ban Thi đua - Khen thưởng tỉnh Bến Tre", "tỉnh",
     "Bến Tre", "Bến Tre", "10/02/2025", "Khen thưởng phong trào thi đua", "Huỳnh Minh Đạt"),
    ("dev38-dak-lak_KH-THCS_2025.md", "112/KH-THCSEK", "Kế hoạch", "Trường THCS Ea Kly huyện Krông Pắc", "huyện",
     "Krông Pắc", "Đắk Lắk", "15/09/2025", "Xây dựng \"Đơn vị học tập\" năm học 2025", "Phan Văn Quý"),
    ("dev38-dong-thap_KH-UBND_2025.txt", "86/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tam Nông", "huyện",
     "Tam Nông", "Đồng Tháp", "18/09/2025", "Tổ chức Tuần lễ hưởng ứng học tập suốt đ", "Nguyễn Thị Bích Liên"),
    ("dev38-tay-ninh_QCPH-HKH-TD_2025.md", "07/QĐLT-HKH-TĐTN", "Quyết định", "Hội Khuyến học tỉnh Tây Ninh", "Hội Khuyến học",
     "Tây Ninh", "Tây Ninh", "26/03/2025", "Ban hành Quy chế phối hợp giữa Hội Khuyế", "Trần Văn Khiêm"),
    ("dev38-tay-ninh_QCPH-HKH-TD_2025.md", None, "Quy chế", "Hội Khuyến học tỉnh Tây Ninh", "Hội Khuyến học",
     "Tây Ninh", "Tây Ninh", "26/03/2025", "Phối hợp giữa Hội Khuyến học tỉnh và Tỉn", "Trần Văn Khiêm"),
    ("dev39-ha-giang_BC-UBND_2025.md", "412/BC-UBND", "Báo cáo", "Ủy ban nhân dân tỉnh Hà Giang", "tỉnh",
     "Hà Giang", "Hà Giang", "10/12/2025", "Tổng kết giai đoạn 2021 - 2025 thực hiện", "Nông Thị Thúy Hằng"),
    ("dev39-quang-ngai_BB-HKH_2025.txt", "09/BB-HKH", "Biên bản", "Hội Khuyến học xã Đức Phong", "Hội Khuyến học",
     "Đức Phong", "Quảng Ngãi", "18/07/2025", "Họp Ban Chấp hành Hội Khuyến học xã Đức ", "Nguyễn Văn Thắng"),
    ("dev39-thanh-hoa_TB-PGDDT_2026.md", "28/TB-PGDĐT", "Thông báo", "Phòng Giáo dục và Đào tạo huyện Hậu Lộc", "huyện",
     "Hậu Lộc", "Thanh Hóa", "12/01/2026", "Về việc tổ chức tập huấn sử dụng phần mề", "Nguyễn Thị Lan Hương"),
    ("dev39-yen-bai_TTr-UBND_2025.txt", "47/TTr-UBND", "Tờ trình", "Ủy ban nhân dân xã Trúc Lâu", "xã",
     "Trúc Lâu", "Yên Bái", "20/10/2025", "Về việc đề nghị hỗ trợ kinh phí hoạt độn", "Hoàng Văn Thào"),
    ("vinh-thanh_KH-UBND_2024.txt", "45/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Vĩnh Thạnh", "xã", "Vĩnh Thạnh",
     "Đồng Tháp", "12/03/2024", "Thực hiện Phong trào “Cả nước thi đua", "Trần Thị Mỹ Linh"),
    # a learning centre's quarterly report; a joint plan signed side by side (the host body, right, signs for it)
    ("dev40-binh-dinh_BC-TTHTCD_2025.md", "03/BC-TTHTCĐ", "Báo cáo", "Trung tâm học tập cộng đồng xã Canh Vinh",
     "xã", "Canh Vinh", "Bình Định", "08/01/2025", "Kết quả hoạt động quý IV", "Huỳnh Thị Ngọc Bích"),
    ("dev40-binh-dinh_KH-PGDDT-HKH_2024.txt", "112/KHLN-PGDĐT-HKH", "Kế hoạch",
     "Phòng Giáo dục và Đào tạo huyện Vân Canh", "huyện", "Vân Canh", "Bình Định", "14/10/2024",
     "Kiểm tra liên ngành công tác", "Trần Thị Kim Phụng"),
    ("dev40-binh-dinh_QD-UBND_2024.txt", "385/QĐ-UBND", "Quyết định", "Ủy ban nhân dân huyện Vân Canh", "huyện",
     "Vân Canh", "Bình Định", "11/03/2024", "Về việc thành lập Ban Chỉ đạo", "Đinh Văn Thông"),
    ("dev40-binh-dinh_QD-UBND_2024.txt", None, "Quy chế", "Ủy ban nhân dân huyện Vân Canh", "huyện",
     "Vân Canh", "Bình Định", "11/03/2024", "Hoạt động của Ban Chỉ đạo", "Đinh Văn Thông"),
    ("dev40-binh-dinh_TB-UBND_2024.txt", "27/TB-UBND", "Thông báo", "Ủy ban nhân dân xã Canh Thuận", "xã",
     "Canh Thuận", "Bình Định", "22/04/2024", "Phân công nhiệm vụ thành viên", "Nguyễn Thị Mỹ Trâm"),
    ("dev41-hai-duong_BC-HKH_2024.txt", "17/BC-HKH", "Báo cáo", "Hội Khuyến học xã Hiệp Cát", "Hội Khuyến học",
     "Hiệp Cát", "Hải Dương", "20/12/2024", "Kết quả công tác khuyến học", "Phạm Văn Lợi"),
    ("dev41-hai-duong_CV-SGDDT_2025.md", "38/SGDĐT-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Hải Dương",
     "tỉnh", "Hải Dương", "Hải Dương", "06/01/2025", "Đôn đốc báo cáo kết quả", "Lương Văn Khải"),
    ("dev41-hai-duong_HD-HKH_2024.txt", "33/HD-HKH", "Hướng dẫn", "Hội Khuyến học tỉnh Hải Dương",
     "Hội Khuyến học", "Hải Dương", "Hải Dương", "18/09/2024", "Chấm điểm, đánh giá", "Nguyễn Thị Hồng Vân"),
    ("dev41-hai-duong_KH-UBND_2025.txt", "92/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Bình Giang", "huyện",
     "Bình Giang", "Hải Dương", "14/04/2025", "Tổ chức Hội nghị tổng kết 05 năm", "Đoàn Thị Minh Nguyệt"),
    # an invitation (GM) titled by the line under "GIẤY MỜI"; a commune council's resolution
    ("dev42-vinh-long_GM-HKH_2025.txt", "15/GM-HKH", "Giấy mời", "Hội Khuyến học huyện Trà Ôn", "Hội Khuyến học",
     "Trà Ôn", "Vĩnh Long", "12/05/2025", "Dự Hội nghị tập huấn nghiệp vụ", "Dương Thanh Nhã"),
    ("dev42-vinh-long_KH-UBND_2025.txt", "46/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tam Bình", "huyện",
     "Tam Bình", "Vĩnh Long", "24/03/2025", "Tổ chức Ngày Sách và Văn hóa đọc", "Nguyễn Thị Thanh Xuân"),
    ("dev42-vinh-long_NQ-HDND_2025.txt", "12/NQ-HĐND", "Nghị quyết", "Hội đồng nhân dân xã Song Phú", "xã",
     "Song Phú", "Vĩnh Long", "14/03/2025", "Về xây dựng xã hội học tập", "Trương Văn Hiếu"),
    ("dev42-vinh-long_QD-UBND_2025.txt", "1185/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Vĩnh Long", "tỉnh",
     "Vĩnh Long", "Vĩnh Long", "06/06/2025", "Về việc tặng Bằng khen", "Lâm Quang Thiện"),
    ("dev43-quang-ninh_BC-HKH_2025.txt", "91/BC-HKH", "Báo cáo", "Hội Khuyến học tỉnh Quảng Ninh", "Hội Khuyến học",
     "Quảng Ninh", "Quảng Ninh", "18/12/2025", "Kết quả công tác khuyến học, khuyến tài", "Phạm Văn Thuận"),
    ("dev43-quang-ninh_CV-SGDDT_2026.txt", "587/SGDĐT-GDNNTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh",
     "tỉnh", "Quảng Ninh", "Quảng Ninh", "10/03/2026", "Hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng",
     "Đinh Thị Hồng Nhung"),
    ("dev43-quang-ninh_KH-UBND_2026.md", "13/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Quảng Phong", "xã",
     "Quảng Phong", "Quảng Ninh", "16/01/2026", "Xây dựng xã hội học tập, đẩy mạnh học tập suốt đời", "Triệu Thị Xuân"),
    ("dev43-quang-ninh_QD-UBND_2026.txt", "379/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Quảng Ninh", "tỉnh",
     "Quảng Ninh", "Quảng Ninh", "06/02/2026", "Về việc tặng Bằng khen của Chủ tịch", "Lê Thị Thu Hương"),
    ("dev44-hau-giang_BC-TTHTCD_2024.txt", "09/BC-TTHTCĐ", "Báo cáo", "Trung tâm học tập cộng đồng xã Tân Lộc Đông",
     "xã", "Tân Lộc Đông", "Hậu Giang", "20/11/2024", "Kết quả hoạt động năm 2024", "Võ Thị Ngọc Hân"),
    ("dev44-hau-giang_CV-SGDDT_2024.md", "2356/SGDĐT-GDTrH-GDTX", "Công văn", "Sở Giáo dục và Đào tạo tỉnh Hậu Giang",
     "tỉnh", "Hậu Giang", "Hậu Giang", "28/10/2024", "Báo cáo kết quả hoạt động và đánh giá, xếp loại",
     "Trương Thị Mỹ Hạnh"),
    ("dev44-hau-giang_HD-HKH_2024.txt", "12/HD-HKH", "Hướng dẫn", "Hội Khuyến học huyện Thạnh Long", "Hội Khuyến học",
     "Thạnh Long", "Hậu Giang", "15/03/2024", "Đánh giá, công nhận danh hiệu", "Lê Thị Kim Loan"),
    ("dev44-hau-giang_KH-UBND_2024.txt", "214/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Thạnh Long", "huyện",
     "Thạnh Long", "Hậu Giang", "10/09/2024", "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024", "Huỳnh Minh Trí"),
]


def _documents(source: str):
    path = next(folder / source for folder in FOLDERS if (folder / source).is_file())
    return parse_source(path, source, 1 << 25)


@pytest.mark.parametrize("row", EXPECTED, ids=[f"{r[0]}:{r[1]}" for r in EXPECTED])
def test_every_seed_and_fixture_document_has_its_metadata(row) -> None:
    source, number, kind, issuer, level, locality, province, date, title, signer = row
    docs, chunks = _documents(source)
    meta = next(d for d in docs if d.number == number and d.kind == kind)
    got = (meta.number, meta.kind, meta.issuer, meta.level, meta.locality, meta.province, meta.date, meta.signer)
    assert got == (number, kind, issuer, level, locality, province, date, signer)
    assert meta.title.startswith(title), meta.title
    assert any(c.doc_id == meta.doc_id for c in chunks)
    if level == "huyện":  # "UBND TỈNH QUẢNG NGÃI" over a district's name is its province, never its district
        assert meta.district == "", meta.district


def test_every_fixture_file_is_listed_above() -> None:
    listed = {row[0] for row in EXPECTED}
    files = {p.name for folder in FOLDERS for p in folder.iterdir() if p.is_file()}
    assert files == listed


# --- headers ------------------------------------------------------------------------------


def _meta(text: str):
    return parse_file(clean_text(text), "x.txt")


LETTER = """UBND TỈNH QUẢNG NGÃI
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2816/SGDĐT-GDTX
V/v báo cáo kết quả thực hiện Phong trào năm 2025
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 18 tháng
11 năm 2025
Kính gửi:
- Ủy ban nhân dân các xã, phường, đặc khu;
- Hội Khuyến học tỉnh.
Các đơn vị gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 10/12/2025.
Nơi nhận:
- Như trên;
- Lưu: VT, GDTX.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Tấn
"""


def test_a_letter_with_its_subject_on_the_next_line() -> None:
    (doc,) = _meta(LETTER)
    meta = doc.meta
    assert meta.number == "2816/SGDĐT-GDTX" and meta.kind == "Công văn"  # the V/v line adds no letter
    assert meta.title == "Báo cáo kết quả thực hiện Phong trào năm 2025"
    assert meta.issuer == "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi" and meta.level == "tỉnh"
    assert meta.date == "18/11/2025"  # "ngày … tháng" / "… năm …" split over two lines
    assert meta.addressees == ["Ủy ban nhân dân các xã, phường, đặc khu", "Hội Khuyến học tỉnh"]
    assert meta.recipients == ["Như trên", "Lưu: VT, GDTX"]
    assert (meta.signer, meta.signer_title, meta.signing) == ("Nguyễn Văn Tấn", "Phó giám đốc", "KT. Giám đốc")


def test_a_subject_on_the_number_line_and_kinds_from_symbols() -> None:
    (doc,) = _meta("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 187/PGDĐT-GDTX  V/v hướng dẫn báo cáo năm học 2024 - 2025\n"
                   "Kính gửi: Hiệu trưởng các trường.\nCác trường báo cáo trước ngày 06/6/2025.\n")
    assert doc.meta.kind == "Công văn" and doc.meta.title == "Hướng dẫn báo cáo năm học 2024 - 2025"
    assert doc.meta.addressees == ["Hiệu trưởng các trường"]
    for symbol, kind in (("TB-UBND", "Thông báo"), ("BC-UBND", "Báo cáo"), ("HD-HKH", "Hướng dẫn"),
                         ("QĐ-UBND", "Quyết định"), ("KH-BCĐ", "Kế hoạch")):
        (doc,) = _meta(f"ỦY BAN NHÂN DÂN\nHUYỆN CHỢ MỚI\nSố: 7/{symbol}\nChợ Mới, ngày 2 tháng 5 năm 2024\n"
                       "Các xã báo cáo về Ủy ban nhân dân huyện trước ngày 10 tháng 12 hằng năm.\n")
        assert doc.meta.kind == kind


def test_issuers_at_each_level() -> None:
    cases = {
        "UBND TỈNH HÀ TĨNH\nBAN CHỈ ĐẠO XÂY DỰNG\nXÃ HỘI HỌC TẬP TỈNH\n":
            ("Ban Chỉ đạo xây dựng xã hội học tập tỉnh Hà Tĩnh", "tỉnh"),
        "UBND HUYỆN KIẾN XƯƠNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n": ("Phòng Giáo dục và Đào tạo huyện Kiến Xương", "huyện"),
        "HỘI KHUYẾN HỌC TỈNH HẢI DƯƠNG\nHỘI KHUYẾN HỌC THÀNH PHỐ CHÍ LINH\n":
            ("Hội Khuyến học thành phố Chí Linh", "Hội Khuyến học"),
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n": ("Ủy ban nhân dân thành phố Hải Phòng", "tỉnh"),
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CHÍ LINH\n": ("Ủy ban nhân dân thành phố Chí Linh", "huyện"),
    }
    for header, (issuer, level) in cases.items():
        (doc,) = _meta(header + "Số: 5/KH-UBND\nKẾ HOẠCH\nXây dựng xã hội học tập năm 2024\n"
                                "I. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo trước ngày 10/12 hằng năm.\n")
        assert (doc.meta.issuer, doc.meta.level) == (issuer, level)


def test_a_decision_and_the_plan_it_issues_are_two_documents() -> None:
    docs, _chunks = _documents("tay-ninh_QD-UBND_2024.txt")
    decision, plan = docs
    assert plan.attached_to == decision.number == "1234/QĐ-UBND"
    assert plan.number_display == "kèm theo Quyết định 1234/QĐ-UBND"
    assert "Ban hành kèm theo" in plan.date_line and not plan.title.endswith(")")


def test_a_two_line_note_is_a_document_with_its_issuer_from_the_sentence() -> None:
    (doc,) = _meta("KẾ HOẠCH\nUBND xã Hòa Thắng giao Hội Khuyến học xã báo cáo kết quả về UBND xã "
                   "trước ngày 15 tháng 10 hằng năm.\n")
    assert (doc.meta.kind, doc.meta.issuer, doc.meta.locality, doc.meta.level) == (
        "Kế hoạch", "Ủy ban nhân dân xã Hòa Thắng", "Hòa Thắng", "xã")
    chunks = chunk_document(doc)
    assert len(chunks) == 1 and "15 tháng 10" in chunks[0].text


def test_a_notice_whose_kind_line_runs_into_its_title_ends_the_title_at_its_body() -> None:
    (doc,) = _meta("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ ĐÔNG\nSố: 41/TB-UBND\n"
                   "THÔNG BÁO KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND HUYỆN tại Hội nghị sơ kết năm 2025\n"
                   "Ngày 05/3/2026, Phó Chủ tịch UBND huyện chủ trì Hội nghị sơ kết năm 2025 và kết luận như sau:\n"
                   "- UBND các xã báo cáo về UBND huyện trước ngày 15/6/2026.\n")
    assert (doc.meta.kind, doc.meta.number) == ("Thông báo", "41/TB-UBND")
    assert doc.meta.title == "Kết luận của phó chủ tịch ubnd huyện tại Hội nghị sơ kết năm 2025"


def test_a_notice_title_over_two_lines_ends_where_the_meeting_day_opens_the_body() -> None:
    (doc,) = _meta("ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHÚ ĐÔNG\nSố: 42/TB-UBND\nTHÔNG BÁO\n"
                   "Kết luận của Chủ tịch UBND huyện tại cuộc họp đánh giá kết quả\n"
                   "xây dựng xã hội học tập quý I năm 2026\n\n"
                   "Ngày 03 tháng 4 năm 2026, tại Hội trường UBND huyện, ông Lê Văn Tám chủ trì cuộc họp.\n\n"
                   "UBND các xã báo cáo về UBND huyện trước ngày 15/6/2026.\n")
    assert doc.meta.title == "Kết luận của Chủ tịch UBND huyện tại cuộc họp đánh giá kết quả xây dựng xã hội học tập quý I năm 2026"


def test_a_commune_the_gazetteer_holds_elsewhere_lies_in_the_district_its_text_names() -> None:
    (doc,) = _meta("ỦY BAN NHÂN DÂN\nXÃ HOÀNG LONG\nSố: 9/KH-UBND\nKẾ HOẠCH\nXây dựng xã hội học tập năm 2026\n"
                   "Căn cứ Kế hoạch số 12/KH-UBND của UBND huyện Kim Động về xây dựng xã hội học tập năm 2026;\n"
                   "1. Các thôn báo cáo về UBND xã trước ngày 10/12/2026.\n")
    assert (doc.meta.district, doc.meta.province) == ("Kim Động", "Hưng Yên")


# --- outline --------------------------------------------------------------------------------


def _sections(text: str) -> list[str]:
    (doc,) = _meta(text)
    return list(dict.fromkeys(c.section for c in chunk_document(doc)))


def test_divisions_of_a_legal_text_make_the_outline() -> None:
    sections = _sections(
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 3/KH-UBND\nKẾ HOẠCH\nXây dựng xã hội học tập\n"
        "PHẦN I. MỤC ĐÍCH VÀ CHỈ TIÊU\nMục 1. Chỉ tiêu\n1. Năm 2025\n- 70% hộ gia đình đạt “Gia đình học tập”.\n"
        "PHẦN II. TỔ CHỨC THỰC HIỆN\nĐiều 1. Chế độ báo cáo\nCác ấp báo cáo về xã trước ngày 05/12 hằng năm.\n"
    )
    assert "Phần I. Mục đích và chỉ tiêu › Mục 1. Chỉ tiêu › 1. Năm 2025" in sections
    assert "Phần II. Tổ chức thực hiện › Điều 1. Chế độ báo cáo" in sections


def test_markdown_and_bold_headings_sit_under_the_last_numbered_heading() -> None:
    sections = _sections(
        "## I. MỤC ĐÍCH, YÊU CẦU\n**Mục đích**\n- Nâng cao nhận thức về học tập suốt đời.\n"
        "**Yêu cầu**\n- Bảo đảm thực chất, tránh hình thức.\n## II. TỔ CHỨC THỰC HIỆN\n"
        "### Chế độ báo cáo\nCác trường báo cáo trước ngày 10/12 hằng năm.\n"
    )
    assert sections == ["I. Mục đích, yêu cầu › Mục đích", "I. Mục đích, yêu cầu › Yêu cầu",
                        "II. Tổ chức thực hiện › Chế độ báo cáo"]


def test_a_numbered_markdown_heading_heads_the_plain_items_numbered_alike_below_it() -> None:
    sections = _sections(
        "## 1. Yêu cầu chung\n1. Phòng GD&ĐT tham mưu ban hành kế hoạch năm 2025.\n"
        "2. Chỉ đạo 100% trung tâm học tập cộng đồng tự đánh giá.\n## 2. Chế độ báo cáo\n"
        "Các đơn vị báo cáo trước ngày 10/12 hằng năm.\n"
    )
    assert sections[0].startswith("1. Yêu cầu chung › 1. Phòng GD&ĐT")
    assert sections[1].startswith("1. Yêu cầu chung › 2. Chỉ đạo")
    assert sections[2] == "2. Chế độ báo cáo"


def test_a_deadline_for_what_is_only_sent_is_a_milestone() -> None:
    text = ("UBND HUYỆN NGÂN LÂM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 243/PGDĐT-GDTX\nV/v báo cáo sơ kết\n"
            "1. Các trường học hoàn thành Phụ lục 2, gửi về Phòng GD&ĐT trước ngày 06/6/2025.\n"
            "2. Trường học -> Phòng GD&ĐT (qua thư điện tử): trước ngày 06/6/2025;\n")
    (doc,) = _meta(text)
    whens = {m.when for m in extract_facts([doc.meta], chunk_document(doc))["milestones"]}
    assert "trước 06/06" in whens


def test_word_numbering_and_heading_styles_come_through_the_docx_loader() -> None:
    text = load_file(FOLDERS[1] / "hai-duong_KH-HKH_2025.docx").text
    for label in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Phối hợp", "IV. TỔ CHỨC THỰC HIỆN"):
        assert label in text
    assert "Gia đình học tập | % số hộ | 78% | 80%" in text  # a Word table row keeps its cells apart


def test_a_table_keeps_its_header_row_in_every_piece() -> None:
    rows = "\n".join(f"| Chỉ tiêu số {i} của kế hoạch xây dựng xã hội học tập | {i}% | {i + 5}% |" for i in range(40))
    (doc,) = _meta("KẾ HOẠCH\nChỉ tiêu\nII. CHỈ TIÊU\n| Chỉ tiêu | Năm 2024 | Năm 2025 |\n|---|---|---|\n" + rows)
    chunks = chunk_document(doc)
    assert len(chunks) > 1
    assert all("Chỉ tiêu | Năm 2024 | Năm 2025" in c.text.split("\n")[:2] for c in chunks)


def test_page_numbers_and_running_headers_in_a_sentence_are_removed() -> None:
    paragraphs = clean_text(
        "Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND xã Vĩnh Thạnh\n"
        "1. UBND xã tổng hợp, báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo huyện và Hội Khuyến học\n"
        "- 4 -\nKế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND xã Vĩnh Thạnh\n"
        "huyện trước ngày 20 tháng 6 và 15 tháng 12 hằng năm.\n"
        "Trang 5/9\nKế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND xã Vĩnh Thạnh\n2. Báo cáo đột xuất theo yêu cầu.\n"
    )
    assert paragraphs == [
        "1. UBND xã tổng hợp, báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo huyện và Hội Khuyến học "
        "huyện trước ngày 20 tháng 6 và 15 tháng 12 hằng năm.",
        "2. Báo cáo đột xuất theo yêu cầu.",
    ]


def test_two_column_layout_text_is_read_column_by_column() -> None:
    paragraphs = clean_text(
        "ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ HÒA THẮNG                          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 137/TB-UBND                       Hòa Thắng, ngày 15 tháng 11 năm 2024\n"
    )
    assert paragraphs == ["ỦY BAN NHÂN DÂN XÃ HÒA THẮNG", "Số: 137/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                          "Độc lập - Tự do - Hạnh phúc", "Hòa Thắng, ngày 15 tháng 11 năm 2024"]


def test_a_header_table_breaks_its_cells_with_br() -> None:
    (doc,) = _meta(
        "| UBND TỈNH THÁI NGUYÊN<br>**SỞ GIÁO DỤC VÀ ĐÀO TẠO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
        "| Số: 1186/SGDĐT-GDTX<br>V/v hướng dẫn báo cáo năm 2025 | *Thái Nguyên, ngày 19 tháng 5 năm 2025* |\n"
        "Kính gửi: Phòng Giáo dục và Đào tạo các huyện.\n"
        "| STT | Nơi nhận | Thời hạn |\n|---|---|---|\n| 1 | Sở GD&ĐT<br>(Phòng GDTX) | Trước ngày 10/6/2025 |\n")
    meta = doc.meta
    assert (meta.number, meta.kind, meta.date) == ("1186/SGDĐT-GDTX", "Công văn", "19/05/2025")
    assert meta.title.startswith("Hướng dẫn báo cáo năm 2025")
    # in a data table the two lines of a cell stay apart
    assert any("Sở GD&ĐT; (Phòng GDTX)" in p for p in doc.body)


# --- facts ------------------------------------------------------------------------------------

_DOC = _meta("ỦY BAN NHÂN DÂN\nXÃ VĨNH THẠNH\nSố: 45/KH-UBND\nKẾ HOẠCH\nXây dựng xã hội học tập\n"
             "I. TỔ CHỨC THỰC HIỆN\nCác ấp báo cáo.\n")[0].meta


@pytest.mark.parametrize(
    ("clause", "deadlines", "channel", "cutoff"),
    [
        ("UBND xã báo cáo về Phòng Giáo dục và Đào tạo huyện trước ngày 20 tháng 6 và 15 tháng 12 hằng năm; "
         "số liệu báo cáo năm tính đến ngày 14/12.", ["20/06", "15/12"], "", "14/12"),
        ("Trưởng các thôn gửi báo cáo kết quả về UBND xã (qua công chức Văn hóa - Xã hội) trước 16 giờ 00 ngày "
         "20/11/2024.", ["20/11/2024"], "công chức Văn hóa - Xã hội", ""),
        ("Các xã, thị trấn báo cáo về UBND huyện chậm nhất ngày 10 tháng 12 hằng năm qua hệ thống quản lý văn bản "
         "và điều hành.", ["10/12"], "hệ thống quản lý văn bản và điều hành", ""),
        ("Các đơn vị gửi báo cáo về Sở Giáo dục và Đào tạo trước 30/9/2025 qua email xhht@sgd.gov.vn.",
         ["30/09/2025"], "email xhht@sgd.gov.vn", ""),
    ],
)
def test_deadlines_in_every_usual_wording(clause, deadlines, channel, cutoff) -> None:
    fact = parse_reporting(clause, "I. Tổ chức thực hiện", _DOC)
    assert fact is not None
    assert (fact.deadlines, fact.channel, fact.cutoff) == (deadlines, channel, cutoff)


def test_amounts_stated_are_budget_facts_with_their_year() -> None:
    docs, chunks = _documents("phu-cat_KH-UBND_2024.txt")
    budgets = extract_facts(docs, chunks)["budgets"]
    assert any(b.amount == "180.000.000 đồng" and b.year == 2024 for b in budgets)
    docs, chunks = _documents("hoa-thang_TB-UBND_2024.txt")
    assert extract_facts(docs, chunks)["budgets"] == []


def test_word_list_styles_headings_and_bold_lines_outline_a_docx(tmp_path: Path) -> None:
    from docx import Document as WordDocument

    word = WordDocument()
    for line in ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC PHỔ", "Số: 9/KH-UBND", "KẾ HOẠCH", "Xây dựng xã hội học tập năm 2024"):
        word.add_paragraph(line)
    word.add_heading("Tổ chức thực hiện", level=1)
    word.add_paragraph("Phòng Giáo dục và Đào tạo báo cáo UBND huyện trước ngày 10/12 hằng năm.", style="List Number")
    word.add_paragraph("Các xã báo cáo về Phòng Giáo dục và Đào tạo trước ngày 05/12 hằng năm.", style="List Number")
    word.add_paragraph().add_run("Kinh phí").bold = True
    word.add_paragraph("Ngân sách huyện bố trí 50.000.000 đồng.", style="List Bullet")
    path = tmp_path / "kh.docx"
    word.save(str(path))

    docs, chunks = parse_source(path, "kh.docx", 1 << 25)
    assert docs[0].title == "Xây dựng xã hội học tập năm 2024"
    sections = list(dict.fromkeys(c.section for c in chunks))
    assert sections[0].startswith("Tổ chức thực hiện › 1. Phòng Giáo dục và Đào tạo")
    assert sections[1].startswith("Tổ chức thực hiện › 2. Các xã")
    assert sections[2] == "Kinh phí"  # a sibling of the other heading, not an item of list 2.



def _markdown(tmp_path: Path, text: str):
    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    docs, _ = parse_source(path, path.name, 1 << 25)
    return docs


def test_header_columns_joined_by_a_dash_are_read_as_two_columns(tmp_path: Path) -> None:
    (doc,) = _markdown(tmp_path, "**UBND HUYỆN THẠCH THÀNH** — **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
                                 "**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO** — **Độc lập - Tự do - Hạnh phúc**\n\n"
                                 "Số: 1147/PGDĐT-GDTX\n\nV/v hướng dẫn báo cáo kết quả năm 2025\n\n"
                                 "*Thạch Thành, ngày 17 tháng 11 năm 2025*\n\n**Kính gửi:** Ủy ban nhân dân các xã.\n\n"
                                 "1. Các xã gửi báo cáo về Phòng trước ngày 05/12/2025.\n")
    assert (doc.issuer, doc.province, doc.kind) == ("Phòng Giáo dục và Đào tạo huyện Thạch Thành", "Thanh Hóa", "Công văn")


def test_a_title_given_as_a_heading_ends_before_the_line_under_it(tmp_path: Path) -> None:
    (doc,) = _markdown(tmp_path, "**HỘI KHUYẾN HỌC TỈNH NGHỆ AN** — **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
                                 "**HỘI KHUYẾN HỌC HUYỆN THANH CHƯƠNG** — **Độc lập - Tự do - Hạnh phúc**\n\n"
                                 "Số: 46/BC-HKH\n\n*Thanh Chương, ngày 12 tháng 12 năm 2025*\n\n# BÁO CÁO\n\n"
                                 "## Kết quả công tác khuyến học năm 2025\n\n"
                                 "Ban Chấp hành Hội Khuyến học huyện báo cáo kết quả công tác năm 2025 như sau:\n\n"
                                 "## I. KẾT QUẢ\n\n1. Quỹ khuyến học đạt 13.265 triệu đồng.\n")
    assert doc.title == "Kết quả công tác khuyến học năm 2025"


def test_a_joint_plan_is_a_plan_titled_by_the_line_below(tmp_path: Path) -> None:
    (doc,) = _markdown(tmp_path, "**HỘI KHUYẾN HỌC HUYỆN TÂN KỲ** — **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
                                 "Số: 03/KHPH-HKH-PGDĐT\n\n*Tân Kỳ, ngày 17 tháng 02 năm 2025*\n\n# KẾ HOẠCH PHỐI HỢP\n\n"
                                 "## Thực hiện công tác khuyến học năm 2025\n\n## I. MỤC ĐÍCH\n\n1. Phối hợp chặt chẽ.\n")
    assert (doc.kind, doc.title) == ("Kế hoạch", "Thực hiện công tác khuyến học năm 2025")


def test_a_commune_is_placed_by_the_district_its_text_names_late() -> None:
    body = "".join(f"{i}. Thôn số {i} tổ chức sinh hoạt chuyên đề về học tập suốt đời trong quý III.\n" for i in range(1, 15))
    (doc,) = _meta("ỦY BAN NHÂN DÂN\nXÃ KIÊN THÀNH\nSố: 27/TB-UBND\nKiên Thành, ngày 16 tháng 6 năm 2025\n"
                   "THÔNG BÁO\nKết luận của Chủ tịch UBND xã tại cuộc họp Ban Chỉ đạo\n\n" + body +
                   "15. Công chức Văn hóa - Xã hội tổng hợp, báo cáo UBND huyện Lục Ngạn trước ngày 20/9/2025.\n")
    assert (doc.meta.locality, doc.meta.province) == ("Kiên Thành", "Bắc Giang")


def test_rules_issued_by_a_board_whose_name_runs_past_the_motto_keep_their_kind() -> None:
    """"… BAN CHỈ ĐẠO XÂY DỰNG" / motto / "XÃ HỘI HỌC TẬP" / "QUY CHẾ": the kind line below the issuer's last line."""
    head = ("UBND HUYỆN NAM TRÀ LINH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BAN CHỈ ĐẠO XÂY DỰNG                          Độc lập - Tự do - Hạnh phúc\nXÃ HỘI HỌC TẬP\n")
    text = (head + "Số: 05/QĐ-BCĐ                        Nam Trà Linh, ngày 10 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\n"
            "Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTRƯỞNG BAN\nPHÓ CHỦ TỊCH UBND HUYỆN\nHồ Văn Đạt\n\n"
            + head + "\nQUY CHẾ\nHoạt động của Ban Chỉ đạo xây dựng xã hội học tập huyện Nam Trà Linh\n"
            "(Ban hành kèm theo Quyết định số 05/QĐ-BCĐ ngày 10/3/2024)\n\nChương I\nQUY ĐỊNH CHUNG\n"
            "Điều 1. Ban Chỉ đạo họp mỗi quý một lần.\n")
    decision, rules = parse_file(clean_text(text), "quy-che-bcd.txt")
    assert (decision.meta.kind, decision.meta.number) == ("Quyết định", "05/QĐ-BCĐ")
    assert rules.meta.kind == "Quy chế" and rules.meta.title.startswith("Hoạt động của Ban Chỉ đạo")


@pytest.mark.parametrize(("source", "body", "province"), [
    ("ke-hoach.txt", "Thực hiện Kế hoạch của UBND tỉnh Bình Định, Hội Khuyến học tỉnh Bình Định hướng dẫn …", "Bình Định"),
    ("gia-lai_KH-UBND_2024.txt", "Xã tổ chức 12 chuyên đề trong năm.", "Gia Lai"),
])
def test_a_commune_the_gazetteer_lacks_lies_in_the_province_its_text_or_file_names(source: str, body: str,
                                                                                   province: str) -> None:
    text = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ IA KRÔNG PHÚ                "
            "Độc lập - Tự do - Hạnh phúc\nSố: 58/KH-UBND                     Ia Krông Phú, ngày 12 tháng 4 năm 2024\n\n"
            f"KẾ HOẠCH\nXây dựng xã hội học tập năm 2024\n\n1. {body}\n")
    (doc,) = parse_file(clean_text(text), source)
    assert doc.meta.locality == "Ia Krông Phú" and doc.meta.province == province
