"""What the benchmark measures: child processes (wall time, peak memory), docs/ and site/ sizes."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ".briefing-manifest.json"


@dataclass(frozen=True)
class Run:
    wall: float
    """Seconds, from start to exit of the child."""
    peak_rss_mb: float
    """Peak resident memory of the child (getrusage of that child alone)."""
    rc: int
    stdout: str
    stderr: str
    timed_out: bool = False


def run_child(cmd: list[str], cwd: Path = ROOT, timeout: float | None = None, env: dict | None = None) -> Run:
    """Run a command in its own process group; wait4 gives the peak memory of that child alone."""
    # As on an ordinary install, Python keeps the bytecode of the modules it compiles. A shell
    # that sets PYTHONDONTWRITEBYTECODE (this one did) makes every run compile the package again,
    # some 30 ms, which is most of a warm run on a small corpus and not what a user waits for.
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environ.update({"NO_MKDOCS_2_WARNING": "1", **(env or {})})
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=environ, start_new_session=True)
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        if timer:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_maxrss / 1024, p.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), killed.is_set())


def make_project(project: Path) -> Path:
    """A throwaway MkDocs project: the repo's mkdocs.yml, its hooks/theme folders and hand-written docs."""
    if project.exists():
        shutil.rmtree(project)
    (project / "docs").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Lenient)
    extra = list(config.get("hooks") or [])
    theme = config.get("theme") or {}
    if isinstance(theme, dict) and theme.get("custom_dir"):
        extra.append(theme["custom_dir"])
    for rel in extra:
        src = ROOT / rel
        if src.is_dir():
            shutil.copytree(src, project / rel)
        elif src.is_file():
            (project / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, project / rel)
    docs = ROOT / "docs"
    owned = set(json.loads((docs / MANIFEST).read_text(encoding="utf-8"))["files"]) if (docs / MANIFEST).exists() else set()
    for src in docs.rglob("*"):
        rel = src.relative_to(docs).as_posix()
        if src.is_file() and rel not in owned and rel != MANIFEST:
            (project / "docs" / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, project / "docs" / rel)
    return project


class _Lenient(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags and !ENV; only the plain keys matter here."""


_Lenient.add_multi_constructor("", lambda loader, suffix, node: None)


def generate_cmd(corpus_seeds: Path, overrides: Path, docs: Path, cache: Path | None, timings: Path,
                 jobs: int | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "benchmarks.child", str(timings), "generate",
           "--seeds", str(corpus_seeds), "--overrides", str(overrides), "--docs", str(docs)]
    cmd += ["--jobs", str(jobs)] if jobs else []
    return cmd + (["--cache-dir", str(cache)] if cache else ["--no-cache"])


_WRITTEN = re.compile(r"briefing: (\d+) files written, (\d+) removed")


def generate(corpus_seeds: Path, overrides: Path, docs: Path, cache: Path | None, work: Path,
             jobs: int | None = None) -> dict:
    """One `briefing generate` in a child: wall, memory, files written, stage timings.
    `jobs` None runs it as its default does; its worker processes' memory is not in peak_rss_mb."""
    timings = work / "timings.json"
    timings.unlink(missing_ok=True)
    run = run_child(generate_cmd(corpus_seeds, overrides, docs, cache, timings, jobs))
    if run.rc != 0:
        raise RuntimeError(f"generate failed ({run.rc}):\n{run.stderr[-3000:]}")
    m = _WRITTEN.search(run.stdout)
    stages = json.loads(timings.read_text(encoding="utf-8"))
    return {"wall_s": run.wall, "peak_rss_mb": run.peak_rss_mb, "written": int(m.group(1)) if m else None,
            "removed": int(m.group(2)) if m else None, "import_s": stages["import"], "stages_s": stages["stages"],
            "calls": stages["calls"], "jobs": stages.get("jobs")}


def docs_stats(docs: Path) -> dict:
    """Generated pages: number, total size, mean and largest, by kind."""
    owned = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))["files"]
    sizes = {rel: (docs / rel).stat().st_size for rel in owned}
    pages = {r: s for r, s in sizes.items() if r.endswith(".md")}
    articles = {r: s for r, s in pages.items() if r.startswith("nguon/") and not r.endswith("index.md")}
    actors = {r: s for r, s in pages.items() if r.startswith("doi-tuong/") and not r.endswith("index.md")}
    listings = {r: s for r, s in pages.items() if r not in articles and r not in actors}
    largest = max(pages, key=pages.get)
    return {
        "files": len(sizes), "bytes": sum(sizes.values()), "pages": len(pages), "page_bytes": sum(pages.values()),
        "mean_page_bytes": sum(pages.values()) / len(pages),
        "article_pages": len(articles), "mean_article_page_bytes": _mean(articles),
        "actor_pages": len(actors), "mean_actor_page_bytes": _mean(actors),
        "listing_pages": {r: s for r, s in sorted(listings.items())},
        "largest_page": [largest, pages[largest]],
        "data_bytes": {r: s for r, s in sizes.items() if r.startswith("data/")},
    }


def _mean(d: dict) -> float:
    return sum(d.values()) / len(d) if d else 0.0


_PRIMARY_NAV = re.compile(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>\s*</div>', re.S)


def site_stats(site: Path) -> dict:
    """Built site: total size, HTML per page, search index, primary navigation per page."""
    files = [p for p in site.rglob("*") if p.is_file()]
    html = {p.relative_to(site).as_posix(): p.stat().st_size for p in files if p.suffix == ".html"}
    articles = {r: s for r, s in html.items() if r.startswith("nguon/") and r != "nguon/index.html"}
    sample = sorted(articles)[:: max(1, len(articles) // 50)] or sorted(html)[:50]
    nav = []
    for rel in sample:
        m = _PRIMARY_NAV.search((site / rel).read_text(encoding="utf-8"))
        nav.append(len(m.group(0).encode("utf-8")) if m else 0)
    index = site / "search" / "search_index.json"
    docs_in_index = len(json.loads(index.read_text(encoding="utf-8"))["docs"]) if index.exists() else 0
    largest = max(html, key=html.get)
    return {
        "bytes": sum(p.stat().st_size for p in files), "files": len(files), "html_pages": len(html),
        "mean_html_bytes": _mean(html), "mean_article_html_bytes": _mean(articles),
        "largest_html": [largest, html[largest]],
        "mean_primary_nav_bytes": sum(nav) / len(nav) if nav else 0,
        "search_index_bytes": index.stat().st_size if index.exists() else 0,
        "search_index_docs": docs_in_index,
    }


def mkdocs_build(project: Path, timeout: float) -> dict:
    run = run_child([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml")],
                    cwd=project, timeout=timeout)
    out = {"wall_s": run.wall, "peak_rss_mb": run.peak_rss_mb, "rc": run.rc}
    if run.timed_out:
        out["skipped"] = f"stopped after {timeout:.0f} s (--mkdocs-timeout)"
    elif run.rc != 0:
        out["error"] = run.stderr[-2000:]
    if run.rc == 0:
        out["site"] = site_stats(project / "site")
    return out

