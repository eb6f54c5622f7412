"""Where an option's words name an entry (livertx.answers.handout), which orders a handout's
entries as the page's words give them."""

from __future__ import annotations

from livertx.answers.handout import _place


def test_a_name_is_placed_where_the_words_first_give_it_even_at_their_start() -> None:
    assert _place("sorafenib", "sorafenib") == 0
    assert _place("sorafenib, or lenvatinib after sorafenib", "sorafenib") == 0
    assert _place("lenvatinib or sorafenib", "sorafenib") == len("lenvatinib or ")


def test_a_combination_the_words_give_in_short_is_placed_at_its_last_drug() -> None:
    words = "atezolizumab with bevacizumab or cabozantinib"
    assert _place(words, "atezolizumab with bevacizumab") == 0
    assert _place(words, "atezolizumab with cabozantinib") == words.index("cabozantinib")
    assert _place(words, "nivolumab with ipilimumab") == len(words)  # not named: after the rest
