"""Question in, :class:`Query` out: what is asked, about what, in which shape."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from index.textnorm import fold, fold_ascii, has_diacritics, strip_diacritics, words
from index.vocabulary.terms import AGENCIES, expand_shorthand, titles_in

from .kinds import ANSWER_TYPES, DISCOURSE, DOC_ATTRIBUTES, FORMS, STOP_FORMS, STOP_PHRASES, STOPWORDS, TOPICS, detected

YEAR = re.compile(r"\b(20[0-4]\d)\b")
_DATE = re.compile(r"\b(\d{1,2})\s*(?:/|-|tháng|thang)\s*(\d{1,2})\b")
PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*%")
_CHOICE = re.compile(r"(?P<a>[^,?]{2,60}?)\s+hay(?: là)?\s+(?P<b>[^,?]{2,60}?)\s*(?:\?|$)")
_ASKED_AT_END = re.compile(r"\b(?:nao|gi|j|dau|ai|sao)\s*$")
_OTHER_DOCUMENT = re.compile(r"\b(to trinh|quyet dinh|qd|chi thi|nghi quyet|de an|thong tu|nghi dinh|can cu|tiep theo|"
                             r"tiep tuc trien khai|van ban goc|chuong trinh|dan chieu|truoc do|theo (?:qd|kh|vb|van ban|huong dan|hd)|"
                             r"(?:kh|ke hoach|vb|van ban) nao)\b")
# "QĐ 486 và KH 27, văn bản nào ban hành trước?": the documents named, in the order of their dates
ORDER_ASKED = re.compile(r"\bnao (?:duoc )?(?:ban hanh|ky|ra doi|ra) (?:truoc|sau|som hon|muon hon)\b")
# a document named by kind and number: "QĐ 1373", "Chỉ thị 14/CT-TTg", "kế hoạch số 87"
_DOC_REF = re.compile(r"\b(?:qd|quyet dinh|chi thi|ct|ket luan|kl|nghi quyet|nq|ke hoach|kh|cong van|cv|to trinh|ttr|"
                      r"thong tu|nghi dinh|huong dan|hd)\s*(?:so\s*)?(\d{1,5})\b")
_DOCUMENT_REFERENCE = re.compile(r"\b(?:van ban|vb|quyet dinh|qd|chi thi|cong van|cv|to trinh) (?:do|nay|ay|tren|vua roi|vua noi)\b"
                                 r"|\b(?:ke hoach|kh) (?:do|ay|tren|vua roi|vua noi)\b")
_ACCORDING_TO = re.compile(r"^\s*(?:can cu|theo|tai|trong|dua tren|doi chieu)\s+(?:(?:ban\s+)?du thao\s+)?"
                           r"(?:ke hoach|kh|van ban|vb|cong van|cv|quyet dinh|qd)\b[^,?]{0,160},\s*")
# "Ngoài thời hạn báo cáo, công văn còn nêu những yêu cầu khác nào?": what the question sets aside asks nothing
BESIDES = re.compile(r"^\s*ngoai\s+[^,?]{3,80}?\s*(?:ra\s*)?,\s*(?=.*\bcon\b)")
_BESIDES_ACCENTED = re.compile(r"^\s*ngoài\s+[^,?]{3,80}?\s*(?:ra\s*)?,\s*(?=.*\bcòn\b)")
# "bao nhiêu <noun>": a count of something named ("bao nhiêu thành viên"), not a percentage
COUNT_NOUN = re.compile(r"\b(?:bao nhieu|bn|may)\s+(?!%|phan tram|ty le|\?)(?:[a-z]+)")


# "số ấp đạt … là bao nhiêu": the thing counted named before the question word
_COUNTED_NOUN = re.compile(r"\bso (?:ap|thon|xa|ho|nguoi|truong|lop|dong ho|hoc vien|trung tam|tthtcd)\b.*\b(?:bao nhieu|bn|may)\b")


def names_counted_thing(bare: str) -> bool:
    """"bao nhiêu hội viên" names what is counted; a bare "đạt ít nhất bao nhiêu?" may be answered by an amount."""
    m = COUNT_NOUN.search(bare)
    return bool(m) and m.group(0).split()[-1] not in _NOT_COUNTED or bool(_COUNTED_NOUN.search(bare))


# a time or place after "bao nhiêu" ("phải đạt bao nhiêu vào năm 2030", "bao nhiêu tại xã"): nothing counted is named
_WHEN_OR_WHERE_AFTER = re.compile(r"\b(?:bao nhieu|bn|may)\s+(?:vao|trong|den|tu|tai|o)\b")


# words after "bao nhiêu" that name no counted thing ("bao nhiêu cho TTHTCĐ", "bao nhiêu vậy", "bao nhiêu đến 31/12")
_NOT_COUNTED = frozenset("cho trong tren de va thi vay the a nhi ha nua tien dong trieu ty moi mot den toi tinh vao o tai theo "
                         "la khi sau truoc tu".split())


PERCENT_WORDS = re.compile(r"%|\bphan tram\b|\bty le\b|\bti le\b")
# the percentage itself is what is asked ("bao nhiêu %", "mấy phần trăm"), not only the topic ("tỷ lệ … mấy điểm")
_PERCENT_ASKED = re.compile(r"%|\bphan tram\b|\b(?:ty le|ti le)\s+(?:la\s+|dat\s+|duoc\s+)?(?:bao nhieu|bn|may)\b")
_WH = re.compile(r"\b(?:gi|nao|ai|dau|bao nhieu|may|the nao|ntn|j)\b")
_STRONG_YES_NO = re.compile(r"\b(?:co phai|phai khong|dung khong|hay khong|dung ko|phai ko|dung k|phai k)\b|"
                            r"\b(?:khong|ko|k|chua)\s*\??\s*$")
_AGENCY_REFERENCE = re.compile(r"\b(so|co quan|don vi|ban|hoi|uy ban|ubnd|phong|bo|cap) (do|nay|ay|tren|vua roi)\b")


@dataclass
class Query:
    """A question as the pipeline needs it; each field is filled by :func:`understand`."""

    text: str
    bare: str  # folded, no diacritics, shorthand expanded
    asks: list[str] = field(default_factory=list)  # answer types
    topics: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    doc_attribute: str | None = None
    doc_attributes: list[str] = field(default_factory=list)  # every attribute asked, the first in doc_attribute
    terms: list[str] = field(default_factory=list)  # content syllables, diacritics-free
    agencies: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    dates: list[tuple[int, int]] = field(default_factory=list)
    percents: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    refers_back: bool = False  # "cơ quan đó", "sở này"
    cites_back: bool = False  # "văn bản đó", "quyết định này": a document the conversation cited
    deadline: bool = False  # the date asked is a deadline ("hạn nộp", "trước ngày nào")
    recipients: list[str] = field(default_factory=list)  # agencies named as where something goes ("báo cáo về Sở …")
    phases: list[int] = field(default_factory=list)  # "giai đoạn 2", "gd 1"
    doc_refs: list[str] = field(default_factory=list)  # numbers of documents named by kind ("QĐ 1373")
    search_text: str = ""  # what retrieval is run on
    names: list[str] = field(default_factory=list)  # names its documents quote that it names, unquoted, in plain words
    places: list[str] = field(default_factory=list)  # folded names of the places it names

    def has(self, form: str) -> bool:
        return form in self.forms

    @property
    def topic_free(self) -> bool:
        """True for an elliptical follow-up ("còn Hà Nam thì sao?") that names no topic of its own."""
        return not (self.terms or self.asks or self.topics or self.doc_attribute or self.forms)


_ISSUER_OF = re.compile(r"\b(?:ke hoach|kh|van ban|vb|cong van|cv|du thao|quyet dinh|qd)\b[^,?]{0,60}\bcua\s+(?:cac\s+)?$")


_LEGAL = [c for c in TOPICS if c.name == "legal"]


def _cue_end(attribute: str, bare: str) -> int:
    """Where the first words asking *attribute* end in the question (its whole length when none is found)."""
    cues = next((c for c in DOC_ATTRIBUTES if c.name == attribute), None)
    ends = []
    for cue in cues.plain if cues else ():
        m = re.search(rf"(?<![\w&/]){re.escape(strip_diacritics(fold(cue)))}(?![\w&])", bare)
        if m:
            ends.append(m.end())
    for pattern in cues.patterns if cues else ():
        m = re.search(pattern, bare)
        if m:
            ends.append(m.end())
    return min(ends) if ends else len(bare)


_DATE_BESIDE = re.compile(
    r"\b(?:so (?:may|bao nhieu|bn|hieu)(?: (?:gi|nao|la gi))?|(?:do )?ai ky)\b\W+(?:va\s+|,\s*)?(?:ky |ban hanh |ra )?"
    r"ngay (?:nao|may|bao nhieu)\b|\bngay ky\b(?!\s+(?:thuat|nang|hop|thi|niem|bao cao)\b)")


# "bc 27 … gửi những nơi nào": the one report named is the document sent, not a report asked about
_REPORT_NAMED = re.compile(r"^(?!.*\b(?:bao cao|bc)\b.*\b(?:bao cao|bc)\b).*\b(?:bao cao|bc)\s*(?:so\s*)?\d{1,5}\b"
                           r"(?!\s*(?:thang|nam|quy)\b)")  # "báo cáo 6 tháng" is a report's period


_OWN_NUMBER = re.compile(r"\b(?:la )?(?:van ban|vb) (?:so|so hieu) (?:may|bao nhieu|bn|gi)\b")


def _document_attributes(found: list[str], asks: list[str], topics: list[str], forms: list[str], bare: str) -> list[str]:
    """The attributes of the document itself the question asks, without the readings its other words rule out."""
    # "KH 3853 có phải Hội Khuyến học ban hành không?", not "xã có phải ban hành kế hoạch trước 31/12 không?"
    # nor "cả 10 xã đều đã ban hành kế hoạch", "xã … chưa ban hành kế hoạch": whether places issued their own
    if not found and "yesno" in forms and re.search(r"(?<!\bda )(?<!\bchua )(?<!\bdeu )\bban hanh\b", bare) and (
            not topics) and not re.search(r"\b(?:truoc|cham nhat|han|sau)\s+(?:ngay\s+)?\d", bare):
        found = ["issuer"]
    kept = []
    for attribute in found:
        if attribute == "recipients" and (
            re.search(r"\bnoi nhan (?:cac |nhung )?(?:bao cao|b/c|ket qua)", bare)
            or ("reporting" in topics and not re.search(r"\b(noi nhan|kinh gui|luu|b/c|de bao cao)\b", bare)
                and not _REPORT_NAMED.search(re.sub(r"/\S+", " ", bare)))
        ):
            continue  # "nơi nhận báo cáo": where reports go, not whom the document is sent to
        # "căn cứ quyết định số mấy": another document's attribute; one named by number ("QĐ 1234 ban hành ngày
        # nào") is settled once the library's own numbers are known (about_other_documents)
        # only what comes before the attribute's own words can make it another document's: in "HD 04 do ai
        # ký, ngày nào và thay thế văn bản nào?" the signer is the guidance's own
        if attribute == "issued" and ORDER_ASKED.search(bare):
            kept.append(attribute)  # "văn bản nào ban hành trước": the dates of the documents named
            continue
        upto = bare[: _cue_end(attribute, bare)]
        # a document named by its kind and number ("quyết định số 1876/QĐ-UBND") is only read as another
        # document once the library's numbers are known (about_other_documents)
        # "… là văn bản số mấy": the document's own number, not another document cited
        unnamed = _OWN_NUMBER.sub(" ", _DOC_REF.sub(" ", upto))
        other = bool(detected(_LEGAL, unnamed, unnamed, False)) or any(
            not re.match(r"\s*(?:so\s*)?\d", bare[m.end():]) and not bare[: m.start()].endswith("/")
            for m in _OTHER_DOCUMENT.finditer(upto)  # "45/qd-ubnd" is a number, not another decision
        )
        if attribute == "signer" and _ACT_DECIDED.match(bare, _cue_end(attribute, bare)):
            asks.append("agency")  # "ai ký quyết định công nhận": who decides, not who signed the document asked about
            continue
        if attribute in ("number", "issued", "signer") and other:
            if attribute == "signer":
                asks.append("person")  # "tờ trình 3196 do ai ký": a person the plan does not name
            continue  # "căn cứ quyết định số mấy": the number of another document
        if attribute == "number" and "contact" in asks:
            continue  # "số điện thoại … số mấy"
        kept.append(attribute)
    if {"number", "signer"} & set(kept) and "issued" not in kept and _DATE_BESIDE.search(bare):
        # "công văn số mấy, ngày nào", "có số hiệu gì, ngày nào và ai ký", "ai ký cv 412, ngày ký?": the
        # document's own date asked beside its number or signer
        kept.append("issued")
    return kept


def _agencies_asked(bare: str) -> list[str]:
    """Agencies the question names, but not the issuer of the document it cites ("kế hoạch … của UBND tỉnh")."""
    out = []
    for term in AGENCIES:
        m = term.regex.search(bare)
        while m and _ISSUER_OF.search(bare[: m.start()]):
            m = term.regex.search(bare, m.end())
        if m:
            out.append(term.name)
    return out


# "nộp về Sở", "báo cáo UBND tỉnh": the agency that receives
_TOWARD = re.compile(r"\b(?:ve|cho|len|toi|den|qua|gui|nop|bao cao)\s+(?:cac\s+|cho\s+)?$")


def _recipients(bare: str) -> list[str]:
    """Agencies the question names as a destination ("nộp về Sở GD&ĐT", "báo cáo cho UBND tỉnh")."""
    # any mention: "BCĐ các thôn … báo cáo 6 tháng về BCĐ xã" names the body first as the sender
    return [t.name for t in AGENCIES if any(_TOWARD.search(bare[max(0, m.start() - 12) : m.start()])
                                            for m in t.regex.finditer(bare))]


# the level a title or a contest is held at: "học sinh giỏi cấp huyện", "“Cộng đồng học tập” cấp thôn"
_LEVEL_OF = re.compile(r"\b(?:gioi|hsg|hoc tap|phong trao|thi dua)[\"”'’]?\s+cap (xa|phuong|huyen|tinh|thon|ap|khom|ban|bon|to dan pho|khu pho|"
                       r"quoc gia|truong|trung uong)\b")
# the villages of a commune go by many names, all one level: "cấp ấp, khóm", "cấp bản", "cấp tổ dân phố"
_SAME_LEVEL = {"phuong": "xa", "ap": "thon", "khom": "thon", "ban": "thon", "bon": "thon", "to dan pho": "thon",
               "khu pho": "thon"}


# the level an honour is given at: "tiêu biểu cấp huyện", "được Hội Khuyến học tỉnh biểu dương"
_HONOURED_AT = re.compile(r"\btieu bieu[\"”'’]?\s+cap (tinh|huyen|xa)\b|\b(?:hoi khuyen hoc|hkh) (tinh|huyen|xa) "
                          r"(?:bieu duong|khen thuong|tang|ton vinh)\b")


# an amount the question gives, and a part of it asked ("180 triệu … đánh bao nhiêu cho khen thưởng"): money too
_AMOUNT_GIVEN = re.compile(r"\b\d[\d.,]*\s*(?:trieu|ty|nghin)?\s*(?:dong|trieu|ty)\b")
_PART_ASKED = re.compile(r"\b(?:bao nhieu|bn)\s+(?:tien\s+)?(?:cho|de|danh cho)\b")
# a contest the country holds needs no "cấp": "giải học sinh giỏi quốc gia"
_NATIONAL_CONTEST = re.compile(r"\b(?:gioi|hsg)\s+(quoc gia)\b")


def levels_named(folded: str) -> set[str]:
    """The levels (folded: "huyen", "thon") *folded* text holds a title or a contest at."""
    return {_SAME_LEVEL.get(level, level) for level in _LEVEL_OF.findall(folded) + _NATIONAL_CONTEST.findall(folded)}


def honour_levels(folded: str) -> set[str]:
    """The levels *folded* text gives an honour at: "tiêu biểu cấp huyện", "Hội Khuyến học tỉnh biểu dương"."""
    return {level for pair in _HONOURED_AT.findall(folded) for level in pair if level}


def content_terms(text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """Diacritics-free content syllables of *text* (abbreviations expanded), in order, without repeats; *keep*:
    stopwords that are content words here (read off the question as typed, see `kept_stopwords`)."""
    out: list[str] = []
    marked = has_diacritics(text)  # in text typed with marks, "con" is not "còn"
    for w in words(text):
        bare = strip_diacritics(w)
        stop = bare in STOPWORDS and bare not in keep and (
            bare not in STOP_FORMS or (w == bare and not marked) or w.lower() in STOP_FORMS[bare])
        if len(bare) > 1 and not stop and bare not in out and not bare.isdigit():
            out.append(bare)
    return out


def kept_stopwords(question: str) -> frozenset[str]:
    """Syllables of a question typed with marks that fold to a stopword but are content words ("con dấu")."""
    if not has_diacritics(question):
        return frozenset()
    return frozenset(strip_diacritics(w) for w in words(question.lower())
                     if strip_diacritics(w) in STOP_FORMS and w not in STOP_FORMS[strip_diacritics(w)])


_MONEY_NAMED = re.compile(r"\b(?:trieu dong|ty dong|nghin dong|\d[\d.,]* ?(?:trieu|dong))\b")
_RATE_NAMED = re.compile(r"%|\b(?:ty le|phan tram)\b")
_DEADLINE_APART = re.compile(r"\b(?:truoc|cham nhat|han(?: chot| cuoi)?)\s+(?:la\s+)?(?:ngay nao|ngay may|khi nao|bao gio)\b"
                             r"[^?]*[,;]|[,;][^?]*\b(?:truoc|cham nhat|han(?: chot| cuoi)?)\s+(?:la\s+)?(?:ngay nao|ngay may|khi nao)\b")
_ACT_DECIDED = re.compile(r"\s+(?:cac\s+)?(?:quyet dinh|qd|giay khen|bang khen|giay chung nhan|giay cong nhan)\s+"
                          r"(?:cong nhan|khen thuong|tang|thanh lap|phe duyet|xep loai|cap)\b")
_SOURCE_ASKED = re.compile(r"\b(?:tu )?nguon (?:nao|gi)\b|\blay tu dau\b|\btu dau ma co\b")
# "bổ sung bao nhiêu kinh phí cho TTHTCĐ, nguồn nào", "… bao nhiêu … và từ nguồn nào": an amount asked in a part
# of its own, beside the source
_AMOUNT_APART = re.compile(r"\b(?:bao nhieu|bn)\b[^,;]*(?:[,;]|\bva\s+(?=(?:tu\s+)?nguon\b|lay tu\b))")
# "tiền thưởng lấy từ quy nào", typed bare: a fund the money comes from, not a quarter
_FROM_FUND = re.compile(r"\b(?:lay|chi|trich) tu quy nao\b")


# a deadline a yes/no question asserts: "trước 12/6/2024", "chậm nhất ngày 15/12"
_DEADLINE_ASSERTED = re.compile(r"\b(?:truoc|cham nhat|han (?:la|chot)?)\s+(?:ngay\s+)?\d{1,2}\s*/\s*\d{1,2}\b")


# a day or month figures are counted to, asserted by a yes/no question: "có tính đến hết tháng 6/2025 không"
CUTOFF_ASSERTED = re.compile(r"\btinh den (?:het )?(?:ngay|thang) (\d{1,2})(?:\s*/\s*(\d{1,2})(?!\d))?")


def understand(question: str, place_names: Sequence[str] = (), numbers: Sequence[str] = ()) -> Query:
    """Read one question (no conversation): answer types, topics, form, entities, content terms.

    *place_names* are the folded names of places the question names; they are
    scope, not topic, so they are left out of the content terms (once each: "Hà Nam"
    goes, the "năm" of "hằng năm" stays).
    """
    accented = fold(question)
    folded = fold_ascii(question)
    # "Căn cứ dự thảo Kế hoạch của UBND tỉnh Hà Nam, …": "according to", not a question about legal bases
    according = _ACCORDING_TO.match(folded)
    if according and len(accented) == len(folded) and not _WH.search(according.group(0)):
        accented, folded = accented[according.end():], folded[according.end():]
    bare = expand_shorthand(folded)
    marks = has_diacritics(question)
    # a place's name is no cue ("huyện Kỳ Phong là ngày nào" asks no date of signing, "Xuyên Mộc" names no "mốc")
    unplaced = BESIDES.sub(" ", bare)
    for name in place_names:
        unplaced = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", unplaced)
    accented = _BESIDES_ACCENTED.sub(" ", accented)
    asks = detected(ANSWER_TYPES, accented, unplaced, marks)
    if "cutoff" in asks:  # "số liệu tính đến ngày nào": the day counted to, not a deadline or a date issued
        # "… gửi trước ngày nào, số liệu tính đến ngày nào": a deadline asked in a part of its own too
        kept = ("date", "deadline") if _DEADLINE_APART.search(bare) else ()
        asks = [a for a in asks if a not in ("date", "deadline", "when") or a in kept]
    if "threshold" in asks:  # "cần bao nhiêu điểm": the score that earns the title is the number asked
        asks = [a for a in asks if a != "count"]
    if "contact" in asks and re.search(r"\b(?:qua|bang) (?:email|e-mail|thu dien tu)\b|\bkenh\b|\bhinh thuc\b", bare) and not re.search(
            r"\b(?:email|e-mail|thu dien tu|dia chi) (?:nao|gi|la gi|j)\b|\bdia chi\b|\bsdt\b|\bdien thoai\b", bare):
        # "số liệu gửi qua email Sở … đúng không", "gửi qua kênh nào (phần mềm hay email)": how it travels, not which address
        asks = list(dict.fromkeys("medium" if a == "contact" else a for a in asks))
    if "duration" in asks and not re.search(r"\bngay (?:nao|may)\b", bare):
        asks = [a for a in asks if a not in ("date", "deadline")]  # "chậm hơn mấy ngày so với thời hạn": how long
    if "penalty" in asks:  # "gửi sau hạn ngày 12/11 thì có bị xử lý gì không": the deadline is given, not asked
        asks = [a for a in asks if a not in ("date", "deadline")]
    if "percent" in asks and _MONEY_NAMED.search(bare) and not _RATE_NAMED.search(bare):
        asks = ["money" if a == "percent" else a for a in asks]  # "chỉ tiêu quỹ … có phải là 120 triệu đồng"
    if not marks and _FROM_FUND.search(bare):
        asks = [a for a in asks if a != "quarter"]
    if _SOURCE_ASKED.search(bare) and not _AMOUNT_APART.search(bare):
        # "tiền thưởng … được chi từ nguồn nào": where the money comes from, not how much ("bao nhiêu, nguồn nào": both)
        asks = [a for a in asks if a != "money"]
    deadline = "deadline" in asks  # a deadline ("hạn", "trước ngày"), never the date a document was issued
    if deadline:
        asks = [a for a in asks if a != "deadline"] + ([] if "date" in asks else ["date"])
    topics = detected(TOPICS, accented, unplaced, marks)
    titles = titles_in(bare)
    unquoted = re.sub(r"[“”\"]", " ", bare)  # "bao nhiêu “Công dân học tập”" counts the title's holders
    counted = (COUNT_NOUN.search(unquoted) and not COUNT_NOUN.search(unquoted).group(0).endswith((" nam", " ngay", " thang"))
               and not _WHEN_OR_WHERE_AFTER.search(unquoted)) or _COUNTED_NOUN.search(unquoted)
    part_of_amount = bool(_AMOUNT_GIVEN.search(bare) and _PART_ASKED.search(bare)) and not names_counted_thing(unquoted)
    if "count" in asks and ("funding" in topics and not counted or part_of_amount) and "money" not in asks:
        asks = ["money" if a == "count" else a for a in asks]  # "kinh phí … năm 2024 bao nhiêu": an amount
    elif "count" in asks and not counted and (titles or "target" in topics) and not {"money", "contact", "date"} & set(asks):
        asks = ["percent" if a == "count" else a for a in asks]  # "ĐVHT 2025 bao nhiêu?": a target's percentage
    if "percent" in asks and "count" in asks and counted and not _PERCENT_ASKED.search(bare):
        asks.remove("percent")  # "chỉ tiêu bao nhiêu ấp", "tiêu chí tỷ lệ … mấy điểm": a count, not a percentage
    forms = detected(FORMS, accented, unplaced, marks)
    if "yesno" in forms and _WH.search(bare) and not _STRONG_YES_NO.search(bare):
        forms.remove("yesno")  # "… gửi cho những nơi nào à?": a particle, not a yes/no question
    if "yesno" in forms and _DEADLINE_ASSERTED.search(bare):
        deadline = True  # "… gửi báo cáo lên HKH huyện trước 12/6/2024 đúng không": the deadline of that hop is checked
    attributes = _document_attributes(detected(DOC_ATTRIBUTES, accented, unplaced, marks), asks, topics, forms, bare)
    doc_attribute = attributes[0] if attributes else None
    if "issued" in attributes and "when" in asks:
        asks.remove("when")
    topical = _without_document_names(bare, numbers)
    for phrase in STOP_PHRASES:
        topical = re.sub(rf"\b{phrase}\b", " ", topical)
    for name in place_names:
        topical = re.sub(rf"(?<!\w)(?:(?:xa|phuong|huyen|quan|tinh|thanh pho|tp)\s+)?{re.escape(name)}(?!\w)", " ",
                         topical, count=1)
    kept = kept_stopwords(question)
    terms = [t for t in content_terms(topical, kept) if t not in DISCOURSE or t in kept]
    if "legal" in topics and "date" in asks and not deadline:
        asks = ["docdate" if a == "date" else a for a in asks]  # "căn cứ quyết định nào, ngày nào?"
    choices: list[str] = []
    m = _CHOICE.search(question)
    # "ấp A hay ấp B có nhiều hội viên hơn": a comparison of two values, not which of two a clause states
    # "qua email hay hệ thống nào": the second is asked, not offered
    if m and "yesno" not in forms and "compare" not in forms and not _ASKED_AT_END.search(fold_ascii(m.group("b"))):
        choices = [m.group("a").strip(), m.group("b").strip()]
        forms.append("choice")
    if "yesno" in forms and CUTOFF_ASSERTED.search(bare) and "cutoff" not in asks:
        asks.append("cutoff")  # "số liệu có tính đến hết tháng 6/2025 không": the day figures count to, asserted
    return Query(
        text=question,
        bare=bare,
        asks=asks,
        topics=topics,
        forms=forms,
        doc_attribute=doc_attribute,
        doc_attributes=attributes,
        terms=terms,
        agencies=_agencies_asked(bare),
        recipients=_recipients(bare),
        titles=titles,
        years=[int(y) for y in YEAR.findall(bare)],
        dates=[(int(d), int(mo)) for d, mo in _DATE.findall(bare) if 1 <= int(d) <= 31 and 1 <= int(mo) <= 12],
        percents=PERCENT.findall(question),
        choices=choices,
        refers_back=bool(_AGENCY_REFERENCE.search(bare)),
        cites_back=bool(_DOCUMENT_REFERENCE.search(bare)),
        deadline=deadline,
        phases=[int(n) for n in re.findall(r"\b(?:giai doan|gd)\s*(\d)\b", bare)],
        doc_refs=[n.lstrip("0") for n in _DOC_REF.findall(bare)],
        search_text=expand_shorthand(question),
        places=list(dict.fromkeys(place_names)),
    )


# a document named by kind and number, with its symbol: "công văn 612/pgdđt", "kh số 57/kh-ubnd", "hd 09"
_NAMED_DOCUMENT = re.compile(r"\b(?:ke hoach|kh|cong van|cv|quyet dinh|qd|huong dan|hd|thong bao|tb|bao cao|bc|"
                             r"quy che|to trinh|ttr)\s*(?:so\s*)?0*(\d{1,5})(?:\s*/\s*[\w&-]+)?")
_OF = re.compile(r"\s*cua\s+")


def _without_document_names(bare: str, numbers: Sequence[str]) -> str:
    """*bare* without the words that only say which of the library's documents is meant ("công văn 612/PGDĐT
    của Phòng GD&ĐT"): the scope already holds it, and its kind and issuer are no part of what is asked."""
    out = bare
    for m in reversed(list(_NAMED_DOCUMENT.finditer(bare))):
        if m.group(1) not in numbers:
            continue  # "ngoài Quyết định số 1315/QĐ-TTg": a document the question asks about
        end = m.end()
        of = _OF.match(bare, end)
        if of:
            issuer = next((a for t in AGENCIES if (a := t.regex.match(bare, of.end()))), None)
            end = issuer.end() if issuer else end
        out = f"{out[: m.start()]} {out[end:]}"
    return out


def about_other_documents(q: Query, library_numbers: list[str]) -> Query:
    """A question about a document the plans cite ("QĐ 1373 ngày nào?") asks that document's date,
    not a deadline and not an attribute of the plan itself."""
    others = [n for n in q.doc_refs if n not in library_numbers]
    if not others:
        return replace(q, doc_refs=[])
    asks = ["docdate" if a == "date" and not q.deadline else a for a in q.asks]
    if q.doc_attribute == "signer":
        asks.append("person")  # who signed a document the library does not hold
    return replace(q, asks=asks, doc_attribute=None, doc_attributes=[], topics=sorted(set(q.topics) | {"legal"}),
                   doc_refs=others)
