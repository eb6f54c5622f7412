"""What livertx adds around the page's words (issue #29): the words that lead to an entry or a
stage (livertx.knowledge.added_words), held to the rule `validate` holds every file to, and the
audit's edits it refuses; and the editors' choices no rule can check, pinned for the shipped
file in reviewed tables: its added words, its ids, which types are no intervention, its links."""

from __future__ import annotations

import pytest

from livertx.knowledge.model import Knowledge
from livertx.knowledge.validation import validate_tree

from ..conftest import REPO, Invoke

SHIPPED = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")

# Every word livertx adds to the shipped file, the record it leads to, and why. Reviewed: a
# word changed, added or moved in data/treatments.yaml fails this test until the same change is
# made here, so the diff of both is read (docs/maintaining.md). The page's own words find none
# of these elsewhere (the rule); those it finds nothing for ("RFA") only this table holds.
PINNED: dict[str, tuple[str, str]] = {
    "ablation": ("ablation-therapy", "a word of its name, for the type and not one method"),
    "RFA": ("radiofrequency-ablation", "the abbreviation people use"),
    "microwave ablation": ("microwave-therapy", "another name people use"),
    "PEI": ("percutaneous-ethanol-injection", "its name's initials"),
    "embolization": ("embolization-therapy", "a word of its name, for the type"),
    "external radiation therapy": ("radiation-therapy", "the words its summary opens with"),
    "radiotherapy": ("radiation-therapy", "an everyday word for it"),
    "SBRT": ("stereotactic-body-radiation-therapy", "its name's initials"),
    "proton therapy": ("proton-beam-radiation-therapy", "another name people use"),
    "clinical trial": ("clinical-trials", "its name in the singular"),
    "trials": ("clinical-trials", "a word of its name"),
    # Stage aliases: spellings and forms of the page's own words for each group.
    "localised": ("localized", "the British spelling"),
    "local": ("localized", "an everyday word for it"),
    "locally-advanced-or-metastatic": ("advanced", "the group's name as an id"),
    "locally advanced and metastatic": ("advanced", "the group as people say it"),
    "locally advanced disease": ("locally-advanced", "the page's words with 'disease'"),
    "metastasis": ("metastatic", "a form of the page's word"),
    "metastases": ("metastatic", "a form of the page's word"),
    "metastasized": ("metastatic", "a form of the page's word"),
    "metastasised": ("metastatic", "a form of the page's word, British spelling"),
    "recurrence": ("recurrent", "a form of the page's word"),
    "recurred": ("recurrent", "a form of the page's word"),
    "recurring": ("recurrent", "a form of the page's word"),
}


def _added(data: dict[str, object]) -> dict[str, str]:
    """Every added word of a file's data and the id of the record that holds it."""
    found: dict[str, str] = {}
    for treatment in data["treatments"]:  # type: ignore[attr-defined]
        for record in [treatment, *treatment.get("methods", []), *treatment.get("drugs", [])]:
            found |= dict.fromkeys(record.get("search_terms", []), record["id"])
    for stage in data["stages"]:  # type: ignore[attr-defined]
        for record in [stage, *stage.get("parts", [])]:
            found |= dict.fromkeys(record.get("aliases", []), record["id"])
    return found


def test_the_shipped_file_s_added_words_are_the_reviewed_table() -> None:
    import yaml

    assert _added(yaml.safe_load(SHIPPED)) == {word: pinned[0] for word, pinned in PINNED.items()}


@pytest.mark.parametrize(
    ("before", "after", "said"),
    [
        (  # show transplant answered Total hepatectomy
            "        name: Total hepatectomy\n",
            "        name: Total hepatectomy\n        search_terms: [transplant]\n",
            "search_terms 'transplant': the page's own words find 'liver-transplant' by it",
        ),
        (
            "search_terms: [RFA]",
            "search_terms: [RFA, ablation]",
            "search_terms 'ablation': the page's own words find 'ablation-therapy' by it",
        ),
        (
            "        name: Electroporation therapy\n",
            "        name: Electroporation therapy\n        search_terms: [ablation]\n",
            "search_terms 'ablation': the page's own words find 'ablation-therapy' by it",
        ),
        (
            "search_terms: [proton therapy]",
            "search_terms: [proton therapy, SBRT]",
            "search_terms 'SBRT': the page's own words find "
            "'stereotactic-body-radiation-therapy' by it",
        ),
        (
            "search_terms: [proton therapy]",
            "search_terms: [proton therapy, radiation]",
            "search_terms 'radiation': the page's own words find 'radiation-therapy' by it",
        ),
        (
            "abbreviations: [TACE]",
            "abbreviations: [TACE]\n        search_terms: [embolization]",
            "search_terms 'embolization': the page's own words find 'embolization-therapy' by it",
        ),
        (  # stage metastases answered the locally advanced part
            "aliases: [locally advanced disease]",
            "aliases: [locally advanced disease, metastases]",
            "aliases 'metastases': the page's own words find 'advanced', 'metastatic' by it",
        ),
        (
            "aliases: [localised, local]",
            "aliases: [localised, local, recurrence]",
            "aliases 'recurrence': the page's own words find 'recurrent' by it",
        ),
        (  # livertx never maps a stage number to a group
            "aliases: [metastasis, metastases, metastasized, metastasised]",
            "aliases: [metastasis, metastases, metastasized, metastasised, stage 4]",
            "aliases 'stage 4': a stage number or letter, which the page does not use",
        ),
        (
            "{id: sorafenib, name: sorafenib}",
            "{id: sorafenib, name: sorafenib, search_terms: [stage IV]}",
            "search_terms 'stage IV': a stage number or letter, which the page does not use",
        ),
    ],
)
def test_an_added_word_that_leads_elsewhere_is_refused(before: str, after: str, said: str) -> None:
    assert before in SHIPPED
    _, problems = validate_tree(SHIPPED.replace(before, after, 1).encode("utf-8"))
    assert [p.message for p in problems if p.message.startswith(said)], problems
    planted = next(p for p in problems if p.message.startswith(said))
    line = SHIPPED.replace(before, after, 1)[: SHIPPED.index(before) + len(after)].count("\n")
    assert planted.line is not None and line <= planted.line <= line + 1


