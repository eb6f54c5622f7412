"""Exact or absent, in every view: what livertx shows is the page's words, every qualifier travels
with its option, and nothing is shown that the page does not say. The page is the capture in
data/source/, so these run in any clone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from livertx.answers.notice import DISCLAIMER
from livertx.answers.prepared import for_file
from livertx.text_folding import fold, normal_spacing

from ..conftest import SOURCE_TEXT, Invoke

InvokeJson = Callable[..., Any]
PAGE = fold(SOURCE_TEXT.read_text(encoding="utf-8"))
ANSWERS = {"answers": for_file(None)}  # the shipped answers
STAGE_IDS = set(ANSWERS["answers"].stage_choices)  # structure: how places are labelled
PALLIATIVE = "as palliative therapy to relieve symptoms and improve quality of life"


# The eight findings of issue 10 ------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("metastatic", "metastatic"),
        ("standard", "intro"),
        ("atezolizumab with bevacizumab", "atezolizumab-with-bevacizumab"),
        ("tace and sorafenib", "embolization-therapy"),
        ("total hepatectomy and liver transplant", "surgery"),
        ("recurrent", "recurrent"),
    ],
)
def test_search_finds_what_the_page_says(invoke_json: InvokeJson, query: str, first: str) -> None:
    document = invoke_json("search", query)
    assert document["hits"][0]["id"] == first
    assert document["read_as"] == []  # a word on the page is never respelled


def test_search_announces_a_respelled_word_and_says_the_page_lacks_only_a_word(
    invoke: Invoke,
) -> None:
    result = invoke("search", "frezze")
    assert "read “frezze” as “freeze”" in result.stdout
    # "advances" is on the page ("Research Advances"), in no entry: never read as "advanced".
    result = invoke("search", "advances")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("livertx: no entry matches 'advances'.")
    assert "does not use" not in result.stderr  # the page has it, out of the entries
    result = invoke("search", "keytruda")
    assert result.exit_code == 1
    # What it says is of the word, never of a drug: the page may name it otherwise.
    assert result.stderr == (
        "livertx: no entry matches 'keytruda': the page does not use the word 'keytruda'."
        " What it covers: livertx list\n"
    )


def test_list_keeps_every_qualifier_in_every_format(
    invoke: Invoke, invoke_json: InvokeJson
) -> None:
    for output in (
        invoke("list").stdout,
        invoke("list", "--format", "markdown").stdout,
        # Wide enough that no cell wraps a qualifier over two lines.
        invoke("--color", "always", "list", env={"TTY_COMPATIBLE": "1", "COLUMNS": "300"}).stdout,
    ):
        flat = " ".join(re.sub(r"\x1b\[[0-9;]*m", "", output).split())
        assert "Localized liver cancer (for lesions smaller than 1 centimeter)" in flat
        # The page's item as it writes it: the purpose after the treatments, with no comma.
        assert (
            "Recurrent liver cancer: transarterial chemoembolization (TACE) and sorafenib "
            f"{PALLIATIVE}" in flat
        )
        assert "Recurrent liver cancer: total hepatectomy (surgery to remove all of the" in flat
    by_id = {item["id"]: item for item in invoke_json("list")}
    conditions = {option["condition"] for option in by_id["embolization-therapy"]["options"]}
    assert conditions == {"in people with locally advanced liver cancer", PALLIATIVE}
    transplant = by_id["liver-transplant"]["options"][1]
    assert transplant["parts"][0]["treatment"]["id"] == "surgery"
    assert transplant["parts"][0]["methods"][0]["id"] == "total-hepatectomy"


def test_immunotherapy_lists_its_drugs_in_their_pairs(invoke: Invoke) -> None:
    for output in (
        invoke("show", "immunotherapy").stdout,
        invoke("compare", "immunotherapy", "tace").stdout,
    ):
        lines = [line.strip(" •-") for line in output.split("\n")]
        assert "atezolizumab with the targeted therapy drug bevacizumab or cabozantinib" in lines
        assert "pembrolizumab" in lines
        for paired in ("atezolizumab", "durvalumab", "tremelimumab", "nivolumab", "ipilimumab"):
            assert paired not in lines, f"{paired} shown as if given alone"


def test_a_method_is_never_listed_without_its_status(invoke: Invoke) -> None:
    for args in (
        ["show", "ablation-therapy"],
        ["show", "ablation-therapy", "--format", "markdown"],
    ):
        assert "Electroporation therapy (being studied in clinical trials)" in invoke(*args).stdout


def test_drugs_shows_what_sorafenib_is_listed_with(invoke: Invoke) -> None:
    out = " ".join(invoke("drugs").stdout.split())
    assert (
        "Treatment options for recurrent primary liver cancer may include: transarterial "
        f"chemoembolization (TACE) and sorafenib {PALLIATIVE}"
    ) in out
    assert "Given with" not in out


def test_stage_options_are_not_numbered(invoke: Invoke) -> None:
    for args in (
        ["stage", "recurrent"],
        ["stage", "recurrent", "--format", "markdown"],
        ["--color", "always", "stage", "recurrent"],
    ):
        out = invoke(*args, env={"TTY_COMPATIBLE": "1"}).stdout
        assert not re.search(r"^\s*(\x1b\[[0-9;]*m)*\s*[1-4][.)]? ", out, re.MULTILINE), out
        assert "#" not in out.split("\n", 3)[2]  # no number column


@pytest.mark.parametrize(
    "name",
    ["atezolizumab with bevacizumab", "atezolizumab+bevacizumab", "atezolizumab-with-bevacizumab"],
)
def test_combinations_are_entries(invoke_json: InvokeJson, name: str) -> None:
    document = invoke_json("show", name)
    assert (document["id"], document["kind"]) == ("atezolizumab-with-bevacizumab", "combination")
    assert [drug["id"] for drug in document["drugs"]] == ["atezolizumab", "bevacizumab"]
    stages = [stage["id"] for option in document["options"] for stage in option["stages"]]
    assert stages == ["locally-advanced", "metastatic"]
    pair = invoke_json("compare", name, "nivolumab with ipilimumab")
    assert [entry["kind"] for entry in pair] == ["combination", "combination"]


def test_about_counts_the_page_s_three_stage_sections(invoke: Invoke) -> None:
    shown = " ".join(invoke("about").stdout.split())
    assert "3 sections of treatment by stage on the page, covering 4 stages" in shown
    assert "4 stages," not in shown


# What the page says that was shown nowhere ----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["list"], "Some treatments are standard (the currently used treatment), and some are"),
        (["about"], "There are different types of treatment for people with liver cancer."),
        (["show", "embolization-therapy"], "There are two main types of embolization therapy:"),
        (
            ["show", "surgery"],
            "(surgery to remove the part of the liver where cancer is found) may",
        ),
        (["show", "ablation-therapy"], "Different types of ablation therapy are used for liver"),
        (["show", "clinical-trials"], "There are different types of clinical trials for people"),
        (["show", "cryoablation"], "Learn more at Cryosurgery to Treat Cancer."),
        (
            ["show", "cryoablation"],
            "This type of treatment is also called cryotherapy and cryosurgery.",
        ),
        (
            ["show", "immunotherapy"],
            "Learn more about immunotherapy and its side effects at Immunotherapy to Treat Cancer "
            "and Immunotherapy Side Effects.",
        ),
    ],
)
def test_what_the_page_says_is_shown(invoke: Invoke, args: list[str], sentence: str) -> None:
    assert sentence in " ".join(invoke(*args).stdout.split())


# Where each statement comes from ---------------------------------------------------------------


def test_sources_name_each_statement_s_section(invoke: Invoke, invoke_json: InvokeJson) -> None:
    out = invoke("show", "sorafenib", "--sources").stdout
    # Where the page lists sorafenib: its treatment type's "… include:" and its list.
    assert (
        "“Targeted therapies used to treat advanced liver cancer include” (Types of treatment › "
        "Targeted therapy)"
    ) in " ".join(out.split())
    assert f"“{PALLIATIVE}” (Treatment of recurrent liver cancer)" in out
    stage = invoke("stage", "localized", "--sources").stdout
    assert "“for lesions smaller than 1 centimeter” (Treatment of localized liver cancer)" in stage
    for document in [invoke_json("show", "tace"), invoke_json("stage", "advanced")]:
        assert document["statements"]
        assert all(statement["section"] for statement in document["statements"])


# Every long string of every JSON answer --------------------------------------------------------

# Not the page's medical words, and said to be so: the credit NCI asks for, the disclaimer,
# links, the file in use, and the commands that show a search hit.
NOT_MEDICAL = {
    "Liver Cancer Treatment was originally published by the National Cancer Institute.",
    DISCLAIMER,
}
STRUCTURE = re.compile(r": |;\s*| and | with | › |, |…")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _is_the_page_s(text: str) -> bool:
    """A verbatim excerpt; or the page's words joined only by structure (": ", " and ", "; ",
    " › ", and " with " as a combination's name joins its drugs) and labelled by stage ids, as
    an option line or a section names them; a snippet's "…" aside."""
    if fold(text) in PAGE:
        return True
    pieces = [piece for piece in STRUCTURE.split(text) if piece.strip()]
    return all(fold(piece) in PAGE or piece in STAGE_IDS for piece in pieces)


