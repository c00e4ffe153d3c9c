"""Ôn tập: items generated from the real indexed corpus, their checks, sessions stored in SQLite, the CLI."""

from __future__ import annotations

import csv
import re
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.commands.quiz import quiz_cmd
from assistant.study import quiz_values as qv
from assistant.study.document_ref import DocumentNotFound
from assistant.study.document_ref import find_document as resolve_document
from assistant.study.quiz import QuizError, QuizSession, QuizStore, quiz_items
from assistant.study.quiz_generate import build_items
from assistant.study.quiz_items import HEADER_SECTION, Citation, QuizItem, QuizSource, item_problems
from evals.harness import SourceTexts
from evals.scoring import quote_in_source
from index.store import Library
from tests.conftest import DOCS_NEW, DOCS_SRC

# the slots whose distractors are drawn from the same slot of sibling documents
SIBLING_SLOTS = ("deadline", "recipient", "onward", "lead", "duty", "issuer", "signer", "legal_basis", "legal_issuer")


@pytest.fixture(scope="session")
def library(corpus_library: Library) -> Library:
    return corpus_library


@pytest.fixture(scope="module")
def source(library: Library) -> QuizSource:
    return QuizSource(library)


@pytest.fixture(scope="module")
def build(source: QuizSource):
    return build_items(source)


def _item(build, doc_id: str, slot: str, where=lambda i: True) -> QuizItem:
    return next(i for i in build.of(doc_id) if i.slot == slot and where(i))


# --- the done-when: >= 15 valid items per plan, 0 invalid shown --------------------------------


def test_every_plan_of_the_seed_corpus_has_at_least_15_valid_items(library: Library, build) -> None:
    plans = [d for d in library.documents if d.kind == "Kế hoạch"]
    assert len(plans) == 5
    counts = {d.doc_id: len(build.of(d.doc_id)) for d in plans}
    assert min(counts.values()) >= 15, counts


def test_every_item_passes_the_checks_and_quotes_its_source_verbatim(source: QuizSource, build) -> None:
    texts = SourceTexts(DOCS_SRC)
    for n, item in enumerate(build.items):
        assert item_problems(item, source, build.items[:n]) == [], item
        assert len(item.options) == 4 and 0 <= item.answer < 4
        assert quote_in_source(item.citation.quote, texts.get(item.citation.source)), item.citation.quote
        assert item.doc_id == item.citation.doc_id
    # every slot family is represented, so a silent regression in one generator shows
    assert {"deadline", "recipient", "duty", "lead", "milestone", "phase", "target", "signer", "legal_date"} <= {
        i.slot for i in build.items}


def test_items_are_stable_across_builds(source: QuizSource, build) -> None:
    again = build_items(source)
    assert [(i.id, i.options, i.answer) for i in again.items] == [(i.id, i.options, i.answer) for i in build.items]


def test_a_draft_gets_no_question_about_its_number_or_date(library: Library, build) -> None:
    drafts = [d for d in library.documents if not d.number and not d.attached_to]
    assert drafts
    for doc in drafts:
        assert not [i for i in build.of(doc.doc_id) if i.slot in ("number", "date")]


def test_right_answers_on_hand_checked_facts(build) -> None:
    deadline = _item(build, "binh-duong-151-kh-ubnd", "deadline")
    assert deadline.correct == "20/11" and "20 tháng 11" in deadline.citation.quote
    assert "Ủy ban nhân dân các huyện, thị xã, thành phố" in deadline.question
    lead = _item(build, "binh-duong-151-kh-ubnd", "lead", lambda i: "hướng dẫn khen thưởng" in i.question)
    assert lead.correct == "Sở Nội vụ"
    target = _item(build, "binh-duong-3853-kh-ubnd", "target",
                   lambda i: "2030" in i.question and "“Gia đình học tập”" in i.question and "gia đình được" in i.question)
    assert target.correct == "80%"
    number = _item(build, "binh-duong-151-kh-ubnd", "number")
    assert number.correct == "151/KH-UBND"


# --- each check catches a deliberately broken item ----------------------------------------------------


def test_check_catches_a_right_answer_missing_from_its_clause(source: QuizSource, build) -> None:
    item = _item(build, "binh-duong-151-kh-ubnd", "deadline")
    wrong = replace(item, answer=(item.answer + 1) % 4)
    assert "đáp án đúng không có trong điều khoản được trích" in item_problems(wrong, source)


