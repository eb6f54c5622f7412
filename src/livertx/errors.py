"""The domain's errors. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


def shlex_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


# An error message echoes at most this much of what was typed: one line, not a page.
ECHOED = 80


def shown(typed: str) -> str:
    return typed if len(typed) <= ECHOED else typed[: ECHOED - 1] + "…"


class LivertxError(Exception):
    """Base of every error livertx reports to a user."""


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
    ) -> None:
        # What a script gets as `suggestions`: what the message offers in place of the query
        # (commands to run, names to try, the choices), in its order; not the search to try.
        self.suggestions = candidates or suggestions or choices
        if candidates:
            hint = f" {'; '.join(candidates)}."
        elif suggestions:
            hint = f" Did you mean: {', '.join(suggestions)}?"
        elif choices:
            hint = f" Choose from: {', '.join(choices)}."
        else:
            hint = ""
        if search:  # the next step when no name fits
            hint += f" {'Or try' if hint else 'Try'}: livertx search {shlex_quote(shown(query))}"
        super().__init__(f"{lead or f'no {what} called {shown(query)!r}.'}{hint}")


class NothingMatches(NotFound):
    """A search that finds nothing.

    The user sees: `livertx: no entry matches 'x'. Did you mean: a, b?` and exit code 1: it
    says what livertx holds, never that the page lacks it.
    """

    def __init__(self, query: str, suggestions: tuple[str, ...] = ()) -> None:
        lead = f"no entry matches {shown(query)!r}."
        super().__init__("match", query, suggestions, lead=lead)


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
            import shlex

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
