"""Every check of a knowledge file's text, each problem with its line and column (holding it to
its page is livertx.knowledge.checked's).

In order: UTF-8 text; one plain YAML document (livertx.yaml_tree: no tags, aliases
or duplicate keys); its shape (livertx.knowledge.format.FIELDS: required and unknown fields,
types, ids), with what the JSON Schema cannot say of it (no space but the plain one; a link is
https, to a host named in plain ASCII); its meaning (livertx.knowledge.meaning).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from livertx.knowledge.format import (
    BOOL,
    DATE_PATTERN,
    FIELDS,
    ID_PATTERN,
    ISO_DATE,
    LINK,
    LINK_PATTERN,
    RECORD_KINDS,
    RECORDS,
    STR,
    TEXTS,
)
from livertx.knowledge.meaning import meaning_problems
from livertx.problems import Problem
from livertx.yaml_tree import Node, YamlProblem, read_tree

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


def validate(data: bytes) -> tuple[Any, list[Problem]]:
    """(the file's data as plain dicts, lists and strings, every problem of its text, shape and
    meaning). The data is None when there are problems."""
    root, problems = validate_tree(data)
    return (None if problems or root is None else root.to_data()), problems


def validate_tree(data: bytes) -> tuple[Node | None, list[Problem]]:
    """(the file as a tree, or None when it is not one plain YAML document; every problem)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        message = f"not UTF-8 text (byte 0x{data[error.start]:02x})"
        return None, [Problem(message, line, column, "yaml")]
    try:
        root = read_tree(text)
    except YamlProblem as problem:
        return None, [Problem(problem.message, problem.line, problem.column, "yaml")]
    if root is None:
        message = "the file is empty: a knowledge file is a mapping of fields"
        return None, [Problem(message, 1, 1, "yaml")]
    problems = list(_check_record(root, "file", ""))
    problems += meaning_problems(root)
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return root, problems


# The shape ------------------------------------------------------------------------------------

# White space beyond ASCII: exactly Unicode's Zs (but U+0020), Zl and Zp, and U+0085.
_ODD_SPACE = r"[^\S\x00-\x7f]"


def _at(node: Node, message: str, check: str = "shape") -> Problem:
    return Problem(message, node.line, node.column, check)


def _describe(node: Node) -> str:
    if node.kind != "scalar":
        return "a list" if node.kind == "sequence" else "a mapping"
    kind = node.tag.rsplit(":", 1)[-1]
    if kind == "null":
        return "nothing"
    if kind == "str":
        shown = node.value if len(node.value) <= 30 else node.value[:29] + "…"
        return f"the text {shown!r}" if node.value.strip() else "empty text"
    named = {"bool": "the boolean", "int": "the number", "float": "the number"}
    noun = named.get(kind, "the date" if kind == "timestamp" else f"a {kind}")
    return f"{noun} {node.value} (quote it to make it text)"


def _check_record(node: Node, kind: str, where: str) -> Iterator[Problem]:
    label = f"{where}: " if where else ""
    if node.kind != "mapping":
        yield _at(node, f"{label}expected a mapping of fields, got {_describe(node)}")
        return
    fields = FIELDS[kind]
    for key, value in node.pairs:
        if key.value not in fields:
            yield _at(key, f"{label}unknown field {key.value!r}")
            continue
        expected, _ = fields[key.value]
        yield from _check_value(value, expected, key.value, f"{where}.{key.value}".lstrip("."))
    for name, (_, required) in fields.items():
        if required and node.get(name) is None:
            yield _at(node, f"{label}missing required field {name!r}")
    identifier = node.get("id")
    if (
        "id" in fields
        and identifier is not None
        and identifier.is_text()
        and not re.fullmatch(ID_PATTERN, identifier.value)
    ):
        message = f"{identifier.value!r} is not a lowercase slug like 'liver-transplant'"
        yield _at(identifier, f"{where}.id: {message}")


def _one_line(node: Node, where: str) -> Iterator[Problem]:
    """A text is shown on one line of a pipe, with nothing after it: a line break or a space at
    either end would split or pad what a script reads. And its spaces are plain ones."""
    if not node.is_text():
        return
    if odd := _odd_space(node.value):
        said, at = odd
        before = " ".join(node.value[:at].split()[-3:])
        place = f"after {before!r}" if before else "at its start"
        # The schema lets it through: it is not the text's shape that is wrong.
        yield _at(node, f"{where}: {said} where a plain space belongs ({place})", "meaning")
    elif "\n" in node.value or node.value != node.value.strip():
        yield _at(
            node, f"{where}: a text must be one line with no spaces at its ends (fold it with >-)"
        )
    elif "\t" in node.value or "  " in node.value:
        said = "a tab" if "\t" in node.value else "two spaces in a row"
        yield _at(node, f"{where}: {said} where one plain space belongs", "meaning")


