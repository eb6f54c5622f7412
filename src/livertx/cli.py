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
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from livertx import __version__, lookup
from livertx.errors import KnowledgeError, LivertxError, NotFound
from livertx.model import Knowledge
from livertx.render import ColorChoice, OutputFormat, Renderer, RenderOptions, renderer_for
from livertx.visible import visible

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command ended by SIGPIPE

EXIT_CODES: dict[type[LivertxError], int] = {NotFound: EXIT_NOT_FOUND, KnowledgeError: EXIT_DATA}


def _say(message: str) -> None:
    """One line on stderr, whatever the message holds."""
    print(f"livertx: {visible(message).replace(chr(10), ' ')}", file=sys.stderr)


def _reader_went_away() -> int:
    """The reader of stdout went away (`| head`): end quietly, as tools killed by SIGPIPE do."""
    # Point stdout at nothing, so that the interpreter's last flush does not fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


def _guarded(run: Callable[[], Any]) -> int:
    """Run the command line and turn every way it can end into an exit code."""
    try:
        result = run()
    except typer.TyperException as error:  # usage errors: unknown option, missing argument
        context = getattr(error, "ctx", None)
        command = context.command_path if context is not None else "livertx"
        _say(f"{error.format_message().rstrip('.')}. See '{command} --help'.")
        return error.exit_code
    except (KeyboardInterrupt, typer.Abort):
        print(file=sys.stderr)  # end the line the ^C was echoed on
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as error:
        if os.environ.get("LIVERTX_DEBUG") == "1":
            raise
        _say(f"internal error ({type(error).__name__}); please report it as a bug.")
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_OK


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
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document instead.")]


@dataclass(frozen=True)
class Settings:
    """What the options before the command chose, for every command."""

    data: Path | None
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
        Path | None,
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
    ctx.meta[SETTINGS_KEY] = Settings(data, color)


@contextmanager
def _reporting() -> Iterator[None]:
    """Turn a domain error into one line on stderr and its documented exit code."""
    try:
        yield
    except LivertxError as error:
        _say(str(error))
        raise typer.Exit(EXIT_CODES.get(type(error), EXIT_INTERNAL)) from None
    except BrokenPipeError:
        # Here, before Typer's own handler turns it into exit code 1, which means "not found".
        raise typer.Exit(_reader_went_away()) from None


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.meta.get(SETTINGS_KEY)
    assert isinstance(settings, Settings)
    return settings


def _knowledge(ctx: typer.Context) -> Knowledge:
    # Imported here: PyYAML is only needed by commands that read the file.
    from livertx.knowledge import load_knowledge

    return load_knowledge(_settings(ctx).data)


def _renderer(ctx: typer.Context, as_json: bool) -> Renderer:
    output_format = OutputFormat.JSON if as_json else OutputFormat.TABLE
    return renderer_for(output_format, RenderOptions(color=_settings(ctx).color))


@app.command("list")
def list_treatments(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    """Every treatment type on the page, with the stages where it is an option.

    Example: livertx list
    """
    with _reporting():
        knowledge = _knowledge(ctx)
        _renderer(ctx, as_json).treatments(knowledge, knowledge.treatments)


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
        _renderer(ctx, as_json).entry(knowledge, entry)


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
        _renderer(ctx, as_json).stage(knowledge, selection)


def main() -> None:
    """The `livertx` command."""
    # Never a UnicodeEncodeError: in a locale that cannot show a character, show a stand-in.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        app(prog_name="livertx")
    except KeyboardInterrupt:  # pressed before the command line was even parsed
        sys.exit(EXIT_INTERRUPTED)
