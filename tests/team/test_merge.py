"""Three-way merge of case files: one-sided changes kept, conflicts resolved field by field."""

from __future__ import annotations

from workbench.core.cases import CaseRecord
from workbench.core.merge import apply, merge_cases, three_way


def test_one_sided_changes_are_kept_and_both_sided_ones_are_conflicts() -> None:
    merge = three_way({"a": 1, "b": 1, "c": 1}, {"a": 2, "b": 1, "c": 3}, {"a": 1, "b": 5, "c": 4})
    assert merge.values == {"a": 2, "b": 5, "c": 4}
    assert [c.name for c in merge.conflicts] == ["c"]
    assert merge.mine_applied == ("a",)
    assert merge.resolved({"c": "mine"}) == {"a": 2, "b": 5, "c": 3}


def test_same_change_on_both_sides_is_no_conflict() -> None:
    assert three_way({"a": 1}, {"a": 2}, {"a": 2}).conflicts == ()


def test_case_records_merge_attribute_by_attribute() -> None:
    base = CaseRecord(last_name="Martin", notes="", attributes={"cpf_balance_eur": 100}, version=3, id=7)
    mine = base.with_changes(notes="hors ligne", attributes={"cpf_balance_eur": 100, "has_c2p": True})
    theirs = base.with_changes(email="lea@example.org", attributes={"cpf_balance_eur": 250}, version=4)
    merge = merge_cases(base, mine, theirs)
    assert merge.conflicts == ()
    merged = apply(theirs, merge.values)
    assert (merged.notes, merged.email, merged.version) == ("hors ligne", "lea@example.org", 4)
    assert merged.attributes == {"cpf_balance_eur": 250, "has_c2p": True}