def test_a_planted_word_is_refused_on_every_load_too(invoke: Invoke, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "source").mkdir()
    capture = REPO / "data" / "source" / "nci-liver-cancer-treatment.txt"
    (folder / "source" / capture.name).write_bytes(capture.read_bytes())
    path = folder / "treatments.yaml"
    path.write_text(
        SHIPPED.replace(
            "        name: Total hepatectomy\n",
            "        name: Total hepatectomy\n        search_terms: [transplant]\n",
        ),
        encoding="utf-8",
    )
    result = invoke("--data", str(path), "show", "transplant")
    assert result.exit_code == 3
    assert "the page's own words find 'liver-transplant'" in result.stderr


# Every id of the shipped file, in the file's order: scripts depend on them (`stage recurrent
# --json`, `.options[].parts[].treatment.id`). Renaming one is a contract change: edit the file,
# this table and CHANGELOG.md's "For script authors" together.
PINNED_IDS = {
    "entries": [
        "surveillance",
        "surgery",
        "partial-hepatectomy",
        "total-hepatectomy",
        "liver-transplant",
        "ablation-therapy",
        "radiofrequency-ablation",
        "microwave-therapy",
        "percutaneous-ethanol-injection",
        "cryoablation",
        "electroporation-therapy",
        "embolization-therapy",
        "transarterial-embolization",
        "transarterial-chemoembolization",
        "targeted-therapy",
        "bevacizumab",
        "cabozantinib",
        "lenvatinib",
        "ramucirumab",
        "regorafenib",
        "sorafenib",
        "immunotherapy",
        "atezolizumab",
        "durvalumab",
        "tremelimumab",
        "nivolumab",
        "ipilimumab",
        "pembrolizumab",
        "atezolizumab-with-bevacizumab",
        "atezolizumab-with-cabozantinib",
        "durvalumab-with-tremelimumab",
        "nivolumab-with-ipilimumab",
        "radiation-therapy",
        "conformal-radiation-therapy",
        "stereotactic-body-radiation-therapy",
        "proton-beam-radiation-therapy",
        "clinical-trials",
    ],
    "stages": ["localized", "advanced", "locally-advanced", "metastatic", "recurrent"],
}


def test_the_shipped_file_s_ids_are_the_pinned_contract() -> None:
    import yaml

    data = yaml.safe_load(SHIPPED)
    entries = [
        record["id"]
        for treatment in data["treatments"]
        for record in [
            treatment,
            *treatment.get("methods", []),
            *treatment.get("drugs", []),
            *treatment.get("regimens", []),
        ]
    ]
    stages = [r["id"] for s in data["stages"] for r in [s, *s.get("parts", [])]]
    assert {"entries": entries, "stages": stages} == PINNED_IDS


# The treatment types that are no treatment of the disease (`intervention: false`), so no trial
# registry is searched for them as an intervention ("intr=Surveillance"). Reviewed.
NOT_INTERVENTIONS = {
    "surveillance": "the page: closely watching a person's condition, not giving any treatment",
    "clinical-trials": "the trials themselves; the page's own trial search stays",
}


def test_the_types_that_are_no_intervention_are_the_reviewed_table(knowledge: Knowledge) -> None:
    import yaml

    from livertx.answers.documents import entry_doc

    data = yaml.safe_load(SHIPPED)
    chosen = {t["id"] for t in data["treatments"] if t.get("intervention") is False}
    assert chosen == set(NOT_INTERVENTIONS)
    for entry_id in PINNED_IDS["entries"]:  # made now, from the model, as any file's are
        registry = entry_doc(knowledge, knowledge.entry(entry_id))["trials"]["clinicaltrials_gov"]
        assert (registry is None) == (entry_id in NOT_INTERVENTIONS), entry_id
        assert registry is None or "&intr=" in registry


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ('"no"', "expected true or false, got the text 'no'"),
        ("[false]", "expected true or false, got a list"),
        ("0", "expected true or false, got the number 0"),
    ],
)
def test_intervention_is_true_or_false(value: str, said: str) -> None:
    before = "    intervention: false\n"
    assert before in SHIPPED
    _, problems = validate_tree(SHIPPED.replace(before, f"    intervention: {value}\n", 1).encode())
    assert [p for p in problems if p.message.endswith(said)], problems


@pytest.mark.parametrize(
    ("field", "link", "host"),
    [
        ("url", "https://www.cancer.gov.example.net/liver", "www.cancer.gov.example.net"),
        ("url", "https://cancer.gov-liver.example.net/x", "cancer.gov-liver.example.net"),
        ("trial_search", "https://trials.example.com/liver", "trials.example.com"),
        ("trial_search", "https://notcancer.gov/search", "notcancer.gov"),
    ],
)
def test_an_nci_page_s_links_are_on_its_domain(field: str, link: str, host: str) -> None:
    import re

    edited = re.sub(rf"^  {field}: .*$", f"  {field}: {link}", SHIPPED, count=1, flags=re.M)
    assert edited != SHIPPED
    _, problems = validate_tree(edited.encode("utf-8"))
    said = f"source.{field}: the page's publisher is the National Cancer Institute, whose pages"
    assert [p.message for p in problems] == [
        f"{said} are on cancer.gov; {host!r} is another domain"
    ]
