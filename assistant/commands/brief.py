"""`xhht brief (--doc D | --locality L) [--out F.docx|F.pdf] [--today YYYY-MM-DD]`: the one-page meeting brief."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from . import open_library


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(f"“{value}” không phải ngày dạng YYYY-MM-DD", param_hint="--today") from None


@click.command("brief")
@click.option("--doc", "doc", default=None, help="Văn bản: mã văn bản hoặc số hiệu (như 151/KH-UBND).")
@click.option("--locality", default=None, help="Địa phương: mọi văn bản của nơi đó (gõ có hoặc không dấu).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Tệp .docx hoặc .pdf (một trang A4); không có thì in ra màn hình.")
@click.option("--today", default=None, metavar="YYYY-MM-DD", help="Tính hạn từ ngày này (mặc định: hôm nay).")
def brief_cmd(doc: str | None, locality: str | None, out: Path | None, today: str | None) -> None:
    """Bản họp nhanh một trang: hạn chót 3 tháng tới, chỉ tiêu giai đoạn hiện tại, cơ quan chủ trì, sơ kết/tổng kết."""
    from ..meeting.brief import build_brief
    from ..meeting.export import export_brief

    if bool(doc) == bool(locality):
        raise click.UsageError("Hãy chọn đúng một trong --doc hoặc --locality.")
    if out is not None and out.suffix.lower() not in (".docx", ".pdf"):
        raise click.BadParameter("chỉ xuất được tệp .docx hoặc .pdf", param_hint="--out")
    day = _day(today)
    with open_library() as library:
        brief = build_brief(library, doc_id=doc, locality=locality, today=day)
        if out is None:
            click.echo(brief.to_text(), nl=False)
            return
        path = export_brief(brief, out)
    click.echo(f"Đã lưu bản họp nhanh: {path}")
