"""The maintainers' commands: `validate`, `verify-source` and `schema`. They check or describe
a knowledge file rather than answer from it, so they live apart from the answering commands
(livertx.cli.commands), which load this module only when one of them is asked for."""

from __future__ import annotations

from livertx.cli.exits import EXIT_DATA, EXIT_NOT_FOUND, EXIT_OK, say
from livertx.errors import NotFound
from livertx.output import write_text
from livertx.render import render_problems, render_source_report

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from livertx.problems import Problem
    from livertx.render.formats import FormatName
    from livertx.yaml_tree import Node


def schema(document: str | None) -> int:
    """`livertx schema [DOCUMENT]`: the knowledge file's JSON Schema, or one JSON document's."""
    import json  # only a document's schema: not validate's path

    if document is None:
        from livertx.knowledge.schema import schema_text  # the file's only: not a document's

        write_text(schema_text())
        return 0
    from livertx.answers.contract import DOCUMENTS, schema_for  # a document's only

    if document not in DOCUMENTS:
        raise NotFound("document", document, choices=tuple(DOCUMENTS))
    write_text(json.dumps(schema_for(document), indent=2, ensure_ascii=False) + "\n")
    return 0


def verify_source(
    page: str,
    data: str | None,
    output_format: FormatName,
    update: str | None = None,
    browser: bool = False,
) -> int:
    """`livertx verify-source PAGE [--update NEW_FILE]`: the knowledge file held against a newer
    page; with `update`, a proposed new knowledge file written to NEW_FILE, the page's text
    beside it as its capture."""
    # The file's loader and the page proof: only verify-source reads a page, not schema's path
    from livertx.knowledge.checked import checked_tree
    from livertx.knowledge.file import resolve_path
    from livertx.proof.page_check import verify
    from livertx.proof.saved_page import read_saved_page
    from livertx.safe_read import read_bytes

    path = resolve_path(data)
    # A file whose shape is wrong cannot be compared at all; its old capture is not the page.
    original = read_bytes(path)
    root = checked_tree(original, path, hold_to_capture=False)
    if browser:
        from livertx.cli.browser_page import read_in_browser  # the browser extra, when asked

        saved = read_saved_page(page, read_in_browser)
    else:
        saved = read_saved_page(page)
    report = verify(root, saved.text, saved.lists)
    document = report.document(path, page, saved.hidden_by_style)
    if update is None:
        render_source_report(output_format, document)
        return EXIT_OK if report.ok else EXIT_NOT_FOUND
    from livertx.cli.proposal import write_proposal  # only --update writes

    document["update"] = write_proposal(path, original, root, report, saved.text, update)
    render_source_report(output_format, document)
    return EXIT_OK if not document["update"]["for_a_person"] else EXIT_NOT_FOUND


def _unchecked(path: str, data: bytes, root: Node) -> str | None:
    """For a valid file other than the shipped one, what no rule checks in it: the editors'
    choices the shipped file's tests pin (tests/knowledge/test_added_words.py)."""
    # Only validate reads a file's editors' choices: not schema's path
    from livertx.knowledge.added_words import editor_choices
    from livertx.knowledge.file import bundled_path
    from livertx.safe_read import read_bytes

    if data == read_bytes(bundled_path()):
        return None
    filed, words = editor_choices(root)
    unfound = f" ({', '.join(repr(word) for word in words)})" if words else ""
    return (
        f"{path}: not checked by any rule, as an editor's choices: which field holds each of "
        f"its {filed} sentences filed as a summary, how or used, and the {len(words)} words it "
        f"adds that the page's own words do not find its record by alone{unfound}; the "
        "shipped file's are pinned in its tests (docs/maintaining.md)"
    )


def _against_shipped(root: Node) -> list[Problem]:
    """The ids of the file (its tree: check_file found no problem) that differ from the
    shipped file's."""
    # Only --against-shipped compares ids: not schema's path
    from livertx.knowledge.file import bundled_path
    from livertx.knowledge.shipped_ids import id_changes
    from livertx.safe_read import read_bytes
    from livertx.yaml_tree import read_tree

    shipped = read_tree(read_bytes(bundled_path()).decode("utf-8"))
    return id_changes(root, shipped) if shipped is not None else []


def validate(
    file: str | None, source: str | None, output_format: FormatName, against_shipped: bool = False
) -> int:
    """`livertx validate [FILE]`: every problem of a knowledge file, with where it is; with
    `against_shipped`, every id that differs from the shipped file's too."""
    # The file's checks only for validate: not schema's path
    from livertx.knowledge.checked import capture_of, check_file
    from livertx.knowledge.file import resolve_path

    path = resolve_path(file)
    # The file is read once: each verdict below is about the bytes checked here.
    data, root, problems = check_file(path, source)
    if root is not None and against_shipped:
        problems = _against_shipped(root)
    held = source is not None or root is None or capture_of(root) is not None
    documents = [problem.document(path) for problem in problems]
    unchecked = _unchecked(path, data, root) if data is not None and root is not None else None
    render_problems(output_format, path, documents, held, unchecked)
    if not problems:
        return EXIT_OK
    count = len(problems)
    say(f"{path}: {count} problem{'s' if count > 1 else ''}")
    return EXIT_DATA
