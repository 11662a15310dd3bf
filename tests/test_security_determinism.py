"""Same inputs, same bytes: across runs, hash seeds, file-system order, time zones and clocks."""
from __future__ import annotations

import ast
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from generator import pipeline

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def generate(docs: Path, seeds: Path, overrides: Path, **env: str) -> dict[str, bytes]:
    """A real run in a fresh process (no cache, so every article is extracted in that process)."""
    subprocess.run([sys.executable, "-m", "generator", "generate", "--no-cache", "--seeds", str(seeds),
                    "--overrides", str(overrides), "--docs", str(docs)],
                   cwd=ROOT, check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    return tree(docs)


@pytest.mark.parametrize("seeds, overrides", [(ROOT / "seeds", ROOT / "seeds" / "overrides"),
                                              (HOSTILE / "seeds", HOSTILE / "overrides")],
                         ids=["seeds", "hostile"])
def test_output_is_byte_identical_across_hash_seeds_and_time_zones(tmp_path, seeds, overrides):
    a = generate(tmp_path / "a", seeds, overrides, PYTHONHASHSEED="1", TZ="UTC")
    b = generate(tmp_path / "b", seeds, overrides, PYTHONHASHSEED="4242", TZ="Pacific/Kiritimati",
                 SOURCE_DATE_EPOCH="1700000000", LC_ALL="C")
    assert len(a) > 10
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def test_output_does_not_depend_on_the_order_the_file_system_lists_files(tmp_path, monkeypatch):
    settings = pipeline.Settings(seeds=ROOT / "seeds", overrides=ROOT / "seeds" / "overrides", docs=tmp_path / "docs")
    listed = pipeline.pages(settings)
    real_iterdir, real_glob, real_rglob = Path.iterdir, Path.glob, Path.rglob
    monkeypatch.setattr(Path, "iterdir", lambda self: iter(sorted(real_iterdir(self), reverse=True)))
    monkeypatch.setattr(Path, "glob", lambda self, p, **k: iter(sorted(real_glob(self, p, **k), reverse=True)))
    monkeypatch.setattr(Path, "rglob", lambda self, p, **k: iter(sorted(real_rglob(self, p, **k), reverse=True)))
    assert pipeline.pages(settings) == listed


def test_no_date_of_the_run_appears_in_the_output(tmp_path):
    out = generate(tmp_path / "docs", ROOT / "seeds", ROOT / "seeds" / "overrides")
    today = dt.date.today()
    stamps = [today.isoformat(), f"{today.day}/{today.month}/{today.year}", today.strftime("%d/%m/%Y")]
    for rel, data in out.items():
        text = data.decode("utf-8")
        assert not [s for s in stamps if s in text], rel


CLOCKS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
          ("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime"), ("time", "ctime"),
          ("time", "asctime"), ("time", "strftime")}


def test_the_generator_reads_no_clock():
    """A timestamp in a page would make every run differ; SOURCE_DATE_EPOCH is the only allowed source of time."""
    reads = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = node.func.value
                name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
                if (name, node.func.attr) in CLOCKS:
                    reads.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module in ("time", "datetime"):
                reads += [f"{path.relative_to(ROOT)}:{node.lineno}" for a in node.names
                          if a.name in ("time", "time_ns", "localtime", "gmtime", "ctime", "strftime")]
    assert reads == []
