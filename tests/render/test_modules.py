"""Rich is imported only for tables. (No circles and no module past 300 lines, for every
package: tests/test_architecture.py.)"""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_view_without_a_table_never_imports_rich_even_in_a_wide_terminal() -> None:
    """render.table decides on tables before it imports the terminal renderer, and Rich."""
    script = (
        "import sys\n"
        "sys.argv = ['livertx', 'stages']\n"
        "from livertx.cli.entry import main\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), file=sys.stderr)\n"
    )
    environment = {**os.environ, "TTY_COMPATIBLE": "1", "COLUMNS": "200"}
    ran = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=False
    )
    assert "Section of the page" in ran.stdout
    assert ran.stderr.strip().splitlines()[-1] == "[]"
