"""The domain's errors. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


def shlex_quote(text: str) -> str:
    import shlex  # and its re, dearer than --version itself (tests/cli/test_entry.py)

    return shlex.quote(text)


# An error message echoes at most this much of what was typed: one line, not a page.
ECHOED = 80


def shown(typed: str) -> str:
    return typed if len(typed) <= ECHOED else typed[: ECHOED - 1] + "…"


class LivertxError(Exception):
    """Base of every error livertx reports to a user."""

    # What a script gets beside the message under --json: what the message offers in place of
    # what was typed (names, commands), in its order; and the links it gives, each with whose
    # link it is ("livertx": livertx's own, never the page's).
    suggestions: tuple[str, ...] = ()
    links: tuple[dict[str, str], ...] = ()


class NotFound(LivertxError):
    """A name or stage that matches nothing.

    The user sees: `livertx: no treatment, method, drug or combination called 'x'. Did you mean:
    a, b? Or try: livertx search x`
    and exit code 1.
    """

    def __init__(
        self,
        what: str,
        query: str,
        suggestions: tuple[str, ...] = (),
        choices: tuple[str, ...] = (),
        lead: str | None = None,
        candidates: tuple[str, ...] = (),
        search: bool = False,
        offered: tuple[str, ...] = (),
        looks_like: tuple[str, ...] = (),
    ) -> None:
        # `offered`: what a `lead` of its own offers (a command to run), as its suggestions.
        offered = offered or candidates or suggestions or looks_like or choices
        self.near = suggestions  # the names it is a near miss of, for a lead that says more
        if candidates:
            hint = f" {'; '.join(candidates)}."
        elif looks_like:  # a word the page does not use: names that look like it, no guess
            hint = f" Names on the page that look like it: {', '.join(looks_like)}."
        elif suggestions:
            hint = f" Did you mean: {', '.join(suggestions)}?"
        elif choices:
            hint = f" Choose from: {', '.join(choices)}."
        else:
            hint = ""
        if search:  # the next step when no name fits
            step = f"livertx search {shlex_quote(shown(query))}"
            hint += f" {'Or try' if hint else 'Try'}: {step}"
            offered += (step,)
        self.suggestions = offered
        super().__init__(f"{lead or f'no {what} called {shown(query)!r}.'}{hint}")


class NothingMatches(NotFound):
    """A search that finds nothing.

    The user sees `livertx: no entry matches 'x'. Did you mean: a, b?` when words livertx shows
    are near misses of it; else, for the words the page does not have at all, `livertx: no
    entry matches 'survival': the page does not use the word 'survival'. What it covers:
    livertx list`; exit code 1. It says that the page lacks a word only when the page's own
    words were read (`absent`), never for a file held to no page.
    """

    def __init__(
        self, query: str, suggestions: tuple[str, ...] = (), absent: tuple[str, ...] = ()
    ) -> None:
        lead = f"no entry matches {shown(query)!r}."
        if suggestions:
            super().__init__("match", query, suggestions, lead=lead)
            return
        if absent:
            words = " or ".join(repr(shown(word)) for word in absent)
            plural = "s" if len(absent) > 1 else ""  # "the words 'a' or 'b'"
            lead = f"{lead[:-1]}: the page does not use the word{plural} {words}."
        step = "livertx list"
        super().__init__("match", query, lead=f"{lead} What it covers: {step}", offered=(step,))


class StageNumber(NotFound):
    """A stage number ("4", "stage IV"), which the page does not use: it lists treatment by
    its own groups, which livertx never maps a number to.

    The user sees `livertx: '4' is a stage number or letter, which the page does not use. It lists
    treatment for: Localized liver cancer; … (livertx stages). NCI explains liver cancer
    stages: URL (livertx's link, not the page's)` and exit code 1.
    """

    def __init__(self, query: str, groups: tuple[str, ...], link: dict[str, str] | None) -> None:
        lead = (
            f"{shown(query)!r} is a stage number or letter, which the page does not use."
            f" It lists treatment for: {'; '.join(groups)} (livertx stages)."
        )
        if link is not None:
            lead += f" {link['text']}: {link['url']} (livertx's link, not the page's)."
        super().__init__("stage", query, lead=lead, offered=("livertx stages",))
        self.links = (link,) if link is not None else ()


class KnowledgeError(LivertxError):
    """The knowledge file cannot be read or is not valid.

    The user sees `livertx: FILE: problem` (a file that cannot be read) or
    `livertx: FILE:LINE:COLUMN: problem (run 'livertx validate FILE' to see every problem)`,
    and exit code 3.
    """

    def __init__(
        self, path: str, problem: str, line: int | None = None, column: int | None = None
    ) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        self.column = column
        if line is None:
            super().__init__(f"{path}: {problem}")
        else:
            import shlex  # as in shlex_quote

            hint = f"run 'livertx validate {shlex.quote(path)}' to see every problem"
            super().__init__(f"{path}:{line}:{column}: {problem} ({hint})")


class OutputError(LivertxError):
    """The answer could not be written to stdout (a full disk, a file-size limit, a closed
    stdout).

    The user sees `livertx: could not write the output: No space left on device` and exit
    code 74, never success.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"could not write the output: {reason}")


class UsageError(LivertxError):
    """A command line livertx cannot act on, found after parsing (an empty file name, say).

    The user sees `livertx: --data needs a file name` and exit code 2.
    """
