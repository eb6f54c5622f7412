"""The table of commands, and what each does once its command line is parsed.

The table is the one description of the command line: the Typer app (livertx.cli.app), the fast
parser (livertx.cli.entry) and shell completion (livertx.cli.completion) are all made from it. Plain
named tuples, not dataclasses: this module is on every path, and the dataclasses module alone
costs more to import than a `--json` answer takes to print.
"""

from __future__ import annotations

from collections import namedtuple

from livertx import JSON_CONTRACT, __version__
from livertx.render import ColorChoice, OutputFormat, View, render

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.answers.prepared import Answers
    from livertx.answers.shapes import AboutDoc, SearchDoc

# How many words an argument takes.
ONE, OPTIONAL, TWO_OR_MORE = "one", "optional", "two or more"
# Which words complete an argument (livertx.answers.prepared' "complete" keys).
NAMES, STAGES = "names", "stages"
# Which output options a command takes: --json and --format, --json alone, or neither.
FORMATS, JSON_ONLY, NO_OUTPUT_OPTIONS = "formats", "json", "none"

Argument = namedtuple("Argument", "metavar help count completes")
# An option of one command: with a value (`validate --source FILE`), or a flag (metavar None).
Option = namedtuple("Option", "name metavar help")
SOURCES = Option(
    "--sources", None, "Each statement with the page section it comes from, to cite it."
)
# short: what `livertx --help` lists it as, short enough for 40 columns.
Command = namedtuple(
    "Command", "name short help example argument view output options", defaults=((),)
)

NAME = Argument(
    "NAME",
    "A treatment, method, drug or combination: its name, abbreviation or another name for it.",
    ONE,
    NAMES,
)

COMMANDS: tuple[Command, ...] = (
    Command(
        "list",
        "Treatment types, with their stages",
        "Every treatment type on the page, with the stages where it is an option.",
        "livertx list",
        None,
        View.LIST,
        FORMATS,
    ),
    Command(
        "show",
        "One entry in full",
        "One treatment type, method or drug in full, with links to search for clinical trials.",
        "livertx show tace",
        NAME,
        View.SHOW,
        FORMATS,
        (SOURCES,),
    ),
    Command(
        "stage",
        "The options listed for one stage",
        "The options the page lists for one stage, in its order, with its conditions.",
        "livertx stage recurrent",
        Argument(
            "STAGE",
            "A stage of the knowledge file in use, by its id or name, as livertx stages lists "
            "them (livertx --help names them too).",
            ONE,
            STAGES,
        ),
        View.STAGE,
        FORMATS,
        (SOURCES,),
    ),
    Command(
        "stages",
        "The stages livertx stage takes",
        "The stages `livertx stage` takes, with the page's section and lead for each.",
        "livertx stages",
        None,
        View.STAGES,
        FORMATS,
    ),
    Command(
        "drugs",
        "Every drug, where it is listed",
        "Every drug the page names: its class, what it is given with, where it is an option.",
        "livertx drugs",
        None,
        View.DRUGS,
        FORMATS,
    ),
    Command(
        "matrix",
        "Treatments against stages",
        "Treatment types and their methods against the stages, at a glance.",
        "livertx matrix",
        None,
        View.MATRIX,
        FORMATS,
    ),
    Command(
        "compare",
        "Entries side by side",
        "Two or more treatments, methods or drugs side by side.",
        "livertx compare tae tace",
        Argument(
            "NAME NAME [NAME]...", "Two or more treatments, methods or drugs.", TWO_OR_MORE, NAMES
        ),
        View.COMPARE,
        FORMATS,
    ),
    Command(
        "search",
        "Find anything by words",
        "Find treatments, methods and drugs by any words: best matches first.",
        'livertx search "hepatic artery"',
        Argument("TEXT", "Words to find in names, other names, summaries and details.", ONE, None),
        View.SEARCH,
        FORMATS,
    ),
    Command(
        "about",
        "Source, credit, versions",
        "The source, its credit, the disclaimer, the version and the knowledge file in use.",
        "livertx about",
        None,
        View.ABOUT,
        FORMATS,
    ),
    Command(
        "validate",
        "Check a knowledge file",
        "Check a knowledge file and report every problem, as FILE:LINE:COLUMN: message. "
        "Exit code 0 when it is valid, 3 when not.",
        "livertx validate my-copy.yaml",
        Argument(
            "[FILE]",
            "The knowledge file to check (default: the one in use: --data, LIVERTX_DATA, or the "
            "bundled file).",
            OPTIONAL,
            None,
        ),
        None,
        JSON_ONLY,
        (
            Option(
                "--source",
                "FILE",
                "The page's text to hold the medical texts against (default: the capture the "
                "knowledge file names).",
            ),
        ),
    ),
    Command(
        "verify-source",
        "Check it against a new page",
        "Hold the knowledge file against a newer copy of the page: its Updated date, each "
        "medical text no longer on it, each sentence of its treatment sections in no text. "
        "Exit code 0 when every text is still on the page, 1 when any is gone.",
        "livertx verify-source saved-page.html",
        Argument(
            "PAGE",
            "The page saved again: HTML as a browser or curl saves it, or plain text; - for "
            "standard input.",
            ONE,
            None,
        ),
        None,
        JSON_ONLY,
    ),
    Command(
        "schema",
        "JSON Schemas",
        "Print the JSON Schema of a knowledge file, for editors that check YAML as you type; "
        "or, given a DOCUMENT (list, show, stage, stages, drugs, matrix, compare, search, "
        "about, validate, verify-source, error), the schema of what that command prints "
        "under --json.",
        "livertx schema show",
        Argument("[DOCUMENT]", "The --json document whose schema to print.", OPTIONAL, None),
        None,
        NO_OUTPUT_OPTIONS,
    ),
)
BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}


