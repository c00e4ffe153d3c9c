"""Outline parsing and chunking: section paths, item boundaries, verbatim text, stable ids."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from index.clean import clean_text
from index.documents import Document, parse_file
from index.loaders import load_file
from index.sections import PATH_SEP, Chunk, Heading, chunk_document, heading_of

DOCS_SRC = Path(__file__).resolve().parents[2] / "docs_src"


def parse_corpus() -> dict[str, tuple[Document, list[str]]]:
    """doc_id -> (document, cleaned paragraphs of its whole file)."""
    out: dict[str, tuple[Document, list[str]]] = {}
    for path in sorted(DOCS_SRC.glob("*.txt")):
        paragraphs = clean_text(load_file(path).text)
        for doc in parse_file(paragraphs, path.name):
            out[doc.meta.doc_id] = (doc, paragraphs)
    return out


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[Document, list[str]]]:
    return parse_corpus()


@pytest.fixture(scope="module")
def chunks(corpus: dict[str, tuple[Document, list[str]]]) -> dict[str, list[Chunk]]:
    return {doc_id: chunk_document(doc) for doc_id, (doc, _) in corpus.items()}


def chunks_with(chunks: list[Chunk], needle: str) -> list[Chunk]:
    return [c for c in chunks if needle in c.text]


# --- heading_of ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("PHẦN I. MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", Heading(1, "Phần I. Mục đích, yêu cầu và chỉ tiêu")),
        ("Chương II: TỔ CHỨC THỰC HIỆN", Heading(2, "Chương II. Tổ chức thực hiện")),
        ("Mục 1. Mục đích, yêu cầu", Heading(3, "Mục 1. Mục đích, yêu cầu")),
        ("I. MỤC ĐÍCH, YÊU CẦU", Heading(4, "I. Mục đích, yêu cầu")),
        ("VII. TỔ CHỨC THỰC HIỆN", Heading(4, "VII. Tổ chức thực hiện")),
        ("IV. Giải pháp thực hiện", Heading(4, "IV. Giải pháp thực hiện")),
        ("A. MỤC ĐÍCH, YÊU CẦU", Heading(4, "A. Mục đích, yêu cầu")),
        ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
         Heading(5, "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.")),
        ("1. Mục đích", Heading(6, "1. Mục đích")),
        ("Khoản 3. Hồ sơ đề nghị", Heading(6, "Khoản 3. Hồ sơ đề nghị")),
        (
            "11. Ủy ban nhân dân các huyện, thị xã, thành phố",
            Heading(6, "11. Ủy ban nhân dân các huyện, thị xã, thành phố"),
        ),
        ("2.1. Mục tiêu đến năm 2025", Heading(7, "2.1. Mục tiêu đến năm 2025")),
        ("2.1.3. Chỉ tiêu cụ thể", Heading(8, "2.1.3. Chỉ tiêu cụ thể")),
        ("đ) Đối với cấp xã", Heading(10, "đ) Đối với cấp xã")),
        ("a) Khen thưởng hằng năm", Heading(10, "a) Khen thưởng hằng năm")),
    ],
)
def test_heading_of_classifies_outline_markers(paragraph: str, expected: Heading) -> None:
    assert heading_of(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "- bullet",
        "- Xây dựng kế hoạch cụ thể để triển khai Phong trào thi đua.",
        "+ Giấy khen.",
        "Thực hiện Quyết định số 1315/QĐ-TTg ngày 09/11/2023.",
        "A. Nguyễn Văn A chủ trì",  # a part letter needs a heading in capitals
        "2025 là năm sơ kết.",
        "Mục đích của kế hoạch là nâng cao nhận thức.",  # "Mục" as a word, not a division
        "MỤC ĐÍCH, YÊU CẦU",
        "",
    ],
)
def test_heading_of_returns_none_for_body_text(paragraph: str) -> None:
    assert heading_of(paragraph) is None


def test_content_item_is_named_by_its_head_or_first_words() -> None:
    labelled = heading_of("2. Sở Giáo dục và Đào tạo: Chủ trì, phối hợp với các sở, ngành tham mưu.")
    assert labelled == Heading(6, "2. Sở Giáo dục và Đào tạo")
    long_item = heading_of(
        "9. Trước ngày 30 tháng 12 hàng năm, các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh "
        "và các tổ chức chính trị - xã hội báo cáo kết quả về Sở Giáo dục và Đào tạo."
    )
    assert long_item is not None and long_item.level == 6
    assert long_item.label.startswith("9. Trước ngày 30 tháng 12 hàng năm")
    assert long_item.label.endswith("…") and len(long_item.label) <= 80


# --- sections of the real documents ----------------------------------------------------


def test_binh_duong_151_deadline_clause_section_and_index_text(
    corpus: dict[str, tuple[Document, list[str]]], chunks: dict[str, list[Chunk]]
) -> None:
    meta = corpus["binh-duong-151-kh-ubnd"][0].meta
    found = chunks_with(
        chunks["binh-duong-151-kh-ubnd"], "Kiểm tra, giám sát và định kỳ trước ngày 20 tháng 11 hàng năm"
    )
    assert found
    for chunk in found:
        assert chunk.section == "VII. Tổ chức thực hiện › 11. Ủy ban nhân dân các huyện, thị xã, thành phố"
        assert chunk.doc_id == "binh-duong-151-kh-ubnd"
        assert chunk.source == "binh-duong_09-CV-HKH_151-KH-UBND_2024.txt"
        assert chunk.index_text.startswith(f"{meta.kind} {meta.number_display} {meta.issuer}")
        assert chunk.index_text.startswith("Kế hoạch 151/KH-UBND")
        assert "Bình Dương" in chunk.index_text.split("\n", 1)[0]
        assert chunk.section in chunk.index_text.split("\n", 1)[0]
        assert chunk.index_text.endswith(chunk.text)


def test_ninh_binh_deadline_clause_is_under_to_chuc_thuc_hien(chunks: dict[str, list[Chunk]]) -> None:
    found = chunks_with(chunks["ninh-binh-kh-ubnd-12-2023"], "Trước ngày 30 tháng 12 hàng năm")
    assert found
    for chunk in found:
        assert chunk.section.split(PATH_SEP)[0] == "VII. Tổ chức thực hiện"
        assert chunk.index_text.startswith("Kế hoạch chưa có số Ủy ban nhân dân tỉnh Ninh Bình")


def test_ninh_binh_part_letters_head_the_path(chunks: dict[str, list[Chunk]]) -> None:
    sections = {c.section for c in chunks["ninh-binh-kh-ubnd-12-2023"]}
    assert any(s.startswith("A. Mục đích, yêu cầu › 1. Mục đích") for s in sections)


def test_binh_duong_3853_sub_numbered_targets(chunks: dict[str, list[Chunk]]) -> None:
    found = chunks_with(chunks["binh-duong-3853-kh-ubnd"], "70% gia đình được công nhận đạt danh hiệu")
    assert found
    assert all(c.section.startswith("I. Mục tiêu › 2. Mục tiêu cụ thể › 2.1.") for c in found)


def test_preamble_and_closing_sections(chunks: dict[str, list[Chunk]]) -> None:
    hn = chunks["ha-nam-kh-ubnd-2024"]
    assert hn[0].section == "Phần mở đầu"
    assert hn[0].text.startswith("Căn cứ Quyết định số 1315/QĐ-TTg")
    closing = chunks_with(hn, "Trong quá trình tổ chức thực hiện, nếu có khó khăn")
    assert closing and all(c.section.endswith("Đoạn kết") for c in closing)


def test_cong_van_without_outline_is_one_section(chunks: dict[str, list[Chunk]]) -> None:
    cv = [c for c in chunks["binh-duong-09-cv-hkh"] if c.section != "Nơi nhận"]
    assert cv and {c.section for c in cv} == {"Nội dung"}


def test_recipients_get_their_own_section(chunks: dict[str, list[Chunk]]) -> None:
    recipients = [c for c in chunks["binh-duong-151-kh-ubnd"] if c.section == "Nơi nhận"]
    assert len(recipients) == 1
    assert "- Bộ GD&ĐT;" in recipients[0].text


def test_every_document_has_chunks_with_consistent_fields(
    corpus: dict[str, tuple[Document, list[str]]], chunks: dict[str, list[Chunk]]
) -> None:
    assert len(chunks) == 6
    for doc_id, doc_chunks in chunks.items():
        assert len(doc_chunks) >= 3, doc_id
        assert [c.ordinal for c in doc_chunks] == list(range(len(doc_chunks)))
        for c in doc_chunks:
            assert c.doc_id == doc_id
            assert c.chunk_id.startswith(f"{doc_id}:")
            assert c.text.strip() and c.section
            assert c.to_dict()["text"] == c.text


def test_a_bare_heading_makes_no_chunk_of_its_own(chunks: dict[str, list[Chunk]]) -> None:
    for doc_chunks in chunks.values():
        for c in doc_chunks:
            assert not (heading_of(c.text) and "\n" not in c.text and len(c.text) <= 100), c.text


# --- chunks never cross a numbered item; text is verbatim --------------------------------


def _heading_clashes(text: str) -> list[tuple[int, set[str]]]:
    by_level: dict[int, set[str]] = {}
    for line in text.split("\n"):
        h = heading_of(line)
        if h is not None:
            by_level.setdefault(h.level, set()).add(h.label)
    return [(level, labels) for level, labels in by_level.items() if len(labels) > 1]


@pytest.mark.parametrize("max_chars", [900, 400])
def test_no_chunk_crosses_a_numbered_item(corpus: dict[str, tuple[Document, list[str]]], max_chars: int) -> None:
    for doc_id, (doc, _) in corpus.items():
        for c in chunk_document(doc, max_chars=max_chars):
            assert _heading_clashes(c.text) == [], (doc_id, c.text[:200])


def test_chunk_section_names_the_heading_it_contains(chunks: dict[str, list[Chunk]]) -> None:
    for doc_chunks in chunks.values():
        for c in doc_chunks:
            for line in c.text.split("\n"):
                h = heading_of(line)
                if h is not None:
                    assert c.section.split(PATH_SEP)[-1] == h.label, (c.section, line[:80])


def test_every_chunk_text_is_verbatim_in_the_cleaned_source(
    corpus: dict[str, tuple[Document, list[str]]], chunks: dict[str, list[Chunk]]
) -> None:
    for doc_id, doc_chunks in chunks.items():
        joined = "\n".join(corpus[doc_id][1])
        for c in doc_chunks:
            assert c.text in joined, (doc_id, c.text[:200])


def test_chunks_cover_the_whole_body(
    corpus: dict[str, tuple[Document, list[str]]], chunks: dict[str, list[Chunk]]
) -> None:
    for doc_id, (doc, _) in corpus.items():
        covered = "\n".join(c.text for c in chunks[doc_id])
        for para in doc.body:
            if heading_of(para) and len(para) <= 100:
                continue  # bare headings live in the section path
            assert para in covered, (doc_id, para[:120])


def test_chunk_text_stays_verbatim_with_a_smaller_max_chars(corpus: dict[str, tuple[Document, list[str]]]) -> None:
    doc, paragraphs = corpus["binh-duong-151-kh-ubnd"]
    joined = "\n".join(paragraphs)
    bad = [c.text[:60] for c in chunk_document(doc, max_chars=400) if c.text not in joined]
    assert bad == []


# --- chunk ids ----------------------------------------------------------------------------


def test_chunk_ids_are_stable_across_runs(chunks: dict[str, list[Chunk]]) -> None:
    again = parse_corpus()
    for doc_id, (doc, _) in again.items():
        assert [c.chunk_id for c in chunk_document(doc)] == [c.chunk_id for c in chunks[doc_id]]


def test_chunk_ids_are_unique(chunks: dict[str, list[Chunk]]) -> None:
    ids = [c.chunk_id for doc_chunks in chunks.values() for c in doc_chunks]
    assert len(ids) == len(set(ids))


def test_chunk_id_changes_when_its_text_changes_and_only_then(chunks: dict[str, list[Chunk]]) -> None:
    name = "binh-duong_09-CV-HKH_151-KH-UBND_2024.txt"
    raw = load_file(DOCS_SRC / name).text
    old_clause = "định kỳ trước ngày 20 tháng 11 hàng năm"
    assert raw.count(old_clause) == 1
    edited = raw.replace(old_clause, "định kỳ trước ngày 25 tháng 11 hàng năm")
    docs = {d.meta.doc_id: d for d in parse_file(clean_text(edited), name)}
    before = chunks["binh-duong-151-kh-ubnd"]
    after = chunk_document(docs["binh-duong-151-kh-ubnd"])
    assert len(after) == len(before)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b.text != a.text]
    assert len(changed) == 1
    b, a = changed[0]
    assert "ngày 25 tháng 11" in a.text
    assert a.chunk_id != b.chunk_id
    for b, a in zip(before, after, strict=True):
        if b.text == a.text:
            assert a.chunk_id == b.chunk_id
    # the other document of the same file is untouched
    assert [c.chunk_id for c in chunk_document(docs["binh-duong-09-cv-hkh"])] == [
        c.chunk_id for c in chunks["binh-duong-09-cv-hkh"]
    ]


# --- long items ---------------------------------------------------------------------------

HEADER = """ỦY BAN NHÂN DÂN
HUYỆN TUY AN
Số: 87/KH-UBND
Tuy An, ngày 26 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập năm 2024
Căn cứ Quyết định số 1315/QĐ-TTg của Thủ tướng Chính phủ;
I. NHIỆM VỤ
1. Tuyên truyền
"""
TAIL = "2. Kiểm tra, giám sát\n- Kiểm tra định kỳ hằng năm.\n"


def _doc(text: str) -> tuple[Document, list[str]]:
    paragraphs = clean_text(text)
    (doc,) = parse_file(paragraphs, "dai.txt")
    return doc, paragraphs


def test_long_item_of_bullets_is_split_with_overlap() -> None:
    bullets = [
        f"- Nhiệm vụ thứ {i}: tuyên truyền sâu rộng đến từng thôn, khu phố về học tập suốt đời;" for i in range(1, 9)
    ]
    doc, paragraphs = _doc(HEADER + "\n".join(bullets) + "\n" + TAIL)
    pieces = [c for c in chunk_document(doc, max_chars=300) if c.section == "I. Nhiệm vụ › 1. Tuyên truyền"]
    assert len(pieces) >= 3
    assert all(len(c.text) <= 300 for c in pieces)
    joined = "\n".join(paragraphs)
    for c in pieces:
        assert c.text in joined
        assert "Kiểm tra định kỳ" not in c.text  # never runs into item 2
    for first, second in pairwise(pieces):
        assert first.text.split("\n")[-1] == second.text.split("\n")[0]  # one bullet of overlap
    covered = "\n".join(c.text for c in pieces)
    assert all(b in covered for b in bullets)
    # the default size keeps this short item whole
    whole = [c for c in chunk_document(doc) if c.section == "I. Nhiệm vụ › 1. Tuyên truyền"]
    assert len(whole) == 1


def test_long_paragraph_is_split_at_sentence_boundaries() -> None:
    sentences = [
        f"Câu thứ {i} nói rằng các đơn vị phải tổ chức tuyên truyền sâu rộng về học tập suốt đời đến mọi người dân."
        for i in range(1, 13)
    ]
    doc, _ = _doc(HEADER + " ".join(sentences) + "\n" + TAIL)
    pieces = [c for c in chunk_document(doc, max_chars=300) if c.section == "I. Nhiệm vụ › 1. Tuyên truyền"]
    assert len(pieces) >= 3
    body = "\n".join(p.removeprefix("1. Tuyên truyền\n") for p in (c.text for c in pieces))
    for sentence in sentences:
        assert sentence in body  # no sentence is cut in the middle
    assert all(len(c.text) <= 300 for c in pieces)


def test_long_paragraph_pieces_overlap() -> None:
    sentences = [
        f"Câu thứ {i} nói rằng các đơn vị phải tổ chức tuyên truyền sâu rộng về học tập suốt đời đến mọi người dân."
        for i in range(1, 13)
    ]
    doc, _ = _doc(HEADER + " ".join(sentences) + "\n" + TAIL)
    pieces = [c for c in chunk_document(doc, max_chars=300) if c.section == "I. Nhiệm vụ › 1. Tuyên truyền"]
    for first, second in pairwise(pieces):
        shared = [s for s in sentences if s in first.text and s in second.text]
        assert shared, (first.text[-80:], second.text[:80])


def test_parts_numbered_in_words_head_their_sections() -> None:
    from index.clean import clean_text
    from index.documents import parse_file
    from index.sections import chunk_document

    text = ("HỘI KHUYẾN HỌC HUYỆN CHƯ RÔNG\nSố: 21/BC-HKH\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2026\n"
            "PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN\nI. ĐẶC ĐIỂM TÌNH HÌNH\nHuyện có 14 xã, thị trấn.\n"
            "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, NHIỆM VỤ\n1. Kiện toàn tổ chức hội trong quý III/2026.\n")
    (doc,) = parse_file(clean_text(text), "bc.txt")
    sections = [c.section for c in chunk_document(doc)]
    assert any(s.startswith("Phần thứ nhất. Kết quả thực hiện › I. Đặc điểm tình hình") for s in sections)
    assert any(s.startswith("Phần thứ hai. Phương hướng, nhiệm vụ") for s in sections)


def test_a_bold_addressee_label_heads_none_of_the_body(tmp_path: Path) -> None:
    from index.pipeline import parse_source

    text = ("| SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 118/SGDĐT-GDTX<br>V/v báo cáo xây dựng xã hội học tập | *Long Xuyên, ngày 03 tháng 3 năm 2025* |\n\n"
            "**Kính gửi:**\n\n- Phòng Giáo dục và Đào tạo các huyện, thành phố.\n\n"
            "Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
            "## 1. Nhiệm vụ trọng tâm\n\n- Chỉ đạo các trung tâm học tập cộng đồng tự đánh giá.\n\n"
            "## 2. Chế độ báo cáo\n\n- Gửi báo cáo năm về Sở trước ngày 15/11/2025.\n")
    path = tmp_path / "cv.md"
    path.write_text(text, encoding="utf-8")
    _docs, chunks = parse_source(path, path.name, 1 << 20)
    sections = [c.section for c in chunks]
    assert any(s.startswith("1. Nhiệm vụ trọng tâm") for s in sections)
    assert any(s.startswith("2. Chế độ báo cáo") for s in sections)
    assert not any("Kính gửi" in s for s in sections)



def test_a_heading_stating_its_points_keeps_its_chunk() -> None:
    doc, _ = _doc(HEADER.replace("1. Tuyên truyền\n", "") + "1. Công tác lãnh đạo (20 điểm)\n"
                  "a) Ban hành kế hoạch năm: 10 điểm.\nb) Kiện toàn Ban Chỉ đạo: 10 điểm.\n" + TAIL)
    # its points are said by no item under it: the heading's words stay in a chunk, not only in the items' path
    assert any(c.text.startswith("1. Công tác lãnh đạo (20 điểm)") for c in chunk_document(doc))


@pytest.mark.parametrize("over", ["III. TIÊU CHÍ VÀ THANG ĐIỂM", "1. Thang điểm"])
def test_a_labelled_criterion_over_its_items_heads_them_beside_the_next(over: str) -> None:
    """"Tiêu chí 2." closes the items of "Tiêu chí 1." wherever the document puts the criteria; a criterion that
    is a line of its own heads nothing."""
    doc, _ = _doc(HEADER.replace("1. Tuyên truyền\n", "") + f"{over}\n"
                  "Tiêu chí 1. Công tác lãnh đạo (20 điểm)\na) Có kế hoạch học tập: 10 điểm.\nb) Có Ban khuyến học: 10 điểm.\n"
                  "Tiêu chí 2. Kết quả học tập (35 điểm)\na) Từ 80% người lao động hoàn thành bồi dưỡng: 12 điểm.\n"
                  "Tiêu chí 3. Có quỹ khuyến học từ 20 triệu đồng: 10 điểm.\n" + TAIL)
    chunks = chunk_document(doc)
    second = next(c.section for c in chunks if c.text.startswith("a) Từ 80%"))
    assert second.endswith("Tiêu chí 2. Kết quả học tập (35 điểm) › a) Từ 80% người lao động hoàn thành bồi dưỡng")
    assert "Tiêu chí 1" not in second
    assert not any("Tiêu chí 3" in c.section for c in chunks)
