"""benchmarks/instructions.py reads callgrind's count from what valgrind writes on stderr."""

from __future__ import annotations

import sys

import pytest

from .conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from instructions import instructions_in  # a script's folder, not a package

REPORT = """==4242== Callgrind, a call-graph generating cache profiler
==4242== Events    : Ir
==4242== Collected : 38009892
==4242==
==4242== I   refs:      38,009,892
"""


def test_the_count_is_read_from_the_collected_line() -> None:
    assert instructions_in(REPORT) == 38_009_892


def test_a_report_without_a_count_is_an_error_not_zero() -> None:
    with pytest.raises(ValueError, match="no count"):
        instructions_in("==4242== valgrind: failed to start tool 'callgrind'\n")
