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
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from typer.core import TyperCommand, TyperGroup

from livertx.cli import commands
from livertx.cli.exits import EXIT_OK, guarded
from livertx.cli.grammar import (
    COLOR,
    DATA,
    FORMAT,
    FORMATS,
    GLOBAL_OPTIONS,
    HELP_NAMES,
    JSON,
    JSON_ONLY,
    NO_OUTPUT_OPTIONS,
    NO_PAGER,
    ONE,
    OPTIONAL,
    TWO_OR_MORE,
    VERSION,
    WORDS,
    Argument,
    Command,
    Option,
    asks_for_json,
    data_from,
    data_in_use,
    pages,
    settings_from,
)
from livertx.cli.help_layout import HelpContext, PagedHelp, help_words
from livertx.cli.typer_errors import typer_guarded
from livertx.cli.version import version_line
from livertx.output import write_text
from livertx.render.formats import OutputFormat

if TYPE_CHECKING:
    from livertx.render.formats import FormatName


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
        self.data_in_use = data_in_use(words, os.environ)
        self.paged = pages(words)
        if not words or set(HELP_NAMES) & set(words):
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
    context_settings={"help_option_names": list(HELP_NAMES)},
)


def _show_version(ctx: typer.Context, value: bool) -> None:
    if value:
        group = ctx.find_root().command
        write_text(version_line(getattr(group, "data_in_use", None)) + "\n")
        raise typer.Exit()


SETTINGS_KEY = "livertx.settings"


def _parameter_name(option: Option) -> str:
    name: str = option.name
    return name.lstrip("-").replace("-", "_")


def _option_parameter(option: Option, default: Any = None) -> inspect.Parameter:
    """The parameter Typer reads an option of the grammar from: a flag, a choice (a Literal of
    its values, which Typer offers as choices), or a value (its metavar). `default` is a choice's
    when it is not given."""
    name = option.name
    if option.metavar is None:
        made = typer.Option(name, help=option.help)
        if option is VERSION:
            made = typer.Option(name, help=option.help, callback=_show_version, is_eager=True)
        annotation: Any = Annotated[bool, made]
        default = False
    elif option.choices is not None:
        shown = default is not None
        made = typer.Option(name, help=option.help, show_default=shown)
        choice: Any = Literal[option.choices]
        annotation = Annotated[choice if shown else choice | None, made]
    else:
        made = typer.Option(
            name, metavar=option.metavar, help=option.help, envvar=option.envvar, show_default=False
        )
        annotation = Annotated[str | None, made]
    keyword = inspect.Parameter.KEYWORD_ONLY
    return inspect.Parameter(
        _parameter_name(option), keyword, annotation=annotation, default=default
    )


def _with_parameters(
    function: Callable[..., None], parameters: list[inspect.Parameter]
) -> Callable[..., None]:
    """`function` as Typer should read it: with these parameters (Typer reads the signature)."""
    function.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    function.__annotations__ = {p.name: p.annotation for p in parameters}
    return function


def main_options(ctx: typer.Context, **given: Any) -> None:
    """Treatment options for liver cancer, from NCI's patient page."""
    data = given[_parameter_name(DATA)]
    if data == "":  # never read as "the bundled file" by accident
        raise typer.BadParameter("needs a file name", param_hint=f"'{DATA.name}'")
    # As split_global_options reads them from argv, for the one reader (settings_from).
    options: list[tuple[str, str | None]] = [(COLOR.name, given[_parameter_name(COLOR)])]
    options += [(DATA.name, data)] if data else []
    options += [(NO_PAGER.name, None)] if given[_parameter_name(NO_PAGER)] else []
    ctx.meta[SETTINGS_KEY] = options


_CONTEXT = inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)
app.callback()(
    _with_parameters(
        main_options,
        [
            _CONTEXT,
            *(
                _option_parameter(option, next(iter(option.choices)) if option.choices else None)
                for option in GLOBAL_OPTIONS
            ),
        ],
    )
)


def _complete(kind: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        from livertx.cli.completion import candidates  # only to complete: not help's path

        given = ctx.find_root().params.get(_parameter_name(DATA))
        return candidates(data_from(given, os.environ), kind, incomplete)

    return complete


def _argument(spec: Argument) -> inspect.Parameter:
    kind: Any = {ONE: str, OPTIONAL: str | None, TWO_OR_MORE: list[str], WORDS: list[str]}[
        spec.count
    ]
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


def _chosen_format(as_json: bool, chosen: FormatName | None) -> FormatName:
    if as_json and chosen not in (None, OutputFormat.JSON):
        raise typer.BadParameter(f"{JSON.name} and {FORMAT.name} {chosen} disagree")
    return OutputFormat.JSON if as_json else (chosen or OutputFormat.AUTO)


def _output_options(command: Command) -> tuple[Option, ...]:
    return {FORMATS: (JSON, FORMAT), JSON_ONLY: (JSON,), NO_OUTPUT_OPTIONS: ()}[command.output]


def _typer_command(command: Command) -> Callable[..., None]:
    """The function Typer reads a command from: its parameters are those the table gives."""

    def run(ctx: typer.Context, argument: str | list[str] | None = None, **given: Any) -> None:
        arguments = (
            argument if isinstance(argument, list) else [] if argument is None else [argument]
        )
        options: dict[str, str] = {}
        for option in command.options:
            value = given[_parameter_name(option)]
            if isinstance(value, str):  # given, even empty (commands.run refuses that)
                options[option.name] = value
            elif value:  # a flag given stands in the options with no value
                options[option.name] = ""
        if not commands.takes(command, len(arguments)):  # `compare` with one name
            raise typer.BadParameter("name at least two to compare", param_hint="NAME")
        chosen = _chosen_format(
            bool(given.get(_parameter_name(JSON))), given.get(_parameter_name(FORMAT))
        )
        settings = settings_from(ctx.meta[SETTINGS_KEY], chosen, os.environ, typers=True)
        assert settings is not None  # Typer took each option as valid
        # Ended here, as the fast path ends it: click would make a closed pipe exit 1.
        code = guarded(
            lambda: commands.run(command, arguments, options, settings),
            as_json=chosen == OutputFormat.JSON,
        )
        if code != EXIT_OK:  # Typer ignores what a command returns
            raise typer.Exit(code)

    parameters = [_CONTEXT]
    if command.argument is not None:
        parameters.append(_argument(command.argument))
    for option in (*_output_options(command), *command.options):
        parameters.append(_option_parameter(option))
    run.__doc__ = f"{command.help}\n\nExample: {command.example}"
    return _with_parameters(run, parameters)


for _command in commands.COMMANDS:
    app.command(_command.name, cls=LivertxCommand, short_help=_command.short)(
        _typer_command(_command)
    )
