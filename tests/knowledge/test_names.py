"""The one name resolver (livertx.knowledge.names), on a small made-up index and on the shipped
file through `livertx show`: the behaviour mutation testing found unguarded
(docs/mutation-report.md)."""

from __future__ import annotations

import json

import pytest

from livertx.errors import NotFound
from livertx.knowledge.names import build_index, find, resolve, suggest

from ..conftest import Invoke

# (name, id it names, text to suggest, family): a treatment type, its own method, and a method of
# another type whose name starts with the same word.
CARE = ("Plant care", "care", "Plant care", "care")
ROOTS = ("Care of roots", "roots", "Care of roots", "care")
WATERING = ("Careful watering", "watering", "Careful watering", "feeding")
FEEDING = ("Feeding", "feeding", "Feeding", "feeding")


def test_a_type_and_its_own_methods_resolve_to_the_type() -> None:
    assert resolve(build_index([CARE, ROOTS, FEEDING]), "care", "entry") == "care"


def test_a_type_does_not_win_when_another_type_s_entry_also_has_the_word() -> None:
    index = build_index([CARE, ROOTS, WATERING, FEEDING])
    with pytest.raises(NotFound) as caught:
        resolve(index, "care", "entry", command="garden show")
    assert caught.value.suggestions == (
        "garden show care",
        "garden show roots",
        "garden show watering",
    )


def test_an_exact_name_wins_over_every_loose_match() -> None:
    index = build_index([CARE, ROOTS, WATERING, FEEDING])
    assert find(index, "care of ROOTS") == "roots"
    assert resolve(index, "Careful-watering", "entry") == "watering"
    assert find(index, "care") is None


def test_show_radio_asks_which_one_rather_than_open_radiation_therapy(invoke: Invoke) -> None:
    # "radio" begins radiation therapy, its own methods and radiofrequency ablation (another
    # type's method): opening radiation therapy would answer a question nobody asked.
    result = invoke("show", "radio")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("livertx: 'radio' could be any of these:")
    assert "livertx show radiofrequency-ablation" in result.stderr
    assert "livertx show radiation-therapy" in result.stderr


# What a miss is offered: names that are near misses of it (livertx.near_misses) ------------


def _offered(names: tuple[str, ...], query: str) -> tuple[str, ...]:
    return suggest(
        query, build_index([(name, name.casefold(), name, name.casefold()) for name in names])
    )


RAYS = (
    "Radiation therapy",
    "Beam radiation therapy",
    "Proton beam radiation therapy",
    "Conformal radiation therapy",
    "Internal radiation therapy",
    "External radiation therapy",
    "Proton beam",
)


def test_a_miss_is_offered_five_names_each_once_nearest_first() -> None:
    offered = _offered(RAYS, "radiaton")  # one slip from a word of every name but one
    assert len(offered) == len(set(offered)) == 5
    assert offered[0] == "Radiation therapy"  # the page's order among the equally near
    assert _offered((*RAYS, "Radiaton"), "radiaton therapy")[0] == "Radiation therapy"


def test_a_typed_word_may_be_a_near_miss_of_one_word_of_a_name() -> None:
    assert _offered(RAYS, "protn") == ("Proton beam radiation therapy", "Proton beam")
    assert _offered(RAYS, "protn beem") == ("Proton beam",)  # two words: the whole name only


def test_a_name_two_slips_away_is_offered_only_for_six_letters_or_more() -> None:
    garden = ("Pruning", "Grafting", "Watering")
    assert _offered(garden, "prunxng") == ("Pruning",)  # one slip
    assert _offered(garden, "pruxxng") == ("Pruning",)  # two, in seven letters
    assert _offered(garden, "pruxxxg") == ()  # three
    assert _offered(("Prune",), "prxxe") == ()  # two, in five letters
    assert _offered(("Prune",), "purne") == ("Prune",)  # two swapped: one slip


def test_a_name_with_a_letter_too_many_is_offered(invoke: Invoke) -> None:
    assert _offered(("Pruning", "Grafting"), "pruningx") == ("Pruning",)
    result = invoke("show", "sorafenibb")
    assert result.exit_code == 1
    assert "Names on the page that look like it: sorafenib." in result.stderr


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("atezolizumab+bevacizumab", "atezolizumab-with-bevacizumab"),
        ("bevacizumab+atezolizumab", "atezolizumab-with-bevacizumab"),
        ("Bevacizumab + Atezolizumab", "atezolizumab-with-bevacizumab"),
        ("bevacizumab with atezolizumab", "atezolizumab-with-bevacizumab"),
        ("tremelimumab with durvalumab", "durvalumab-with-tremelimumab"),
        ("ipilimumab and nivolumab", "nivolumab-with-ipilimumab"),
        ("cabozantinib & atezolizumab", "atezolizumab-with-cabozantinib"),
    ],
)
def test_drugs_given_together_are_found_in_either_order(
    invoke: Invoke, typed: str, expected: str
) -> None:
    result = invoke("show", typed, "--json")
    assert result.exit_code == 0, result.output
    assert f'"id": "{expected}"' in result.stdout


@pytest.mark.parametrize(
    "typed", ["sorafenib+lenvatinib", "bevacizumab+bevacizumab", "atezolizumab+", "tace and tae"]
)
def test_drugs_the_page_never_gives_together_are_not_made_a_combination(
    invoke: Invoke, typed: str
) -> None:
    result = invoke("show", typed, "--json")
    if result.exit_code == 0:  # "atezolizumab+" is the drug: punctuation does not count
        assert json.loads(result.stdout)["kind"] != "combination"
    else:
        assert result.exit_code == 1


def test_the_other_orders_of_a_name_alone_are_none() -> None:
    index = build_index([("a+b", "ab", "a with b", "ab")])
    assert (find(index, "b+a"), find(index, "a"), find(index, "b with a")) == ("ab", None, "ab")
