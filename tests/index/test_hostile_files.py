"""Hostile inputs to indexing: a zip bomb dressed as DOCX, encrypted PDFs, damaged PDFs, looping links."""

from __future__ import annotations

import logging
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import pytest

from index.errors import LoadError
from index.loaders import load_file
from index.pipeline import Indexer, discover
from index.settings import Settings
from tests.index.test_loaders import PDF_LINES, make_pdf

REPO = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
DOCUMENT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    "<w:p><w:r><w:t>KẾ HOẠCH xây dựng xã hội học tập năm 2025</w:t></w:r></w:p>"
)
DOCUMENT_TAIL = "</w:body></w:document>"


def write_zip(path: Path, members: Iterable[tuple[str, Iterable[bytes], int, int]]) -> None:
    """A deflate zip written by hand from (name, raw deflate pieces, crc32, unpacked size), streaming, so a
    2 GiB member never exists in memory or on disk."""
    central = b""
    count = 0
    with path.open("wb") as out:
        for name, pieces, crc, size in members:
            encoded = name.encode()
            offset = out.tell()
            out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, 0, size, len(encoded), 0))
            out.write(encoded)
            start = out.tell()
            for piece in pieces:
                out.write(piece)
            compressed = out.tell() - start
            out.seek(offset + 18)
            out.write(struct.pack("<L", compressed))
            out.seek(0, os.SEEK_END)
            central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, compressed, size,
                                   len(encoded), 0, 0, 0, 0, 0, offset) + encoded
            count += 1
        start = out.tell()
        out.write(central)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(central), start, 0))


def deflated(data: bytes) -> tuple[list[bytes], int, int]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return [packer.compress(data) + packer.flush()], zlib.crc32(data), len(data)


def bomb_document(spaces: int) -> tuple[Iterable[bytes], int, int]:
    """word/document.xml as raw deflate: a heading, *spaces* spaces, the closing tags. One MiB of spaces is
    compressed once and its bytes repeated (a full flush makes each copy independent of what came before),
    so the 2 GiB part costs only its CRC to build."""
    head, tail, block = DOCUMENT_HEAD.encode(), DOCUMENT_TAIL.encode(), b" " * MB
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed_head = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    packed_block = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    packed_tail = packer.compress(tail) + packer.flush()
    blocks = spaces // MB
    crc = zlib.crc32(head)
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)

    def pieces() -> Iterable[bytes]:
        yield packed_head
        for _ in range(blocks):
            yield packed_block
        yield packed_tail

    return pieces(), crc, len(head) + blocks * MB + len(tail)


def bomb_docx(path: Path, spaces: int) -> Path:
    write_zip(path, [
        ("[Content_Types].xml", *deflated(CONTENT_TYPES.encode())),
        ("_rels/.rels", *deflated(PACKAGE_RELS.encode())),
        ("word/document.xml", *bomb_document(spaces)),
    ])
    return path


def good_docx(path: Path, paragraphs: int = 3) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    for i in range(paragraphs):
        doc.add_paragraph(f"{i + 1}. UBND xã Hòa Thắng giao Hội Khuyến học xã báo cáo kết quả về UBND xã "
                          f"trước ngày {i % 28 + 1} tháng 10 hằng năm, mã số {i * 7919 % 100003}.")
    doc.save(str(path))
    return path


# A fork of pytest starts life with pytest's pages, and Linux counts them in the child's peak RSS; so a small
# launcher starts the CLI and reports the peak of its one child, which then starts from the launcher's few MB.
LAUNCHER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[2:]).returncode\n"
    "with open(sys.argv[1], 'w') as fh:\n"
    "    fh.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
    "sys.exit(code)\n"
)


