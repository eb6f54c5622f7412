"""What a release carries: its licence and content notice, a changelog that names this version,
metadata that says what it is for, and a version line a bug report can quote."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib.metadata import metadata
from typing import Any

from livertx import JSON_CONTRACT, __version__
from livertx.answers.notice import CONTENT_NOTICE, LICENSE

from .conftest import REPO, Invoke

InvokeJson = Callable[..., Any]
# The installed package's metadata: what `pip show` and an index page say of it.
METADATA = metadata("livertx")
CREDIT = "Liver Cancer Treatment was originally published by the National Cancer Institute."


def test_the_licence_and_the_notice_ship_with_the_package() -> None:
    assert METADATA["License-Expression"] == "MIT"
    assert METADATA.get_all("License-File") == ["LICENSE", "NOTICE"]
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    notice = " ".join((REPO / "NOTICE").read_text(encoding="utf-8").split())
    assert CREDIT in notice
    assert "a work of the United States government" in notice
    assert "not a recommendation for any one person's care" in notice


def test_about_shows_the_licence_the_notice_and_the_versions(
    invoke: Invoke, invoke_json: InvokeJson
) -> None:
    about = invoke_json("about")
    assert (about["license"], about["notice"]) == (LICENSE, CONTENT_NOTICE)
    assert (about["version"], about["json_contract"]) == (__version__, JSON_CONTRACT)
    screen = " ".join(invoke("about").stdout.split())
    for shown in (LICENSE, CONTENT_NOTICE, f"{__version__} (JSON contract {JSON_CONTRACT})"):
        assert shown in screen


def test_the_version_line_names_the_contract_and_the_knowledge(invoke: Invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == (
        f"livertx {__version__} (JSON contract {JSON_CONTRACT}; knowledge: “Liver Cancer "
        "Treatment”, National Cancer Institute, updated 2024-05-15)\n"
    )


def test_the_changelog_names_this_version_first() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog, re.M)
    assert versions[0] == __version__
    assert f"JSON contract {JSON_CONTRACT}." in changelog
    assert "### For script authors" in changelog


def test_the_metadata_says_what_it_is_for() -> None:
    classifiers = set(METADATA.get_all("Classifier") or [])
    supported = {f"Programming Language :: Python :: 3.{minor}" for minor in range(10, 14)}
    assert supported <= classifiers
    assert METADATA["Requires-Python"] == ">=3.10"
    assert "Topic :: Scientific/Engineering :: Medical Science Apps." in classifiers
    assert "Environment :: Console" in classifiers
    urls = [url.split(",")[0] for url in METADATA.get_all("Project-URL") or []]
    assert sorted(urls) == ["Changelog", "Issues", "Source"]
    assert "liver cancer" in METADATA["Keywords"]
