"""Under --json, an error's `suggestions` hold what its message offers in place of what was
typed: the names, choices or commands (the search to try next among them), in its order, and
nothing when it offers none; its `links`, the links it gives."""

from __future__ import annotations

import json

import pytest

from livertx.cli.typer_errors import suggested

from ..conftest import Invoke

STAGES = ["localized", "advanced", "locally-advanced", "metastatic", "recurrent"]


@pytest.mark.parametrize(
    ("argv", "suggestions"),
    [
        (["bogus"], ["about"]),
        (["lis"], ["list"]),
        (["--colr", "never", "list"], ["--color"]),
        (["stage"], STAGES),
        (["stage", "stage 4"], ["livertx stages"]),
        (["stage", "recurrance"], ["recurrent"]),
        (["stage", "reccurent"], ["recurrent"]),
        (["stage", "lungs"], ["livertx stages"]),  # a case the page places in no group
        (["show", "radiox"], ["livertx search radiox"]),
        (["show", "sorafinib"], ["sorafenib", "livertx search sorafinib"]),
        (
            ["show", "radio"],
            ["livertx show radiofrequency-ablation", "livertx show radiation-therapy"],
        ),
        (["show", "recurrent"], ["livertx stage recurrent"]),
        (["search", "frezze xyzzy"], ["freeze"]),
        (["search", "xyzzy"], ["livertx list"]),
        (["search", "stage iv"], ["livertx stages"]),
        (["compare", "tace"], []),
    ],
)
def test_suggestions_are_what_the_message_suggests(
    invoke: Invoke, argv: list[str], suggestions: list[str]
) -> None:
    result = invoke(*argv, "--json")
    assert result.exit_code in (1, 2)
    assert result.stdout == ""
    error = json.loads(result.stderr)["error"]
    assert error["suggestions"] == suggestions
    for suggestion in suggestions:
        assert suggestion in error["message"]
    for link in error["links"]:
        assert link["url"] in error["message"]


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("No such command 'lis'. Did you mean 'list'?", ("list",)),
        ("No such command 'x'. Did you mean 'list', 'stage'?", ("list", "stage")),
        ("No such option: --jsn Did you mean --json?", ("--json",)),
        ("No such option: --colr (Possible options: --color, --colour)", ("--color", "--colour")),
        ("Missing argument 'NAME'.", ()),
    ],
)
def test_the_words_a_usage_message_suggests(message: str, words: tuple[str, ...]) -> None:
    assert suggested(message) == words


@pytest.mark.parametrize("word", ["print", "PDF", "export"])
def test_a_command_to_print_points_to_the_handout(invoke: Invoke, word: str) -> None:
    result = invoke(word, "recurrent")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "To print a stage's options: livertx handout STAGE." in result.stderr
    error = json.loads(invoke(word, "recurrent", "--json").stderr)["error"]
    assert error["suggestions"] == ["livertx handout STAGE"]