def run_cli_measuring_rss(args: list[str], env: dict[str, str], scratch: Path) -> tuple[int, str, str, float]:
    """Run `xhht ARGS`; return (exit code, stdout, stderr, the peak RSS of that process in MB)."""
    peak_file = scratch / "peak-kib.txt"
    done = subprocess.run([sys.executable, "-c", LAUNCHER, str(peak_file), sys.executable, "-m", "assistant.cli", *args],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout, done.stderr, int(peak_file.read_text()) / 1024  # KiB on Linux


# --- row 1: a zip bomb dressed as DOCX ---------------------------------------------------------------------


def test_a_docx_unpacking_to_2_gib_is_refused_in_one_line_under_400_mb_and_the_good_file_is_indexed(
        tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    bomb = bomb_docx(docs / "bom.docx", 2 * 1024 * MB)
    assert bomb.stat().st_size < 3 * MB
    good_docx(docs / "ke-hoach.docx")
    env = dict(os.environ, XHHT_HOME=str(tmp_path / "home"), XHHT_DOCS=str(docs), XHHT_MAX_FILE_MB="20")

    code, out, err, peak_mb = run_cli_measuring_rss(["index", "-q"], env, tmp_path)

    print(f"peak RSS of `xhht index` on the bomb: {peak_mb:.0f} MB")
    assert peak_mb < 400, f"indexing the bomb peaked at {peak_mb:.0f} MB"
    assert code == 1, (out, err)  # a file was skipped
    lines = [line for line in err.splitlines() if "bom.docx" in line]
    assert len(lines) == 1, err
    assert re.fullmatch(r"Bỏ qua bom\.docx: tệp DOCX giải nén quá lớn \(2048 MB > 40 MB; .*\)", lines[0]), lines[0]
    assert "Traceback" not in err
    assert "Đã lập chỉ mục 1 tài liệu" in out and "1 tệp mới/đổi" in out, out


def test_a_docx_unpacking_past_twice_the_file_size_limit_is_refused(tmp_path: Path) -> None:
    path = good_docx(tmp_path / "dai.docx", paragraphs=3000)
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(m.file_size for m in archive.infolist())
    limit = 100 * 1024
    assert path.stat().st_size <= limit < 2 * limit < unpacked
    with pytest.raises(LoadError) as info:
        load_file(path, max_bytes=limit)
    assert "giải nén quá lớn" in info.value.reason
    assert "dai.docx" in str(info.value)
    assert "KẾ HOẠCH" in load_file(path, max_bytes=unpacked).text  # the same file within a larger limit


def test_a_docx_whose_xml_unpacks_past_the_file_size_limit_is_refused_though_all_of_it_is_under_twice(
        tmp_path: Path) -> None:
    path = good_docx(tmp_path / "nhieu-doan.docx", paragraphs=3000)
    with zipfile.ZipFile(path) as archive:
        xml = sum(m.file_size for m in archive.infolist() if m.filename.endswith((".xml", ".rels")))
        unpacked = sum(m.file_size for m in archive.infolist())
    limit = xml * 3 // 4
    assert path.stat().st_size <= limit < xml <= unpacked <= 2 * limit
    with pytest.raises(LoadError) as info:
        load_file(path, max_bytes=limit)
    assert "giải nén quá lớn (phần XML" in info.value.reason
    assert "KẾ HOẠCH" in load_file(path, max_bytes=xml).text


def test_a_docx_part_compressed_past_500_to_1_is_refused_as_a_zip_bomb(tmp_path: Path) -> None:
    path = bomb_docx(tmp_path / "bom-nho.docx", 8 * MB)  # well within the 40 MB unpacked limit
    with pytest.raises(LoadError) as info:
        load_file(path)
    assert "tỷ lệ nén bất thường" in info.value.reason
    assert "word/document.xml" in info.value.reason


def test_a_roman_list_numbered_from_a_billion_is_labelled_in_digits_not_a_million_m(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1000000000"/>'
                               '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    doc.add_paragraph("KẾ HOẠCH xây dựng xã hội học tập")
    item = doc.add_paragraph("Mục đích, yêu cầu")
    item._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    path = tmp_path / "so-la-ma.docx"
    doc.save(str(path))

    text = load_file(path).text

    assert "1000000000. Mục đích, yêu cầu" in text
    assert len(text) < 200


# --- row 4: encrypted PDFs ---------------------------------------------------------------------------------


def encrypted_pdf(folder: Path, name: str, algorithm: str, user_password: str) -> Path:
    from pypdf import PdfWriter

    plain = make_pdf(folder.parent / f"plain-{name}", [PDF_LINES])
    writer = PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm=algorithm)
    path = folder / name
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_pdfs_with_an_empty_user_password_are_indexed_rc4_and_aes_alike_and_a_real_password_is_named(
        tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, algorithm in [("rc4.pdf", "RC4-128"), ("aes128.pdf", "AES-128"), ("aes256.pdf", "AES-256")]:
        encrypted_pdf(docs, name, algorithm, "")
    encrypted_pdf(docs, "mat-khau.pdf", "AES-256", "mat-khau")
    settings = Settings.from_env(dict(os.environ, XHHT_HOME=str(tmp_path / "home"), XHHT_DOCS=str(docs)))

    report = Indexer(settings).run()

    assert report.files_indexed == 3
    assert [s.source for s in report.skipped] == ["mat-khau.pdf"]
    assert report.skipped[0].reason.startswith("tệp PDF có mật khẩu")


def test_an_aes_pdf_read_without_cryptography_installed_says_what_to_install(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path, "aes.pdf", "AES-256", "")
    script = (
        "import sys; sys.modules['cryptography'] = sys.modules['Crypto'] = None  # as if neither were installed\n"
        "from pathlib import Path\n"
        "from index.errors import LoadError\n"
        "from index.loaders import load_file\n"
        "try:\n    load_file(Path(sys.argv[1]))\nexcept LoadError as exc:\n    print(exc.reason)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=120, check=True)
    assert "cryptography" in done.stdout and "pip install" in done.stdout, done


# --- row 8: pypdf's warnings name the file -----------------------------------------------------------------


def test_pypdf_warnings_while_loading_a_damaged_pdf_name_the_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = make_pdf(tmp_path / "plain.pdf", [PDF_LINES]).read_bytes()
    entry = re.search(rb"xref\r?\n0 \d+\r?\n0000000000 65535 f\s*\r?\n(\d{10})", data)
    assert entry, "reportlab's xref table changed shape"
    wrong = b"%010d" % (int(entry.group(1)) + 1)  # object 1 no longer starts where the table says
    path = tmp_path / "lech-xref.pdf"
    path.write_bytes(data[: entry.start(1)] + wrong + data[entry.end(1):])
    caplog.set_level(logging.WARNING)

    assert "KẾ HOẠCH" in load_file(path).text

    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("wrong pointing object" in w for w in warnings), warnings
    assert all(str(path) in w for w in warnings), warnings


# --- row 8: links that loop or lead nowhere ----------------------------------------------------------------


def test_looping_and_broken_links_in_a_corpus_folder_are_reported_and_the_rest_is_found(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "muc").mkdir(parents=True)
    (docs / "muc" / "ke-hoach.txt").write_text("KẾ HOẠCH\n", encoding="utf-8")
    os.symlink("ke-hoach.txt", docs / "muc" / "ban-sao.txt")  # a good link: its target, found once
    os.symlink("vong-b", docs / "vong-a")
    os.symlink("vong-a", docs / "vong-b")
    os.symlink("..", docs / "muc" / "len-tren")  # back into the tree
    os.symlink("khong-co.txt", docs / "hong.txt")
    missing_arg = tmp_path / "lien-ket-hong"
    os.symlink(tmp_path / "da-xoa", missing_arg)

    files, skipped = discover([docs, missing_arg], [docs])

    assert [f.source for f in files] == ["muc/ke-hoach.txt"]
    reasons = {s.source: s.reason for s in skipped}
    assert reasons.keys() == {"vong-a", "vong-b", "muc/len-tren", "hong.txt", str(missing_arg)}
    for source in ("vong-a", "vong-b", "muc/len-tren"):
        assert reasons[source].startswith("liên kết vòng"), reasons
    assert reasons["hong.txt"].startswith("liên kết hỏng")
    assert reasons[str(missing_arg)].startswith("liên kết hỏng")
