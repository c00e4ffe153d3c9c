"""A synthetic corpus of N near-copies of the seed plans, each moved to another province or commune.

Real provincial collections are hundreds of plans copied from one template with the place, numbers
and dates changed. Each generated file keeps a seed's text and layout but names another place
(from the `vietnamadminunits` data behind index.vocabulary.places), other document numbers, another
issue day, other target percentages and its own reporting deadline. Every document records its place,
so place-specific questions can check that an answer cites that place's own plan.
"""

from __future__ import annotations

import random
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from index.errors import XhhtError
from index.textnorm import fold_ascii
from index.vocabulary.places import LEGACY, Place, gazetteer

SEEDS_DIR = Path(__file__).resolve().parents[1] / "docs_src"
MAX_DOCUMENTS = 4000  # about 4,900 commune names are unique once seeds, provinces and districts are left out
DEADLINE = re.compile(r"([Tt]rước ngày\s+)(\d{1,2})(\s+tháng\s+)(\d{1,2})")
OWN_NUMBER = re.compile(r"\b(\d{1,4})(\s*/\s*(?:KH-UBND|CV-HKH|UBND)\b)")
PERCENT = re.compile(r"\b(\d{1,2})(\s?%)")


@dataclass(frozen=True)
class Template:
    name: str
    seed_file: str
    level: str  # "tỉnh" or "xã": the level of the place the copies are moved to
    seed_places: tuple[tuple[str, str], ...]  # (role, name as the seed writes it): role province|commune|district
    documents: int = 1  # documents the file holds
    inject: tuple[str, str] | None = None  # (words, same words with a deadline): seeds without a dated deadline
    responsible: str = ""  # who the plan makes responsible for guiding awards ("" = not asked)


def _words(text: str) -> str:
    """A pattern for *text* whose words may be split over lines, as in PDF-extracted seeds."""
    return r"\s+".join(re.escape(w) for w in text.split())


TEMPLATES: tuple[Template, ...] = (
    Template("binh-duong-151", "binh-duong_09-CV-HKH_151-KH-UBND_2024.txt", "tỉnh",
             (("province", "Bình Dương"),), documents=2, responsible="Sở Nội vụ"),
    Template("ninh-binh", "ninh-binh_KH-UBND_2023-12_du-thao.txt", "tỉnh",
             (("province", "Ninh Bình"),), responsible="Sở Nội vụ"),
    Template("an-nghiep", "an-nghiep-tuy-an_KH-UBND_2024_du-thao.txt", "xã",
             (("commune", "An Nghiệp"), ("district", "Tuy An")),
             inject=("báo cáo định kỳ hàng năm hoặc đột xuất",
                     "báo cáo định kỳ trước ngày {deadline} hằng năm hoặc đột xuất"),
             responsible="Văn phòng UBND xã"),
    Template("ha-nam", "ha-nam_KH-UBND_2024_du-thao.txt", "tỉnh", (("province", "Hà Nam"),), responsible="Sở Nội vụ"),
    Template("binh-duong-3853", "binh-duong_3853-KH-UBND_2022-07-29.txt", "tỉnh", (("province", "Bình Dương"),),
             inject=("hàng năm báo cáo kết quả thực hiện về UBND Tỉnh",
                     "trước ngày {deadline} hàng năm báo cáo kết quả thực hiện về UBND Tỉnh")),
)
SEED_PLACES = ("Bình Dương", "Ninh Bình", "Hà Nam", "An Nghiệp", "Tuy An", "Phú Yên")


@dataclass(frozen=True)
class ScaleDocument:
    """One generated file and the place it belongs to."""

    file: str
    template: str
    level: str  # "tỉnh" | "xã"
    place: str  # "Quảng Trị" | "Tân Lập"
    district: str  # the district of a commune ("Ba Vì"), "" for a province
    district_kind: str  # "huyện", "thị xã", "thành phố" ("" for a province)
    province: str
    deadline: tuple[int, int]  # (day, month) of its yearly reporting deadline
    documents: int
    responsible: str

    @property
    def place_label(self) -> str:
        return f"{self.level} {self.place}"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class PlaceQuestion:
    question: str
    file: str  # the place's own plan: every citation should come from it
    kind: str  # "deadline" | "responsible"
    expect: tuple[str, ...]  # the answer holds one of these


