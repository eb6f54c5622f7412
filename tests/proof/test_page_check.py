"""livertx.proof.page_check: a new copy of the page, saved as HTML or plain text, against the
knowledge file: every change to its treatment content, and its date beside the file's."""

from __future__ import annotations

import html
import io
import json
import re
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from livertx.errors import KnowledgeError
from livertx.proof.page_check import SourceReport, verify
from livertx.proof.prove import page_date
from livertx.proof.saved_page import extract_text, read_page
from livertx.text_folding import fold
from livertx.yaml_tree import Node, read_tree

from ..conftest import REPO, SOURCE_TEXT
from .excerpts import excerpts_of

SHIPPED = REPO / "data" / "treatments.yaml"
CAPTURE = SOURCE_TEXT.read_text(encoding="utf-8")


def _tree(text: str) -> Node:
    root = read_tree(text)
    assert root is not None
    return root


SHIPPED_TREE = _tree(SHIPPED.read_text(encoding="utf-8"))


def page_sentences(page_text: str) -> list[str]:
    """The page's text cut after every ".", ":" or "?" followed by a space: roughly its
    sentences, to mark up as HTML."""
    return [s for s in re.split(r"(?<=[.:?]) ", " ".join(page_text.split())) if s]


def _marked_up(sentence: str) -> str:
    """A sentence as the page's HTML could write it: escaped (& as &amp;, ' as &#x27;), curly
    quotes as numeric references, some words in nested inline tags."""
    text = html.escape(sentence).replace("“", "&#8220;").replace("”", "&#8221;")
    text = text.replace(" lobe ,", ' <a href="/dictionary?id=1&amp;x=2"><em>lobe</em></a> ,')
    return text.replace("Cryoablation :", '<a href="#cryo"><strong>Cryoablation</strong></a> :')


def _as_html(page: str) -> str:
    """The page's text as a saved HTML page: each sentence its own <p> or <li>, nothing between
    the elements to separate their text, and text that is never shown."""
    elements = []
    for index, sentence in enumerate(page_sentences(page)):
        if index % 3 == 2:
            elements.append(f"<ul><li>{_marked_up(sentence)}</li></ul>")
        else:
            elements.append(f'<p class="x">{_marked_up(sentence)}</p>')
    hidden = (
        "<style>p{color:red}</style><noscript>Surveillance is fake too</noscript>"
        "<template><p>Surveillance is a fake template</p></template>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Liver Cancer Treatment - NCI</title><style>p{}</style>"
        '<script>var x="Surveillance is fake";</script></head>\n'
        f"<body>{''.join(elements[:5])}{hidden}{''.join(elements[5:])}"
        '<script>document.write("<p>fake</p>")</script></body></html>\n'
    )


def _saved(tmp_path: Path, page: str, as_html: bool) -> str:
    path = tmp_path / ("page.html" if as_html else "page.txt")
    path.write_text(_as_html(page) if as_html else page, encoding="utf-8")
    return str(path)


# Extracting the text -------------------------------------------------------------------------


def test_the_capture_saved_as_html_gives_back_the_captures_text() -> None:
    text = extract_text(_as_html(CAPTURE))
    assert text == " ".join(CAPTURE.split())
    assert "fake" not in text
    assert "color" not in text


def test_every_excerpt_of_the_shipped_file_is_in_the_html_pages_text() -> None:
    text = fold(extract_text(_as_html(CAPTURE)))
    assert [e.where for e in excerpts_of(SHIPPED_TREE) if fold(e.text) not in text] == []


def test_the_text_of_separate_elements_never_runs_together() -> None:
    page = "<ul><li>bevacizumab</li><li>cabozantinib<br>lenvatinib</li></ul><p>a</p><p>b</p>"
    assert extract_text(page) == "bevacizumab cabozantinib lenvatinib a b"
    assert extract_text("<div><p>Surgery</p>Liver transplant<hr/>Ablation</div>") == (
        "Surgery Liver transplant Ablation"
    )


