"""Fact boxes: the ``Date: … / Location: … / Casualties: …`` lines an encyclopaedia entry,
a database export or an incident sheet puts above its prose.

A box that gives a date and a place beside labels only an event has (a result, the
belligerents, the casualties, the perpetrators) describes one event. Its ``Date:`` is when
that event happened, not when the piece was written, and the box is a record of the event
in its own right: the prose under it often dates the same event only vaguely
(``fought in late July 2024``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: ``Date: 25–27 July 2024``, ``**Location:** Tinzaouaten``, ``- Perpetrators: JNIM``: a short
#: label, a colon and a value on a line of its own.
_FIELD = re.compile(
    r"^[ \t>*_•-]*(?P<label>[A-Z][A-Za-z]*(?:\(s\))?(?:[ -][A-Za-z]+(?:\(s\))?){0,3})[*_ \t]*:[*_ \t]*"
    r"(?P<value>[^\n]{1,200}?)[ \t*_]*$",
    re.M,
)
#: What comes before the colon of a date field: looked for only at colons, which news prose has few of.
_DATE_LABEL_END = re.compile(r"(?:\bdates?(?:\(s\))?|\bwhen)[*_ \t]*$", re.I)
_BLANK = re.compile(r"(?:[ \t]*\n)*")

#: What each label is about, lower case, ``(s)`` dropped.
ROLES = {
    "date": "date", "dates": "date", "when": "date",
    "location": "place", "locations": "place", "place": "place", "site": "place",
    "result": "event", "outcome": "event", "belligerents": "event", "combatants": "event",
    "perpetrator": "perpetrator", "perpetrators": "perpetrator", "attacker": "perpetrator",
    "attackers": "perpetrator", "attributed to": "perpetrator", "claimed by": "perpetrator",
    "target": "target", "targets": "target", "victims": "target",
    "deaths": "killed", "death toll": "killed", "killed": "killed", "dead": "killed",
    "fatalities": "killed", "casualties": "casualties", "casualties and losses": "casualties",
    "injured": "wounded", "wounded": "wounded", "non-fatal injuries": "wounded",
    "type": "kind", "attack type": "kind", "type of attack": "kind", "event type": "kind",
    "weapons": "event", "commanders": "event", "commanders and leaders": "event", "strength": "event",
    "motive": "event", "part of": "event",
}  # fmt: skip


@dataclass(frozen=True)
class Field:
    label: str
    role: str
    start: int  # where the value starts in the text
    end: int
    value: str


@dataclass(frozen=True)
class FactBox:
    """One run of labelled lines; ``start`` and ``end`` span the lines, heading excluded."""

    start: int
    end: int
    fields: tuple[Field, ...]

    def first(self, role: str) -> Field | None:
        return next((f for f in self.fields if f.role == role), None)

    @property
    def describes_an_event(self) -> bool:
        """A date and a place are also a meeting's or a press release's; an outcome, sides,
        a perpetrator, a target or a toll are an event's only."""
        roles = {f.role for f in self.fields}
        return {"date", "place"} <= roles and bool(
            roles & {"event", "perpetrator", "target", "killed", "casualties", "wounded", "kind"}
        )


def _role(label: str) -> str | None:
    return ROLES.get(label.lower().replace("(s)", "s").strip())


def _may_have_a_date_field(text: str) -> bool:
    colon = text.find(":")
    while colon != -1:
        if _DATE_LABEL_END.search(text, max(0, colon - 12), colon):
            return True
        colon = text.find(":", colon + 1)
    return False


def fact_boxes(text: str) -> list[FactBox]:
    """Every run of two or more labelled lines that has a date field, in order.

    Lines of a run may be parted by blank lines; any other line ends it.
    """
    if not _may_have_a_date_field(text):
        return []
    boxes: list[FactBox] = []
    run: list[Field] = []
    run_start = run_end = 0
    for m in _FIELD.finditer(text):
        role = _role(m.group("label"))
        joined = bool(run) and _BLANK.fullmatch(text, run_end, m.start()) is not None
        if role is None or not joined:
            if len(run) >= 2 and any(f.role == "date" for f in run):
                boxes.append(FactBox(run_start, run_end, tuple(run)))
            run = []
        if role is None:
            continue
        if not run:
            run_start = m.start()
        run.append(Field(m.group("label"), role, m.start("value"), m.end("value"), m.group("value")))
        run_end = m.end() + (1 if text.startswith("\n", m.end()) else 0)
    if len(run) >= 2 and any(f.role == "date" for f in run):
        boxes.append(FactBox(run_start, run_end, tuple(run)))
    return boxes


def event_box_spans(text: str) -> list[tuple[int, int]]:
    """Where the date fields of event boxes are: text no publication date may come from."""
    return [
        (f.start, f.end)
        for box in fact_boxes(text)
        if box.describes_an_event
        for f in box.fields
        if f.role == "date"
    ]


def without_event_dates(text: str) -> str:
    """``text`` with the date fields of event boxes blanked out, offsets kept."""
    for start, end in event_box_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
