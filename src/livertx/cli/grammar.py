"""The command line's words, defined once: the global options, the output options, and the kinds
of argument a command takes. The table of commands (livertx.cli.commands) is made of them; the
Typer app (livertx.cli.app), the fast parser (livertx.cli.entry) and shell completion
(livertx.cli.completion) all read them here, so an option is spelled out in this module alone.

Plain classes, not named tuples or dataclasses: this module is on every path, `--version`'s
too, which then needs neither the collections module (for namedtuple) nor dataclasses (with the
inspect module it imports); the output formats and colours are plain strings too
(livertx.render.formats). docs/speed.md has the costs.
"""

from __future__ import annotations

from itertools import pairwise

from livertx.render.formats import ColorChoice, OutputFormat, one_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from livertx.render.formats import ColorName, FormatName, ViewName

# How many words an argument takes. WORDS: one or more, read as one text, a space between them
# (`livertx search how long`, `livertx show chemo embolization`: quotes are easy to forget).
ONE, OPTIONAL, TWO_OR_MORE, WORDS = "one", "optional", "two or more", "words"
# Which words complete an argument: an entry's or a stage's (livertx.answers.prepared'
# "complete" keys), or the name of a --json document.
NAMES, STAGES, JSON_DOCUMENTS = "names", "stages", "documents"
# Which output options a command takes: --json and --format, --json alone, or neither.
FORMATS, JSON_ONLY, NO_OUTPUT_OPTIONS = "formats", "json", "none"


class Argument:
    """A command's argument: its metavar and help, how many words it takes (ONE, ...), and
    which words complete it (NAMES, ...; None for none)."""

    __slots__ = ("completes", "count", "help", "metavar")

    def __init__(self, metavar: str, help: str, count: str, completes: str | None) -> None:
        self.metavar = metavar
        self.help = help
        self.count = count
        self.completes = completes


class Option:
    """An option: with a value (metavar, and its allowed values when only some are, the first
    the default), or a flag (metavar None). envvar: the variable that stands in for it when it
    is not given."""

    __slots__ = ("choices", "envvar", "help", "metavar", "name")

    def __init__(
        self,
        name: str,
        metavar: str | None,
        help: str,
        choices: tuple[str, ...] | None = None,
        envvar: str | None = None,
    ) -> None:
        self.name = name
        self.metavar = metavar
        self.help = help
        self.choices = choices
        self.envvar = envvar


DATA_VARIABLE = "LIVERTX_DATA"
DATA = Option(
    "--data",
    "FILE",
    "Use this knowledge file instead of the bundled one (--data wins over LIVERTX_DATA).",
    envvar=DATA_VARIABLE,
)
COLOR = Option(
    "--color",
    "WHEN",
    "Colour and styles: auto (in a terminal, unless NO_COLOR or TERM=dumb), always, or never.",
    ColorChoice.ALL,
)
NO_PAGER = Option(
    "--no-pager", None, "Never page output taller than the terminal (as LIVERTX_PAGER=cat)."
)
VERSION = Option("--version", None, "Show the version and exit.")
# `show` and `stage`: each statement with its section.
SOURCES = Option(
    "--sources", None, "Each statement with the page section it comes from, to cite it."
)
# `validate`: the ids scripts depend on, against the shipped file's.
AGAINST_SHIPPED = Option(
    "--against-shipped",
    None,
    "Also report every id that differs from the shipped file's (scripts depend on them).",
)
# Help, and the completion scripts (Typer's own options, which the fast path answers too).
HELP_NAMES = ("-h", "--help")
INSTALL_COMPLETION, SHOW_COMPLETION = "--install-completion", "--show-completion"
# Before the command: `livertx [GLOBAL OPTIONS] COMMAND …`.
GLOBAL_OPTIONS: tuple[Option, ...] = (DATA, COLOR, VERSION, NO_PAGER)

JSON = Option("--json", None, "Print one JSON document instead.")
FORMAT = Option(
    "--format",
    "FORMAT",
    "auto (the default: a table in a terminal wide enough for one, else stacked text; html for "
    "a handout), table, text, json (the same as --json), markdown, or html (a page to print).",
    OutputFormat.ALL,
)
# Options whose value is the next word, wherever they stand.
VALUE_OPTIONS = frozenset(option.name for option in (*GLOBAL_OPTIONS, FORMAT) if option.metavar)