def test_a_head_left_open_ends_at_the_body() -> None:
    page = "<html><head><title>Not shown</title><body><p>Shown &amp; read</p>"
    assert extract_text(page) == "Shown & read"


def test_plain_text_is_only_folded() -> None:
    assert extract_text("  Some  text\n\twith &amp; kept  ") == "Some text with &amp; kept"


# The page's date -------------------------------------------------------------------------------


def test_page_date_reads_the_pages_date_or_says_what_it_is_not() -> None:
    assert page_date(CAPTURE) == (date(2024, 5, 15), None)
    assert page_date("Updated:  December 1,\n2023 more") == (date(2023, 12, 1), None)
    assert page_date("Updated: February 30, 2024 x") == (None, "February 30, 2024")
    assert page_date("Updated: May 15, 20245 x") == (None, "May 15, 20245")
    assert page_date("Updated: 15 May 2024 x") == (None, "15 May 2024")
    assert page_date("No date here.") == (None, None)


@pytest.mark.parametrize(
    ("written", "dates", "ok"),
    [
        ("May 15, 2024", "same", True),
        ("June 3, 2025", "newer", True),  # the content is the same: the date is the maintainer's
        ("May 14, 2024", "older", True),
        ("May 15, 20245", "unknown", False),
        ("15 May 2024", "unknown", False),
    ],
)
def test_the_page_s_date_is_called_the_same_newer_older_or_not_a_date(
    written: str, dates: str, ok: bool
) -> None:
    report = verify(SHIPPED_TREE, CAPTURE.replace("Updated: May 15, 2024", f"Updated: {written}"))
    assert (report.dates, report.ok, report.changes) == (dates, ok, ())


# Verifying the knowledge file ----------------------------------------------------------------


@pytest.mark.parametrize("as_html", [True, False], ids=["html", "plain"])
def test_the_unchanged_page_verifies(tmp_path: Path, as_html: bool) -> None:
    report = verify(SHIPPED_TREE, read_page(_saved(tmp_path, CAPTURE, as_html)))
    assert report == SourceReport(date(2024, 5, 15), None, date(2024, 5, 15), ())
    assert report.ok


def _line_and_column(text: str) -> tuple[int, int]:
    """Where `text` stands alone as a list item of the shipped file, read from the file."""
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    (line,) = [number for number, each in enumerate(lines, 1) if each.strip() == f"- {text}"]
    return line, lines[line - 1].index(text) + 1


@pytest.mark.parametrize("as_html", [True, False], ids=["html", "plain"])
def test_one_changed_word_is_that_text_with_the_page_s_words_beside_it(
    tmp_path: Path, as_html: bool
) -> None:
    old, new = "Follow-up every 3 months is common.", "Follow-up every 3 months is usual."
    assert CAPTURE.count(old) == 1
    page = read_page(_saved(tmp_path, CAPTURE.replace(old, new), as_html))
    report = verify(SHIPPED_TREE, page)
    (change,) = report.changes
    assert (change.line, change.column) == _line_and_column(old)
    assert change.message == (
        "treatments[0].used[1]: not the page's words in Types of treatment › Surveillance; "
        f'the file has "{old}", the page has "{new}"'
    )
    assert not report.ok


@pytest.mark.parametrize("as_html", [True, False], ids=["html", "plain"])
def test_a_new_sentence_in_a_treatment_section_is_a_change(tmp_path: Path, as_html: bool) -> None:
    added = "Surveillance may also include a blood test for alpha-fetoprotein."
    page = CAPTURE.replace(
        "Follow-up every 3 months is common.", f"Follow-up every 3 months is common. {added}"
    )
    # Sentences outside the treatment content are not the file's to cover.
    page = page.replace("Print Email Back To Top", "A new footer sentence. Print Email Back To Top")
    report = verify(SHIPPED_TREE, read_page(_saved(tmp_path, page, as_html)))
    assert not report.ok
    assert [c.message for c in report.changes] == [
        f'Types of treatment › Surveillance: the page\'s words "{added}" are in no text of the file'
    ]


