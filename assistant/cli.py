"""`xhht` command line: a thin layer that turns library results and errors into text."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from index.errors import XhhtError
from index.settings import Settings
from index.textnorm import printable

from .commands.brief import brief_cmd
from .commands.compare import compare_cmd
from .commands.quiz import quiz_cmd
from .commands.summary import summary_cmd

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except XhhtError as exc:
        raise click.ClickException(f"Cấu hình không hợp lệ: {exc}") from None


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(printable(str(exc)))


class _Progress:
    """One tqdm bar per stage, on stderr; silent when stderr is not a terminal and --quiet."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar = None
        self._stage = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        from tqdm import tqdm

        if stage != self._stage:
            self.close()
            self._stage = stage
            self._bar = tqdm(total=total, desc=stage, unit="", file=sys.stderr, leave=True, dynamic_ncols=True, disable=None)
        self._bar.n = done
        self._bar.refresh()
        if done >= total:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
            self._stage = None

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()  # before any message, so a bar never swallows the last line


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Ghi log chi tiết (tiếng Anh) ra stderr.")
def main(verbose: bool) -> None:
    """Trợ lý XHHT — hỏi đáp có trích dẫn về các kế hoạch xây dựng xã hội học tập."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@main.command("index")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Lập lại toàn bộ chỉ mục (vector vẫn lấy từ bộ nhớ đệm).")
@click.option("-q", "--quiet", is_flag=True, help="Không hiện thanh tiến trình.")
def index_cmd(paths: tuple[Path, ...], rebuild: bool, quiet: bool) -> None:
    """Lập chỉ mục docs_src/ (hoặc XHHT_DOCS), hoặc các tệp/thư mục được chỉ định."""
    from index.pipeline import Indexer

    settings = _settings()
    try:
        with _Progress(enabled=not quiet) as progress:
            report = Indexer(settings, progress).run(list(paths) or None, rebuild=rebuild)
    except XhhtError as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        click.echo("Đã dừng; chỉ mục trước đó vẫn dùng được.", err=True)
        sys.exit(130)
    for item in report.skipped:
        click.echo(f"Bỏ qua {printable(item.source)}: {printable(item.reason)}", err=True)
    if report.changed:
        click.echo(
            f"Đã lập chỉ mục {report.documents} tài liệu, {report.chunks} đoạn "
            f"({report.files_indexed} tệp mới/đổi, {report.files_reused} tệp giữ nguyên, "
            f"{report.embedded} vector mới) trong {report.seconds:.1f} giây."
        )
    else:
        click.echo(
            f"Không có thay đổi: {report.documents} tài liệu, {report.chunks} đoạn ({report.seconds:.2f} giây)."
        )
    if report.skipped:
        click.echo(f"{len(report.skipped)} tệp bị bỏ qua.", err=True)
        sys.exit(1)


@main.command("docs")
@click.option("--json", "as_json", is_flag=True, help="In JSON.")
def docs_cmd(as_json: bool) -> None:
    """Liệt kê các tài liệu đã lập chỉ mục cùng thông tin của chúng."""
    from index.store import Library

    try:
        library = Library.open(_settings())
    except XhhtError as exc:
        raise _fail(exc) from None
    counts: dict[str, int] = {}
    for chunk in library.chunks:
        counts[chunk.doc_id] = counts.get(chunk.doc_id, 0) + 1
    if as_json:
        rows = [dict(d.to_dict(), chunks=counts.get(d.doc_id, 0)) for d in library.documents]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for d in library.documents:
        click.echo(f"{d.doc_id}")
        number = f"số {d.number}" if d.number else f"({d.number_display})"
        click.echo(f"  {d.kind} {number} — {d.issuer}")
        click.echo(f"  Cấp: {d.level or '?'} · Địa phương: {d.locality or '?'}"
                   + (f" ({d.parent_locality})" if d.parent_locality else "")
                   + f" · Ngày: {d.date or 'chưa rõ'} · {counts.get(d.doc_id, 0)} đoạn")
        click.echo(f"  {d.title}")
        click.echo(f"  Tệp: {d.source}")


@main.command("search")
@click.argument("query")
@click.option("--k", "top_k", default=5, show_default=True, type=click.IntRange(1, 100), help="Số kết quả.")
@click.option("--locality", help="Chỉ tìm trong tài liệu của địa phương này.")
@click.option("--json", "as_json", is_flag=True, help="In JSON.")
def search_cmd(query: str, top_k: int, locality: str | None, as_json: bool) -> None:
    """Tìm các đoạn liên quan (BM25 + vector, lái theo địa phương/số văn bản)."""
    from .searcher import open_searcher

    if not query.strip():
        raise click.BadParameter("câu tìm kiếm trống", param_hint="QUERY")
    try:
        searcher = open_searcher(_settings())
        hits = searcher.search(query, top_k=top_k, locality=locality)
    except XhhtError as exc:
        raise _fail(exc) from None
    if as_json:
        click.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("Không tìm thấy đoạn nào.")
    for rank, hit in enumerate(hits, start=1):
        d = hit.document
        click.echo(f"[{rank}] {d.kind} {d.number_display} — {d.issuer} ({d.date or 'chưa rõ ngày'})  điểm {hit.score:.3f}")
        click.echo(f"    {hit.chunk.section}")
        text = hit.chunk.text.replace("\n", " ")
        click.echo(f"    {text[:400]}{'…' if len(text) > 400 else ''}")


@main.command("ask")
@click.argument("question")
@click.option("--locality", help="Chỉ trả lời theo tài liệu của địa phương này.")
@click.option("--json", "as_json", is_flag=True, help="In JSON.")
def ask_cmd(question: str, locality: str | None, as_json: bool) -> None:
    """Trả lời một câu hỏi, kèm trích dẫn điều khoản."""
    from .llm import open_assistant

    if not question.strip():
        raise click.BadParameter("câu hỏi trống", param_hint="QUESTION")
    try:
        answer = open_assistant(_settings()).ask(question, locality=locality)
    except XhhtError as exc:
        raise _fail(exc) from None
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(answer.answer)
    if answer.citations:
        click.echo("\nNguồn:")
    for c in answer.citations:
        click.echo(f"[{c.n}] {c.label} — {c.section}")
        click.echo(f"    “{c.quote}”")


@main.command("eval")
@click.option("--questions", "questions_file", type=click.Path(path_type=Path), default=Path("evals/questions.jsonl"),
              show_default=True, help="Tệp câu hỏi (JSONL).")
@click.option("--out", type=click.Path(path_type=Path), help="Ghi từng câu trả lời (JSONL).")
@click.option("--summary", type=click.Path(path_type=Path), help="Ghi tóm tắt (JSON).")
@click.option("--report", type=click.Path(path_type=Path), help="Ghi báo cáo Markdown (kèm biểu đồ PNG).")
@click.option("--compare", is_flag=True, help="So sánh naive / dense / bm25 / hybrid / assistant.")
@click.option("--test", "test_file", type=click.Path(path_type=Path),
              help="Tập kiểm tra giữ riêng (vd. evals/questions-test.jsonl): chỉ báo cáo chỉ số tổng hợp.")
@click.option("--system", default="assistant", show_default=True,
              type=click.Choice(["assistant", "hybrid", "hybrid-rrf", "bm25", "dense", "naive"]))
def eval_cmd(questions_file: Path, out: Path | None, summary: Path | None, report: Path | None, compare: bool,
             test_file: Path | None, system: str) -> None:
    """Chạy bộ câu hỏi đánh giá và chấm điểm."""
    from assistant.web.server import ensure_index
    from evals.harness import evaluate, write_outputs
    from evals.questions import load_questions
    from evals.report import write_report
    from evals.systems import COMPARE_SYSTEMS, build_system

    settings = _settings()
    try:
        questions = load_questions(questions_file)
        with _Progress(enabled=True) as progress:
            ensure_index(settings, progress, lambda line: click.echo(line, err=True))
        held_out_questions = load_questions(test_file) if test_file else None
        names = COMPARE_SYSTEMS if compare else [system]
        runs = []
        for name in names:
            with _Progress(enabled=True) as progress:
                runs.append(evaluate(build_system(name, settings), questions, settings.corpus, progress))
        held_out = None
        if held_out_questions is not None:
            with _Progress(enabled=True) as progress:
                held_out = evaluate(build_system(system, settings), held_out_questions, settings.corpus, progress)
    except XhhtError as exc:
        raise _fail(exc) from None
    main_run = runs[-1]
    write_outputs(main_run, out, summary)
    if report:
        write_report(runs, report, questions_file, held_out, test_file)
    for finished in runs:
        s = finished.summary
        click.echo(
            f"{finished.system:>11}: answer {s['answer_accuracy']:.3f} · abstention {s['abstention_accuracy']:.3f} · "
            f"citations {s['citation_validity']:.3f} · hit@1 {s['retrieval_hit_at_1']:.3f} · "
            f"hit@5 {s['retrieval_hit_at_5']:.3f} · MRR {s['mrr']:.3f} · "
            f"p50 {s['latency_p50_ms']:.0f} ms · p95 {s['latency_p95_ms']:.0f} ms · n={s['n']}"
        )
    if held_out is not None:
        t = held_out.summary
        click.echo(
            f"{'test':>11}: answer {t['answer_accuracy']:.3f} · abstention {t['abstention_accuracy']:.3f} "
            f"(precision {t['abstention_precision']:.3f}) · citations {t['citation_validity']:.3f} · "
            f"hit@5 {t['retrieval_hit_at_5']:.3f} · p50 {t['latency_p50_ms']:.0f} ms · p95 {t['latency_p95_ms']:.0f} ms "
            f"· n={t['n']}"
        )
    if report:
        click.echo(f"Báo cáo: {report}")


def _scale_sizes(values: tuple[str, ...]) -> list[int]:
    """'--scale 6,60 --scale 300' -> [6, 60, 300]."""
    sizes = []
    for part in (p.strip() for value in values for p in value.split(",")):
        if not part.isdigit() or not 1 <= int(part) <= 4000:
            raise click.BadParameter(f"'{part}' phải là số tài liệu từ 1 đến 4000", param_hint="--scale")
        sizes.append(int(part))
    return sizes


@main.command("bench")
@click.option("--queries", "n_queries", default=60, show_default=True, type=click.IntRange(10, 10000))
@click.option("--docs", "docs_path", type=click.Path(path_type=Path), help="Thư mục tài liệu (mặc định XHHT_DOCS).")
@click.option("--scale", "scale", multiple=True, metavar="N[,N...]",
              help="Đo theo quy mô: kho thử N tài liệu chép từ docs_src/ sang địa phương khác (vd. 6,60,300,1000).")
@click.option("--chroma-server", is_flag=True,
              help="Với --scale: đo thêm trên một máy chủ Chroma (chroma run) tự khởi động.")
@click.option("--questions", "n_questions", default=60, show_default=True, type=click.IntRange(1, 1000),
              help="Với --scale: số câu hỏi nêu tên địa phương tối đa cho mỗi N.")
@click.option("--seed", default=0, show_default=True, type=int, help="Với --scale: hạt giống của kho thử.")
@click.option("--out", type=click.Path(path_type=Path),
              help="Với --scale: ghi báo cáo Markdown (vd. evals/scale.md), kèm biểu đồ .png và số liệu .json.")
@click.option("--before", "before_path", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Với --scale --out: số liệu .json của một lần đo trước, đặt cạnh để so sánh.")
def bench_cmd(n_queries: int, docs_path: Path | None, scale: tuple[str, ...], chroma_server: bool, n_questions: int,
              seed: int, out: Path | None, before_path: Path | None) -> None:
    """Đo thời gian lập chỉ mục (lạnh, không đổi), độ trễ tìm kiếm và tra cứu nhanh mỗi phím (p50/p95), RSS đỉnh;
    với --scale: đo theo số tài liệu."""
    if not scale:
        if chroma_server or out or before_path:
            raise click.UsageError("--chroma-server, --out và --before chỉ dùng cùng --scale")
        from .bench import run_bench

        try:
            result = run_bench(_settings(), n_queries=n_queries, docs=docs_path)
        except XhhtError as exc:
            raise _fail(exc) from None
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    from evals.scale_bench import ScaleReport, run_scale
    from evals.scale_report import markdown_table, write_report

    sizes = _scale_sizes(scale)
    before = None
    if before_path:
        try:
            before = ScaleReport.from_dict(json.loads(before_path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise click.BadParameter(f"không đọc được {before_path}: {exc}", param_hint="--before") from None
    try:
        def save(report: ScaleReport) -> list[Path]:  # after every run too: a stopped benchmark keeps its figures
            return write_report(report, out, chroma_server, before, before_path) if out else []

        with _Progress(enabled=True) as progress:
            report = run_scale(_settings(), sizes, chroma_server=chroma_server, question_limit=n_questions, seed=seed,
                               echo=lambda line: click.echo(line, err=True), progress=progress, checkpoint=save)
        written = save(report)
    except XhhtError as exc:
        raise _fail(exc) from None
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    click.echo("\n" + markdown_table(report), err=True)
    if written:
        click.echo("Báo cáo: " + ", ".join(map(str, written)), err=True)


for _command in (summary_cmd, quiz_cmd, brief_cmd, compare_cmd):
    main.add_command(_command)


def run() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception as exc:  # a bug: say what and where to look, exit non-zero
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        click.echo(f"Lỗi không mong đợi: {type(exc).__name__}: {exc} (chạy lại với -v để xem chi tiết)", err=True)
        sys.exit(1)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Địa chỉ lắng nghe (0.0.0.0 để mở cho mạng LAN).")
@click.option("--port", default=7860, show_default=True, type=click.IntRange(1, 65535), help="Cổng.")
def serve_cmd(host: str, port: int) -> None:
    """Mở trợ lý trên trình duyệt (lần đầu tự lập chỉ mục docs_src/)."""
    # Many chats embed their questions at once: one OpenMP thread each beats teams of threads fighting
    # over the cores. Read once, when the embedder and numpy load, so it must be set before they do.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from .web.server import serve

    try:
        with _Progress(enabled=True) as progress:
            serve(_settings(), host, port, progress, lambda line: click.echo(line, err=True))
    except XhhtError as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        click.echo("Đã dừng.", err=True)


if __name__ == "__main__":  # pragma: no cover
    run()
