"""Instant lookup over the real index of docs_src (and a tiny indexed document for escaping)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from assistant.meeting.lookup import LookupIndex, LookupResult
from evals.harness import SourceTexts
from evals.scoring import quote_in_source
from index.pipeline import Indexer
from index.settings import Settings
from index.store import Library
from index.textnorm import strip_diacritics
from tests.conftest import DOCS_SRC

HA_NAM = "ha-nam-kh-ubnd-2024"
DEADLINE = "Trước ngày 05 tháng 12"


@pytest.fixture(scope="session")
def library(corpus_library: Library) -> Library:
    return corpus_library


@pytest.fixture(scope="module")
def lookup(library: Library) -> LookupIndex:
    return LookupIndex.build(library)


def _bare(text: str) -> str:
    return strip_diacritics(text).lower()


def _plain(marked: str) -> str:
    return html.unescape(marked.replace("<mark>", "").replace("</mark>", ""))


def test_typing_a_deadline_finds_the_reporting_clause_at_every_keystroke_once_it_is_distinctive(
    lookup: LookupIndex,
) -> None:
    typed = "truoc ngay 05 thang 12"
    for i in range(len("truoc ngay 05 th"), len(typed) + 1):
        results = lookup.search(typed[:i])
        assert any(r.doc_id == HA_NAM and DEADLINE in r.text for r in results), typed[:i]
    top = lookup.search(typed)[0]
    assert top.doc_id == HA_NAM and DEADLINE in top.text
    assert top.matched == top.total == 5
    assert top.kind == "fact" and any("05 tháng 12" in tag for tag in top.facts)
    assert "Hà Nam" in top.document and top.section.endswith("Đoạn kết")


def test_every_deadline_of_the_corpus_is_found_by_typing_it_without_accents(
    lookup: LookupIndex, library: Library
) -> None:
    facts = [f for f in library.facts.reporting() if f.deadline_text]
    assert len(facts) >= 3
    for fact in facts:
        results = lookup.search(strip_diacritics(fact.deadline_text), doc_ids=[fact.doc_id])
        assert results and all(r.doc_id == fact.doc_id for r in results)
        assert any(r.quote == fact.quote and r.section == fact.section for r in results), fact.deadline_text


def test_unaccented_input_highlights_the_accented_words(lookup: LookupIndex) -> None:
    top = lookup.search("bao cao tinh hinh thuc hien phong trao")[0]
    marked = [top.text[a:b] for a, b in top.spans]
    assert {"báo", "cáo", "tình", "hình", "thực", "hiện", "Phong", "trào"} <= set(marked)
    assert "<mark>báo</mark> <mark>cáo</mark>" in top.html


@pytest.mark.parametrize("query", ["bao cao truoc ngay", "so giao duc va dao t", "15/12", "3853/KH", "so ket giai doan 1"])
def test_highlight_offsets_are_exact_and_complete(lookup: LookupIndex, query: str) -> None:
    tokens = [_bare(t) for t in re.findall(r"[^\W_]+", query)]
    results = lookup.search(query)
    assert results
    for r in results:
        assert r.spans == tuple(sorted(r.spans))
        assert all(a < b <= c for (a, b), (c, _) in zip(r.spans, r.spans[1:], strict=False))
        for a, b in r.spans:
            word = r.text[a:b]
            assert re.fullmatch(r"[^\W_]+", word), word
            assert any(_bare(word).lstrip("0").startswith(t.lstrip("0") or "0") for t in tokens), word
        every = [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+", r.text)
                 if any(_bare(m.group()).lstrip("0").startswith(t.lstrip("0") or "0") for t in tokens)]
        assert list(r.spans) == every
        assert _plain(r.html) == r.text
        assert r.html.count("<mark>") == len(r.spans)


def test_quotes_are_verbatim_in_the_chunk_and_the_source(lookup: LookupIndex, library: Library) -> None:
    sources = SourceTexts(DOCS_SRC)
    chunks = {c.chunk_id: c for c in library.chunks}
    for query in ("bao cao", "chỉ tiêu 2025", "Hội Khuyến học tỉnh", "kinh phí"):
        for r in lookup.search(query):
            assert r.quote == r.text
            chunk = chunks[r.chunk_id]
            assert r.text in chunk.text and r.section == chunk.section and r.doc_id == chunk.doc_id
            assert quote_in_source(r.quote, sources.get(r.source)), r.quote


def test_full_matches_rank_above_partial_ones(lookup: LookupIndex) -> None:
    results = lookup.search("tổng kết vào năm 2030 Hà Nam", limit=len(lookup))
    matched = [r.matched for r in results]
    assert matched == sorted(matched, reverse=True)
    assert matched[0] == results[0].total == 7 and matched[-1] < 7
    top = results[0]
    assert top.doc_id == HA_NAM and "tổng kết" in top.text.lower() and "2030" in top.text
    # the words side by side beat the same words scattered
    phrase = lookup.search("trước ngày 05 tháng 12")[0]
    assert "trước ngày 05 tháng 12" in phrase.text.lower()


def test_a_prefix_of_the_last_word_is_enough_and_a_finished_word_prefers_itself(lookup: LookupIndex) -> None:
    typing = lookup.search("khuyen ho")
    assert typing and all(r.matched == 2 for r in typing[:3])
    assert any(r.text[a:b].lower() == "học" for r in typing[:3] for a, b in r.spans)
    exact = lookup.search("so ket ")[0]
    assert "sơ kết" in exact.text.lower()


def test_the_document_number_and_section_are_searched_too(lookup: LookupIndex) -> None:
    results = lookup.search("3853/KH-UBND tổ chức thực hiện")
    assert results and all(r.matched == r.total for r in results[:5])
    assert results[0].doc_id == "binh-duong-3853-kh-ubnd"
    assert "<mark>3853</mark>" in results[0].document_html


def test_doc_scope(lookup: LookupIndex, library: Library) -> None:
    everywhere = {r.doc_id for r in lookup.search("bao cao ket qua", limit=50)}
    assert len(everywhere) > 1
    scoped = lookup.search("bao cao ket qua", limit=50, doc_ids=[HA_NAM])
    assert scoped and {r.doc_id for r in scoped} == {HA_NAM}
    assert lookup.search("bao cao", doc_ids=[]) == []


@pytest.mark.parametrize("query", ["", " ", "a", "  b  ", "đ", "--", "?!"])
def test_empty_or_one_character_input_returns_nothing(lookup: LookupIndex, query: str) -> None:
    assert lookup.search(query) == []


def test_results_are_stable_and_serialisable(lookup: LookupIndex, library: Library) -> None:
    first = lookup.search("ke hoach thuc hien", limit=20)
    assert first == lookup.search("ke hoach thuc hien", limit=20)
    assert len(first) == 20 and len({(r.doc_id, r.section, r.text) for r in first}) == 20
    data = first[0].to_dict()
    assert set(data) == set(LookupResult.__dataclass_fields__)
    assert data["spans"] and data["quote"] == data["text"]
    assert LookupIndex.for_library(library) is LookupIndex.for_library(library)


SYNTHETIC = """ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ THỬ NGHIỆM                         Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND                        Thử Nghiệm, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn xã Thử Nghiệm năm 2024
I. MỤC TIÊU
1. Chỉ tiêu
Tỷ lệ hộ có người mù chữ <2% & tỷ lệ "gia đình học tập" >80% trong năm 2024.
II. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội
Tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15 tháng 12 hằng năm.
"""


def test_markup_characters_in_a_clause_are_escaped(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "thu-nghiem.txt").write_text(SYNTHETIC, encoding="utf-8")
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    assert not Indexer(settings).run().skipped
    library = Library.open(settings)
    try:
        results = LookupIndex.build(library).search("mu chu")
    finally:
        library.close()
    top = results[0]
    assert "<2%" in top.text
    for marked in (top.html, top.snippet_html):
        assert "&lt;2% &amp; tỷ lệ &quot;gia đình học tập&quot; &gt;80%" in marked
        assert re.sub(r"</?mark>", "", marked).count("<") == 0
        assert _plain(marked) == top.text
    assert [top.text[a:b] for a, b in top.spans] == ["mù", "chữ"]
    assert top.document == "Kế hoạch 12/KH-UBND, Ủy ban nhân dân xã Thử Nghiệm"
