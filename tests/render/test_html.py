"""`--format html` and `livertx handout`: every view and every stage's handout is one HTML5
document that a strict parser takes without an error, made of nothing from elsewhere (no script,
font, image or stylesheet), with one h1, headings in order, lists as lists and tables whose
header cells have a scope; a handout holds every option of its stage, each entry they name, the
source, its date, the disclaimer, the day it was made and an empty box for notes, in that order;
and no text of a knowledge file is ever read as markup. (In a real browser:
tests/render/test_browser.py.)"""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from xml.etree.ElementTree import Element

import html5lib
import pytest

from livertx.answers import prepared
from livertx.answers.shapes import Readable
from livertx.render.html import HtmlRenderer
from livertx.render.html_pieces import link
from livertx.render.html_style import css_string
from livertx.render.layout import Layout, Title

from ..conftest import REPO, Invoke
from .test_layout import COMMAND_LINES

SHIPPED = prepared.for_file(None)
STAGES = list(SHIPPED.stages)
GARDEN = REPO / "tests" / "corpus" / "garden.yaml"


def parsed(page: str) -> Element:
    """The page as a strict HTML5 parser reads it: any parse error fails the test."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document: Element = parser.parse(page)
    return document


def one(element: Element, path: str) -> Element:
    found = element.find(path)
    assert found is not None, path
    return found


def words(element: Element) -> str:
    """An element's text, each element's apart (as a browser shows blocks), spaces folded."""
    return " ".join(" ".join(element.itertext()).split())


def html_of(invoke: Invoke, *argv: str) -> str:
    result = invoke(*argv)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    output: str = result.stdout
    return output


def assert_well_made(page: str) -> Element:
    """What every HTML page livertx prints holds to."""
    document = parsed(page)
    assert page.startswith("<!DOCTYPE html>\n")
    assert document.get("lang") == "en"
    assert words(one(document, "head/title"))
    # Nothing from elsewhere, and nothing that runs.
    for tag in ("script", "link", "img", "iframe", "object", "embed", "base", "svg", "video"):
        assert document.find(f".//{tag}") is None, tag
    style = "".join(element.text or "" for element in document.iter("style"))
    assert "url(" not in style and "@import" not in style
    assert all(not key.startswith("on") for e in document.iter() for key in e.attrib)
    assert all("src" not in e.attrib for e in document.iter())
    # One h1, then headings that never skip a level going down.
    levels = [int(e.tag[1]) for e in document.iter() if re.fullmatch(r"h[1-6]", e.tag)]
    assert levels[0] == 1 and levels.count(1) == 1, levels
    assert all(after <= before + 1 for before, after in pairwise(levels)), levels
    # Lists as lists, tables with header cells that say what they head.
    for parent in document.iter():
        for child in parent:
            if child.tag == "li":
                assert parent.tag in ("ul", "ol")
    for table in document.iter("table"):
        assert table.find("thead/tr/th") is not None
        assert all(th.get("scope") in ("col", "row") for th in table.iter("th"))
    # Every link goes to a web address and says where (its label, or the address itself).
    for anchor in document.iter("a"):
        assert anchor.get("href", "").startswith("https://")
        assert words(anchor)
    return document


@pytest.mark.parametrize("command_line", COMMAND_LINES, ids=" ".join)
def test_every_view_is_one_well_made_html_page(invoke: Invoke, command_line: list[str]) -> None:
    page = html_of(invoke, *command_line, "--format", "html")
    document = assert_well_made(page)
    assert document.find("body/main") is not None
    if command_line[0] != "handout":  # a handout holds the credit in its place
        footer = words(one(document, "body/footer"))
        assert "was originally published by the National Cancer Institute" in footer


def _option_texts(stage: Readable) -> list[str]:
    """Each option of a stage as the document holds it: its item, every item it lists, its
    condition."""
    texts = []
    for option in stage["options"]:
        label = option["label"]
        listed = label.partition(": ")[2]
        texts += [option["text"] or label, *(listed.split(", ") if listed else [])]
        texts += [option["condition"]] if option["condition"] else []
    return texts


@pytest.mark.parametrize("stage_id", STAGES)
def test_a_handout_holds_its_stage_in_order_and_room_for_notes(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, stage_id: str
) -> None:
    """What the first page must hold to stand alone comes before anything else; the notes,
    headed and ruled (lines with CSS off too), come last, with nothing written in them."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1927843200")  # 2031-02-03
    page = html_of(invoke, "handout", stage_id)  # HTML, unasked
    document = assert_well_made(page)
    text = words(one(document, "body"))
    stage = SHIPPED.stages[stage_id]
    source = SHIPPED.source
    assert words(one(document, ".//h1")) == stage["name"]
    for option in _option_texts(stage):  # a listed method by its name, capitalized
        assert option.casefold() in text.casefold(), option
    last_option = text.casefold().index(_option_texts(stage)[-1].casefold())
    in_order = [
        "Page updated May 15, 2024, 6 years and 8 months before today (February 3, 2031); NCI "
        "may have updated it since",
        source["credit"],
        source["disclaimer"],
        "Handout made February 3, 2031",
        "What each treatment is, as the page describes it",
        "Notes",
    ]
    places = [text.index(each) for each in in_order]
    assert last_option < min(places) and places == sorted(places)
    assert document.find(f".//a[@href='{source['url']}']") is not None
    room = one(document, ".//section[@class='room']")
    assert words(room) == "Notes" and one(room, "h2").text == "Notes"
    lines = one(room, "div[@class='lines']")
    assert len(lines) >= 20 and {line.tag for line in lines} == {"hr"}
    assert document.find("body/footer") is None  # nothing after the notes


