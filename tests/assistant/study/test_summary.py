"""The summary card ("Tóm tắt") and `xhht summary`, on the real indexes of docs_src and the new-document set."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.commands.summary import summary_cmd
from assistant.study.profile import build_profile
from assistant.study.summary import build_card, summary_card
from evals.harness import SourceTexts
from evals.scoring import quote_in_source
from tests.conftest import DOCS_NEW, DOCS_SRC

TITLES = ["Thông tin văn bản", "Mục đích", "Giai đoạn", "Chỉ tiêu", "Luồng báo cáo", "Phân công",
          "Mốc sơ kết, tổng kết", "Kinh phí", "Khen thưởng"]
NEW_DOCS = os.pathsep.join(map(str, (DOCS_SRC, DOCS_NEW)))


def _check_card(card, sources: SourceTexts) -> None:
    assert [s.title for s in card.sections] == TITLES
    data = card.to_dict()
    json.dumps(data, ensure_ascii=False)
    assert data["doc_id"] == card.doc.doc_id and data["draft"] == card.draft
    markdown = card.to_markdown()
    for section, item in zip(card.sections, data["sections"], strict=True):
        assert item["title"] == section.title
        if section.empty:
            assert section.empty_note.startswith("Văn bản không nêu"), section.empty_note
            assert item["note"] == section.empty_note and item["lines"] == []
            assert section.empty_note in markdown
        for line in item["lines"]:
            cite = line["citation"]
            assert line["text"].strip()
            assert set(cite) >= {"n", "source", "doc_id", "section", "quote"}
            assert cite["doc_id"] == card.doc.doc_id and cite["source"] == card.doc.source
            assert quote_in_source(cite["quote"], sources.get(cite["source"])), cite
    numbers = [c["n"] for c in data["citations"]]
    assert numbers == list(range(1, len(numbers) + 1))
    for c in data["citations"]:
        assert f"[{c['n']}]" in markdown
    assert markdown.count("\n[") == len(numbers)  # one sources line per citation


def test_cards_of_every_seed_document(corpus_library) -> None:
    sources = SourceTexts(DOCS_SRC)
    for doc in corpus_library.documents:
        _check_card(build_card(build_profile(corpus_library, doc.doc_id)), sources)


def test_cards_of_every_new_fixture_document(newdocs_library) -> None:
    sources = SourceTexts([DOCS_SRC, DOCS_NEW])
    for doc in newdocs_library.documents:
        _check_card(build_card(build_profile(newdocs_library, doc.doc_id)), sources)


def test_headline_of_an_issued_plan_and_of_a_draft(corpus_library) -> None:
    issued = summary_card(corpus_library, "151")
    assert issued.headline.startswith("Kế hoạch số 151/KH-UBND · Ủy ban nhân dân tỉnh Bình Dương · 15/01/2024")
    assert "Dự thảo" not in issued.headline
    draft = summary_card(corpus_library, "ninh-binh-kh-ubnd-12-2023")
    assert draft.headline.startswith("Kế hoạch chưa có số · Ủy ban nhân dân tỉnh Ninh Bình")
    assert draft.headline.endswith("Dự thảo")
    assert "Người ký: Tổng Quang Thìn" in draft.headline


def test_151_card_sections(corpus_library) -> None:
    card = summary_card(corpus_library, "151/KH-UBND")
    assert [line.text for line in card.section("phases").lines] == ["Giai đoạn 1: 2023–2025", "Giai đoạn 2: 2026–2030"]
    assert card.section("targets").empty
    assert card.section("targets").empty_note == "Văn bản không nêu chỉ tiêu theo năm."
    reporting = " ".join(line.text for line in card.section("reporting").lines)
    assert "trước ngày 20 tháng 11" in reporting
    duties = [line.text for line in card.section("duties").lines]
    assert duties[0] == "Chủ trì: Sở Giáo dục và Đào tạo"
    assert any(t.startswith("Sở Tài chính: Bố trí kinh phí") for t in duties)
    milestones = [line.text for line in card.section("milestones").lines]
    assert milestones[0].startswith("Sơ kết: năm 2025") and milestones[1].startswith("Tổng kết: năm 2030")


def test_targets_table_in_markdown_and_json(newdocs_library) -> None:
    card = summary_card(newdocs_library, "trung-khanh-02-kh-hkh")
    table = card.section("targets").table
    assert table is not None and table.years == [2024, 2030]
    markdown = card.to_markdown()
    row = next(line for line in markdown.splitlines() if line.startswith("| Hộ gia đình đạt"))
    assert re.fullmatch(r"\| Hộ gia đình đạt “Gia đình học tập” \| 66% \[\d+\] \| 80% \[\d+\] \|", row), row
    assert "| Chỉ tiêu | 2024 | 2030 |" in markdown
    data = card.section("targets")
    as_json = next(s for s in card.to_dict()["sections"] if s["key"] == "targets")
    assert as_json["table"]["years"] == [2024, 2030]
    first = as_json["table"]["rows"][0]
    assert first["indicator"] == "Hộ gia đình đạt “Gia đình học tập”"
    assert [c["value"] for c in first["cells"]] == ["66%", "80%"]
    assert len(data.lines) == 12


def test_target_rows_join_wordings_that_differ_only_by_dat(corpus_library) -> None:
    table = summary_card(corpus_library, "3853").section("targets").table
    rows = {name: [c.text if c else None for c in cells] for name, cells in table.rows}
    assert table.years == [2025, 2030]
    assert rows["gia đình được công nhận đạt danh hiệu “Gia đình học tập”"] == ["70%", "80%"]
    assert rows["cán bộ, công chức trong “Đơn vị học tập” cấp xã đạt danh hiệu “Công dân học tập”"] == [None, "80%"]


def test_coordinator_line_names_the_standing_agency(newdocs_library) -> None:
    card = summary_card(newdocs_library, "oc-eo-58-kh-ubnd")  # two fixtures are numbered 58/KH-UBND
    duties = [line.text for line in card.section("duties").lines]
    assert duties[0] == "Cơ quan thường trực: Phòng Văn hóa - Xã hội xã"


# --- the command ------------------------------------------------------------------------------


def _invoke(home: Path, docs: str, args: list[str]):
    env = {"XHHT_HOME": str(home), "XHHT_DOCS": docs}
    return CliRunner().invoke(summary_cmd, args, env=env)


def _no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def test_summary_command_json_contract(corpus_home: Path) -> None:
    result = _invoke(corpus_home, str(DOCS_SRC), ["151", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["doc_id"] == "binh-duong-151-kh-ubnd" and data["number"] == "151/KH-UBND" and data["draft"] is False
    assert [s["title"] for s in data["sections"]] == TITLES
    lines = [line for s in data["sections"] for line in s["lines"]]
    assert len(lines) >= 25
    for line in lines:
        assert {"source", "doc_id", "section", "quote"} <= set(line["citation"])
        assert line["citation"]["source"] == "binh-duong_09-CV-HKH_151-KH-UBND_2024.txt"


def test_summary_command_markdown_is_the_default(corpus_home: Path) -> None:
    default = _invoke(corpus_home, str(DOCS_SRC), ["ninh-binh-kh-ubnd-12-2023"])
    md = _invoke(corpus_home, str(DOCS_SRC), ["ninh-binh-kh-ubnd-12-2023", "--md"])
    assert default.exit_code == 0 and md.exit_code == 0, default.output
    assert default.stdout == md.stdout
    assert default.stdout.startswith("# Tóm tắt: Kế hoạch chưa có số — Ủy ban nhân dân tỉnh Ninh Bình")
    assert "## Nguồn trích dẫn" in default.stdout and "Dự thảo" in default.stdout


@pytest.mark.parametrize("ref", ["khong-co-van-ban", "999/KH-UBND", "binh-duong"])
def test_summary_command_unknown_or_ambiguous_doc_is_one_line(corpus_home: Path, ref: str) -> None:
    result = _invoke(corpus_home, str(DOCS_SRC), [ref])
    assert result.exit_code == 1, result.output
    _no_traceback(result)
    assert result.stdout == ""
    message = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(message) == 1 and message[0].startswith("Error: "), result.stderr
    assert ("Không tìm thấy văn bản" in message[0]) or ("văn bản khớp" in message[0])


def test_summary_command_without_an_index(tmp_path: Path) -> None:
    result = _invoke(tmp_path / "empty-home", str(DOCS_SRC), ["151"])
    assert result.exit_code == 1
    _no_traceback(result)
    assert "xhht index" in result.stderr
