"""What each command does once its command line is parsed: a handler per row of the table of
commands (livertx.cli.commands). A handler takes the parsed request and gives the exit code.

A command that answers from the knowledge file has an `Answering` handler: the answers of
the file in use, the document for the command line, shown as the row's view. The maintainers'
commands (validate, verify-source, schema) hand over to livertx.cli.maintenance.
"""

from __future__ import annotations

import re

from livertx import JSON_CONTRACT, __version__
from livertx.cli import typed_words
from livertx.cli.grammar import AGAINST_SHIPPED, DATA, FORMAT, SOURCES, Request
from livertx.dates import today
from livertx.errors import NotFound, NothingMatches, StageNumber, UsageError, shown
from livertx.render import OutputFormat, View, format_for, render
from livertx.text_folding import name_key

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from livertx.answers.prepared import Answers
    from livertx.answers.shapes import (
        AboutDoc,
        DrugDoc,
        HandoutDoc,
        MatrixDoc,
        SearchDoc,
        StageListDoc,
        TreatmentDoc,
    )
    from livertx.render.formats import ViewName


class Answering:
    """The handler of a command that answers from the knowledge file: the document `document_for`
    makes from the answers of the file in use and the command line, shown as the row's view in
    the format livertx.render decides (format_for)."""

    def __init__(self, document_for: Callable[[Answers, Request], Any]) -> None:
        self.document_for = document_for

    def answer(self, request: Request) -> tuple[ViewName, Any, Any]:
        """(the view, its document, the source it comes from) for a command line."""
        from livertx.answers import prepared  # only a command that answers: not validate's path

        answers = prepared.for_file(request.settings.data)
        document = self.document_for(answers, request)
        view = View.SOURCES if SOURCES.name in request.options else request.command.view
        if view is None:  # never: a row that answers shows a view (tests/cli/test_commands.py)
            raise TypeError(f"{request.command.name} shows no view")
        return view, document, answers.source

    def __call__(self, request: Request) -> int:
        settings = request.settings
        view, document, source = self.answer(request)
        if format_for(settings.output_format, view) == OutputFormat.HTML:
            _not_to_a_terminal(request)
        output_format = settings.output_format
        render(output_format, view, document, source, settings.color, settings.pager, today())
        return 0


def _not_to_a_terminal(request: Request) -> None:
    """An HTML page poured into a terminal (or its pager) is unreadable: to a terminal, say how
    to write it to a file instead; to a pipe or a file, it goes as it is."""
    from livertx.render.screen import writes_to_terminal  # only HTML asks: not --json's path

    if not writes_to_terminal():
        return
    import shlex  # only to write the command line out again: off every other path

    words = [request.command.name, *request.arguments]
    data = [DATA.name, request.settings.data] if request.settings.data else []
    html = [] if request.command.name == "handout" else [FORMAT.name, OutputFormat.HTML]
    command = shlex.join(["livertx", *data, *words, *html])
    name = re.sub(r"[^a-z0-9]+", "-", " ".join(words).casefold()).strip("-") or "livertx"
    raise UsageError(
        "an HTML page is for a browser, not a terminal: write it to a file and open that: "
        f"{command} > {name}.html"
    )


def treatments(answers: Answers, request: Request) -> list[TreatmentDoc]:
    return answers.treatments


def stage_list(answers: Answers, request: Request) -> list[StageListDoc]:
    return answers.stage_list


def drugs(answers: Answers, request: Request) -> list[DrugDoc]:
    return answers.drugs


def matrix(answers: Answers, request: Request) -> MatrixDoc:
    return answers.matrix


def entry(answers: Answers, request: Request) -> Any:
    return _resolve(answers, "show", request.arguments[0])


def stage(answers: Answers, request: Request) -> Any:
    """The stage, and, when the words typed are neither its id nor its name ("came back"),
    which of the page's groups they were read as."""
    typed = request.arguments[0]
    document = _resolve(answers, "stage", typed)
    if not _is_everyday(answers, typed, document["id"]):
        return document
    return {**document, "read_as": {"typed": typed, "read_as": document["name"]}}


def handout(answers: Answers, request: Request) -> HandoutDoc:
    """A stage's handout, made today: the clock is read here, at the edge, never in the answers."""
    from livertx.answers.handout import handout_doc  # only a handout is made of it

    stage_doc = _resolve(answers, "stage", request.arguments[0])
    return handout_doc(stage_doc, answers.entries, answers.source, today())


def compare(answers: Answers, request: Request) -> Any:
    names = typed_words.compared(request.arguments)
    if len(names) < 2:
        raise UsageError("name at least two to compare: livertx compare A vs B")
    return [_resolve(answers, "show", name) for name in names]


