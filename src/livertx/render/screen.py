"""What stdout is: a terminal or not, how wide, whether to style, whether it shows Unicode.
Decided here, without Rich, so that the stacked layout never imports it; the rules are Rich's
own (TTY_COMPATIBLE, FORCE_COLOR, NO_COLOR, TERM=dumb, COLUMNS), so both layouts agree."""

from __future__ import annotations

import os
import sys
from collections import namedtuple

from livertx.render.formats import ColorChoice
from livertx.render.layout import MUTED, STATUS, WARNING

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.render.formats import ColorName

# Below this width a table's columns get too thin to read; fields stack instead.
NARROW = 60
# A terminal that says it is narrower than this (COLUMNS=0, say) is not telling the truth.
NARROWEST = 10
FALLBACK_WIDTH = 80

# width: None off a terminal (nothing is wrapped); styled: send colour and bold; links: wrap
# links in OSC 8 hyperlinks, which the terminal is known to follow; paged: output taller than
# the terminal goes through the pager (off with --no-pager).
Screen = namedtuple("Screen", "terminal width styled unicode links paged", defaults=(True,))

# Terminals known to follow OSC 8 hyperlinks, by what they set in the environment; others may
# show the escape itself, so they get the link as plain text on a line of its own.
HYPERLINK_TERMINALS = ("iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper")


# How each tone of a paragraph (livertx.render.layout) is styled on a screen, by both layouts.
TONE_STYLES = {MUTED: "dim", STATUS: "bold yellow", WARNING: "yellow"}


def _is_terminal(color: ColorName) -> bool:
    if color == ColorChoice.ALWAYS or os.environ.get("FORCE_COLOR"):
        return True
    return writes_to_terminal()


def writes_to_terminal() -> bool:
    """Whether stdout is a terminal (TTY_COMPATIBLE says so either way), whatever the colour."""
    compatible = os.environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    stream = sys.stdout
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _width() -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= NARROWEST:
        return int(columns)
    try:
        width = os.get_terminal_size(sys.__stdout__.fileno() if sys.__stdout__ else 1).columns
    except (OSError, ValueError, AttributeError):
        return FALLBACK_WIDTH
    return width if width >= NARROWEST else FALLBACK_WIDTH


def _shows_unicode() -> bool:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "•✓─".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def screen(color: ColorName, paged: bool = True) -> Screen:
    terminal = _is_terminal(color)
    plain = color == ColorChoice.NEVER or (
        color == ColorChoice.AUTO
        and (bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb")
    )
    width = _width() if terminal else None
    styled = terminal and not plain
    links = styled and _follows_links()
    return Screen(terminal, width, styled, _shows_unicode(), links, paged)


def _follows_links() -> bool:
    environ = os.environ
    if environ.get("LIVERTX_HYPERLINKS") in ("0", "1"):
        return environ["LIVERTX_HYPERLINKS"] == "1"
    vte = environ.get("VTE_VERSION", "")
    return (
        environ.get("TERM_PROGRAM") in HYPERLINK_TERMINALS
        or bool(environ.get("WT_SESSION") or environ.get("KITTY_WINDOW_ID"))
        or (vte.isdigit() and int(vte) >= 5000)
    )


def is_wide(view_screen: Screen) -> bool:
    """Wide enough for tables."""
    return view_screen.width is not None and view_screen.width >= NARROW
