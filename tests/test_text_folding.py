"""livertx.text_folding: each way text is folded to be compared, and how the ways agree; the
one resolver (tests/knowledge/test_lookup.py), search (tests/answers/) and the page proof
(tests/proof/test_proof.py) are tested through them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livertx.text_folding import fold, name_key, name_words, normal_spacing, words_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Trans-Arterial  Chemo", "transarterialchemo"), ("S.B.R.T.", "sbrt"), ("Ça_va", "çava")],
)
def test_a_name_key_ignores_case_spaces_and_punctuation(text: str, expected: str) -> None:
    assert name_key(text) == expected


def test_a_names_words_part_at_spaces_and_hyphens_only() -> None:
    assert name_words("Transarterial chemoembolization (TACE)") == [
        "transarterial",
        "chemoembolization",
        "tace",
    ]
    assert name_words("Trans-arterial  TACE/TAE - ") == ["trans", "arterial", "tacetae"]


def test_a_texts_words_are_its_runs_of_letters_and_digits_casefolded() -> None:
    assert words_of("Sorafenib, LENVATINIB; 5-FU_x (TACE/TAE) Straße") == [
        "sorafenib",
        "lenvatinib",
        "5",
        "fu",
        "x",
        "tace",
        "tae",
        "strasse",
    ]


def test_normal_spacing_makes_white_space_one_space_and_none_before_punctuation() -> None:
    assert (
        normal_spacing("  Some\tTreatments\n\n  are  STANDARD  ") == "Some Treatments are STANDARD"
    )
    # The capture's space where a link stood before punctuation does not count; others do.
    assert normal_spacing("lobe , or (the tumor ) .") == "lobe, or (the tumor)."
    assert normal_spacing("lobe or") != normal_spacing("lobeor")


def test_fold_is_normal_spacing_casefolded() -> None:
    assert fold("  Some\tTreatments\n\n  are  STANDARD  ") == "some treatments are standard"
    assert fold("Straße") == fold("STRASSE")  # casefolded, not only lowercased
    assert fold("lobe , or the tumor .") == fold("lobe, or the tumor.")


@given(st.text())
def test_a_text_folded_has_the_same_words(text: str) -> None:
    # Search reads the page's words from its folded text, and the file's from its own.
    assert words_of(fold(text)) == words_of(text)


@given(st.text())
def test_a_names_words_make_its_key(text: str) -> None:
    assert "".join(name_words(text)) == name_key(text)
