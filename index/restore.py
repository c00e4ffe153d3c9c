"""Put diacritics back on a query typed without them, from the corpus's own words.

"bao cao truoc ngay nao" → "báo cáo trước ngày nào": each word takes the accented
form best supported by the word pairs it stands in (counted over the library), else
its most frequent single form; question words the documents rarely use come from a
short list. The dense model reads accented Vietnamese far better; lexical search
matches either way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from .textnorm import has_diacritics, normalize_tone_marks, strip_diacritics
from .vocabulary.abbreviations import ABBREVIATIONS
from .vocabulary.terms import SHORTHAND

_WORD = re.compile(r"[^\W\d_]+")
# spellings Vietnamese never uses: "ng"/"g"/"c" before i, e (nghi, ghe, ki), "k" before a, o, u, "q" without u,
# a vowelless run; a word like that is a slip of the thumb, not a word the library lacks
_MISSPELT = re.compile(r"^(?:ng[ie]|g[e]|c[iey]|k[aou]|q[^u]|[^aeiouy]+$|[bcdghklmnpqrstvx]{2,}(?<!ch)(?<!gh)(?<!kh)"
                       r"(?<!nh)(?<!ng)(?<!ph)(?<!th)(?<!tr)(?<!gi)(?<!qu))")
# words of questions, rare in plans: their usual accents
QUESTION_WORDS = {
    "co": "có", "khong": "không", "nao": "nào", "gi": "gì", "dau": "đâu", "ai": "ai", "may": "mấy",
    "bao nhieu": "bao nhiêu", "bao gio": "bao giờ", "the nao": "thế nào", "phai": "phải", "dung": "đúng",
    "len": "lên", "nop": "nộp", "thi": "thì", "con": "còn", "vay": "vậy", "sao": "sao", "nhu": "như",
    "la": "là", "cho": "cho", "duoc": "được", "chua": "chưa", "hay": "hay", "lam": "làm", "nhung": "những",
    "co phai": "có phải", "phai khong": "phải không", "dung khong": "đúng không", "khi nao": "khi nào",
    "o dau": "ở đâu", "ve dau": "về đâu", "lam gi": "làm gì", "la gi": "là gì",
}

_QUESTION_SYLLABLES = {s for phrase in QUESTION_WORDS for s in phrase.split()}


class DiacriticRestorer:
    def __init__(self, texts: Iterable[str]) -> None:
        self._build(Counter(texts))

    @classmethod
    def weighted(cls, texts: Counter[str]) -> DiacriticRestorer:
        """From texts with how often each occurs: near-copies of one plan are read once, counted as often."""
        restorer = cls.__new__(cls)
        restorer._build(texts)
        return restorer

    def _build(self, texts: Counter[str]) -> None:
        self._pairs: dict[str, Counter[str]] = {}
        singles: dict[str, Counter[str]] = {}
        for text, weight in texts.items():
            words = [w.lower() for w in _WORD.findall(normalize_tone_marks(text))]
            for i, word in enumerate(words):
                singles.setdefault(strip_diacritics(word), Counter())[word] += weight
                if i + 1 < len(words):
                    pair = f"{word} {words[i + 1]}"
                    self._pairs.setdefault(strip_diacritics(pair), Counter())[pair] += weight
        self._singles = {k: c.most_common(1)[0][0] for k, c in singles.items()}
        self._counts = {k: sum(c.values()) for k, c in singles.items()}
        self._by_initial: dict[str, list[str]] = {}
        for word in self._counts:
            self._by_initial.setdefault(word[:1], []).append(word)

    def _pair(self, left: str, right: str) -> tuple[str, str, int] | None:
        counts = self._pairs.get(f"{left} {right}")
        if not counts:
            return None
        pair, n = counts.most_common(1)[0]
        a, b = pair.split(" ")
        return a, b, n

    def restore(self, text: str) -> str:
        """*text* with each unaccented word given the corpus's accents; accented text is returned as is."""
        if has_diacritics(text.replace("đ", "").replace("Đ", "")):
            return text
        tokens = re.split(r"(\W+)", text)
        idx = [i for i, t in enumerate(tokens) if _WORD.fullmatch(t or "")]
        low = [tokens[i].lower() for i in idx]
        out = list(tokens)
        for k, word in enumerate(low):
            best, best_n = None, 0
            for left, right, side in ((k - 1, k, 1), (k, k + 1, 0)):
                if 0 <= left and right < len(low) and tokens[idx[left] + 1].strip() == "":
                    found = self._pair(low[left], low[right])
                    if found and found[2] > best_n:
                        best, best_n = found[side], found[2]
            phrase = QUESTION_WORDS.get(f"{word} {low[k + 1]}" if k + 1 < len(low) else "")
            if phrase:
                best = phrase.split(" ")[0]
            elif k > 0 and QUESTION_WORDS.get(f"{low[k - 1]} {word}"):
                best = QUESTION_WORDS[f"{low[k - 1]} {word}"].split(" ")[1]
            elif best_n < 2 and word in QUESTION_WORDS:
                best = QUESTION_WORDS[word]
            out[idx[k]] = best or self._singles.get(word, tokens[idx[k]])
        return "".join(out)

    def knows(self, word: str) -> bool:
        """Whether *word* (typed with or without accents) is a word of the library, of questions, or a known
        shorthand or abbreviation."""
        low = strip_diacritics(word.lower())
        return (low in self._counts or low in _QUESTION_SYLLABLES or low in SHORTHAND or low in ABBREVIATIONS
                or low.replace("đ", "d") in ABBREVIATIONS)

    def correct(self, text: str) -> str:
        """*text* with unaccented words the library never uses replaced by the library's most frequent word one
        edit away ("ngiep" → "nghiep", "tieuchi" stays): officers type fast on phones."""
        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            low = word.lower()
            if (len(low) < 4 or has_diacritics(low) or low in self._counts or low in SHORTHAND
                    or low in ABBREVIATIONS or not _MISSPELT.match(low)):
                return word
            near = [w for w in self._by_initial.get(low[:1], ()) if abs(len(w) - len(low)) <= 1
                    and Levenshtein.distance(w, low, score_cutoff=1) <= 1]
            return max(near, key=self._counts.__getitem__) if near else word

        return _WORD.sub(fix, text)