def _texts(entry: Readable) -> list[str]:
    """Every text of the page an entry holds."""
    return [
        *([entry["summary"]] if entry["summary"] else []),
        *entry["how"],
        *entry["used"],
        *entry["learn_more"],
        *([entry["methods_lead"]] if entry["methods_lead"] else []),
    ]


@pytest.mark.parametrize("stage_id", STAGES)
def test_a_handout_says_nothing_twice_and_defines_every_type_it_names(
    invoke: Invoke, stage_id: str
) -> None:
    """Each text of the page a handout prints, it prints once (a drug's shared "Used" list,
    its type's "Learn more", each entry's trial search); every treatment type an option names
    is defined by its summary, and the clinical-trials section and both searches are there
    once."""
    text = words(one(assert_well_made(html_of(invoke, "handout", stage_id)), "body"))
    document = json.loads(html_of(invoke, "handout", stage_id, "--json"))
    entries = [
        entry
        for group in document["types"]
        for entry in (group["treatment"], *group["named"], *group["referred"])
    ]
    for entry in [*entries, document["clinical_trials"]]:
        for each in _texts(entry):
            assert text.count(each) <= 1, each
    for group in document["types"]:
        assert group["treatment"]["summary"] in text, group["treatment"]["id"]
    for option in document["stage"]["options"]:
        for part in option["parts"]:
            assert part["treatment"]["id"] in [g["treatment"]["id"] for g in document["types"]]
    trials = document["clinical_trials"]
    for each in [trials["summary"], *trials["how"], *trials["learn_more"]]:
        assert text.count(each) == 1, each
    for url in document["trials"].values():  # printed whole once, breakable (<wbr>) after "/"
        assert text.replace("/ ", "/").replace("? ", "?").count(url) == 1, url
    assert "intr=" not in text  # no search per entry
    # Each "also called" name stands in a sentence of its entry ("This type of treatment is
    # also called cryotherapy and cryosurgery."): never listed again.
    assert "Also called" not in text


def test_a_handout_groups_what_the_options_name_under_their_types(invoke: Invoke) -> None:
    """Recurrent: each type in the order the options name them; TACE's "like TAE" brings TAE,
    which no option names; each entry as `show --json` gives it."""
    document = json.loads(html_of(invoke, "handout", "recurrent", "--json"))
    grouped = [
        (
            group["treatment"]["id"],
            [entry["id"] for entry in group["named"]],
            [entry["id"] for entry in group["referred"]],
        )
        for group in document["types"]
    ]
    assert grouped == [
        ("surgery", ["total-hepatectomy", "partial-hepatectomy"], []),
        ("liver-transplant", [], []),
        ("ablation-therapy", [], []),
        (
            "embolization-therapy",
            ["transarterial-chemoembolization"],
            ["transarterial-embolization"],
        ),
        ("targeted-therapy", ["sorafenib"], []),
    ]
    for group in document["types"]:
        for entry in (group["treatment"], *group["named"], *group["referred"]):
            assert entry == json.loads(html_of(invoke, "show", entry["id"], "--json"))
    assert document["clinical_trials"] == json.loads(
        html_of(invoke, "show", "clinical-trials", "--json")
    )
    assert document["trials"] == {
        "clinicaltrials_gov": "https://clinicaltrials.gov/search?cond=liver%20cancer",
        "nci": SHIPPED.source["trial_search"],
    }
    page = html_of(invoke, "handout", "recurrent")
    assert page.index("Transarterial embolization (TAE)") < page.index("This procedure is like TAE")


