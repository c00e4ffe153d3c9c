"""load_file: every supported format, every encoding, and a clear refusal otherwise."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from index.errors import LoadError, XhhtError
from index.loaders import DEFAULT_MAX_BYTES, load_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
VI = (
    "Ủy ban nhân dân tỉnh Hà Nam ban hành Kế hoạch triển khai Phong trào “Cả nước thi đua "
    "xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030”.\n"
    "Trước ngày 05 tháng 12 hằng năm, các đơn vị báo cáo về Sở Giáo dục và Đào tạo.\n"
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def refused(path: Path, **kwargs: object) -> LoadError:
    """Load *path*, expect a LoadError naming the file, return it."""
    with pytest.raises(LoadError) as info:
        load_file(path, **kwargs)  # type: ignore[arg-type]
    err = info.value
    assert isinstance(err, XhhtError)
    assert str(path) in str(err)
    assert path.name in str(err)
    assert err.path == str(path)
    assert err.reason and err.reason in str(err)
    return err


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 the way Vietnamese Windows software writes it: base letters
    precomposed (â, ơ, ư, đ), tone marks as separate combining characters."""
    out = []
    for ch in text:
        dec = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in dec if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in dec if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def garbage(n: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(n)


# --- plain text ---------------------------------------------------------------------


def test_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(VI.encode("utf-8"))
    loaded = load_file(path)
    assert loaded.text == VI
    assert loaded.kind == "text"
    assert loaded.path == path


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + VI.encode("utf-8"))
    text = load_file(path).text
    assert text == VI
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "utf16.txt"
    data = VI.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert load_file(path).text == VI


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16le.txt"
    path.write_bytes(VI.encode("utf-16-le"))
    assert load_file(path).text == VI


def test_cp1258_text_is_decoded_and_composed(tmp_path: Path) -> None:
    data = cp1258_bytes(VI)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8
    path = tmp_path / "cp1258.txt"
    path.write_bytes(data)
    text = load_file(path).text
    assert text == VI
    assert unicodedata.is_normalized("NFC", text)


def test_decomposed_utf8_is_returned_in_nfc(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_bytes(unicodedata.normalize("NFD", VI).encode("utf-8"))
    assert load_file(path).text == VI


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.md"
    body = "# KẾ HOẠCH\n\n**Triển khai** Phong trào xây dựng xã hội học tập\n"
    path.write_text(body, encoding="utf-8")
    loaded = load_file(path)
    assert loaded.text == body
    assert loaded.kind == "text"


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "KE-HOACH.TXT"
    path.write_bytes(VI.encode("utf-8"))
    assert load_file(path).text == VI


def test_real_corpus_files_load(tmp_path: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs_src"
    files = sorted(docs.glob("*.txt"))
    assert len(files) == 5
    for path in files:
        text = load_file(path).text
        assert "học tập suốt đời" in text
        assert unicodedata.is_normalized("NFC", text)


# --- refusals -----------------------------------------------------------------------


def test_binary_garbage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "anh.txt"
    path.write_bytes(garbage(4000))
    assert "nhị phân" in refused(path).reason


def test_binary_with_markdown_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hinh.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + garbage(500, seed=1))
    assert "nhị phân" in refused(path).reason


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    assert "rỗng" in refused(path).reason


def test_whitespace_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "trang.txt"
    path.write_bytes(b" \n\n\t \r\n")
    assert "không có nội dung" in refused(path).reason


@pytest.mark.parametrize("name", ["ke-hoach.doc", "bang.xlsx", "anh.png", "khong-duoi"])
def test_unknown_extension_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(VI.encode("utf-8"))
    err = refused(path)
    assert "không được hỗ trợ" in err.reason
    assert ".docx" in err.reason and ".pdf" in err.reason  # says what is accepted


@pytest.mark.parametrize(
    ("name", "hint"),
    [("ke-hoach.doc", "lưu thành .docx"), ("Ke-hoach.RTF", "lưu thành .docx"), ("bang.xls", "bảng tính"), ("scan.jpg", "OCR")],
)
def test_a_usual_office_or_image_file_is_refused_with_how_to_convert_it(tmp_path: Path, name: str, hint: str) -> None:
    path = tmp_path / name
    path.write_bytes(VI.encode("utf-8"))
    assert hint in refused(path).reason


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert "không tìm thấy" in refused(tmp_path / "khong-co.txt").reason


def test_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "thu-muc.txt"
    folder.mkdir()
    refused(folder)


def test_file_over_max_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dai.txt"
    path.write_bytes(VI.encode("utf-8"))
    size = path.stat().st_size
    assert "quá lớn" in refused(path, max_bytes=size - 1).reason
    assert load_file(path, max_bytes=size).text == VI  # the limit itself is allowed


def test_50_mb_file_is_refused_with_the_default_limit_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "rat-lon.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    assert path.stat().st_size > DEFAULT_MAX_BYTES
    err = refused(path)
    assert "quá lớn" in err.reason
    assert "50.0 MB" in err.reason
    assert "XHHT_MAX_FILE_MB" in err.reason  # tells the user how to change it


# --- PDF ----------------------------------------------------------------------------


def _font() -> str:
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (Debian package fonts-dejavu-core): cannot draw Vietnamese PDFs")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    return "DejaVuSans"


def make_pdf(path: Path, pages: list[list[str]], *, encrypt: object = None) -> Path:
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), encrypt=encrypt)
    for lines in pages:
        c.setFont(font, 12)
        y = 800
        for line in lines:
            c.drawString(50, y, line)
            y -= 18
        c.showPage()
    c.save()
    return path