def _odd_space(text: str) -> tuple[str, int] | None:
    """The first space in `text` that is not U+0020, named, and where it is: it looks like a
    space, yet the page's words, a name typed or a search miss the text it is in."""
    found = None if text.isascii() else re.search(_ODD_SPACE, text)
    if found is None:
        return None
    import unicodedata  # only for a text with an odd space: off the common path

    name = unicodedata.name(found.group(), "next line character").lower()
    article = "an" if name[0] in "aeiou" else "a"
    return f"{article} {name} (U+{ord(found.group()):04X})", found.start()


def _which_has(node: Node) -> str:
    odd = _odd_space(node.value) if node.kind == "scalar" else None
    return f", which has {odd[0]}" if odd else ""


def _check_value(node: Node, expected: str, key: str, where: str) -> Iterator[Problem]:
    if expected == STR:
        if not node.is_text():
            yield _at(node, f"{where}: expected text, got {_describe(node)}")
        yield from _one_line(node, where)
    elif expected == LINK:
        # A link shows what it goes to: no character that shows nothing (U+200B) or reorders.
        link = node.is_text() and re.fullmatch(LINK_PATTERN, node.value) is not None
        if not link or not node.value.isprintable():
            got = _describe(node) + _which_has(node)
            yield _at(node, f"{where}: expected a link like https://…, got {got}")
        elif said := _link_problem(node.value):
            yield _at(node, f"{where}: {said}", "meaning")  # the schema cannot say it
    elif expected == BOOL:
        if node.kind != "scalar" or not node.tag.endswith(":bool"):
            got = _describe(node).removesuffix(" (quote it to make it text)")
            yield _at(node, f"{where}: expected true or false, got {got}")
    elif expected == ISO_DATE:
        if not node.is_text() or not _is_iso_date(node.value):
            got = "an unquoted date" if node.tag.endswith("timestamp") else _describe(node)
            got += _which_has(node)
            yield _at(node, f'{where}: expected a quoted date like "2024-05-15", got {got}')
    elif expected == TEXTS:
        if node.kind != "sequence":
            yield _at(node, f"{where}: expected a list of texts, got {_describe(node)}")
            return
        for index, item in enumerate(node.items):
            if not item.is_text():
                yield _at(item, f"{where}[{index}]: expected text, got {_describe(item)}")
            yield from _one_line(item, f"{where}[{index}]")
    elif expected == RECORDS:
        if node.kind != "sequence":
            yield _at(node, f"{where}: expected a list, got {_describe(node)}")
            return
        for index, item in enumerate(node.items):
            yield from _check_record(item, RECORD_KINDS[key], f"{where}[{index}]")
    else:
        yield from _check_record(node, expected, where)


def _is_iso_date(text: str) -> bool:
    if not re.fullmatch(DATE_PATTERN, text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


# A link's form -------------------------------------------------------------------------------


# RFC 3986, appendix B: the authority is what follows "//" up to the first "/", "?" or "#".
# A browser ends it at a backslash too: the host's own characters refuse one.
_AUTHORITY = r"^https://([^/?#]*)"
_HOST = r"[A-Za-z0-9.-]+"
# A browser reads a host whose last label is a number (decimal, or 0x hex) as an IPv4 address:
# 93.184.216.34, and 2130706433 or 0x7f.1 (127.0.0.1) as well.
_NUMBER = r"[0-9]+|0[xX][0-9A-Fa-f]*"


def _link_problem(link: str) -> str | None:
    """What is wrong with the form of `link` (one that matches LINK_PATTERN), in plain words;
    None when nothing is."""
    found = re.match(_AUTHORITY, link)
    if found is None:
        return "a link must be https, not http"
    authority = found.group(1)
    if not authority:
        return "a link must name its host after https://"
    if "@" in authority:
        return f"a link must carry no user name or password ({authority!r} has an '@')"
    if authority.startswith("["):
        return f"a link's host must be a name, not an IP address ({authority!r})"
    if ":" in authority:
        return f"a link must name no port ({authority!r})"
    return _host_problem(authority)


def _host_problem(host: str) -> str | None:
    if not re.fullmatch(_HOST, host):
        odd = next(char for char in host if not re.fullmatch(_HOST, char))
        said = f"{host!r} has {odd!r} (U+{ord(odd):04X})"
        if not odd.isascii():
            said += ": an internationalized host, which can pass for another"
        return f"a link's host must be plain ASCII letters, digits, dots and hyphens: {said}"
    labels = host.split(".")
    if "" in labels:
        return f"a link's host has an empty label ({host!r}): no dot at an end, none twice"
    if any(label.lower().startswith("xn--") for label in labels):
        return (
            f"a link's host must be plain ASCII ({host!r}): an 'xn--' label is an "
            "internationalized name written in ASCII, and can pass for another"
        )
    if re.fullmatch(_NUMBER, labels[-1]):
        return f"a link's host must be a name, not an IP address ({host!r})"
    return None
