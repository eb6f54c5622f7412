"""The YAML reader: PyYAML's composition walked into nodes, refusing what plain data has no use
for, at the place it was written; the same tree with libyaml or without it."""

from __future__ import annotations

import pytest
import yaml

from livertx.yaml_tree import Node, YamlProblem, read_tree

from ..conftest import REPO

SHIPPED = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")


def shape(node: Node) -> object:
    """Everything a node holds, where it stands included, as plain data to compare."""
    inner: object = node.value
    if node.kind == "sequence":
        inner = [shape(item) for item in node.items]
    elif node.kind == "mapping":
        inner = [(shape(key), shape(value)) for key, value in node.pairs]
    return (node.kind, node.line, node.column, node.tag, inner)


def refused(text: str) -> tuple[int, int, str]:
    with pytest.raises(YamlProblem) as caught:
        read_tree(text)
    return caught.value.line, caught.value.column, caught.value.message


def without_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML as it is built where libyaml is missing: its Python composer only."""
    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)


@pytest.fixture(params=["libyaml", "python"])
def composer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test that takes it runs with libyaml's composer and with Python's own."""
    if request.param == "python":
        without_libyaml(monkeypatch)
    return str(request.param)


def test_the_python_composer_gives_the_same_tree_as_libyaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_libyaml = read_tree(SHIPPED)
    without_libyaml(monkeypatch)
    without = read_tree(SHIPPED)
    assert with_libyaml is not None and without is not None
    assert shape(without) == shape(with_libyaml)


def test_nesting_past_any_bound_is_a_problem_not_a_crash(composer: str) -> None:
    """libyaml stops at 1,000 levels; Python's composer would end in a RecursionError."""
    line, column, message = refused("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert line == 1
    if composer == "python":
        assert column == 1  # Python's composer says nowhere: the file's start
    assert "nest" in message


def test_nesting_past_32_levels_is_refused_where_it_goes_too_deep() -> None:
    """32 levels with the top mapping: its 32nd list is one too many."""
    assert refused("a: " + "[" * 32 + "]" * 32 + "\n") == (1, 35, "nested deeper than 32 levels")
    assert read_tree("a: " + "[" * 31 + "]" * 31 + "\n") is not None


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1]\nb: *x\n",  # a value
        "a: &x one\nb: [two, *x]\n",  # an item
        "a: &x one\n*x : two\n",  # a key
    ],
    ids=["value", "item", "key"],
)
def test_an_alias_is_refused_at_the_node_it_repeats(text: str) -> None:
    assert refused(text) == (
        1,
        4,
        "an alias (*) repeats the node anchored (&) here: aliases are not allowed",
    )


def test_an_anchor_no_alias_repeats_is_plain_data() -> None:
    root = read_tree("a: &x one\nb: two\n")
    assert root is not None and root.to_data() == {"a": "one", "b": "two"}


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("a: !!binary aGk=\n", "!!binary"),
        ("a: !!set {x}\n", "!!set"),
        ("a: !custom x\n", "!custom"),
        ("a: !!python/name:os.system x\n", "!!python/name:os.system"),
    ],
)
def test_a_tag_written_by_hand_is_refused(text: str, written: str) -> None:
    assert refused(text) == (1, 4, f"the tag {written!r} is not allowed")


def test_a_type_yaml_gives_implicitly_is_read_for_the_checks_to_name() -> None:
    """`!!int 5` and `5` are the same node; the shape check says "got the number 5"."""
    root = read_tree("a: !!int 5\nb: 5\nc: !!str 5\nd: no\n")
    assert root is not None
    assert [value.tag.rsplit(":", 1)[1] for _, value in root.pairs] == ["int", "int", "str", "bool"]


@pytest.mark.parametrize(
    ("text", "place", "message"),
    [
        ("a: 1\na: 2\n", (2, 1), "duplicate key 'a'"),
        ("1: x\n", (1, 1), "a key must be plain text"),
        ("? [a]\n: x\n", (1, 3), "a key must be plain text"),
        ("a: 1\n---\nb: 2\n", (3, 1), "more than one YAML document in the file"),
        ("a: [1\n", (2, 1), "did not find expected ',' or ']'"),
        ("a: \x00\n", (1, 4), "the character U+0000 is not allowed in YAML"),
    ],
)
def test_what_plain_data_has_no_use_for_is_refused_where_written(
    text: str, place: tuple[int, int], message: str
) -> None:
    line, column, said = refused(text)
    assert (line, column) == place
    assert said.startswith(message)