def test_check_catches_a_distractor_also_true_for_the_document(source: QuizSource, build) -> None:
    # 80% is the same document's 2030 figure for the indicator asked about for 2025
    item = _item(build, "binh-duong-3853-kh-ubnd", "target",
                 lambda i: "2025" in i.question and i.correct == "70%" and "gia đình được" in i.question)
    options = list(item.options)
    options[(item.answer + 1) % 4] = "80%"
    problems = item_problems(replace(item, options=tuple(options)), source)
    assert "phương án nhiễu “80%” cũng đúng với văn bản" in problems
    # the onward recipient of the same reporting chain, spelled with its abbreviation
    recipient = _item(build, "binh-duong-151-kh-ubnd", "recipient", lambda i: i.correct == "Sở Giáo dục và Đào tạo")
    options = list(recipient.options)
    options[(recipient.answer + 1) % 4] = "UBND tỉnh"
    assert any("“UBND tỉnh”" in p for p in item_problems(replace(recipient, options=tuple(options)), source))


def test_check_catches_duplicate_items_and_options(source: QuizSource, build) -> None:
    item = _item(build, "binh-duong-151-kh-ubnd", "deadline")
    assert "trùng với một câu hỏi khác" in item_problems(item, source, [item])
    reworded = replace(item, id="khac", question=item.question.replace("trước ngày nào", "hạn chót là ngày nào"))
    assert "trùng với một câu hỏi khác" in item_problems(reworded, source, [item])
    options = list(item.options)
    options[(item.answer + 1) % 4] = "20 tháng 11"  # the right date written another way
    assert "các phương án trùng nhau sau khi chuẩn hóa" in item_problems(replace(item, options=tuple(options)), source)


def test_check_catches_a_question_about_a_drafts_blank_number(library: Library, source: QuizSource) -> None:
    draft = library.documents_by_id["ha-nam-kh-ubnd-2024"]
    assert draft.number is None
    broken = QuizItem("x", draft.doc_id, "number", "số", "Dự thảo Kế hoạch của UBND tỉnh Hà Nam có số hiệu là gì?",
                      ("151/KH-UBND", "57/KH-UBND", "3853/KH-UBND", "05/KH-BCĐ"), 0,
                      Citation(draft.doc_id, draft.source, HEADER_SECTION, draft.date_line))
    problems = item_problems(broken, source)
    assert "hỏi số hoặc ngày của một dự thảo chưa có số, ngày" in problems
    dated = replace(broken, slot="date", options=("15/01/2024", "02/02/2024", "29/07/2022", "20/03/2024"))
    assert "hỏi số hoặc ngày của một dự thảo chưa có số, ngày" in item_problems(dated, source)


def test_check_catches_a_quote_that_is_not_in_the_document(source: QuizSource, build) -> None:
    item = _item(build, "binh-duong-151-kh-ubnd", "deadline")
    forged = replace(item, citation=replace(item.citation, quote="Trước ngày 20 tháng 11 hằng năm, các xã báo cáo."))
    assert "trích dẫn không có nguyên văn trong văn bản" in item_problems(forged, source)


# --- distractors from siblings ------------------------------------------------------------------------


def test_distractors_come_from_the_same_slot_of_sibling_documents(library: Library, source: QuizSource, build) -> None:
    others_text = {d.doc_id: " ".join(c.text for c in library.chunks if c.doc_id != d.doc_id) for d in library.documents}
    sibling_deadlines = {
        d.doc_id: {qv.option_key(qv.DATE, x) for o in library.documents if o.doc_id != d.doc_id
                   for f in source.reporting.get(o.doc_id, []) for x in f.deadlines}
        for d in library.documents}
    checked = from_siblings = 0
    for item in build.items:
        if item.slot not in SIBLING_SLOTS:
            continue
        for k, option in enumerate(item.options):
            if k == item.answer:
                continue
            checked += 1
            if item.slot == "deadline":
                from_siblings += qv.option_key(qv.DATE, option) in sibling_deadlines[item.doc_id]
            elif item.kind == qv.AGENCY:
                # an agency distractor is named by another document, never by this one's clause
                assert not qv.agency_in_text(option, item.citation.quote)
                from_siblings += qv.agency_in_text(option, others_text[item.doc_id])
            else:
                from_siblings += option in others_text[item.doc_id] or any(
                    option in (d.signer, d.number, d.issuer) for d in library.documents if d.doc_id != item.doc_id)
    assert checked > 100
    assert from_siblings / checked >= 0.8, (from_siblings, checked)


