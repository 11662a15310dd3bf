"""Shared fixtures: the real seeds, generated and built once per session."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def hand_written(docs: Path = ROOT / "docs") -> list[Path]:
    """Pages a person wrote in docs/: Markdown files the generator's manifest does not list."""
    manifest = docs / ".briefing-manifest.json"
    owned = set(json.loads(manifest.read_text(encoding="utf-8"))["files"]) if manifest.exists() else set()
    return [p for p in sorted(docs.rglob("*.md")) if p.relative_to(docs).as_posix() not in owned
            and not any(part.startswith(".") for part in p.relative_to(docs).parts)]


def make_project(tmp: Path, seeds: Path = ROOT / "seeds", overrides: Path | None = ROOT / "seeds" / "overrides",
                 extra_args: tuple[str, ...] = (), with_pages: bool = True) -> Path:
    """A throwaway MkDocs project: mkdocs.yml, its hooks, hand-written assets and pages copied, docs generated."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "hooks", tmp / "hooks", dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs" / "assets", tmp / "docs" / "assets", dirs_exist_ok=True)
    for page in hand_written() if with_pages else []:
        target = tmp / "docs" / page.relative_to(ROOT / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, target)
    args = [sys.executable, "-m", "generator", "generate", "--seeds", str(seeds), "--docs", str(tmp / "docs")]
    if overrides is None:
        overrides = tmp / "no-overrides"
        overrides.mkdir(exist_ok=True)
    args += ["--overrides", str(overrides)]
    subprocess.run(args + list(extra_args), check=True, cwd=ROOT, capture_output=True)
    return tmp


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
                          cwd=project, capture_output=True, text=True)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("site"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project