def _resolve(answers: Answers, command: str, argument: str) -> Any:
    """The document for a name (`show`) or a stage (`stage`), or NotFound."""
    # The resolver only for a name or a stage typed: not list's path
    from livertx.knowledge.names import ENTRY_WHAT, STAGE_WHAT, find, is_stage_number, resolve

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
    if is_stage_number(argument, bare=command == "stage"):
        raise _stage_number(answers, argument)
    choices = tuple(answers.stage_choices) if command == "stage" else ()
    try:
        found = resolve(index, argument, what, choices, f"livertx {command}")
    except NotFound as error:
        unnamed = typed_words.not_on_the_page(answers.page_words, argument)
        if not unnamed:
            raise
        # Said first: the page does not name it (TARE is another treatment, not a slip of TAE).
        lead = f"the page does not name {' or '.join(repr(shown(word)) for word in unnamed)}"
        if command == "stage" and not error.near:  # "spread to the lungs": in no group
            groups = [stage["name"] for stage in answers.stage_list if stage["part_of"] is None]
            lead += (
                ", nor place that case in one of its groups. It lists treatment for: "
                f"{'; '.join(groups)} (livertx stages)."
            )
            raise NotFound(what, argument, lead=lead, offered=("livertx stages",)) from None
        raise NotFound(
            what, argument, (), choices, f"{lead}.", looks_like=error.near, search=not choices
        ) from None
    return documents[found]


# Longer is a pasted page, not a search: every unknown word costs a spelling comparison.
LONGEST_SEARCH = 500


def search(answers: Answers, request: Request) -> SearchDoc:
    from livertx.answers import search as searching  # only a search: not show's path
    from livertx.knowledge.names import is_stage_number  # as in _resolve

    query = request.arguments[0]
    if len(query) > LONGEST_SEARCH:
        raise UsageError(f"a search is at most {LONGEST_SEARCH} characters long")
    if is_stage_number(query):
        raise _stage_number(answers, query)
    found = searching.search(answers, query)
    # Words that name one of the page's groups ("came back", "spread") put that group first;
    # where no text holds every word, the group, then what the other words find.
    group = typed_words.group_named(answers.stage_index, query, whole_only=bool(found["hits"]))
    if group is not None and (not found["hits"] or _is_everyday(answers, group[0], group[1])):
        typed, stage_id, rest = group
        if not found["hits"] and rest:
            found = searching.search(answers, rest)
        unnamed = typed_words.not_on_the_page(answers.page_words, rest)
        found = searching.group_first(answers, query, found, typed, stage_id, rest, unnamed)
    if not found["hits"]:
        near, unused = searching.missed(answers, query)
        raise NothingMatches(query, tuple(near), tuple(unused))
    return found


def _is_everyday(answers: Answers, typed: str, stage_id: str) -> bool:
    """Whether words are an everyday word for a stage ("came back"), not its id or name."""
    stage = answers.stages[stage_id]
    return name_key(typed) not in (name_key(stage["id"]), name_key(stage["name"]))


def _stage_number(answers: Answers, typed: str) -> StageNumber:
    """What a stage number gets: the page's own groups, and where NCI explains stages (a link
    livertx gives, for the NCI page only)."""
    from livertx.answers.notice import STAGES_PAGE  # only a stage number is pointed there

    groups = tuple(stage["name"] for stage in answers.stage_list if stage["part_of"] is None)
    from_nci = (answers.source["url"] or "").startswith(STAGES_PAGE["for"])
    link = {"text": STAGES_PAGE["text"], "url": STAGES_PAGE["url"], "by": "livertx"}
    return StageNumber(typed, groups, link if from_nci else None)


def about(answers: Answers, request: Request) -> AboutDoc:
    # Only about says them and where the file is: not schema's path
    from livertx.answers.notice import CONTENT_NOTICE, DISCLAIMER, LICENSE
    from livertx.knowledge.file import resolve_path

    return {
        "version": __version__,
        "json_contract": JSON_CONTRACT,
        "knowledge_file": resolve_path(request.settings.data),
        "source": answers.source,
        "disclaimer": DISCLAIMER,
        "license": LICENSE,
        "notice": CONTENT_NOTICE,
        "counts": answers.counts,
    }


def _needs_a_file(request: Request) -> None:
    """An empty file name is a usage error, as for --data and --source: never "the default"."""
    if "" in request.arguments:
        raise UsageError(f"{request.command.name} needs a file name")


def validate(request: Request) -> int:
    from livertx.cli import maintenance  # the maintainers' commands, off every question's path

    _needs_a_file(request)
    settings = request.settings
    file = request.arguments[0] if request.arguments else settings.data
    return maintenance.validate(
        file,
        request.options.get("--source"),
        settings.output_format,
        AGAINST_SHIPPED.name in request.options,
    )


def verify_source(request: Request) -> int:
    from livertx.cli import maintenance  # the maintainers' commands, off every question's path

    _needs_a_file(request)
    settings = request.settings
    return maintenance.verify_source(
        request.arguments[0],
        settings.data,
        settings.output_format,
        request.options.get("--update"),
        "--browser" in request.options,
    )


def schema(request: Request) -> int:
    from livertx.cli import maintenance  # the maintainers' commands, off every question's path

    return maintenance.schema(request.arguments[0] if request.arguments else None)
