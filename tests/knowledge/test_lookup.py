"""The pure lookup functions, on a small made-up knowledge built here (not about liver cancer)."""

from __future__ import annotations

from datetime import date

import pytest

from livertx.errors import NotFound
from livertx.knowledge import lookup
from livertx.knowledge.model import (
    Combination,
    CoveredStage,
    Drug,
    Knowledge,
    Method,
    Part,
    Source,
    Stage,
    StageOption,
    Treatment,
)


def _tiny() -> Knowledge:
    """A garden, not a clinic: proof that lookup knows nothing about the real data."""
    pruning = Method("pruning", "Pruning", "Cutting branches.", "care", abbreviations=("PR",))
    grafting = Method("grafting", "Grafting", "Joining plants.", "care", also_called=("splicing",))
    care = Treatment("care", "Plant care", "Looking after plants.", methods=(pruning, grafting))
    water = Drug("water", "water", "feeding")
    sun = Drug("sunlight", "sunlight", "feeding")
    both = Combination(
        "water-with-sunlight", ("water", "sunlight"), "feeding", "water with sunlight"
    )
    feeding = Treatment(
        "feeding",
        "Feeding",
        "Giving plants what they need.",
        drugs=(water, sun),
        combinations=(both,),
    )
    seedling = Stage(
        "seedling",
        "Seedling plants",
        "Seedlings may get",
        options=(StageOption(Part("care", method_ids=("pruning",)), condition="gently"),),
    )
    grown = Stage(
        "grown-or-old",
        "Grown or old plants",
        "Grown or old plants may get",
        covers=(
            CoveredStage("grown", "Grown plants"),
            CoveredStage("old", "Old plants", ("ancient",)),
        ),
        options=(
            StageOption(Part("care", method_ids=("grafting",)), only="grown"),
            StageOption(
                Part("feeding", combination_ids=("water-with-sunlight",)),
                together_with=(Part("care"),),
            ),
        ),
    )
    entries = {e.id: e for e in (care, pruning, grafting, feeding, water, sun, both)}
    source = Source("Garden", "Nobody", "https://example.org", date(2020, 1, 2), "Credit.")
    return Knowledge(source, (care, feeding), (seedling, grown), entries, {both.id: both})


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [("pr", "pruning"), ("SPLICING", "grafting"), ("plant-care", "care"), ("Water", "water")],
)
def test_resolve_entry_by_id_name_abbreviation_and_other_name(query: str, entry_id: str) -> None:
    assert lookup.resolve_entry(_tiny(), query).id == entry_id


def test_resolve_entry_suggests_near_misses() -> None:
    with pytest.raises(NotFound) as caught:
        lookup.resolve_entry(_tiny(), "prunning")
    assert caught.value.suggestions == ("pruning", "livertx search prunning")
    assert str(caught.value) == (
        "no treatment, method, drug or combination called 'prunning'. Did you mean: pruning? "
        "Or try: livertx search prunning"
    )


def test_resolve_entry_by_a_word_or_the_start_of_one_name() -> None:
    assert lookup.resolve_entry(_tiny(), "sun").id == "sunlight"
    assert lookup.resolve_entry(_tiny(), "care").id == "care"  # "Plant care": a whole word


def test_several_things_with_the_word_are_ambiguous() -> None:
    knowledge = _tiny()
    with pytest.raises(NotFound) as caught:
        lookup.resolve_entry(knowledge, "wat")  # water, and the combination water with sunlight
    assert caught.value.suggestions == ("livertx show water", "livertx show water-with-sunlight")


def test_no_name_is_offered_for_a_word_more_than_two_slips_away() -> None:
    with pytest.raises(NotFound) as caught:
        lookup.resolve_entry(_tiny(), "swatering")  # "water": four slips away
    assert caught.value.suggestions == ("livertx search swatering",)


def test_an_empty_name_matches_nothing() -> None:
    with pytest.raises(NotFound) as caught:
        lookup.resolve_entry(_tiny(), " - ")
    assert caught.value.suggestions == ("livertx search ' - '",)


def test_resolve_stage_finds_groups_and_their_parts() -> None:
    knowledge = _tiny()
    assert lookup.resolve_stage(knowledge, "Grown or Old").id == "grown-or-old"
    assert lookup.resolve_stage(knowledge, "ancient").id == "old"
    assert lookup.resolve_stage(knowledge, "Seedling plants").name == "Seedling plants"


def test_a_word_of_several_stages_lists_the_command_for_each() -> None:
    with pytest.raises(NotFound) as caught:
        lookup.resolve_stage(_tiny(), "plants")
    assert caught.value.suggestions == (
        "livertx stage seedling",
        "livertx stage grown-or-old",
        "livertx stage grown",
        "livertx stage old",
    )


def test_unknown_stage_lists_the_choices_when_nothing_is_close() -> None:
    with pytest.raises(NotFound) as caught:
        lookup.resolve_stage(_tiny(), "zzz")
    assert str(caught.value) == (
        "no stage called 'zzz'. Choose from: seedling, grown-or-old, grown, old."
    )


def test_options_for_a_part_leaves_out_what_is_limited_to_another_part() -> None:
    knowledge = _tiny()
    old = lookup.resolve_stage(knowledge, "old")
    shown, excluded = lookup.options_for(old)
    assert [o.main.treatment_id for o in shown] == ["feeding"]
    assert [o.only for o in excluded] == ["grown"]
    whole = lookup.options_for(lookup.resolve_stage(knowledge, "grown-or-old"))
    assert (len(whole[0]), len(whole[1])) == (2, 0)


def _stage_ids(knowledge: Knowledge, entry_id: str) -> list[str]:
    found = lookup.appearances(knowledge, knowledge.entry(entry_id))
    return list(dict.fromkeys(stage_id for each in found for stage_id in each.stage_ids))


def test_appearances_reach_through_methods_combinations_and_together_with() -> None:
    knowledge = _tiny()
    assert _stage_ids(knowledge, "care") == ["seedling", "grown", "old"]
    assert _stage_ids(knowledge, "grafting") == ["grown"]
    assert _stage_ids(knowledge, "sunlight") == ["grown", "old"]
    assert _stage_ids(knowledge, "pruning") == ["seedling"]
    assert _stage_ids(knowledge, "water-with-sunlight") == ["grown", "old"]


def test_drug_summary_is_its_class_and_combinations_name_their_drugs() -> None:
    knowledge = _tiny()
    water = knowledge.entry("water")
    assert isinstance(water, Drug)
    assert lookup.summary_of(knowledge, water) is None  # a drug is only listed
    assert [r.id for r in lookup.combinations_with(knowledge, water)] == ["water-with-sunlight"]
    assert knowledge.combinations["water-with-sunlight"].name == "water with sunlight"