def _every_json_answer(invoke_json: InvokeJson) -> Iterator[tuple[list[str], Any]]:
    entries = [entry["id"] for entry in invoke_json("search", "a")["hits"]]
    ids = sorted({hit["id"] for hit in invoke_json("search", "the")["hits"]} | set(entries))
    for args in (["list"], ["drugs"], ["matrix"], ["compare", "tae", "tace", "sorafenib"]):
        yield args, invoke_json(*args)
    for stage in ("localized", "locally-advanced", "metastatic", "advanced", "recurrent"):
        yield ["stage", stage], invoke_json("stage", stage)
    for entry_id in ANSWERS["answers"].entries:
        yield ["show", entry_id], invoke_json("show", entry_id)
    for query in ("hepatic artery", "metastatic", "palliative", "standard", *ids[:5]):
        yield ["search", query], invoke_json("search", query)


def test_every_long_string_of_every_json_answer_is_the_page_s(invoke_json: InvokeJson) -> None:
    checked = 0
    for args, document in _every_json_answer(invoke_json):
        for text in _strings(document):
            if (
                len(text) < 40
                or text in NOT_MEDICAL
                or text.startswith(("https://", "/", "livertx "))
            ):
                continue
            assert _is_the_page_s(text), (args, text)
            checked += 1
    assert checked > 500


