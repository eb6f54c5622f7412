"""A YAML document read as a tree of nodes that remember where they stand, built from the
parser's events and nothing else.

Nothing here constructs Python objects from tags, so no tag can run code; an alias is an error,
never an expansion, so an alias bomb costs nothing; depth is bounded; a duplicate key is found
(PyYAML's own loaders silently keep the last one). Plain scalars are typed by YAML 1.1's rules,
as PyYAML would (`no` is a boolean, `2024-05-15` a date), so the checks can say so.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

MAX_DEPTH = 32  # the real file is 6 deep
STR_TAG = "tag:yaml.org,2002:str"
BOOL_TAG = "tag:yaml.org,2002:bool"
BOOLEAN_TRUE = ("true", "yes", "on")  # YAML 1.1's, as PyYAML resolves them
ALLOWED_TAGS = (STR_TAG, "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!")


class YamlProblem(Exception):
    """A file that cannot be read as plain YAML data, at a line and column (from 1)."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


class Node:
    """A node of the tree, where it starts (line and column from 1). Built up as the parser's
    events arrive, so not a record: a sequence's items and a mapping's pairs grow."""

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
        # A loop, not next() over a generator: the proof asks this 300,000 times a page.
        for k, value in self.pairs:
            if k.value == key:
                return value
        return None


def _place(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def read_tree(text: str) -> Node | None:
    """The document in `text` as a tree, or None for an empty document; YamlProblem if the text
    is not one plain YAML document."""
    import yaml

    # The C parser is ten times faster; PyYAML built without libyaml lacks it.
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolver = yaml.resolver.Resolver()
    stack: list[Node] = []
    pending_keys: list[Node | None] = []  # for each open mapping: its key awaiting a value
    root: Node | None = None
    documents = 0

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if parent.kind == "sequence":
            parent.items.append(node)
            return
        key = pending_keys[-1]
        if key is None:
            if node.kind != "scalar" or node.tag != STR_TAG:
                raise YamlProblem(node.line, node.column, "a key must be plain text")
            if any(k.value == node.value for k, _ in parent.pairs):
                raise YamlProblem(node.line, node.column, f"duplicate key {node.value!r}")
            pending_keys[-1] = node
        else:
            parent.pairs.append((key, node))
            pending_keys[-1] = None

    try:
        for event in yaml.parse(text, Loader=loader_class):
            line, column = _place(event.start_mark)
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlProblem(line, column, "more than one YAML document in the file")
            elif isinstance(event, yaml.AliasEvent):
                raise YamlProblem(line, column, "aliases (*name) are not allowed")
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                stack.pop()
                pending_keys.pop()
            elif isinstance(event, yaml.NodeEvent):
                if event.anchor is not None:
                    raise YamlProblem(line, column, "anchors (&name) are not allowed")
                tag = getattr(event, "tag", None)
                if tag is not None and tag not in ALLOWED_TAGS:
                    written = tag.replace("tag:yaml.org,2002:", "!!")
                    raise YamlProblem(line, column, f"the tag {written!r} is not allowed")
                if isinstance(event, yaml.ScalarEvent):
                    if tag is None or tag == "!":
                        resolved = resolver.resolve(  # type: ignore[no-untyped-call]
                            yaml.ScalarNode, event.value, event.implicit
                        )
                        tag = str(resolved)
                    attach(Node("scalar", line, column, tag=tag, value=event.value))
                    continue
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem(line, column, f"nested deeper than {MAX_DEPTH} levels")
                kind = "sequence" if isinstance(event, yaml.SequenceStartEvent) else "mapping"
                node = Node(kind, line, column)
                attach(node)
                stack.append(node)
                pending_keys.append(None)
    except yaml.MarkedYAMLError as error:
        line, column = _place(error.problem_mark)
        raise YamlProblem(line, column, error.problem or "not valid YAML") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, by position
        at = max(0, min(int(error.position), len(text)))
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        code = error.character if isinstance(error.character, int) else ord(str(error.character))
        message = f"the character U+{code:04X} is not allowed in YAML ({error.reason})"
        raise YamlProblem(line, column, message) from None
    except yaml.YAMLError as error:  # unmarked: rare
        raise YamlProblem(1, 1, " ".join(f"not valid YAML: {error}".split())) from None
    return root
