"""How old the page is (issue #30, item 7): "today" is SOURCE_DATE_EPOCH when set, else the
clock, read once at the edge; a page a year old or more is said to be so, in livertx's words,
beside its date and address, in every view's footer and in the handout."""

from __future__ import annotations

import calendar

import pytest

from livertx.dates import months_in_words, today, whole_months

from .conftest import TODAY, Invoke


def _epoch(iso: str) -> str:
    year, month, day = (int(part) for part in iso.split("-"))
    return str(calendar.timegm((year, month, day, 12, 0, 0)))


@pytest.mark.parametrize(
    ("earlier", "later", "months", "words"),
    [
        ("2024-05-15", "2026-12-01", 30, "2 years and 6 months"),
        ("2024-05-15", "2025-05-15", 12, "1 year"),
        ("2024-05-15", "2025-05-14", 11, "11 months"),
        ("2024-05-15", "2024-06-15", 1, "1 month"),
        ("2024-05-15", "2024-05-15", 0, "0 months"),
        ("2024-12-31", "2026-01-30", 12, "1 year"),
    ],
)
def test_whole_months_and_their_words(earlier: str, later: str, months: int, words: str) -> None:
    assert whole_months(earlier, later) == months
    assert months_in_words(months) == words


def test_today_is_source_date_epoch_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    assert today() == TODAY  # conftest's
    monkeypatch.setenv("SOURCE_DATE_EPOCH", _epoch("2031-02-03"))
    assert today() == "2031-02-03"


@pytest.mark.parametrize("value", ["yesterday", "-5", "1.5", "١٢٣"])
def test_a_source_date_epoch_that_is_no_number_is_a_usage_error(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    result = invoke("stage", "recurrent")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "SOURCE_DATE_EPOCH must be a whole number of seconds" in result.stderr


STALE = "Page updated May 15, 2024, {age} before today ({day}); NCI may have updated it since:"


@pytest.mark.parametrize(
    ("day", "age", "long_day"),
    [
        ("2026-12-01", "2 years and 6 months", "December 1, 2026"),
        ("2025-05-15", "1 year", "May 15, 2025"),
        ("2025-05-14", None, None),  # not a year yet: the date alone
    ],
)
@pytest.mark.parametrize(
    "argv", [["about"], ["stage", "recurrent"], ["show", "sorafenib"], ["list"]]
)
def test_every_footer_says_how_old_the_page_is_once_a_year_old(
    invoke: Invoke,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    day: str,
    age: str | None,
    long_day: str | None,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", _epoch(day))
    shown = " ".join(invoke(*argv).stdout.split())
    if age is None:
        assert "Page updated May 15, 2024: https://www.cancer.gov/" in shown
        assert "NCI may have updated it since" not in shown
    else:
        assert STALE.format(age=age, day=long_day) in shown
        assert "https://www.cancer.gov/types/liver/what-is-liver-cancer/treatment" in shown


def test_the_handout_says_it_beside_the_page_s_date(invoke: Invoke) -> None:
    markdown = invoke("handout", "recurrent", "--format", "markdown").stdout
    assert (
        "- Page updated May 15, 2024, 2 years and 6 months before today (December 1, 2026); NCI "
        "may have updated it since: <https://www.cancer.gov/types/liver/what-is-liver-cancer/"
        "treatment>\n"
    ) in markdown
    assert "- Handout made: December 1, 2026\n" in markdown


def test_json_never_depends_on_the_day(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    first = invoke("stage", "recurrent", "--json").stdout
    monkeypatch.setenv("SOURCE_DATE_EPOCH", _epoch("2040-01-01"))
    assert invoke("stage", "recurrent", "--json").stdout == first
