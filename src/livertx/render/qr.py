"""QR codes of printed addresses, for a phone to open from paper: inline SVG made by segno
(pure Python, no image file, no network). The shipped file's addresses are drawn ahead of time
(data/qr-codes.json, `python -m livertx.render.qr > src/livertx/data/qr-codes.json`): segno
alone takes longer to import than a handout takes to make. Any other address is drawn when a
page that prints it is made, segno imported then."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from livertx.answers import prepared
from livertx.answers.handout import trial_searches

# How much of a code may be lost and still read (segno's "m": 15 %), and its quiet zone in
# modules (the standard asks for 4; the white paper around it adds to it).
ERROR = "m"
BORDER = 2
MADE_AHEAD = Path(__file__).resolve().parent.parent / "data" / "qr-codes.json"
_made_ahead: dict[str, str] = {}


def qr_svg(url: str, label: str) -> str:
    """The code of `url` as an SVG element, named by `label` (already escaped)."""
    if not _made_ahead and MADE_AHEAD.is_file():
        _made_ahead.update(json.loads(MADE_AHEAD.read_text(encoding="utf-8")))
    svg = _made_ahead.get(url) or drawn(url)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def drawn(url: str) -> str:
    """The code of `url`, drawn by segno now."""
    import segno  # only for an address not drawn ahead: its import outweighs a handout

    code = segno.make(url, error=ERROR, micro=False)
    svg: str = code.svg_inline(omitsize=True, border=BORDER, svgclass="qr")
    return svg


def made_ahead_text() -> str:
    """What data/qr-codes.json holds: the code of every address a handout of the shipped file
    prints (the page, NCI's trial search, ClinicalTrials.gov's for the page's condition)."""
    source = prepared.for_file(None).source
    searches = trial_searches(source)
    urls = [
        source["url"],
        *(url for url in (searches["nci"], searches["clinicaltrials_gov"]) if url),
    ]
    return json.dumps({url: drawn(url) for url in urls}, indent=0) + "\n"


if __name__ == "__main__":
    sys.stdout.write(made_ahead_text())
