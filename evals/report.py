"""Markdown report with charts for one or more evaluation runs."""

from __future__ import annotations

import json
from pathlib import Path

from .harness import EvalRun

HEADLINE = [
    ("answer_accuracy", "Độ chính xác câu trả lời"),
    ("abstention_accuracy", "Từ chối đúng"),
    ("citation_validity", "Trích dẫn hợp lệ"),
    ("retrieval_hit_at_1", "Hit@1"),
    ("retrieval_hit_at_5", "Hit@5"),
    ("mrr", "MRR"),
]


def _pct(value: float) -> str:
    return f"{value * 100:.1f} %"


def _charts(main: EvalRun, path: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def save(fig, suffix: str) -> str:
        target = path.with_name(f"{path.stem}-{suffix}.png")
        fig.tight_layout()
        fig.savefig(target, dpi=110)
        plt.close(fig)
        return target.name

    cats = main.summary["per_category"]
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.barh(list(cats), [v["accuracy"] * 100 for v in cats.values()], color="#2f6f9f")
    ax.set_xlim(0, 100)
    ax.set_xlabel("accuracy (%)")
    ax.set_title(f"Per-category accuracy — {main.system}")
    categories_png = save(fig, "categories")

    latencies = [float(r.get("latency_ms", 0.0)) for r in main.records]
    fig, ax = plt.subplots(figsize=(8, 3.5))
    ax.hist(latencies, bins=30, color="#9f6f2f")
    ax.set_xlabel("latency (ms)")
    ax.set_ylabel("questions")
    ax.set_title(f"Latency distribution — {main.system}")
    return [categories_png, save(fig, "latency")]


SPLIT_METRICS = [
    ("answer_accuracy", "Độ chính xác câu trả lời"),
    ("abstention_accuracy", "Từ chối đúng (recall)"),
    ("abstention_precision", "Độ chính xác khi từ chối (precision)"),
    ("citation_validity", "Trích dẫn hợp lệ"),
    ("retrieval_hit_at_5", "Hit@5"),
]


def _split_section(dev: dict, test: dict, test_file: Path) -> list[str]:
    """Dev and the frozen test split side by side; the test split only in aggregate."""
    lines = [
        "## Dev và tập kiểm tra đóng băng (chỉ số tổng hợp)",
        "",
        f"Tập kiểm tra: `{test_file}` · {test['n']} câu, viết trước khi có bộ trả lời, không xem từng câu.",
        "",
        "| chỉ số | dev | test | chênh lệch |",
        "| --- | --- | --- | --- |",
    ]
    for key, label in SPLIT_METRICS:
        d, t = dev.get(key, 0.0), test.get(key, 0.0)
        lines.append(f"| {label} | {_pct(d)} | {_pct(t)} | {(d - t) * 100:+.1f} |")
    lines.append(f"| Độ trễ p50 / p95 | {dev['latency_p50_ms']:.0f} / {dev['latency_p95_ms']:.0f} ms | "
                 f"{test['latency_p50_ms']:.0f} / {test['latency_p95_ms']:.0f} ms | |")
    for key, label in (("accented", "có dấu"), ("no_diacritics", "không dấu")):
        d = dev.get("by_typing", {}).get(key, {"accuracy": 0.0})
        t = test.get("by_typing", {}).get(key, {"accuracy": 0.0})
        lines.append(f"| Gõ {label} | {_pct(d['accuracy'])} | {_pct(t['accuracy'])} | |")
    lines += ["", "| loại | dev (số câu) | dev | test (số câu) | test |", "| --- | --- | --- | --- | --- |"]
    cats = sorted(set(dev["per_category"]) | set(test["per_category"]))
    for cat in cats:
        d = dev["per_category"].get(cat, {"n": 0, "accuracy": 0.0})
        t = test["per_category"].get(cat, {"n": 0, "accuracy": 0.0})
        lines.append(f"| {cat} | {d['n']} | {_pct(d['accuracy'])} | {t['n']} | {_pct(t['accuracy'])} |")
    return [*lines, ""]


def write_report(runs: list[EvalRun], path: Path, questions_file: Path, held_out: EvalRun | None = None,
                 held_out_file: Path | None = None) -> None:
    """The report of *runs* (the last is the product); *held_out* (the test split) appears only in aggregate."""
    path.parent.mkdir(parents=True, exist_ok=True)
    main = runs[-1]
    s = main.summary
    lines = [
        f"# Báo cáo đánh giá — {main.system}",
        "",
        f"Bộ câu hỏi: `{questions_file}` · {s['n']} câu",
        "",
        "## Chỉ số chính",
        "",
        "| chỉ số | giá trị |",
        "| --- | --- |",
    ]
    lines += [f"| {label} (`{key}`) | {_pct(s[key]) if key != 'mrr' else f'{s[key]:.3f}'} |" for key, label in HEADLINE]
    lines += [
        f"| Độ chính xác khi từ chối (`abstention_precision`) | {_pct(s.get('abstention_precision', 0.0))} |",
        f"| Độ trễ p50 / p95 | {s['latency_p50_ms']:.0f} ms / {s['latency_p95_ms']:.0f} ms |",
        "",
    ]
    if held_out is not None:
        lines += _split_section(s, held_out.summary, held_out_file or Path("?"))
    if len(runs) > 1:
        lines += [
            "## So sánh các hệ thống (cùng bộ câu hỏi)",
            "",
            "| hệ thống | answer acc. | abstention | citations | hit@1 | hit@5 | MRR | p50 ms | p95 ms |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for run in runs:
            r = run.summary
            lines.append(
                f"| {run.system} | {_pct(r['answer_accuracy'])} | {_pct(r['abstention_accuracy'])} | "
                f"{_pct(r['citation_validity'])} | {_pct(r['retrieval_hit_at_1'])} | {_pct(r['retrieval_hit_at_5'])} | "
                f"{r['mrr']:.3f} | {r['latency_p50_ms']:.0f} | {r['latency_p95_ms']:.0f} |"
            )
        lines += [
            "",
            "naive = LangChain RecursiveCharacterTextSplitter 1000/200 + cùng mô hình vector trong Chroma, "
            "top-5, đoạn đầu tiên làm câu trả lời; dense / bm25 / hybrid = bộ tìm kiếm của dự án, đoạn đầu tiên "
            "làm câu trả lời; assistant = `xhht ask` đầy đủ.",
            "",
        ]
    lines += ["## Theo cách gõ (câu hỏi có đáp án)", "", "| cách gõ | số câu | chính xác |", "| --- | --- | --- |"]
    for key, label in (("accented", "có dấu"), ("no_diacritics", "không dấu")):
        v = s.get("by_typing", {}).get(key, {"n": 0, "accuracy": 0.0})
        lines.append(f"| {label} | {v['n']} | {_pct(v['accuracy'])} |")
    lines += ["", "## Theo loại câu hỏi", "", "| loại | số câu | chính xác |", "| --- | --- | --- |"]
    for cat, v in s["per_category"].items():
        lines.append(f"| {cat} | {v['n']} | {_pct(v['accuracy'])} |")
    charts = _charts(main, path)
    lines += ["", *[f"![{name}]({name})" for name in charts], ""]
    lines += [f"## Các câu sai của `{questions_file}` ({len(main.failures)})", ""]
    for f in main.failures:
        lines.append(f"### {f['id']} · {f['category']}")
        if f["history"]:
            lines.append(f"- Hội thoại trước: {' / '.join(f['history'])}")
        lines.append(f"- Câu hỏi: {f['question']}")
        expected = f["expected"] if isinstance(f["expected"], str) else json.dumps(f["expected"], ensure_ascii=False)
        lines.append(f"- Cần có: {expected}")
        answer = (f["answer"] or "").replace("\n", " ")
        lines.append(f"- Trả lời{' (từ chối)' if f['abstained'] else ''}: {answer[:600]}{'…' if len(answer) > 600 else ''}")
        for c in f["citations"][:4]:
            lines.append(f"  - [{c.get('n')}] {c.get('source')} › {c.get('section', '')}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
