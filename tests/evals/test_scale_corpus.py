"""The synthetic scale corpus: N distinct near-copies of the seeds, each naming only its own place."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from evals.scale_corpus import (
    SEED_PLACES,
    TEMPLATES,
    ScaleCorpusError,
    change_deadline,
    place_questions,
    write_corpus,
)
from index.textnorm import fold_ascii


def folded(text: str) -> str:
    return " ".join(fold_ascii(text).split())


def names_place(text: str, name: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(folded(name))}(?![a-z0-9])", text) is not None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    folder = tmp_path_factory.mktemp("scale-corpus")
    return folder, write_corpus(folder, 80, seed=3)


def test_n_documents_in_distinct_files_from_every_seed(corpus: tuple[Path, list]) -> None:
    folder, docs = corpus
    assert sum(d.documents for d in docs) == 80
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted(d.file for d in docs)
    texts = [(folder / d.file).read_text(encoding="utf-8") for d in docs]
    assert len(set(texts)) == len(texts)
    assert set(Counter(d.template for d in docs)) == {t.name for t in TEMPLATES}


def test_no_seed_place_is_left_and_each_copy_names_its_own(corpus: tuple[Path, list]) -> None:
    folder, docs = corpus
    places = [(d.level, folded(d.place)) for d in docs]
    assert len(set(places)) == len(places)  # one plan per place: a question names exactly one
    for doc in docs:
        text = folded((folder / doc.file).read_text(encoding="utf-8"))
        leftovers = [seed for seed in SEED_PLACES if names_place(text, seed)]
        assert not leftovers, (doc.file, leftovers)
        assert names_place(text, f"{doc.level} {doc.place}"), doc.file
        if doc.level == "xã":
            assert names_place(text, f"{doc.district_kind} {doc.district}"), doc.file


def test_own_numbers_dates_and_targets_vary_but_national_references_stay(corpus: tuple[Path, list]) -> None:
    folder, docs = corpus
    copies = [(folder / d.file).read_text(encoding="utf-8") for d in docs if d.template == "binh-duong-151"]
    assert len(copies) >= 2
    seed = (Path(__file__).resolve().parents[2] / "docs_src" / TEMPLATES[0].seed_file).read_text(encoding="utf-8")
    for text in copies:
        assert "1315/QĐ-TTg" in text  # the national decision every plan implements
        assert "151 /KH-UBND" not in text and "09/CV-HKH" not in text
    assert len({re.search(r"Số: (\d+) /KH-UBND", t).group(1) for t in copies}) == len(copies)
    assert any(re.findall(r"\d+%", t) != re.findall(r"\d+%", seed) for t in copies)


def test_every_document_states_its_own_deadline_and_one_edit_changes_it(corpus: tuple[Path, list],
                                                                        tmp_path: Path) -> None:
    folder, docs = corpus
    for doc in docs:
        text = (folder / doc.file).read_text(encoding="utf-8")
        day, month = doc.deadline
        assert re.search(rf"[Tt]rước ngày {day:02d} tháng {month:02d}\b", text), doc.file
    docs = write_corpus(tmp_path, 6, seed=3)
    target = next(d for d in docs if d.level == "xã")
    before = (tmp_path / target.file).read_text(encoding="utf-8")
    changed = change_deadline(tmp_path, target)
    after = (tmp_path / target.file).read_text(encoding="utf-8")
    assert changed.deadline != target.deadline and changed.place == target.place
    assert f"trước ngày {changed.deadline[0]:02d} tháng {changed.deadline[1]:02d}" in after
    assert f"trước ngày {target.deadline[0]:02d} tháng" not in after and before != after


def test_same_seed_same_corpus_another_seed_other_places(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 12, seed=7)
    again = write_corpus(tmp_path / "b", 12, seed=7)
    other = write_corpus(tmp_path / "c", 12, seed=8)
    assert first == again
    for doc in first:
        assert (tmp_path / "a" / doc.file).read_bytes() == (tmp_path / "b" / doc.file).read_bytes()
    assert [d.place for d in first] != [d.place for d in other]


def test_questions_name_each_documents_own_place_and_expected_answer(corpus: tuple[Path, list]) -> None:
    _, docs = corpus
    questions = place_questions(docs, limit=10_000)
    by_file = {d.file: d for d in docs}
    assert {q.file for q in questions if q.kind == "deadline"} == set(by_file)
    for q in questions:
        doc = by_file[q.file]
        assert names_place(folded(q.question), f"{doc.level} {doc.place}"), q.question
        if q.kind == "deadline":
            assert f"{doc.deadline[0]:02d} tháng {doc.deadline[1]:02d}" in q.expect
        else:
            assert q.expect == (doc.responsible,) and doc.responsible
    sample = place_questions(docs, limit=20, seed=1)
    assert len(sample) == 20 and sample == place_questions(docs, limit=20, seed=1)
    assert set(sample) <= set(questions)


def test_sizes_outside_the_supported_range_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ScaleCorpusError, match="số tài liệu"):
        write_corpus(tmp_path, 0)
