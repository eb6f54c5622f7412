"""Search's ranking as the README states it (livertx.answers.search): the behaviour mutation
testing found unguarded (docs/mutation-report.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

InvokeJson = Callable[..., Any]


@pytest.mark.parametrize(
    ("misspelled", "typed"),
    [("frezze", "freeze"), ("cryoablaton", "cryoablation"), ("sorafinib", "sorafenib")],
)
def test_a_respelled_word_weighs_half_a_typed_one(
    invoke_json: InvokeJson, misspelled: str, typed: str
) -> None:
    # README: any other word "is read as its nearest spelling, at half weight".
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
