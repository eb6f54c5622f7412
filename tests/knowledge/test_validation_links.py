"""The links of a knowledge file: their form, checked by validate on every load (https, no user
name or password, no port, a host named in plain ASCII, not an address), and the shipped ones,
pinned, since no form tells which site a link goes to."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from livertx.knowledge.format import FIELDS, LINK
from livertx.knowledge.schema import schema_text
from livertx.knowledge.validation import validate

from ..conftest import Invoke, unchecked
from .test_validation import SHIPPED, SPACES, planted, refused_at

URL = "url: https://www.cancer.gov/types/liver/what-is-liver-cancer/treatment"
SEARCH = "trial_search: https://www.cancer.gov/research/participate/clinical-trials-search"

# The links livertx writes around the page's words, and the condition its trial links search
# for. validate holds their form; a look-alike of the right form (https://www.cancer.gov.example
# .net/…) only this table can catch. Changing one is a reviewed edit of both
# data/treatments.yaml and this table.
PINNED_SOURCE = {
    "url": "https://www.cancer.gov/types/liver/what-is-liver-cancer/treatment",
    "trial_search": "https://www.cancer.gov/research/participate/clinical-trials-search",
    "condition": "liver cancer",
}


def test_the_shipped_links_and_condition_are_the_reviewed_ones() -> None:
    data, problems = validate(SHIPPED.encode("utf-8"))
    assert problems == []
    assert {field: data["source"][field] for field in PINNED_SOURCE} == PINNED_SOURCE


def test_every_link_field_is_pinned() -> None:
    """A new link field is a new line of the table."""
    links = {(kind, field) for kind, fields in FIELDS.items() for field in fields}
    links = {(kind, field) for kind, field in links if FIELDS[kind][field][0] == LINK}
    assert links == {("source", field) for field in PINNED_SOURCE if field != "condition"}


def test_another_page_of_the_right_domain_passes_validate_and_only_the_pin_catches_it() -> None:
    # A look-alike domain ("www.cancer.gov.example.net") is refused by the publisher's domain
    # (tests/knowledge/test_added_words.py); another page of cancer.gov only the pin can catch.
    other_page = "https://www.cancer.gov/types/liver/patient/adult-liver-treatment-pdq"
    data, problems = validate(planted(URL, f"url: {other_page}")[0].encode("utf-8"))
    assert problems == []
    assert data["source"]["url"] != PINNED_SOURCE["url"]


LINKS = [
    ("http://www.cancer.gov/x", "a link must be https, not http"),
    ("https://www.cancer.gov@example.net/x", "a link must carry no user name or password"),
    ("https://reader:secret@www.cancer.gov/x", "a link must carry no user name or password"),
    ("https://www.cancer.gov:8443/x", "a link must name no port ('www.cancer.gov:8443')"),
    ("https://www.cancer.gov:/x", "a link must name no port"),
    (
        "https://www.c\u0430ncer.gov/x",  # a Cyrillic "а"
        "a link's host must be plain ASCII letters, digits, dots and hyphens: 'www.c\u0430ncer"
        ".gov' has '\u0430' (U+0430): an internationalized host",
    ),
    ("https://www.xn--cncer-3ve.gov/x", "a link's host must be plain ASCII ('www.xn--"),
    ("https://XN--cncer-3ve.gov/x", "a link's host must be plain ASCII ('XN--"),
    ("https://example.net\\www.cancer.gov/x", "a link's host must be plain ASCII letters"),
    ("https://www.cancer.gov%2eexample.net/x", "a link's host must be plain ASCII letters"),
    ("https://93.184.216.34/x", "a link's host must be a name, not an IP address"),
    ("https://2130706433/x", "a link's host must be a name, not an IP address"),
    ("https://0x7f.1/x", "a link's host must be a name, not an IP address"),
    ("https://0x5DB8D822/x", "a link's host must be a name, not an IP address"),
    ("https://[2606:2800:220:1::1946]/x", "a link's host must be a name, not an IP address"),
    ("https://[::ffff:93.184.216.34]/x", "a link's host must be a name, not an IP address"),
    ("https://www.cancer.gov./x", "a link's host has an empty label"),
    ("https://www..cancer.gov/x", "a link's host has an empty label"),
    ("https:///www.cancer.gov/x", "a link must name its host after https://"),
    ("https://?www.cancer.gov", "a link must name its host after https://"),
]


@pytest.mark.parametrize("field", ["url", "trial_search"])
@pytest.mark.parametrize(("link", "message"), LINKS, ids=[link for link, _ in LINKS])
def test_a_link_of_the_wrong_form_is_refused_at_its_line(
    field: str, link: str, message: str
) -> None:
    old = URL if field == "url" else SEARCH
    refused_at(old, f"{field}: {link}", f"source.{field}: {message}")


@pytest.mark.parametrize(
    "link",
    [
        PINNED_SOURCE["url"],
        "https://www.cancer.gov",
        "https://www.cancer.gov/search?cond=liver%20cancer&x=a@b#top",
        "https://sub-domain.cancer.gov/a:b/@c",  # the form; the publisher's domain too
    ],
)
def test_a_link_of_the_right_form_is_taken(link: str) -> None:
    assert validate(planted(URL, f"url: {link}")[0].encode("utf-8"))[1] == []


def test_a_load_with_data_refuses_it_too(invoke: Invoke, tmp_path: Path) -> None:
    """The same checks: a load is refused with the first problem, at its line and column."""
    path = tmp_path / "treatments.yaml"
    path.write_text(unchecked(SHIPPED).replace(URL, "url: http://www.cancer.gov/x"), "utf-8")
    line, column = planted(URL, URL)[1], len("  url: ") + 1
    result = invoke("--data", str(path), "list")
    assert result.exit_code == 3
    assert result.stderr.startswith(
        f"livertx: {path}:{line}:{column}: source.url: a link must be https, not http (run "
    )


# Every edit planted above, to the checks that say what the JSON Schema cannot: none is a
# "shape" problem unless the schema refuses the file too (test_validation's agreement rule).
PLANTED = [
    *((URL, f"url: {link}") for link, _ in LINKS),
    *((param.values[0], param.values[1]) for param in SPACES),
    ("condition: liver cancer\n", "condition: breast cancer\n"),
    ("  - id: localized\n", "  - id: surgery\n"),
]


@pytest.mark.parametrize(("old", "new"), PLANTED)
def test_a_problem_is_of_shape_only_where_the_schema_refuses_it_too(old: str, new: str) -> None:
    text, _ = planted(old, new)
    problems = validate(text.encode("utf-8"))[1]
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    schema_accepts = validator.is_valid(yaml.safe_load(text))
    assert problems
    assert schema_accepts == all(problem.check != "shape" for problem in problems)
