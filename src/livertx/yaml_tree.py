"""A YAML document read as a tree of nodes that remember where they stand: PyYAML's own
composition (`yaml.compose`), walked once into nodes the checks read.

Composing constructs no Python object from a tag, so no tag can run code; a node met twice is
an alias, refused before anything expands it, so an alias bomb costs nothing; depth is bounded;
a duplicate key is found (PyYAML's own loaders silently keep the last one). Plain scalars are
typed by YAML 1.1's rules, as PyYAML resolves them (`no` is a boolean, `2024-05-15` a date), so
the checks can say so.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

MAX_DEPTH = 32  # the real file is 6 deep
YAML_TAG = "tag:yaml.org,2002:"
STR_TAG = YAML_TAG + "str"
BOOL_TAG = YAML_TAG + "bool"
BOOLEAN_TRUE = ("true", "yes", "on")  # YAML 1.1's, as PyYAML resolves them
# The tags composition gives a node written without one (YAML 1.1's implicit types, as PyYAML's
# resolver types them); the checks name any of them that stands where text belongs. Any other
# tag was written by hand (`!!python/object`, `!custom`) and is refused.
ALLOWED_TAGS = frozenset(
    YAML_TAG + name
    for name in ("str", "seq", "map", "bool", "int", "float", "null", "timestamp", "merge", "value")
)
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

    __slots__ = ("column", "items", "kind", "line", "pairs", "tag", "value")

    def __init__(self, kind: str, line: int, column: int, tag: str = "", value: str = "") -> None:
        self.kind = kind  # "scalar", "sequence" or "mapping"
        self.line = line
        self.column = column
        self.tag = tag  # for a scalar, what YAML 1.1 makes of it (str, bool, int, timestamp …)
        self.value = value
        self.items: list[Node] = []  # a sequence's items
        self.pairs: list[tuple[Node, Node]] = []  # a mapping's keys and values

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
        # A loop, not next() over a generator: the proof asks this 300,000 times a page.
        for k, value in self.pairs:
            if k.value == key:
                return value
        return None

    # A record's fields, read as the checks read them: what is not of the field's kind is not
    # there (the shape check reports it), so a check reads a field without guarding its kind.

    def is_text(self) -> bool:
        return self.kind == "scalar" and self.tag == STR_TAG

    def text(self, key: str) -> Node | None:
        """The text at `key`, or None."""
        found = self.get(key)
        return found if found is not None and found.is_text() else None

    def texts(self, key: str) -> list[Node]:
        """The texts of the list at `key` (none when it is not a list)."""
        found = self.get(key)
        return [item for item in found.items if item.is_text()] if found is not None else []

    def record(self, key: str) -> Node:
        """The record (mapping) at `key`; an empty one, here, when there is none."""
        found = self.get(key)
        return found if found is not None and found.kind == "mapping" else Node("mapping", 0, 0)

    def records(self, key: str) -> list[Node]:
        """The records (mappings) of the list at `key` (none when it is not a list)."""
        found = self.get(key)
        return [item for item in found.items if item.kind == "mapping"] if found else []


def _place(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def read_tree(text: str) -> Node | None:
    """The document in `text` as a tree, or None for an empty document; YamlProblem if the text
    is not one plain YAML document."""
    import yaml  # PyYAML only when a file is read, not answered ahead: start-up (docs/speed.md)

    # The C parser is ten times faster; PyYAML built without libyaml lacks it.
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        documents = yaml.compose_all(text, Loader=loader_class)
        composed = next(documents, None)
        second = next(documents, None)
    except yaml.MarkedYAMLError as error:
        line, column = _place(error.problem_mark)
        raise YamlProblem(line, column, error.problem or "not valid YAML") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, by position
        at = max(0, min(int(error.position), len(text)))
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        code = int(error.character)  # both readers give the code point (ord), never the character
        message = f"the character U+{code:04X} is not allowed in YAML ({error.reason})"
        raise YamlProblem(line, column, message) from None
    except RecursionError:  # PyYAML's Python composer, without libyaml's bound on depth
        raise YamlProblem(1, 1, f"nested deeper than {MAX_DEPTH} levels") from None
    except yaml.YAMLError as error:  # unmarked: rare
        raise YamlProblem(1, 1, " ".join(f"not valid YAML: {error}".split())) from None
    if second is not None:
        line, column = _place(second.start_mark)
        raise YamlProblem(line, column, "more than one YAML document in the file")
    return None if composed is None else _walk(composed, set(), 0)


def _walk(composed: Any, seen: set[int], depth: int) -> Node:
    """A composed node as a Node, refusing what plain data has no use for, in document order."""
    line, column = _place(composed.start_mark)
    if id(composed) in seen:  # composition hands an alias its anchor's own node: said there
        message = "this node (&name) is repeated by an alias (*name): aliases are not allowed"
        raise YamlProblem(line, column, message)
    seen.add(id(composed))
    tag = composed.tag
    if tag not in ALLOWED_TAGS:
        written = tag.replace(YAML_TAG, "!!")
        raise YamlProblem(line, column, f"the tag {written!r} is not allowed")
    kind = KINDS[type(composed).__name__]
    if kind == "scalar":
        return Node(kind, line, column, tag, composed.value)
    if depth >= MAX_DEPTH:
        raise YamlProblem(line, column, f"nested deeper than {MAX_DEPTH} levels")
    node = Node(kind, line, column)
    if kind == "sequence":
        node.items = [_walk(item, seen, depth + 1) for item in composed.value]
        return node
    keys: set[str] = set()
    for key_node, value_node in composed.value:
        key = _walk(key_node, seen, depth + 1)
        if key.kind != "scalar" or key.tag != STR_TAG:
            raise YamlProblem(key.line, key.column, "a key must be plain text")
        if key.value in keys:
            raise YamlProblem(key.line, key.column, f"duplicate key {key.value!r}")
        keys.add(key.value)
        node.pairs.append((key, _walk(value_node, seen, depth + 1)))
    return node
