"""QR codes of printed addresses, for a phone to open from paper: inline SVG made by segno
(pure Python, no image file, no network), imported only when a page that prints one is made."""

from __future__ import annotations

# How much of a code may be lost and still read (segno's "m": 15 %), and its quiet zone in
# modules (the standard asks for 4; the white paper around it adds to it).
ERROR = "m"
BORDER = 2


def qr_svg(url: str, label: str) -> str:
    """The code of `url` as an SVG element, named by `label` (already escaped)."""
    import segno

    code = segno.make(url, error=ERROR, micro=False)
    svg: str = code.svg_inline(omitsize=True, border=BORDER, svgclass="qr")
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
