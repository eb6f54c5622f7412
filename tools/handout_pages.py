"""Every stage's handout printed in a real browser, each page as a picture (docs/handout/).

    python tools/handout_pages.py                 # docs/handout/STAGE-PAPER-N.png, and a table
    python tools/handout_pages.py --out /tmp/pages --paper Letter

Needs the `browser` extra (Playwright), Debian's chromium-headless-shell (or LIVERTX_CHROMIUM)
and poppler's pdftoppm. The handout is made as a user makes it (`livertx handout STAGE`, with
SOURCE_DATE_EPOCH as the tests pin it); the page makes no request. Prints the pages per stage
and paper, as docs/handout.md's table gives them."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image
from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("LIVERTX_CHROMIUM", "/usr/lib/chromium/chromium-headless-shell")
STAGES = ["localized", "advanced", "locally-advanced", "metastatic", "recurrent"]
# The day the tests pin (tests/conftest.py): December 1, 2026.
EPOCH = "1796083200"


def handout(stage: str) -> str:
    livertx = str(Path(sys.executable).with_name("livertx"))
    environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    made = subprocess.run(
        [livertx, "handout", stage], capture_output=True, text=True, check=True, env=environment
    )
    return made.stdout


def printed(browser: Any, html: str, paper: str) -> bytes:
    """The page printed to PDF, offline: a request it made would stop the run."""
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_content(html, wait_until="load")
    assert not requests, requests
    pdf: bytes = page.pdf(format=paper)
    page.close()
    return pdf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "handout")
    parser.add_argument("--paper", action="append", choices=["Letter", "A4"])
    parser.add_argument("--resolution", type=int, default=72, help="dots per inch of the PNGs")
    arguments = parser.parse_args()
    papers = arguments.paper or ["Letter", "A4"]
    arguments.out.mkdir(parents=True, exist_ok=True)
    for old in arguments.out.glob("*.png"):
        old.unlink()
    counts: dict[tuple[str, str], int] = {}
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as work:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for stage in STAGES:
            html = handout(stage)
            for paper in papers:
                pdf = Path(work) / f"{stage}-{paper}.pdf"
                pdf.write_bytes(printed(browser, html, paper))
                prefix = arguments.out / f"{stage}-{paper.lower()}"
                dots = str(arguments.resolution)
                subprocess.run(["pdftoppm", "-png", "-gray", "-r", dots, pdf, prefix], check=True)
                made = sorted(arguments.out.glob(f"{prefix.name}-*.png"))
                for picture in made:  # 16 greys read as well and weigh half as much
                    Image.open(picture).quantize(16).save(picture, optimize=True)
                counts[stage, paper] = len(made)
        browser.close()
    print("| stage | " + " | ".join(papers) + " |")
    print("| --- |" + " --- |" * len(papers))
    for stage in STAGES:
        print(f"| {stage} | " + " | ".join(str(counts[stage, p]) for p in papers) + " |")


if __name__ == "__main__":
    main()
