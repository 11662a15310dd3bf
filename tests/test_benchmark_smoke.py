"""The benchmark at its smallest size, as a smoke test: it runs end to end and its numbers mean
what they say. Nothing here asserts a time; the full run is `benchmarks/run.py --sizes 100 1000 10000`."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from benchmarks import run  # noqa: E402
from benchmarks.synth import synthesise  # noqa: E402


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_synthetic_corpus_is_the_same_for_the_same_seed_number_and_differs_for_another(tmp_path):
    a = synthesise(30, tmp_path / "a", seed=3)
    b = synthesise(30, tmp_path / "b", seed=3)
    c = synthesise(30, tmp_path / "c", seed=4)
    assert _tree(a.seeds) == _tree(b.seeds)
    assert _tree(a.seeds) != _tree(c.seeds)
    assert a.articles == 30 and len(list(a.seeds.glob("*.txt"))) == 30
    assert a.bytes == sum(p.stat().st_size for p in a.seeds.glob("*.txt"))


def test_synthetic_articles_recombine_seed_paragraphs_and_every_one_has_a_publication_date(tmp_path):
    corpus = synthesise(40, tmp_path, seed=7)
    import yaml
    meta = yaml.safe_load((corpus.overrides / "articles.yml").read_text(encoding="utf-8"))
    ids = {p.stem for p in corpus.seeds.glob("*.txt")}
    assert set(meta) == ids
    assert all(m["published"] and m["outlet"] for m in meta.values())
    seed_words = set((ROOT / "seeds" / "000_e45f08bfa601cc98.txt").read_text(encoding="utf-8").split())
    for path in corpus.seeds.glob("*.txt"):
        words = path.read_text(encoding="utf-8").split()
        # Recombined, then varied: most of the words are the seeds' own.
        assert len(words) > 80
        assert sum(w in seed_words for w in words) / len(words) > 0.3


def test_benchmark_at_100_articles_measures_cold_warm_and_one_changed_runs(tmp_path):
    result = run.bench_size(100, seed=7, out=tmp_path, mkdocs=False, mkdocs_timeout=0, keep=False)
    assert result["articles"] == 100 and result["text_bytes"] > 100_000
    cold, warm, changed = result["cold"], result["warm"], result["one_changed"]
    pages = result["docs"]["pages"]
    assert cold["written"] > 100 and pages > 100
    assert cold["calls"]["extract"] == 100
    # Nothing changed: nothing is written and nothing is extracted again.
    assert cold["calls"]["merge"] == 1 and cold["calls"]["render"] == 1
    assert warm["written"] == 0 and "extract" not in warm["calls"] and "merge" not in warm["calls"]
    # One article changed: it alone is extracted again, and only the pages it touches are rewritten.
    assert changed["calls"]["extract"] == 1
    assert f"nguon/{changed['article']}.md" in changed["rewritten"]
    assert 1 <= len(changed["rewritten"]) < pages / 5
    assert cold["peak_rss_mb"] > 0 and result["core_mb_s"] > 0
    table = run.table([result])
    assert "generate cold, one core (s)" in table and "100" in table
    assert result["cold_parallel"]["same_pages"] and result["cold_parallel"]["jobs"] == 1   # 100 articles: no workers


def test_the_readme_holds_the_full_table_of_a_run_at_every_size():
    readme = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    header = next((line for line in readme.splitlines() if line.startswith("| articles ")), "")
    assert [c.strip() for c in header.strip("|").split("|")][1:] == ["100", "1,000", "10,000"]
    for row in ("generate cold, one core (s)", "generate cold, default (s)", "peak memory (MB)",
                "generate warm (s)", "mkdocs build (s)", "search index (MB)"):
        assert f"| {row}" in readme or f"|   {row}" in readme, row
