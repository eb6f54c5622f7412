""" "Not named" said exactly (issue #30, item 5): where the page's stage lists do not name an
entry, livertx says which list, or that they name its treatment type on its own, never "not
used". The words are pinned here; the lists they name are held to each stage's own view."""

from __future__ import annotations

from typing import Any

import pytest

from ..conftest import Invoke

# The page's own lists: the stages that are part of no group (`livertx stages`).
LISTS = ("localized", "advanced", "recurrent")


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "sbrt",
            [
                "The stage lists name its treatment type, Radiation therapy (for localized liver "
                "cancer, and for locally advanced or metastatic liver cancer), not this method on "
                "its own."
            ],
        ),
        (
            "electroporation",
            [
                "The stage lists name its treatment type, Ablation therapy (for recurrent liver "
                "cancer), not this method on its own."
            ],
        ),
        (
            "immunotherapy",
            [
                "The list for localized liver cancer does not name it.",
                "The list for recurrent liver cancer does not name it.",
            ],
        ),
        ("clinical trials", ["The page's stage lists do not name it."]),
        (
            "surveillance",
            [
                "The list for locally advanced or metastatic liver cancer does not name it.",
                "The list for recurrent liver cancer does not name it.",
            ],
        ),
    ],
)
def test_what_the_lists_do_not_name_is_said_exactly(
    invoke: Invoke, name: str, said: list[str]
) -> None:
    shown = invoke("show", name, "--format", "markdown").stdout
    lines = [line.removeprefix("- ") for line in shown.splitlines()]
    for sentence in said:
        assert sentence in lines
    assert "not used" not in shown and "ruled out" not in shown


def _named_in(stage: Any, entry_id: str) -> bool:
    return any(
        entry_id == part["treatment"]["id"]
        or entry_id in {named["id"] for key in ("methods", "drugs") for named in part[key]}
        or entry_id in {c["id"] for c in part.get("combinations", [])}
        or entry_id in {d["id"] for c in part.get("combinations", []) for d in c.get("drugs", [])}
        for option in stage["options"]
        for part in option["parts"]
    )


def test_every_list_either_names_an_entry_or_is_said_not_to(invoke_json: Any) -> None:
    """Held to each stage's own view: a list is in `unlisted` exactly when its options name
    the entry nowhere, and `type_listed` names the lists whose item is the type on its own."""
    stages = {stage_id: invoke_json("stage", stage_id) for stage_id in LISTS}
    ids = [t["id"] for t in invoke_json("list")] + [d["id"] for d in invoke_json("drugs")]
    methods = [m["id"] for t in invoke_json("list") for m in t["methods"]]
    for entry_id in dict.fromkeys(ids + methods):
        entry = invoke_json("show", entry_id)
        leads = {option["lead"] for option in entry["options"]}
        placed = {s for s in LISTS if stages[s]["lead"] in leads}
        unlisted = [stage["id"] for stage in entry["unlisted"]]
        assert unlisted == [s for s in LISTS if s not in placed], entry_id
        assert unlisted == [s for s in LISTS if not _named_in(stages[s], entry_id)], entry_id
        bare = [
            s
            for s in LISTS
            if entry["part_of"]
            and not entry["options"]
            and any(
                part["treatment"]["id"] == entry["part_of"]["id"]
                and not part["methods"]
                and not part["drugs"]
                for option in stages[s]["options"]
                for part in option["parts"]
            )
        ]
        assert [stage["id"] for stage in entry["type_listed"]] == bare, entry_id