PDF_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
    "KẾ HOẠCH",
    "Triển khai Phong trào xây dựng xã hội học tập",
    "Trước ngày 05 tháng 12 hằng năm, các đơn vị báo cáo về Sở Nội vụ.",
]


def test_pdf_text_is_extracted(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "ke-hoach.pdf", [PDF_LINES[:2], PDF_LINES[2:]])
    loaded = load_file(path)
    assert loaded.kind == "pdf"
    for line in PDF_LINES:
        assert line in loaded.text
    # pages in order
    assert loaded.text.index("KẾ HOẠCH") < loaded.text.index("Trước ngày 05")


def test_pdf_holding_decomposed_text_comes_out_nfc(tmp_path: Path) -> None:
    from pypdf import PdfReader

    lines = [unicodedata.normalize("NFD", line) for line in PDF_LINES]
    path = make_pdf(tmp_path / "nfd.pdf", [lines])
    raw = PdfReader(str(path)).pages[0].extract_text()
    assert not unicodedata.is_normalized("NFC", raw)  # the PDF really holds NFD
    text = load_file(path).text
    assert unicodedata.is_normalized("NFC", text)
    assert "ỦY BAN NHÂN DÂN TỈNH HÀ NAM" in text


def test_pdf_encrypted_by_reportlab_is_refused(tmp_path: Path) -> None:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("mat-khau", ownerPassword="chu-so-huu")
    path = make_pdf(tmp_path / "mat.pdf", [PDF_LINES], encrypt=enc)
    assert "mã hóa" in refused(path).reason


def test_pdf_encrypted_by_pypdf_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf", [PDF_LINES])
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    path = tmp_path / "ma-hoa.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert "mã hóa" in refused(path).reason


def test_pdf_with_only_an_owner_password_still_loads(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf", [PDF_LINES])
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="", owner_password="chu-so-huu")
    path = tmp_path / "chi-chu-so-huu.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert "KẾ HOẠCH" in load_file(path).text


def test_random_bytes_with_pdf_suffix_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "hong.pdf"
    path.write_bytes(garbage(5000, seed=2))
    err = refused(path)
    assert "PDF hỏng" in err.reason


def test_pdf_header_followed_by_garbage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hong2.pdf"
    path.write_bytes(b"%PDF-1.4\n" + garbage(3000, seed=3))
    assert "PDF hỏng" in refused(path).reason


def test_truncated_pdf_is_refused(tmp_path: Path) -> None:
    full = make_pdf(tmp_path / "full.pdf", [PDF_LINES])
    data = full.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert "PDF hỏng" in refused(path).reason


def test_pdf_without_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "ban-quet.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)  # a "scanned image": ink, no text
    c.showPage()
    c.showPage()  # and a blank page
    c.save()
    err = refused(path)
    assert "OCR" in err.reason


# --- DOCX ---------------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Xây dựng xã hội học tập năm 2025")
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([("Danh hiệu", "Chỉ tiêu"), ("Gia đình học tập", "70%"), ("Cộng đồng học tập", "65%")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("Trên đây là Kế hoạch của Ủy ban nhân dân xã An Nghiệp.")
    doc.save(str(path))
    return path


def test_docx_paragraphs_and_table_cells_in_document_order(tmp_path: Path) -> None:
    loaded = load_file(make_docx(tmp_path / "ke-hoach.docx"))
    assert loaded.kind == "docx"
    text = loaded.text
    order = [
        "KẾ HOẠCH",
        "Xây dựng xã hội học tập năm 2025",
        "Danh hiệu",
        "Chỉ tiêu",
        "Gia đình học tập",
        "70%",
        "Cộng đồng học tập",
        "65%",
        "Trên đây là Kế hoạch của Ủy ban nhân dân xã An Nghiệp.",
    ]
    positions = [text.index(piece) for piece in order]
    assert positions == sorted(positions)


def test_docx_merged_cells_are_not_repeated(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "Chỉ tiêu giai đoạn 2023 - 2025"
    table.cell(1, 0).text = "Gia đình học tập"
    path = tmp_path / "gop-o.docx"
    doc.save(str(path))
    assert load_file(path).text.count("Chỉ tiêu giai đoạn 2023 - 2025") == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("not-zip.docx", b"Day khong phai la tep DOCX"),
        ("broken-zip.docx", b"PK\x03\x04" + garbage(600, seed=4)),
    ],
)
def test_corrupt_docx_is_refused(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert "DOCX" in refused(path).reason


def test_zip_without_a_word_document_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "zip-la.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("ghi-chu.txt", "không phải tài liệu Word")
    assert "DOCX" in refused(path).reason


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    full = make_docx(tmp_path / "full.docx")
    data = full.read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert "DOCX" in refused(path).reason


def test_docx_table_numbers_survive_cleaning(tmp_path: Path) -> None:
    from docx import Document

    from index.clean import clean_text

    doc = Document()
    doc.add_paragraph("Chỉ tiêu đến năm 2025 như sau:")
    table = doc.add_table(rows=3, cols=3)
    rows = [("STT", "Danh hiệu", "Tỷ lệ (%)"), ("1", "Gia đình học tập", "70"), ("2", "Cộng đồng học tập", "65")]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "chi-tieu.docx"
    doc.save(str(path))
    joined = "\n".join(clean_text(load_file(path).text))
    assert "70" in joined and "65" in joined
