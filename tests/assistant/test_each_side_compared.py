"""Comparisons on the new-document fixtures: two places compared are each answered even when one place's guidance
fills the search over both, and two bodies' deadlines compared ("hạn … của A và của B") show a clause of each."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.answering import Assistant
from index.settings import Settings
from tests.conftest import DOCS_NEW, DOCS_SRC


@pytest.fixture(scope="module")
def assistant(newdocs_home: Path) -> Assistant:
    folders = os.pathsep.join(map(str, (DOCS_SRC, DOCS_NEW)))
    return Assistant.open(Settings.from_env({"XHHT_HOME": str(newdocs_home), "XHHT_DOCS": folders}))


def test_two_places_compared_are_each_answered(assistant: Assistant) -> None:
    # typed without marks, the words of the Huế guidance fill the search over the three guidances
    answer = assistant.ask("diem toi thieu de cong nhan don vi hoc tap cua so gd quang nam va cua hkh tinh thua thien hue")
    assert "70 điểm" in answer.answer and "75 điểm" in answer.answer


def test_two_bodies_compared_are_each_shown(assistant: Assistant) -> None:
    answer = assistant.ask("CV 1846 An Giang: hạn gửi Sở GD&ĐT của UBND xã, phường, đặc khu và của Hội Khuyến học "
                           "tỉnh khác nhau thế nào?")
    assert "20/11/2025" in answer.answer and "25/11/2025" in answer.answer
