"""The questions a family asks, in their own words (issue #30): each reaches the page's answer
in at most two commands, or an honest "the page does not say" with where to look. Each row is a
question, the command lines a person would type, and what the last one must say (and never)."""

from __future__ import annotations

import shlex

import pytest

from ..conftest import Invoke

# (the question as a caregiver asks it, the command lines, words the answer holds, words it
# must never hold)
QUESTIONS: list[tuple[str, list[str], list[str], list[str]]] = [
    (
        "Dad's cancer came back: what are the options?",
        ["stage came back"],
        [
            "“came back” is read as the page's “Recurrent liver cancer”.",
            "Treatment options for recurrent primary liver cancer may include:",
        ],
        [],
    ),
    (
        "Is immunotherapy an option if it comes back?",
        ["stage comes back"],
        ["“comes back” is read as the page's “Recurrent liver cancer”."],
        ["Immunotherapy", "pembrolizumab"],
    ),
    (
        "It has spread: what then? (the page does not say how far)",
        ["stage spread"],
        ["“spread” is read as the page's “Locally advanced or metastatic liver cancer”."],
        [],
    ),
    (
        "It has spread to his lungs",
        ["stage spread to his lungs"],
        [
            "the page does not name 'lungs', nor place that case in one of its groups",
            "It lists treatment for: Localized liver cancer; Locally advanced or metastatic",
            "(livertx stages)",
        ],
        [],
    ),
    (
        "Is immunotherapy an option if it comes back after surgery?",
        ["search immunotherapy comes back", "show immunotherapy"],
        ["The list for recurrent liver cancer does not name it."],
        ["not used", "ruled out"],
    ),
    (
        "Immunotherapy for recurrent? (the page's own word names the group: no reading)",
        ["search immunotherapy recurrent"],
        ["“recurrent” names the page's “Recurrent liver cancer”."],
        ["is read as"],
    ),
    (
        "Dad's cancer has spread (search): the group first, the negation kept",
        ["search spread"],
        [
            "“spread” is read as the page's “Locally advanced or metastatic liver cancer”. 4 found"
            " for “spread”: Locally advanced or metastatic liver cancer stage",
            "whose tumor has not spread outside the liver.",
        ],
        [],
    ),
    (
        "Spread to his lungs (search): what the page does not name, said first",
        ["search spread to his lungs"],
        ["The page does not name “lungs”. “spread” is read as the page's “Locally advanced"],
        [],
    ),
    (
        "Is SBRT given for liver cancer? (a method the lists name only by its type)",
        ["show sbrt"],
        [
            "The stage lists name its treatment type, Radiation therapy (for localized liver "
            "cancer, and for locally advanced or metastatic liver cancer), not this method on its "
            "own."
        ],
        ["The page's stage lists do not name it.", "not used"],
    ),
    (
        "He has liver metastases",
        ["search metastases", "stage metastases"],
        ["“metastases” is read as the page's “Metastatic liver cancer”."],
        [],
    ),
    (
        "How do durvalumab and tremelimumab differ? (the page gives drugs no text of their own)",
        ["compare durvalumab vs tremelimumab"],
        ["The page gives none of these a text of its own; it names them in its lists."],
        [],
    ),
    (
        "How does TAE differ from TACE?",
        ["compare tae tace"],
        ["This procedure is like TAE except an anticancer drug is also given."],
        ["The page gives none of these a text of its own"],
    ),
    (
        "Is TARE an option? (another treatment, which the page does not name)",
        ["show TARE"],
        ["the page does not name 'TARE'", "Names on the page that look like it: TAE, TACE"],
        ["Did you mean"],
    ),
    (
        "How does TACE compare with TARE?",
        ["compare tace tare"],
        ["the page does not name 'tare'"],
        ["Did you mean"],
    ),
    (
        "Atezolizumab and bevacizumab against durvalumab and tremelimumab",
        ["compare atezolizumab and bevacizumab vs durvalumab and tremelimumab"],
        ["atezolizumab with bevacizumab", "durvalumab with tremelimumab"],
        [],
    ),
    (
        "Is atezolizumab plus bevacizumab on the list?",
        ["show atezolizumab plus bevacizumab"],
        ["Treatment of locally advanced or metastatic liver cancer may include:"],
        [],
    ),
    (
        "Side effects of sorafenib?",
        ["search side effects sorafenib", "show sorafenib"],
        ["Learn more about targeted therapy and its side effects at Targeted Therapy to Treat"],
        [],
    ),
    (
        "How old is this information?",
        ["about"],
        ["Page updated May 15, 2024, 2 years and 6 months before today (December 1, 2026)"],
        [],
    ),
    (
        "Is the TACE with sorafenib option only to relieve symptoms?",
        ["show sorafenib"],
        [
            "Treatment options for recurrent primary liver cancer may include: transarterial "
            "chemoembolization (TACE) and sorafenib as palliative therapy to relieve symptoms "
            "and improve quality of life"
        ],
        ["Recurrent liver cancer: treatment may include"],
    ),
    (
        "Is electroporation a standard treatment?",
        ["show ablation therapy"],
        ["Electroporation therapy (being studied in clinical trials)"],
        [],
    ),
    (
        "Can I look for a trial of surveillance?",
        ["show surveillance"],
        ["NCI's clinical trial search, which the page points to"],
        ["clinicaltrials.gov"],
    ),
    (
        "What is Nexavar? (a brand name the page does not use)",
        ["show Nexavar"],
        ["the page does not name 'Nexavar'", "livertx search Nexavar"],
        ["Did you mean"],
    ),
    (
        "Which stage is 'stage 4'?",
        ["stage 4"],
        ["'4' is a stage number or letter, which the page does not use", "livertx stages"],
        [],
    ),
    (
        "What does locally advanced get?",
        ["stage locally advanced"],
        ["in people with locally advanced liver cancer"],
        [],
    ),
    (
        "What is proton therapy?",
        ["show proton therapy"],
        ["uses streams of protons (tiny particles with a positive charge)"],
        [],
    ),
    (
        "Is chemoembolization the same as TACE?",
        ["show chemoembolization"],
        ["Transarterial chemoembolization (TACE)", "This type of treatment is also called"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("question", "command_lines", "holds", "never"), QUESTIONS, ids=[q[0] for q in QUESTIONS]
)
def test_a_family_s_question_reaches_the_page_s_answer_in_two_commands(
    invoke: Invoke, question: str, command_lines: list[str], holds: list[str], never: list[str]
) -> None:
    assert 1 <= len(command_lines) <= 2
    for line in command_lines:
        result = invoke(*shlex.split(line))
    said = " ".join(result.output.split())
    for words in holds:
        assert words in said, (question, words)
    for words in never:
        assert words not in said, (question, words)


def test_a_stage_read_from_everyday_words_says_so_in_json_too(invoke: Invoke) -> None:
    import json

    read = json.loads(invoke("stage", "relapse", "--json").stdout)
    assert (read["id"], read["read_as"]) == (
        "recurrent",
        {"typed": "relapse", "read_as": "Recurrent liver cancer"},
    )
    assert json.loads(invoke("stage", "Recurrent", "--json").stdout)["read_as"] is None


def _stage_words() -> list[tuple[str, str]]:
    """(everyday word, the stage it is read as) for every stage alias of the shipped file."""
    import yaml

    from ..conftest import REPO

    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    words = []
    for stage in data["stages"]:
        for part in [stage, *stage.get("covers", [])]:
            words += [(alias, part["id"]) for alias in part.get("aliases", [])]
    return words


@pytest.mark.parametrize(("word", "stage_id"), _stage_words())
def test_every_everyday_word_finds_its_group_first(
    invoke: Invoke, word: str, stage_id: str
) -> None:
    """`stage WORD` opens the group the word is read as, and `search WORD` shows it first,
    saying how it read the word; what else the search found follows, as the page says it."""
    import json

    stage = json.loads(invoke("stage", word, "--json").stdout)
    found = json.loads(invoke("search", word, "--json").stdout)
    assert stage["id"] == stage_id
    assert found["hits"][0]["id"] == stage_id
    assert found["group"] == {
        "typed": word,
        "read_as": stage["name"],
        "id": stage_id,
        "rest": "",
        "unnamed": [],
    }
    assert [hit["id"] for hit in found["hits"]].count(stage_id) == 1
