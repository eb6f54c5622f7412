"""livertx.visible: every character that shows nothing, or that a terminal would take as an
instruction, reaches the screen as a visible stand-in; in every view and in completion."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from livertx.visible import UNSAFE, escape_for_json, visible

from .conftest import REPO

LIVERTX = str(Path(sys.executable).with_name("livertx"))
FORMAT_CHARACTERS = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]


def test_every_format_character_is_shown_as_a_stand_in() -> None:
    """The category as this Python's Unicode database has it (3.10's to 3.13's)."""
    assert len(FORMAT_CHARACTERS) > 150
    for character in FORMAT_CHARACTERS:
        assert visible(f"a{character}b") == f"a<U+{ord(character):04X}>b"
        assert escape_for_json(f"a{character}b") == f"a\\u{ord(character):04x}b" or (
            ord(character) > 0xFFFF  # JSON writes these as a surrogate pair, escaped apart
        )


def test_no_printable_character_is_unsafe_so_printable_text_is_left_as_it_is() -> None:
    """visible() leaves text that Python calls printable (newlines aside) alone, without the
    pattern: sound only while no unsafe character is printable, in this Python's Unicode
    database."""
    unsafe = re.compile(UNSAFE)
    printable_and_unsafe = [
        f"U+{code:04X}"
        for code in range(0x110000)
        if chr(code).isprintable() and unsafe.match(chr(code))
    ]
    assert printable_and_unsafe == []
    assert re.match(UNSAFE, "\n") is None  # the one unprintable character it keeps


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("ta\u200bce", "ta<U+200B>ce"),
        ("ta\u200cce\u200d", "ta<U+200C>ce<U+200D>"),
        ("word\u2060joiner", "word<U+2060>joiner"),
        ("\ufeffbom", "<U+FEFF>bom"),
        ("soft\u00adhyphen", "soft<U+00AD>hyphen"),
        ("plain letters, café, 3‑D, “quotes”", "plain letters, café, 3‑D, “quotes”"),
    ],
)
def test_invisible_characters_become_visible_and_others_stay(text: str, shown: str) -> None:
    assert visible(text) == shown


@pytest.fixture
def zero_width_file(tmp_path: Path) -> Path:
    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    del data["source"]["capture"]  # text that is not the page's
    data["treatments"][0]["name"] = "Surveil\u200blance"
    path = tmp_path / "zero-width.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _run(args: list[str], **environment: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LIVERTX_", "_LIVERTX"))}
    return subprocess.run(
        [LIVERTX, *args], capture_output=True, text=True, env={**clean, **environment}, timeout=60
    )


@pytest.mark.parametrize("output_format", ["table", "text", "markdown"])
def test_a_zero_width_space_in_the_data_is_seen_in_every_format(
    zero_width_file: Path, output_format: str
) -> None:
    done = _run(["--data", str(zero_width_file), "list", "--format", output_format])
    assert done.returncode == 0, done.stderr
    assert "\u200b" not in done.stdout
    assert "Surveil<U+200B>lance" in done.stdout.replace("\\<", "<").replace("\\>", ">")


def test_a_zero_width_character_in_the_data_is_seen_in_completion(zero_width_file: Path) -> None:
    done = _run(
        [],
        _LIVERTX_COMPLETE="complete_zsh",
        _TYPER_COMPLETE_ARGS=f"livertx --data {zero_width_file} show surv",
    )
    assert done.returncode == 0, done.stderr
    assert "\u200b" not in done.stdout
    assert "Surveil<U+200B>lance (treatment)" in done.stdout  # its id is offered, named so


def test_a_tab_is_shown_as_a_stand_in() -> None:
    """One text is one line of a pipe: a tab would shift its columns."""
    assert visible("Survei\tllance") == "Survei^Illance"


def test_version_and_help_show_a_file_s_control_characters_as_stand_ins(tmp_path: Path) -> None:
    data = yaml.safe_load((REPO / "data" / "treatments.yaml").read_text(encoding="utf-8"))
    del data["source"]["capture"]
    data["source"]["title"] = "Liver\x1b]0;pwned\x07 Cancer\u202e"
    path = tmp_path / "k.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    for args in (["--data", str(path), "--version"], ["--data", str(path), "--help"]):
        done = _run(args)
        assert done.returncode == 0, done.stderr
        assert (
            "\x1b" not in done.stdout and "\u202e" not in done.stdout and "\x07" not in done.stdout
        )


def test_a_link_with_an_invisible_character_is_refused(tmp_path: Path) -> None:
    text = (REPO / "tests" / "corpus" / "garden.yaml").read_text(encoding="utf-8")
    path = tmp_path / "k.yaml"
    path.write_text(text.replace("example.invalid/garden", "example.invalid/gar\u200bden"))
    done = _run(["validate", str(path)])
    assert done.returncode == 3
    assert "source.url: expected a link like https://" in done.stdout
