"""A turn of a conversation read with the one before it: "còn Hà Nam thì sao?", "năm 2030 thì sao?",
"hạn chót là ngày nào?" keep the earlier topic with the entities the turn names."""

from __future__ import annotations

import re
from dataclasses import replace

from .understand import COUNT_NOUN, Query, content_terms

# "còn thư ký BCĐ là ai?": a turn opening on a new subject
_NEW_SUBJECT = re.compile(r"^\s*con\s+(?!gi\b|nua\b|ai\b|bao\b|khi\b|nao\b|the\b|lai\b|co\b|phai\b)\w+")
_PERSON_ASK = re.compile(r"\b(?:la ai|ten (?:la )?gi|ho ten)\b")
_PERSON_REFERENCE = re.compile(r"\b(?:ong|ba|nguoi|vi|dong chi) (?:ay|do|nay)\b")


def _entity_terms(q: Query) -> set[str]:
    """Syllables that only name an entity slot (agency, title, year) rather than a topic."""
    names = " ".join(q.agencies + q.titles)
    return set(content_terms(names))


def _names_a_subject(q: Query) -> bool:
    """Whether a turn names what it is about (an agency, a title, a year) rather than leaning on the last one."""
    return bool(q.agencies or q.titles or q.years or q.doc_refs)


# "so với cùng kỳ năm ngoái", "năm trước thì sao", "năm sau": a year counted from the one asked before
_YEAR_BEFORE = re.compile(r"\b(?:nam ngoai|nam truoc|cung ky nam (?:ngoai|truoc))\b")
_YEAR_AFTER = re.compile(r"\b(?:nam sau|nam toi)\b")


def _shifted_years(current: Query, earlier: Query) -> list[int]:
    """The years a turn names relative to the earlier turn's ("năm ngoái" after "năm 2025" is 2024)."""
    step = -1 if _YEAR_BEFORE.search(current.bare) else 1 if _YEAR_AFTER.search(current.bare) else 0
    return [y + step for y in earlier.years] if step else []


def follow_up(current: Query, earlier: Query) -> Query:
    """*current* read in the light of the earlier question of the conversation.

    A turn that names no topic of its own ("còn Hà Nam thì sao?", "năm 2030 thì sao?")
    keeps the earlier topic and answer type, with the entities it names replacing the
    earlier ones; a turn with its own topic keeps only what it refers back to.
    """
    own_topic = [t for t in current.terms if t not in _entity_terms(current)]
    elliptical = not own_topic and not current.asks and not current.doc_attribute and not (
        set(current.forms) - {"compare"}
    ) and not current.topics
    if _PERSON_REFERENCE.search(current.bare) and earlier.doc_attribute == "signer":
        # "ông ấy ký với chức danh gì?", "người đó có ký cả KH 3853 không?": the signer asked about before
        return replace(current, doc_attribute="signer", doc_attributes=["signer"],
                       asks=[a for a in current.asks if a not in ("agency", "person")])
    same_topic = bool(current.topics) and set(current.topics) <= set(earlier.topics) and len(own_topic) <= 3
    if current.cites_back and "legal" in earlier.topics:
        # "văn bản đó ký ngày nào?" after "… căn cứ văn bản nào?": the cited document, not the plan
        asks = ["docdate" if a == "date" and not current.deadline else a for a in current.asks] or ["docdate"]
        return replace(current, asks=asks, doc_attribute=None, doc_attributes=[], topics=sorted(set(current.topics) | {"legal"}),
                       search_text=f"{earlier.search_text} {current.text}")
    # "phối hợp với ai và phải xong trước ngày nào?": a turn naming nothing of its own leans on the last topic
    # "còn giao ban quý thì …", "còn thư ký BCĐ là ai?": a new subject
    contrast = re.search(r"\bcon\b.+\bthi\b", current.bare) or (_NEW_SUBJECT.match(current.bare) and own_topic)
    if contrast and own_topic and not current.topics and _PERSON_ASK.search(current.bare):
        return current  # "còn thư ký BCĐ là ai?": another post of the same body; the scope carries the place
    leaning = not _names_a_subject(current) and not earlier.doc_attribute and len(own_topic) <= 4 and not contrast
    light = ((not current.topics or same_topic) and len(own_topic) <= 3 or leaning) and not current.doc_attribute
    if not elliptical and light:
        # "hạn chót là ngày nào?": a new answer type about the earlier topic; a bare "bao nhiêu?" asks
        # the same kind of number as before ("… 2025 là bao nhiêu %?" / "vậy đến 2030 thì bao nhiêu?")
        bare_number = current.asks == ["count"] and not COUNT_NOUN.search(current.bare) and bool(earlier.asks)
        return replace(
            earlier,
            text=current.text,
            bare=current.bare,
            # "hồ sơ đó gồm những gì?" after "gửi cho ai, trước ngày nào?": a list now, no longer a date
            asks=earlier.asks if bare_number else current.asks or ([] if "list" in current.forms else earlier.asks),
            # "còn Sở Nội vụ làm gì, hạn bao giờ?" after "ai chủ trì hội nghị?": its own date is a deadline
            deadline=current.deadline if current.asks and not bare_number else earlier.deadline,
            forms=sorted(set(current.forms) | (set(earlier.forms) - {"yesno", "choice"})),
            agencies=current.agencies or earlier.agencies,
            titles=current.titles or earlier.titles,
            years=current.years or _shifted_years(current, earlier) or earlier.years,
            dates=current.dates,
            percents=current.percents,
            choices=current.choices,
            terms=earlier.terms + [t for t in current.terms if t not in earlier.terms],
            search_text=f"{earlier.search_text} {current.text}",
        )
    if elliptical:
        return replace(
            earlier,
            text=current.text,
            bare=current.bare,
            agencies=current.agencies or earlier.agencies,
            titles=current.titles or earlier.titles,
            years=current.years or _shifted_years(current, earlier) or earlier.years,
            dates=current.dates or earlier.dates,
            phases=current.phases or earlier.phases,
            forms=sorted(set(earlier.forms) | set(current.forms)),
            terms=[t for t in earlier.terms if t not in _entity_terms(earlier)] + current.terms,
            search_text=_swap_entities(earlier, current),
        )
    if current.refers_back and not current.agencies:
        return replace(current, agencies=earlier.agencies, search_text=f"{current.text} {' '.join(earlier.agencies)}")
    return current


def _swap_entities(earlier: Query, current: Query) -> str:
    """The earlier question's words with the current turn's entities in place of its own."""
    text = earlier.text
    if current.years and earlier.years:
        for old in earlier.years:
            text = text.replace(str(old), " ".join(str(y) for y in current.years))
    extra = " ".join(current.titles + current.agencies) if (current.titles or current.agencies) else ""
    return f"{text} {current.text} {extra}".strip()
