"""A knowledge file's meaning, checked on whatever parts of its tree have the right shape (so
that it runs beside the shape checks and everything is reported at once): ids unique, every
reference resolves to the right kind in the right treatment, no two entries answer to one name, no
stage shares an entry's id, and the trial search's condition is the page's own words."""

from __future__ import annotations

import re

from livertx.knowledge.added_words import added_word_problems
from livertx.knowledge.names import ENTRY_NAME_FIELDS, STAGE_NAME_FIELDS
from livertx.problems import Problem
from livertx.text_folding import fold, name_key
from livertx.yaml_tree import Node


def _at(node: Node, message: str) -> Problem:
    return Problem(message, node.line, node.column, "meaning")


def _text(node: Node | None, key: str) -> Node | None:
    """The text at `key`, when it is not only white space (a blank id names nothing)."""
    found = node.text(key) if node is not None else None
    return found if found is not None and found.value.strip() else None


def _texts(node: Node | None, key: str) -> list[Node]:
    """The texts of the list at `key` that are not only white space."""
    return [item for item in node.texts(key) if item.value.strip()] if node is not None else []


def _names(record: Node, fields: tuple[str, ...]) -> list[Node]:
    single = [n for n in (_text(record, "id"), _text(record, "name")) if n is not None]
    return single + [n for field in fields for n in _texts(record, field)]


def meaning_problems(root: Node) -> list[Problem]:
    """Every problem of the meaning of the file whose tree is `root`."""
    problems: list[Problem] = []
    owners: dict[str, tuple[str, str]] = {}  # id -> (kind, the treatment it belongs to)
    claimed: dict[str, str] = {}  # a name's key -> the id that answers to it
    treatments = root.records("treatments")
    for treatment in treatments:
        treatment_id = _text(treatment, "id")
        if treatment_id is None:
            continue
        members = [("treatment", treatment)]
        members += [("method", m) for m in treatment.records("methods")]
        members += [("drug", d) for d in treatment.records("drugs")]
        members += [("combination", r) for r in treatment.records("regimens")]
        for kind, record in members:
            identifier = _text(record, "id")
            if identifier is None:
                continue
            if identifier.value in owners:
                problems.append(_at(identifier, f"id {identifier.value!r} is used twice"))
                continue
            owners[identifier.value] = (kind, treatment_id.value)
            if kind == "combination":
                continue
            for name in _names(record, ENTRY_NAME_FIELDS):
                key = name_key(name.value)
                other = claimed.setdefault(key, identifier.value)
                if other != identifier.value:
                    message = f"{identifier.value!r} and {other!r} both answer to {name.value!r}"
                    problems.append(_at(name, message))
    for treatment in treatments:
        for regimen in treatment.records("regimens"):
            for drug in _texts(regimen, "drugs"):
                if owners.get(drug.value, ("",))[0] != "drug":
                    problems.append(_at(drug, f"no drug with id {drug.value!r}"))
    problems += _check_stages(root, owners)
    problems += _check_condition(root.get("source"))
    problems += _check_publisher_hosts(root.get("source"))
    return problems + added_word_problems(root)


def _check_condition(source: Node | None) -> list[Problem]:
    """The page's trial search looks for `condition`: the page's own subject, so a phrase of its
    title or intro (both held to the page), never another disease."""
    condition = _text(source, "condition")
    if condition is None:
        return []
    phrase = r"(?<!\w)" + re.escape(fold(condition.value)) + r"(?!\w)"
    texts = [_text(source, "title"), *_texts(source, "intro")]
    if any(re.search(phrase, fold(text.value)) for text in texts if text is not None):
        return []
    message = (
        f"source.condition: {condition.value!r} is not a phrase of source.title or source.intro "
        "(whole words, case aside): the trial search would look for another subject than the page's"
    )
    return [_at(condition, message)]


# A page the National Cancer Institute publishes, and its trial search, are on its own domain:
# a look-alike ("www.cancer.gov.example.net") would be shown as the page's address. Whatever
# the case of the publisher's name, and wherever the credit names NCI (shown beside the link).
NCI, NCI_DOMAIN = "National Cancer Institute", "cancer.gov"


def _check_publisher_hosts(source: Node | None) -> list[Problem]:
    named = [_text(source, key) for key in ("publisher", "credit")]
    if not any(NCI.casefold() in fold(text.value) for text in named if text is not None):
        return []
    problems = []
    for key in ("url", "trial_search"):
        link = _text(source, key)
        found = re.match(r"https://([^/?#@:]*)(?:[/?#]|$)", link.value) if link else None
        host = found.group(1).lower() if found else NCI_DOMAIN  # a form the link checks refuse
        if link is not None and host != NCI_DOMAIN and not host.endswith("." + NCI_DOMAIN):
            message = (
                f"source.{key}: the page's publisher is the {NCI}, whose pages are on "
                f"{NCI_DOMAIN}; {host!r} is another domain"
            )
            problems.append(_at(link, message))
    return problems


def _check_stages(root: Node, owners: dict[str, tuple[str, str]]) -> list[Problem]:
    problems: list[Problem] = []
    stage_names: dict[str, str] = {}
    for stage in root.records("stages"):
        stage_id = _text(stage, "id")
        parts = stage.records("parts")
        for record in (stage, *parts):
            identifier = _text(record, "id")
            if identifier is None:
                continue
            if identifier.value in owners:  # `livertx show ID` and `stage ID` would part ways
                kind = owners[identifier.value][0]
                message = f"id {identifier.value!r} names both a stage and an entry (a {kind})"
                problems.append(_at(identifier, message))
            for name in _names(record, STAGE_NAME_FIELDS):
                other = stage_names.setdefault(name_key(name.value), identifier.value)
                if other != identifier.value:
                    message = (
                        f"stages {identifier.value!r} and {other!r} both answer to {name.value!r}"
                    )
                    problems.append(_at(name, message))
        part_ids = {i.value for i in (_text(p, "id") for p in parts) if i is not None}
        for option in stage.records("options"):
            only = _text(option, "only")
            if only is not None and only.value not in part_ids:
                where = stage_id.value if stage_id else "this stage"
                message = f"'only' names {only.value!r}, which is not a part of {where!r}"
                problems.append(_at(only, message))
            for part in (option, *option.records("with")):
                problems += _check_part(part, owners)
    return problems


def _check_part(part: Node, owners: dict[str, tuple[str, str]]) -> list[Problem]:
    treatment = _text(part, "treatment")
    if treatment is None:
        return []
    if owners.get(treatment.value, ("",))[0] != "treatment":
        return [_at(treatment, f"no treatment with id {treatment.value!r}")]
    problems = []
    for field, kind in (("methods", "method"), ("drugs", "drug"), ("regimens", "combination")):
        seen: set[str] = set()
        for reference in _texts(part, field):
            if reference.value in seen:  # every view would show it twice
                problems.append(_at(reference, f"{kind} {reference.value!r} is named twice"))
            seen.add(reference.value)
            found_kind, owner = owners.get(reference.value, ("", ""))
            if found_kind != kind:
                problems.append(_at(reference, f"no {kind} with id {reference.value!r}"))
            elif owner != treatment.value:
                message = (
                    f"{kind} {reference.value!r} belongs to {owner!r}, not to {treatment.value!r}"
                )
                problems.append(_at(reference, message))
    return problems
