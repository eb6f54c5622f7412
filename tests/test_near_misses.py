"""The one rule for near misses (livertx.near_misses), for names, stages and search alike: a
suggestion is a slip of the keyboard or the start of a name, never a different word that looks
alike. Each row is a word a person typed; the words of the issue that found the rule are here."""

from __future__ import annotations

import json

import pytest

from livertx.near_misses import miss, near_misses, slips

from .conftest import REPO, Invoke


@pytest.mark.parametrize(
    ("typed", "known", "distance"),
    [
        # Slips: a letter left out, added, changed, two swapped.
        ("recurrance", "recurrent", None),  # three: a, n→e… (not one word's slip)
        ("recurrance", "recurrence", 1),
        ("reccurent", "recurrent", 2),
        ("sorafinib", "sorafenib", 1),
        ("frezze", "freeze", 1),
        ("sorafenibb", "sorafenib", 1),
        ("tcae", "tace", 1),  # two swapped
        ("tae", "tace", 1),
        ("lungs", "lung", 1),
        # The start of a name, three letters or more.
        ("chemo", "chemoembolization", 0),
        ("recur", "recurrent", 0),
        ("ch", "chemoembolization", None),
        # Not near misses: another word that looks alike.
        ("chemotherapy", "cryotherapy", None),
        ("chemotherapy", "immunotherapy", None),
        ("survival", "surveillance", None),
        ("survival", "usual", None),
        ("lungs", "using", None),
        ("lungs", "drugs", None),
        ("lungs", "along", None),
        ("stage", "age", None),
        ("stage", "tace", None),
        ("4", "tae", None),
        ("ab", "ac", None),  # two letters: no slip allowed
        ("tace", "tace", None),  # the word itself is no suggestion
        ("", "tace", None),
    ],
)
def test_what_is_a_near_miss(typed: str, known: str, distance: int | None) -> None:
    assert miss(typed, known) == distance


def test_slips_count_each_kind_once_and_stop_past_the_most() -> None:
    assert slips("abcd", "abcd", 2) == 0
    assert slips("abcd", "abd", 2) == 1
    assert slips("abcd", "abxcd", 2) == 1
    assert slips("abcd", "abxd", 2) == 1
    assert slips("abcd", "bacd", 2) == 1
    assert slips("abcdef", "badcfe", 5) == 3
    assert slips("abcdef", "uvwxyz", 2) == 3  # past the most: most + 1
    assert slips("a", "abcdef", 2) == 3


def test_near_misses_are_ranked_by_slips_then_by_order_and_cut() -> None:
    known = ["freeze", "frezzes", "frezze", "frenzy", "fre"]
    assert near_misses("frezze", known) == ["frezzes", "freeze", "frenzy"]  # 0, 1, 2 slips
    assert near_misses("fre", ["freeze", "free", "fee", "fre"]) == ["freeze", "free", "fee"]
    assert near_misses("fre", ["freeze", "free", "fee"], most=1) == ["freeze"]


# The rule as a person meets it, through every command that takes a name, a stage or words.
@pytest.mark.parametrize(
    ("argv", "suggestions"),
    [
        (["stage", "reccurent"], ["recurrent"]),
        (["stage", "recurrance"], ["recurrent"]),
        (["stage", "metastic"], ["metastatic", "advanced"]),  # its name, then a word of one
        (["stage", "lungs"], ["livertx stages"]),  # a case the page places in no group
        (["show", "sorafinib"], ["sorafenib", "livertx search sorafinib"]),
        (["show", "lenvatinab"], ["lenvatinib", "livertx search lenvatinab"]),
        (["show", "chemotherapy"], ["livertx search chemotherapy"]),
        (["show", "survival"], ["livertx search survival"]),
        (["search", "chemotherapy"], ["livertx list"]),
        (["search", "survival"], ["livertx list"]),
        (["search", "lungs"], ["livertx list"]),
        (["search", "stage 4"], ["livertx stages"]),
    ],
)
def test_suggestions_are_near_misses_or_none(
    invoke: Invoke, argv: list[str], suggestions: list[str]
) -> None:
    result = invoke(*argv, "--json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert json.loads(result.stderr)["error"]["suggestions"] == suggestions


@pytest.mark.parametrize(("typed", "read_as"), [("frezze", "freeze"), ("sorafinib", "sorafenib")])
def test_search_reads_a_slip_as_the_word_it_misses(
    invoke: Invoke, typed: str, read_as: str
) -> None:
    result = invoke("search", typed, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["read_as"] == [{"typed": typed, "read_as": read_as}]


@pytest.mark.parametrize("typed", ["chemotherapy", "survival", "lungs"])
def test_search_says_plainly_that_the_page_does_not_use_a_word(invoke: Invoke, typed: str) -> None:
    result = invoke("search", typed)
    assert result.exit_code == 1
    assert result.stderr == (
        f"livertx: no entry matches {typed!r}: the page does not use the word {typed!r}."
        " What it covers: livertx list\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        # A short word is an abbreviation as often as a slip: asked about, never read as another.
        (["search", "tare"], "livertx: no entry matches 'tare'. Did you mean: tae, tace?\n"),
        # Words on the page get no suggestion of their own ("how", "does", "have").
        (
            ["search", "how long does he have"],
            "livertx: no entry matches 'how long does he have': the page does not use the word"
            " 'long'. What it covers: livertx list\n",
        ),
        # "stage" starts "stages", on the page: not a word the page does not use.
        (
            ["search", "early stage"],
            "livertx: no entry matches 'early stage': the page does not use the word 'early'."
            " What it covers: livertx list\n",
        ),
    ],
)
def test_what_a_search_that_finds_nothing_says(
    invoke: Invoke, argv: list[str], message: str
) -> None:
    result = invoke(*argv)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message)


def test_a_slip_keeps_the_first_letter() -> None:
    assert miss("tare", "are") is None
    assert miss("kemo", "chemo") is None
    assert miss("tare", "tae") == 1


def test_a_file_held_to_no_page_never_says_what_the_page_does_not_use(invoke: Invoke) -> None:
    garden = str(REPO / "tests" / "corpus" / "garden.yaml")  # names no page's capture
    result = invoke("--data", garden, "search", "xyzzy")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "livertx: no entry matches 'xyzzy'. What it covers: livertx list\n"