# --- sessions, storage, CSV -----------------------------------------------------------------------------


def test_a_session_scores_is_stored_and_exports_a_csv_that_reads_back(library: Library, tmp_path: Path) -> None:
    store = QuizStore(tmp_path / "quiz.sqlite")
    session = QuizSession.start(library, doc="151/KH-UBND", n=5, seed=3, learner="Lan", store=store)
    assert len(session) == 5 and session.scope == "binh-duong-151-kh-ubnd"
    assert all(i.doc_id == "binh-duong-151-kh-ubnd" for i in session.items)
    for i, item in enumerate(session.items):
        choice = item.answer if i < 3 else (item.answer + 1) % 4
        feedback = session.answer(i, "ABCD"[choice])
        assert feedback.correct == (i < 3) and feedback.correct_option == item.correct
        assert feedback.citation.quote == item.citation.quote
    with pytest.raises(QuizError):
        session.answer(0, "A")
    score = session.finish()
    assert (score.correct, score.answered, score.total, score.percent) == (3, 5, 5, 60)
    [stored] = store.sessions()
    assert stored["learner"] == "Lan" and stored["n_correct"] == 3 and stored["finished"]
    out = tmp_path / "ket-qua.csv"
    assert store.export_csv(out) == 5
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["question"] for r in rows] == [i.question for i in session.items]
    assert [r["is_correct"] for r in rows] == ["1", "1", "1", "0", "0"]
    assert rows[0]["correct_option"] == session.items[0].correct and rows[0]["learner"] == "Lan"
    again = QuizSession.start(library, doc="binh-duong-151-kh-ubnd", n=5, seed=3)
    assert [i.id for i in again.items] == [i.id for i in session.items]


def test_the_store_is_safe_to_share_between_threads(library: Library, tmp_path: Path) -> None:
    store = QuizStore(tmp_path / "shared.sqlite")
    errors: list[BaseException] = []

    def learner(k: int) -> None:
        try:
            session = QuizSession.start(library, n=6, seed=k, learner=f"HV{k}", store=store)
            for i in range(len(session)):
                session.answer(i, 0)
            session.finish()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=learner, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(store.sessions()) == 6 and len(store.rows()) == 36


def test_a_session_over_all_documents_names_each_document(library: Library) -> None:
    session = QuizSession.start(library, n=30, seed=1)
    assert len({i.doc_id for i in session.items}) >= 3
    for item in session.items:
        doc = library.documents_by_id[item.doc_id]
        assert doc.locality in item.question or (doc.number and doc.number in item.question), item.question


def test_documents_are_found_by_id_or_number(library: Library) -> None:
    assert resolve_document(library, "151").doc_id == "binh-duong-151-kh-ubnd"
    assert resolve_document(library, "3853/KH-UBND").doc_id == "binh-duong-3853-kh-ubnd"
    assert resolve_document(library, "ha-nam-kh-ubnd-2024").kind == "Kế hoạch"
    with pytest.raises(DocumentNotFound):
        resolve_document(library, "9999")


