"""Search (livertx.answers.search): what it finds and how it ranks, as docs/commands.md says."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ..conftest import REPO, Invoke

InvokeJson = Callable[..., Any]


@pytest.mark.parametrize(
    ("misspelled", "typed"),
    [("frezze", "freeze"), ("cryoablaton", "cryoablation"), ("sorafinib", "sorafenib")],
)
def test_a_respelled_word_weighs_half_a_typed_one(
    invoke_json: InvokeJson, misspelled: str, typed: str
) -> None:
    # docs/commands.md: any other word "is read as its nearest near miss, at half weight".
    respelled = invoke_json("search", misspelled)
    exact = invoke_json("search", typed)
    assert respelled["read_as"] == [{"typed": misspelled, "read_as": typed}]
    assert exact["read_as"] == []
    # Its hits are the typed word's, each at half its weight at most: an exact name is only
    # ever the typed one, so a respelled name counts as the phrase found in it.
    typed_scores = {hit["id"]: hit["score"] for hit in exact["hits"]}
    assert [hit["id"] for hit in respelled["hits"]] == list(typed_scores)
    for hit in respelled["hits"]:
        assert 0 < hit["score"] <= typed_scores[hit["id"]] // 2, hit
    assert respelled["hits"][0]["score"] < exact["hits"][0]["score"]


def test_one_respelled_word_halves_the_whole_query(invoke_json: InvokeJson) -> None:
    respelled = invoke_json("search", "frezze and destroy")
    exact = invoke_json("search", "freeze and destroy")
    assert respelled["read_as"] == [{"typed": "frezze", "read_as": "freeze"}]
    assert respelled["hits"][0]["id"] == exact["hits"][0]["id"] == "cryoablation"
    assert respelled["hits"][0]["score"] == exact["hits"][0]["score"] // 2


@pytest.mark.parametrize(
    ("query", "found", "score", "field"),
    [
        ("cryoablation", "cryoablation", 100, "name"),  # one of its names
        ("cryoab", "cryoablation", 60, "name"),  # a name starts with it
        ("therapy microwave", "microwave-therapy", 40, "name"),  # every word in a name
        ("freeze and destroy", "cryoablation", 30, "summary"),  # the phrase in its summary
        ("destroy freeze", "cryoablation", 20, "summary"),  # every word in its summary
        ("ultrasound to guide", "cryoablation", 15, "details"),  # the phrase in its details
        ("guide ultrasound", "cryoablation", 10, "details"),  # every word in its details
    ],
)
def test_each_kind_of_match_weighs_what_the_readme_says(
    invoke_json: InvokeJson, query: str, found: str, score: int, field: str
) -> None:
    hit = invoke_json("search", query)["hits"][0]
    assert (hit["id"], hit["score"], hit["field"]) == (found, score, field)


def test_a_hit_names_the_page_section_of_the_text_it_matched(invoke_json: InvokeJson) -> None:
    for query in ("freeze and destroy", "ultrasound to guide"):
        hit = invoke_json("search", query)["hits"][0]
        assert hit["section"] == "Types of treatment › Ablation therapy", query
    assert invoke_json("search", "cryoablation")["hits"][0]["section"] is None  # a name


def test_a_status_and_a_methods_lead_are_searched(invoke_json: InvokeJson) -> None:
    hit = invoke_json("search", "being studied")["hits"][0]
    assert (hit["id"], hit["field"]) == ("electroporation-therapy", "details")
    assert hit["snippet"] == "being studied in clinical trials"
    hit = invoke_json("search", "different types of ablation")["hits"][0]
    assert (hit["id"], hit["field"]) == ("ablation-therapy", "details")


def test_a_search_that_finds_nothing_offers_three_near_words_a_word_five_in_all(
    invoke: Invoke,
) -> None:
    result = invoke("search", "mae cae dse xyzzy", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stderr)["error"]["suggestions"] == [
        "may",  # one slip each, in the page's order: three for "mae"
        "make",
        "made",
        "can",  # two for "cae", to make five; none for "dse" ("dose")
        "care",
    ]
    # Words that start words livertx shows are taken as typed: nothing to offer for them.
    result = invoke("search", "rad sur emb xyzzy", "--json")
    assert json.loads(result.stderr)["error"]["suggestions"] == ["livertx list"]
    # A word's near misses only: "chemoterapy" is near no word livertx shows (not
    # "cryotherapy"), "surgury" and "radiaton" one slip from one each.
    result = invoke("search", "chemoterapy surgury radiaton", "--json")
    assert json.loads(result.stderr)["error"]["suggestions"] == ["surgery", "radiation"]


def test_a_stage_with_an_entry_s_id_is_refused_so_no_hit_can_take_the_other_s_status(
    invoke: Invoke, tmp_path: Path
) -> None:
    # Issue #29: stages and entries were named apart, and a file could give a stage an entry's
    # id (a hit's id then named two things); such a file is now refused on every load.
    garden = (REPO / "tests" / "corpus" / "garden.yaml").read_text(encoding="utf-8")
    path = tmp_path / "garden.yaml"
    path.write_text(garden.replace("  - id: seedling", "  - id: sprinkling"), encoding="utf-8")
    result = invoke("--data", str(path), "search", "seedling plants", "--json")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "id 'sprinkling' names both a stage and an entry" in result.stderr


@pytest.mark.parametrize(
    ("query", "found", "score", "field"),
    [
        ("radio frequency", "radiofrequency-ablation", 60, "name"),  # a name, spaces aside
        ("an instrument is used", "cryoablation", 30, "summary"),  # a summary's start: no name
        ("recurrent primary liver cancer may include", "surgery", 15, "details"),  # a placement
        ("include may recurrent", "surgery", 10, "details"),
        ("standard", "intro", 30, "summary"),  # the page's introduction
        ("treatments standard", "intro", 20, "summary"),
        ("metast", "advanced", 60, "name"),  # a stage
        ("cancer metastatic", "advanced", 40, "name"),
        ("locally advanced or metastatic", "locally-advanced", 60, "name"),  # by its group's name
        ("liver cancer may include", "localized", 30, "summary"),  # its lead
        ("include may recurrent", "recurrent", 20, "summary"),
        ("lesions smaller than 1 centimeter", "localized", 15, "details"),  # an option of its list
        ("smaller lesions", "localized", 10, "details"),
    ],
)
def test_stages_the_introduction_and_placements_weigh_as_entries_do(
    invoke_json: InvokeJson, query: str, found: str, score: int, field: str
) -> None:
    hits = {hit["id"]: hit for hit in invoke_json("search", query)["hits"]}
    assert (hits[found]["score"], hits[found]["field"]) == (score, field)


def test_the_introduction_is_a_hit_like_any_other(invoke_json: InvokeJson) -> None:
    hit = invoke_json("search", "standard")["hits"][0]
    assert {key: hit[key] for key in ("id", "name", "kind", "command", "section")} == {
        "id": "intro",
        "name": "The page's introduction",
        "kind": "page",
        "command": "livertx list",
        "section": "Liver Cancer Treatment",
    }


def test_a_query_with_no_word_finds_nothing(invoke: Invoke) -> None:
    result = invoke("search", "?")
    assert (result.exit_code, result.stdout) == (1, "")


def test_a_method_s_placement_names_only_that_method_of_its_option(
    invoke: Invoke, tmp_path: Path
) -> None:
    garden = (REPO / "tests" / "corpus" / "garden.yaml").read_text(encoding="utf-8")
    path = tmp_path / "garden.yaml"
    path.write_text(
        garden.replace("methods: [drip-irrigation]", "methods: [drip-irrigation, sprinkling]"),
        encoding="utf-8",
    )
    result = invoke("--data", str(path), "search", "seedlings shorter", "--json")
    snippets = {hit["id"]: hit["snippet"] for hit in json.loads(result.stdout)["hits"]}
    assert snippets["sprinkling"] == (
        "Seedlings may get: Watering: Sprinkling for seedlings shorter than 5 centimeters"
    )
    assert snippets["watering"] == (
        "Seedlings may get: Watering: Drip irrigation (DRIP); Sprinkling for seedlings shorter "
        "than 5 centimeters"
    )
    result = invoke("--data", str(path), "search", "compost with mulch", "--json")
    snippets = {hit["id"]: hit["snippet"] for hit in json.loads(result.stdout)["hits"]}
    assert snippets["watering"] == (
        "Grown or old plants may get: Feeding: compost with mulch and Watering"
    )


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("freeze", "cryoablation"),
        ("hepatic artery", "embolization-therapy"),
        ("cryoablaton", "cryoablation"),
        ("chemo", "transarterial-chemoembolization"),
        ("TACE", "transarterial-chemoembolization"),
        ("radio waves", "radiofrequency-ablation"),
        ("pure alcohol", "percutaneous-ethanol-injection"),
    ],
)
def test_search_ranks_the_target_first(invoke_json: InvokeJson, query: str, first: str) -> None:
    document = invoke_json("search", query)
    assert document["query"] == query
    assert document["hits"][0]["id"] == first
    keys = ["id", "name", "kind", "command", "score", "field", "snippet", "section"]
    assert list(document["hits"][0]) == keys


def test_search_reaches_the_conditions_the_page_attaches(invoke_json: InvokeJson) -> None:
    hits = [hit["id"] for hit in invoke_json("search", "palliative")["hits"]]
    assert "transarterial-chemoembolization" in hits
    assert "sorafenib" in hits


def test_search_ranks_a_name_above_a_summary(invoke_json: InvokeJson) -> None:
    hits = invoke_json("search", "hepatic artery")["hits"]
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)
    assert invoke_json("search", "transarterial embolization")["hits"][0]["score"] == 100


def test_search_finding_nothing(invoke: Invoke) -> None:
    result = invoke("search", "xyzzy")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "livertx: no entry matches 'xyzzy': the page does not use the word 'xyzzy'."
        " What it covers: livertx list\n"
    )
    # A misspelled word is read as its nearest spelling; a word near nothing finds nothing.
    result = invoke("search", "frezze")
    assert result.exit_code == 0, result.output
    assert "Cryoablation" in result.stdout
    result = invoke("search", "qwxvbn")
    assert (result.exit_code, result.stdout) == (1, "")


def test_a_phrase_matches_where_a_word_starts_never_inside_one(invoke: Invoke) -> None:
    # "iv" is inside "liver" on every line, and starts no word livertx shows.
    result = invoke("search", "iv", "--json")
    assert (result.exit_code, result.stdout) == (1, "")
    found = json.loads(invoke("search", "hepat", "--json").stdout)["hits"]
    assert found and all("hepat" in hit["snippet"].casefold() for hit in found)


def test_where_the_page_points_for_more_is_found_through_the_entry(invoke: Invoke) -> None:
    """Issue #30: "Side effects of sorafenib?" The page points to "Targeted Therapy to Treat
    Cancer" for targeted therapy "and its side effects": a drug shows its type's "Learn more"
    sentences, and search finds them through the drug's name."""
    sorafenib = json.loads(invoke("show", "sorafenib", "--json").stdout)
    targeted = json.loads(invoke("show", "targeted-therapy", "--json").stdout)
    assert sorafenib["learn_more"] == targeted["learn_more"] != []
    said = {s["text"]: s["section"] for s in sorafenib["statements"]}
    assert said[targeted["learn_more"][0]] == "Types of treatment › Targeted therapy"
    hits = json.loads(invoke("search", "side effects sorafenib", "--json").stdout)["hits"]
    assert [(h["id"], h["field"], h["snippet"]) for h in hits] == [
        ("sorafenib", "details", targeted["learn_more"][0])
    ]
    assert invoke("search", "side effects nothing-here").exit_code == 1
