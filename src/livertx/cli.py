"""The command line: parse, ask the core, hand the answer to a renderer. Nothing else.

Every way out goes through `LivertxGroup.main`, for the installed command and for tests alike:
one line on stderr, a documented exit code, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from livertx import __version__, commands
from livertx.errors import LivertxError
from livertx.exits import (
    EXIT_BROKEN_PIPE,
    EXIT_DATA,
    EXIT_OK,
    guarded,
    reader_went_away,
    report,
    say,
    stdout_is_null,
)
from livertx.render import ColorChoice, OutputFormat, renderer_for


def _guarded(run: Callable[[], Any]) -> int:
    """Usage errors as one line and exit code 2; everything else as the fast path ends."""

    stdout_was_null = stdout_is_null()

    def parse_and_run() -> int:
        try:
            result = run()
        except typer.TyperException as error:  # unknown option, missing argument …
            message = error.format_message().rstrip(".")
            if message:  # no message: `livertx` alone, whose help is already shown
                context = getattr(error, "ctx", None)
                command = context.command_path if context is not None else "livertx"
                say(f"{message}. See '{command} --help'.")
            return error.exit_code
        except typer.Abort:
            raise KeyboardInterrupt from None
        except SystemExit as exit:
            # Rich ends a closed pipe (`livertx --help | head -1`) by pointing stdout at
            # /dev/null and exiting 1, which means "not found" here: end as livertx does.
            if exit.code == 1 and not stdout_was_null and stdout_is_null():
                return EXIT_BROKEN_PIPE
            raise
        return result if isinstance(result, int) else EXIT_OK

    return guarded(parse_and_run)


class LivertxGroup(TyperGroup):
    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = _guarded(
            lambda: super(LivertxGroup, self).main(
                args, prog_name, complete_var, standalone_mode=False, **extra
            )
        )
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=LivertxGroup,
    name="livertx",
    help=(
        "The treatment options for liver cancer, from the National Cancer Institute's patient "
        'page "Liver Cancer Treatment" (updated May 15, 2024). Information, not medical advice.'
    ),
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _complete(kind: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        from livertx.completion import candidates

        data = ctx.find_root().params.get("data") or os.environ.get("LIVERTX_DATA") or None
        return candidates(data, kind, incomplete)

    return complete


JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document instead.")]


@dataclass(frozen=True)
class Settings:
    """What the options before the command chose."""

    data: str | None
    color: ColorChoice


SETTINGS_KEY = "livertx.settings"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"livertx {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            metavar="FILE",
            envvar="LIVERTX_DATA",
            help="Use this knowledge file instead of the bundled one.",
            show_default=False,
        ),
    ] = None,
    color: Annotated[
        ColorChoice,
        typer.Option(
            "--color",
            help="Colour and styles: auto (in a terminal, unless NO_COLOR or TERM=dumb), "
            "always, or never.",
        ),
    ] = ColorChoice.AUTO,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Treatment options for liver cancer, from NCI's patient page."""
    ctx.meta[SETTINGS_KEY] = Settings(data or None, color)


@contextmanager
def _reporting() -> Iterator[None]:
    """Turn a domain error into one line on stderr and its documented exit code."""
    try:
        yield
    except LivertxError as error:
        raise typer.Exit(report(error)) from None
    except BrokenPipeError:
        # Here, before Typer's own handler turns it into exit code 1, which means "not found".
        raise typer.Exit(reader_went_away()) from None


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.meta.get(SETTINGS_KEY)
    assert isinstance(settings, Settings)
    return settings


FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        help="table (the default), json (the same as --json) or markdown.",
        show_default=False,
    ),
]


def _format(as_json: bool, chosen: OutputFormat | None) -> OutputFormat:
    if as_json and chosen not in (None, OutputFormat.JSON):
        raise typer.BadParameter(f"--json and --format {chosen.value} disagree")
    return OutputFormat.JSON if as_json else (chosen or OutputFormat.TABLE)


def _run(
    ctx: typer.Context,
    command: str,
    arguments: list[str],
    as_json: bool,
    chosen: OutputFormat | None,
) -> None:
    settings = _settings(ctx)
    output_format = _format(as_json, chosen)
    with _reporting():
        commands.run(
            command,
            arguments,
            data=settings.data,
            output_format=output_format,
            color=settings.color,
        )


