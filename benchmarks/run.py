"""The benchmark: synthetic corpora of growing size through `briefing generate` and `mkdocs build`.

    .venv/bin/python benchmarks/run.py --sizes 100 1000 10000

Per size it measures generate cold (empty cache, empty docs/), warm
(nothing changed) and after changing one article, peak memory, the
generated pages, and the `mkdocs build --strict` of them. Once per run it
times underthesea's NER over the same text as the reference. It prints a
table and writes everything as JSON (benchmarks/out/results.json).
See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `generator` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import measure, reference  # noqa: E402
from benchmarks.synth import synthesise  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
CORE = ("ingest", "segment", "extract", "merge", "render")
"""The stages of "extraction + merge + render" (reading files and writing pages excluded)."""


def _snapshot(docs: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(docs).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in docs.rglob("*") if p.is_file()}


def _digest(docs: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(docs.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(docs).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _change_one(seeds: Path) -> tuple[Path, bytes]:
    """Edit one figure in a body paragraph of the middle article, as an editor fixing a typo would
    (a caption or a related-articles box would change nothing); returns what to restore."""
    files = sorted(seeds.glob("*.txt"))
    path = files[len(files) // 2]
    original = path.read_bytes()
    lines = original.decode("utf-8").split("\n")
    body = next(i for i, l in enumerate(lines) if len(l) > 120 and not l.startswith("|") and not l.endswith("|"))
    line = lines[body]
    m = re.search(r"(?<![\d./])\d{2,3}(?![\d./])", line)
    lines[body] = line[:m.start()] + str(int(m.group(0)) + 1) + line[m.end():] if m else line + " Tin đang cập nhật."
    path.write_bytes("\n".join(lines).encode("utf-8"))
    return path, original


def bench_size(n: int, seed: int, out: Path, mkdocs: bool, mkdocs_timeout: float, keep: bool) -> dict:
    work = out / f"n{n}"
    work.mkdir(parents=True, exist_ok=True)
    corpus_dir = work / "corpus"
    if corpus_dir.exists():
        shutil.rmtree(corpus_dir)
    corpus = synthesise(n, corpus_dir, seed)
    project = measure.make_project(work / "project")
    docs = project / "docs"
    cache = work / "cache"
    if cache.exists():
        shutil.rmtree(cache)

    def gen(use_cache: bool = True, jobs: int | None = None) -> dict:
        return measure.generate(corpus.seeds, corpus.overrides, docs, cache if use_cache else None, work, jobs)

    result: dict = {"articles": n, "text_bytes": corpus.bytes}
    # Cold on one core (the stages timed one by one), then cold again as `generate` runs by
    # default, articles read by a worker per core: same pages, less wall time.
    result["cold"] = gen(jobs=1)
    one_core = _digest(docs)
    shutil.rmtree(cache)
    measure.make_project(work / "project")   # an empty docs/ again
    result["cold_parallel"] = gen()
    result["cold_parallel"]["same_pages"] = _digest(docs) == one_core
    result["warm"] = gen()
    before = _snapshot(docs)
    path, original = _change_one(corpus.seeds)
    result["one_changed"] = gen()
    after = _snapshot(docs)
    result["one_changed"]["article"] = path.stem
    result["one_changed"]["rewritten"] = sorted(r for r in after if before.get(r) != after[r])
    path.write_bytes(original)
    gen()  # back to the corpus as synthesised
    result["docs"] = measure.docs_stats(docs)
    cold = result["cold"]["stages_s"]
    core = sum(cold.get(s, 0.0) for s in CORE)
    result["core_s"] = core
    result["core_mb_s"] = corpus.bytes / core / 1e6 if core else None
    result["extract_mb_s"] = corpus.bytes / sum(cold.get(s, 0.0) for s in ("ingest", "segment", "extract")) / 1e6
    result["end_to_end_mb_s"] = corpus.bytes / result["cold"]["wall_s"] / 1e6
    if mkdocs:
        result["mkdocs"] = measure.mkdocs_build(project, mkdocs_timeout)
    if not keep:
        for d in (cache, project / "site"):
            shutil.rmtree(d, ignore_errors=True)
    return result


def machine() -> dict:
    model = ""
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        model = next((l.split(":", 1)[1].strip() for l in lscpu.splitlines() if l.startswith("Model name")), "")
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "python": platform.python_version(),
            "platform": platform.platform(), "date": dt.date.today().isoformat()}


def run_reference(out: Path, sizes: list[int], cap_bytes: int) -> dict:
    python, note = reference.ensure_venv()
    if python is None:
        return {"skipped": note}
    files, total = [], 0
    for f in sorted((out / f"n{min(sizes)}" / "corpus" / "seeds").glob("*.txt")):
        if total >= cap_bytes:
            break
        files.append(f)
        total += f.stat().st_size
    # Our extraction over exactly these files, in the same run, for a like-for-like ratio.
    sub = out / "reference-corpus"
    if sub.exists():
        shutil.rmtree(sub)
    (sub / "seeds" / "overrides").mkdir(parents=True)
    for f in files:
        shutil.copy(f, sub / "seeds" / f.name)
    shutil.copy(out / f"n{min(sizes)}" / "corpus" / "seeds" / "overrides" / "articles.yml", sub / "seeds" / "overrides")
    project = measure.make_project(sub / "project")
    ours = measure.generate(sub / "seeds", sub / "seeds" / "overrides", project / "docs", None, sub, jobs=1)
    theirs = reference.run(python, files)
    theirs["toolkit"] = note
    stages = ours["stages_s"]
    ours_extract = sum(stages.get(s, 0.0) for s in ("ingest", "segment", "extract"))
    ours_core = sum(stages.get(s, 0.0) for s in CORE)
    result = {"reference": theirs, "ours": {"bytes": total, "extract_s": ours_extract, "core_s": ours_core,
                                           "extract_mb_s": total / ours_extract / 1e6,
                                           "core_mb_s": total / ours_core / 1e6}}
    if "ner_s" in theirs:
        result["ratio_extract_vs_ner"] = result["ours"]["extract_mb_s"] / theirs["ner_mb_s"]
        result["ratio_core_vs_ner"] = result["ours"]["core_mb_s"] / theirs["ner_mb_s"]
        result["ratio_extract_vs_word_tokenize"] = result["ours"]["extract_mb_s"] / theirs["word_tokenize_mb_s"]
    return result


def _fmt_rows(results: list[dict]) -> list[tuple[str, list[str]]]:
    def row(label, fn):
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("n/a")
        return label, cells

    def mk(r, key, fmt):
        m = r.get("mkdocs")
        if not m:
            return "not run"
        if "skipped" in m:
            return "skipped"
        if "error" in m and key != "wall_s":
            return "failed"
        return fmt(m) if key == "wall_s" else fmt(m["site"])

    return [
        row("articles", lambda r: f"{r['articles']:,}"),
        row("article text (MB)", lambda r: f"{r['text_bytes'] / 1e6:.2f}"),
        row("generate cold, one core (s)", lambda r: f"{r['cold']['wall_s']:.2f}"),
        row("  per article (ms)", lambda r: f"{r['cold']['wall_s'] / r['articles'] * 1000:.1f}"),
        row("  extract+merge+render (MB/s)", lambda r: f"{r['core_mb_s']:.3f}"),
        row("  extraction alone (MB/s)", lambda r: f"{r['extract_mb_s']:.3f}"),
        row("  stages i/s/x/m/r/w (s)", lambda r: "/".join(f"{r['cold']['stages_s'].get(s, 0):.1f}" for s in
                                                         ("ingest", "segment", "extract", "merge", "render", "write"))),
        row("  peak memory (MB)", lambda r: f"{r['cold']['peak_rss_mb']:.0f}"),
        row("generate cold, default (s)", lambda r: f"{r['cold_parallel']['wall_s']:.2f}"),
        row("  worker processes", lambda r: str(r['cold_parallel']['jobs'])),
        row("  peak memory, main (MB)", lambda r: f"{r['cold_parallel']['peak_rss_mb']:.0f}"),
        row("  pages identical to one core", lambda r: "yes" if r['cold_parallel']['same_pages'] else "NO"),
        row("generate warm (s)", lambda r: f"{r['warm']['wall_s']:.2f}"),
        row("  merged and rendered again", lambda r: "yes" if "merge" in r["warm"]["calls"] else "no (same inputs)"),
        row("  % of cold", lambda r: f"{100 * r['warm']['wall_s'] / r['cold']['wall_s']:.1f}"),
        row("  files written", lambda r: str(r['warm']['written'])),
        row("one article changed (s)", lambda r: f"{r['one_changed']['wall_s']:.2f}"),
        row("  files rewritten", lambda r: str(len(r['one_changed']['rewritten']))),
        row("pages generated", lambda r: f"{r['docs']['pages']:,}"),
        row("  total size (MB)", lambda r: f"{r['docs']['page_bytes'] / 1e6:.2f}"),
        row("  mean page (KB)", lambda r: f"{r['docs']['mean_page_bytes'] / 1e3:.2f}"),
        row("  mean article page (KB)", lambda r: f"{r['docs']['mean_article_page_bytes'] / 1e3:.2f}"),
        row("  largest page (KB)", lambda r: f"{r['docs']['largest_page'][1] / 1e3:.0f} {r['docs']['largest_page'][0]}"),
        row("  briefing.json (MB)", lambda r: f"{r['docs']['data_bytes']['data/briefing.json'] / 1e6:.2f}"),
        row("mkdocs build (s)", lambda r: mk(r, "wall_s", lambda m: f"{m['wall_s']:.1f}")),
        row("  peak memory (MB)", lambda r: mk(r, "wall_s", lambda m: f"{m['peak_rss_mb']:.0f}")),
        row("  site size (MB)", lambda r: mk(r, "site", lambda s: f"{s['bytes'] / 1e6:.1f}")),
        row("  HTML pages", lambda r: mk(r, "site", lambda s: f"{s['html_pages']:,}")),
        row("  mean article HTML (KB)", lambda r: mk(r, "site", lambda s: f"{s['mean_article_html_bytes'] / 1e3:.1f}")),
        row("  primary nav per page (KB)", lambda r: mk(r, "site", lambda s: f"{s['mean_primary_nav_bytes'] / 1e3:.1f}")),
        row("  search index (MB)", lambda r: mk(r, "site", lambda s: f"{s['search_index_bytes'] / 1e6:.2f}")),
        row("  search index per page (KB)", lambda r: mk(r, "site", lambda s:
                                                        f"{s['search_index_bytes'] / s['html_pages'] / 1e3:.1f}")),
    ]


def table(results: list[dict]) -> str:
    rows = _fmt_rows(results)
    width = max(len(label) for label, _ in rows)
    cols = [max(len(cells[i]) for _, cells in rows) for i in range(len(results))]
    lines = []
    for n, (label, cells) in enumerate(rows):
        lines.append(f"| {label:{width}} | " + " | ".join(f"{c:>{w}}" for c, w in zip(cells, cols)) + " |")
        if n == 0:
            lines.append(f"|{'-' * (width + 2)}|" + "|".join("-" * (w + 1) + ":" for w in cols) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000], help="corpus sizes (articles)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpora (default 7)")
    ap.add_argument("--out", type=Path, default=OUT, help="working folder and results.json (default benchmarks/out)")
    ap.add_argument("--no-mkdocs", action="store_true", help="skip mkdocs build")
    ap.add_argument("--mkdocs-timeout", type=float, default=1200, help="seconds before a build is stopped (default 1200)")
    ap.add_argument("--no-reference", action="store_true", help="skip the underthesea reference")
    ap.add_argument("--reference-bytes", type=int, default=400_000,
                    help="article text the reference (and our run beside it) reads (default 400 kB)")
    ap.add_argument("--keep", action="store_true", help="keep the built sites and caches in the out folder")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "seed": args.seed, "sizes": args.sizes, "results": []}
    for n in args.sizes:
        print(f"benchmark: {n} articles ...", file=sys.stderr, flush=True)
        report["results"].append(bench_size(n, args.seed, args.out, not args.no_mkdocs, args.mkdocs_timeout, args.keep))
        (args.out / "results.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.no_reference:
        print("benchmark: reference (underthesea) ...", file=sys.stderr, flush=True)
        report["reference"] = run_reference(args.out, args.sizes, args.reference_bytes)
    (args.out / "results.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    m = report["machine"]
    print(f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}")
    print(table(report["results"]))
    ref = report.get("reference")
    if ref and "ratio_extract_vs_ner" in ref:
        t, o = ref["reference"], ref["ours"]
        print(f"reference ({t['toolkit']}, {o['bytes'] / 1e3:.0f} kB of the same text): ner {t['ner_mb_s']:.3f} MB/s, "
              f"word_tokenize {t['word_tokenize_mb_s']:.3f} MB/s; ours: extraction {o['extract_mb_s']:.3f} MB/s "
              f"= {ref['ratio_extract_vs_ner']:.1f}x ner, extract+merge+render {o['core_mb_s']:.3f} MB/s "
              f"= {ref['ratio_core_vs_ner']:.1f}x ner")
    elif ref:
        print(f"reference: {ref.get('skipped') or ref.get('reference', {}).get('error')}")
    print(f"results: {args.out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