class ScaleCorpusError(XhhtError):
    """The synthetic corpus cannot be built as asked."""


def _with_case(found: str, new: str) -> str:
    if found.isupper():
        return new.upper()
    return new[:1].upper() + new[1:] if found[:1].isupper() else new


def _swap(text: str, old: str, new: str) -> str:
    pattern = re.compile(rf"(?<!\w){_words(old)}(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda m: _with_case(m.group(0), new), text)


def _date(day: int, month: int) -> str:
    return f"{day:02d} tháng {month:02d}"


def _vary_numbers(text: str, rng: random.Random) -> str:
    """Other own document numbers (national ones such as 1315/QĐ-TTg stay) and target percentages."""
    numbers: dict[str, str] = {}

    def number(m: re.Match) -> str:
        new = numbers.setdefault(m.group(1), str(rng.randint(10, 3999)))
        return new + m.group(2)

    def percent(m: re.Match) -> str:
        value = int(m.group(1))
        return f"{min(99, max(5, value + rng.randint(-5, 5)))}{m.group(2)}"

    return PERCENT.sub(percent, OWN_NUMBER.sub(number, text))


def _vary_issue_day(text: str, place: str, rng: random.Random) -> str:
    """The '<Place>, ngày 15 tháng 01 năm 2024' line gets another day (blank draft dates stay blank)."""
    pattern = re.compile(rf"({_words(place)}\s*,\s*ngày\s+)(\d{{1,2}})(?=\s+tháng)", re.IGNORECASE)
    return pattern.sub(lambda m: f"{m.group(1)}{rng.randint(1, 28):02d}", text)


def render(template: Template, seed_text: str, names: dict[str, str], deadline: tuple[int, int],
           rng: random.Random) -> str:
    """The seed text moved to *names* (role -> name, and district_kind) with its own numbers and deadline."""
    text = seed_text
    if template.inject:
        before, after = template.inject
        text, count = re.subn(_words(before), after.replace("{deadline}", _date(*deadline)), text, count=1)
        if count != 1:
            raise ScaleCorpusError(f"{template.seed_file}: không thấy đoạn '{before}' để thêm thời hạn báo cáo")
    text = DEADLINE.sub(lambda m: f"{m.group(1)}{deadline[0]:02d}{m.group(3)}{deadline[1]:02d}", text)
    for role, old in template.seed_places:
        if role == "district":  # "huyện Tuy An" -> "thị xã Sơn Tây": the kind word moves with the name
            text = _swap(text, f"huyện {old}", f"{names['district_kind']} {names['district']}")
        text = _swap(text, old, names[role])
    own = names.get("province") or names.get("commune", "")
    return _vary_numbers(_vary_issue_day(text, own, rng), rng)


def _district_kind(place: Place, districts: dict[str, Place]) -> str:
    district = districts.get(place.key.rsplit("_", 1)[0])
    return district.kind.lower() if district else "huyện"


def _place_pools(rng: random.Random) -> tuple[list[Place], list[Place], dict[str, Place]]:
    g = gazetteer()
    seeds = {fold_ascii(name) for name in SEED_PLACES}
    legacy = [p for p in g.places if p.era == LEGACY]
    provinces = sorted((p for p in legacy if p.level == "tỉnh" and p.kind == "Tỉnh"
                        and fold_ascii(p.name) not in seeds), key=lambda p: p.key)
    taken = {fold_ascii(p.name) for p in legacy if p.level in ("tỉnh", "huyện")} | seeds
    communes = sorted((p for p in legacy if p.level == "xã" and p.kind == "Xã" and fold_ascii(p.name) not in taken
                       and fold_ascii(p.province) not in seeds and fold_ascii(p.district) not in seeds),
                      key=lambda p: p.key)
    if not provinces or not communes:
        raise ScaleCorpusError("không đọc được danh mục địa giới hành chính (gói vietnamadminunits)")
    rng.shuffle(provinces)
    rng.shuffle(communes)
    districts = {p.key: p for p in legacy if p.level == "huyện"}
    return provinces, communes, districts


def plan_corpus(n: int, seed: int = 0) -> list[tuple[Template, ScaleDocument]]:
    """Which template goes to which place, round-robin over the seeds; once every province has its plan,
    the rest are commune plans (a province's collection is mostly communes)."""
    if not 1 <= n <= MAX_DOCUMENTS:
        raise ScaleCorpusError(f"số tài liệu phải từ 1 đến {MAX_DOCUMENTS} (nhận {n})")
    rng = random.Random(seed)
    provinces, communes, districts = _place_pools(rng)
    used_communes: set[str] = set()
    planned: list[tuple[Template, ScaleDocument]] = []
    count = 0
    while count < n:
        for template in TEMPLATES:
            if count >= n or template.documents > n - count or (template.level == "tỉnh" and not provinces):
                continue
            deadline = (rng.randint(1, 28), rng.randint(10, 12))
            if template.level == "tỉnh":
                place = provinces.pop()
                district, kind, province = "", "", place.name
            else:
                while communes and fold_ascii(communes[-1].name) in used_communes:
                    communes.pop()
                if not communes:
                    raise ScaleCorpusError(f"không đủ tên xã khác nhau cho {n} tài liệu")
                place = communes.pop()
                used_communes.add(fold_ascii(place.name))
                district, kind, province = place.district, _district_kind(place, districts), place.province
            slug = re.sub(r"[^a-z0-9]+", "-", fold_ascii(place.name)).strip("-")
            doc = ScaleDocument(f"{len(planned):04d}_{slug}_{template.name}.txt", template.name, template.level,
                                place.name, district, kind, province, deadline, template.documents,
                                template.responsible)
            planned.append((template, doc))
            count += template.documents
    return planned


def write_corpus(folder: Path, n: int, seed: int = 0, seeds_dir: Path = SEEDS_DIR) -> list[ScaleDocument]:
    """Write N documents (a file may hold two) into *folder*; deterministic for a seed."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + 1)
    seed_texts: dict[str, str] = {}
    docs = []
    for template, doc in plan_corpus(n, seed):
        if template.seed_file not in seed_texts:
            try:
                seed_texts[template.seed_file] = (seeds_dir / template.seed_file).read_text(encoding="utf-8")
            except OSError as exc:
                path = seeds_dir / template.seed_file
                raise ScaleCorpusError(f"không đọc được tệp mẫu {path}: {exc.strerror}") from None
        if doc.level == "tỉnh":
            names = {"province": doc.place}
        else:
            names = {"commune": doc.place, "district": doc.district, "district_kind": doc.district_kind}
        text = render(template, seed_texts[template.seed_file], names, doc.deadline, rng)
        (folder / doc.file).write_text(text, encoding="utf-8")
        docs.append(doc)
    return docs


def change_deadline(folder: Path, doc: ScaleDocument) -> ScaleDocument:
    """Edit one file's reporting deadline in place (the one-file-changed re-index); the record that now holds."""
    path = folder / doc.file
    day = doc.deadline[0] % 28 + 1
    text, count = DEADLINE.subn(lambda m: f"{m.group(1)}{day:02d}{m.group(3)}{m.group(4)}",
                                path.read_text(encoding="utf-8"))
    if not count:
        raise ScaleCorpusError(f"{doc.file}: không có thời hạn báo cáo để sửa")
    path.write_text(text, encoding="utf-8")
    return replace(doc, deadline=(day, doc.deadline[1]))


def _date_forms(day: int, month: int) -> tuple[str, ...]:
    return (_date(day, month), f"{day:02d}/{month:02d}")  # "5 tháng 11" would also match "15 tháng 11"


def place_questions(docs: list[ScaleDocument], limit: int = 60, seed: int = 0) -> list[PlaceQuestion]:
    """Questions that name one document's place: its reporting deadline, and who guides awards; at most
    *limit*, spread over the corpus."""
    questions = []
    for doc in docs:
        name = f"{doc.level.capitalize()} {doc.place}"
        questions.append(PlaceQuestion(f"{name} báo cáo kết quả thực hiện trước ngày nào?", doc.file, "deadline",
                                       _date_forms(*doc.deadline)))
        if doc.responsible:
            questions.append(PlaceQuestion(f"UBND {doc.level} {doc.place} giao ai chủ trì hướng dẫn khen thưởng?",
                                           doc.file, "responsible", (doc.responsible,)))
    if len(questions) <= limit:
        return questions
    picked = sorted(random.Random(seed).sample(range(len(questions)), limit))
    return [questions[i] for i in picked]