def test_a_new_sentence_in_the_introduction_is_a_change() -> None:
    page = CAPTURE.replace("Some treatments", "A new intro sentence. Some treatments")
    (change,) = verify(SHIPPED_TREE, page).changes
    assert change.message == (
        'Liver Cancer Treatment: the page\'s words "A new intro sentence." are in no text of the '
        "file"
    )


def test_the_report_as_a_json_document(tmp_path: Path) -> None:
    old = "Several treatments may be needed."
    line, column = _line_and_column(old)
    page = CAPTURE.replace(old, "Several treatments are needed.")
    page = page.replace("Updated: May 15, 2024", "Updated: page date unknown")
    report = verify(SHIPPED_TREE, page)
    document = report.document("data/treatments.yaml", "new.html")
    assert json.loads(json.dumps(document)) == {
        "page": "new.html",
        "knowledge_file": "data/treatments.yaml",
        "page_updated": None,
        "page_date_written": "page date unknown",
        "knowledge_updated": "2024-05-15",
        "dates": "unknown",
        "changes": [
            {
                "file": "data/treatments.yaml",
                "line": line,
                "column": column,
                "check": "page",
                "message": "treatments[3].methods[2].how[0]: not the page's words in Types of "
                "treatment › Ablation therapy; the file has "
                f'"{old}", the page has "Several treatments are needed."',
                "part": "Types of treatment › Ablation therapy",
                "where": "treatments[3].methods[2].how[0]",
                "file_has": old,
                "page_has": "Several treatments are needed.",
            }
        ],
        "hidden_by_style": "",
        "update": None,
    }


def test_a_knowledge_file_without_a_usable_date_has_none() -> None:
    for text in ("treatments: []", "source: {updated: 2024-05-15}", 'source: {updated: "May"}'):
        assert verify(_tree(text), "Updated: May 1, 2024").knowledge_updated is None


# Reading a saved page ------------------------------------------------------------------------


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    saved = _as_html(CAPTURE)
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(saved.encode())))
    assert read_page("-") == extract_text(saved)


def test_a_page_in_its_declared_charset_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>“Liver Cancer Treatment” – NCI</p></body></html>".encode("cp1252")
    )
    assert read_page(str(path)) == "“Liver Cancer Treatment” – NCI"


def _unreadable(tmp_path: Path) -> list[tuple[str, str]]:
    (tmp_path / "folder").mkdir()
    files = {
        "latin1.txt": "Stra\xdfe".encode("latin-1"),
        "empty.html": b"",
        "blank.txt": b" \n\t ",
        "hidden.html": b"<html><head><title>T</title></head><body><script>x</script></body>",
        "bad-charset.html": b'<meta charset="no-such-charset"><p>Stra\xdfe</p>',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [
        (str(tmp_path / "absent.html"), "no such file"),
        (str(tmp_path / "folder"), "is a directory, not a file"),
        (str(tmp_path / "latin1.txt"), "not UTF-8 text"),
        (str(tmp_path / "empty.html"), "no text found"),
        (str(tmp_path / "blank.txt"), "no text found"),
        (str(tmp_path / "hidden.html"), "no text found"),
        (
            str(tmp_path / "bad-charset.html"),
            "neither UTF-8 text nor no-such-charset as it declares",
        ),
    ]


def test_a_page_that_cannot_be_used_is_a_knowledge_error_naming_it(tmp_path: Path) -> None:
    for path, problem in _unreadable(tmp_path):
        with pytest.raises(KnowledgeError) as caught:
            read_page(path)
        assert str(caught.value) == f"{path}: {problem}"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "no text found"),
        (b"\xff\xfe", "not UTF-8 text"),
        (b"x" * (2 * 1024**2 + 1), "larger than 2 MiB"),
    ],
    ids=["empty", "not-utf-8", "too-large"],
)
def test_standard_input_that_cannot_be_used_is_a_knowledge_error(
    monkeypatch: pytest.MonkeyPatch, data: bytes, problem: str
) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data)))
    with pytest.raises(KnowledgeError) as caught:
        read_page("-")
    assert str(caught.value) == f"-: {problem}"


