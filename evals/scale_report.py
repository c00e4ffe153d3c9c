"""The scale benchmark as Markdown tables, a PNG chart and JSON (`evals/scale.md`, `.png`, `.json`)."""

from __future__ import annotations

import json
from pathlib import Path

from .scale_bench import STORE_LABELS, ScaleReport, ScaleRun

# issue 12's "done when", at 1,000 documents unless said
TARGETS = {"cold_index_s@1000": 900, "cold_index_s@300": 300, "answer_p50_ms": 60, "answer_p95_ms": 200,
           "place_accuracy": 0.98, "onefile_reindex_s": 10}
INDEX_COLUMNS = ["kho", "N tài liệu", "tệp", "đoạn", "vector", "lập chỉ mục lạnh (s)", "CPU (s)", "đoạn/s", "dung lượng (MB)",
                 "không đổi (s)", "đổi 1 tệp (s)", "tải 1 phút"]
ANSWER_COLUMNS = ["kho", "N tài liệu", "câu hỏi", "trả lời p50 / p95 (ms)", "CPU p50 / p95 (ms)", "đúng địa phương",
                  "trích dẫn đầu đúng", "đúng nội dung", "RSS đỉnh serve (MB)"]


def _mb(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _cpu(seconds: float) -> str:
    return f" (CPU {seconds:.1f})" if seconds else ""  # reports from before this figure existed have none


def _pct(value: float) -> str:
    return f"{value * 100:.1f} %"


def _index_row(run: ScaleRun) -> list[str]:
    load = f"{min(run.load_1m):.1f}–{max(run.load_1m):.1f}" if run.load_1m else "—"
    return [STORE_LABELS.get(run.store, run.store), str(run.n), str(run.files), str(run.chunks),
            str(run.vectors) if run.vectors else "—", f"{run.cold_index_s:.1f}", f"{run.cold_index_cpu_s:.0f}", f"{run.chunks_per_s:.1f}", f"{run.index_mb:.1f}",
            f"{run.nochange_reindex_s:.2f}", f"{run.onefile_reindex_s:.2f}" + _cpu(run.onefile_reindex_cpu_s), load]


def _answer_row(run: ScaleRun) -> list[str]:
    rss = _mb(run.serve_peak_rss_mb) + (f" (+ Chroma {_mb(run.chroma_peak_rss_mb)})" if run.chroma_peak_rss_mb else "")
    return [STORE_LABELS.get(run.store, run.store), str(run.n), str(run.questions),
            f"{run.answer_p50_ms:.0f} / {run.answer_p95_ms:.0f}",
            f"{run.answer_cpu_p50_ms:.0f} / {run.answer_cpu_p95_ms:.0f}",
            _pct(run.place_accuracy), _pct(run.place_top1_accuracy), _pct(run.answer_accuracy), rss]


def _table(columns: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def markdown_table(report: ScaleReport) -> str:
    """Two tables, indexing then answering, a row per store and size."""
    runs = sorted(report.runs, key=lambda r: (r.store != "embedded", r.n))
    return (_table(INDEX_COLUMNS, [_index_row(r) for r in runs]) + "\n\n"
            + _table(ANSWER_COLUMNS, [_answer_row(r) for r in runs]))


def command_line(report: ScaleReport, chroma_server: bool, before: Path | None = None) -> str:
    sizes = ",".join(map(str, report.sizes))
    return (f"xhht bench --scale {sizes}" + (" --chroma-server" if chroma_server else "")
            + f" --questions {report.question_limit} --seed {report.seed}"
            + (f" --before {before.as_posix()}" if before else "") + " --out evals/scale.md")


def write_chart(report: ScaleReport, path: Path, before: ScaleReport | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import LogLocator, ScalarFormatter

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    names = {"embedded": "embedded", "chroma-server": "Chroma server"}
    colors = {"embedded": "tab:blue", "chroma-server": "tab:orange"}
    sizes: set[int] = set()
    for shown, suffix, style in ((before, " (before)", "--"), (report, "", "-")):
        for store in dict.fromkeys(r.store for r in shown.runs) if shown else ():
            runs = sorted((r for r in shown.runs if r.store == store), key=lambda r: r.n)
            sizes.update(r.n for r in runs)
            look = {"color": colors.get(store), "marker": "o", "label": names.get(store, store) + suffix}
            left.plot([r.n for r in runs], [r.cold_index_s for r in runs], style, **look)
            right.plot([r.n for r in runs], [r.answer_p95_ms for r in runs], style, **look)
    left.plot([300, 1000], [TARGETS["cold_index_s@300"], TARGETS["cold_index_s@1000"]], "kx", label="target")
    right.axhline(TARGETS["answer_p95_ms"], color="k", linestyle=":", linewidth=1, label="target at 1,000")
    left.set_yscale("log")
    left.yaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
    left.yaxis.set_major_formatter(ScalarFormatter())
    for ax, title, unit in ((left, "Cold index time", "seconds"), (right, "Warm answer p95", "ms")):
        ax.set_xscale("log")
        ax.set_xticks(sorted(sizes | {300, 1000}), [str(n) for n in sorted(sizes | {300, 1000})])
        ax.minorticks_off()
        ax.set_xlabel("documents (N)")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _about(report: ScaleReport) -> str:
    stores = ", ".join(STORE_LABELS.get(s, s) for s in dict.fromkeys(r.store for r in report.runs))
    when = f" · đo lúc {report.started}" if report.started else ""
    commit = f" · mã nguồn {report.commit}" if report.commit else ""
    return (f"Máy: {report.machine}, {report.cpus} lõi · mô hình nhúng: {report.embed_model} · kho: {stores} · "
            f"hạt giống {report.seed} · tối đa {report.question_limit} câu hỏi mỗi lần đo{when}{commit}.")


def write_report(report: ScaleReport, out: Path, chroma_server: bool, before: ScaleReport | None = None,
                 before_path: Path | None = None) -> list[Path]:
    """out.md with the tables and how to reproduce, out.png (the chart), out.json (every figure); *before*, a
    report measured earlier, is shown beside it as the reference."""
    out.parent.mkdir(parents=True, exist_ok=True)
    png, data = out.with_suffix(".png"), out.with_suffix(".json")
    write_chart(report, png, before)
    data.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reference = "" if before is None else f"""
## Trước đó (tham chiếu{f": `{before_path.as_posix()}`" if before_path else ""})

{_about(before)}

{markdown_table(before)}
"""
    text = f"""# Quy mô: lập chỉ mục và trả lời theo số tài liệu

Kho thử tổng hợp gồm N tài liệu chép từ các kế hoạch mẫu trong `docs_src/`, mỗi bản chuyển sang một tỉnh
hoặc một xã khác (danh mục địa giới của gói `vietnamadminunits`), với số văn bản, ngày ban hành, chỉ tiêu
và thời hạn báo cáo riêng. Câu hỏi nêu tên một địa phương ("Tỉnh X báo cáo kết quả thực hiện trước ngày
nào?", "UBND xã Y giao ai chủ trì hướng dẫn khen thưởng?"); câu trả lời *đúng địa phương* khi không từ chối
và mọi trích dẫn đều lấy từ chính kế hoạch của X.

## Kết quả

{_about(report)}

{markdown_table(report)}

- *vector*: số vector tạo ra khi lập chỉ mục lạnh — một cho mỗi thân điều khoản khác nhau (tên địa phương của
  chính văn bản được che) và một cho mỗi ngữ cảnh (loại văn bản, cơ quan, mục) khác nhau; các bản sao cùng mẫu
  dùng chung vector.
- *lập chỉ mục lạnh*: XHHT_HOME trống (bộ nhớ đệm vector nằm trong đó); *dung lượng*: XHHT_HOME cộng thư mục
  dữ liệu của máy chủ Chroma; *đổi 1 tệp*: sửa thời hạn báo cáo trong một tệp rồi lập lại chỉ mục.
- *trả lời p50 / p95*: qua API thư viện mà `xhht ask` dùng, sau một câu làm nóng; *RSS đỉnh serve*: VmHWM của
  tiến trình `xhht serve` thật sau khi hỏi 3 câu qua HTTP (gradio_client), cộng máy chủ Chroma khi có.
- *tải 1 phút*: `uptime` ở đầu mỗi bước — máy dùng chung, tải cao làm chậm mọi số đo theo đồng hồ. Cột *CPU*
  (giây CPU của tiến trình đo, cộng máy chủ Chroma khi có) ít phụ thuộc tải hơn: trên máy 2 lõi rảnh, thời
  gian lập chỉ mục lạnh vào khoảng CPU / 2.

![Thời gian lập chỉ mục lạnh và p95 theo N](./{png.name})
{reference}
## Mục tiêu (issue 12)

1.000 tài liệu lập chỉ mục ≤ 15 phút, 300 tài liệu ≤ 5 phút trên 2 lõi; ở 1.000 tài liệu: trả lời p50 ≤ 60 ms,
p95 ≤ 200 ms, đúng địa phương ≥ 98 %, đổi một tệp lập lại ≤ 10 giây.

## Chạy lại

```
{command_line(report, chroma_server, before_path)}
```

`--chroma-server` khởi động `chroma run --path <thư mục tạm> --host 127.0.0.1 --port <cổng trống>` cho mỗi N;
không có cờ này mà đặt `XHHT_CHROMA_URL` thì dùng máy chủ đó. `--before F.json` đặt một lần đo trước bên cạnh
để so sánh. Số liệu đầy đủ: [`{data.name}`](./{data.name}).
"""
    out.write_text(text, encoding="utf-8")
    return [out, png, data]
