"""Splitting files into documents and reading each administrative header."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean import clean_text
from index.documents import NO_NUMBER, Document, DocumentMeta, parse_file, slugify, split_documents
from index.loaders import load_file

DOCS_SRC = Path(__file__).resolve().parents[2] / "docs_src"
FILE_000 = "binh-duong_09-CV-HKH_151-KH-UBND_2024.txt"

# (doc_id, kind, number_display, issuer, locality, level, date)
EXPECTED = [
    (
        "binh-duong-09-cv-hkh",
        "Công văn",
        "09/CV-HKH",
        "Hội Khuyến học tỉnh Bình Dương",
        "Bình Dương",
        "Hội Khuyến học",
        "02/02/2024",
    ),
    (
        "binh-duong-151-kh-ubnd",
        "Kế hoạch",
        "151/KH-UBND",
        "Ủy ban nhân dân tỉnh Bình Dương",
        "Bình Dương",
        "tỉnh",
        "15/01/2024",
    ),
    (
        "ninh-binh-kh-ubnd-12-2023",
        "Kế hoạch",
        NO_NUMBER,
        "Ủy ban nhân dân tỉnh Ninh Bình",
        "Ninh Bình",
        "tỉnh",
        "12/2023",
    ),
    ("ha-nam-kh-ubnd-2024", "Kế hoạch", NO_NUMBER, "Ủy ban nhân dân tỉnh Hà Nam", "Hà Nam", "tỉnh", "2024"),
    ("an-nghiep-kh-ubnd-2024", "Kế hoạch", NO_NUMBER, "Ủy ban nhân dân xã An Nghiệp", "An Nghiệp", "xã", "2024"),
    (
        "binh-duong-3853-kh-ubnd",
        "Kế hoạch",
        "3853/KH-UBND",
        "Ủy ban nhân dân tỉnh Bình Dương",
        "Bình Dương",
        "tỉnh",
        "29/07/2022",
    ),
]
EXPECTED_SOURCE = {
    "binh-duong-09-cv-hkh": FILE_000,
    "binh-duong-151-kh-ubnd": FILE_000,
    "ninh-binh-kh-ubnd-12-2023": "ninh-binh_KH-UBND_2023-12_du-thao.txt",
    "ha-nam-kh-ubnd-2024": "ha-nam_KH-UBND_2024_du-thao.txt",
    "an-nghiep-kh-ubnd-2024": "an-nghiep-tuy-an_KH-UBND_2024_du-thao.txt",
    "binh-duong-3853-kh-ubnd": "binh-duong_3853-KH-UBND_2022-07-29.txt",
}


def parse_text(text: str, source: str = "tu-viet.txt") -> list[Document]:
    return parse_file(clean_text(text), source)


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for path in sorted(DOCS_SRC.glob("*.txt")):
        for doc in parse_file(clean_text(load_file(path).text), path.name):
            assert doc.meta.doc_id not in docs, f"duplicate doc_id {doc.meta.doc_id}"
            docs[doc.meta.doc_id] = doc
    return docs


# --- the six documents of docs_src ---------------------------------------------------


def test_exactly_six_documents_from_five_files(corpus: dict[str, Document]) -> None:
    assert len(list(DOCS_SRC.glob("*.txt"))) == 5
    assert sorted(corpus) == sorted(row[0] for row in EXPECTED)


def test_the_000_file_holds_two_documents_in_order() -> None:
    docs = parse_file(clean_text(load_file(DOCS_SRC / FILE_000).text), FILE_000)
    assert [d.meta.doc_id for d in docs] == ["binh-duong-09-cv-hkh", "binh-duong-151-kh-ubnd"]
    first, second = docs
    # the Công văn ends with its signer; the Kế hoạch starts with its own header
    assert not any("151 /KH-UBND" in p or "Số: 151" in p for p in first.header + first.body)
    assert second.header[0] == "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"
    assert first.meta.signer == "Đặng Thảo Phương"


@pytest.mark.parametrize("row", EXPECTED, ids=[row[0] for row in EXPECTED])
def test_corpus_document_metadata(corpus: dict[str, Document], row: tuple[str, ...]) -> None:
    doc_id, kind, number_display, issuer, locality, level, date = row
    meta = corpus[doc_id].meta
    assert (meta.doc_id, meta.kind, meta.number_display, meta.issuer, meta.locality, meta.level, meta.date) == row
    assert meta.source == EXPECTED_SOURCE[doc_id]
    assert meta.year == int(date[-4:])
    assert meta.title.strip()
    assert meta.label.startswith(kind)


def test_numbers_and_symbols(corpus: dict[str, Document]) -> None:
    assert corpus["binh-duong-151-kh-ubnd"].meta.number == "151/KH-UBND"
    assert corpus["binh-duong-09-cv-hkh"].meta.symbol == "CV-HKH"
    draft = corpus["ha-nam-kh-ubnd-2024"].meta
    assert draft.number is None and draft.symbol == "KH-UBND"
    assert "chưa có số" in draft.label and "KH-UBND" in draft.label


def test_an_nghiep_parent_locality(corpus: dict[str, Document]) -> None:
    assert corpus["an-nghiep-kh-ubnd-2024"].meta.parent_locality == "Tuy An"
    assert corpus["binh-duong-151-kh-ubnd"].meta.parent_locality == ""


@pytest.mark.parametrize(
    ("doc_id", "signer"),
    [
        ("ninh-binh-kh-ubnd-12-2023", "Tổng Quang Thìn"),
        ("ha-nam-kh-ubnd-2024", "Trần Xuân Dưỡng"),
        ("binh-duong-3853-kh-ubnd", "Nguyễn Lộc Hà"),
        ("an-nghiep-kh-ubnd-2024", "Trần Văn Nam"),
        ("binh-duong-09-cv-hkh", "Đặng Thảo Phương"),
    ],
)
def test_signers(corpus: dict[str, Document], doc_id: str, signer: str) -> None:
    assert corpus[doc_id].meta.signer == signer


def test_signer_titles(corpus: dict[str, Document]) -> None:
    assert corpus["ha-nam-kh-ubnd-2024"].meta.signer_title == "Phó Chủ tịch"
    assert corpus["binh-duong-3853-kh-ubnd"].meta.signer_title == "Phó Chủ tịch"


@pytest.mark.parametrize(
    ("doc_id", "title_start", "title_end"),
    [
        ("binh-duong-151-kh-ubnd", "Triển khai thực hiện Phong trào “Cả nước thi đua", "trên địa bàn tỉnh Bình Dương"),
        ("ha-nam-kh-ubnd-2024", "Triển khai Phong trào “Cả nước thi đua", "trên địa bàn tỉnh Hà Nam"),
        ("an-nghiep-kh-ubnd-2024", "Triển khai Phong trào “Cả nước thi đua", "trên địa bàn xã An Nghiệp"),
        ("ninh-binh-kh-ubnd-12-2023", "Triển khai Phong trào “Cả nước thi đua", "trên địa bàn tỉnh Ninh Bình"),
        (
            "binh-duong-3853-kh-ubnd",
            "Thực hiện chương trình “Đẩy mạnh phong trào học tập",
            "trên địa bàn tỉnh Bình Dương",
        ),
        ("binh-duong-09-cv-hkh", "Triển khai kế hoạch thực hiện phong trào", "xây dựng xã hội học tập”."),
    ],
)
def test_titles(corpus: dict[str, Document], doc_id: str, title_start: str, title_end: str) -> None:
    title = corpus[doc_id].meta.title
    assert title.startswith(title_start)
    assert title.endswith(title_end)


def test_header_body_and_closing_are_separated(corpus: dict[str, Document]) -> None:
    doc = corpus["binh-duong-151-kh-ubnd"]
    assert any(p.startswith("Số: 151") for p in doc.header)
    assert doc.body[0].startswith("Thực hiện Quyết định số 1315/QĐ-TTg")
    assert "I. MỤC ĐÍCH, YÊU CẦU" in doc.body
    assert not any(p.startswith(("Nơi nhận", "TM.")) for p in doc.body)
    assert "- Bộ GD&ĐT;" in doc.closing
    assert doc.body[-1].startswith("Trên đây là Kế hoạch")


def test_bodies_do_not_repeat_the_header(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        assert doc.body, doc.meta.doc_id
        assert not any(p.startswith(("Số:", "Số :", "KẾ HOẠCH")) for p in doc.body[:3]), doc.meta.doc_id


def test_meta_round_trips_through_a_dict(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        data = doc.meta.to_dict()
        assert data["number_display"] == doc.meta.number_display
        assert data["label"] == doc.meta.label
        assert DocumentMeta.from_dict(data) == doc.meta


def test_slugify() -> None:
    assert slugify("Bình Dương 151 KH-UBND") == "binh-duong-151-kh-ubnd"
    assert slugify("  Đắk Lắk / Sở GD&ĐT ") == "dak-lak-so-gd-dt"


# --- headers written for these tests: extraction is general ---------------------------

HUYEN = """ỦY BAN NHÂN DÂN
HUYỆN TUY AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 87/KH-UBND
Tuy An, ngày 26 tháng 3 năm 2024
KẾ HOẠCH
Triển khai Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030” trên địa bàn huyện Tuy An
Căn cứ Kế hoạch số 45/KH-UBND ngày 01/3/2024 của UBND tỉnh Phú Yên;
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức của cán bộ và Nhân dân về học tập suốt đời.
Nơi nhận:
- Thường trực Huyện ủy;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng
"""

SO_GDDT = """UBND TỈNH THANH HÓA
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1234/SGDĐT-GDTX
V/v hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng năm 2024
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 05 tháng 6 năm 2024
Kính gửi: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố
Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo hướng dẫn như sau:
1. Các phòng tổ chức đánh giá trước ngày 30/6/2024.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Thị Hoa
"""

DRAFT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: /KH-UBND
Quảng Nam, ngày tháng 3 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập năm 2025
Thực hiện Quyết định số 1315/QĐ-TTg của Thủ tướng Chính phủ;
I. MỤC ĐÍCH
Nâng cao chất lượng học tập suốt đời.
"""

