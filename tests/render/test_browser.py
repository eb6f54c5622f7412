"""Every stage's handout in a real browser (Debian's chromium-headless-shell, driven by
Playwright): axe-core finds nothing to fault, and printed to PDF on Letter and on A4 it takes
at most MOST_PAGES pages, its first page holds every option of its stage with its condition,
the page's date and address, the credit, the disclaimer and the day it was made, no entry is
split across pages, every address breaks only after "/", "?" or "&", every QR code reads as the
address printed beside it, and the source and the page number stand at the foot of every page.

Marked `browser`: plain `pytest` deselects these (pyproject.toml), `pytest -m browser` runs them
(.ci/run does), and without the browser they fail, never skip (docs/handout.md).
docs/handout/ shows every printed page (`python tools/handout_pages.py` remakes it)."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from livertx.answers import prepared

from ..conftest import REPO, Invoke
from .test_html import _option_texts

pytestmark = pytest.mark.browser

SHIPPED = prepared.for_file(None)
STAGES = list(SHIPPED.stages)
# Debian's build (apt-get install chromium-headless-shell): the binary, not /usr/bin's wrapper.
CHROMIUM = os.environ.get("LIVERTX_CHROMIUM", "/usr/lib/chromium/chromium-headless-shell")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Two sheets, or one printed on both sides, to bring to an appointment (#32).
MOST_PAGES = 2
PICTURES = REPO / "docs" / "handout"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert shutil.which(CHROMIUM), (
        f"no browser at {CHROMIUM}: apt-get install chromium-headless-shell "
        "(or name its binary in LIVERTX_CHROMIUM)"
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def _handout(invoke: Invoke, stage_id: str) -> str:
    result = invoke("handout", stage_id)
    assert result.exit_code == 0, result.output
    page: str = result.stdout
    return page


def _page(browser: Any, html: str) -> Any:
    """A page with the handout in it, offline: any request it made would fail the test."""
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_content(html, wait_until="load")
    assert requests == []
    return page


def _squeezed(text: str) -> str:
    """Text without white space: a PDF's text breaks lines (and drops spaces) where it likes."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("stage_id", STAGES)
