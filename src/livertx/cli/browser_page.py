"""`verify-source PAGE --browser`: the saved page read through a real browser's rendering (the
`browser` extra: Playwright driving Debian's chromium-headless-shell, never a browser of
Playwright's own download), for a maintainer who wants the page's text exactly as a browser
shows it. The page is loaded with every request refused (nothing is fetched), and its visible
text and lists are read as livertx.proof.saved_page reads them: a space at every element,
white space folded; a list's items with their own words and the lists nested in them.
tests/render/test_browser.py holds the two readers equal on the capture saved as HTML."""

from __future__ import annotations

import os

from livertx.errors import UsageError
from livertx.proof.saved_page import ListItem, SavedPage, is_html, read_document

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

# Debian's build (apt-get install chromium-headless-shell): the binary, not /usr/bin's wrapper.
CHROMIUM = "/usr/lib/chromium/chromium-headless-shell"
CHROMIUM_VARIABLE = "LIVERTX_CHROMIUM"

# The page's text and lists as the browser renders them: the text of rendered elements
# (checkVisibility: display, content-visibility) whose own `visibility` is visible (an element
# under a hidden one can set it visible again), a space at every element.
READ = """() => {
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'DEL', 'S', 'STRIKE']);
  const lists = new Set(['UL', 'OL', 'MENU']);
  const shown = (e) => e.checkVisibility({visibilityProperty: true});
  const seen = (e) => getComputedStyle(e).visibility === 'visible';
  const fold = (parts) => parts.join('').split(/\\s+/).filter(Boolean).join(' ');
  const text = (node, parts, sub) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) { if (seen(node)) parts.push(child.data); continue; }
      const element = child.nodeType === Node.ELEMENT_NODE;
      if (!element || skipped.has(child.tagName) || !child.checkVisibility()) continue;
      if (sub && lists.has(child.tagName)) { sub.push(...items(child)); continue; }
      parts.push(' '); text(child, parts, sub); parts.push(' ');
    }
    return parts;
  };
  const items = (list) => [...list.children]
    .filter((c) => c.tagName === 'LI' && shown(c))
    .map((li) => { const sub = []; return {words: fold(text(li, [], sub)), items: sub}; });
  const tops = [...document.querySelectorAll('ul, ol, menu')]
    .filter((l) => shown(l) && !(l.parentElement && l.parentElement.closest('li')));
  return {text: fold(text(document.body, [], null)), lists: tops.map(items)};
}"""


def read_in_browser(document: str) -> SavedPage:
    """The saved page's text and lists as the browser renders them (plain text as it is)."""
    if not is_html(document):
        return read_document(document)
    try:
        from playwright.sync_api import sync_playwright  # an optional extra: the error below
    except ImportError:
        raise UsageError(
            "--browser needs the browser extra (pip install 'livertx[browser]') and "
            "chromium-headless-shell"
        ) from None
    chromium = os.environ.get(CHROMIUM_VARIABLE, CHROMIUM)
    if not os.path.exists(chromium):
        raise UsageError(f"--browser: no browser at {chromium} (set {CHROMIUM_VARIABLE})")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            # The page's own scripts do not run: a saved page is read, not executed.
            page = browser.new_page(java_script_enabled=False)
            page.route("**/*", lambda route: route.abort())  # nothing is fetched
            page.set_content(document, wait_until="domcontentloaded")
            read: dict[str, Any] = page.evaluate(READ)
        finally:
            browser.close()
    lists = tuple(tuple(_item(item) for item in found) for found in read["lists"])
    return SavedPage(read["text"], lists)


def _item(item: dict[str, Any]) -> ListItem:
    return ListItem(item["words"], tuple(_item(inner) for inner in item["items"]))
