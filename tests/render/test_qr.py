"""The QR codes of the shipped file's addresses, drawn ahead of time (data/qr-codes.json): the
same as segno draws them now, for every address a handout of it prints."""

from __future__ import annotations

import json
import re

import pytest

from livertx.answers import prepared
from livertx.render import qr

from ..conftest import Invoke

STAGES = list(prepared.for_file(None).stages)


def test_the_codes_drawn_ahead_are_segno_s_now() -> None:
    """Remade by `python -m livertx.render.qr > src/livertx/data/qr-codes.json`."""
    assert qr.MADE_AHEAD.read_text(encoding="utf-8") == qr.made_ahead_text()


@pytest.mark.parametrize("stage_id", STAGES)
def test_every_address_a_handout_prints_has_its_code_drawn_ahead(
    invoke: Invoke, stage_id: str
) -> None:
    page = invoke("handout", stage_id).stdout
    addresses = re.findall(r'<li><svg [^>]*>.*?</svg><span><strong>.*?<a href="([^"]*)"', page)
    made_ahead = json.loads(qr.MADE_AHEAD.read_text(encoding="utf-8"))
    assert len(addresses) == 3 and set(addresses) <= set(made_ahead)
    for address in addresses:  # the code as drawn, after its opening tag (which adds a label)
        assert made_ahead[address].split(">", 1)[1] in page
