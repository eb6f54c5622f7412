"""What `livertx --version` says: one line for a bug report, the same on either path."""

from __future__ import annotations

from livertx import JSON_CONTRACT, __version__


def version_line(data: str | None = None) -> str:
    """One line for a bug report: the version, the JSON contract's, and the knowledge in use
    (the shipped file's summary read from the first line of its answers)."""
    from livertx.answers.prepared import shipped_summary  # not for every Typer run (cli.app)

    summary = shipped_summary() if data is None else knowledge_line(data)
    if not summary.isprintable():  # a control or invisible character from a knowledge file
        from livertx.visible import visible  # its re is dearer than --version (test_entry.py)

        summary = visible(summary)
    return f"livertx {__version__} (JSON contract {JSON_CONTRACT}; {summary})"


def knowledge_line(data: str) -> str:
    """What `--version` says of a knowledge file given with --data or LIVERTX_DATA."""
    from livertx.answers.prepared import for_file, knowledge_summary  # as in version_line

    source = for_file(data).source
    checked = "" if source["checked"] else ", checked against no page"
    return f"{knowledge_summary(source)} ({data}{checked})"
