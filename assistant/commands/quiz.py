"""`xhht quiz`: an Ôn tập session in the terminal, the item check, and the CSV export of stored results."""

from __future__ import annotations

from pathlib import Path

import click

from index.errors import XhhtError


def _line(text: str) -> None:
    click.echo(text)


def _citation_lines(library, feedback) -> list[str]:
    cite = feedback.citation
    doc = library.documents_by_id.get(cite.doc_id)
    where = f"{doc.label} — {cite.section}" if doc else f"{cite.doc_id} — {cite.section}"
    quote = "\n    ".join(cite.quote.splitlines())
    return [f"  Trích dẫn: {where}", f"    “{quote}”"]


def _check(library, doc: str | None) -> None:
    from assistant.study.document_ref import find_document
    from assistant.study.quiz import quiz_items

    doc_id = find_document(library, doc).doc_id if doc else None
    build = quiz_items(library, doc_id)
    total_valid = total_dropped = 0
    for count in build.counts().values():
        dropped = sum(count.dropped.values())
        total_valid += count.valid
        total_dropped += dropped
        _line(f"{count.doc_id} ({count.kind}): {count.valid} câu hợp lệ, {dropped} câu bị loại")
        for reason, n in count.dropped.most_common():
            _line(f"    - {n} × {reason}")
    _line(f"Tổng: {total_valid} câu hợp lệ, {total_dropped} câu bị loại.")


def _run(library, settings, doc: str | None, n: int, learner: str | None, seed: int | None) -> None:
    from assistant.study.quiz import QuizSession, default_store

    session = QuizSession.start(library, doc=doc, n=n, seed=seed, learner=learner, store=default_store(settings))
    who = f" — học viên: {session.learner}" if session.learner else ""
    _line(f"Ôn tập: {len(session)} câu hỏi{who}")
    for i, item in enumerate(session.items):
        _line("")
        _line(f"Câu {i + 1}/{len(session)}. {item.question}")
        for k, option in enumerate(item.options):
            _line(f"  {'ABCD'[k]}. {option}")
        letters = [c for c in "ABCD"[: len(item.options)]]
        choice = click.prompt("Chọn đáp án", type=click.Choice(letters, case_sensitive=False), show_choices=True)
        feedback = session.answer(i, choice)
        if feedback.correct:
            _line("  ✔ Đúng.")
        else:
            _line(f"  ✘ Sai. Đáp án đúng: {'ABCD'[feedback.correct_index]}. {feedback.correct_option}")
        for text in _citation_lines(library, feedback):
            _line(text)
    score = session.finish()
    _line("")
    _line(f"Kết quả: {score.correct}/{score.total} câu đúng ({score.percent}%).")
    _line(f"Đã lưu kết quả vào {default_store(settings).path} (phiên {session.session_id}).")


@click.command("quiz")
@click.option("--doc", "doc", default=None, metavar="D", help="Mã văn bản hoặc số hiệu (vd. 151/KH-UBND); bỏ trống: mọi văn bản.")
@click.option("--n", "n", default=10, show_default=True, type=click.IntRange(min=1), help="Số câu hỏi của phiên.")
@click.option("--learner", default=None, metavar="TÊN", help="Tên học viên (không bắt buộc).")
@click.option("--seed", type=int, default=None, help="Hạt ngẫu nhiên để lặp lại đúng bộ câu hỏi.")
@click.option("--export", "export", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="F.csv",
              help="Ghi mọi kết quả đã lưu ra tệp CSV rồi thoát.")
@click.option("--check", is_flag=True, help="Đếm câu hỏi hợp lệ / bị loại (kèm lý do) theo từng văn bản, không hỏi gì.")
def quiz_cmd(doc: str | None, n: int, learner: str | None, seed: int | None, export: Path | None, check: bool) -> None:
    """Ôn tập: trắc nghiệm 4 lựa chọn về các văn bản, mỗi câu kèm điều khoản trích dẫn."""
    from assistant.study.quiz import default_store
    from index.settings import Settings
    from index.store import Library

    try:
        settings = Settings.from_env()
        if export is not None:
            rows = default_store(settings).export_csv(export)
            _line(f"Đã ghi {rows} lượt trả lời vào {export}.")
            return
        library = Library.open(settings)
        try:
            if check:
                _check(library, doc)
            else:
                _run(library, settings, doc, n, learner, seed)
        finally:
            library.close()
    except XhhtError as exc:
        raise click.ClickException(str(exc)) from None
