"""Markup planted in every text of a knowledge file (every field the file lets a text stand
in) reaches no format as markup (issue #33, item 4): HTML shows it as text (one escaping path,
livertx.render.html_pieces), Markdown escapes it, a terminal and the stacked text show the
characters it is, and JSON carries it as the data it is. Held on every view and every entry."""

from __future__ import annotations

import json
import re
from pathlib import Path

import html5lib
import pytest
import yaml

from ..conftest import REPO, Invoke, unchecked

# Fields whose values are ids, links, dates, flags or names the file's rules read as words
# (names are planted by tests/render/test_html.py and tests/test_hostile.py).
NOT_TEXT = {
    "id", "url", "updated", "trial_search", "capture", "kind", "intervention", "only",
    "treatment", "methods", "drugs", "combinations", "section",
}  # fmt: skip
MARK = "<b id=m{}>"


def marked_file() -> tuple[str, int]:
    """The shipped file held to no page, a numbered `<b id=mN>` at the start of every text
    (a field's value, a list's item, a folded block's first line); how many were planted."""
    text = re.sub(r"^\s*(?:search_terms|aliases): .*\n", "", unchecked(SHIPPED), flags=re.MULTILINE)
    count = 0

    def mark() -> str:
        nonlocal count
        count += 1
        return MARK.format(count)

    def pair(found: re.Match[str]) -> str:
        lead, key, value = found.groups()
        source_condition = key == "condition" and lead == "  "  # a phrase of the title
        if key in NOT_TEXT or source_condition or value.startswith(("[", "{", "|", ">", '"', "'")):
            return found.group(0)
        return f'{lead}{key}: "{mark()}{value}"'

    def item(found: re.Match[str]) -> str:
        lead, value = found.groups()
        skipped = value.startswith(('"', "'", ">", "{", "["))
        if skipped or re.fullmatch(r"[a-z0-9-]+|\w+:( .*)?", value):
            return found.group(0)
        return f'{lead}"{mark()}{value}"'

    text = re.sub(r"^(\s*(?:- )?)(\w+): (.+)$", pair, text, flags=re.MULTILINE)
    text = re.sub(r"^(\s*- )(.+)$", item, text, flags=re.MULTILINE)
    lines = text.split("\n")
    for number, line in enumerate(lines[:-1]):
        if re.search(r"(^\s*- |: )>-?$", line):  # a folded block: its first line
            following = lines[number + 1]
            indent = len(following) - len(following.lstrip())
            lines[number + 1] = following[:indent] + mark() + following[indent:]
    return "\n".join(lines), count


SHIPPED = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
MARKED, PLANTED = marked_file()
VIEWS = [
    ["list"],
    ["stages"],
    *(["stage", stage] for stage in ("localized", "advanced", "metastatic", "recurrent")),
    ["stage", "recurrent", "--sources"],
    ["drugs"],
    ["matrix"],
    ["compare", "tae", "sorafenib"],
    ["compare", "durvalumab", "tremelimumab"],
    ["search", "liver"],
    ["about"],
    *(["handout", stage] for stage in ("localized", "advanced", "recurrent")),
]


def _entries() -> list[str]:
    """Every treatment type, method, drug and combination of the shipped file."""
    data = yaml.safe_load(SHIPPED)
    return [
        record["id"]
        for treatment in data["treatments"]
        for record in [
            treatment,
            *treatment.get("methods", []),
            *treatment.get("drugs", []),
            *treatment.get("combinations", []),
        ]
    ]


ENTRIES = _entries()
ARGVS = VIEWS + [["show", entry] for entry in ENTRIES] + [["show", "tace", "--sources"]]
# What a file held to no page never shows: its source's words, attributed to no one.
SOURCE_FIELDS = ("title", "publisher", "credit", "treatments_section")
SEEN = re.compile(r"b id=m(\d+)")


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("marked") / "marked.yaml"
    path.write_text(MARKED, encoding="utf-8")
    return path


def _run(invoke: Invoke, marked: Path, argv: list[str], output_format: str) -> str:
    env = {"TTY_COMPATIBLE": "0", "NO_COLOR": "1", "LIVERTX_HYPERLINKS": "0"}
    result = invoke("--data", str(marked), *argv, "--format", output_format, env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def _elements(page: str) -> list[str]:
    """The ids of every element of an HTML page, as a browser's parser builds them."""
    document = html5lib.parse(page, namespaceHTMLElements=False)
    return [element.get("id") or "" for element in document.iter()]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_markup_in_every_text_is_shown_never_read_as_markup(
    invoke: Invoke, marked: Path, argv: list[str]
) -> None:
    page = _run(invoke, marked, argv, "html")
    assert not [i for i in _elements(page) if re.fullmatch(r"m\d+", i)]
    assert "&lt;b id=m" in page  # shown, as the characters it is
    markdown = _run(invoke, marked, argv, "markdown")
    assert not re.search(r"(?<!\\)<b id=m", markdown)
    assert "\\<b id=m" in markdown
    for output_format in ("text", "table"):
        shown = _run(invoke, marked, argv, output_format)
        assert "<b id=m" in shown and "\x1b" not in shown
    document = json.loads(_run(invoke, marked, argv, "json"))  # the data as it is
    assert "<b id=m" in json.dumps(document, ensure_ascii=False)


def test_every_planted_text_reaches_some_view(invoke: Invoke, marked: Path) -> None:
    """The views above show every text planted: none escapes the test by never being shown."""
    seen: set[str] = set()
    for argv in ARGVS:
        seen |= set(SEEN.findall(_run(invoke, marked, argv, "html")))
    unshown = re.findall(rf"^\s*(?:{'|'.join(SOURCE_FIELDS)}): \"<b id=m(\d+)>", MARKED, re.M)
    assert len(unshown) == len(SOURCE_FIELDS)
    assert PLANTED > 90
    assert {str(number) for number in range(1, PLANTED + 1)} - seen == set(unshown)
