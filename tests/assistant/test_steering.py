"""QuerySteering over the real documents of docs_src/: what a question names decides the documents."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assistant.steering import QuerySteering
from index.documents import DocumentMeta
from index.pipeline import parse_source

DOCS_SRC = Path(__file__).resolve().parents[2] / "docs_src"

BD_09 = "binh-duong-09-cv-hkh"
BD_151 = "binh-duong-151-kh-ubnd"
BD_3853 = "binh-duong-3853-kh-ubnd"
BINH_DUONG = sorted([BD_09, BD_151, BD_3853])
NINH_BINH = "ninh-binh-kh-ubnd-12-2023"
HA_NAM = "ha-nam-kh-ubnd-2024"
AN_NGHIEP = "an-nghiep-kh-ubnd-2024"


@pytest.fixture(scope="module")
def documents() -> list[DocumentMeta]:
    """The documents of docs_src/ as the indexer reads them (same parser, no embedding needed)."""
    docs: list[DocumentMeta] = []
    for path in sorted(DOCS_SRC.glob("*.txt")):
        metas, _chunks = parse_source(path, path.name, 20 * 1024 * 1024)
        docs.extend(metas)
    return docs


@pytest.fixture(scope="module")
def steering(documents: list[DocumentMeta]) -> QuerySteering:
    return QuerySteering(documents)


def test_the_corpus_has_the_documents_these_tests_name(documents: list[DocumentMeta]) -> None:
    ids = {d.doc_id for d in documents}
    assert ids == {BD_09, BD_151, BD_3853, NINH_BINH, HA_NAM, AN_NGHIEP}


@pytest.mark.slow
def test_indexed_documents_are_the_parsed_ones(corpus_searcher, documents: list[DocumentMeta]) -> None:
    assert [d.to_dict() for d in corpus_searcher.library.documents] == [d.to_dict() for d in documents]


def test_locality_named_with_diacritics(steering: QuerySteering) -> None:
    scope = steering.run("UBND huyện ở Bình Dương")
    assert scope.doc_ids == BINH_DUONG
    assert scope.explicit and scope.localities == ["binh duong"]


def test_locality_without_diacritics(steering: QuerySteering) -> None:
    assert steering.run("ninh binh bao cao").doc_ids == [NINH_BINH]
    assert steering.run("HÀ NAM các đơn vị báo cáo về Sở nào").doc_ids == [HA_NAM]
    assert steering.run("an nghiep giai doan 2 ai tham muu").doc_ids == [AN_NGHIEP]


def test_parent_locality_steers_to_the_commune(steering: QuerySteering) -> None:
    # xã An Nghiệp belongs to huyện Tuy An
    assert steering.run("kế hoạch của Tuy An").doc_ids == [AN_NGHIEP]


def test_part_of_a_name_is_not_a_locality(steering: QuerySteering) -> None:
    assert steering.run("Nam giới và nữ giới cùng học tập").doc_ids is None
    assert steering.run("bình đẳng trong học tập").doc_ids is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("KH 151", [BD_151]),
        ("kế hoạch 3853", [BD_3853]),
        ("CV 09", [BD_09]),
        ("công văn số 09 nói gì", [BD_09]),
        ("151/KH-UBND giao Sở nào", [BD_151]),
        ("theo kế hoạch 3853/KH-UBND", [BD_3853]),
        ("kh151", None),  # glued to letters: not a number mention
    ],
)
def test_document_numbers(steering: QuerySteering, query: str, expected: list[str] | None) -> None:
    assert steering.run(query).doc_ids == expected


def test_number_and_locality_together_narrow_down(steering: QuerySteering) -> None:
    scope = steering.run("Bình Dương kế hoạch 151")
    assert scope.doc_ids == [BD_151]
    assert scope.numbers == ["151"] and scope.localities == ["binh duong"]


def test_a_short_bare_number_is_not_a_document_number(steering: QuerySteering) -> None:
    assert steering.run("có 09 tiêu chí").doc_ids is None


@pytest.fixture(scope="module")
def colliding(documents: list[DocumentMeta]) -> QuerySteering:
    """The real documents plus ones whose numbers look like years and dates."""
    base = next(d for d in documents if d.doc_id == HA_NAM)
    extra = [
        dataclasses.replace(base, doc_id="x-2030-kh", number="2030/KH-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-20-kh", number="20/KH-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-11-qd", number="11/QĐ-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-2024-kh", number="2024/KH-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-1315-qd", number="1315/QĐ-UBND", locality="Phú Yên", parent_locality=""),
    ]
    return QuerySteering([*documents, *extra])


@pytest.mark.parametrize(
    "query",
    [
        "mục tiêu đến năm 2030",
        "chỉ tiêu gia đình học tập 2030",
        "giai đoạn 2023-2030",
        "kế hoạch năm 2024",
        "báo cáo trước 20/11",
        "trước ngày 20/11/2024",
        "báo cáo trước ngày 20 tháng 11",
        "hạn 20-11",
        "đạt 20% gia đình học tập",
    ],
)
def test_years_and_dates_are_not_document_numbers(colliding: QuerySteering, query: str) -> None:
    scope = colliding.run(query)
    assert scope.doc_ids is None, scope
    assert scope.numbers == []


def test_years_are_numbers_when_a_keyword_says_so(colliding: QuerySteering) -> None:
    assert colliding.run("kế hoạch 2030").doc_ids == ["x-2030-kh"]
    assert colliding.run("KH số 20").doc_ids == ["x-20-kh"]
    assert colliding.run("quyết định 11").doc_ids == ["x-11-qd"]


@pytest.mark.parametrize(
    ("query", "level"),
    [
        ("cấp xã phải làm gì", "xã"),
        ("xã mình cần làm gì trong giai đoạn 2", "xã"),
        ("UBND xã báo cáo cho ai", "xã"),
        ("cap huyen bao cao truoc ngay nao", "huyện"),
        ("UBND tỉnh giao nhiệm vụ gì", "tỉnh"),
        ("ai báo cáo cho ai", None),
    ],
)
def test_level(steering: QuerySteering, query: str, level: str | None) -> None:
    scope = steering.run(query)
    assert scope.level == level
    assert scope.doc_ids is None  # a level alone names no document


def test_level_does_not_select_documents(steering: QuerySteering) -> None:
    scope = steering.run("cấp xã phải làm gì")
    assert scope.level == "xã" and scope.doc_ids is None and not scope.explicit


def test_a_question_naming_nothing(steering: QuerySteering) -> None:
    for query in ("Ai báo cáo cho ai, trước ngày nào?", "Chỉ tiêu gia đình học tập là bao nhiêu?", ""):
        scope = steering.run(query)
        assert scope.doc_ids is None and not scope.explicit
        assert scope.localities == [] and scope.numbers == []


def test_two_localities_select_both(steering: QuerySteering) -> None:
    scope = steering.run("So sánh Hà Nam và Ninh Bình về thời hạn báo cáo")
    assert scope.doc_ids == sorted([HA_NAM, NINH_BINH])
    assert sorted(scope.localities) == ["ha nam", "ninh binh"]
    assert steering.run("tinh ha nam va xa an nghiep").doc_ids == sorted([HA_NAM, AN_NGHIEP])


def test_docs_for_locality(steering: QuerySteering) -> None:
    assert steering.docs_for_locality("Bình Dương") == BINH_DUONG
    assert steering.docs_for_locality("binh duong") == BINH_DUONG
    assert steering.docs_for_locality("Hà Nam") == [HA_NAM]
    assert steering.docs_for_locality("Tuy An") == [AN_NGHIEP]
    assert steering.localities() == ["An Nghiệp", "Bình Dương", "Hà Nam", "Ninh Bình"]
