"""Headless Chromium for the HTML tests: Debian's /usr/bin/chromium driven by Playwright.

Playwright's own browser download is never used. Without chromium (or Playwright) the browser
tests are skipped on a developer's machine and fail under CI (``CI`` set), as the LaTeX test does
with pdflatex.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _missing(what: str):
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing on CI (.ci/run installs chromium; the test extra, playwright)")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def chromium():
    """One headless Chromium for a test module."""
    if not CHROMIUM.exists():
        _missing(str(CHROMIUM))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Opened:
    """A page opened from a file, with every console error and uncaught exception it raised."""

    def __init__(self, browser, path: Path, javascript: bool = True):
        self.context = browser.new_context(java_script_enabled=javascript,
                                           viewport={"width": 1200, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")

    def close(self):
        self.context.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