XA = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Hòa Bình, ngày 10 tháng 4 năm 2024
KẾ HOẠCH
Xây dựng cộng đồng học tập cấp xã năm 2024
Căn cứ Kế hoạch số 87/KH-UBND của UBND huyện Tuy An;
I. MỤC TIÊU
Phấn đấu 70% gia đình đạt danh hiệu Gia đình học tập.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Văn Bình
"""

TINH = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Phú Yên, ngày 01 tháng 3 năm 2024
KẾ HOẠCH
Triển khai Phong trào xây dựng xã hội học tập năm 2024
Thực hiện Quyết định số 1315/QĐ-TTg ngày 09/11/2023 của Thủ tướng Chính phủ;
I. MỤC ĐÍCH
Đẩy mạnh học tập suốt đời.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Hữu Thế
"""

HKH_XA = """HỘI KHUYẾN HỌC HUYỆN ĐÔNG ANH
HỘI KHUYẾN HỌC XÃ VÂN NỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/KH-HKH
Vân Nội, ngày 15 tháng 02 năm 2024
KẾ HOẠCH
Hoạt động khuyến học năm 2024
Căn cứ Kế hoạch của Hội Khuyến học huyện Đông Anh;
I. MỤC ĐÍCH
Vận động hội viên học tập suốt đời.
"""

