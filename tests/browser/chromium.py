"""Launching Debian's chromium (/usr/bin/chromium) with Playwright; never a browser Playwright downloads."""
from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def launch(playwright):
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `bash tasks.sh test`, which installs it with apt")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)


@contextlib.contextmanager
def serve(site: Path):
    """A built site served by Python's http.server on 127.0.0.1, on a free port; yields its URL."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
