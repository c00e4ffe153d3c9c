"""Real-browser tests of the "Học & ôn tập" and "Họp nhanh" tabs, on a desktop and a 360 px phone."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import WebServer

pytestmark = pytest.mark.browser

TIMEOUT_MS = 60_000
PLAN_151 = "Kế hoạch 151/KH-UBND — Ủy ban nhân dân tỉnh Bình Dương"


def open_page(browser: Any, url: str, width: int) -> Any:
    phone = width < 500
    context = browser.new_context(viewport={"width": width, "height": 800 if phone else 900}, locale="vi-VN",
                                  is_mobile=phone, has_touch=phone, accept_downloads=True)
    page = context.new_page()
    page.xhht_errors = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda exc: page.xhht_errors.append(str(exc)))
    page.goto(url)
    page.wait_for_selector("#xhht-question textarea", timeout=TIMEOUT_MS)
    return page


@pytest.fixture(params=[1280, 360], ids=["desktop", "phone"])
def page(request: pytest.FixtureRequest, browser: Any, web_server: WebServer) -> Iterator[Any]:
    page = open_page(browser, web_server.url, request.param)
    yield page
    assert page.xhht_errors == []  # type: ignore[attr-defined]
    page.context.close()


def open_tab(page: Any, name: str) -> None:
    """Click a tab; on a phone Gradio folds the later tabs into its "More tabs" menu."""
    tab = page.get_by_role("tab", name=name)
    if tab.count() and tab.first.is_visible():
        tab.first.click()
    else:
        page.get_by_role("button", name="More tabs").click()
        page.locator(".overflow-dropdown button", has_text=name).click()


def pick(page: Any, dropdown: str, option: str) -> None:
    page.locator(f"{dropdown} input").click()
    page.get_by_role("option", name=option).click()


def no_sideways_scroll(page: Any) -> None:
    width = page.viewport_size["width"]
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width + 2, f"page scrolls sideways at {width}px ({scroll}px)"


def test_summary_card_and_quiz(page: Any, artifacts_dir: Path) -> None:
    width = page.viewport_size["width"]
    open_tab(page, "Học & ôn tập")
    pick(page, "#xhht-card-doc", PLAN_151)
    card = page.locator("#xhht-card .xhht-card")
    card.wait_for(timeout=TIMEOUT_MS)
    assert "Luồng báo cáo" in card.inner_text() and "Giai đoạn 1" in card.inner_text()
    line = card.locator("section[data-key='reporting'] details.xhht-line").last
    line.locator("summary").click()
    assert line.evaluate("el => el.open")
    assert "20 tháng 11" in line.locator("mark").first.inner_text()

    page.locator("#xhht-quiz-learner input, #xhht-quiz-learner textarea").first.fill("Học viên thử")
    page.locator("#xhht-quiz-n input[type=number]").fill("3")
    page.locator("#xhht-quiz-n input[type=number]").press("Enter")
    page.locator("#xhht-quiz-start").click()
    for i in range(3):
        page.wait_for_function(
            f"document.querySelector('#xhht-quiz-question').innerText.includes('Câu {i + 1}/3')", timeout=TIMEOUT_MS)
        assert page.locator("#xhht-quiz-options label").count() == 4
        page.locator("#xhht-quiz-options label").nth(i % 4).click()
        page.locator("#xhht-quiz-answer").click()
        feedback = page.locator("#xhht-quiz-feedback .xhht-quiz-feedback")
        feedback.wait_for(timeout=TIMEOUT_MS)
        assert "Điều khoản gốc" in feedback.inner_text() and feedback.locator("mark").count() >= 1
        if i < 2:
            page.locator("#xhht-quiz-next").click()
            page.wait_for_function("!document.querySelector('#xhht-quiz-feedback .xhht-quiz-feedback')",
                                   timeout=TIMEOUT_MS)
    score = page.locator("#xhht-quiz-feedback .xhht-quiz-score")
    score.wait_for(timeout=TIMEOUT_MS)
    assert "Học viên thử" in score.inner_text() and "/3 câu đúng" in score.inner_text()
    no_sideways_scroll(page)
    name = "web-study-phone-360.png" if width < 500 else "web-study-1280.png"
    page.screenshot(path=str(artifacts_dir / name), full_page=True)


def test_lookup_from_the_keyboard_brief_and_comparison(page: Any, tmp_path: Path, artifacts_dir: Path) -> None:
    width = page.viewport_size["width"]
    open_tab(page, "Họp nhanh")
    box = page.locator("#xhht-lookup input, #xhht-lookup textarea").first
    box.click()
    box.press_sequentially("bao cao truoc ngay 20 thang 11", delay=20)
    page.wait_for_function(
        "(document.querySelector('#xhht-lookup-results .xhht-hit') || {innerText: ''}).innerText.includes('20 tháng 11')",
        timeout=TIMEOUT_MS)
    first = page.locator("#xhht-lookup-results .xhht-hit").first
    assert "151/KH-UBND" in first.inner_text()
    assert first.locator("mark").count() >= 3
    box.press("ArrowDown")
    assert page.evaluate("document.activeElement.closest('.xhht-hit') !== null")
    page.keyboard.press("Enter")
    assert first.evaluate("el => el.open")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.closest('#xhht-lookup') !== null")

    pick(page, "#xhht-brief-doc", PLAN_151)
    page.locator("#xhht-brief-day input, #xhht-brief-day textarea").first.fill("01/10/2024")
    page.locator("#xhht-brief-make").click()
    brief = page.locator("#xhht-brief .xhht-brief")
    brief.wait_for(timeout=TIMEOUT_MS)
    assert "20/11/2024" in brief.inner_text()
    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.locator("#xhht-brief-pdf").click()
    pdf = tmp_path / "brief.pdf"
    download.value.save_as(pdf)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "20/11/2024" in text and "Sở Giáo dục và Đào tạo" in text

    page.locator("#xhht-compare-run").click()
    page.locator("#xhht-compare-sources details").first.wait_for(timeout=TIMEOUT_MS)
    assert "Hạn báo cáo" in page.locator("#xhht-compare").inner_text()
    assert page.locator("#xhht-compare-xlsx").is_visible()
    no_sideways_scroll(page)
    name = "web-meeting-phone-360.png" if width < 500 else "web-meeting-1280.png"
    page.screenshot(path=str(artifacts_dir / name), full_page=True)
