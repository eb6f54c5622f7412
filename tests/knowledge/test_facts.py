"""Every medical fact in data/treatments.yaml, pinned against the sentence of the NCI page
(data/source/nci-liver-cancer-treatment.txt) it comes from. Each test first checks that the
quoted sentence really stands on the page, then that the data says the same."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from livertx.knowledge import lookup
from livertx.knowledge.model import Combination, Knowledge, Method, StageOption, Treatment

Page = Callable[..., None]


def _option(
    option: StageOption,
) -> list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    return [(p.treatment_id, p.method_ids, p.drug_ids, p.combination_ids) for p in option.parts]


def _stage(knowledge: Knowledge, stage_id: str) -> list[tuple[object, ...]]:
    stage = next(s for s in knowledge.stages if s.id == stage_id)
    return [(_option(o), o.condition, o.only) for o in stage.options]


def test_source_block(knowledge: Knowledge, page: Page) -> None:
    page("Liver Cancer Treatment")
    page("Updated: May 15, 2024")
    page("“Liver Cancer Treatment was originally published by the National Cancer Institute.”")
    source = knowledge.source
    assert source.title == "Liver Cancer Treatment"
    assert source.publisher == "National Cancer Institute"
    assert source.url == "https://www.cancer.gov/types/liver/what-is-liver-cancer/treatment"
    assert source.updated.isoformat() == "2024-05-15"
    assert source.credit == (
        "Liver Cancer Treatment was originally published by the National Cancer Institute."
    )


def test_stages_in_page_order(knowledge: Knowledge, page: Page) -> None:
    page(
        "On This Page Types of treatment Treatment of localized liver cancer Treatment of locally "
        "advanced or metastatic liver cancer Treatment of recurrent liver cancer"
    )
    assert [s.id for s in knowledge.stages] == [
        "localized",
        "advanced",
        "recurrent",
    ]


def test_localized_options(knowledge: Knowledge, page: Page) -> None:
    page(
        "Treatment of localized liver cancer may include: surveillance for lesions smaller than "
        "1 centimeter partial hepatectomy (surgery to remove the part of the liver where cancer "
        "is found) liver transplant ablation of the tumor using: radiofrequency ablation "
        "microwave therapy percutaneous ethanol injection cryoablation radiation therapy"
    )
    ablation = (
        "radiofrequency-ablation",
        "microwave-therapy",
        "percutaneous-ethanol-injection",
        "cryoablation",
    )
    assert _stage(knowledge, "localized") == [
        ([("surveillance", (), (), ())], "for lesions smaller than 1 centimeter", None),
        ([("surgery", ("partial-hepatectomy",), (), ())], None, None),
        ([("liver-transplant", (), (), ())], None, None),
        ([("ablation-therapy", ablation, (), ())], None, None),
        ([("radiation-therapy", (), (), ())], None, None),
    ]


def test_locally_advanced_or_metastatic_options(knowledge: Knowledge, page: Page) -> None:
    page(
        "Treatment of locally advanced or metastatic liver cancer may include: transarterial "
        "embolization (TAE) or transarterial chemoembolization (TACE) in people with locally "
        "advanced liver cancer bevacizumab, cabozantinib, lenvatinib, ramucirumab, regorafenib, "
        "or sorafenib atezolizumab with  bevacizumab or cabozantinib, durvalumab with "
        "tremelimumab, nivolumab with ipilimumab, or pembrolizumab radiation therapy"
    )
    embolization = ("transarterial-embolization", "transarterial-chemoembolization")
    targeted = (
        "bevacizumab",
        "cabozantinib",
        "lenvatinib",
        "ramucirumab",
        "regorafenib",
        "sorafenib",
    )
    combinations = (
        "atezolizumab-with-bevacizumab",
        "atezolizumab-with-cabozantinib",
        "durvalumab-with-tremelimumab",
        "nivolumab-with-ipilimumab",
    )
    assert _stage(knowledge, "advanced") == [
        (
            [("embolization-therapy", embolization, (), ())],
            "in people with locally advanced liver cancer",
            "locally-advanced",
        ),
        ([("targeted-therapy", (), targeted, ())], None, None),
        ([("immunotherapy", (), ("pembrolizumab",), combinations)], None, None),
        ([("radiation-therapy", (), (), ())], None, None),
    ]


def test_recurrent_options(knowledge: Knowledge, page: Page) -> None:
    page(
        "Treatment options for recurrent primary liver cancer may include: total hepatectomy "
        "(surgery to remove all of the liver) and liver transplant partial hepatectomy (surgery "
        "to remove the part of the liver where cancer is found) ablation therapy transarterial "
        "chemoembolization (TACE) and sorafenib as palliative therapy to relieve symptoms and "
        "improve quality of life"
    )
    assert _stage(knowledge, "recurrent") == [
        (
            [
                ("surgery", ("total-hepatectomy",), (), ()),
                ("liver-transplant", (), (), ()),
            ],
            None,
            None,
        ),
        ([("surgery", ("partial-hepatectomy",), (), ())], None, None),
        ([("ablation-therapy", (), (), ())], None, None),
        (
            [
                ("embolization-therapy", ("transarterial-chemoembolization",), (), ()),
                ("targeted-therapy", (), ("sorafenib",), ()),
            ],
            "as palliative therapy to relieve symptoms and improve quality of life",
            None,
        ),
    ]


def test_stage_leads_keep_may_include(knowledge: Knowledge, page: Page) -> None:
    for stage in knowledge.stages:
        page(f"{stage.lead}:")


def test_treatment_types_in_page_order(knowledge: Knowledge, page: Page) -> None:
    page(
        "Types of treatment Surveillance Surveillance is used for lesions smaller than 1 "
        "centimeter found during screening."
    )
    for heading in (
        "Surgery A partial hepatectomy",
        "Liver transplant In a liver transplant",
        "Ablation therapy Ablation therapy removes or destroys tissue.",
        "Embolization therapy Embolization therapy is used",
        "Targeted therapy Targeted therapy is a type of treatment",
        "Immunotherapy Immunotherapy is a treatment",
        "Radiation therapy External radiation therapy",
        "Clinical trials For some people",
    ):
        page(heading)
    assert [t.name for t in knowledge.treatments] == [
        "Surveillance",
        "Surgery",
        "Liver transplant",
        "Ablation therapy",
        "Embolization therapy",
        "Targeted therapy",
        "Immunotherapy",
        "Radiation therapy",
        "Clinical trials",
    ]


def _treatment(knowledge: Knowledge, treatment_id: str) -> Treatment:
    return knowledge.treatment(treatment_id)


def _method(knowledge: Knowledge, method_id: str) -> Method:
    method = knowledge.entry(method_id)
    assert isinstance(method, Method)
    return method


def test_ablation_methods_and_the_one_being_studied_in_clinical_trials(
    knowledge: Knowledge, page: Page
) -> None:
    page("Different types of ablation therapy are used for liver cancer: Radiofrequency ablation:")
    page("Microwave therapy: The tumor is exposed to high temperatures created by microwaves.")
    page("Percutaneous ethanol injection: A small needle is used to inject ethanol (pure alcohol)")
    page("Cryoablation : An instrument is used to freeze and destroy cancer cells.")
    page("Electroporation therapy is being studied in clinical trials.")
    ablation = _treatment(knowledge, "ablation-therapy")
    assert [m.name for m in ablation.methods] == [
        "Radiofrequency ablation",
        "Microwave therapy",
        "Percutaneous ethanol injection",
        "Cryoablation",
        "Electroporation therapy",
    ]
    statuses = {m.id: m.status for m in ablation.methods}
    assert statuses.pop("electroporation-therapy") == "being studied in clinical trials"
    assert set(statuses.values()) == {None}


def test_cryoablation_also_called(knowledge: Knowledge, page: Page) -> None:
    page("This type of treatment is also called cryotherapy and cryosurgery.")
    assert _method(knowledge, "cryoablation").also_called == ("cryotherapy", "cryosurgery")


def test_embolization_methods(knowledge: Knowledge, page: Page) -> None:
    page("There are two main types of embolization therapy: Transarterial embolization (TAE):")
    page("Transarterial chemoembolization (TACE): This procedure is like TAE except")
    page("This type of treatment is also called chemoembolization.")
    tae = _method(knowledge, "transarterial-embolization")
    tace = _method(knowledge, "transarterial-chemoembolization")
    assert (tae.abbreviations, tae.also_called) == (("TAE",), ())
    assert (tace.abbreviations, tace.also_called) == (("TACE",), ("chemoembolization",))
    assert [m.id for m in _treatment(knowledge, "embolization-therapy").methods] == [
        tae.id,
        tace.id,
    ]


def test_embolization_is_for_whom(knowledge: Knowledge, page: Page) -> None:
    page(
        "Embolization therapy is used for people who cannot have surgery to remove the tumor or "
        "ablation therapy and whose tumor has not spread outside the liver."
    )
    assert _treatment(knowledge, "embolization-therapy").used == (
        "Embolization therapy is used for people who cannot have surgery to remove the tumor or "
        "ablation therapy and whose tumor has not spread outside the liver.",
    )


def test_surgery_methods(knowledge: Knowledge, page: Page) -> None:
    page(
        "Surgery A partial hepatectomy (surgery to remove the part of the liver where cancer is "
        "found) may be done."
    )
    page("total hepatectomy (surgery to remove all of the liver)")
    surgery = _treatment(knowledge, "surgery")
    assert surgery.summary == (
        "A partial hepatectomy (surgery to remove the part of the liver where cancer is found) "
        "may be done."
    )
    assert [(m.id, m.summary) for m in surgery.methods] == [
        ("partial-hepatectomy", "Surgery to remove the part of the liver where cancer is found"),
        ("total-hepatectomy", "Surgery to remove all of the liver"),
    ]


def test_surveillance_numbers(knowledge: Knowledge, page: Page) -> None:
    page("Surveillance is used for lesions smaller than 1 centimeter found during screening.")
    page("Follow-up every 3 months is common.")
    surveillance = _treatment(knowledge, "surveillance")
    # In the page's order: the follow-up is that of these lesions.
    assert surveillance.used == (
        "Surveillance is used for lesions smaller than 1 centimeter found during screening.",
        "Follow-up every 3 months is common.",
    )


def test_liver_transplant_when(knowledge: Knowledge, page: Page) -> None:
    page(
        "A liver transplant may be done when the disease is in the liver only and a donated "
        "liver can be found. If the person has to wait for a donated liver, other treatment is "
        "given as needed."
    )
    assert _treatment(knowledge, "liver-transplant").used == (
        "A liver transplant may be done when the disease is in the liver only and a donated "
        "liver can be found.",
        "If the person has to wait for a donated liver, other treatment is given as needed.",
    )


def test_targeted_drugs(knowledge: Knowledge, page: Page) -> None:
    page(
        "Targeted therapies used to treat advanced liver cancer include: bevacizumab "
        "cabozantinib lenvatinib ramucirumab regorafenib sorafenib"
    )
    targeted = _treatment(knowledge, "targeted-therapy")
    assert [d.name for d in targeted.drugs] == [
        "bevacizumab",
        "cabozantinib",
        "lenvatinib",
        "ramucirumab",
        "regorafenib",
        "sorafenib",
    ]
    assert "advanced liver cancer" in targeted.used[0]


def test_immune_checkpoint_inhibitors_and_their_partners(knowledge: Knowledge, page: Page) -> None:
    page(
        "Immune checkpoint inhibitors that may be used to treat liver cancer include: "
        "atezolizumab with the targeted therapy drug bevacizumab or cabozantinib durvalumab with "
        "tremelimumab nivolumab with ipilimumab pembrolizumab"
    )
    immunotherapy = _treatment(knowledge, "immunotherapy")
    assert [d.name for d in immunotherapy.drugs] == [
        "atezolizumab",
        "durvalumab",
        "tremelimumab",
        "nivolumab",
        "ipilimumab",
        "pembrolizumab",
    ]
    assert [r.name for r in immunotherapy.combinations] == [
        "atezolizumab with bevacizumab",
        "atezolizumab with cabozantinib",
        "durvalumab with tremelimumab",
        "nivolumab with ipilimumab",
    ]


def test_radiation_ways_and_their_other_names(knowledge: Knowledge, page: Page) -> None:
    page("Conformal radiation therapy: Conformal radiation therapy uses a computer")
    page("Stereotactic body radiation therapy: Stereotactic body radiation therapy uses")
    page(
        "This procedure is also called stereotactic external-beam radiation therapy and "
        "stereotaxic radiation therapy."
    )
    page("Proton beam radiation therapy: Proton beam radiation therapy is a type of high-energy")
    radiation = _treatment(knowledge, "radiation-therapy")
    assert [m.name for m in radiation.methods] == [
        "Conformal radiation therapy",
        "Stereotactic body radiation therapy",
        "Proton beam radiation therapy",
    ]
    assert _method(knowledge, "stereotactic-body-radiation-therapy").also_called == (
        "stereotactic external-beam radiation therapy",
        "stereotaxic radiation therapy",
    )


def test_abbreviations_and_also_called_are_all_on_the_page(
    knowledge: Knowledge, page: Page
) -> None:
    """Shown names must be the page's: `search_terms` (RFA, SBRT) are the only exception, and
    they are never shown. A combination's name is its drugs' names joined by the page's own
    "with" ("atezolizumab with the targeted therapy drug bevacizumab or cabozantinib")."""
    for entry in knowledge.entries.values():
        if isinstance(entry, Combination):
            drug_names = [knowledge.entry(drug).name for drug in entry.drug_ids]
            assert entry.name == " with ".join(drug_names)
            continue
        page(entry.name, ignore_case=True)  # names are capitalized as headings
        for name in (*getattr(entry, "abbreviations", ()), *getattr(entry, "also_called", ())):
            page(name)


@pytest.mark.parametrize(
    ("number", "text"),
    [
        ("1 centimeter", "lesions smaller than 1 centimeter"),
        ("3 months", "Follow-up every 3 months is common."),
        ("3-D", "a 3-dimensional, or 3-D, picture of the tumor"),
    ],
)
def test_every_number_in_the_data_is_the_pages(
    knowledge: Knowledge, page: Page, number: str, text: str
) -> None:
    page(text)
    data_text = " ".join(
        [t.summary for t in knowledge.treatments]
        + [s for t in knowledge.treatments for s in (*t.how, *t.used)]
        + [m.summary for t in knowledge.treatments for m in t.methods]
        + [s for t in knowledge.treatments for m in t.methods for s in m.how]
        + [o.condition or "" for s in knowledge.stages for o in s.options]
    )
    assert number in data_text


def test_metastatic_does_not_offer_what_the_page_limits_to_locally_advanced(
    knowledge: Knowledge,
) -> None:
    metastatic = lookup.resolve_stage(knowledge, "metastatic")
    shown, excluded = lookup.options_for(metastatic)
    assert "embolization-therapy" not in [o.main.treatment_id for o in shown]
    assert [o.condition for o in excluded] == ["in people with locally advanced liver cancer"]
