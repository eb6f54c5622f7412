"""livertx.records: a Record is a typed named tuple, as immutable as a frozen dataclass, equal
and hashed by its fields, with its methods, properties and docstring kept."""

from __future__ import annotations

import pytest

from livertx.records import Record


class Dose(Record):
    """A made-up record: two fields, one with a default."""

    drug: str
    milligrams: int = 0

    def label(self) -> str:
        return f"{self.drug} {self.milligrams} mg"

    @property
    def given(self) -> bool:
        return self.milligrams > 0


def test_fields_are_set_by_position_or_name_and_a_default_fills_the_rest() -> None:
    assert Dose("a", 5) == Dose(drug="a", milligrams=5)
    assert Dose("a").milligrams == 0
    assert Dose._fields == ("drug", "milligrams")
    with pytest.raises(TypeError):
        Dose()  # type: ignore[call-arg]


def test_a_record_cannot_be_changed_only_copied_with_changes() -> None:
    dose = Dose("a", 5)
    with pytest.raises(AttributeError):
        dose.milligrams = 6  # type: ignore[misc]
    assert dose._replace(milligrams=6) == Dose("a", 6)
    assert dose == Dose("a", 5)


def test_records_compare_and_hash_by_their_fields() -> None:
    assert Dose("a", 5) != Dose("a", 6)
    assert len({Dose("a", 5), Dose("a", 5), Dose("b", 5)}) == 2


def test_its_methods_properties_and_docstring_are_kept() -> None:
    dose = Dose("a", 5)
    assert dose.label() == "a 5 mg"
    assert dose.given and not Dose("a").given
    assert Dose.__doc__ == "A made-up record: two fields, one with a default."
    assert Dose.__module__ == __name__