def test_axe_finds_nothing_to_fault(browser: Any, invoke: Invoke, stage_id: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page = _page(browser, _handout(invoke, stage_id))
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        results = Axe().run(page)
        assert results.violations_count == 0, (media, results.generate_report())
    page.close()


def _printed(browser: Any, invoke: Invoke, stage_id: str, paper: str) -> tuple[Any, list[str]]:
    """The handout's page in the browser, and the text of each printed page (pypdf)."""
    from pypdf import PdfReader

    page = _page(browser, _handout(invoke, stage_id))
    pdf = PdfReader(io.BytesIO(page.pdf(format=paper)))
    return page, [each.extract_text() for each in pdf.pages]


def _letters(text: str) -> str:
    """Only letters and digits: what the style adds around words (": " after a label, " • "
    between items) is not in the DOM's text."""
    return "".join(char for char in text if char.isalnum())


def _page_of(pages: list[str], text: str) -> int:
    """The one printed page whose text holds `text` (its letters and digits)."""
    found = [number for number, each in enumerate(pages) if _letters(text) in _letters(each)]
    assert len(found) == 1, (text, found)
    return found[0]


def _notes_heading(pdf_page: Any) -> float:
    """Where the heading "Notes" stands on a printed page: its baseline, in points from the
    page's top."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip() == "Notes":
            found.append(cm[1] * tm[4] + cm[3] * tm[5] + cm[5])

    pdf_page.extract_text(visitor_text=visit)
    assert len(found) == 1, found
    return float(pdf_page.mediabox.height) - found[0]


def _lowest_rule(pdf: bytes, page_number: int, tmp_path: Path) -> float:
    """The lowest line drawn across most of a printed page (the notes' last ruled line), in
    points from the page's top; drawn by poppler's pdftoppm at 72 dots an inch."""
    from PIL import Image

    (tmp_path / "printed.pdf").write_bytes(pdf)
    made = tmp_path / "page"
    number = str(page_number)
    subprocess.run(
        [
            *("pdftoppm", "-png", "-r", "72", "-gray", "-f", number, "-l", number),
            *("-singlefile", str(tmp_path / "printed.pdf"), str(made)),
        ],
        check=True,
    )
    picture = Image.open(f"{made}.png").convert("L")
    width, height = picture.size
    grey = picture.tobytes()  # a byte a pixel
    ruled = [
        y
        for y in range(height)
        if sum(value < 160 for value in grey[y * width : (y + 1) * width]) > width * 0.6
    ]
    assert ruled, "no ruled line"
    return float(max(ruled))


@pytest.mark.parametrize("paper", ["Letter", "A4"])
@pytest.mark.parametrize("stage_id", STAGES)
def test_printed_it_takes_two_pages_the_first_standing_alone(
    browser: Any, invoke: Invoke, stage_id: str, paper: str, tmp_path: Path
) -> None:
    """And the notes' ruled lines run a third of the last page at least, to its foot."""
    from pypdf import PdfReader

    page = _page(browser, _handout(invoke, stage_id))
    printed = page.pdf(format=paper)
    page.close()
    pdf = PdfReader(io.BytesIO(printed))
    pages = [each.extract_text() for each in pdf.pages]
    assert len(pages) <= MOST_PAGES
    height = float(pdf.pages[-1].mediabox.height)
    lowest = _lowest_rule(printed, len(pages), tmp_path)
    assert lowest - _notes_heading(pdf.pages[-1]) >= height / 3
    assert lowest >= height - 72  # an inch from the paper's edge at most: to the page's foot
    first = _squeezed(pages[0]).casefold()
    source = SHIPPED.source
    age = "2 years and 6 months before today (December 1, 2026); NCI may have updated it since"
    for text in [
        *_option_texts(SHIPPED.stages[stage_id]),
        f"Page updated May 15, 2024, {age}",
        source["url"],
        source["credit"],
        source["disclaimer"],
        "Handout made: December 1, 2026",
    ]:
        assert _squeezed(text).casefold() in first, text
    foot = "Liver Cancer Treatment, National Cancer Institute, updated May 15, 2024"
    for number, text in enumerate(pages, start=1):
        assert foot in text, number
        assert f"Page{number}of{len(pages)}" in _squeezed(text), number


@pytest.mark.parametrize("paper", ["Letter", "A4"])
@pytest.mark.parametrize("stage_id", STAGES)
def test_no_entry_or_block_is_split_across_pages(
    browser: Any, invoke: Invoke, stage_id: str, paper: str
) -> None:
    """Each entry's first words (its heading) and last words, the source block's and the
    addresses' stand on one page."""
    page, pages = _printed(browser, invoke, stage_id, paper)
    page.emulate_media(media="print")
    blocks = page.eval_on_selector_all(
        "section.entry, dl.fields, ul.addresses > li",
        "found => found.map(each => each.innerText.replace(/\\s+/g, ' ').trim())",
    )
    page.close()
    assert len(blocks) > 5
    for block in blocks:
        first, last = block[:40], block[-40:]
        assert _page_of(pages, first) == _page_of(pages, last), block


@pytest.mark.parametrize("stage_id", STAGES)
def test_addresses_break_only_after_a_slash_a_question_mark_or_an_ampersand(
    browser: Any, invoke: Invoke, stage_id: str
) -> None:
    page, pages = _printed(browser, invoke, stage_id, "Letter")
    addresses = page.eval_on_selector_all(".addresses a", "found => found.map(a => a.href)")
    page.close()
    printed = "\n".join(pages)
    assert len(addresses) == 3
    for address in addresses:
        breakable = "".join(re.escape(c) + ("\\s*" if c in "/?&" else "") for c in address)
        assert re.search(breakable, printed), address


@pytest.mark.parametrize("stage_id", STAGES)
def test_every_qr_code_reads_as_the_address_beside_it(
    browser: Any, invoke: Invoke, stage_id: str
) -> None:
    """Read back from the page as the browser draws it, by zxing-cpp."""
    import zxingcpp
    from PIL import Image

    page = browser.new_page(device_scale_factor=4)
    page.set_content(_handout(invoke, stage_id), wait_until="load")
    items = page.query_selector_all(".addresses li")
    assert len(items) == 3
    for item in items:
        address = item.eval_on_selector("a", "a => a.textContent")
        picture = Image.open(io.BytesIO(item.query_selector("svg").screenshot()))
        read = [code.text for code in zxingcpp.read_barcodes(picture)]
        assert read == [address] == [item.eval_on_selector("a", "a => a.href")]
    page.close()


@pytest.mark.parametrize("paper", ["Letter", "A4"])
@pytest.mark.parametrize("stage_id", STAGES)
def test_the_docs_show_every_printed_page(
    browser: Any, invoke: Invoke, stage_id: str, paper: str
) -> None:
    """docs/handout/ holds a picture of every page of every stage as printed, made by
    `python tools/handout_pages.py` (which needs poppler's pdftoppm): as many as print now."""
    page, pages = _printed(browser, invoke, stage_id, paper)
    page.close()
    pictures = sorted(PICTURES.glob(f"{stage_id}-{paper.lower()}-*.png"))
    assert [picture.name for picture in pictures] == [
        f"{stage_id}-{paper.lower()}-{number}.png" for number in range(1, len(pages) + 1)
    ]
    assert all(picture.read_bytes().startswith(b"\x89PNG") for picture in pictures)
