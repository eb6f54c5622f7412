"""The command line as Typer sees it, made from the table of commands (livertx.cli.commands): parse,
hand over to livertx.cli.commands.run, nothing else.

Every way out goes through `LivertxGroup.main`, for the installed command and for tests alike:
one line on stderr, a documented exit code, never a traceback.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from livertx.cli import commands
from livertx.cli.commands import (
    FORMATS,
    NO_OUTPUT_OPTIONS,
    ONE,
    OPTIONAL,
    TWO_OR_MORE,
    Command,
    Option,
)
from livertx.cli.entry import data_in_use, version_line
from livertx.cli.exits import EXIT_OK, guarded
from livertx.cli.help_layout import HelpContext, PagedHelp, help_words
from livertx.cli.typer_errors import asks_for_json, typer_guarded
from livertx.render import ColorChoice, OutputFormat


class LivertxCommand(PagedHelp, TyperCommand):
    context_class = HelpContext


class LivertxGroup(PagedHelp, TyperGroup):
    context_class = HelpContext

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        words = list(sys.argv[1:] if args is None else args)
        self.data_in_use = data_in_use(words)
        if not words or {"--help", "-h"} & set(words):
            self.help, self.epilog = help_words(self.data_in_use)
        code = typer_guarded(
            lambda: super(LivertxGroup, self).main(
                args, prog_name, complete_var, standalone_mode=False, **extra
            ),
            as_json=asks_for_json(words),
        )
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    cls=LivertxGroup,
    name="livertx",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Click's own help layout: Rich's costs a third of a second to import and draw.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(ctx: typer.Context, value: bool) -> None:
    if value:
        from livertx.output import write_text

        group = ctx.find_root().command
        write_text(version_line(getattr(group, "data_in_use", None)) + "\n")
        raise typer.Exit()


SETTINGS_KEY = "livertx.settings"


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            metavar="FILE",
            envvar="LIVERTX_DATA",
            help="Use this knowledge file instead of the bundled one (--data wins over "
            "LIVERTX_DATA).",
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
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Never page output taller than the terminal (as LIVERTX_PAGER=cat).",
        ),
    ] = False,
) -> None:
    """Treatment options for liver cancer, from NCI's patient page."""
    if no_pager:
        os.environ["LIVERTX_PAGER"] = "cat"  # this process's own choice, read when writing
    if data == "":  # never read as "the bundled file" by accident
        raise typer.BadParameter("needs a file name", param_hint="'--data'")
    ctx.meta[SETTINGS_KEY] = (data or None, color)


def _complete(kind: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        from livertx.cli.completion import candidates

        data = ctx.find_root().params.get("data") or os.environ.get("LIVERTX_DATA") or None
        return candidates(data, kind, incomplete)

    return complete


JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document instead.")]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        help="auto (the default: a table in a terminal wide enough for one, else stacked "
        "text), table, text, json (the same as --json) or markdown.",
        show_default=False,
    ),
]


def _argument(command: Command) -> inspect.Parameter:
    spec = command.argument
    kind: Any = {ONE: str, OPTIONAL: str | None, TWO_OR_MORE: list[str]}[spec.count]
    annotation = Annotated[
        kind,
        typer.Argument(
            metavar=spec.metavar,
            help=spec.help,
            show_default=False,
            autocompletion=_complete(spec.completes) if spec.completes else None,
        ),
    ]
    default = None if spec.count == OPTIONAL else inspect.Parameter.empty
    return inspect.Parameter(
        "argument", inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
    )


def _chosen_format(as_json: bool, chosen: OutputFormat | None) -> OutputFormat:
    if as_json and chosen not in (None, OutputFormat.JSON):
        raise typer.BadParameter(f"--json and --format {chosen.value} disagree")
    return OutputFormat.JSON if as_json else (chosen or OutputFormat.AUTO)


def _parameter_name(option: Option) -> str:
    return "option_" + str(option.name).lstrip("-").replace("-", "_")


def _typer_command(command: Command) -> Callable[..., None]:
    """The function Typer reads a command from: its parameters are those the table gives."""

    def run(
        ctx: typer.Context,
        argument: str | list[str] | None = None,
        as_json: bool = False,
        output_format: OutputFormat | None = None,
        **own: str | bool | None,
    ) -> None:
        arguments = (
            argument if isinstance(argument, list) else [] if argument is None else [argument]
        )
        options: dict[str, str] = {}
        for option in command.options:
            value = own.get(_parameter_name(option))
            if isinstance(value, str):  # given, even empty (commands.run refuses that)
                options[option.name] = value
            elif value:  # a flag given stands in the options with no value
                options[option.name] = ""
        if not commands.takes(command, len(arguments)):  # `compare` with one name
            raise typer.BadParameter("name at least two to compare", param_hint="NAME")
        data, color = ctx.meta[SETTINGS_KEY]
        chosen = _chosen_format(as_json, output_format)
        # Ended here, as the fast path ends it: click would make a closed pipe exit 1.
        code = guarded(
            lambda: commands.run(
                command.name,
                arguments,
                data=data,
                output_format=chosen,
                color=color,
                options=options,
            ),
            as_json=chosen is OutputFormat.JSON,
        )
        if code != EXIT_OK:  # Typer ignores what a command returns
            raise typer.Exit(code)

    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [inspect.Parameter("ctx", keyword, annotation=typer.Context)]
    if command.argument is not None:
        parameters.append(_argument(command))
    if command.output != NO_OUTPUT_OPTIONS:
        parameters.append(inspect.Parameter("as_json", keyword, annotation=JsonFlag, default=False))
    if command.output == FORMATS:
        parameters.append(
            inspect.Parameter("output_format", keyword, annotation=FormatOption, default=None)
        )
    for option in command.options:
        if option.metavar:
            value = typer.Option(option.name, metavar=option.metavar, help=option.help)
            annotation: Any = Annotated[str | None, value]
            default: str | bool | None = None
        else:
            annotation, default = (
                Annotated[bool, typer.Option(option.name, help=option.help)],
                False,
            )
        name = _parameter_name(option)
        parameters.append(inspect.Parameter(name, keyword, annotation=annotation, default=default))
    run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in parameters}
    run.__doc__ = f"{command.help}\n\nExample: {command.example}"
    return run


for _command in commands.COMMANDS:
    app.command(_command.name, cls=LivertxCommand, short_help=_command.short)(
        _typer_command(_command)
    )
