"""What of a saved page is hidden, as its elements open and close (livertx.proof.saved_page
reads it), as a browser hides it: an element taken out of the page (the `hidden` attribute,
`display:none`, text struck through) hides all it holds, whatever they say; `visibility` is
inherited, and an element under one that sets it hidden shows again when it sets it visible.
Each element opened in or under either is kept with its tag, so that its own end tag ends it,
not an outer one of the same name. What the style sheet alone hides is told apart (the page's
text a browser does not show), from what the page's own markup hides. Pure."""

from __future__ import annotations

# Whether a property hides, and whether the page's style sheet alone decided it.
Verdict = tuple[bool, bool]


class Hiding:
    """The open elements that hide or set `visibility`, and those under them: for each, its
    tag, whether it is taken out (and by the sheet alone), and the `visibility` it has (set or
    inherited, and by the sheet alone). Counted as they open and close, so that each tag is
    read in constant time (a page of 60,000 nested elements was quadratic)."""

    __slots__ = ("_open", "_out", "_out_by_markup", "_stack")

    def __init__(self) -> None:
        self._stack: list[tuple[str, bool, bool, Verdict]] = []
        self._open: dict[str, int] = {}  # by tag
        self._out = 0  # the elements taken out, of those open
        self._out_by_markup = 0  # and of them, those not by the style sheet alone

    def opened(self, tag: str, out: Verdict, visibility: Verdict | None) -> None:
        """An element opened: whether it is taken out, and its own `visibility`, if it sets it."""
        if not (out[0] or visibility is not None or self._stack):
            return  # it hides nothing and is under nothing that does: nothing to keep
        inherited = self._stack[-1][3] if self._stack else (False, False)
        self._stack.append((tag, *out, visibility or inherited))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._out += out[0]
        self._out_by_markup += out[0] and not out[1]

    def closed(self, tag: str) -> None:
        """An end tag: the element it ends, and any left open in it (HTML closes them too)."""
        if not self._open.get(tag):
            return
        while self._stack:
            last, out, by_sheet, _ = self._stack.pop()
            self._open[last] -= 1
            self._out -= out
            self._out_by_markup -= out and not by_sheet
            if last == tag:
                return

    @property
    def shown(self) -> bool:
        return not self._out and not (self._stack and self._stack[-1][3][0])

    @property
    def by_sheet_alone(self) -> bool:
        """Whether what is hidden here is hidden by the page's style sheet alone."""
        if self._out:
            return not self._out_by_markup
        return bool(self._stack) and self._stack[-1][3] == (True, True)
