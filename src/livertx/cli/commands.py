"""The table of commands: each row is a command's words (livertx.cli.grammar), its view, the name of
the JSON document it prints (livertx.answers.contract), and its handler (livertx.cli.handlers).
The Typer app (livertx.cli.app), the fast parser (livertx.cli.entry) and shell completion
(livertx.cli.completion) are all made from it; `run` calls a row's handler, nothing else.
"""

from __future__ import annotations

from livertx.cli import handlers
from livertx.cli.grammar import (
    AGAINST_SHIPPED,
    FORMATS,
    JSON_DOCUMENTS,
    JSON_ONLY,
    NAMES,
    NO_OUTPUT_OPTIONS,
    ONE,
    OPTIONAL,
    SOURCES,
    STAGES,
    TWO_OR_MORE,
    WORDS,
    Argument,
    Command,
    Option,
    Request,
    Settings,
)
from livertx.cli.handlers import Answering
from livertx.errors import UsageError
from livertx.render import View

STAGE = Argument(
    "STAGE",
    "A stage of the knowledge file in use, by its id or name, as livertx stages lists "
    "them (livertx --help names them too).",
    WORDS,
    STAGES,
)
NAME = Argument(
    "NAME",
    "A treatment, method, drug or combination: its name, abbreviation or another name for it.",
    WORDS,
    NAMES,
)


