"""What the handout leaves out as said already (livertx.render.handout.Printed): only the same
text again, or a text an option's item on the first page holds whole; never a part of another
entry's longer sentence, and never an entry's status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from livertx.render.handout import Printed, _entry


def test_a_text_is_said_again_only_as_itself_or_inside_an_option() -> None:
    printed = Printed(["partial hepatectomy (surgery to remove the part of the liver)"])
    assert not printed.new("Surgery to remove the part of the liver")  # the option's brackets
    assert printed.new("The tumor is removed. Follow-up is common.")
    assert not printed.new("the tumor is removed. follow-up is common.")  # the same, case aside
    assert printed.new("The tumor is removed.")  # a part of another entry's sentence


def test_every_entry_keeps_its_status(invoke_json: Callable[..., Any]) -> None:
    """Two methods being studied in clinical trials: each says so (one's status says nothing
    of the other's)."""
    method = invoke_json("show", "electroporation")
    printed = Printed([])
    first, second = _entry(method, printed), _entry({**method, "how": []}, printed)
    assert first.status == second.status == "Being studied in clinical trials."


def test_an_entry_given_for_another_s_words_is_marked_as_not_in_the_list(
    invoke: Callable[..., Any],
) -> None:
    """Recurrent's list names TACE, whose text says "like TAE": TAE is printed, marked as not
    in the stage's list; where the list names TAE (advanced), no mark."""
    from livertx.render.handout import REFERRED

    recurrent = invoke("handout", "recurrent", "--format", "markdown").stdout
    advanced = invoke("handout", "advanced", "--format", "markdown").stdout
    assert f"#### Transarterial embolization (TAE)\n\n*{REFERRED}*" in recurrent
    assert recurrent.count(REFERRED) == 1
    assert REFERRED not in advanced
