"""Load test of `xhht serve`: N simultaneous users, each asking a different question.

    python scripts/load_test.py [--url http://127.0.0.1:7860 | --serve] [--users 20 [--users 50]]
                                [--client http|gradio] [--timeout 120] [--json]

Each user has its own Gradio session and calls the chat event (`/hoi`). Every question is first asked
once on its own for a reference; then all users of a round ask at the same moment, and each reply must
carry its own question and the same answer as the reference (none mixed up). Latency runs until the
final answer has arrived. Prints p50/p95 latency per round; exits 1 on any error, mismatch or timeout.

--serve starts its own `xhht serve` on a free port (XHHT_HOME and the rest from the environment), waits
until it answers and stops it at the end. --users may be repeated: one round per value.

--client http (default) is a light browser-like client: one asyncio thread, plain HTTP against Gradio's
queue (POST /gradio_api/queue/join, then the server-sent events of /gradio_api/queue/data), so the
clients leave the CPUs to the server. Like a browser tab, each user opens the page first (its load
events, untimed), then all ask at once; --fresh-sessions skips the page opening. --client gradio uses
gradio_client, one thread per user, whose first question also sets its session up.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from evals.scale_processes import stop_process

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

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
API_NAME = "hoi"
ENDPOINT = "/" + API_NAME
PREFIX = "/gradio_api"


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


def unescape_md(text: str) -> str:
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank q-quantile (0 ≤ q ≤ 1) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def sse_events(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The JSON payloads of a server-sent event stream, given its lines (comments and other fields skipped)."""
    data: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line:
            if data:
                yield json.loads("\n".join(data))
                data = []
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    if data:
        yield json.loads("\n".join(data))


def questions_for(users: int) -> list[str]:
    return [QUESTIONS[i % len(QUESTIONS)] + ("" if i < len(QUESTIONS) else f" (lần {i // len(QUESTIONS) + 1})")
            for i in range(users)]


# -- clients --------------------------------------------------------------------------------------


class HttpClient:
    """What browser tabs do: open the page (its load events), then, all at once, ask (join the queue and
    read the session's event stream). Only the question is timed; with fresh=True there is no page opening,
    so the server also sets each session up inside the timed question."""

    def __init__(self, url: str, fresh: bool = False) -> None:
        import httpx

        self.url = url.rstrip("/")
        self.fresh = fresh
        config = httpx.get(self.url + "/config", timeout=30).raise_for_status().json()
        self.fn_index, self.n_inputs = next(
            (d["id"], len(d["inputs"])) for d in config["dependencies"] if d.get("api_name") == API_NAME)
        self.on_load = [(d["id"], len(d["inputs"])) for d in config["dependencies"]
                        if any(event == "load" for _, event in d.get("targets", []))]
        self.limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
        self.asking_s = 0.0

    async def event(self, http: Any, session: str, fn_index: int, data: list[Any]) -> dict[str, Any]:
        """Join the queue with one event and read the stream until it completes; its last message."""
        joined = await http.post(f"{self.url}{PREFIX}/queue/join", json={
            "data": data, "fn_index": fn_index, "session_hash": session, "event_data": None, "trigger_id": None})
        joined.raise_for_status()
        async with http.stream("GET", f"{self.url}{PREFIX}/queue/data", params={"session_hash": session},
                               headers={"Accept": "text/event-stream"}) as stream:
            stream.raise_for_status()
            lines: list[str] = []
            async for line in stream.aiter_lines():
                lines.append(line)
                if line:
                    continue
                for message in sse_events(lines):
                    if message.get("msg") in ("process_completed", "unexpected_error", "server_stopped"):
                        return message
                lines = []
        return {"msg": "stream ended without an answer"}

    async def open_page(self, http: Any, session: str) -> None:
        for fn_index, n_inputs in self.on_load:
            await self.event(http, session, fn_index, [None] * n_inputs)

    async def ask(self, http: Any, session: str, question: str) -> Reply:
        data: list[Any] = [question, "all", *[None] * (self.n_inputs - 2)]  # the State input is the server's
        started = time.perf_counter()
        try:
            message = await self.event(http, session, self.fn_index, data)
        except Exception as exc:  # reported, not raised: one failure must not hide the others
            return Reply(question, time.perf_counter() - started, "", "", f"{type(exc).__name__}: {exc}")
        seconds = time.perf_counter() - started
        if message.get("msg") != "process_completed" or not message.get("success"):
            return Reply(question, seconds, "", "", f"error: {message}")
        return parse(question, seconds, message["output"]["data"])

    def run(self, questions: list[str], timeout: float) -> list[Reply]:
        import httpx

        async def all_at_once() -> list[Reply]:
            async with httpx.AsyncClient(timeout=timeout, limits=self.limits) as http:
                sessions = [uuid.uuid4().hex[:11] for _ in questions]
                if not self.fresh:
                    await asyncio.gather(*(self.open_page(http, s) for s in sessions))

                async def one(session: str, q: str) -> Reply:
                    try:
                        return await asyncio.wait_for(self.ask(http, session, q), timeout)
                    except TimeoutError:
                        return Reply(q, timeout, "", "", "timed out")

                started = time.perf_counter()
                replies = await asyncio.gather(*(one(s, q) for s, q in zip(sessions, questions, strict=True)))
                self.asking_s = time.perf_counter() - started  # the round without the page openings
                return list(replies)

        return asyncio.run(all_at_once())


