"""Launching Debian's chromium (/usr/bin/chromium) with Playwright; never a browser Playwright downloads."""
from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def launch(playwright):
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run `bash tasks.sh test`, which installs it with apt")
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
