"""`xhht summary DOC [--json|--md]`: the summary card of one document, every line cited."""

from __future__ import annotations

import json

import click

from . import open_library


@click.command("summary")
@click.argument("doc")
@click.option("--json", "fmt", flag_value="json", help="In JSON (mỗi dòng kèm trích dẫn).")
@click.option("--md", "fmt", flag_value="md", default=True, help="In Markdown (mặc định).")
def summary_cmd(doc: str, fmt: str) -> None:
    """Thẻ tóm tắt của một văn bản (DOC = mã văn bản, số hiệu như 151/KH-UBND, hoặc phần đầu của mã)."""
    from ..study.summary import summary_card

    if not doc.strip():
        raise click.BadParameter("chưa ghi văn bản", param_hint="DOC")
    with open_library() as library:
        card = summary_card(library, doc)
    if fmt == "json":
        click.echo(json.dumps(card.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(card.to_markdown(), nl=False)
