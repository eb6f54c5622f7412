"""`verify-source PAGE --update NEW_FILE`: the proposed update of the knowledge file
(livertx.proof.page_update) written to NEW_FILE, the page's text beside it as its capture (at
the path the file's `source.capture` names, from NEW_FILE's folder), the original never touched.
An older page is refused, and so is a NEW_FILE that is the knowledge file or its capture, or
whose capture would be the original's. A write that fails is an output error (exit code 74),
never a success."""

from __future__ import annotations

import os

from livertx.dates import long_date
from livertx.errors import OutputError, UsageError
from livertx.knowledge.checked import capture_of

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any

    from livertx.proof.page_check import SourceReport
    from livertx.yaml_tree import Node


class WriteError(OutputError):
    """NEW_FILE or its capture could not be written."""

    def __init__(self, path: str, reason: str) -> None:
        Exception.__init__(self, f"could not write {path}: {reason}")


def _same(one: str, other: str) -> bool:
    return os.path.realpath(one) == os.path.realpath(other)


def write_proposal(
    path: str, original: bytes, root: Node, report: SourceReport, page_text: str, new_path: str
) -> dict[str, Any]:
    """Write the proposal; what `verify-source --json` gives of it as `update`."""
    from livertx.knowledge.checked import left_for_a_person  # not for a page refused
    from livertx.proof.page_update import propose

    if not new_path:
        raise UsageError("--update needs a file name")
    if report.dates == "older" and report.page_updated and report.knowledge_updated:
        raise UsageError(
            f"the page ({long_date(report.page_updated.isoformat())}) is older than the "
            f"knowledge file's ({long_date(report.knowledge_updated.isoformat())}): --update "
            "proposes an update only from a page as new as the file's or newer"
        )
    if report.dates == "unknown":
        raise UsageError("the page's date cannot be read: --update needs the page's date")
    capture = capture_of(root)
    old_capture = (
        os.path.join(os.path.dirname(os.path.realpath(path)), capture.value) if capture else None
    )
    folder = os.path.dirname(os.path.abspath(new_path))
    named = capture.value if capture is not None else None
    new_capture = os.path.join(os.path.dirname(new_path), named) if named is not None else None
    if (
        named is not None
        and new_capture is not None
        and (
            os.path.isabs(named)
            or os.path.commonpath([folder, os.path.abspath(new_capture)]) != folder
            or _same(new_capture, new_path)
        )
    ):
        raise UsageError(
            f"--update {new_path}: the file's capture ({named}) would not be a file of "
            "its own in NEW_FILE's folder or below it"
        )
    for target in (new_path, new_capture):
        if target is not None and (
            _same(target, path) or (old_capture is not None and _same(target, old_capture))
        ):
            raise UsageError(
                f"--update {new_path}: it would overwrite {target}, the knowledge file or its "
                "capture; write the proposal to another folder and review it with git diff"
            )
        if target is not None and os.path.lexists(target) and not os.path.isfile(target):
            raise UsageError(f"--update {new_path}: {target} is there and not a regular file")
    newer = report.page_updated if report.dates == "newer" else None
    proposal = propose(original.decode("utf-8"), report.changes, newer)
    left = left_for_a_person(proposal.text, page_text)
    targets = [(new_path, proposal.text)]
    targets += [(new_capture, page_text)] if new_capture is not None else []
    _write_both(targets)
    return {
        "file": new_path,
        "capture": new_capture,
        "made": [change.change_document(path) for change in proposal.made],
        "for_a_person": [problem.document(new_path) for problem in left],
    }


def _write_both(targets: list[tuple[str, str]]) -> None:
    """Both or neither: each text written beside its place first, then each moved into it; on
    a failure, what was written is removed (a file already moved stays, whole)."""
    written: list[tuple[str, str]] = []
    try:
        for target, text in targets:
            written.append((target, _written(target, text)))
        for target, temporary in written:
            try:
                os.replace(temporary, target)
            except OSError as error:
                raise WriteError(target, error.strerror or str(error)) from None
    finally:
        for _, temporary in written:
            if os.path.lexists(temporary):
                os.unlink(temporary)


def _written(path: str, text: str) -> str:
    """`text` written to a new file beside `path` (its folder made if need be); the file's
    name. WriteError, with nothing of it left, if it cannot be written."""
    import tempfile  # with its random and shutil, only once there is a file to write

    temporary = None
    try:
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".livertx-", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        return temporary
    except (OSError, ValueError) as error:
        if temporary is not None and os.path.lexists(temporary):
            os.unlink(temporary)
        raise WriteError(path, getattr(error, "strerror", None) or str(error)) from None
