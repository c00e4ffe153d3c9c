"""Real-browser tests: Debian's chromium driven by Playwright against the running app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.settings import Settings

from .conftest import ADMIN_PASSWORD, WebServer, make_docx, start_server

pytestmark = pytest.mark.browser

QUESTION = "UBND các huyện ở Bình Dương gửi báo cáo cho ai, trước ngày nào?"
FOLLOW_UP = "còn Hà Nam thì sao?"
XSS = "<script>window.__xss=1</script>"
ANSWER_TIMEOUT_MS = 60_000


@pytest.fixture
def page(browser: Any, web_server: WebServer) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.xhht_requests = []  # type: ignore[attr-defined]
    page.on("request", lambda r: page.xhht_requests.append(r.url))
    page.goto(web_server.url)
    page.wait_for_selector("#xhht-question textarea", timeout=ANSWER_TIMEOUT_MS)
    yield page
    context.close()


def ask(page: Any, question: str) -> None:
    turns = page.locator("#xhht-sources .xhht-turn").count()
    box = page.locator("#xhht-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('#xhht-sources .xhht-turn').length > {turns}",
                           timeout=ANSWER_TIMEOUT_MS)


def last_answer(page: Any) -> str:
    return page.locator("#xhht-chat .message.bot, #xhht-chat [data-testid='bot']").last.inner_text()


def test_ask_open_citation_follow_up_and_screenshots(page: Any, browser: Any, web_server: WebServer,
                                                     artifacts_dir: Path) -> None:
    ask(page, QUESTION)
    answer = last_answer(page)
    assert "20 tháng 11" in answer
    card = page.locator("#xhht-cite-1-1")
    assert "151/KH-UBND" in card.inner_text()
    assert not card.evaluate("el => el.open")

    page.locator("#xhht-chat a[href='#xhht-cite-1-1']").first.click()
    page.wait_for_function("document.getElementById('xhht-cite-1-1').open")
    opened = card.inner_text()
    assert "15/01/2024" in opened and "Tổ chức thực hiện" in opened
    assert "20 tháng 11" in card.locator("mark").first.inner_text()
    page.screenshot(path=str(artifacts_dir / "web-desktop-1280.png"), full_page=True)

    ask(page, FOLLOW_UP)
    follow = last_answer(page)
    assert follow != answer
    assert "Hà Nam" in page.locator("#xhht-sources .xhht-turn").first.inner_text()
    assert "05 tháng 12" in follow or "5 tháng 12" in follow
    page.screenshot(path=str(artifacts_dir / "web-desktop-1280-followup.png"), full_page=True)

    hosts = {url.split("/")[2] for url in page.xhht_requests if "://" in url and not url.startswith("data:")}
    assert hosts == {web_server.url.split("/")[2]}, f"outbound requests: {hosts}"

    phone = browser.new_context(viewport={"width": 360, "height": 780}, is_mobile=True, has_touch=True)
    try:
        small = phone.new_page()
        small.goto(web_server.url)
        small.wait_for_selector("#xhht-question textarea", timeout=ANSWER_TIMEOUT_MS)
        ask(small, QUESTION)
        assert "20 tháng 11" in last_answer(small)
        width = small.evaluate("document.documentElement.scrollWidth")
        assert width <= 360 + 2, f"page scrolls sideways on a phone ({width}px)"
        small.screenshot(path=str(artifacts_dir / "web-phone-360.png"), full_page=True)
    finally:
        phone.close()


def test_xss_probe_stays_inert(page: Any) -> None:
    ask(page, XSS)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert XSS in page.locator("#xhht-chat").inner_text()
    assert XSS in page.locator("#xhht-sources .xhht-q").first.inner_text()


def test_example_question_is_asked_on_click_and_rated(page: Any, web_server: WebServer) -> None:
    from assistant.web.feedback import FeedbackStore

    page.locator("#xhht-examples").get_by_text(QUESTION[:40]).first.click()
    page.wait_for_function("document.querySelectorAll('#xhht-sources .xhht-turn').length > 0",
                           timeout=ANSWER_TIMEOUT_MS)
    assert "20 tháng 11" in last_answer(page)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.locator("#xhht-copy").click()
    page.get_by_text("Đã sao chép").first.wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "20 tháng 11" in copied and "Nguồn:" in copied and "151/KH-UBND" in copied
    page.locator("#xhht-comment textarea").fill("rõ ràng, đúng hạn")
    page.locator("#xhht-up").click()
    page.locator("#xhht-feedback-status").get_by_text("Cảm ơn").wait_for()
    rows = FeedbackStore(web_server.settings.home / "feedback.sqlite").rows()
    assert any(r.question == QUESTION and r.rating == 1 and r.comment == "rõ ràng, đúng hạn" for r in rows)


def test_reports_tab_shows_chain_and_opens_clause(page: Any) -> None:
    page.get_by_role("tab", name="Báo cáo & thời hạn").click()
    chains = page.locator("#xhht-chains")
    chains.get_by_text("151/KH-UBND").first.click()
    assert "Sở Giáo dục và Đào tạo" in chains.inner_text()
    cell = page.locator("#xhht-deadlines").get_by_role("gridcell").filter(has_text="hạn báo cáo").first
    cell.click()
    page.wait_for_function("document.querySelector('#xhht-deadline-clause mark') !== null")
    assert "Mục:" in page.locator("#xhht-deadline-clause").inner_text()


def test_admin_refuses_without_password_then_indexes_docx(page: Any, tmp_path: Path, artifacts_dir: Path) -> None:
    page.get_by_role("tab", name="Thêm tài liệu").click()
    assert not page.locator("#xhht-upload-go").is_visible()
    page.locator("#xhht-password input").fill("sai-mat-khau")
    page.locator("#xhht-login").click()
    page.get_by_text("Sai mật khẩu").wait_for()
    assert not page.locator("#xhht-upload-go").is_visible()

    page.locator("#xhht-password input").fill(ADMIN_PASSWORD)
    page.locator("#xhht-login").click()
    page.locator("#xhht-upload-go").wait_for(state="visible")
    docx = make_docx(tmp_path / "ke-hoach-phu-thinh.docx", extra="Ghi chú: <script>window.__xss=2</script> 3 < 5 &lt;b&gt;x&lt;/b&gt;")
    junk = tmp_path / "hong.docx"
    junk.write_bytes(b"not a docx at all")
    page.locator("#xhht-upload input[type=file]").set_input_files([str(docx), str(junk)])
    page.wait_for_timeout(1000)
    page.locator("#xhht-upload-go").click()
    result = page.locator("#xhht-upload-result")
    result.wait_for(timeout=180_000)
    text = result.inner_text()
    assert "Đã lập chỉ mục" in text and "ke-hoach-phu-thinh.docx" in text
    assert "Bỏ qua" in text and "hong.docx" in text
    page.screenshot(path=str(artifacts_dir / "web-admin-upload.png"), full_page=True)

    page.get_by_role("tab", name="Tài liệu", exact=True).click()
    docs = page.locator("#xhht-docs")
    docs.get_by_role("gridcell").filter(has_text="27/KH-UBND").first.click()
    page.wait_for_function("document.querySelector('#xhht-doc-text').innerText.includes('Phú Thịnh')")
    shown = page.locator("#xhht-doc-text").inner_text()
    assert "3 < 5 &lt;b&gt;x&lt;/b&gt;" in shown  # the cleaner drops tags; what remains is shown as typed
    assert page.locator("#xhht-doc-text b", has_text="x").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"

    page.get_by_role("tab", name="Hỏi đáp").click()
    ask(page, "Xã Phú Thịnh báo cáo kết quả trước ngày nào?")
    assert "15 tháng 10" in last_answer(page)


def test_admin_tab_explains_how_to_enable_when_no_password(browser: Any, web_root: Path) -> None:
    settings = Settings.from_env({"XHHT_HOME": str(web_root / "home"), "XHHT_DOCS": str(web_root / "docs")})
    server, app = start_server(settings)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(server.url)
        page.get_by_role("tab", name="Thêm tài liệu").click()
        note = page.locator("#xhht-admin-disabled")
        note.wait_for()
        assert "XHHT_ADMIN_PASSWORD" in note.inner_text()
        assert page.locator("#xhht-upload").count() == 0 and page.locator("#xhht-password").count() == 0
    finally:
        context.close()
        app.close()  # type: ignore[attr-defined]
