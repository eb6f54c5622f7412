"""The table of commands: each row runs its own handler, and names a document the contract has."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from livertx.answers.contract import DOCUMENTS as SCHEMAS
from livertx.cli.commands import BY_NAME, COMMANDS, DOCUMENTS, run
from livertx.cli.grammar import Command, Request, Settings
from livertx.cli.handlers import Answering
from livertx.errors import UsageError
from livertx.render import ColorChoice, OutputFormat, View

SETTINGS = Settings(None, OutputFormat.JSON, ColorChoice.NEVER, False)


def with_handler(row: Command, handler: Callable[[Request], int]) -> Command:
    """A copy of a row of the table with another handler."""
    changed = copy.copy(row)
    changed.handler = handler
    return changed


def test_every_document_a_row_names_has_its_schema_and_none_is_left_over() -> None:
    assert sorted(DOCUMENTS) == sorted(SCHEMAS)
    assert len(set(DOCUMENTS)) == len(DOCUMENTS)


def test_schema_help_names_every_document() -> None:
    assert f"DOCUMENT ({', '.join(DOCUMENTS)})" in BY_NAME["schema"].help


def test_a_row_that_shows_a_view_answers_from_the_file_and_the_others_do_not() -> None:
    for command in COMMANDS:
        assert isinstance(command.handler, Answering) == (command.view is not None), command.name


def test_run_hands_the_row_its_own_request_and_returns_its_code() -> None:
    seen: list[Request] = []

    def handler(request: Request) -> int:
        seen.append(request)
        return 7

    row = with_handler(BY_NAME["validate"], handler)
    assert run(row, ["a.yaml"], {"--source": "page.txt"}, SETTINGS) == 7
    [request] = seen
    assert request.command is row
    assert request.arguments == ["a.yaml"]
    assert request.options == {"--source": "page.txt"}
    assert request.settings is SETTINGS


def test_an_empty_file_name_for_an_option_is_refused_before_the_handler() -> None:
    row = with_handler(BY_NAME["validate"], lambda request: pytest.fail("ran"))
    with pytest.raises(UsageError, match="--source needs a file name"):
        run(row, [], {"--source": ""}, SETTINGS)


@pytest.mark.parametrize(
    ("command", "arguments", "options", "view", "key"),
    [
        ("list", [], {}, View.LIST, None),
        ("show", ["tace"], {}, View.SHOW, "id"),
        ("show", ["tace"], {"--sources": ""}, View.SOURCES, "id"),
        ("stage", ["recurrent"], {}, View.STAGE, "options"),
        ("compare", ["tae", "tace"], {}, View.COMPARE, None),
        ("search", ["freeze"], {}, View.SEARCH, "hits"),
        ("about", [], {}, View.ABOUT, "version"),
    ],
)
def test_an_answering_row_gives_its_view_and_the_document_for_its_arguments(
    command: str, arguments: list[str], options: dict[str, str], view: str, key: str | None
) -> None:
    row = BY_NAME[command]
    assert isinstance(row.handler, Answering)
    answered_view, document, source = row.handler.answer(Request(row, arguments, options, SETTINGS))
    assert answered_view == view
    assert source["title"] == "Liver Cancer Treatment"
    if key is not None:
        assert key in document
    if command == "compare":
        assert [entry["id"] for entry in document] == [
            "transarterial-embolization",
            "transarterial-chemoembolization",
        ]
    if command == "show":
        assert document["id"] == "transarterial-chemoembolization"


def test_global_options_end_at_the_command_or_at_a_double_dash() -> None:
    from livertx.cli.grammar import data_in_use, pages

    assert data_in_use(["--color", "--data", "x", "list"], {}) is None  # --data is --color's
    assert data_in_use(["--data=a.yaml", "list"], {"LIVERTX_DATA": "b"}) == "a.yaml"
    assert data_in_use(["list", "--data", "a.yaml"], {"LIVERTX_DATA": "b"}) == "b"
    assert not pages(["--no-pager", "--help"])
    assert pages(["--", "--no-pager", "--help"])
    assert pages(["list", "--no-pager"])
