"""livertx.proof.sections: where on the page each statement stands, its sections found in the
page as the proof finds its headings."""

from __future__ import annotations

from livertx.proof.sections import page_sections

TREATMENTS = "Types of treatment"
ALPHA, BETA, STAGE = f"{TREATMENTS} › Alpha", f"{TREATMENTS} › Beta", "Stage one"
PAGE = (
    f"A title An introduction. On This Page {TREATMENTS} {STAGE} "
    f"{TREATMENTS} Alpha Betamax is Alpha's. Beta Beta holds. "
    f"{STAGE} The lead: Alpha Updated: May 1, 2024"
)


def test_a_statement_stands_in_its_section_past_the_contents_and_words_that_hold_a_heading() -> (
    None
):
    sections = page_sections(PAGE, "A title", TREATMENTS, ["Alpha", "Beta"], [STAGE])
    assert sections is not None
    assert [label for label, _, _ in sections.spans] == [ALPHA, BETA, STAGE]
    # "Betamax" is not the heading "Beta": the sentence is Alpha's.
    assert sections.locate("Betamax is Alpha's.", ALPHA) == ALPHA
    assert sections.locate("Beta holds.", ALPHA) == BETA
    assert sections.locate("The lead:", STAGE) == STAGE
    assert sections.locate("An introduction.", "A title") == "A title"
    assert sections.locate("Gamma.", ALPHA) is None


def test_a_page_without_the_headings_in_order_has_no_sections() -> None:
    assert page_sections(PAGE, "A title", TREATMENTS, ["Beta", "Alpha"], [STAGE]) is None
    assert page_sections(PAGE, "A title", "Kinds of treatment", ["Alpha", "Beta"], [STAGE]) is None


def test_a_statement_found_in_its_own_section_and_another_stands_in_its_own() -> None:
    page = PAGE.replace("Beta holds.", "Beta holds. Betamax is Alpha's.")
    sections = page_sections(page, "A title", TREATMENTS, ["Alpha", "Beta"], [STAGE])
    assert sections is not None
    assert sections.locate("Betamax is Alpha's.", ALPHA) == ALPHA
    assert sections.locate("Betamax is Alpha's.", BETA) == BETA
    assert sections.locate("Betamax is Alpha's.", STAGE) == ALPHA  # else where it first stands
