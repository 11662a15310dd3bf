"""The per-article cache (generator/cache.py): same output with or without it, only changed
articles are extracted again, damaged entries are rewritten, and it never outlives the code."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from generator import build, cache, merge, pipeline, render
from generator.cache import DOWNSTREAM

PACKAGE = ROOT / "generator"


def _settings(tmp_path: Path, seeds: Path = ROOT / "seeds", use_cache: bool = True) -> pipeline.Settings:
    return pipeline.Settings(seeds=seeds, overrides=seeds / "overrides" if (seeds / "overrides").is_dir() else None,
                             docs=tmp_path / "docs", cache=tmp_path / "cache" if use_cache else None)


def _entries(tmp_path: Path) -> list[Path]:
    """The per-article entries (<cache>/<version>/<key[:2]>/<key>.pickle)."""
    return sorted((tmp_path / "cache").glob("*/??/*.pickle"))


def _forget_last_run(tmp_path: Path) -> None:
    """Drop the whole-run entry, so that the next run reads the per-article entries again."""
    for site in (tmp_path / "cache").glob(f"*/{cache.SITE}"):
        site.unlink()


def _counting_extract(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = build.extract_article

    def spy(article, gaz=None):
        seen.append(article.id)
        return real(article, gaz)
    monkeypatch.setattr(build, "extract_article", spy)
    return seen


def test_pages_from_the_cache_are_byte_identical_to_pages_without_it(tmp_path):
    fresh = pipeline.pages(_settings(tmp_path / "a", use_cache=False))
    cold = pipeline.pages(_settings(tmp_path / "b"))
    warm = pipeline.pages(_settings(tmp_path / "b"))
    assert len(_entries(tmp_path / "b")) == len(list((ROOT / "seeds").glob("*.txt")))
    assert fresh == cold == warm


def test_a_warm_run_extracts_nothing_and_a_changed_article_alone_is_extracted_again(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    pipeline.pages(_settings(tmp_path, seeds))
    seen = _counting_extract(monkeypatch)
    pipeline.pages(_settings(tmp_path, seeds))
    assert seen == []
    target = sorted(seeds.glob("*.txt"))[1]
    target.write_text(target.read_text(encoding="utf-8") + "Một đoạn mới được thêm vào bài.\n", encoding="utf-8")
    changed = pipeline.pages(_settings(tmp_path, seeds))
    assert seen == [target.stem]
    assert changed == pipeline.pages(_settings(tmp_path / "fresh", seeds, use_cache=False))


def test_changing_an_articles_metadata_extracts_it_again(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    pipeline.pages(_settings(tmp_path, seeds))
    meta = seeds / "overrides" / "articles.yml"
    data = yaml.safe_load(meta.read_text(encoding="utf-8"))
    target = sorted(data)[-1]
    data[target]["title"] = "Một tiêu đề khác"
    meta.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    seen = _counting_extract(monkeypatch)
    pipeline.pages(_settings(tmp_path, seeds))
    assert seen == [target]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path, damage):
    expected = pipeline.pages(_settings(tmp_path))
    victim = _entries(tmp_path)[0]
    good = victim.read_bytes()
    victim.write_bytes(damage if damage else good[: len(good) // 2])
    _forget_last_run(tmp_path)
    assert pipeline.pages(_settings(tmp_path)) == expected
    assert victim.read_bytes() == good


def test_an_entry_stored_under_another_key_is_not_served(tmp_path):
    pipeline.pages(_settings(tmp_path))
    a, b = _entries(tmp_path)[:2]
    store = cache.Cache(a.parent.parent, cache.fingerprint(downstream=True))
    b_bytes = b.read_bytes()
    a.write_bytes(b_bytes)  # a file holding another article's entry
    assert store.get(a.stem) is None
    assert store.get(b.stem) is not None


def test_without_the_cache_nothing_is_written_to_the_cache_folder(tmp_path):
    pipeline.pages(_settings(tmp_path, use_cache=False))
    assert not (tmp_path / "cache").exists()


def test_the_cache_is_keyed_by_the_generators_code_and_data(tmp_path):
    copy = tmp_path / "generator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.fingerprint(copy)
    assert cache.fingerprint(copy) == before
    vocab = copy / "data" / "events.yml"
    vocab.write_text(vocab.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert cache.fingerprint(copy) != before
    after_data = cache.fingerprint(copy)
    (copy / "render.py").write_text((copy / "render.py").read_text(encoding="utf-8") + "\n# an edit\n",
                                    encoding="utf-8")
    assert cache.fingerprint(copy) == after_data  # rendering is downstream of the cached stages


def _imports(path: Path) -> set[str]:
    """Modules of the package that a file imports (relative imports resolved)."""
    rel = path.relative_to(PACKAGE).with_suffix("")
    here = ["generator", *rel.parts[:-1]]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            mod = ".".join(base + (node.module.split(".") if node.module else []))
            out.add(mod)
            out.update(f"{mod}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m.startswith("generator.") or m == "generator"}


def _module_file(name: str) -> Path | None:
    parts = name.split(".")[1:]
    if not parts:
        return None
    for path in (PACKAGE.joinpath(*parts).with_suffix(".py"), PACKAGE.joinpath(*parts, "__init__.py")):
        if path.is_file():
            return path
    return None


CACHED_STAGES = ("generator.ingest", "generator.segment", "generator.extract.article", "generator.lexicon",
                 "generator.model", "generator.cache")
"""What read_articles runs for an article the cache does not hold (besides the metadata, which is in the key)."""


def test_no_cached_stage_imports_a_module_the_cache_key_leaves_out():
    """The fingerprint skips the downstream modules; that is only safe while the cached stages never use them."""
    downstream = {"generator." + d.removesuffix(".py") for d in DOWNSTREAM if d != "templates"}
    seen, todo = set(), list(CACHED_STAGES)
    while todo:
        name = todo.pop()
        path = _module_file(name)
        if name in seen or path is None:
            continue
        seen.add(name)
        todo.extend(_imports(path))
    bad = {m for m in seen if any(m == d or m.startswith(d + ".") for d in downstream)}
    assert not bad, f"the cached stages import {sorted(bad)}: take them out of cache.DOWNSTREAM"
    assert "generator.extract.actors" in seen  # the walk follows imports


def test_old_versions_are_pruned_and_unrelated_folders_are_left_alone(tmp_path):
    root = tmp_path / "cache"
    for i in range(5):
        (root / f"{i:032x}").mkdir(parents=True)
    (root / "notes").mkdir()
    store = cache.open_cache(root)
    left = sorted(p.name for p in root.iterdir())
    assert store.root.name in left and "notes" in left
    assert len([n for n in left if len(n) == 32]) == cache.KEEP_VERSIONS


def test_command_line_no_cache_flag_leaves_no_cache_behind(tmp_path):
    r = subprocess.run([sys.executable, "-m", "generator", "generate", "--docs", str(tmp_path / "docs"),
                        "--cache-dir", str(tmp_path / "cache"), "--no-cache"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert not (tmp_path / "cache").exists()
    r = subprocess.run([sys.executable, "-m", "generator", "generate", "--docs", str(tmp_path / "docs"),
                        "--cache-dir", str(tmp_path / "cache")], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "0 files written" in r.stdout
    assert list((tmp_path / "cache").rglob("*.pickle"))


# ---------------------------------------------------------------- the pages of a whole run

def _copy_inputs(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    return seeds


def test_an_unchanged_run_reuses_the_last_pages_without_merging_or_rendering(tmp_path, monkeypatch):
    seeds = _copy_inputs(tmp_path)
    first = pipeline.pages(_settings(tmp_path, seeds))

    def boom(*args, **kwargs):
        raise AssertionError("merged or rendered again although nothing changed")
    monkeypatch.setattr(merge, "merge", boom)
    monkeypatch.setattr(render, "render", boom)
    assert pipeline.pages(_settings(tmp_path, seeds)) == first


@pytest.mark.parametrize("edit", ["prose", "template", "metadata", "article"])
def test_any_changed_input_renders_again_and_matches_a_run_without_cache(tmp_path, edit):
    seeds = _copy_inputs(tmp_path)
    pipeline.pages(_settings(tmp_path, seeds))
    overrides = seeds / "overrides"
    if edit == "prose":
        (overrides / "prose").mkdir(exist_ok=True)
        (overrides / "prose" / "index.bottom.md").write_text("Ghi chú của biên tập viên.\n", encoding="utf-8")
    elif edit == "template":
        (overrides / "templates").mkdir(exist_ok=True)
        text = (PACKAGE / "templates" / "sources.md.j2").read_text(encoding="utf-8")
        (overrides / "templates" / "sources.md.j2").write_text(text + "\nMẫu riêng.\n", encoding="utf-8")
    elif edit == "metadata":
        meta = overrides / "articles.yml"
        data = yaml.safe_load(meta.read_text(encoding="utf-8"))
        data[sorted(data)[0]]["outlet"] = "Một tờ báo khác"
        meta.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    else:
        first = sorted(seeds.glob("*.txt"))[0]
        first.write_text(first.read_text(encoding="utf-8") + "Một đoạn mới.\n", encoding="utf-8")
    cached = pipeline.pages(_settings(tmp_path, seeds))
    fresh = pipeline.pages(_settings(tmp_path / "fresh", seeds, use_cache=False))
    assert cached == fresh


def test_a_reused_run_repeats_its_stale_override_warnings(tmp_path):
    seeds = _copy_inputs(tmp_path)
    (seeds / "overrides" / "actors.yml").write_text("nguoi-khong-ton-tai:\n  description: x\n", encoding="utf-8")
    runs = []
    for _ in range(2):
        seen = []
        pipeline.pages(_settings(tmp_path, seeds), seen.append)
        runs.append([str(p) for p in seen])
    assert runs[0] == runs[1] and any("nguoi-khong-ton-tai" in w for w in runs[0])


def test_the_whole_run_key_covers_templates_and_rendering_code(tmp_path):
    copy = tmp_path / "generator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.fingerprint(copy, downstream=True)
    template = copy / "templates" / "article.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert cache.fingerprint(copy, downstream=True) != before


@pytest.mark.parametrize("fields", [1, 2, 5])
def test_the_constructor_reducer_rebuilds_a_frozen_dataclass_of_any_width(fields):
    from dataclasses import make_dataclass
    cls = make_dataclass("Probe", [f"f{i}" for i in range(fields)], frozen=True, slots=True)
    obj = cls(*(f"v{i}" for i in range(fields)))
    make, args = cache._constructor_call(cls, tuple(f"f{i}" for i in range(fields)))(obj)
    assert make is cls and make(*args) == obj


def test_a_planted_cache_entry_cannot_run_code(tmp_path):
    import os
    import pickle

    class Evil:
        def __reduce__(self):
            return (os.system, ("touch " + str(tmp_path / "pwned"),))

    with pytest.raises(pickle.UnpicklingError):
        cache.loads(pickle.dumps(("format", "key", Evil(), None)))
    assert not (tmp_path / "pwned").exists()


def test_the_last_runs_pages_come_back_exactly_when_stored_in_pieces(tmp_path, monkeypatch):
    from generator.errors import Problem
    monkeypatch.setattr(cache, "SITE_PIECE", 4)
    store = cache.open_cache(tmp_path / "cache")
    files = {"empty.md": "", "short.md": "ạb", "exact.md": "abcd", "data/briefing.json": "ạ" * 9 + "\ud800 😀" * 3}
    warnings = [Problem("seeds/overrides/actors.yml", 3, "stale", "warning")]
    titles = {"overview": "Tổng quan", "editors": "Biên tập"}
    store.put_site("key", files, titles, warnings)
    assert store.get_site("key") == (files, titles, warnings)
    assert store.get_site("another key") is None


_LOADED = ("import sys; from generator.cli import main; rc = main(sys.argv[1:]); "
           "print(' '.join(sorted(sys.modules))); sys.exit(rc)")
BUILDING = ("generator.build", "generator.model", "generator.merge", "generator.render", "yaml", "jinja2")
"""What building the pages imports, and a run served whole from the cache does not."""


def test_a_run_served_from_the_cache_imports_nothing_that_builds_the_pages(tmp_path):
    seeds = _copy_inputs(tmp_path)
    cmd = [sys.executable, "-c", _LOADED, "generate", "--seeds", str(seeds), "--overrides", str(seeds / "overrides"),
           "--docs", str(tmp_path / "docs"), "--cache-dir", str(tmp_path / "cache")]
    cold, warm = (subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True) for _ in range(2))
    assert cold.returncode == 0 and warm.returncode == 0, cold.stderr + warm.stderr
    assert "0 files written" in warm.stdout
    cold_modules, warm_modules = (set(r.stdout.split("\n")[-2].split()) for r in (cold, warm))
    assert set(BUILDING) <= cold_modules
    assert not set(BUILDING) & warm_modules
