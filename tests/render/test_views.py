"""The views of issue 4: search results, drugs, matrix, compare, about, trial links, Markdown and
the formats, suggestions across commands. (What search finds: tests/answers/test_search.py.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from livertx import __version__
from livertx.answers.prepared import for_file

from ..conftest import REPO, Invoke

InvokeJson = Callable[..., Any]
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_search_snippet_in_a_pipe_shows_where_it_matched(invoke: Invoke) -> None:
    out = invoke("search", "freeze").stdout
    assert "Cryoablation  method\n" in out
    assert "  An instrument is used to freeze and destroy cancer cells.\n" in out
    assert "  livertx show cryoablation\n" in out


def test_drugs_lists_every_drug_with_class_partners_and_places(invoke_json: InvokeJson) -> None:
    drugs = {drug["id"]: drug for drug in invoke_json("drugs")}
    assert len(drugs) == 12
    # No drug has a class of its own: the page gives one to two drugs of a list and not to the
    # rest; each is under the type whose list names it.
    assert not any("drug_class" in drug for drug in drugs.values())
    assert drugs["bevacizumab"]["part_of"]["id"] == "targeted-therapy"
    assert drugs["pembrolizumab"]["part_of"]["id"] == "immunotherapy"
    assert [c["name"] for c in drugs["ipilimumab"]["combinations"]] == ["nivolumab with ipilimumab"]
    stages = [stage["id"] for option in drugs["sorafenib"]["options"] for stage in option["stages"]]
    assert stages == ["locally-advanced", "metastatic", "recurrent"]
    conditions = [option["condition"] for option in drugs["sorafenib"]["options"]]
    assert conditions == [
        None,
        "as palliative therapy to relieve symptoms and improve quality of life",
    ]


def test_drugs_table(invoke: Invoke) -> None:
    out = invoke("drugs").stdout
    # What its help says it shows: the type it is listed under, each stage's list naming it.
    help_text = " ".join(invoke("drugs", "--help").stdout.split())
    assert "the treatment type it is listed under, and each stage's list that names it" in help_text
    assert "pembrolizumab\nListed under: Immunotherapy\n" in out
    wide = invoke("drugs", env={"TTY_COMPATIBLE": "1", "NO_COLOR": "1", "COLUMNS": "120"}).stdout
    assert " Listed under Immunotherapy " in wide
    markdown = invoke("drugs", "--format", "markdown").stdout
    assert "| Drug | Listed under | Stage lists (“may include”) |" in markdown
    assert "| **pembrolizumab** | Immunotherapy | " in markdown
    assert (
        "• Treatment options for recurrent primary liver cancer may include: transarterial "
        "chemoembolization (TACE) and sorafenib as palliative therapy to relieve symptoms and "
        "improve quality of life"
    ) in out


def test_matrix_cells(invoke_json: InvokeJson) -> None:
    document = invoke_json("matrix")
    assert [stage["id"] for stage in document["stages"]] == [
        "localized",
        "locally-advanced",
        "metastatic",
        "recurrent",
    ]
    rows = {row["id"]: row for row in document["rows"]}
    assert rows["surveillance"]["cells"]["localized"] == {
        "listed": True,
        "conditions": ["for lesions smaller than 1 centimeter"],
        "joined": [],
        "items": ["surveillance"],
    }
    assert rows["embolization-therapy"]["cells"]["metastatic"]["listed"] is False
    assert rows["transarterial-chemoembolization"]["cells"]["locally-advanced"]["listed"] is True
    assert rows["radiofrequency-ablation"]["cells"]["recurrent"]["listed"] is False
    assert rows["ablation-therapy"]["cells"]["recurrent"]["listed"] is True
    assert rows["electroporation-therapy"]["status"] == "being studied in clinical trials"
    assert not any(
        cell["listed"] for cell in rows["proton-beam-radiation-therapy"]["cells"].values()
    )


def _matrix_at(invoke: Invoke, columns: int) -> list[str]:
    env = {"TTY_COMPATIBLE": "1", "NO_COLOR": "1", "COLUMNS": str(columns)}
    return [line.rstrip() for line in invoke("matrix", env=env).stdout.splitlines()]


def test_matrix_in_a_terminal_has_marks_and_footnotes(invoke: Invoke) -> None:
    lines = _matrix_at(invoke, 100)
    assert "[1] for lesions smaller than 1 centimeter" in lines
    # A cell of two notes has one mark for both: "[2,3]", never "²³" (read as note 23).
    surgery = next(line for line in lines if line.startswith("Surgery "))
    assert surgery.split()[1:] == ["✓", "✓[2,3]"]
    assert not any(char in "".join(lines) for char in "¹²³⁴⁵⁶⁷⁸⁹")
    assert "✓  the stage's list on the page (“may include”) names it." in lines


@pytest.mark.parametrize(("columns", "wrapped"), [(100, 0), (80, 2)])
def test_matrix_gives_the_names_the_room(invoke: Invoke, columns: int, wrapped: int) -> None:
    lines = _matrix_at(invoke, columns)
    rule = next(i for i, line in enumerate(lines) if line.startswith("───"))
    rows = lines[rule + 1 : lines.index("", rule)]
    # A wrapped name's next line starts with no capital: only the longest names wrap.
    assert sum(1 for row in rows if row.strip() and not row.strip()[0].isupper()) == wrapped
    assert "  Percutaneous ethanol injection" in "\n".join(rows)


def test_compare(invoke_json: InvokeJson, invoke: Invoke) -> None:
    entries = invoke_json("compare", "tae", "tace", "sorafenib")
    assert [e["id"] for e in entries] == [
        "transarterial-embolization",
        "transarterial-chemoembolization",
        "sorafenib",
    ]
    wide = invoke("compare", "tae", "tace", env={"TTY_COMPATIBLE": "1", "COLUMNS": "120"})
    assert wide.exit_code == 0, wide.output
    assert "Transarterial embolization (TAE)" in wide.stdout
    assert "Transarterial chemoembolization (TACE)" in wide.stdout


def test_compare_needs_two_and_names_them_all(invoke: Invoke) -> None:
    result = invoke("compare", "tace")
    assert result.exit_code == 2
    assert "name at least two to compare" in result.stderr
    result = invoke("compare", "tace", "sorafinib")
    assert result.exit_code == 1
    assert result.stderr == (
        "livertx: the page does not name 'sorafinib'. Names on the page that look like it: "
        "sorafenib. Or try: livertx search sorafinib\n"
    )


def test_about(invoke_json: InvokeJson, invoke: Invoke) -> None:
    document = invoke_json("about")
    assert document["version"] == __version__
    assert document["knowledge_file"].endswith("treatments.yaml")
    assert document["source"]["publisher"] == "National Cancer Institute"
    assert document["counts"] == {
        "treatments": 9,
        "methods": 12,
        "drugs": 12,
        "combinations": 4,
        "stage_sections": 3,
        "stages": 4,
    }
    garden = str(CORPUS / "garden.yaml")
    assert invoke_json("--data", garden, "about")["knowledge_file"] == garden
    assert (
        "https://www.cancer.gov/types/liver/what-is-liver-cancer/treatment"
        in invoke("about").stdout
    )


def test_show_links_to_trial_searches(invoke_json: InvokeJson, invoke: Invoke) -> None:
    trials = invoke_json("show", "tace")["trials"]
    assert trials == {
        "clinicaltrials_gov": (
            "https://clinicaltrials.gov/search?cond=liver%20cancer"
            "&intr=Transarterial%20chemoembolization"
        ),
        "nci": "https://www.cancer.gov/research/participate/clinical-trials-search",
    }
    shown = invoke("show", "tace").stdout
    assert (
        "ClinicalTrials.gov, searched for Transarterial chemoembolization in liver cancer" in shown
    )
    assert "(livertx's link):\n  https://clinicaltrials.gov/search?" in shown
    garden = invoke_json("--data", str(CORPUS / "garden.yaml"), "show", "pruning")
    assert garden["trials"] == {"clinicaltrials_gov": None, "nci": None}


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["show", "tace"],
        ["stage", "recurrent"],
        ["drugs"],
        ["matrix"],
        ["compare", "tae", "tace"],
        ["search", "freeze"],
        ["about"],
    ],
)
def test_every_view_in_markdown(invoke: Invoke, argv: list[str]) -> None:
    result = invoke(*argv, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert "Liver Cancer Treatment was originally published by the National Cancer Institute" in (
        result.stdout
    )
    assert "\x1b" not in result.stdout


def test_markdown_tables_and_lists(invoke: Invoke) -> None:
    out = invoke("stage", "localized", "--format", "markdown").stdout
    assert "- **surveillance** — *for lesions smaller than 1 centimeter*\n" in out
    ablation = (
        "- **ablation of the tumor using:** (Ablation therapy)\n  - radiofrequency ablation\n"
    )
    assert ablation in out
    table = invoke("list", "--format", "markdown").stdout
    assert "| Treatment | From the page | Stage lists (“may include”) |\n|---|---|---|\n" in table


def test_markdown_escapes_what_the_data_says(invoke: Invoke, tmp_path: Path) -> None:
    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    del data["source"]["capture"]  # text that is not the page's
    data["treatments"][0]["summary"] = "a | b <script>x</script> *bold* [link](http://x) `c`"
    path = tmp_path / "k.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    out = invoke("--data", str(path), "list", "--format", "markdown").stdout
    assert r"a \| b \<script\>x\</script\> \*bold\* \[link\](http://x) \`c\`" in out


def test_format_json_is_json(invoke: Invoke) -> None:
    assert (
        invoke("stage", "recurrent", "--format", "json").stdout
        == invoke("stage", "recurrent", "--json").stdout
    )


def test_json_and_another_format_disagree(invoke: Invoke) -> None:
    result = invoke("list", "--json", "--format", "markdown")
    assert result.exit_code == 2
    assert "--json and --format markdown disagree" in result.stderr


def test_a_stage_asked_for_as_a_name_and_the_other_way(invoke: Invoke) -> None:
    assert invoke("show", "metastatic").stderr == (
        "livertx: no treatment, method, drug or combination called 'metastatic'. "
        "Did you mean: livertx stage metastatic?\n"
    )
    assert invoke("stage", "tace").stderr == (
        "livertx: no stage called 'tace'. "
        "Did you mean: livertx show transarterial-chemoembolization?\n"
    )


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["show", "sorafinib"], "sorafenib"),
        (["stage", "metastatik"], "metastatic"),
        (["stage", "recurrance"], "recurrent"),
    ],
)
def test_suggestions_for_typos_prefixes_and_partial_words(
    invoke: Invoke, argv: list[str], suggestion: str
) -> None:
    result = invoke(*argv)
    assert result.exit_code == 1
    # Words the page does not use: said first, never "did you mean" (#30)
    assert result.stderr.startswith(f"livertx: the page does not name {argv[1]!r}. ")
    assert suggestion in result.stderr.split("Names on the page that look like it: ")[1]


def test_json_documents_are_json(invoke: Invoke) -> None:
    for argv in (["drugs"], ["matrix"], ["about"], ["compare", "tae", "tace"]):
        json.loads(invoke(*argv, "--json").stdout)


def test_a_name_found_keeps_the_status_the_page_gives_it(invoke_json: InvokeJson) -> None:
    hits = invoke_json("search", "electroporation")["hits"]
    assert hits[0]["field"] == "name"
    assert hits[0]["snippet"] == "Electroporation therapy (being studied in clinical trials)"
    assert invoke_json("search", "cryoablation")["hits"][0]["snippet"] == "Cryoablation"


def test_a_file_held_to_no_page_is_not_shown_as_nci_s(invoke: Invoke, tmp_path: Path) -> None:
    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    del data["source"]["capture"]
    path = tmp_path / "k.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    about = invoke("--data", str(path), "about").stdout
    assert "National Cancer Institute's" not in about
    assert "checked against" in about
    shown = invoke("--data", str(path), "show", "tace").stdout
    assert "NCI's clinical trial search" not in shown
    assert "The trial search this knowledge file names (checked against no page)" in shown
    assert "which the page points to" in invoke("show", "tace").stdout


def test_every_placement_outside_its_stage_quotes_the_stage_lists_own_lead(
    invoke: Invoke, invoke_json: InvokeJson
) -> None:
    """Issue #29: "Recurrent liver cancer: treatment may include …" dropped the page's
    "primary". Every place `show` (in each format) and `drugs` list an entry reads as the page's
    own lead, as it stands in that stage's section of the page, then the item with its
    condition."""
    page = " ".join(
        (REPO / "data" / "source" / "nci-liver-cancer-treatment.txt")
        .read_text(encoding="utf-8")
        .split()
    )
    leads = {stage["id"]: stage["lead"] for stage in invoke_json("stages")}
    checked = 0
    for entry_id in for_file(None).entries:  # every entry of the shipped answers
        document = invoke_json("show", entry_id)
        for fmt in ([], ["--format", "markdown"]):
            out = " ".join(invoke("show", entry_id, *fmt).stdout.split())
            for option in document["options"]:
                group = option["stages"][0]["id"]
                assert option["lead"] in (leads.get(group), leads["advanced"])
                assert f"{option['lead']}:" in page  # as the page writes it, colon and all
                line = f"{option['lead']}: {option['label']}"
                if option["condition"]:
                    line += f" {option['condition']}"
                assert line in out.replace("**", ""), (entry_id, fmt)
                checked += 1
    assert "treatment may include" not in invoke("drugs").stdout
    assert checked >= 30


def test_only_the_reviewed_address_is_called_the_trial_search_the_page_points_to(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Issue #29: the capture holds no address, so a file's other trial search, on NCI's domain
    or not, is the file's: livertx's link, never "which the page points to"."""
    shipped = (REPO / "data" / "treatments.yaml").read_text(encoding="utf-8")
    (tmp_path / "source").mkdir()
    capture = REPO / "data" / "source" / "nci-liver-cancer-treatment.txt"
    (tmp_path / "source" / capture.name).write_bytes(capture.read_bytes())
    other = "https://www.cancer.gov/research/participate/other-search"
    path = tmp_path / "treatments.yaml"
    path.write_text(
        shipped.replace(
            "https://www.cancer.gov/research/participate/clinical-trials-search", other
        ),
        encoding="utf-8",
    )
    shown = " ".join(invoke("--data", str(path), "show", "sorafenib").stdout.split())
    assert f"The trial search this knowledge file names (livertx's link): {other}" in shown
    assert "which the page points to" not in shown
    shipped_view = " ".join(invoke("show", "sorafenib").stdout.split())
    assert "NCI's clinical trial search, which the page points to: https://www.cancer.gov/" in (
        shipped_view
    )