THANH_PHO = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 210/KH-UBND
Hà Nội, ngày 20 tháng 9 năm 2023
KẾ HOẠCH
Xây dựng xã hội học tập thành phố Hà Nội giai đoạn 2023 - 2030
Căn cứ Quyết định số 1315/QĐ-TTg;
I. MỤC ĐÍCH
Đẩy mạnh học tập suốt đời.
"""


def _row(doc: Document) -> tuple[str, ...]:
    m = doc.meta
    return (m.doc_id, m.kind, m.number_display, m.issuer, m.locality, m.level, m.date)


def test_own_header_ubnd_huyen_with_number_and_full_date() -> None:
    (doc,) = parse_text(HUYEN)
    assert _row(doc) == (
        "tuy-an-87-kh-ubnd",
        "Kế hoạch",
        "87/KH-UBND",
        "Ủy ban nhân dân huyện Tuy An",
        "Tuy An",
        "huyện",
        "26/03/2024",
    )
    m = doc.meta
    assert m.year == 2024
    assert m.title.endswith("trên địa bàn huyện Tuy An")
    assert (m.signer, m.signer_title) == ("Lê Văn Hùng", "Phó Chủ tịch")
    assert m.parent_locality == "Phú Yên"
    assert doc.body[0].startswith("Căn cứ Kế hoạch số 45/KH-UBND")
    assert doc.closing == ["- Thường trực Huyện ủy;", "- Lưu: VT."]


def test_own_header_so_gddt_cong_van() -> None:
    (doc,) = parse_text(SO_GDDT)
    assert _row(doc) == (
        "thanh-hoa-1234-sgddt-gdtx",
        "Công văn",
        "1234/SGDĐT-GDTX",
        "Sở Giáo dục và Đào tạo tỉnh Thanh Hóa",
        "Thanh Hóa",
        "tỉnh",
        "05/06/2024",
    )
    m = doc.meta
    assert m.title == "Hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng năm 2024"
    assert (m.signer, m.signer_title) == ("Nguyễn Thị Hoa", "Phó giám đốc")
    assert doc.body[0].startswith("Kính gửi:")


def test_own_header_draft_without_number_and_day() -> None:
    (doc,) = parse_text(DRAFT)
    assert _row(doc) == (
        "quang-nam-kh-ubnd-03-2025",
        "Kế hoạch",
        NO_NUMBER,
        "Ủy ban nhân dân tỉnh Quảng Nam",
        "Quảng Nam",
        "tỉnh",
        "03/2025",
    )
    m = doc.meta
    assert m.number is None and m.symbol == "KH-UBND"
    assert m.year == 2025
    assert m.title == "Xây dựng xã hội học tập năm 2025"
    assert m.signer == ""  # none in the text: nothing invented


def test_own_file_with_two_documents_back_to_back() -> None:
    docs = parse_text(XA + TINH, "hai-van-ban.txt")
    assert [_row(d) for d in docs] == [
        (
            "hoa-binh-12-kh-ubnd",
            "Kế hoạch",
            "12/KH-UBND",
            "Ủy ban nhân dân xã Hòa Bình",
            "Hòa Bình",
            "xã",
            "10/04/2024",
        ),
        (
            "phu-yen-45-kh-ubnd",
            "Kế hoạch",
            "45/KH-UBND",
            "Ủy ban nhân dân tỉnh Phú Yên",
            "Phú Yên",
            "tỉnh",
            "01/03/2024",
        ),
    ]
    first, second = docs
    assert first.meta.signer == "Phạm Văn Bình" and first.meta.signer_title == "Chủ tịch"
    assert second.meta.signer == "Trần Hữu Thế"
    assert first.meta.parent_locality == "Tuy An"
    assert all(d.meta.source == "hai-van-ban.txt" for d in docs)
    # nothing of the second document leaks into the first
    assert not any("Phú Yên" in p for p in first.header + first.body)
    assert second.body[0].startswith("Thực hiện Quyết định số 1315/QĐ-TTg")


def test_own_header_hoi_khuyen_hoc_xa_under_its_huyen() -> None:
    (doc,) = parse_text(HKH_XA)
    assert _row(doc) == (
        "van-noi-05-kh-hkh",
        "Kế hoạch",
        "05/KH-HKH",
        "Hội Khuyến học xã Vân Nội",
        "Vân Nội",
        "Hội Khuyến học",
        "15/02/2024",
    )


def test_own_header_thanh_pho_truc_thuoc_trung_uong_is_province_level() -> None:
    (doc,) = parse_text(THANH_PHO)
    assert _row(doc) == (
        "ha-noi-210-kh-ubnd",
        "Kế hoạch",
        "210/KH-UBND",
        "Ủy ban nhân dân thành phố Hà Nội",
        "Hà Nội",
        "tỉnh",
        "20/09/2023",
    )


def test_old_tone_marks_in_a_header_give_the_same_metadata() -> None:
    old = HUYEN.replace("ỦY BAN", "UỶ BAN").replace("CỘNG HÒA", "CỘNG HOÀ")
    assert _row(parse_text(old)[0]) == _row(parse_text(HUYEN)[0])


def test_same_document_twice_gets_distinct_ids() -> None:
    docs = parse_text(TINH + TINH)
    assert [d.meta.doc_id for d in docs] == ["phu-yen-45-kh-ubnd", "phu-yen-45-kh-ubnd-2"]


def test_text_without_any_header_is_one_document() -> None:
    paragraphs = clean_text("Ghi chú về học tập suốt đời.\nCác xã gửi báo cáo trước ngày 20/11.")
    assert split_documents(paragraphs) == [(0, len(paragraphs))]
    (doc,) = parse_file(paragraphs, "ghi-chu.txt")
    assert doc.meta.doc_id == "ghi-chu-txt"
    assert doc.meta.kind == "Văn bản"
    assert doc.meta.number is None
    assert doc.body == paragraphs
    assert split_documents([]) == []


def test_number_mentioned_in_the_body_does_not_start_a_document() -> None:
    docs = parse_text(HUYEN)
    assert len(docs) == 1  # "Căn cứ Kế hoạch số 45/KH-UBND" is a citation, not a header