def test_an_empty_document_is_no_tree() -> None:
    assert read_tree("") is None
    assert read_tree("# only a comment\n") is None


@pytest.mark.parametrize(
    ("text", "place"),
    [("\x00a: 1\n", (1, 1)), ("\n\x00\n", (2, 1)), ("a: 1\nb: x\x07y\n", (2, 5))],
    ids=["first", "first-of-a-line", "inside"],
)
def test_a_character_yaml_refuses_is_named_where_it_stands(
    composer: str, text: str, place: tuple[int, int]
) -> None:
    line, column, message = refused(text)
    assert (line, column) == place
    assert message.startswith("the character U+00")


def test_plain_data_keeps_yaml_1_1_s_booleans_and_every_list() -> None:
    """What the model is built from, once the checks have passed."""
    root = read_tree("a: yes\nb: No\nc: 'yes'\nd: [x, [y]]\ne: {f: off}\n")
    assert root is not None
    assert root.to_data() == {
        "a": True,
        "b": False,
        "c": "yes",
        "d": ["x", ["y"]],
        "e": {"f": False},
    }


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("a: !!bool banana\n", "!!bool"),  # it would be read as false
        ("a: !!str {b: c}\n", "!!str"),
        ("a: !!timestamp '2024-05-15'\n", "!!timestamp"),
        ("a: !!null hello\n", "!!null"),
        ("a: !!seq x\n", "!!seq"),
        ("a: !!int hello\n", "!!int"),
        ("a: !!map [x]\n", "!!map"),
    ],
)
def test_a_core_tag_written_for_what_yaml_would_not_make_it_is_refused(
    composer: str, text: str, written: str
) -> None:
    assert refused(text) == (1, 4, f"the tag {written!r} is not allowed")


def test_a_core_tag_for_what_yaml_makes_anyway_changes_nothing(composer: str) -> None:
    root = read_tree("a: !!str 5\nb: !!int 5\nc: !!bool yes\nd: !!seq [x]\ne: !!map {f: g}\n")
    assert root is not None
    assert root.to_data() == {"a": "5", "b": "5", "c": True, "d": ["x"], "e": {"f": "g"}}
    assert [v.tag.rsplit(":", 1)[1] for _, v in root.pairs[:3]] == ["str", "int", "bool"]


def test_the_merge_key_is_named(composer: str) -> None:
    assert refused("a: 1\n<<: {b: c}\n") == (2, 1, "the merge key << is not allowed")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("a: \U0001f600\U0001f600\x07\n", (1, 6)),  # libyaml counts UTF-8's bytes
        ("\ufeffa: 1\nb: \x07\n", (2, 4)),
        ("a: 1\rb: 2\rc: \x07\r", (3, 4)),  # lines that end with CR alone
        ("a: 1\r\nb: \x07\r\n", (2, 4)),
    ],
    ids=["after-emoji", "after-a-bom", "cr", "crlf"],
)
def test_a_refused_character_is_placed_as_an_editor_counts(
    composer: str, text: str, place: tuple[int, int]
) -> None:
    assert refused(text)[:2] == place


def test_an_escape_past_unicode_is_a_problem_not_an_internal_error(composer: str) -> None:
    _, _, message = refused('a: "\\U00110000"\n')
    assert "escape" in message


def test_a_tag_a_megabyte_long_is_named_short() -> None:
    line, column, message = refused("a: !" + "x" * 1_000_000 + " b\n")
    assert (line, column) == (1, 4)
    assert message.startswith("the tag '!xxx") and len(message) < 100


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('a: 1\nb: "never closed\n', "(while scanning a quoted scalar at 2:4)"),
        ("a: &x 1\nb: &x 2\n", "first occurrence at 1:4)"),
    ],
    ids=["unclosed-quote", "anchor-twice"],
)
def test_an_error_found_far_from_its_start_says_where_it_began(
    composer: str, text: str, said: str
) -> None:
    assert refused(text)[2].endswith(said)
