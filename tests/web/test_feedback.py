from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.web.feedback import FeedbackStore, guess_category
from evals.questions import load_questions

CITATION = {"n": 1, "source": "binh-duong.txt", "doc_id": "d", "title": "t", "number": "151/KH-UBND",
            "section": "VII", "quote": "trước ngày 20 tháng 11 hằng năm", "label": "Kế hoạch 151/KH-UBND"}


def test_store_records_updates_and_exports_eval_questions(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "home" / "feedback.sqlite")
    first = store.record(question="Bình Dương báo cáo trước ngày nào?", history=[], answer="Trước 20 tháng 11 [1]",
                         abstained=False, citations=[CITATION], rating=1, comment="  đúng  ", scope="all")
    second = store.record(question="còn Hà Nam thì sao?", history=["Bình Dương báo cáo trước ngày nào?"],
                          answer="Sai", abstained=False, citations=[], rating=1, scope="loc:Hà Nam")
    assert store.record(question="còn Hà Nam thì sao?", history=["Bình Dương báo cáo trước ngày nào?"], answer="Sai",
                        abstained=False, citations=[], rating=-1, comment="thiếu ngày", scope="loc:Hà Nam",
                        feedback_id=second) == second
    rows = store.rows()
    assert [r.id for r in rows] == [first, second]
    assert rows[0].comment == "đúng" and rows[1].rating == -1 and rows[1].comment == "thiếu ngày"

    out = tmp_path / "export" / "fb.jsonl"
    assert store.export_questions(out) == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["id"] == "fb-0001" and lines[0]["category"] == "reporting"
    assert lines[0]["sources"] == ["binh-duong.txt"] and lines[0]["evidence"] == [CITATION["quote"]]
    assert lines[0]["answer"] == "Trước 20 tháng 11 [1]" and lines[0]["feedback"]["rating"] == "up"
    assert lines[1]["history"] == ["Bình Dương báo cáo trước ngày nào?"] and lines[1]["answer"] == ""
    assert lines[1]["feedback"] == {"rating": "down", "comment": "thiếu ngày", "given_answer": "Sai",
                                    "created": rows[1].created, "scope": "loc:Hà Nam"}
    questions = load_questions(out)  # the curated-set loader accepts the export as it is
    assert [q.id for q in questions] == ["fb-0001", "fb-0002"]


def test_rating_must_be_up_or_down(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite")
    with pytest.raises(ValueError):
        store.record(question="q", history=[], answer="a", abstained=False, citations=[], rating=0)


def test_store_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    FeedbackStore(path).record(question="q", history=[], answer="a", abstained=True, citations=[], rating=1)
    assert len(FeedbackStore(path).rows()) == 1


@pytest.mark.parametrize(
    ("question", "history", "abstained", "rating", "expected"),
    [
        ("Số điện thoại của Sở?", [], True, 1, "unanswerable"),
        ("còn Hà Nam?", ["x"], False, 1, "followup"),
        ("UBND huyện gửi báo cáo về đâu", [], False, 1, "reporting"),
        ("Chỉ tiêu gia đình học tập là bao nhiêu", [], False, -1, "target"),
        ("Kinh phí lấy từ đâu", [], False, 1, "funding"),
    ],
)
def test_guess_category(question: str, history: list[str], abstained: bool, rating: int, expected: str) -> None:
    assert guess_category(question, history, abstained, rating) == expected


def test_a_comment_is_capped_by_the_store_whatever_the_client_sends(tmp_path: Path) -> None:
    from assistant.web.feedback import MAX_COMMENT_CHARS

    store = FeedbackStore(tmp_path / "f.sqlite")
    store.record(question="q", history=[], answer="a", abstained=False, citations=[], rating=-1, comment="x" * 5_000_000)
    assert len(store.rows()[0].comment) == MAX_COMMENT_CHARS
