"""Live preview (hooks/live_preview.py): under `mkdocs serve` an edit in seeds/ reaches the open browser;
under `mkdocs build` the generator never runs."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from chromium import launch
from conftest import ROOT, make_project, mkdocs_build

pytestmark = pytest.mark.browser

NEW_ARTICLE = """---
title: Bài thử cho bản xem trước trực tiếp
outlet: Báo Thử
published: 2024-01-02
---
Ngày 1/1, hai bên tuyên bố ngừng bắn.
"""


def _project_with_own_seeds(tmp: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    return make_project(tmp, seeds=tmp / "seeds", overrides=tmp / "seeds" / "overrides")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_served(url: str, server: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"mkdocs serve exited:\n{log.read_text(encoding='utf-8')}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"mkdocs serve did not answer:\n{log.read_text(encoding='utf-8')}")


def test_an_article_added_while_serving_appears_in_the_open_browser(tmp_path):
    from playwright.sync_api import sync_playwright
    project = _project_with_own_seeds(tmp_path)
    port = _free_port()
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    with open(log, "w", encoding="utf-8") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                  cwd=project, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        url = f"http://127.0.0.1:{port}/nguon/"
        _wait_until_served(url, server, log)
        with sync_playwright() as p:
            browser = launch(p)
            page = browser.new_page()
            page.goto(url)
            assert "Bài thử cho bản xem trước trực tiếp" not in page.inner_text("article")
            (project / "seeds" / "zz_xem_truoc.md").write_text(NEW_ARTICLE, encoding="utf-8")
            # no reload from the test: MkDocs' livereload must bring the new article in
            page.wait_for_function("() => document.querySelector('article')?.innerText"
                                   ".includes('Bài thử cho bản xem trước trực tiếp')", timeout=60_000)
            browser.close()
        assert (project / "docs" / "nguon" / "zz_xem_truoc.md").is_file()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_mkdocs_build_never_runs_the_generator(tmp_path):
    project = _project_with_own_seeds(tmp_path)
    (project / "seeds" / "zz_xem_truoc.md").write_text(NEW_ARTICLE, encoding="utf-8")
    before = {p: p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()}
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    after = {p: p.read_bytes() for p in (project / "docs").rglob("*") if p.is_file()}
    assert after == before
