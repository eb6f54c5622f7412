"""`verify-source --browser` (#31, item 5): the saved page read through a real browser's
rendering (chromium-headless-shell, `pytest -m browser`) gives the text and lists livertx's own
HTML reader gives: on the capture saved as HTML with the file's lists, and on each way a page
hides or shows text."""

from __future__ import annotations

from pathlib import Path

import pytest

from livertx.cli.browser_page import read_in_browser
from livertx.proof.saved_page import read_document

from ..conftest import Invoke
from ..proof.test_list_structure import as_html
from ..proof.test_page_check import _as_html
from ..proof.test_saved_page import CASCADE, IMPORTANCE, MARKUP, SHEETS, VISIBILITY

pytestmark = pytest.mark.browser

CAPTURE = Path(__file__).parents[2] / "data" / "source" / "nci-liver-cancer-treatment.txt"


def test_the_two_readers_are_equal_on_the_capture_saved_as_html() -> None:
    for page in (as_html(), _as_html(CAPTURE.read_text(encoding="utf-8"))):
        browser, own = read_in_browser(page), read_document(page)
        assert (browser.text, browser.lists) == (own.text, own.lists)
        assert own.text and own.lists


@pytest.mark.parametrize(
    "page",
    [
        '<p>One <span style="display:none;display:inline">x</span> two</p>',
        '<p>One <span aria-hidden="true">x</span> two</p>',
        "<style>.x{display:none}</style><p>One <b class=x>x</b> two</p>",
        "<style>@media print{.x{display:none}}</style><p>One <i class=x>x</i> two</p>",
        "<p>One <span hidden>x</span> <del>y</del> two</p><noscript>z</noscript>",
        "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ul hidden><li>d</li></ul>",
        CASCADE,
        SHEETS,
        IMPORTANCE,
        MARKUP,
        VISIBILITY,
    ],
)
def test_the_two_readers_are_equal_on_what_a_page_hides_or_shows(page: str) -> None:
    browser, own = read_in_browser(page), read_document(page)
    assert (browser.text, browser.lists) == (own.text, own.lists)


def test_verify_source_reads_through_the_browser(invoke: Invoke, tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(as_html(), encoding="utf-8")
    result = invoke("verify-source", str(saved), "--browser")
    assert result.exit_code == 0, result.output
    assert "the one the knowledge file was checked against" in result.stdout
