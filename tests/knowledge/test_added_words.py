"""What livertx adds around the page's words (issue #29): the words that lead to an entry or a
stage (livertx.knowledge.added_words), held to the rule `validate` holds every file to, and the
audit's edits it refuses; and the editors' choices no rule can check, pinned for the shipped
file in reviewed tables: its added words, its ids, which types are no intervention, its links."""

from __future__ import annotations

from pathlib import Path

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
    "came back": ("recurrent", "everyday words for recurrent: cancer that has come back"),
    "comes back": ("recurrent", "everyday words for recurrent"),
    "come back": ("recurrent", "everyday words for recurrent"),
    "returned": ("recurrent", "an everyday word for recurrent"),
    "relapse": ("recurrent", "an everyday word for recurrence"),
    "relapsed": ("recurrent", "an everyday word for recurrent"),
    "spread": ("advanced", "the whole group: the page does not say how far is locally advanced"),
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


def beside_its_capture(folder: object) -> Path:
    """Where a copy of the knowledge file is written so that its `source.capture` resolves:
    `treatments.yaml` in `folder`, with the page's capture under `source/` beside it."""
    (Path(str(folder)) / "source").mkdir()
    capture = REPO / "data" / "source" / "nci-liver-cancer-treatment.txt"
    (Path(str(folder)) / "source" / capture.name).write_bytes(capture.read_bytes())
    return Path(str(folder)) / "treatments.yaml"


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

    path = beside_its_capture(tmp_path)
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


# Which field holds each sentence an editor filed (its first five words), for every treatment and
# method of the shipped file: the summary is its headline in every view, "used" and "how" its
# labelled sections. The page decides none of these (docs/maintaining.md); reviewed, like the
# words above. A sentence moved between fields fails here until the table is changed with it.
PINNED_FIELDS: dict[str, dict[str, list[str]]] = {
    "surveillance": {
        "summary": ["Surveillance is closely watching a"],
        "how": ["During active surveillance, certain exams"],
        "used": ["Surveillance is used for lesions", "Follow-up every 3 months is"],
    },
    "surgery": {
        "summary": ["A partial hepatectomy (surgery to"],
    },
    "partial-hepatectomy": {
        "summary": ["Surgery to remove the part"],
        "how": ["A wedge of tissue, an", "The remaining liver tissue takes"],
    },
    "total-hepatectomy": {
        "summary": ["Surgery to remove all of"],
    },
    "liver-transplant": {
        "summary": ["In a liver transplant, the"],
        "used": ["A liver transplant may be", "If the person has to"],
    },
    "ablation-therapy": {
        "summary": ["Ablation therapy removes or destroys"],
    },
    "radiofrequency-ablation": {
        "summary": ["Special needles are inserted directly"],
        "how": ["High-energy radio waves heat the"],
    },
    "microwave-therapy": {
        "summary": ["The tumor is exposed to"],
        "how": ["This can damage and kill"],
    },
    "percutaneous-ethanol-injection": {
        "summary": ["A small needle is used"],
        "how": ["Several treatments may be needed.", "Usually local anesthesia is used,"],
    },
    "cryoablation": {
        "summary": ["An instrument is used to"],
        "how": ["This type of treatment is", "The doctor may use ultrasound"],
    },
    "electroporation-therapy": {
        "summary": ["Electrical pulses are sent through"],
        "how": ["Electroporation therapy is being studied"],
    },
    "embolization-therapy": {
        "summary": ["Embolization therapy is the use"],
        "how": [
            "When the tumor does not",
            "The liver receives blood from",
            "Blood that comes into the",
            "Blood that comes from the",
            "When the hepatic artery is",
        ],
        "used": ["Embolization therapy is used for"],
    },
    "transarterial-embolization": {
        "summary": ["A small incision (cut) is"],
        "how": ["Once the catheter is in"],
    },
    "transarterial-chemoembolization": {
        "summary": ["This procedure is like TAE"],
        "how": [
            "The procedure can be done",
            "Most of the anticancer drug",
            "This type of treatment is",
        ],
    },
    "targeted-therapy": {
        "summary": ["Targeted therapy is a type"],
        "used": ["Targeted therapies used to treat"],
    },
    "immunotherapy": {
        "summary": ["Immunotherapy is a treatment that"],
        "how": ["Substances made by the body", "Immune checkpoint inhibitors are a"],
        "used": ["Immune checkpoint inhibitors that may"],
    },
    "radiation-therapy": {
        "summary": ["External radiation therapy uses a"],
        "how": ["Radiation is given in a", "The number of treatments is"],
    },
    "conformal-radiation-therapy": {
        "summary": ["Conformal radiation therapy uses a"],
        "how": ["This allows a high dose"],
    },
    "stereotactic-body-radiation-therapy": {
        "summary": ["Stereotactic body radiation therapy uses"],
        "how": [
            "Once a day for several",
            "By having the person in",
            "This procedure is also called",
        ],
    },
    "proton-beam-radiation-therapy": {
        "summary": ["Proton beam radiation therapy is"],
        "how": ["This type of treatment can"],
    },
    "clinical-trials": {
        "summary": ["For some people, joining a"],
        "how": [
            "For example, a treatment trial",
            "Supportive care and palliative care",
            "You can use the clinical",
            "The search allows you to",
            "Clinical trials supported by other",
        ],
    },
}