class Settings:
    """What a run was asked for, parsed once at the edge and handed down: the knowledge file
    (None for the bundled one), the output format, colour, and whether output taller than the
    terminal is paged."""

    __slots__ = ("color", "data", "output_format", "pager")

    def __init__(
        self, data: str | None, output_format: FormatName, color: ColorName, pager: bool
    ) -> None:
        self.data = data
        self.output_format = output_format
        self.color = color
        self.pager = pager


class Command:
    """A row of the table. short: what `livertx --help` lists it as, short enough for 40
    columns; output: which output options it takes (FORMATS, ...); view: what it shows (None for
    a maintainers' command); document: the name of its --json document's schema (`livertx schema
    DOCUMENT`); handler: runs it, gives the exit code."""

    __slots__ = (
        "argument",
        "document",
        "example",
        "handler",
        "help",
        "name",
        "options",
        "output",
        "short",
        "view",
    )

    def __init__(
        self,
        name: str,
        short: str,
        help: str,
        example: str,
        *,
        argument: Argument | None,
        output: str,
        options: tuple[Option, ...],
        view: ViewName | None,
        document: str | None,
        handler: Callable[[Request], int],
    ) -> None:
        self.name = name
        self.short = short
        self.help = help
        self.example = example
        self.argument = argument
        self.output = output
        self.options = options
        self.view = view
        self.document = document
        self.handler = handler


class Request:
    """One command line, parsed: its row of the table, its arguments, its own options' values
    by name (a flag given stands with ""), and the run's settings."""

    __slots__ = ("arguments", "command", "options", "settings")

    def __init__(
        self, command: Command, arguments: list[str], options: dict[str, str], settings: Settings
    ) -> None:
        self.command = command
        self.arguments = arguments
        self.options = options
        self.settings = settings


def data_from(given: str | None, environ: Mapping[str, str]) -> str | None:
    """The knowledge file in use: --data when given, else its variable, else None (bundled)."""
    return given or environ.get(DATA_VARIABLE) or None


def split_global_options(words: list[str]) -> tuple[list[tuple[str, str | None]], list[str]]:
    """The one reader of the options before a command line's command: (option, value) for each
    (value None for a flag, or for an option whose value is missing), and the words from the
    command on. Everything that reads them reads them here: the fast parser (settings_from),
    completion, help, --version and usage errors."""
    given: list[tuple[str, str | None]] = []
    index = 0
    while index < len(words) and words[index].startswith("-") and words[index] != "--":
        option, has_value, value = words[index].partition("=")
        if not has_value and option in VALUE_OPTIONS and index + 1 < len(words):
            index += 1
            value, has_value = words[index], "="
        given.append((option, value if has_value else None))
        index += 1
    return given, words[index:]


def global_options_given(words: list[str]) -> list[tuple[str, str | None]]:
    """(option, value) for each option before the command (split_global_options)."""
    return split_global_options(words)[0]


def settings_from(
    given: list[tuple[str, str | None]],
    output_format: FormatName,
    environ: Mapping[str, str],
    typers: bool = False,
) -> Settings | None:
    """A run's settings from its global options, as split_global_options reads them from argv
    (the fast path) or as Typer's parameters give them (`typers`): --data FILE, --color WHEN
    (one of its choices), --no-pager (a flag), each as often as typed, the last one winning.
    None for anything else, which is Typer's to answer (a usage error, help); and, on the fast
    path, for a file name that looks like an option, which Typer reads as it decides."""
    data: str | None = None
    color: ColorName = ColorChoice.AUTO
    pager = True
    for option, value in given:
        named_color = one_of(value, ColorChoice.ALL) if option == COLOR.name and value else None
        if option == NO_PAGER.name and value is None:
            pager = False
        elif option == DATA.name and value and (typers or not value.startswith("-")):
            data = value
        elif named_color is not None:
            color = named_color
        else:
            return None
    return Settings(data_from(data, environ), output_format, color, pager)


def data_in_use(words: list[str], environ: Mapping[str, str]) -> str | None:
    """The knowledge file a command line uses: its --data, else its variable's, else None."""
    for option, value in global_options_given(words):
        if option == DATA.name and value is not None:
            return value or None
    return data_from(None, environ)


def pages(words: list[str]) -> bool:
    """Whether a command line leaves paging on: no --no-pager before its command."""
    return all(option != NO_PAGER.name for option, _ in global_options_given(words))


def asks_for_json(words: list[str]) -> bool:
    """Whether a command line (even one no parser takes) asks for JSON."""
    pairs = set(pairwise(words))
    return JSON.name in words or f"{FORMAT.name}=json" in words or (FORMAT.name, "json") in pairs