class GradioClient:
    """gradio_client, one Client (one session) and one thread per user."""

    def __init__(self, url: str) -> None:
        from gradio_client import Client

        self.url = url
        self.client = Client

    def ask(self, client: Any, question: str) -> Reply:
        started = time.perf_counter()
        try:
            outputs = client.predict(question, "all", api_name=ENDPOINT)
        except Exception as exc:  # reported, not raised: one failure must not hide the others
            return Reply(question, time.perf_counter() - started, "", "", f"{type(exc).__name__}: {exc}")
        return parse(question, time.perf_counter() - started, outputs)

    def run(self, questions: list[str], timeout: float) -> list[Reply]:
        clients = [self.client(self.url, verbose=False) for _ in questions]
        barrier = threading.Barrier(len(questions))

        def user(i: int) -> Reply:
            barrier.wait(timeout=30)
            return self.ask(clients[i], questions[i])

        replies: list[Reply] = []
        with ThreadPoolExecutor(max_workers=len(questions)) as pool:
            futures = [pool.submit(user, i) for i in range(len(questions))]
            deadline = time.perf_counter() + timeout
            for q, future in zip(questions, futures, strict=True):
                try:
                    replies.append(future.result(timeout=max(0.1, deadline - time.perf_counter())))
                except TimeoutError:
                    replies.append(Reply(q, timeout, "", "", "timed out"))
        return replies


# -- the server -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def own_server(wait_s: float = 900.0) -> Iterator[str]:
    """`xhht serve` on a free port of 127.0.0.1, with this environment; stopped on exit."""
    import httpx

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + wait_s
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"xhht serve exited with code {process.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"xhht serve did not answer within {wait_s:.0f} s")
            try:
                if httpx.get(url + "/config", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        yield url
    finally:
        stop_process(process)


# -- the test -------------------------------------------------------------------------------------


def check(replies: list[Reply], reference: dict[str, Reply]) -> list[str]:
    problems = []
    for r in replies:
        if r.error:
            problems.append(f"{r.question!r}: {r.error}")
        elif unescape_md(r.user_message) != r.question:
            problems.append(f"{r.question!r}: reply belongs to {r.user_message!r}")
        elif r.answer != reference[r.question].answer:
            problems.append(f"{r.question!r}: answer differs from the same question asked alone")
    return problems


def load_round(client: HttpClient | GradioClient, users: int, timeout: float,
               reference: dict[str, Reply]) -> tuple[dict[str, Any], list[str]]:
    questions = questions_for(users)
    for q in questions:  # one at a time, each in a fresh session: no history, no load
        if q not in reference:
            reference[q] = client.run([q], timeout)[0]
            if reference[q].error:
                return {"users": users}, [f"reference {q!r}: {reference[q].error}"]
    load = os.getloadavg()[0]  # the shared machine's own load, before this round adds to it
    started = time.perf_counter()
    replies = client.run(questions, timeout)
    wall = getattr(client, "asking_s", None) or time.perf_counter() - started
    problems = check(replies, reference)
    latencies = [r.seconds for r in replies if not r.error]
    if len(latencies) < len(questions) and not problems:
        problems.append("not every user was answered")
    alone = [reference[q].seconds for q in questions]
    summary = {
        "users": users, "answered": len(latencies), "problems": len(problems),
        "p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "p95_s": round(percentile(latencies, 0.95), 3) if latencies else None,
        "max_s": round(max(latencies), 3) if latencies else None,
        "wall_s": round(wall, 3),
        "alone_p50_s": round(statistics.median(alone), 3),
        "loadavg_1m": load,
    }
    return summary, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--url", default="http://127.0.0.1:7860")
    where.add_argument("--serve", action="store_true", help="start (and stop) an own `xhht serve` on a free port")
    parser.add_argument("--users", type=int, action="append", help="simultaneous users; repeat for more rounds")
    parser.add_argument("--client", choices=["http", "gradio"], default="http")
    parser.add_argument("--fresh-sessions", action="store_true",
                        help="http client: ask without opening the page first, so each question also pays for "
                             "setting its session up on the server (gradio_client always does)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed for each concurrent round")
    parser.add_argument("--json", action="store_true", help="print each round's summary as JSON")
    args = parser.parse_args()
    rounds = args.users or [20]
    if min(rounds) < 1:
        parser.error("--users must be at least 1")

    failed = False
    with own_server() if args.serve else _given(args.url) as url:
        client = HttpClient(url, fresh=args.fresh_sessions) if args.client == "http" else GradioClient(url)
        reference: dict[str, Reply] = {}
        for users in rounds:
            summary, problems = load_round(client, users, args.timeout, reference)
            summary["client"] = args.client + ("-fresh" if args.fresh_sessions and args.client == "http" else "")
            if args.json:
                print(json.dumps(summary, ensure_ascii=False), flush=True)
            elif "p50_s" in summary:
                print(f"{summary['users']} simultaneous users ({summary['client']} client), {summary['answered']} answered, "
                      f"{len(problems)} problems; p50 {summary['p50_s']} s, p95 {summary['p95_s']} s, "
                      f"max {summary['max_s']} s, round {summary['wall_s']} s (one user alone: p50 "
                      f"{summary['alone_p50_s']} s; 1-min load average before the round {summary['loadavg_1m']:.2f})", flush=True)
            for line in problems:
                print("  " + line, file=sys.stderr)
            failed = failed or bool(problems)
    return 1 if failed else 0


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


if __name__ == "__main__":
    sys.exit(main())
