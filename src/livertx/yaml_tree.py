"""A YAML document read as a tree of nodes that remember where they stand: PyYAML's own
composition (`yaml.compose`), walked once into nodes the checks read.

Composing constructs no Python object from a tag, so no tag can run code; a node met twice is
an alias, refused before anything expands it, so an alias bomb costs nothing; depth is bounded;
a duplicate key is found (PyYAML's own loaders silently keep the last one). Plain scalars are
typed by YAML 1.1's rules, as PyYAML resolves them (`no` is a boolean, `2024-05-15` a date), so
the checks can say so.
"""

from __future__ import annotations

import gc
import re
from types import MappingProxyType

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

MAX_DEPTH = 32  # the real file is 6 deep
YAML_TAG = "tag:yaml.org,2002:"
STR_TAG = YAML_TAG + "str"
BOOL_TAG = YAML_TAG + "bool"
BOOLEAN_TRUE = ("true", "yes", "on")  # YAML 1.1's, as PyYAML resolves them
# A node keeps the tag YAML 1.1 gives what is written (`no` a boolean, for the checks to name
# where text belongs), or `!!str`; any other tag written by hand is refused (_as_written).
SEQ_TAG, MAP_TAG, MERGE_TAG = YAML_TAG + "seq", YAML_TAG + "map", YAML_TAG + "merge"
# Where a line ends, for YAML: CR LF, CR, LF, and NEL, LS and PS.
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
KINDS = {"ScalarNode": "scalar", "SequenceNode": "sequence", "MappingNode": "mapping"}


class YamlProblem(Exception):
    """A file that cannot be read as plain YAML data, at a line and column (from 1)."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


class Node:
    """A node of the tree, where it starts (line and column from 1)."""

    __slots__ = ("column", "fields", "items", "kind", "line", "pairs", "tag", "value")

    def __init__(self, kind: str, line: int, column: int, tag: str = "", value: str = "") -> None:
        self.kind = kind  # "scalar", "sequence" or "mapping"
        self.line = line
        self.column = column
        self.tag = tag  # for a scalar, what YAML 1.1 makes of it (str, bool, int, timestamp …)
        self.value = value
        # A sequence's items, a mapping's keys and values; none, and no list made, for a scalar
        # (a file of a million values would otherwise hold two million empty lists).
        self.items: tuple[Node, ...] = ()
        self.pairs: tuple[tuple[Node, Node], ...] = ()
        # A mapping's values by key, made with `pairs` and never changed after: the checks read
        # a field by its key a thousand times a proof. One shared empty one for the rest.
        self.fields: Mapping[str, Node] = NO_FIELDS

    def to_data(self) -> Any:
        """Plain data: str, list and dict (call it on a tree the checks have passed)."""
        if self.kind == "scalar":
            # The checks let a boolean stand only in a field of the format's BOOL type.
            return self.value.lower() in BOOLEAN_TRUE if self.tag == BOOL_TAG else self.value
        if self.kind == "sequence":
            return [item.to_data() for item in self.items]
        return {key.value: value.to_data() for key, value in self.pairs}

    def get(self, key: str) -> Node | None:
        """A mapping's value at `key` (None for a key it lacks, and for a scalar or a list)."""
        return self.fields.get(key)

    # A record's fields, read as the checks read them: what is not of the field's kind is not
    # there (the shape check reports it), so a check reads a field without guarding its kind.

    def is_text(self) -> bool:
        return self.kind == "scalar" and self.tag == STR_TAG

    # is_text written out in text and texts: a call saved, on the checks' commonest path.

    def text(self, key: str) -> Node | None:
        """The text at `key`, or None."""
        found = self.fields.get(key)
        return (
            found if found is not None and found.kind == "scalar" and found.tag == STR_TAG else None
        )

    def texts(self, key: str) -> list[Node]:
        """The texts of the list at `key` (none when it is not a list)."""
        found = self.fields.get(key)
        if found is None:
            return []
        return [item for item in found.items if item.kind == "scalar" and item.tag == STR_TAG]

    def record(self, key: str) -> Node:
        """The record (mapping) at `key`; an empty one, here, when there is none."""
        found = self.fields.get(key)
        return found if found is not None and found.kind == "mapping" else Node("mapping", 0, 0)

    def records(self, key: str) -> list[Node]:
        """The records (mappings) of the list at `key` (none when it is not a list)."""
        found = self.fields.get(key)
        return [item for item in found.items if item.kind == "mapping"] if found else []


NO_FIELDS: Mapping[str, Node] = MappingProxyType({})  # read-only: shared by every node