COMMANDS: tuple[Command, ...] = (
    Command(
        "list",
        "Treatment types, with their stages",
        "Every treatment type on the page, with the stages where it is an option.",
        "livertx list",
        argument=None,
        output=FORMATS,
        options=(),
        view=View.LIST,
        document="list",
        handler=Answering(handlers.treatments),
    ),
    Command(
        "show",
        "One entry in full",
        "One treatment type, method or drug in full, with links to search for clinical trials.",
        "livertx show tace",
        argument=NAME,
        output=FORMATS,
        options=(SOURCES,),
        view=View.SHOW,
        document="show",
        handler=Answering(handlers.entry),
    ),
    Command(
        "stage",
        "The options listed for one stage",
        "The options the page lists for one stage, in its order, with its conditions.",
        "livertx stage recurrent",
        argument=STAGE,
        output=FORMATS,
        options=(SOURCES,),
        view=View.STAGE,
        document="stage",
        handler=Answering(handlers.stage),
    ),
    Command(
        "handout",
        "A stage's options, to print",
        "A document to print or send for a stage: its options as the page lists them, each "
        "treatment they name in full, the source and its date, the disclaimer, the day it was "
        "made, and room for notes. HTML unless --format asks for another (markdown, say), or "
        "--json for the document it is made from; written to standard output only.",
        "livertx handout recurrent > recurrent.html",
        argument=STAGE,
        output=FORMATS,
        options=(),
        view=View.HANDOUT,
        document="handout",
        handler=Answering(handlers.handout),
    ),
    Command(
        "stages",
        "The stages livertx stage takes",
        "The stages `livertx stage` takes, with the page's section and lead for each.",
        "livertx stages",
        argument=None,
        output=FORMATS,
        options=(),
        view=View.STAGES,
        document="stages",
        handler=Answering(handlers.stage_list),
    ),
    Command(
        "drugs",
        "Every drug, where it is listed",
        "Every drug the page names: the treatment type it is listed under, and each stage's list"
        " that names it, in the page's words.",
        "livertx drugs",
        argument=None,
        output=FORMATS,
        options=(),
        view=View.DRUGS,
        document="drugs",
        handler=Answering(handlers.drugs),
    ),
    Command(
        "matrix",
        "Treatments against stages",
        "Treatment types and their methods against the stages, at a glance.",
        "livertx matrix",
        argument=None,
        output=FORMATS,
        options=(),
        view=View.MATRIX,
        document="matrix",
        handler=Answering(handlers.matrix),
    ),
    Command(
        "compare",
        "Entries side by side",
        "Two or more treatments, methods or drugs side by side.",
        "livertx compare tae tace",
        argument=Argument(
            "NAME NAME [NAME]...", "Two or more treatments, methods or drugs.", TWO_OR_MORE, NAMES
        ),
        output=FORMATS,
        options=(),
        view=View.COMPARE,
        document="compare",
        handler=Answering(handlers.compare),
    ),
    Command(
        "search",
        "Find anything by words",
        "Find treatments, methods and drugs by any words: best matches first.",
        'livertx search "hepatic artery"',
        argument=Argument(
            "TEXT", "Words to find in names, other names, summaries and details.", WORDS, None
        ),
        output=FORMATS,
        options=(),
        view=View.SEARCH,
        document="search",
        handler=Answering(handlers.search),
    ),
    Command(
        "about",
        "Source, credit, versions",
        "The source, its credit, the disclaimer, the version and the knowledge file in use.",
        "livertx about",
        argument=None,
        output=FORMATS,
        options=(),
        view=View.ABOUT,
        document="about",
        handler=Answering(handlers.about),
    ),
    Command(
        "validate",
        "Check a knowledge file",
        "Check a knowledge file and report every problem, as FILE:LINE:COLUMN: message. "
        "Exit code 0 when it is valid, 3 when not.",
        "livertx validate my-copy.yaml",
        argument=Argument(
            "[FILE]",
            "The knowledge file to check (default: the one in use: --data, LIVERTX_DATA, or the "
            "bundled file).",
            OPTIONAL,
            None,
        ),
        output=JSON_ONLY,
        options=(
            Option(
                "--source",
                "FILE",
                "The page's text to hold the medical texts against (default: the capture the "
                "knowledge file names).",
            ),
            AGAINST_SHIPPED,
        ),
        view=None,
        document="validate",
        handler=handlers.validate,
    ),
    Command(
        "verify-source",
        "Check it against a new page",
        "Hold the knowledge file against a newer copy of the page: its Updated date, and every "
        "change to its treatment content in one run, by the page's part, the file's words "
        "beside the page's. "
        "Exit code 0 when every text is still on the page, 1 when any is gone (with --update: "
        "0 when the proposed file is complete, 1 when a person must finish it).",
        "livertx verify-source saved-page.html",
        argument=Argument(
            "PAGE",
            "The page saved again: HTML as a browser or curl saves it, or plain text; - for "
            "standard input.",
            ONE,
            None,
        ),
        output=JSON_ONLY,
        options=(
            Option(
                "--update",
                "NEW_FILE",
                "Also write a proposed knowledge file to NEW_FILE (the page's text beside it as "
                "its capture): every change made in place that can be; what needs a person is "
                "listed, and the new file fails validate there. The original is never touched.",
            ),
            Option(
                "--browser",
                None,
                "Read the saved page through a real browser's rendering (the browser extra and "
                "chromium-headless-shell).",
            ),
        ),
        view=None,
        document="verify-source",
        handler=handlers.verify_source,
    ),
)
# Every document a command prints under --json, and the error document every command may print.
DOCUMENTS = (*(command.document for command in COMMANDS if command.document), "error")
COMMANDS += (
    Command(
        "schema",
        "JSON Schemas",
        "Print the JSON Schema of a knowledge file, for editors that check YAML as you type; "
        f"or, given a DOCUMENT ({', '.join(DOCUMENTS)}), the schema of what that command "
        "prints under --json.",
        "livertx schema show",
        argument=Argument(
            "[DOCUMENT]", "The --json document whose schema to print.", OPTIONAL, JSON_DOCUMENTS
        ),
        output=NO_OUTPUT_OPTIONS,
        options=(),
        view=None,
        document=None,
        handler=handlers.schema,
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
    if argument.count == WORDS:
        return count >= 1
    return count >= 2


def run(command: Command, arguments: list[str], options: dict[str, str], settings: Settings) -> int:
    """`livertx [GLOBAL OPTIONS] COMMAND [ARGUMENTS…] [--OPTION VALUE…]`, its exit code: the
    row's handler, once its options are known to be whole."""
    for name, value in options.items():
        if value == "" and any(o.name == name and o.metavar for o in command.options):
            raise UsageError(f"{name} needs a file name")
    if command.argument is not None and command.argument.count == WORDS:
        arguments = [" ".join(arguments)]  # the words typed, as one text
    return command.handler(Request(command, arguments, options, settings))
