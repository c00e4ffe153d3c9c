"""ScopeResolver over the real documents of docs_src/: what a question names decides the documents."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assistant.scope import ScopeResolver
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
def scopes(documents: list[DocumentMeta]) -> ScopeResolver:
    return ScopeResolver(documents)


def test_the_corpus_has_the_documents_these_tests_name(documents: list[DocumentMeta]) -> None:
    ids = {d.doc_id for d in documents}
    assert ids == {BD_09, BD_151, BD_3853, NINH_BINH, HA_NAM, AN_NGHIEP}


@pytest.mark.slow
def test_indexed_documents_are_the_parsed_ones(corpus_searcher, documents: list[DocumentMeta]) -> None:
    assert [d.to_dict() for d in corpus_searcher.library.documents] == [d.to_dict() for d in documents]


def test_locality_named_with_diacritics(scopes: ScopeResolver) -> None:
    scope = scopes.run("UBND huyện ở Bình Dương")
    assert scope.doc_ids == BINH_DUONG
    assert scope.explicit and scope.localities == ["binh duong"]


def test_locality_without_diacritics(scopes: ScopeResolver) -> None:
    assert scopes.run("ninh binh bao cao").doc_ids == [NINH_BINH]
    assert scopes.run("HÀ NAM các đơn vị báo cáo về Sở nào").doc_ids == [HA_NAM]
    assert scopes.run("an nghiep giai doan 2 ai tham muu").doc_ids == [AN_NGHIEP]


def test_parent_locality_steers_to_the_commune(scopes: ScopeResolver) -> None:
    # xã An Nghiệp belongs to huyện Tuy An
    assert scopes.run("kế hoạch của Tuy An").doc_ids == [AN_NGHIEP]


def test_words_typed_with_other_marks_are_not_a_place(scopes: ScopeResolver) -> None:
    assert not scopes.run("UBND tỉnh hỗ trợ kinh phí cho mỗi trung tâm bao nhiêu?").places  # not "Chợ Mới"
    assert [p.label for p in scopes.run("huyện Chợ Mới có kế hoạch không?").places] == ["huyện Chợ Mới"]
    assert scopes.run("Hoà Bình có kế hoạch không?").places  # the other placement of the tone mark is the same name


def test_a_held_place_of_function_words_typed_without_marks(documents: list[DocumentMeta]) -> None:
    base = next(d for d in documents if d.doc_id == HA_NAM)
    held = ScopeResolver([*documents, dataclasses.replace(
        base, doc_id="x-cho-moi", locality="Chợ Mới", level="huyện", province="An Giang", parent_locality="")])
    # typed without marks, "cho moi" is "cho mỗi" unless a kind word names the place
    assert not held.run("hkh tinh thuong bao nhieu tien cho moi dong ho hoc tap tieu bieu").places
    assert held.run("huyen cho moi co ke hoach khong").doc_ids == ["x-cho-moi"]


def test_part_of_a_name_is_not_a_locality(scopes: ScopeResolver) -> None:
    assert scopes.run("Nam giới và nữ giới cùng học tập").doc_ids is None
    assert scopes.run("bình đẳng trong học tập").doc_ids is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("KH 151", [BD_151]),
        ("kế hoạch 3853", [BD_3853]),
        ("CV 09", [BD_09]),
        ("công văn số 09 nói gì", [BD_09]),
        ("151/KH-UBND giao Sở nào", [BD_151]),
        ("theo kế hoạch 3853/KH-UBND", [BD_3853]),
        ("kh151", [BD_151]),  # typed glued to its kind: still that document
        ("ubnd151", None),  # glued to anything else: not a number mention
    ],
)
def test_document_numbers(scopes: ScopeResolver, query: str, expected: list[str] | None) -> None:
    assert scopes.run(query).doc_ids == expected


def test_number_and_locality_together_narrow_down(scopes: ScopeResolver) -> None:
    scope = scopes.run("Bình Dương kế hoạch 151")
    assert scope.doc_ids == [BD_151]
    assert scope.numbers == ["151"] and scope.localities == ["binh duong"]


def test_a_short_bare_number_is_not_a_document_number(scopes: ScopeResolver) -> None:
    assert scopes.run("có 09 tiêu chí").doc_ids is None


@pytest.fixture(scope="module")
def colliding(documents: list[DocumentMeta]) -> ScopeResolver:
    """The real documents plus ones whose numbers look like years and dates."""
    base = next(d for d in documents if d.doc_id == HA_NAM)
    extra = [
        dataclasses.replace(base, doc_id="x-2030-kh", number="2030/KH-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-20-kh", number="20/KH-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-11-qd", number="11/QĐ-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-2024-kh", number="2024/KH-UBND", locality="Phú Yên", parent_locality=""),
        dataclasses.replace(base, doc_id="x-1315-qd", number="1315/QĐ-UBND", locality="Phú Yên", parent_locality=""),
    ]
    return ScopeResolver([*documents, *extra])


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
        # a part of a document, not a document: "Biểu số 20", "Phụ lục 11", "Điều 20"
        "Biểu số 20 thì sao, nội dung gì và hạn nào?",
        "phụ lục 11 gồm những cột nào",
        "Điều 20 quy định gì",
    ],
)
def test_years_and_dates_are_not_document_numbers(colliding: ScopeResolver, query: str) -> None:
    scope = colliding.run(query)
    assert scope.doc_ids is None, scope
    assert scope.numbers == []


def test_years_are_numbers_when_a_keyword_says_so(colliding: ScopeResolver) -> None:
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
def test_level(scopes: ScopeResolver, query: str, level: str | None) -> None:
    scope = scopes.run(query)
    assert scope.level == level
    assert scope.doc_ids is None  # a level alone names no document


def test_level_does_not_select_documents(scopes: ScopeResolver) -> None:
    scope = scopes.run("cấp xã phải làm gì")
    assert scope.level == "xã" and scope.doc_ids is None and not scope.explicit


def test_a_question_naming_nothing(scopes: ScopeResolver) -> None:
    for query in ("Ai báo cáo cho ai, trước ngày nào?", "Chỉ tiêu gia đình học tập là bao nhiêu?", ""):
        scope = scopes.run(query)
        assert scope.doc_ids is None and not scope.explicit
        assert scope.localities == [] and scope.numbers == []


def test_two_localities_select_both(scopes: ScopeResolver) -> None:
    scope = scopes.run("So sánh Hà Nam và Ninh Bình về thời hạn báo cáo")
    assert scope.doc_ids == sorted([HA_NAM, NINH_BINH])
    assert sorted(scope.localities) == ["ha nam", "ninh binh"]
    assert scopes.run("tinh ha nam va xa an nghiep").doc_ids == sorted([HA_NAM, AN_NGHIEP])


def test_docs_for_locality(scopes: ScopeResolver) -> None:
    assert scopes.docs_for_locality("Bình Dương") == BINH_DUONG
    assert scopes.docs_for_locality("binh duong") == BINH_DUONG
    assert scopes.docs_for_locality("Hà Nam") == [HA_NAM]
    assert scopes.docs_for_locality("Tuy An") == [AN_NGHIEP]
    assert scopes.localities() == ["An Nghiệp", "Bình Dương", "Hà Nam", "Ninh Bình"]


# -- places through the administrative-units vocabulary ------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected", "relation"),
    [
        ("TP HCM báo cáo phong trào thi đua học tập trước ngày nào?", BINH_DUONG, "merged"),
        ("thành phố Hồ Chí Minh giao sở nào tham mưu", BINH_DUONG, "merged"),
        ("tỉnh BD báo cáo trước ngày nào", BINH_DUONG, "own"),
        ("Phú Yên có kế hoạch gì", [AN_NGHIEP], "within"),
        ("tinh dak lak bao cao truoc ngay nao", [AN_NGHIEP], "merged"),
        ("xa tuy an tay lam gi", [AN_NGHIEP], "merged"),
        ("UBND huyện Tuy An", [AN_NGHIEP], "within"),
        ("Ninh Bình báo cáo trước ngày nào", [NINH_BINH], "own"),
    ],
)
def test_places_resolve_by_old_new_short_and_parent_names(scopes: ScopeResolver, query, expected, relation) -> None:
    scope = scopes.run(query)
    assert scope.doc_ids == expected
    assert [p.relation for p in scope.places] == [relation]


def test_a_short_form_says_how_it_was_read(scopes: ScopeResolver) -> None:
    scope = scopes.run("tỉnh BD báo cáo trước ngày nào")
    assert scope.doc_ids == BINH_DUONG and scope.notes == ["“BD” được hiểu là tỉnh Bình Dương."]
    assert scopes.run("HN báo cáo về đâu").doc_ids == [HA_NAM]  # the library's own place wins the initials


def test_a_merged_province_is_said_in_one_note(scopes: ScopeResolver) -> None:
    scope = scopes.run("TP HCM báo cáo trước ngày nào?")
    assert len(scope.notes) == 1
    assert "Bình Dương" in scope.notes[0] and "Thành phố Hồ Chí Minh" in scope.notes[0] and "1/7/2025" in scope.notes[0]


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("Xã Phú Mỹ báo cáo kết quả trước ngày nào?", "Phú Mỹ"),
        ("Hạn báo cáo của tỉnh Đồng Nai là ngày nào?", "Đồng Nai"),
        ("thanh pho Hue dat chi tieu gi", "Huế"),
        ("huyện Đông Anh phải làm gì", "Đông Anh"),
    ],
)
def test_a_place_the_library_lacks_is_unknown_and_selects_nothing(scopes: ScopeResolver, query, label) -> None:
    scope = scopes.run(query)
    assert scope.doc_ids == []
    assert [p.relation for p in scope.places] == ["unknown"]
    assert label in scope.unknown[0].label


@pytest.mark.parametrize(
    "query",
    ["xây dựng xã hội học tập ở các xã, phường", "huyện học tập là gì", "cấp xã mình phải làm gì",
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh có nhiệm vụ gì"],
)
def test_words_that_look_like_places_are_not_places(scopes: ScopeResolver, query: str) -> None:
    assert scopes.run(query).places == []


def test_a_place_named_with_its_province_is_scoped_to_the_place() -> None:
    folder = Path(__file__).resolve().parents[2] / "evals" / "docs-new"
    docs = [m for name in ("dev3-dong-thap_QD-UBND_2024.txt", "vinh-thanh_KH-UBND_2024.txt")
            for m in parse_source(folder / name, name, 20 * 1024 * 1024)[0]]
    resolver = ScopeResolver(docs)
    named = resolver.run("Huyện Lai Vung (Đồng Tháp) đặt chỉ tiêu bao nhiêu ấp?")
    assert named.doc_ids and all(d.startswith("lai-vung") for d in named.doc_ids)  # not the xã of Lấp Vò
    assert "vinh-thanh-45-kh-ubnd" in resolver.run("Đồng Tháp đặt chỉ tiêu bao nhiêu ấp?").doc_ids
    compared = resolver.run("so sánh huyện Lai Vung và tỉnh Đồng Tháp")
    assert "vinh-thanh-45-kh-ubnd" in compared.doc_ids


def test_a_number_two_places_share_is_read_with_the_place_named() -> None:
    def doc(doc_id: str, issuer: str, locality: str, province: str, level: str) -> DocumentMeta:
        return DocumentMeta(doc_id=doc_id, source=f"{doc_id}.txt", kind="Hướng dẫn", number="15/HD-HKH",
                            symbol="HD-HKH", issuer=issuer, locality=locality, province=province, level=level,
                            date="20/05/2024", year=2024, title="Đánh giá, công nhận danh hiệu")

    resolver = ScopeResolver([doc("nghe-an", "Hội Khuyến học tỉnh Nghệ An", "Nghệ An", "Nghệ An", "tỉnh"),
                              doc("luong-tai", "Hội Khuyến học huyện Lương Tài", "Lương Tài", "Bắc Ninh", "huyện")])
    assert resolver.run("Theo HD 15/HD-HKH của Hội Khuyến học huyện Lương Tài, tiêu chí gồm những gì?").doc_ids == ["luong-tai"]
    assert sorted(resolver.run("HD 15/HD-HKH quy định tiêu chí gì?").doc_ids) == ["luong-tai", "nghe-an"]


def test_two_places_that_fold_alike_are_told_apart_by_marks_or_level(documents: list[DocumentMeta]) -> None:
    base = next(d for d in documents if d.doc_id == HA_NAM)
    district = dataclasses.replace(base, doc_id="thanh-hoa-38", locality="Thạnh Hòa", level="huyện", province="Bến Tre",
                                   issuer="Phòng Giáo dục và Đào tạo huyện Thạnh Hòa", parent_locality="")
    province = dataclasses.replace(base, doc_id="thanh-hoa-47", locality="Thanh Hóa", level="tỉnh", province="Thanh Hóa",
                                   issuer="Ủy ban nhân dân tỉnh Thanh Hóa", parent_locality="")
    scopes = ScopeResolver([*documents, district, province])
    assert scopes.run("huyện Thạnh Hòa tự đánh giá khi nào").doc_ids == ["thanh-hoa-38"]
    assert scopes.run("Thanh Hóa giao chỉ tiêu gì").doc_ids == ["thanh-hoa-47"]
    assert scopes.run("tinh thanh hoa giao chi tieu gi").doc_ids == ["thanh-hoa-47"]
    assert scopes.run("thanh hoa giao chi tieu gi").doc_ids == ["thanh-hoa-38", "thanh-hoa-47"]


def test_the_kind_of_document_a_question_reads_from_narrows_a_place_to_it() -> None:
    def doc(doc_id: str, kind: str, number: str, issuer: str) -> DocumentMeta:
        return DocumentMeta(doc_id=doc_id, source=f"{doc_id}.txt", kind=kind, number=number,
                            symbol=number.split("/", 1)[1], issuer=issuer, locality="Lâm Đồng", province="Lâm Đồng",
                            level="tỉnh", date="15/09/2025", year=2025, title="Đánh giá, công nhận danh hiệu")

    resolver = ScopeResolver([doc("ld-19", "Hướng dẫn", "19/HD-HKH", "Hội Khuyến học tỉnh Lâm Đồng"),
                              doc("ld-3185", "Công văn", "3185/SGDĐT-GDTX", "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng")])
    asked = "Theo hướng dẫn của Hội Khuyến học tỉnh Lâm Đồng, Gia đình học tập xếp loại Khá cần bao nhiêu điểm?"
    assert resolver.run(asked).doc_ids == ["ld-19"]
    assert resolver.run("Lâm Đồng yêu cầu báo cáo gì?").doc_ids == ["ld-19", "ld-3185"]


def _plan(doc_id: str, issuer: str, locality: str, province: str, level: str) -> DocumentMeta:
    """A document of *issuer* with nothing else that could name a place."""
    return DocumentMeta(doc_id=doc_id, source=f"{doc_id}.txt", kind="Kế hoạch", number="21/KH-UBND", symbol="KH-UBND",
                        issuer=issuer, locality=locality, province=province, level=level, date="27/01/2026",
                        year=2026, title="Xây dựng xã hội học tập")


def test_a_place_typed_with_a_tone_left_out_but_not_a_word_with_another_tone() -> None:
    resolver = ScopeResolver([_plan("tam-phuoc", "Ủy ban nhân dân phường Tam Phước", "Tam Phước", "Đồng Nai", "xã"),
                              _plan("son-la", "Ủy ban nhân dân tỉnh Sơn La", "Sơn La", "Sơn La", "tỉnh")])
    assert resolver.run("Chỉ tiêu năm 2027 của phường Tam Phươc là bn %?").doc_ids == ["tam-phuoc"]
    # "Quan Sơn là …" holds the letters of "Sơn La", with a tone the name does not have
    assert resolver.run("Chỉ tiêu của huyện Quan Sơn là bao nhiêu phần trăm?").doc_ids != ["son-la"]


def test_a_province_s_short_name_is_not_the_initials_of_a_commune() -> None:
    resolver = ScopeResolver([_plan("tt-hue", "Hội Khuyến học tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", "Huế", "tỉnh"),
                              _plan("tan-trao", "Ủy ban nhân dân xã Tân Trào", "Tân Trào", "Tuyên Quang", "xã")])
    assert resolver.run("Ở TT Huế, doanh nghiệp gửi hồ sơ Đơn vị học tập về đâu?").doc_ids == ["tt-hue"]


def test_tp_is_the_kind_of_a_city_not_the_initials_of_a_ward() -> None:
    resolver = ScopeResolver([_plan("hcm", "Hội Khuyến học thành phố Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh", "tỉnh"),
                              _plan("tam-phuoc", "Ủy ban nhân dân phường Tam Phước", "Tam Phước", "Đồng Nai", "xã")])
    assert resolver.run("Ở TP. Hồ Chí Minh, ai ra quyết định công nhận Đơn vị học tập?").doc_ids == ["hcm"]
    assert resolver.run("huong dan cua hkh tphcm so may, ban hanh ngay nao").doc_ids == ["hcm"]


def test_a_province_named_as_where_a_proposal_goes_is_no_document_asked() -> None:
    folder = Path(__file__).resolve().parents[2] / "evals" / "docs-new"
    docs = [m for name in ("dev31-ha-tinh_BC-UBND_2024.txt", "dev-ha-tinh_KH-BCD_2024.txt")
            for m in parse_source(folder / name, name, 20 * 1024 * 1024)[0]]
    scopes = ScopeResolver(docs)
    district, province = (d.doc_id for d in docs)
    addressed = scopes.run("UBND huyện Cẩm Xuyên kiến nghị UBND tỉnh Hà Tĩnh những nội dung gì?")
    assert addressed.doc_ids == [district]
    # the province's own plan named as a source stays in scope
    cited = scopes.run("Theo kế hoạch của tỉnh Hà Tĩnh, huyện Cẩm Xuyên báo cáo trước ngày nào?")
    assert province in (cited.doc_ids or [])
