"""A part of one document named by the question, shown as its outline: "Mục IV … nói về gì", "kế hoạch gồm
những phần nào", "các nhiệm vụ của Hội Khuyến học xã" — the part's own clauses, then its sub-parts' headings
with their first items (a whole document's summary: `summaries.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.clauses import strip_marker
from index.clean import TABLE_CELL
from index.documents import DocumentMeta
from index.sections import CLOSING, FULL_TEXT, PATH_SEP, PREAMBLE, RECIPIENTS
from index.textnorm import fold_ascii
from index.vocabulary.terms import AGENCIES, agencies_in

from .answer import Answer, doc_name
from .compose import listing
from .evidence import UnitCatalog
from .forms import MAX_LISTED
from .issuers import issuing_agencies
from .understand import BESIDES, Query
from .units import Unit, is_total_row

# clauses a part says before its sub-parts that its outline shows first
OWN_CLAUSES = 3
# a heading of more distinct words than this is a clause run into its heading, not a part's name
MAX_HEADING_WORDS = 12
# a part named only by words of the document's title names it when it takes this many ("nhiệm vụ 6 tháng cuối năm")
MIN_PART_WORDS = 3
# a part of this many groups or fewer shows each group's first items under its heading
GROUPS_SHOWN = 8
ITEMS_PER_GROUP = 2


_HEADING_FILLER = frozenset("va cua cac doi voi trong cho the nhung nay do ve tai o de la mot thuc hien".split())
_DATING = frozenset("nam thang ngay".split())
_QUESTION_WORDS = frozenset("la gi gom nhung nao neu ntn chinh duoc co may cac trong theo".split())
_QUESTION_PHRASES = re.compile(r"\b(?:(?:moi|tung)\s+(?:[a-z]+\s+){0,3}?(?:toi da\s+|duoc\s+|chiem\s+)?(?:bao nhieu|may)\s+"
                               r"(?:diem|phan tram)|"  # "mỗi tiêu chí tối đa bao nhiêu điểm": the value of each item listed
                               r"bao gom|cu the|ra sao|the nao|cho biet|tom tat|de nghi|khai quat|so luoc|liet ke|"
                               r"ke ra|quy dinh|o dau|nhom|bao nhieu|nguon nao|tu dau|lay tu|dien ra|(?:nhung|cac) noi dung(?: chinh)?|"
                               r"(?:dat|de|neu) ra|"  # "đặt ra những chỉ tiêu gì": the plan sets them
                               r"(?<!nhung )(?<!cac )(?<!so )yeu cau|"  # "công văn yêu cầu …", not "những yêu cầu"
                               r"(?:phan|muc)(?! (?:cong|loai|bo|thuong|dau|anh|hoi|tram|dich|tieu|chi|ho tro|diem|do|nao|gi)\b))\b")  # "phần kinh phí"
_ASKS_CONTENT = re.compile(r"\b(la gi|gom|nhung gi|bao gom|the nao|ra sao|ntn|nhung noi dung|cu the|tom tat|khai quat|"
                           r"so luoc|liet ke|ke ra|neu|cac nhom|nhung nhom|(?:de xuat|kien nghi|han che|kho khan|giai phap) gi|"
                           r"nhung (?!(?:thon|xa|ap|ban|xom|huyen|tinh|phuong|to|khu|don vi|co quan|truong|ai)\b)(?:[a-z]+ ){1,3}nao|"
                           # "những kiến nghị, đề xuất gì": the things listed, named between "những" and "gì"
                           r"nhung (?!(?:thon|xa|ap|ban|xom|huyen|tinh|phuong|to|khu|don vi|co quan|truong|ai)\b)(?:[a-z]+,? ){1,4}gi)\b")
# what names the document rather than a part of it: its kind, number, date, issuer ("Kế hoạch số 3853 … của UBND tỉnh")
_DOCUMENT_PHRASES = re.compile(r"\b(?:(?:ke hoach|kh)(?: lien tich| phoi hop)?|cong van|cv|du thao|van ban|vb|quy che)\b|"
                               r"\b(?:huong dan|hd|quyet dinh|qd|thong bao|tb|bao cao|bc)(?=\s*(?:so\s*)?\d)|\bso\s*\d[\w/-]*|\bngay\s*\d[\d/]*"
                               r"|\bthang\s*\d[\d/]*|\bnam\s*\d{4}|\b(?:cua\s+)?(?:uy ban nhan dan|ubnd|hoi khuyen hoc|hkh)"
                               r"(?:\s+(?:tinh|huyen|xa))?\b|\bban hanh\b")
# "những nhiệm vụ chính", "các chỉ tiêu chính": the main items of a part, whatever values they hold
_MAIN_ONES = re.compile(r"\b(?:nhung|cac)\s+(?:[a-z]+,?\s+){1,4}?chinh\b")
_ASKS_PARTS = re.compile(r"\b(nhung phan|cac phan|may phan|phan lon|bo cuc|cau truc|gom nhung muc|cac muc lon|may muc|"
                         r"(?:nhung|cac|may) chuong(?! trinh))\b")


# a main part named by its numeral ("Mục IV", "phần III", "chương 2") and what it is about asked
_NAMED_PART = re.compile(r"\b(?:muc|phan|chuong)\s+([ivx]+|\d{1,2})\b(?!\s*[./])")
_ASKS_PART_CONTENT = re.compile(r"\b(?:noi ve|de cap|gom|bao gom|nhung gi|noi dung gi|nhung noi dung|quy dinh gi|la gi|"
                                r"ve van de gi|tom tat)\b")
_PART_NUMERAL = re.compile(r"^(?:(?:phan|muc|chuong)\s+)?([ivx]+|\d{1,2})\s*[.:\-–)]")


def names_a_part(q: Query) -> bool:
    """The question asks what a main part named by its numeral is about ("Phần III … nói về gì")."""
    return bool(_NAMED_PART.search(q.bare) and _ASKS_PART_CONTENT.search(q.bare))


# what a question asks of a whole document it names: "… quy định những nội dung gì", "… yêu cầu các đơn vị
# (thực hiện) những gì"; the words that may come with it, beside the document, its parties and places
_ASKS_WHAT = re.compile(r"\b(?:nhung|cac) (?:noi dung|viec) (?:gi|nao)\b|\bnhung gi\b|\b(?:lam|quy dinh) gi\b")
_WHOLE_WORDS = frozenset("yeu cau quy dinh noi dung gui lam thuc hien don vi de cap viec ket luan xhht".split())
_NUMBER_TOKEN = re.compile(r"\S*\d+/\S*")  # "1846/ubnd-vhxh": the number names the document, its symbol too
_DOCUMENT_KINDS = re.compile(r"\b(?:huong dan|hd|quyet dinh|qd|thong bao|tb|bao cao|bc|chuong trinh|to trinh)\b")


def asks_whole_document(q: Query, doc: DocumentMeta, numbers: Sequence[str], scope_words: set[str]) -> bool:
    """"Hướng dẫn 486/HD-SGDĐT … quy định những nội dung gì", "Công văn 487 … yêu cầu các đơn vị những gì": a
    question naming a document by its number (*numbers*) that asks nothing but what the document says. The
    parties it names are the document's issuer and addressees, not a subject of its own ("Hội Nông dân huyện
    làm gì trong KH 87" asks that body's duties)."""
    if not numbers or q.asks or q.titles or q.has("yesno") or q.doc_attribute or not _ASKS_WHAT.search(q.bare):
        return False
    first_number = min((i for n in numbers if (i := q.bare.find(n.lower())) >= 0), default=-1)
    spans = [m for term in AGENCIES for m in term.regex.finditer(q.bare)]
    parties = set(agencies_in(" ; ".join([doc.issuer, doc.level, *doc.addressees])))
    if first_number < 0 or any(m.start() < first_number for m in spans) or set(q.agencies) - parties:
        return False
    addressed = set(agencies_in(" ; ".join(doc.addressees)))
    if len(addressed) >= 2 and set(q.agencies) & addressed and not addressed <= set(q.agencies):
        return False  # "công văn … yêu cầu UBND các huyện làm gì" of a letter to them and the Hội: their part
    text = _blanked(q.bare, spans)
    text = _QUESTION_PHRASES.sub(" ", _DOCUMENT_PHRASES.sub(" ", _DOCUMENT_KINDS.sub(" ", _NUMBER_TOKEN.sub(" ", text))))
    asked = set(re.findall(r"[a-z]+", text)) - _HEADING_FILLER - _QUESTION_WORDS - _WHOLE_WORDS - scope_words
    return not asked