def takes(command: Command, count: int) -> bool:
    """Whether `count` arguments are right for a command."""
    argument = command.argument
    if argument is None:
        return count == 0
    if argument.count == ONE:
        return count == 1
    if argument.count == OPTIONAL:
        return count <= 1
    return count >= 2


def answer(command: str, arguments: list[str], data: str | None) -> tuple[View, Any, Any]:
    """(the view, its document, the source) for `livertx COMMAND ARGUMENTS…`."""
    from livertx.answers import prepared

    answers = prepared.for_file(data)
    source = answers.source
    view = BY_NAME[command].view
    if command == "list":
        return view, answers.treatments, source
    if command in ("show", "stage"):
        return view, _resolve(answers, command, arguments[0]), source
    if command in ("drugs", "matrix"):
        return view, answers.drugs if command == "drugs" else answers.matrix, source
    if command == "stages":
        return view, answers.stage_list, source
    if command == "compare":
        return view, [_resolve(answers, "show", name) for name in arguments], source
    if command == "search":
        return view, _search(answers, arguments[0]), source
    return view, _about(answers, data), source


def _resolve(answers: Answers, command: str, argument: str) -> Any:
    """The document for a name (`show`) or a stage (`stage`), or NotFound."""
    from livertx.errors import NotFound
    from livertx.knowledge.names import ENTRY_WHAT, STAGE_WHAT, find, resolve

    documents: dict[str, Any]  # an entry's documents or a stage's
    if command == "stage":
        index, documents, what, other = answers.stage_index, answers.stages, STAGE_WHAT, "show"
    else:
        index, documents, what, other = answers.entry_index, answers.entries, ENTRY_WHAT, "stage"
    found = find(index, argument)
    if found is not None:
        return documents[found]
    # A stage asked for as a name, or a name as a stage: point to the right command.
    elsewhere = find(answers.entry_index if other == "show" else answers.stage_index, argument)
    if elsewhere is not None:
        raise NotFound(what, argument, (f"livertx {other} {elsewhere}",))
    choices = tuple(answers.stage_choices) if command == "stage" else ()
    found = resolve(index, argument, what, choices, f"livertx {command}")
    return documents[found]


# Longer is a pasted page, not a search: every unknown word costs a spelling comparison.
LONGEST_SEARCH = 500


def _search(answers: Answers, query: str) -> SearchDoc:
    from livertx.answers import search
    from livertx.errors import NothingMatches, UsageError

    if len(query) > LONGEST_SEARCH:
        raise UsageError(f"a search is at most {LONGEST_SEARCH} characters long")
    found = search.search(answers, query)
    if not found["hits"]:
        raise NothingMatches(query, tuple(search.near_words(answers, query)))
    return found


def _about(answers: Answers, data: str | None) -> AboutDoc:
    from livertx.answers.notice import CONTENT_NOTICE, DISCLAIMER, LICENSE
    from livertx.knowledge.file import resolve_path

    return {
        "version": __version__,
        "json_contract": JSON_CONTRACT,
        "knowledge_file": resolve_path(data),
        "source": answers.source,
        "disclaimer": DISCLAIMER,
        "license": LICENSE,
        "notice": CONTENT_NOTICE,
        "counts": answers.counts,
    }


def run(
    command: str,
    arguments: list[str],
    *,
    data: str | None = None,
    output_format: OutputFormat = OutputFormat.AUTO,
    color: ColorChoice = ColorChoice.AUTO,
    options: dict[str, str] | None = None,
) -> int:
    """`livertx [--data DATA] COMMAND [ARGUMENTS…] [--OPTION VALUE…]` in the chosen format; its
    exit code. `options` holds the values of the command's own options, by name."""
    given = options or {}
    from livertx.errors import UsageError

    for name, value in given.items():
        if value == "" and any(o.name == name and o.metavar for o in BY_NAME[command].options):
            raise UsageError(f"{name} needs a file name")
    if command in ("validate", "verify-source", "schema"):
        from livertx.cli import maintenance

        if command in ("validate", "verify-source") and "" in arguments:
            # An empty file name is a usage error, as for --data and --source.
            raise UsageError(f"{command} needs a file name")

        if command == "validate":
            file = arguments[0] if arguments else data
            return maintenance.validate(file, given.get("--source"), output_format)
        if command == "verify-source":
            return maintenance.verify_source(arguments[0], data, output_format)
        return maintenance.schema(arguments[0] if arguments else None)
    view, document, source = answer(command, arguments, data)
    if SOURCES.name in given:
        view = View.SOURCES
    render(output_format, view, document, source, color)
    return 0