def test_a_handout_as_markdown_and_as_its_document(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1927843200")  # 2031-02-03
    markdown = html_of(invoke, "handout", "recurrent", "--format", "markdown")
    assert markdown.startswith("# Recurrent liver cancer\n")
    assert "<html" not in markdown and "Handout made: February 3, 2031" in markdown
    assert [line for line in markdown.splitlines() if line.startswith("# ")] == [
        "# Recurrent liver cancer"
    ]
    headings = [line for line in markdown.splitlines() if line.startswith(("### ", "#### "))]
    assert headings[:2] == ["### Surgery", "#### Partial hepatectomy"]
    assert headings.index("### Embolization therapy") < headings.index(
        "#### Transarterial embolization (TAE)"
    )
    document = json.loads(html_of(invoke, "handout", "recurrent", "--json"))
    assert document["made"] == "2031-02-03"
    assert document["stage"] == json.loads(html_of(invoke, "stage", "recurrent", "--json"))


def test_a_handout_gives_the_entries_in_the_order_the_page_names_them(invoke: Invoke) -> None:
    # The page: "atezolizumab with bevacizumab or cabozantinib, durvalumab with tremelimumab,
    # nivolumab with ipilimumab, or pembrolizumab": pembrolizumab last, not after the drugs.
    document = json.loads(html_of(invoke, "handout", "advanced", "--json"))
    immunotherapy = [g for g in document["types"] if g["treatment"]["id"] == "immunotherapy"]
    assert [entry["id"] for entry in immunotherapy[0]["named"]] == [
        "atezolizumab-with-bevacizumab",
        "atezolizumab-with-cabozantinib",
        "durvalumab-with-tremelimumab",
        "nivolumab-with-ipilimumab",
        "pembrolizumab",
    ]
    assert [g["treatment"]["id"] for g in document["types"]] == [
        "embolization-therapy",
        "targeted-therapy",
        "immunotherapy",
        "radiation-therapy",
    ]


def test_the_shipped_answers_never_read_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day a handout is made is read when it is asked for, never made ahead of time: the
    answers come out the same (those shipped) with no clock to read."""

    def no_clock() -> str:
        raise AssertionError("the answers read the clock")

    monkeypatch.setattr("livertx.dates.today", no_clock)
    shipped = (REPO / "src" / "livertx" / "data" / "answers.json").read_text(encoding="utf-8")
    assert prepared.prebuilt_text() == shipped


def _hostile_garden(tmp_path: Path) -> Path:
    """The garden, its names and texts made of markup."""
    text = GARDEN.read_text(encoding="utf-8")
    text = text.replace("name: Watering", 'name: "<script>alert(1)</script> Watering"')
    text = text.replace("name: Seedling plants", "name: Seedling </style><b>plants</b>")
    text = text.replace("Giving plants water.", 'Giving plants <i>water</i> & "more".')
    text = text.replace("title: The Made-up Garden Guide", 'title: "Garden </style><p> \\" Guide"')
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(text, encoding="utf-8")
    return hostile


@pytest.mark.parametrize("argv", [["handout", "seedling"], ["show", "watering"], ["list"]])
def test_markup_in_a_knowledge_file_shows_as_text(
    invoke: Invoke, tmp_path: Path, argv: list[str]
) -> None:
    page = html_of(invoke, "--data", str(_hostile_garden(tmp_path)), *argv, "--format", "html")
    document = assert_well_made(page)
    text = words(document)
    assert "<script>alert(1)</script> Watering" in text
    for tag in ("b", "i"):
        assert document.find(f".//{tag}") is None
    if argv[0] == "show":
        assert 'Giving plants <i>water</i> & "more".' in text


def test_the_page_foot_is_a_css_string_nothing_can_end() -> None:
    hostile = 'a"b\\c</style><script>x</script>\n'
    shown = css_string(hostile)
    assert re.fullmatch(r'"[A-Za-z0-9 \\]*"', shown)
    decoded = re.sub(r"\\([0-9a-f]{6}) ", lambda found: chr(int(found.group(1), 16)), shown[1:-1])
    assert decoded == hostile


def test_a_link_goes_only_to_a_web_or_mail_address() -> None:
    assert link("Here", "javascript:alert(1)") == "Here: javascript:alert(1)"
    assert link("Here", 'https://x.invalid/?a=1&b="2"') == (
        '<a class="named" href="https://x.invalid/?a=1&amp;b=&quot;2&quot;">Here</a>'
    )


def test_the_running_foot_names_the_source_on_paper(capsys: pytest.CaptureFixture[str]) -> None:
    HtmlRenderer(paged=False).show(Layout((Title("T"),), (), "Guide, Publisher, updated May"))
    page = capsys.readouterr().out
    style = one(parsed(page), "head/style").text or ""
    assert "@bottom-left" in style and "counter(page)" in style
    assert css_string("Guide, Publisher, updated May") in style


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["handout", "recurrent"], "livertx handout recurrent > handout-recurrent.html"),
        (
            ["stage", "locally advanced", "--format", "html"],
            "livertx stage 'locally advanced' --format html > stage-locally-advanced.html",
        ),
    ],
)
def test_html_to_a_terminal_says_where_to_write_it_and_to_a_pipe_is_unchanged(
    invoke: Invoke, argv: list[str], hint: str
) -> None:
    """Issue #30: `livertx handout recurrent` without `>` poured HTML into the pager."""
    shown = invoke(*argv, env={"TTY_COMPATIBLE": "1"})
    assert (shown.exit_code, shown.stdout) == (2, "")
    assert shown.stderr == (
        "livertx: an HTML page is for a browser, not a terminal: write it to a file and open "
        f"that: {hint}\n"
    )
    piped = invoke(*argv, env={"TTY_COMPATIBLE": "0"})
    assert piped.exit_code == 0 and piped.stdout.startswith("<!DOCTYPE html>")
