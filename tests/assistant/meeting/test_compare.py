"""Side-by-side comparison on the real index of docs_src: cells per slot and document or locality, target rows
aligned across wording, CSV (UTF-8 with BOM) and XLSX re-read, every citation verbatim; the command.

Expected cells were read from the seed documents: Ninh Bình reports "trước ngày 30 tháng 12 hàng năm" and
Hà Nam "trước ngày 05 tháng 12 hằng năm" to Sở Giáo dục và Đào tạo; Hà Nam's sơ kết falls "vào năm 2025" and
both tổng kết "vào năm 2030"; Ninh Bình gives no year for its sơ kết. Công văn 09/CV-HKH restates Kế hoạch
3853/KH-UBND's 2025 targets without quotation marks ("70% gia đình được công nhận Gia đình học tập").
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.commands.compare import compare_cmd
from assistant.meeting.brief_slots import short_label
from assistant.meeting.compare import EMPTY, Comparison, compare
from assistant.meeting.compare_align import align, known_titles, signature, similar
from evals.harness import SourceTexts
from evals.scoring import quote_in_source
from index.store import Library
from tests.conftest import DOCS_SRC

REPORTING = "Hạn báo cáo (ai → ai, khi nào)"
COORDINATORS = "Cơ quan chủ trì / thường trực"


@pytest.fixture(scope="session")
def library(corpus_library: Library) -> Library:
    return corpus_library


@pytest.fixture(scope="module")
def provinces(library: Library) -> Comparison:
    return compare(library, localities=["Ninh Bình", "ha nam"])


def _rows(table: list[list[str]]) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in table[1:]}


def test_two_provinces_side_by_side(provinces: Comparison) -> None:
    table = provinces.table(marks=False)
    assert table[0] == ["Mục", "tỉnh Ninh Bình", "tỉnh Hà Nam"]
    rows = _rows(table)
    ninh_binh, ha_nam = rows[REPORTING]
    assert ninh_binh.endswith("→ Sở Giáo dục và Đào tạo: trước 30/12 hằng năm")
    assert ha_nam == "các đơn vị → Sở Giáo dục và Đào tạo; Sở Nội vụ: trước 05/12 hằng năm"
    assert rows["Giai đoạn"] == ["Giai đoạn 1 (2023–2025)\nGiai đoạn 2 (2026–2030)"] * 2
    assert rows["Sơ kết"] == [EMPTY, "năm 2025"]
    assert rows["Tổng kết"] == ["năm 2030", "năm 2030"]
    assert all(cell.splitlines()[0] == "Sở Giáo dục và Đào tạo (chủ trì)" for cell in rows[COORDINATORS])
    assert EMPTY == "— (không nêu)"


def test_every_cell_citation_is_verbatim_in_its_source(library: Library) -> None:
    sources = SourceTexts(DOCS_SRC)
    every = compare(library)  # no choice: every document of the library
    assert len(every.columns) == len(library.documents)
    cited = 0
    for row in every.rows:
        for cell in row.cells:
            for item in cell.items:
                assert item.citation is not None, (row.label, item.text)
                assert quote_in_source(item.citation.quote, sources.get(item.citation.source)), item.citation.quote
                cited += 1
    assert cited > 50


def test_targets_worded_differently_share_a_row(library: Library) -> None:
    table = compare(library, doc_ids=["binh-duong-09-cv-hkh", "3853/KH-UBND"])
    rows = [r for r in table.rows if r.slot == "target" and r.year == 2025]
    family = [r for r in rows if "gia đình được công nhận" in r.label.lower()]
    assert len(family) == 1
    cv, plan = (cell.items for cell in family[0].cells)
    assert [i.text for i in cv] == ["70%"]
    assert [i.text for i in plan] == ["70% (gia đình được công nhận đạt danh hiệu “Gia đình học tập”)"]
    workers = [r for r in rows if r.label.startswith("Chỉ tiêu 2025: người lao động")]
    assert len(workers) == 1 and all(len(c.items) == 1 for c in workers[0].cells)
    assert all(i.text.startswith("40%") for c in workers[0].cells for i in c.items)
    # no row holds two values of one document
    for row in table.rows:
        for cell in row.cells:
            if row.slot == "target":
                assert len(cell.items) <= 1
    # only 2030 targets of 3853: the Công văn has none, its cell says so
    row_2030 = next(r for r in table.rows if r.slot == "target" and r.year == 2030)
    assert row_2030.cells[0].empty and table.cell_text(row_2030, 0) == EMPTY


def test_alignment_is_by_title_and_subject_without_diacritics() -> None:
    indicators = ["hộ gia đình đạt danh hiệu “Gia đình học tập”", "dòng họ đạt danh hiệu “Dòng họ học tập”",
                  "thôn đạt danh hiệu “Cộng đồng học tập” cấp thôn"]
    titles = known_titles(indicators)
    assert titles == ["cong dong hoc tap", "gia dinh hoc tap", "dong ho hoc tap"]
    family = signature("gia dinh duoc cong nhan Gia dinh hoc tap", titles)
    assert similar(family, signature("hộ gia đình đạt danh hiệu “Gia đình học tập”", titles)) >= 70
    assert similar(family, signature("dòng họ được công nhận “Dòng họ học tập”", titles)) == 0
    assert similar(family, signature("người lao động trong “Gia đình học tập”, “Cộng đồng học tập”", titles)) == 0
    assert similar(signature("xã, thị trấn được xếp loại “Cộng đồng học tập” cấp xã", titles),
                   signature("thôn đạt danh hiệu “Cộng đồng học tập” cấp thôn", titles)) == 0
    registered = signature("cơ quan, đơn vị đăng ký xây dựng “Đơn vị học tập”", ["don vi hoc tap"])
    recognised = signature("cơ quan, đơn vị được công nhận “Đơn vị học tập”", ["don vi hoc tap"])
    assert similar(registered, recognised) == 0
    groups = align([("a", 2025, "gia đình được công nhận Gia đình học tập", 1),
                    ("b", 2025, "hộ gia đình đạt danh hiệu “Gia đình học tập”", 2),
                    ("b", 2025, "hộ gia đình đăng ký xây dựng “Gia đình học tập”", 3),
                    ("b", 2030, "hộ gia đình đạt danh hiệu “Gia đình học tập”", 4)], titles)
    assert [[p for _, p in g.members] for g in groups] == [[1, 2], [3], [4]]


def test_csv_has_a_bom_and_reads_back_with_its_sources(provinces: Comparison, tmp_path: Path) -> None:
    path = provinces.to_csv(tmp_path / "so-sanh.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Mục", "tỉnh Ninh Bình", "tỉnh Hà Nam"]
    by_label = {r[0]: r[1:] for r in rows[1:] if r}
    ninh_binh, ha_nam = by_label[REPORTING]
    assert "trước 30/12 hằng năm [" in ninh_binh
    assert ha_nam.startswith("các đơn vị → Sở Giáo dục và Đào tạo; Sở Nội vụ: trước 05/12 hằng năm [")
    assert by_label["Sơ kết"][0] == EMPTY
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Nguồn")
    assert rows[start] == ["Nguồn", "Mục", "Cột", "Văn bản", "Phần", "Trích dẫn"]
    sources = rows[start + 1:]
    ref = ha_nam.rsplit("[", 1)[1].rstrip("]")
    cited = next(r for r in sources if r[0] == ref)
    assert cited[1] == REPORTING and cited[2] == "tỉnh Hà Nam"
    assert cited[5].startswith("Trước ngày 05 tháng 12 hằng năm, các đơn vị báo cáo")


def test_xlsx_has_a_bold_wrapped_table_and_a_sources_sheet(provinces: Comparison, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = provinces.to_xlsx(tmp_path / "so-sanh.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["So sánh", "Nguồn"]
    ws = wb["So sánh"]
    assert [c.value for c in ws[1]] == ["Mục", "tỉnh Ninh Bình", "tỉnh Hà Nam"]
    assert all(c.font.bold for c in ws[1])
    values = {row[0].value: [c.value for c in row[1:]] for row in ws.iter_rows(min_row=2)}
    assert values["Tổng kết"][0].startswith("năm 2030 [") and values["Tổng kết"][1].startswith("năm 2030 [")
    assert values["Sơ kết"][0] == EMPTY
    assert all(c.alignment.wrap_text for row in ws.iter_rows() for c in row)
    src = wb["Nguồn"]
    assert [c.value for c in src[1]] == ["Số", "Mục", "Cột", "Văn bản", "Phần", "Trích dẫn"]
    rows = [[c.value for c in r] for r in src.iter_rows(min_row=2)]
    assert len(rows) == sum(len(cell.items) for row in provinces.rows for cell in row.cells)
    texts = SourceTexts(DOCS_SRC)
    by_label = {short_label(d): d for c in provinces.columns for d in c.documents}
    for number, _row, column, label, _section, quote in rows:
        assert isinstance(number, int) and column in ("tỉnh Ninh Bình", "tỉnh Hà Nam")
        assert quote_in_source(quote, texts.get(by_label[label].source)), quote


def test_a_locality_column_holds_each_of_its_documents(library: Library) -> None:
    table = compare(library, localities=["Bình Dương"], doc_ids=["ha-nam-kh-ubnd-2024"])
    assert [c.title for c in table.columns] == ["Kế hoạch (chưa có số) — UBND tỉnh Hà Nam", "tỉnh Bình Dương"]
    rows = _rows(table.table(marks=False))
    assert rows["Sơ kết"][1] == "09/CV-HKH: Cuối năm 2025\n151/KH-UBND: năm 2025\n3853/KH-UBND: quý II năm 2026"
    assert rows[REPORTING][1] == ("151/KH-UBND: Ủy ban nhân dân các huyện, thị xã, thành phố → Sở Giáo dục và Đào tạo: "
                                  "trước 20/11 hằng năm")


def test_compare_command_text_csv_xlsx_and_errors(corpus_home: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XHHT_HOME", str(corpus_home))
    runner = CliRunner()
    shown = runner.invoke(compare_cmd, ["--locality", "ninh binh", "--locality", "Hà Nam"])
    assert shown.exit_code == 0, shown.output
    assert "tỉnh Ninh Bình" in shown.output and "05/12" in shown.output and "NGUỒN" in shown.output
    for name in ("c.csv", "c.xlsx"):
        done = runner.invoke(compare_cmd, ["--doc", "151", "--doc", "3853/KH-UBND", "--out", str(tmp_path / name)])
        assert done.exit_code == 0, done.output
        assert (tmp_path / name).stat().st_size > 0
    missing = runner.invoke(compare_cmd, ["--locality", "Hà Giang"])
    assert missing.exit_code == 1
    assert missing.output.strip() == "Error: Thư viện không có văn bản nào của địa phương “Hà Giang”; xem danh sách bằng «xhht docs»."
    wrong = runner.invoke(compare_cmd, ["--doc", "151", "--out", str(tmp_path / "c.pdf")])
    assert wrong.exit_code == 2 and ".csv hoặc .xlsx" in wrong.output
