"""Shared fixtures: the real seeds, generated and built once per session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def make_project(tmp: Path, seeds: Path = ROOT / "seeds", overrides: Path | None = ROOT / "seeds" / "overrides",
                 extra_args: tuple[str, ...] = ()) -> Path:
    """A throwaway MkDocs project: mkdocs.yml and hand-written assets copied, docs generated."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "docs" / "assets", tmp / "docs" / "assets", dirs_exist_ok=True)
    args = [sys.executable, "-m", "generator", "generate", "--seeds", str(seeds), "--docs", str(tmp / "docs")]
    args += ["--overrides", str(overrides)] if overrides else ["--overrides", str(tmp / "no-overrides")]
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
