"""A word the page does not use is said to be so, first (issue #30, item 3): "the page does not
name 'TARE'", then the names on the page that look like it, never "Did you mean"; a word the
page uses, a short one, or any word of a file held to no page keeps the plain answer."""

from __future__ import annotations

import pytest

from ..conftest import REPO, Invoke


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["show", "TARE"],
            "the page does not name 'TARE'. Names on the page that look like it: TAE, TACE. "
            "Or try: livertx search TARE",
        ),
        (
            ["compare", "tace", "tare"],
            "the page does not name 'tare'. Names on the page that look like it: TAE, TACE. "
            "Or try: livertx search tare",
        ),
        (["show", "Nexavar"], "the page does not name 'Nexavar'. Try: livertx search Nexavar"),
        (
            ["show", "nexavar pill"],
            "the page does not name 'nexavar' or 'pill'. Try: livertx search 'nexavar pill'",
        ),
        (  # a case the page places in no group: its groups, and where they are listed
            ["stage", "spread to his lungs"],
            "the page does not name 'lungs', nor place that case in one of its groups. It lists "
            "treatment for: Localized liver cancer; Locally advanced or metastatic liver cancer; "
            "Recurrent liver cancer (livertx stages).",
        ),
        (
            ["stage", "metastatik"],
            "the page does not name 'metastatik'. Names on the page that look like it: "
            "metastatic, advanced.",
        ),
        # Short: a start or an abbreviation, not said to be missing from the page.
        (
            ["show", "Y-90"],
            "no treatment, method, drug or combination called 'Y-90'. Try: livertx search Y-90",
        ),
    ],
)
def test_a_word_the_page_does_not_use_is_said_first(
    invoke: Invoke, argv: list[str], said: str
) -> None:
    result = invoke(*argv)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"livertx: {said}\n"
    assert "Did you mean" not in result.stderr


def test_a_file_held_to_no_page_never_says_what_the_page_does_not_name(invoke: Invoke) -> None:
    garden = str(REPO / "tests" / "corpus" / "garden.yaml")
    result = invoke("--data", garden, "show", "pruningx")
    assert result.exit_code == 1
    assert "does not name" not in result.stderr
    assert "Did you mean: pruning?" in result.stderr