# --- the command -------------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(corpus_home: Path, tmp_path: Path) -> dict[str, str]:
    """A home of its own (the results file) that reads the shared corpus index."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "index").symlink_to(corpus_home / "index", target_is_directory=True)
    return {"XHHT_HOME": str(home), "XHHT_DOCS": str(DOCS_SRC)}


def test_the_command_runs_a_three_question_session_and_exports_it(library: Library, cli_env, tmp_path: Path) -> None:
    expected = QuizSession.start(library, doc="151", n=3, seed=5)
    answers = ["A", "B", "C"]
    right = sum("ABCD"[i.answer] == a for i, a in zip(expected.items, answers, strict=True))
    runner = CliRunner()
    result = runner.invoke(quiz_cmd, ["--doc", "151", "--n", "3", "--seed", "5", "--learner", "Lan"],
                           input="a\nB\nC\n", env=cli_env)
    assert result.exit_code == 0, result.output
    assert result.output.count("Trích dẫn:") == 3
    assert f"Kết quả: {right}/3 câu đúng" in result.output
    assert expected.items[0].question in result.output
    out = tmp_path / "kq.csv"
    exported = runner.invoke(quiz_cmd, ["--export", str(out)], env=cli_env)
    assert exported.exit_code == 0 and "Đã ghi 3 lượt" in exported.output
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["chosen"] for r in rows] == answers and sum(r["is_correct"] == "1" for r in rows) == right


def test_the_command_checks_items_and_reports_errors_in_one_line(cli_env) -> None:
    runner = CliRunner()
    checked = runner.invoke(quiz_cmd, ["--check"], env=cli_env)
    assert checked.exit_code == 0, checked.output
    line = next(x for x in checked.output.splitlines() if x.startswith("binh-duong-151-kh-ubnd"))
    assert int(re.search(r"(\d+) câu hợp lệ", line).group(1)) >= 15
    missing = runner.invoke(quiz_cmd, ["--doc", "9999"], env=cli_env)
    assert missing.exit_code == 1
    lines = missing.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: Không tìm thấy văn bản «9999»") and "xhht docs" in lines[0]


# --- the new-document fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def new_source(newdocs_library: Library) -> QuizSource:
    return QuizSource(newdocs_library)


@pytest.fixture(scope="module")
def new_build(newdocs_library: Library):
    return quiz_items(newdocs_library)


def test_items_of_the_new_document_fixtures_pass_the_checks(new_source: QuizSource, new_build) -> None:
    texts = SourceTexts([DOCS_SRC, DOCS_NEW])
    for n, item in enumerate(new_build.items):
        assert item_problems(item, new_source, new_build.items[:n]) == [], item
        assert quote_in_source(item.citation.quote, texts.get(item.citation.source)), item.citation.quote
    # the slots read from tables and from any clause's due date are asked
    assert {"target_cell", "target_cell_count", "target_cell_amount", "due"} <= {i.slot for i in new_build.items}


def test_every_plan_of_the_new_document_corpus_has_at_least_15_valid_items(newdocs_library: Library, new_build) -> None:
    plans = [d.doc_id for d in newdocs_library.documents if d.kind == "Kế hoạch"]
    assert len(plans) >= 15
    counts = {d: len(new_build.of(d)) for d in plans}
    assert min(counts.values()) >= 15, counts


def _header_and_row(library: Library, item: QuizItem) -> tuple[list[str], list[str]]:
    """The table an item's row stands in, read from the chunk text (independently of the profile)."""
    for chunk in library.chunks_of(item.doc_id):
        lines = [x.strip() for x in chunk.text.split("\n") if "|" in x]
        if chunk.section == item.citation.section and item.citation.quote in lines[1:]:
            return [c.strip() for c in lines[0].split("|")], [c.strip() for c in item.citation.quote.split("|")]
    raise AssertionError(item)


def test_a_table_target_is_the_cell_under_the_asked_year_never_a_result(newdocs_library: Library, new_build) -> None:
    cells = [i for i in new_build.items if i.slot.startswith("target_cell")]
    assert len(cells) >= 30
    for item in cells:
        header, row = _header_and_row(newdocs_library, item)
        year = re.search(r"chỉ tiêu (?:đến )?năm (\d{4})", item.question).group(1)
        [col] = [k for k, h in enumerate(header) if year in h and not re.search(r"kết quả|thực hiện", h, re.I)]
        assert qv.same_value(item.kind, row[col], item.correct), (item.question, row)
        # a distractor the row gives is another column's figure: another year's target or a past result
        assert all(row.index(o) != col for k, o in enumerate(item.options) if k != item.answer and o in row)


