"""The command line: parse, ask the core, hand the answer to a renderer. Nothing else."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from livertx import __version__, lookup
from livertx.errors import KnowledgeError, LivertxError, NotFound
from livertx.model import Knowledge
from livertx.render import OutputFormat, renderer_for

EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

EXIT_CODES: dict[type[LivertxError], int] = {NotFound: EXIT_NOT_FOUND, KnowledgeError: EXIT_DATA}

app = typer.Typer(
    name="livertx",
    help=(
        "The treatment options for liver cancer, from the National Cancer Institute's patient "
        "page “Liver Cancer Treatment” (updated May 15, 2024). Information, not medical advice."
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document instead.")]


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"livertx {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            metavar="FILE",
            help="Use this knowledge file instead of the bundled one [env: LIVERTX_DATA].",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Treatment options for liver cancer, from NCI's patient page."""
    # Read when a command runs, not at import, so tests and scripts can set it per call.
    chosen = data or os.environ.get("LIVERTX_DATA") or None
    ctx.obj = Path(chosen) if chosen else None


@contextmanager
def _reporting() -> Iterator[None]:
    """Turn a domain error into one line on stderr and its documented exit code."""
    try:
        yield
    except LivertxError as error:
        typer.echo(f"livertx: {error}", err=True)
        raise typer.Exit(EXIT_CODES.get(type(error), EXIT_INTERNAL)) from None


def _knowledge(ctx: typer.Context) -> Knowledge:
    from livertx.knowledge import load_knowledge

    return load_knowledge(ctx.obj)


def _format(as_json: bool) -> OutputFormat:
    return OutputFormat.JSON if as_json else OutputFormat.TABLE


@app.command("list")
def list_treatments(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    """Every treatment type on the page, with the stages where it is an option.

    Example: livertx list
    """
    with _reporting():
        knowledge = _knowledge(ctx)
        renderer_for(_format(as_json)).treatments(knowledge, knowledge.treatments)


@app.command("show")
def show(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="A treatment, method or drug: its name, abbreviation or another name for it.",
            show_default=False,
        ),
    ],
    as_json: JsonFlag = False,
) -> None:
    """One treatment type, method or drug in full.

    Example: livertx show tace
    """
    with _reporting():
        knowledge = _knowledge(ctx)
        entry = lookup.resolve_entry(knowledge, name)
        renderer_for(_format(as_json)).entry(knowledge, entry)


@app.command("stage")
def stage(
    ctx: typer.Context,
    stage_name: Annotated[
        str,
        typer.Argument(
            metavar="STAGE",
            help="localized, locally-advanced, metastatic, advanced (both together) or recurrent.",
            show_default=False,
        ),
    ],
    as_json: JsonFlag = False,
) -> None:
    """The options the page lists for one stage, in its order, with its conditions.

    Example: livertx stage recurrent
    """
    with _reporting():
        knowledge = _knowledge(ctx)
        selection = lookup.resolve_stage(knowledge, stage_name)
        renderer_for(_format(as_json)).stage(knowledge, selection)


def _internal_error(error: BaseException) -> NoReturn:
    if os.environ.get("LIVERTX_DEBUG") == "1":
        raise error
    message = f"livertx: internal error ({type(error).__name__}); please report it as a bug."
    print(message, file=sys.stderr)
    sys.exit(EXIT_INTERNAL)


def main() -> None:
    """The `livertx` command."""
    try:
        app(prog_name="livertx")
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback for users
        _internal_error(error)