def _blanked(text: str, spans: Sequence[re.Match[str]]) -> str:
    """*text* with each span a space: the words that name a body, read out of a question."""
    for m in sorted(spans, key=lambda m: -m.start()):
        text = text[: m.start()] + " " + text[m.end() :]
    return text


def _part_numeral(heading: str) -> str:
    """"iv" for "IV. Phân công …" or "Phần IV: …", "" for a heading without a numeral."""
    m = _PART_NUMERAL.match(fold_ascii(heading).strip())
    return m.group(1) if m else ""


# words a report's heading pairs for one part ("V. Kiến nghị, đề xuất"): either asked names the part
_ONE_PART = re.compile(r"\b(?:kien nghi|de xuat)\b")


def _part_words(folded: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", _ONE_PART.sub(" kien nghi ", folded)) if w not in _HEADING_FILLER}


def _heading_words(text: str) -> set[str]:
    """The words a heading is about, without what its brackets or colon add ("Đối với các doanh nghiệp (…)")."""
    head = re.split(r"\s*[(:]", strip_marker(text).rstrip("…"))[0]
    return _part_words(fold_ascii(head))


# a part named by its heading's words: "Mục Tổ chức thực hiện", "phần kinh phí"
_PART_WORD = re.compile(r"\b(?:muc|phan|chuong)\s+(?!(?:[ivx]+|\d+)\b)")
# the bodies or things a part lists, asked: "giao nhiệm vụ cho những ai", "những đơn vị nào"
_WHO_LISTED = re.compile(r"\b(?:nhung|cac) (?:ai|don vi nao|co quan nao|thanh phan nao)\b")


def _part_by_heading(bare: str, paths: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The part whose heading's words, two or more, follow "mục"/"phần"/"chương" in the question, the longest."""
    best: tuple[int, tuple[str, ...]] | None = None
    for m in _PART_WORD.finditer(bare):
        rest = " ".join(re.findall(r"[a-z0-9]+", bare[m.end():]))
        for path in paths:
            for depth, label in enumerate(path, start=1):
                said = " ".join(re.findall(r"[a-z0-9]+", fold_ascii(strip_marker(label).rstrip("…"))))
                if len(said.split()) >= 2 and (rest + " ").startswith(said + " ") and (best is None or len(said) > best[0]):
                    best = (len(said), path[:depth])
    return best[1] if best else None


def _heads_items(doc: DocumentMeta, catalog: UnitCatalog, paths: list[tuple[str, ...]], prefix: tuple[str, ...]) -> bool:
    """The path ends in a heading over items of its own, not in an item named by its shortened first words."""
    if any(len(p) > len(prefix) and p[: len(prefix)] == prefix for p in paths):
        return True
    units = catalog.section_units(doc.doc_id, PATH_SEP.join(prefix))
    if not prefix[-1].endswith("…"):
        # "1. Hồ sơ … gồm: bản tự đánh giá …; … 02 bộ.": one item named by its head before the colon, no heading
        head = strip_marker(prefix[-1]).strip()
        return not (len(units) == 1 and strip_marker(units[0].text).startswith(f"{head}:"))
    return len(units) >= 2


def _part_of_agency(agencies: list[str], asked: set[str], doc: DocumentMeta, catalog: UnitCatalog,
                    paths: list[tuple[str, ...]]) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """The heading over clauses of its own that names a body the question names (read in full: a long heading
    is shortened in its path); of several, the one whose headings above share most of the *asked* words
    ("nhiệm vụ … 6 tháng cuối năm" › "1. Phòng Giáo dục và Đào tạo"), then the first."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for i, path in enumerate(paths):
        for depth, label in enumerate(path, start=1):
            if not _heads_items(doc, catalog, paths, path[:depth]):
                continue
            first = catalog.section_units(doc.doc_id, PATH_SEP.join(path[:depth]))
            heading = first[0].text if first and label.endswith("…") else label
            if set(agencies_in(heading.split(":")[0])) & set(agencies):
                words = set().union(*(_heading_words(h) for h in path[:depth]))
                found.append((len(words & asked), -i, path[:depth]))
                break
    if not found:
        return None
    _, _, best = max(found)
    return (len(best), 0), best


def section_outline(q: Query, doc: DocumentMeta, catalog: UnitCatalog, notes: Sequence[str],
                    scope_words: set[str]) -> Answer | None:
    """"Nội dung phong trào thi đua gồm những gì?": a question that is nothing but a heading of the plan gets
    that section, as its sub-headings (or, for a leaf section, its clauses), each cited."""
    # "những chỉ tiêu chính … là gì": the targets listed, not one percentage
    values = {"count", "percent"} if q.has("list") or _MAIN_ONES.search(q.bare) else {"count"}
    if q.has("list"):  # "kinh phí gồm những khoản nào, lấy từ nguồn nào", "kiến nghị những gì, với cơ quan nào"
        values |= {"source", "agency"}
    if q.has("overview"):  # "tóm tắt phần kinh phí: nguồn nào, bao nhiêu": the part asked, whatever it holds
        values |= {"money", "source", "percent", "date", "when"}
    paths = [tuple(s.split(PATH_SEP)) for s in dict.fromkeys(c.section for c in catalog.library.chunks_of(doc.doc_id))]
    headed = _part_by_heading(q.bare, paths) if not (q.has("yesno") or q.doc_attribute) else None
    if headed is not None and (_ASKS_CONTENT.search(q.bare) or _WHO_LISTED.search(q.bare)):
        values |= {"agency"}
    else:
        headed = None
    if not (_ASKS_CONTENT.search(q.bare) or names_a_part(q) or headed) or set(q.asks) - values or q.has("yesno") \
            or q.doc_attribute:
        return None
    # "kế hoạch gồm những phần nào": its top-level headings ("những phần chính": the summary, which opens with them)
    if _ASKS_PARTS.search(q.bare) and not q.has("overview"):
        tops = [p[0] for p in paths if len(p) > 1 or p[0] not in (PREAMBLE, FULL_TEXT, RECIPIENTS)]
        if re.search(r"\bchuong\b", q.bare):  # "gồm những chương nào": the chapters, of the document that has them
            tops = [t for t in tops if fold_ascii(t).startswith("chuong")]
        items = [("", u[0]) for t in dict.fromkeys(tops)
                 if (u := catalog.section_units(doc.doc_id, next(PATH_SEP.join(p) for p in paths if p[0] == t)))]
        if len(items) >= 2:
            return listing(q.text, f"{doc_name(doc)} gồm các phần:", [(f"{t} — ", u) for t, (_, u) in
                                                                      zip(dict.fromkeys(tops), items, strict=False)], notes)
    # the bodies asked of, not the one issuing ("tóm tắt công văn của Sở GD&ĐT" names the document)
    issuers = issuing_agencies(doc)
    # "kiến nghị UBND tỉnh những gì": the bodies proposals go to are no subjects whose duties are asked
    addressed = [a for a in q.agencies if a not in issuers] if _ONE_PART.search(q.bare) else []
    subjects = [a for a in q.agencies if a not in issuers] if not addressed else []
    if subjects and not names_a_part(q) and not q.has("overview"):
        return None  # "… của Phòng GD&ĐT là gì": that body's duties, found by its clauses ("tóm tắt nhiệm vụ của …": its part)
    # the issuer named ("công văn của Phòng GD&ĐT …") names the document, not a part of it
    issuer = set(issuers)
    text = BESIDES.sub(" ", _blanked(q.bare, [m for t in AGENCIES if t.name in issuer for m in t.regex.finditer(q.bare)]))
    kind = fold_ascii(doc.kind or "")
    if kind:  # "Báo cáo của huyện … có những kiến nghị gì": the report asked is this document, not a part of it
        text = re.sub(rf"\b{re.escape(kind)}\s+(?=cua\b)", " ", text)
    asked = _part_words(_QUESTION_PHRASES.sub(" ", _DOCUMENT_PHRASES.sub(" ", text)))
    asked -= _QUESTION_WORDS | scope_words
    # "chỉ tiêu chính của Kế hoạch xây dựng xã hội học tập năm 2025 của xã …": the title's words may name the
    # document rather than the part asked
    beyond = asked - set(re.findall(r"[a-z]+", fold_ascii(doc.title or "")))
    best: tuple[tuple[int, ...], tuple[str, ...]] | None = None
    part = _NAMED_PART.search(q.bare)
    main = q.has("overview") or bool(_MAIN_ONES.search(q.bare))
    noun = _listed_noun(q.bare)
    if not beyond and not part and len(asked) >= MIN_PART_WORDS and any(
            asked <= _heading_words(label) for p in paths for label in p):
        beyond = asked  # "nhiệm vụ 6 tháng cuối năm 2025" of a report titled with it: its part "IV. Nhiệm vụ … cuối năm 2025"
    if not beyond and not part:
        return None  # "tóm tắt kế hoạch … về phong trào thi đua xây dựng xã hội học tập": the whole document
    if subjects and not part:  # "tóm tắt nhiệm vụ của các Trung tâm GDNN-GDTX": the part on that body, or none
        found = _part_of_agency(subjects, asked, doc, catalog, paths)
        if found is None:
            return None
        best = found
    if part and _ASKS_PART_CONTENT.search(q.bare):  # "Mục IV … nói về những nội dung gì": that part, by its numeral
        top = next((p[0] for p in paths if _part_numeral(p[0]) == part.group(1)), None)
        if top is not None:
            best = ((0, 0), (top,))
    if headed is not None:  # "Mục Tổ chức thực hiện … giao nhiệm vụ cho những ai": that part, by its heading
        best = ((0, 0), headed)
    if best is None and addressed:  # "kiến nghị Bộ GD&ĐT những gì": "VII. Kiến nghị" › "1. Đối với Bộ Giáo dục …"
        best = next((((0, 0), path[: depth + 1]) for path in paths for depth, label in enumerate(path)
                     if set(addressed) & set(agencies_in(fold_ascii(label)))
                     and any(_ONE_PART.search(fold_ascii(above)) for above in path[: depth + 1])), None)
    for path in paths if best is None else ():
        above: set[str] = set()
        for depth, label in enumerate(path, start=1):
            own = _heading_words(label)
            above |= own
            named = asked | scope_words
            too_short = len(own) < (1 if depth >= 2 else 2)
            # the heading is mostly what the question names, or, for the main items or a summary of a part, it
            # holds every word the question asks ("những nhiệm vụ chính nào" of "III. Nhiệm vụ, giải pháp trọng tâm")
            # a heading naming the things listed ("các tiêu chí …" of "1. Tiêu chí và thang điểm") is the list
            has_noun = bool(noun) and noun <= own
            named_heading = has_noun or len(own & named) / max(len(own), 1) >= 0.6 or (
                main and beyond <= own and (len(beyond) >= 2 or len(own & asked) >= 2)
                and not label.rstrip().endswith((".", ";", "…")))
            if too_short or len(own - scope_words) > MAX_HEADING_WORDS or not named_heading or not own & beyond or len(beyond - above - noun) > 2:
                continue
            if not _heads_items(doc, catalog, paths, path[:depth]):
                continue  # an item named by its first words ("1. Kinh phí năm 2025 … là 45.000.000 đồng…"), no heading
            if noun and any(re.search(rf"\b{w}\s+\d", fold_ascii(label)) for w in noun):
                continue  # "các tiêu chí …": not one of them ("2. Tiêu chí 3 (25 điểm) gồm")
            # "chỉ tiêu đến hết năm 2025": not the heading of 2024's
            years = {int(y) for y in re.findall(r"\b20\d\d\b", label)}
            if years and q.years and not years & set(q.years):
                continue
            # under a heading naming the things listed; then the heading naming least the question does not
            # ("kinh phí gồm những khoản nào" is "V. Kinh phí", not its "2. Nguồn kinh phí"; "tiêu chí thi đua đối
            # với cấp huyện" is "2. Đối với cấp huyện" under "III. Tiêu chí thi đua và hình thức khen thưởng"), the deepest
            unasked = own - named - _DATING  # "năm 2025" of a heading matched by its year above
            rank = (bool(noun) and noun <= above, -len(unasked), has_noun, depth, len(own & asked), len(above & asked))
            if best is None or rank > best[0]:
                best = (rank, path[:depth])
    if best is None:
        return None
    prefix = best[1]
    if addressed and not set(addressed) & {a for p in paths if p[: len(prefix)] == prefix
                                           for a in agencies_in(fold_ascii(PATH_SEP.join(p)))
                                           } | {a for u in _clauses_below(catalog, doc, prefix) for a in u.agencies}:
        return None  # "kiến nghị Bộ GD&ĐT những gì" of proposals to the province and the Sở only
    # a part's closing words ("Trong quá trình thực hiện, nếu có vướng mắc …") are none of its items
    children = list(dict.fromkeys(p[: len(prefix) + 1] for p in paths
                                  if len(p) > len(prefix) and p[: len(prefix)] == prefix and p[len(prefix)] != CLOSING))
    items: list[tuple[str, Unit]] = []
    if children:
        # what the part says before its sub-parts ("Tổng kinh phí … là 4.860 triệu đồng, trong đó: …")
        items += [("", u) for u in _clauses_below(catalog, doc, prefix)][:OWN_CLAUSES]
        few = len(children) <= 3  # a few sub-headings: show what each says, not only its title
        for child in children[:MAX_LISTED]:
            units = [u for p in paths if p[: len(child)] == child
                     for u in _previewed(catalog.section_units(doc.doc_id, PATH_SEP.join(p)))]
            if not units:
                continue
            nested = any(len(p) > len(child) and p[: len(child)] == child for p in paths)
            if nested and not child[-1].endswith("…") and not few:
                # a group of its own sub-items ("1. Công tác tuyên truyền" › a), b)): named by its heading, with
                # its first items when the part has few groups ("Quý II" › "- Khai giảng 02 lớp xóa mù chữ …")
                items.append(("", catalog.make_unit(doc, PATH_SEP.join(child), child[-1])))
                if len(children) <= GROUPS_SHOWN:
                    items += [("  ", u) for u in units[:ITEMS_PER_GROUP]]
                continue
            items.append(("", units[0]))
            if few:
                items += [("  ", u) for u in units[1:6]]
            elif len(children) <= GROUPS_SHOWN and units[0].text == child[-1]:  # a heading over its own items
                items += [("  ", u) for u in units[1 : 1 + ITEMS_PER_GROUP]]
    else:
        items = [("", u) for u in _with_total(_clauses_below(catalog, doc, prefix))]
    if not items:
        return None
    return listing(q.text, f"Theo {doc_name(doc)}, mục “{prefix[-1]}” gồm:", _with_members(items, catalog), notes)


def _previewed(units: list[Unit]) -> list[Unit]:
    """A section's clauses as a preview shows them: a table by its rows, without its row of headers or the
    caption lines above it ("Bảng 1." / "Kết quả 6 tháng đầu năm 2024 so với chỉ tiêu năm 2024")."""
    heads = {u.text for u in units if u.members and TABLE_CELL in u.text}  # a list's opening line stays
    plain = [u for u in units if not u.members]
    out: list[Unit] = []
    for i, unit in enumerate(plain):
        if unit.text in heads:
            continue
        rest = [u.text for u in plain[i + 1 : i + 3]]
        if TABLE_CELL not in unit.text and not unit.text.rstrip().endswith((":", ".", ";")) or re.fullmatch(
                r"(?i)bảng\s*\d*\.?", unit.text.strip()):
            if any(t in heads for t in rest) and i > 0:
                continue  # a caption: the table it names follows
        out.append(unit)
    return out


def _clauses_below(catalog: UnitCatalog, doc: DocumentMeta, prefix: tuple[str, ...]) -> list[Unit]:
    """The clauses of the section *prefix* names, without its heading again as the first of them."""
    heading = strip_marker(prefix[-1]).rstrip(" :").lower()
    return [u for u in catalog.section_units(doc.doc_id, PATH_SEP.join(prefix))
            if not u.members and strip_marker(u.text).rstrip(" :").lower() != heading]


def _with_members(items: list[tuple[str, Unit]], catalog: UnitCatalog) -> list[tuple[str, Unit]]:
    """Each line that opens a list ("Việc đánh giá thực hiện theo 05 tiêu chí …:") followed by its items, a
    table's rows among them."""
    shown = {u.text for _, u in items}
    out: list[tuple[str, Unit]] = []
    for indent, unit in items:
        out.append((indent, unit))
        if not unit.text.rstrip().endswith(":"):
            continue
        units = catalog.section_units(unit.doc.doc_id, unit.section)
        plain = [u.text for u in units if not u.members]
        # the list it opens, or the table right after it (a table's block opens with its row of headers)
        after = plain[plain.index(unit.text) + 1] if unit.text in plain[:-1] else ""
        opens = [unit.text] + ([after] if TABLE_CELL in after else [])
        block = next((b for b in units if b.members and b.text in opens), None)
        if block is not None and not any(m.text in shown for m in block.members):  # not its rows listed already
            rows = [block] if block.text != unit.text else []
            out += [(indent + "  ", m) for m in [*rows, *_with_total(list(block.members))] if m.text not in shown]
    return out


# "các tiêu chí đánh giá …", "những hạn chế …", "những khoản nào": the things a list question asks for
_LISTED = re.compile(r"\b(?:cac|nhung)\s+([a-z]+)(?:\s+([a-z]+))?")


_NAMED_BEFORE = re.compile(r"\b([a-z]+)\s+([a-z]+)\s+nhung gi\b")
_PLACES_ASKED = frozenset("thon xa ap ban xom huyen tinh phuong to khu don co truong ai noi".split())


def _listed_noun(bare: str) -> set[str]:
    """The words naming what a list question asks for ("tieu chi", "han che", "khoan"), or none."""
    m = _LISTED.search(bare)
    if not m:
        return set()
    words = [w for w in m.groups() if w]
    if words[0] in _QUESTION_WORDS and (before := _NAMED_BEFORE.search(bare)):
        # "huyện kiến nghị những gì": the thing listed is named before "những gì"
        return {w for w in before.groups() if w not in _QUESTION_WORDS and w not in _HEADING_FILLER
                and w not in _PLACES_ASKED}
    if words[0] in _QUESTION_WORDS or words[0] in _HEADING_FILLER or words[0] in _PLACES_ASKED:
        return set()  # "những thôn nào đạt": which places, found by what is said of them, not a heading
    return {w for w in words if w not in _QUESTION_WORDS and w not in _HEADING_FILLER}


# a table's row numbered below another's: "1.2 | Kiện toàn Ban Chỉ đạo …", "| 2.1 | …"
_SUB_ROW = re.compile(r"^\s*(?:\|\s*)?\d{1,2}\.\d{1,2}\.?\s*\|")


def _with_total(units: list[Unit]) -> list[Unit]:
    """The first MAX_LISTED units, and a table's row of totals beyond them: the figure a summary of it gives. A
    table too long to show whose rows are numbered in levels ("1", "1.1", "1.2", "2") shows its top rows; one whose
    first cell is merged down each group of rows shows a row of each group."""
    if len(units) > MAX_LISTED:
        top = [u for u in units if not _SUB_ROW.match(u.text)]
        if len(top) < len(units) and sum(TABLE_CELL in u.text for u in top) >= 2:
            units = top
    if len(units) > MAX_LISTED:  # rows grouped under a first cell merged down them: each group's first row
        firsts = [u.text.split(TABLE_CELL)[0] if TABLE_CELL in u.text else None for u in units]
        grouped = [u for i, u in enumerate(units) if firsts[i] is None or i == 0 or firsts[i] != firsts[i - 1]]
        if len(grouped) < len(units) and sum(TABLE_CELL in u.text for u in grouped) >= 2:
            units = grouped
    shown = units[:MAX_LISTED]
    totals = [u for u in units[MAX_LISTED:] if is_total_row(u.text)]
    return shown + totals[:1]
