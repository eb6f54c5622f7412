"""The ids a knowledge file gives, against the shipped file's: scripts depend on them
(`livertx validate FILE --against-shipped`). Pure."""

from __future__ import annotations

from livertx.problems import Problem

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.yaml_tree import Node


def id_changes(root: Node, shipped: Node) -> list[Problem]:
    """Every id of a file that the shipped file lacks in the same role (a treatment, a method
    or drug of the same treatment, a stage, a part of the same stage), at its place, and every
    id of the shipped file that it lacks so: scripts depend on the shipped ids
    (`validate --against-shipped`). A group's id swapped with its part's is two changes."""
    ids, theirs = _ids(root), _ids(shipped)
    problems = [
        Problem(f"{_named(key)} is not the shipped file's", *_at(node), "ids")
        for key, node in ids.items()
        if key not in theirs
    ]
    lacks = [_named(key) for key in theirs if key not in ids]
    if lacks:
        said = f"the shipped file's {', '.join(lacks)}: not in this file"
        problems.append(Problem(said, check="ids"))
    return problems


def _named(key: tuple[str, str, str]) -> str:
    role, parent, identifier = key
    return f"{role} id {identifier!r}" + (f" of {parent!r}" if parent != identifier else "")


def _at(node: Node) -> tuple[int, int]:
    return node.line, node.column


def _ids(root: Node) -> dict[tuple[str, str, str], Node]:
    """(role, the id of its treatment or stage, id) -> its node, of every entry (combinations
    too) and every stage and part."""
    found: dict[tuple[str, str, str], Node] = {}
    groups = (
        (
            "treatments",
            "treatment",
            (("methods", "method"), ("drugs", "drug"), ("regimens", "combination")),
        ),
        ("stages", "stage", (("parts", "part"),)),
    )
    for key, role, members in groups:
        for group in root.records(key):
            own = group.text("id")
            if own is None:
                continue
            found.setdefault((role, own.value, own.value), own)
            for field, member_role in members:
                for record in group.records(field):
                    identifier = record.text("id")
                    if identifier is not None:
                        found.setdefault((member_role, own.value, identifier.value), identifier)
    return found
