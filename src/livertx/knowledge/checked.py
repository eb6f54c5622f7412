"""A knowledge file checked whole, as `validate` and every load check it: read (livertx.knowledge.
file), its text, shape and meaning (livertx.knowledge.validation), then held to its page
(livertx.proof.prove) when it names one: the capture, or a page the maintainer gives. Every
problem, for `validate`; or the tree, or the first problem as the error, for a load; and a file
`verify-source --update` proposes, held to the new page."""

from __future__ import annotations

from livertx.errors import KnowledgeError
from livertx.knowledge.file import read_capture
from livertx.knowledge.validation import validate_tree
from livertx.problems import Problem
from livertx.proof.prove import prove
from livertx.safe_read import read_bytes
from livertx.yaml_tree import Node


def check_file(
    path: str, source: str | None = None
) -> tuple[bytes | None, Node | None, list[Problem]]:
    """The bytes of the knowledge file at `path` (None if it cannot be read), its tree when it
    has no problem, and every problem. Its medical texts are checked against the page's
    capture: `source` if given, else the one the file names (`source.capture`); a file that
    names none is not held to any page. Read once, so every verdict is about the same bytes."""
    try:
        data = read_bytes(path)
    except KnowledgeError as error:
        return None, None, [Problem(error.problem, check="file")]
    root, problems = validate_tree(data)
    if root is not None:
        problems = sorted(
            [*problems, *page_problems(path, root, source)],
            key=lambda p: (p.line or 0, p.column or 0),
        )
    return data, (None if problems else root), problems


def checked_tree(data: bytes, where: str, hold_to_capture: bool = True) -> Node:
    """The tree of the knowledge file `where`, read as `data`, when it has no problem (held to
    the capture it names unless not `hold_to_capture`); else KnowledgeError with the first."""
    root, problems = validate_tree(data)
    # A file that names its page is held to it on every load: text that fails the check is
    # never shown as the page's.
    if root is not None and not problems and hold_to_capture:
        problems = page_problems(where, root)
    if problems or root is None:
        first = problems[0]
        raise KnowledgeError(where, first.message, first.line, first.column)
    return root


def capture_of(root: Node) -> Node | None:
    """The file's `source.capture`, if it names one."""
    named = root.record("source").text("capture")
    return named if named is not None and named.value else None


def page_problems(path: str, root: Node, source: str | None = None) -> list[Problem]:
    """The file held to its page (livertx.proof.prove): to `source` (a page as the user
    gave it: HTML or text, or - for standard input) or else the capture the file names; nothing
    to hold it to when it names none."""
    named = capture_of(root)
    try:
        if source is not None:
            from livertx.proof.saved_page import read_page  # its HTML reader, for --source only

            page = read_page(source)
        elif named is not None:
            page = read_capture(path, named.value)
        else:
            return []
    except KnowledgeError as error:
        line, column = (named.line, named.column) if source is None and named else (None, None)
        message = f"the page's capture {error.path}: {error.problem}"
        return [Problem(message, line, column, "page")]
    return prove(root, page)


def left_for_a_person(text: str, page_text: str) -> list[Problem]:
    """Every problem of the proposed file, as `validate` holds it to the new page: what a
    person must still do, each at its place in the new file."""
    root, problems = validate_tree(text.encode("utf-8"))
    if root is not None:
        problems = [*problems, *prove(root, page_text)]
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
