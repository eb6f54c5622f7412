"""verify-source reports every change to a new page in one run (#31, item 1): a heading renamed
masks nothing after it, a part with many changed sentences gives each with the page's words, and
the report goes by the page's parts, in the page's order. The audit's cases, planted."""

from __future__ import annotations

import json
import re
from pathlib import Path

from livertx.proof.page_check import verify
from livertx.text_folding import normal_spacing

from ..conftest import SOURCE_TEXT, Invoke, shipped_tree

PAGE = normal_spacing(SOURCE_TEXT.read_text(encoding="utf-8"))


ROOT = shipped_tree()


def _edited(*edits: tuple[str, str]) -> str:
    page = PAGE
    for old, new in edits:
        assert old in page, old
        page = page.replace(old, new)
    return page


def _changes(page: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.part, c.where, c.file_has, c.page_has) for c in verify(ROOT, page).changes]


def test_a_renamed_heading_masks_none_of_the_other_changes() -> None:
    page = _edited(
        ("regrow. Liver transplant In", "regrow. Liver transplantation In"),
        ("Ablation therapy removes or destroys", "Ablation therapy does not remove or destroy"),
        ("1 centimeter", "3 centimeter"),
    )
    assert _changes(page) == [
        (
            "Types of treatment › Surveillance",
            "treatments[0].used[0]",
            "Surveillance is used for lesions smaller than 1 centimeter found during screening.",
            "Surveillance is used for lesions smaller than 3 centimeter found during screening.",
        ),
        (
            "Types of treatment › Liver transplant",
            "treatments[2].name",
            "Liver transplant",
            "Liver transplantation",
        ),
        (
            "Types of treatment › Ablation therapy",
            "treatments[3].summary",
            "Ablation therapy removes or destroys tissue.",
            "Ablation therapy does not remove or destroy tissue.",
        ),
        (
            "Treatment of localized liver cancer",
            "stages[0].options[0]",
            "surveillance for lesions smaller than 1 centimeter",
            "surveillance for lesions smaller than 3 centimeter",
        ),
    ]


def test_the_treatments_heading_renamed_masks_none_of_the_other_changes() -> None:
    page = _edited(
        ("Types of treatment", "Kinds of treatment"),
        ("Follow-up every 3 months is common.", "Follow-up every 3 months is not common."),
    )
    changes = _changes(page)
    assert [part for part, *_ in changes] == [
        "On This Page",
        "Types of treatment",
        "Types of treatment › Surveillance",
    ]
    assert changes[0][3] is not None and "Kinds of treatment" in changes[0][3]
    assert changes[-1][2:] == (
        "Follow-up every 3 months is common.",
        "Follow-up every 3 months is not common.",
    )


def test_a_renamed_stage_heading_masks_none_of_its_list_s_changes() -> None:
    page = _edited(
        (
            "radiation therapy Treatment of recurrent liver cancer Treatment options",
            "radiation therapy Treatment of liver cancer that came back Treatment options",
        ),
        (
            "ablation therapy transarterial chemoembolization (TACE) and sorafenib",
            "ablation therapy transarterial embolization (TAE) and sorafenib",
        ),
    )
    changes = _changes(page)
    assert [(part, where, page_has) for part, where, _, page_has in changes][:1] == [
        (
            "Treatment of recurrent liver cancer",
            "stages[2].section",
            "Treatment of liver cancer that came back",
        )
    ]
    assert any(
        page_has is not None and page_has.startswith("transarterial embolization (TAE)")
        for *_, page_has in changes
    ), changes


def test_every_changed_sentence_of_a_part_is_reported_with_the_page_s_words() -> None:
    start = PAGE.index("Embolization therapy Embolization therapy is used")
    end = PAGE.index("Targeted therapy Targeted")
    part = PAGE[start:end]
    changed = re.sub(r"(?<=[a-z])\.(?= )", " now.", part)
    assert changed.count(" now.") == 13
    changes = _changes(PAGE[:start] + changed + PAGE[end:])
    assert len(changes) == 13
    for _, _, file_has, page_has in changes:
        assert file_has is not None and page_has == file_has[:-1] + " now."


def test_the_report_goes_by_the_page_s_parts_in_the_page_s_order(
    invoke: Invoke, tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        _edited(
            ("Follow-up every 3 months is common.", "Follow-up every 6 months is common."),
            ("regrow. Liver transplant In", "regrow. Liver transplantation In"),
            ("Several treatments may be needed.", "Several treatments are needed."),
        ),
        encoding="utf-8",
    )
    result = invoke("verify-source", str(page))
    assert result.exit_code == 1
    heads = [line for line in result.stdout.splitlines() if line.startswith("In ")]
    assert heads == [
        "In Types of treatment › Surveillance:",
        "In Types of treatment › Liver transplant:",
        "In Types of treatment › Ablation therapy:",
    ]
    document = json.loads(invoke("verify-source", str(page), "--json").stdout)
    assert [(c["part"], c["page_has"]) for c in document["changes"]] == [
        ("Types of treatment › Surveillance", "Follow-up every 6 months is common."),
        ("Types of treatment › Liver transplant", "Liver transplantation"),
        ("Types of treatment › Ablation therapy", "Several treatments are needed."),
    ]


def test_a_renamed_heading_whose_every_text_changed_is_matched_sentence_by_sentence() -> None:
    page = _edited(
        ("regrow. Liver transplant In a liver transplant,", "regrow. Liver grafts In a graft,"),
        ("A liver transplant may be done", "A graft may be done"),
        ("If the person has to wait", "If the person must wait"),
    )
    assert _changes(page) == [
        (
            "Types of treatment › Liver transplant",
            "treatments[2].name",
            "Liver transplant",
            "Liver grafts",
        ),
        (
            "Types of treatment › Liver transplant",
            "treatments[2].summary",
            "In a liver transplant, the entire liver is removed and replaced with a healthy "
            "donated liver.",
            "In a graft, the entire liver is removed and replaced with a healthy donated liver.",
        ),
        (
            "Types of treatment › Liver transplant",
            "treatments[2].used[0]",
            "A liver transplant may be done when the disease is in the liver only and a donated "
            "liver can be found.",
            "A graft may be done when the disease is in the liver only and a donated liver can "
            "be found.",
        ),
        (
            "Types of treatment › Liver transplant",
            "treatments[2].used[1]",
            "If the person has to wait for a donated liver, other treatment is given as needed.",
            "If the person must wait for a donated liver, other treatment is given as needed.",
        ),
    ]


def test_a_renamed_stage_heading_is_named_as_the_page_s_contents_name_it() -> None:
    page = _edited(
        ("Treatment of localized liver cancer", "Treatment of early liver cancer"),
        ("liver transplant ablation of the tumor", "liver transplantation ablation of the tumor"),
    )
    part = "Treatment of localized liver cancer"
    assert _changes(page)[1:] == [
        (part, "stages[0].section", part, "Treatment of early liver cancer"),
        (
            part,
            "stages[0].lead",
            "Treatment of localized liver cancer may include:",
            "Treatment of early liver cancer may include:",
        ),
        (part, "stages[0].options[2]", "liver transplant", "liver transplantation"),
    ]
