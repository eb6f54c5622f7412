"""What views say where no golden screen looks: a knowledge file that names no page (the made-up
garden), options the file gives without the page's words, and the styles that mark a warning.
Found unguarded by mutation testing (docs/mutation-report.md)."""

from __future__ import annotations

from pathlib import Path

from ..conftest import REPO, Invoke

GARDEN = REPO / "tests" / "corpus" / "garden.yaml"
UNCHECKED = (
    "This knowledge file names no page that its text is checked against: livertx attributes "
    "its text to no one."
)


def test_sources_of_a_file_that_names_no_page_attribute_its_text_to_no_page(
    invoke: Invoke,
) -> None:
    lines = invoke("--data", str(GARDEN), "show", "watering", "--sources").stdout.splitlines()
    assert lines[:3] == [
        "Watering: where each statement stands",
        UNCHECKED,
        "• “Giving plants water.” (section not found)",
    ]
    assert not any("on the page" in line for line in lines)


def test_sources_of_an_entry_with_no_statement_say_so(invoke: Invoke) -> None:
    lines = invoke("--data", str(GARDEN), "show", "compost", "--sources").stdout.splitlines()
    assert lines[2] == "• No statements."


def test_about_a_file_that_names_no_page_says_so_as_its_source(invoke: Invoke) -> None:
    assert invoke("--data", str(GARDEN), "about").stdout.splitlines()[:2] == ["Source", UNCHECKED]


def test_an_option_without_the_page_s_words_is_its_treatment_and_what_it_names(
    invoke: Invoke, tmp_path: Path
) -> None:
    # One method named: in the title. Several: listed under the treatment's name.
    shown = invoke("--data", str(GARDEN), "stage", "seedling").stdout
    assert "• Watering: Drip irrigation (DRIP)\n  for seedlings" in shown
    # Two treatments joined in one option: each with what it names, joined with "and".
    shown = invoke("--data", str(GARDEN), "stage", "grown-or-old").stdout
    assert "• Feeding: compost with mulch and Watering\n" in shown
    both = tmp_path / "garden.yaml"
    both.write_text(
        GARDEN.read_text(encoding="utf-8").replace(
            "methods: [drip-irrigation]", "methods: [drip-irrigation, sprinkling]"
        ),
        encoding="utf-8",
    )
    shown = invoke("--data", str(both), "stage", "seedling").stdout
    assert "• Watering\n  • Drip irrigation (DRIP)\n  • Sprinkling\n  for seedlings" in shown


def test_a_respelled_search_and_the_page_a_source_names_are_styled_apart(invoke: Invoke) -> None:
    # In colour, the note that a word was read as another spelling stands out as a warning,
    # and the page that `--sources` names is muted: neither is plain text.
    terminal = {"TTY_COMPATIBLE": "1"}
    first = invoke("--color", "always", "search", "frezze", env=terminal).stdout.splitlines()[0]
    assert first.startswith("\x1b[") and "read “frezze” as “freeze”" in first
    lines = invoke("--color", "always", "show", "cryoablation", "--sources", env=terminal).stdout
    assert lines.splitlines()[1].startswith("\x1b[")
    assert "on the page “Liver Cancer Treatment”:" in lines.splitlines()[1]


def test_list_of_a_file_with_no_introduction_starts_with_its_first_entry(invoke: Invoke) -> None:
    assert invoke("--data", str(GARDEN), "list").stdout.startswith("Watering\nGiving plants water.")
