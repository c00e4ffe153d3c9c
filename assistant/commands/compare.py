"""`xhht compare [--doc D …] [--locality L …] [--out F.csv|F.xlsx]`: the same slots side by side."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from . import open_library


@click.command("compare")
@click.option("--doc", "docs", multiple=True, help="Văn bản (mã hoặc số hiệu); lặp lại để thêm cột.")
@click.option("--locality", "localities", multiple=True, help="Địa phương (một cột gồm mọi văn bản của nơi đó).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Tệp .csv hoặc .xlsx; không có thì in bảng ra màn hình.")
def compare_cmd(docs: tuple[str, ...], localities: tuple[str, ...], out: Path | None) -> None:
    """So sánh các văn bản hoặc địa phương: hạn báo cáo, chỉ tiêu 2025 và 2030, cơ quan chủ trì, sơ kết, tổng kết."""
    from ..meeting.compare import compare

    if out is not None and out.suffix.lower() not in (".csv", ".xlsx"):
        raise click.BadParameter("chỉ xuất được tệp .csv hoặc .xlsx", param_hint="--out")
    with open_library() as library:
        table = compare(library, list(docs), list(localities))
        if out is None:
            click.echo(table.to_text(width=shutil.get_terminal_size((160, 40)).columns), nl=False)
            return
        path = table.to_csv(out) if out.suffix.lower() == ".csv" else table.to_xlsx(out)
    click.echo(f"Đã lưu bảng so sánh: {path}")