def test_right_answers_of_the_new_slots_on_hand_checked_facts(new_build) -> None:
    def the(doc_id: str, slot: str, *words: str) -> QuizItem:
        return next(i for i in new_build.of(doc_id) if i.slot == slot and all(w in i.question for w in words))

    family = the("trung-khanh-02-kh-hkh", "target_cell", "năm 2024", "Gia đình học tập")
    assert family.correct == "66%" and {"62%", "80%"} & set(family.options)  # the row's other figures
    assert the("trung-khanh-02-kh-hkh", "target_cell", "đến năm 2030", "Gia đình học tập").correct == "80%"
    assert the("trung-khanh-02-kh-hkh", "target_cell_amount", "năm 2024", "Quỹ khuyến học").correct == "1,3 tỷ đồng"
    assert the("trung-khanh-02-kh-hkh", "target_cell_count", "năm 2024", "Dòng họ").correct == "45 dòng họ"
    assert the("kien-xuong-215-kh-pgddt", "target_cell_count", "năm 2025", "Số dòng họ học tập").correct == "210"
    fund = the("chi-linh-06-kh-hkh", "target_cell_count", "Quỹ khuyến học")
    assert fund.correct == "7,5" and "(đơn vị tính: tỷ đồng)" in fund.question
    assert the("kien-xuong-215-kh-pgddt", "lead", "bảng phân công", "Tổng hợp kết quả công nhận").correct == \
        "Hội Khuyến học huyện"
    assert the("kien-xuong-215-kh-pgddt", "due", "Kiểm tra, đánh giá xếp loại").correct == "15/11/2024"
    assert the("kien-xuong-215-kh-pgddt", "due", "Giám đốc TTHTCĐ gửi kế hoạch").correct == "15/05/2024"
    assert the("tan-trao-ke-hoach-03-2024", "due", "phê duyệt trước ngày ……").correct == "15/01"
    assert the("trung-khanh-02-kh-hkh", "lead", "là đầu mối").correct == "Văn phòng Hội Khuyến học huyện"
    # a date a report's deadline item asks already is not asked again as a blank or a table row
    asked = [i for i in new_build.of("kien-xuong-215-kh-pgddt") if i.slot in ("deadline", "due")]
    assert [qv.option_key(qv.DATE, i.correct) for i in asked].count("20/12/2024") == 1


def test_checks_of_the_new_slots_catch_broken_items(new_source: QuizSource, new_build) -> None:
    cell = next(i for i in new_build.of("trung-khanh-02-kh-hkh")
                if i.slot == "target_cell" and "năm 2024" in i.question and "Gia đình học tập" in i.question)
    # 80% is in the cited row, but under 2030: an item claiming it for 2024 is caught
    claimed = tuple(dict.fromkeys(["80%", "66%", *cell.options]))[:4]
    assert "đáp án đúng không phải ô của bảng chỉ tiêu cho năm được hỏi" in item_problems(
        replace(cell, options=claimed, answer=0), new_source)
    count = next(i for i in new_build.of("trung-khanh-02-kh-hkh") if i.slot == "target_cell_count")
    options = list(count.options)
    options[(count.answer + 1) % 4] = count.correct.split()[0]  # "45" is "45 dòng họ" without its unit
    assert "các phương án trùng nhau sau khi chuẩn hóa" in item_problems(replace(count, options=tuple(options)), new_source)
    # another date the same plan says something is due by is also true, so it is no distractor for a blank
    blank = next(i for i in new_build.of("kien-xuong-215-kh-pgddt") if i.slot == "due" and "Giám đốc TTHTCĐ" in i.question)
    options = list(blank.options)
    options[(blank.answer + 1) % 4] = "20/04/2024"
    problems = item_problems(replace(blank, options=tuple(options)), new_source)
    assert "phương án nhiễu “20/04/2024” cũng đúng với văn bản" in problems
    # a blank in the clause whose deadline another item asks already is the same item, however worded
    deadline = next(i for i in new_build.of("kien-xuong-215-kh-pgddt") if i.slot == "deadline")
    again = replace(deadline, id="khac", slot="due", key="blank",
                    question="Theo Kế hoạch, ngày còn trống trong câu sau là ngày nào: “… trước ngày ……”?")
    assert "trùng với một câu hỏi khác" in item_problems(again, new_source, [deadline])


def test_counts_compare_as_numbers_and_are_found_whole() -> None:
    row = "Dòng họ đạt “Dòng họ học tập” | 38 dòng họ | 45 dòng họ | 70 dòng họ"
    assert qv.value_in_text(qv.COUNT, "45 dòng họ", row) and not qv.value_in_text(qv.COUNT, "45 người", row)
    assert not qv.value_in_text(qv.COUNT, "5", row) and not qv.value_in_text(qv.COUNT, "15", "trước 15/11/2024")
    assert qv.value_in_text(qv.COUNT, "43.000", "Hội viên khuyến học | Người | 41.500 | 43.000")
    assert qv.same_value(qv.COUNT, "280", "280 dòng họ") and not qv.same_value(qv.COUNT, "7,5", "75")
    assert qv.parse_count("66%") is None and qv.parse_count("Tháng 4/2024") is None
    assert all(qv.parse_count(v)[1] == "dòng họ" for v in qv.variations(qv.COUNT, "45 dòng họ"))