NameArgument = Annotated[
    str,
    typer.Argument(
        metavar="NAME",
        help="A treatment, method or drug: its name, abbreviation or another name for it.",
        show_default=False,
        autocompletion=_complete("names"),
    ),
]


@app.command("list")
def list_treatments(
    ctx: typer.Context, as_json: JsonFlag = False, output_format: FormatOption = None
) -> None:
    """Every treatment type on the page, with the stages where it is an option.

    Example: livertx list
    """
    _run(ctx, "list", [], as_json, output_format)


@app.command("show")
def show(
    ctx: typer.Context,
    name: NameArgument,
    as_json: JsonFlag = False,
    output_format: FormatOption = None,
) -> None:
    """One treatment type, method or drug in full, with links to search for clinical trials.

    Example: livertx show tace
    """
    _run(ctx, "show", [name], as_json, output_format)


@app.command("stage")
def stage(
    ctx: typer.Context,
    stage_name: Annotated[
        str,
        typer.Argument(
            metavar="STAGE",
            help="localized, locally-advanced, metastatic, advanced (both together) or recurrent.",
            show_default=False,
            autocompletion=_complete("stages"),
        ),
    ],
    as_json: JsonFlag = False,
    output_format: FormatOption = None,
) -> None:
    """The options the page lists for one stage, in its order, with its conditions.

    Example: livertx stage recurrent
    """
    _run(ctx, "stage", [stage_name], as_json, output_format)


@app.command("drugs")
def drugs(
    ctx: typer.Context, as_json: JsonFlag = False, output_format: FormatOption = None
) -> None:
    """Every drug the page names: its class, what it is given with, where it is an option.

    Example: livertx drugs
    """
    _run(ctx, "drugs", [], as_json, output_format)


@app.command("matrix")
def matrix(
    ctx: typer.Context, as_json: JsonFlag = False, output_format: FormatOption = None
) -> None:
    """Treatment types and their methods against the stages, at a glance.

    Example: livertx matrix
    """
    _run(ctx, "matrix", [], as_json, output_format)


@app.command("compare")
def compare(
    ctx: typer.Context,
    names: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME NAME [NAME]...",
            help="Two or more treatments, methods or drugs.",
            show_default=False,
            autocompletion=_complete("names"),
        ),
    ],
    as_json: JsonFlag = False,
    output_format: FormatOption = None,
) -> None:
    """Two or more treatments, methods or drugs side by side.

    Example: livertx compare tae tace
    """
    if len(names) < 2:
        raise typer.BadParameter("name at least two to compare", param_hint="NAME")
    _run(ctx, "compare", names, as_json, output_format)


@app.command("search")
def search(
    ctx: typer.Context,
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            help="Words to find in names, other names, summaries and details.",
            show_default=False,
        ),
    ],
    as_json: JsonFlag = False,
    output_format: FormatOption = None,
) -> None:
    """Find treatments, methods and drugs by any words: best matches first.

    Example: livertx search freeze
    """
    _run(ctx, "search", [text], as_json, output_format)


@app.command("about")
def about(
    ctx: typer.Context, as_json: JsonFlag = False, output_format: FormatOption = None
) -> None:
    """The source, its credit, the disclaimer, the version and the knowledge file in use.

    Example: livertx about
    """
    _run(ctx, "about", [], as_json, output_format)


@app.command("validate")
def validate(
    ctx: typer.Context,
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="[FILE]",
            help="The knowledge file to check (default: the one in use: --data, LIVERTX_DATA, "
            "or the bundled file).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Check a knowledge file and report every problem, as FILE:LINE:COLUMN: message.

    Exit code 0 when it is valid, 3 when not. Example: livertx validate my-copy.yaml
    """
    from livertx.documents import problem_doc
    from livertx.knowledge_file import resolve_path
    from livertx.validation import check_file

    path = resolve_path(file or _settings(ctx).data)
    with _reporting():
        _, problems = check_file(path)
        renderer = renderer_for(OutputFormat.JSON if as_json else OutputFormat.TABLE)
        renderer.problems(path, [problem_doc(path, p) for p in problems])
    if problems:
        count = len(problems)
        say(f"{path}: {count} problem{'s' if count > 1 else ''}")
        raise typer.Exit(EXIT_DATA)


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of a knowledge file, for editors that check YAML as you type.

    Example: livertx schema > treatments.schema.json
    """
    from livertx.knowledge_file import bundled_schema_path

    with _reporting(), open(bundled_schema_path(), encoding="utf-8") as handle:
        sys.stdout.write(handle.read())
