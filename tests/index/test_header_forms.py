"""Headers and closings in thirty usual forms (two-column headers typed or as pipe tables, issuers over two lines,
numbers with a year, dates split over lines, drafts, plans issued with a decision, addressee lists on one line,
signature blocks beside "Nơi nhận"), written by a helper who read no code, each with the metadata read off it.

Conventions of the expected values: the level is the place's (tỉnh, huyện, xã), also for a Hội or a Phòng; a
draft whose day is blank is dated by month and year; a plan issued with a decision bears the decision's date;
the province of a document issued before 2025 is its province then, Thừa Thiên Huế being named Huế; and the
recipients are compared without the archive ("Lưu: VT") and "Như trên / Như Điều 3" lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.clean import clean_text
from index.documents import parse_file
from index.issuer import geographic_level
from index.loaders import load_file
from index.textnorm import fold_ascii

FOLDER = Path(__file__).parent / "header_forms"
EXPECTED = [json.loads(line) for line in (FOLDER / "expected.jsonl").read_text(encoding="utf-8").splitlines()]


def _same(a: str, b: str) -> bool:
    return " ".join(fold_ascii(a).replace(".", " ").split()) == " ".join(fold_ascii(b).replace(".", " ").split())


def _sent_to(items: list[str]) -> list[str]:
    return [i for i in items if not fold_ascii(i).startswith(("luu", "nhu "))]


@pytest.mark.parametrize("row", EXPECTED, ids=[row["file"] for row in EXPECTED])
def test_each_header_form_gives_its_metadata(row: dict) -> None:
    path = FOLDER / row["file"]
    docs = parse_file(clean_text(load_file(path).text), path.name)
    meta = docs[-1].meta if row["kind"] == "Kế hoạch" and len(docs) > 1 else docs[0].meta
    assert (meta.number or "") == row["number"]
    assert meta.kind == row["kind"]
    assert _same(meta.issuer, row["issuer"]), meta.issuer
    assert geographic_level(meta.issuer, meta.level) == row["level"]
    assert meta.province == row["province"]
    assert meta.date == row["date"]
    assert _same(meta.title, row["title"]), meta.title
    assert meta.signer == row["signer"]
    assert _same(meta.signer_title, row["signer_title"])
    if row["signing"]:
        assert fold_ascii(row["signing"]) in fold_ascii(meta.signing)
    sent = [_same(a, b) for a, b in zip(_sent_to(meta.addressees or meta.recipients), row["recipients"], strict=False)]
    assert len(_sent_to(meta.addressees or meta.recipients)) == len(row["recipients"]) and all(sent), (
        meta.addressees or meta.recipients)


def test_every_header_form_file_has_its_expected_row() -> None:
    assert {p.name for p in FOLDER.iterdir() if p.suffix in (".txt", ".md")} == {row["file"] for row in EXPECTED}


def test_a_blank_form_after_the_signature_neither_signs_nor_joins_the_chain() -> None:
    """A guidance whose attached form ends in its own "TM. CHI HỘI … (Ký tên, đóng dấu)" is signed by the name
    under the guidance's block, on behalf of that block's body alone."""
    path = FOLDER / "m32_hd_hkh_mau_phieu_kon_tum.md"
    meta = parse_file(clean_text(load_file(path).text), path.name)[0].meta
    assert meta.signer == "A Thị Hồng Nhung"
    assert fold_ascii(meta.signing) == fold_ascii("TM. Ban thường vụ")


def test_a_joint_plan_names_each_body_that_signs_and_its_recipients_below_the_signatures() -> None:
    path = FOLDER / "m33_khlt_hkh_doan_ea_sup.txt"
    meta = parse_file(clean_text(load_file(path).text), path.name)[0].meta
    assert meta.signer == "Trần Đình Phúc"
    assert fold_ascii(meta.signing) == fold_ascii("TM. Ban thường vụ hội khuyến học huyện")
    assert meta.cosigners == ["Bí thư Y Khuê Mlô (TM. Ban thường vụ huyện đoàn)"]
    assert meta.recipients[:2] == ["Hội Khuyến học tỉnh Đắk Lắk (để b/c)", "Tỉnh Đoàn Đắk Lắk (để b/c)"]