def _place(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def read_tree(text: str) -> Node | None:
    """The document in `text` as a tree, or None for an empty document; YamlProblem if the text
    is not one plain YAML document."""
    import yaml  # PyYAML only when a file is read, not answered ahead: start-up (docs/speed.md)

    # The C parser is ten times faster; PyYAML built without libyaml lacks it.
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    # Two trees of a file's every value are made here, and nothing in them is garbage: the
    # collector would walk them again and again as they grow (60% of reading a 2 MiB file of a
    # million values).
    collecting = gc.isenabled()
    gc.disable()
    try:
        composed = _composed(yaml, loader_class, text)
        return None if composed is None else _walk(composed, set(), 0, yaml.resolver.Resolver())
    finally:
        if collecting:
            gc.enable()


def _composed(yaml: Any, loader_class: Any, text: str) -> Any:
    """The document composed by PyYAML, or None; YamlProblem for what is not one document."""
    try:
        documents = yaml.compose_all(text, Loader=loader_class)
        composed = next(documents, None)
        second = next(documents, None)
    except yaml.MarkedYAMLError as error:
        line, column = _place(error.problem_mark)
        raise YamlProblem(line, column, _said(error)) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, by position
        at = int(error.position)  # libyaml's counts UTF-8's bytes, Python's reader characters
        if loader_class is not yaml.SafeLoader:
            at = len(text.encode("utf-8")[:at].decode("utf-8", "ignore"))
        line, column = _line_and_column(text, max(0, min(at, len(text))))
        code = int(error.character)  # both readers give the code point (ord), never the character
        message = f"the character U+{code:04X} is not allowed in YAML ({error.reason})"
        raise YamlProblem(line, column, message) from None
    except RecursionError:  # PyYAML's Python composer, without libyaml's bound on depth
        raise YamlProblem(1, 1, f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError:  # Python's reader, on an escape past Unicode ("\U00110000")
        raise YamlProblem(1, 1, "not valid YAML: an escape names no Unicode character") from None
    except yaml.YAMLError as error:  # unmarked: rare
        raise YamlProblem(1, 1, _shown(" ".join(f"not valid YAML: {error}".split()))) from None
    if second is not None:
        line, column = _place(second.start_mark)
        raise YamlProblem(line, column, "more than one YAML document in the file")
    return composed


def _said(error: Any) -> str:
    """PyYAML's words for an error, with what it was reading and where that began, when it
    says (an unclosed quote is found at the file's end; it began at the quote)."""
    problem = error.problem or "not valid YAML"
    if not error.context:
        return _shown(problem)
    began = f" at {':'.join(map(str, _place(error.context_mark)))}" if error.context_mark else ""
    return _shown(f"{problem} ({error.context}{began})", 200)


def _line_and_column(text: str, at: int) -> tuple[int, int]:
    """Where the character at `at` stands, counting lines as YAML does (CR, LF, CR LF, NEL, LS
    and PS each end one)."""
    breaks = list(LINE_BREAK.finditer(text, 0, at))
    return len(breaks) + 1, at - (breaks[-1].end() if breaks else 0) + 1


def _shown(text: str, most: int = 120) -> str:
    """A message's words from the file, cut short: a tag or a name may be a megabyte long."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _walk(composed: Any, seen: set[int], depth: int, resolver: Any) -> Node:
    """A composed node as a Node, refusing what plain data has no use for, in document order."""
    mark = composed.start_mark  # _place, written out: this runs for every node of the file
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    identity = id(composed)
    if identity in seen:  # composition hands an alias its anchor's own node: said there
        message = "an alias (*) repeats the node anchored (&) here: aliases are not allowed"
        raise YamlProblem(line, column, message)
    seen.add(identity)
    kind = KINDS[type(composed).__name__]
    tag = composed.tag
    if not _as_written(composed, kind, tag, resolver):
        written = _shown(tag.replace(YAML_TAG, "!!"), 60)
        raise YamlProblem(line, column, f"the tag {written!r} is not allowed")
    if kind == "scalar":
        return Node(kind, line, column, tag, composed.value)
    if depth >= MAX_DEPTH:
        raise YamlProblem(line, column, f"nested deeper than {MAX_DEPTH} levels")
    node = Node(kind, line, column)
    # Each composed node is let go once walked: the two trees are never both whole in memory.
    # (Safe for the aliases found by id: every composed node was made before the walk began.)
    children = composed.value
    composed.value = None
    children.reverse()
    if kind == "sequence":
        walked = []
        while children:
            item = children.pop()
            walked.append(_text(item, seen) or _walk(item, seen, depth + 1, resolver))
        node.items = tuple(walked)
        return node
    fields: dict[str, Node] = {}
    pairs = []
    while children:
        key_node, value_node = children.pop()
        key = _text(key_node, seen) or _walk(key_node, seen, depth + 1, resolver)
        if key.tag == MERGE_TAG:
            raise YamlProblem(key.line, key.column, "the merge key << is not allowed")
        if key.kind != "scalar" or key.tag != STR_TAG:
            raise YamlProblem(key.line, key.column, "a key must be plain text")
        if key.value in fields:
            raise YamlProblem(key.line, key.column, f"duplicate key {key.value!r}")
        value = _text(value_node, seen) or _walk(value_node, seen, depth + 1, resolver)
        fields[key.value] = value
        pairs.append((key, value))
    node.pairs, node.fields = tuple(pairs), fields
    return node


def _text(composed: Any, seen: set[int]) -> Node | None:
    """A text node as _walk makes it, or None for any other (an alias, a tag other than
    `!!str`, a list or a mapping), which _walk makes or refuses: most nodes are texts."""
    identity = id(composed)
    if composed.tag != STR_TAG or type(composed).__name__ != "ScalarNode" or identity in seen:
        return None
    seen.add(identity)
    mark = composed.start_mark  # as in _walk
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Node("scalar", line, column, STR_TAG, composed.value)


def _as_written(composed: Any, kind: str, tag: str, resolver: Any) -> bool:
    """Whether a node's tag is the one YAML gives what is written there, or `!!str`: a tag
    written by hand for anything else (`!!bool banana`, `!!str` on a mapping, `!!python/…`) is
    refused, never believed."""
    if kind != "scalar":
        return tag == (SEQ_TAG if kind == "sequence" else MAP_TAG)
    if tag == STR_TAG:
        return True
    plain = not composed.style  # None (Python's composer) or "" (libyaml's): written plain
    return bool(tag == resolver.resolve(type(composed), composed.value, (plain, not plain)))