def _prefixes(value: object) -> list[str]:
    texts = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [" ".join(text.split()[:5]) for text in texts]


def test_the_shipped_file_s_sentences_are_in_the_reviewed_fields() -> None:
    import yaml

    data = yaml.safe_load(SHIPPED)
    records = [r for t in data["treatments"] for r in [t, *t.get("methods", [])]]
    filed = {
        record["id"]: {
            field: _prefixes(record[field])
            for field in ("summary", "how", "used")
            if field in record
        }
        for record in records
    }
    assert filed == PINNED_FIELDS


def test_validate_names_what_no_rule_checks_in_another_file(tmp_path: object) -> None:
    """A summary swapped with a `how` sentence changes every view's headline and is no
    problem to any rule: for a file other than the shipped one, validate says what it could
    not check."""
    import subprocess
    import sys

    path = beside_its_capture(tmp_path)
    path.write_text(
        SHIPPED.replace("search_terms: [PEI]", "search_terms: [PEI, ethanol ablation]"), "utf-8"
    )
    livertx = str(Path(sys.executable).with_name("livertx"))
    filed = sum(len(fields.get(f, [])) for fields in PINNED_FIELDS.values() for f in fields)
    done = subprocess.run([livertx, "validate", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"{path}: no problems found"
    assert lines[1].startswith(f"{path}: not checked by any rule, as an editor's choices: ")
    assert f"each of its {filed} sentences filed as a summary, how or used" in lines[1]
    unfound = [w for w in PINNED if w in ("RFA", "proton therapy")]
    assert all(repr(word) in lines[1] for word in [*unfound, "ethanol ablation"])
    shipped = subprocess.run([livertx, "validate"], capture_output=True, text=True)
    assert shipped.stdout.endswith("treatments.yaml: no problems found\n")


def test_validate_against_shipped_names_every_id_that_changed(
    invoke: Invoke, tmp_path: object
) -> None:
    """A stage id renamed (still made of its name's words, so valid) breaks every script that
    reads `recurrent`: `--against-shipped` says so, at its place, and which shipped id is gone."""
    import json

    path = beside_its_capture(tmp_path)
    renamed = SHIPPED.replace("  - id: recurrent\n", "  - id: recurrent-liver-cancer\n")
    path.write_text(renamed, encoding="utf-8")
    assert invoke("validate", str(path)).exit_code == 0
    result = invoke("validate", str(path), "--against-shipped", "--json")
    assert result.exit_code == 3
    line = renamed[: renamed.index("id: recurrent-liver-cancer")].count("\n") + 1
    assert [(p["check"], p["line"], p["message"]) for p in json.loads(result.stdout)] == [
        ("ids", line, "stage id 'recurrent-liver-cancer' is not the shipped file's"),
        ("ids", None, "the shipped file's stage id 'recurrent': not in this file"),
    ]
    shipped = invoke("validate", "--against-shipped")
    assert shipped.exit_code == 0, shipped.output


@pytest.mark.parametrize("against_shipped", [(), ("--against-shipped",)], ids=["plain", "ids"])
def test_validate_reads_the_file_once_so_every_verdict_is_about_the_same_bytes(
    invoke: Invoke, tmp_path: object, monkeypatch: pytest.MonkeyPatch, against_shipped: tuple[str]
) -> None:
    """Read again for its notes, a file changed between the reads would be checked as one text
    and described as another."""
    import os

    path = beside_its_capture(tmp_path)
    path.write_text(SHIPPED + "# a copy: not the shipped bytes\n", encoding="utf-8")
    opened: list[str] = []
    real_open = os.open

    def counting_open(name: str, *args: int, **kwargs: int) -> int:
        opened.append(str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", counting_open)
    result = invoke("validate", str(path), *against_shipped)
    assert result.exit_code == 0, result.output
    assert "not checked by any rule" in result.stdout
    assert opened.count(str(path)) == 1


# What a hostile audit of these rules got past them (issue #29's review), each now refused.
AUDITED = [
    (  # the publisher's name in capitals lifted the domain rule; the credit names NCI anyway
        "publisher: National Cancer Institute\n  url: https://www.cancer.gov/types/liver/what-is"
        "-liver-cancer/treatment",
        "publisher: NATIONAL CANCER INSTITUTE\n  url: https://www.cancer.gov.evil.example/liver",
        "source.url: the page's publisher is the National Cancer Institute",
    ),
    ("search_terms: [RFA]", "search_terms: [RFA, stage 4.]", "search_terms 'stage 4.': a stage"),
    ("search_terms: [RFA]", "search_terms: ['RFA', '(stage IV)']", "search_terms '(stage IV)': a"),
    ("search_terms: [RFA]", 'search_terms: [RFA, "stage \\uff14"]', "search_terms 'stage ４': a"),
    (
        "search_terms: [RFA]",
        'search_terms: [RFA, "stage \\u200b4"]',
        "U+200B shows nothing or reorders the text",
    ),
    (
        "condition: for lesions smaller than 1 centimeter",
        'condition: "for lesions smaller\\tthan 1 centimeter"',
        "stages[0].options[0].condition: a tab where one plain space belongs",
    ),
    (
        "condition: for lesions smaller than 1 centimeter",
        "condition: for lesions smaller  than 1 centimeter",
        "stages[0].options[0].condition: two spaces in a row where one plain space belongs",
    ),
    (
        "drugs: [bevacizumab, cabozantinib,",
        "drugs: [bevacizumab, bevacizumab, cabozantinib,",
        "drug 'bevacizumab' is named twice",
    ),
    (  # a combination's name, which `show atezolizumab+bevacizumab` finds, taken by a drug
        "{id: pembrolizumab, name: pembrolizumab}",
        "{id: pembrolizumab, name: pembrolizumab, search_terms: [atezolizumab bevacizumab]}",
        "search_terms 'atezolizumab bevacizumab': the page's own words find "
        "'atezolizumab-with-bevacizumab'",
    ),
    (  # a word inside an added name: `show electroporation` would ask which of two is meant
        "search_terms: [RFA]",
        "search_terms: [RFA, irreversible electroporation]",
        "search_terms 'irreversible electroporation': its word 'electroporation' would no "
        "longer find 'electroporation-therapy' alone",
    ),
    (
        "        name: Total hepatectomy\n",
        "        name: Total hepatectomy\n        search_terms: [hepatectomy transplant]\n",
        "search_terms 'hepatectomy transplant': its word 'transplant' would no longer find "
        "'liver-transplant' alone",
    ),
]


@pytest.mark.parametrize(("before", "after", "said"), AUDITED)
def test_what_the_audit_got_past_the_rules_is_refused(before: str, after: str, said: str) -> None:
    assert before in SHIPPED
    _, problems = validate_tree(SHIPPED.replace(before, after, 1).encode("utf-8"))
    assert [p for p in problems if p.message.startswith(said) or said in p.message], problems


def test_a_group_s_id_swapped_with_its_part_s_is_two_changes(
    invoke: Invoke, tmp_path: object
) -> None:
    """Both ids stay made of their names' words, so only --against-shipped can tell."""

    path = beside_its_capture(tmp_path)
    swapped = (
        SHIPPED.replace("  - id: advanced\n", "  - id: locally-advanced\n", 1)
        .replace("      - id: locally-advanced\n", "      - id: advanced\n", 1)
        .replace("only: locally-advanced", "only: advanced")
    )
    path.write_text(swapped, encoding="utf-8")
    assert invoke("validate", str(path)).exit_code == 0
    result = invoke("validate", str(path), "--against-shipped")
    assert result.exit_code == 3
    assert "stage id 'locally-advanced' is not the shipped file's" in result.stdout
    assert "part id 'advanced' of 'locally-advanced' is not the shipped file's" in result.stdout
