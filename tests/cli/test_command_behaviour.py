"""What commands do with their arguments where no other test looked: found unguarded by mutation
testing (docs/mutation-report.md)."""

from __future__ import annotations

from ..conftest import Invoke


def test_a_word_of_several_stages_lists_the_stage_commands(invoke: Invoke) -> None:
    result = invoke("stage", "liver")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "livertx: 'liver' could be any of these: livertx stage localized; livertx stage advanced;"
        " livertx stage locally-advanced; livertx stage metastatic; livertx stage recurrent.\n"
    )


def test_a_search_of_500_characters_is_searched_and_501_is_refused(invoke: Invoke) -> None:
    query = ("cryoablation " * 40)[:500]
    assert invoke("search", query).exit_code == 0
    result = invoke("search", query + "n")
    assert result.exit_code == 2
    assert "a search is at most 500 characters long" in result.stderr


def test_compare_asks_which_one_with_the_show_commands(invoke: Invoke) -> None:
    result = invoke("compare", "radio", "surgery")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "livertx: 'radio' could be any of these: livertx show radiofrequency-ablation; "
        "livertx show radiation-therapy.\n"
    )
