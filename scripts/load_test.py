"""Load test of a running `xhht serve`: N simultaneous users, each asking a different question.

    python scripts/load_test.py [--url http://127.0.0.1:7860] [--users 20] [--timeout 120]

Each user has its own Gradio session (gradio_client) and calls the chat endpoint `/hoi`. Every
question is first asked once on its own for a reference; then all users ask at the same moment,
and each reply must carry its own question and the same answer as the reference (none mixed up).
Prints p50/p95 latency under load; exits 1 on any error, mismatch or timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError
from dataclasses import dataclass
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from gradio_client import Client  # noqa: E402

QUESTIONS = [
    "UBND các huyện ở Bình Dương gửi báo cáo cho ai, trước ngày nào?",
    "Ninh Bình báo cáo kết quả trước ngày nào?",
    "Hà Nam: các đơn vị báo cáo về đâu và trước ngày nào?",
    "Chỉ tiêu gia đình học tập năm 2025 là bao nhiêu?",
    "Khi nào sơ kết, tổng kết phong trào ở Bình Dương?",
    "Xã An Nghiệp giao ai chủ trì thực hiện kế hoạch?",
    "Kinh phí thực hiện kế hoạch lấy từ đâu?",
    "Kế hoạch 151/KH-UBND căn cứ vào văn bản nào?",
    "Công văn 09/CV-HKH gửi cho ai?",
    "Kế hoạch 3853/KH-UBND thực hiện chương trình gì?",
    "Sở Nội vụ Bình Dương có nhiệm vụ gì?",
    "Hội Khuyến học tỉnh Bình Dương làm gì trong phong trào?",
    "Giai đoạn 2 của phong trào ở Ninh Bình kéo dài từ năm nào đến năm nào?",
    "Hình thức khen thưởng của phong trào thi đua là gì?",
    "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Hà Nam là gì?",
    "Ủy ban Mặt trận Tổ quốc xã An Nghiệp tham gia thế nào?",
    "Trường học trên địa bàn xã An Nghiệp báo cáo cho ai?",
    "Tiêu chí đánh giá cộng đồng học tập cấp thôn là gì?",
    "Sở Giáo dục và Đào tạo Ninh Bình có trách nhiệm gì?",
    "Số điện thoại của Sở Giáo dục và Đào tạo Hà Nam là gì?",
]
ENDPOINT = "/hoi"


@dataclass
class Reply:
    question: str
    seconds: float
    user_message: str
    answer: str
    error: str = ""


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(_text(c) for c in content)
    if isinstance(content, dict):
        return str(content.get("text", ""))
    return ""


def parse(question: str, seconds: float, outputs: Any) -> Reply:
    """From the endpoint's outputs: the chat's last user message and the plain answer-with-sources text."""
    chat = next((o for o in outputs if isinstance(o, list)), [])
    users = [m for m in chat if isinstance(m, dict) and m.get("role") == "user"]
    user_message = _text(users[-1]["content"]) if users else ""
    texts = [o for o in outputs if isinstance(o, str) and o and not o.lstrip().startswith("<")]
    return Reply(question, seconds, user_message, max(texts, key=len) if texts else "")


def ask(client: Client, question: str) -> Reply:
    started = time.perf_counter()
    try:
        outputs = client.predict(question, "all", api_name=ENDPOINT)
    except Exception as exc:  # reported, not raised: one failure must not hide the others
        return Reply(question, time.perf_counter() - started, "", "", f"{type(exc).__name__}: {exc}")
    return parse(question, time.perf_counter() - started, outputs)


def unescape_md(text: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"\\(.)", r"\1", text))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:7860")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed for the concurrent round")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    questions = [QUESTIONS[i % len(QUESTIONS)] + ("" if i < len(QUESTIONS) else f" (lần {i // len(QUESTIONS) + 1})")
                 for i in range(args.users)]

    reference = {q: ask(Client(args.url, verbose=False), q) for q in questions}  # a fresh session each: no history
    failed_reference = [r for r in reference.values() if r.error]
    if failed_reference:
        print(f"reference round failed: {failed_reference[0].error}", file=sys.stderr)
        return 1

    clients = [Client(args.url, verbose=False) for _ in questions]
    barrier = threading.Barrier(len(questions))

    def user(i: int) -> Reply:
        barrier.wait(timeout=30)
        return ask(clients[i], questions[i])

    started = time.perf_counter()
    replies: list[Reply] = []
    with ThreadPoolExecutor(max_workers=len(questions)) as pool:
        futures = [pool.submit(user, i) for i in range(len(questions))]
        deadline = started + args.timeout
        for q, future in zip(questions, futures, strict=True):
            try:
                replies.append(future.result(timeout=max(0.1, deadline - time.perf_counter())))
            except TimeoutError:
                replies.append(Reply(q, args.timeout, "", "", "timed out"))
    wall = time.perf_counter() - started

    problems = []
    for r in replies:
        if r.error:
            problems.append(f"{r.question!r}: {r.error}")
        elif unescape_md(r.user_message) != r.question:
            problems.append(f"{r.question!r}: reply belongs to {r.user_message!r}")
        elif r.answer != reference[r.question].answer:
            problems.append(f"{r.question!r}: answer differs from the same question asked alone")
    latencies = [r.seconds for r in replies if not r.error]
    summary = {
        "users": len(questions), "answered": len(latencies), "problems": len(problems),
        "p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "p95_s": round(percentile(latencies, 0.95), 3) if latencies else None,
        "max_s": round(max(latencies), 3) if latencies else None,
        "wall_s": round(wall, 3),
        "alone_p50_s": round(statistics.median(r.seconds for r in reference.values()), 3),
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(f"{summary['users']} simultaneous users, {summary['answered']} answered, {len(problems)} problems; "
              f"p50 {summary['p50_s']} s, p95 {summary['p95_s']} s, max {summary['max_s']} s, "
              f"round {summary['wall_s']} s (one user alone: p50 {summary['alone_p50_s']} s)")
    for line in problems:
        print("  " + line, file=sys.stderr)
    return 1 if problems or len(latencies) < len(questions) else 0


if __name__ == "__main__":
    sys.exit(main())