@pytest.mark.parametrize(
    ("query", "stage", "snippet"),
    [
        (
            "sorafenib",
            "recurrent",
            "Treatment options for recurrent primary liver cancer may include: transarterial "
            "chemoembolization (TACE) and sorafenib as palliative therapy to relieve symptoms "
            "and improve quality of life",
        ),
        (
            "lesions",
            "localized",
            "Treatment of localized liver cancer may include: surveillance for lesions smaller "
            "than 1 centimeter",
        ),
        (
            "lenvatinib",
            "metastatic",
            "Treatment of locally advanced or metastatic liver cancer may include: bevacizumab, "
            "cabozantinib, lenvatinib, ramucirumab, regorafenib, or sorafenib",
        ),
    ],
)
def test_a_stage_hit_keeps_the_lists_hedge_and_the_page_s_item(
    invoke_json: InvokeJson, query: str, stage: str, snippet: str
) -> None:
    """The page's item whole, as it writes it (no comma before a condition or a purpose), after
    its stage list's own lead, word for word ("primary" in the recurrent one)."""
    hits = {hit["id"]: hit for hit in invoke_json("search", query)["hits"]}
    assert hits[stage]["snippet"] == snippet


def test_sources_cite_the_names_a_stage_list_gives_after_its_item(
    invoke_json: InvokeJson,
) -> None:
    """ "ablation of the tumor using:" and the four methods the page lists under it."""
    statements = [s["text"] for s in invoke_json("stage", "localized", "--sources")["statements"]]
    names = [
        "radiofrequency ablation",
        "microwave therapy",
        "percutaneous ethanol injection",
        "cryoablation",
    ]
    start = statements.index("ablation of the tumor using")
    assert statements[start + 1 : start + 5] == names
    cryoablation = invoke_json("show", "cryoablation")["statements"]
    assert {
        "text": "cryoablation",
        "section": "Treatment of localized liver cancer",
    } in cryoablation


def test_an_option_s_label_lists_the_names_after_its_item_as_the_stage_list_writes_them() -> None:
    """ "ablation of the tumor using: radiofrequency ablation, …" in the stage list's case: the
    page capitalizes those names only where it heads their own texts ("Radiofrequency
    ablation:")."""
    page = normal_spacing(SOURCE_TEXT.read_text(encoding="utf-8"))
    stages = ANSWERS["answers"].stages.values()
    # Each stage list's own section: from its heading (the last time the page names it, after
    # "On This Page") to the next stage's heading, or to the page's date.
    starts = sorted({page.rfind(stage["section"]) for stage in stages})
    listed = 0
    for stage in stages:
        start = page.rfind(stage["section"])
        end = next((at for at in starts if at > start), page.find("Updated:", start))
        for option in stage["options"]:
            text, label = option["text"], option["label"]
            if text and label != text:
                names = label.removeprefix(f"{text}: ").split(", ")
                assert f"{text}: {' '.join(names)}" in page[start:end], label
                listed += 1
    assert listed >= 1


def test_about_s_stage_counts_agree_with_livertx_stages(invoke_json: Any) -> None:
    """ "3 sections … covering 4 stages" and the 5 ids `livertx stages` lists are both true: a
    section that covers two stages is listed beside them."""
    counts = invoke_json("about")["counts"]
    listed = invoke_json("stages")
    covered = {stage["id"] for entry in listed for stage in entry["covers"]}
    assert counts["stages"] == len([entry for entry in listed if not entry["covers"]])
    assert counts["stage_sections"] == len(
        [entry for entry in listed if entry["id"] not in covered]
    )
