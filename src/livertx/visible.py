"""Text from the knowledge file or the command line, made safe to show: a terminal must receive
the characters, never instructions. One place, used by every renderer and every error message."""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable

# Every format character (Unicode category Cf, as of Unicode 15.1: zero-width spaces and
# joiners, the soft hyphen, the byte order mark, bidirectional overrides and isolates, which can
# reorder what a reader sees, tag characters) shows nothing, so two names could look the same and
# differ; line and paragraph separators break lines where a script does not expect them.
# tests/test_visible.py holds this equal to the category in every Python's Unicode database.
_INVISIBLE = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f\u2028\u2029"
)
# C0 controls except newline (a tab too: one text is one line of a pipe, whose columns a tab
# would shift), DEL, C1 controls, the characters above, and lone
# surrogates (what Python makes of bytes in argv that are not UTF-8; no encoder takes them).
# Compiled on first use, by re's own cache: most text has none of them (`_has_none`).
UNSAFE = f"[\x00-\x09\x0b-\x1f\x7f\x80-\x9f{_INVISIBLE}\ud800-\udfff]"


def _replacement(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return "^" + chr(code + 0x40)  # caret notation, as `cat -v` shows it: ESC is ^[
    if code == 0x7F:
        return "^?"
    return f"<U+{code:04X}>"


def _has_none(text: str) -> bool:
    """Whether the text has no unsafe character, told without the pattern: each of them is one
    that Python calls unprintable (a control, format, separator or surrogate character;
    tests/test_visible.py holds this), so text printable but for its newlines has none."""
    return text.replace("\n", "").isprintable()


def _each_unsafe(text: str, stand_in: Callable[[re.Match[str]], str]) -> str:
    return text if _has_none(text) else re.sub(UNSAFE, stand_in, text)


def visible(text: str) -> str:
    """The text with every control and reordering character replaced by a visible stand-in."""
    return _each_unsafe(text, _replacement)


def escape_for_json(json_text: str) -> str:
    """JSON text with the same unsafe characters as \\u escapes: the same data, safe to print."""
    return _each_unsafe(json_text, lambda m: f"\\u{ord(m.group()):04x}")