# The command ------------------------------------------------------------------------------------


def test_verify_source_on_the_capture_finds_every_text(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from livertx.cli.app import app

    result = CliRunner().invoke(app, ["verify-source", str(SOURCE_TEXT)], prog_name="livertx")
    assert result.exit_code == 0, result.output
    assert (
        "The page's treatment content is the one the knowledge file was checked against.\n"
    ) in result.stdout
    assert "Updated: May 15, 2024; the knowledge file says: May 15, 2024." in result.stdout


def test_verify_source_names_each_change_with_its_place(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from livertx.cli.app import app

    edited = CAPTURE.replace("Follow-up every 3 months is common.", "Follow-up is common.")
    page = tmp_path / "page.html"
    page.write_text(f"<!DOCTYPE html><html><body><p>{edited}</p></body></html>", "utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["verify-source", str(page)], prog_name="livertx")
    assert result.exit_code == 1, result.output
    said = (
        "treatments[0].used[1]: not the page's words in Types of treatment › Surveillance; the "
        'file has "Follow-up every 3 months is common.", the page has "Follow-up is common."'
    )
    assert said in result.stdout
    document = json.loads(
        runner.invoke(app, ["verify-source", str(page), "--json"], prog_name="livertx").stdout
    )
    assert [change["message"] for change in document["changes"]] == [said]
    result = runner.invoke(app, ["validate", "--source", str(page)], prog_name="livertx")
    assert result.exit_code == 3
    assert said in result.stdout


# Reading HTML as a browser shows it ------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "text"),
    [
        ("<p>One <span hidden>not shown</span>two</p>", "One two"),
        ('<p>One <span style="display: none">x</span>two</p>', "One two"),
        ('<p>One <span style="display:none;display:inline">x</span>two</p>', "One x two"),
        ('<p>One <span style="display:inline; display: none">x</span>two</p>', "One two"),
        ('<p>One <span style="visibility: hidden">x</span>two</p>', "One two"),
        ('<p>One <span aria-hidden="true">x</span>two</p>', "One x two"),  # shown, not read aloud
        ('<style>.x{display:none}</style><p>One <span class="a x">x</span>two</p>', "One two"),
        ('<p>One <b class="x">x</b>two</p><style>b.x, .y {display: none}</style>', "One two"),
        ("<style>.x{display:none}</style>One<i class=x style=display:inline>x</i>two", "One x two"),
        ("<style>.x{display:none} .x{display:block}</style>One <i class=x>x</i>two", "One x two"),
        ("<style>@media print{.x{display:none}}</style>One <i class=x>x</i>two", "One x two"),
        ("<style>p.x{display:none}</style>One <i class=x>x</i>two", "One x two"),
        ("<p>One <del>struck</del> <s>out</s> two</p>", "One two"),
        ("<p>One <img hidden> two <br/> three</p>", "One two three"),
        ("<p>a <b>b</b> <!-- a comment --> c</p>", "a b c"),
    ],
)
def test_what_a_browser_does_not_show_is_not_the_page_s_text(document: str, text: str) -> None:
    assert extract_text(document) == text


def test_a_text_page_that_mentions_a_tag_is_text() -> None:
    page = "Follow-up every 3 months is common. <b Surveillance is not advised> &#51; <p"
    assert extract_text(page) == page


def test_a_stray_less_than_sign_is_text_and_costs_no_rereading() -> None:
    from livertx.proof.saved_page import escape_stray

    assert escape_stray("<p>a < b</p>") == "<p>a &lt; b</p>"
    assert escape_stray("<a<a<a>") == "&lt;a&lt;a<a>"
    assert escape_stray("</</x>") == "&lt;/</x>"
    assert escape_stray("<!-- c --><!--") == "<!-- c -->&lt;!--"
    assert extract_text("<html><body>" + "<a" * 20 + "</body></html>") == "<a" * 20
