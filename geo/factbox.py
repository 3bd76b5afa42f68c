"""Fact boxes: the ``Date: … / Location: … / Casualties: …`` lines an encyclopaedia entry,
a database export or an incident sheet puts above its prose, and the rows of an incident
table (``| Date | Place | Perpetrators | Dead |``), each a box of its own.

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
    "location": "place", "locations": "place", "place": "place", "site": "place", "where": "place",
    "result": "event", "outcome": "event", "belligerents": "event", "combatants": "event",
    "perpetrator": "perpetrator", "perpetrators": "perpetrator", "attacker": "perpetrator",
    "attackers": "perpetrator", "attributed to": "perpetrator", "claimed by": "perpetrator",
    "target": "target", "targets": "target", "victims": "target",
    "deaths": "killed", "death toll": "killed", "killed": "killed", "dead": "killed", "toll": "killed",
    "fatalities": "killed", "casualties": "casualties", "casualties and losses": "casualties",
    "injured": "wounded", "wounded": "wounded", "non-fatal injuries": "wounded",
    "type": "kind", "attack type": "kind", "type of attack": "kind", "event type": "kind",
    "weapons": "event", "commanders": "event", "commanders and leaders": "event", "strength": "event",
    "motive": "event", "part of": "event",
    # "Description: A minibus struck an improvised explosive device …": what happened, in prose
    "description": "description", "details": "description", "summary": "description",
    "narrative": "description", "incident description": "description", "what happened": "description",
    "notes": "description", "comments": "description",
}  # fmt: skip
#: What a table's column heads may say besides a box's labels.
TABLE_ROLES = {
    **ROLES,
    "village": "place", "town": "place", "locality": "place", "scene": "place",
    "group": "perpetrator", "groups": "perpetrator", "actor": "perpetrator", "actors": "perpetrator",
    "responsible": "perpetrator", "by": "perpetrator",
    "suspected perpetrators": "perpetrator", "alleged perpetrators": "perpetrator",
    "suspected perpetrator": "perpetrator", "alleged perpetrator": "perpetrator",
    "number killed": "killed", "people killed": "killed",
    "event": "kind", "incident": "kind",
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
    #: for a table's row, where its table opens: what heads the table heads the row
    opens: int | None = None

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
    """Every run of two or more labelled lines that has a date field, and every table row
    that gives a date beside another field the column heads name, in order."""
    return sorted(_labelled_boxes(text) + table_boxes(text), key=lambda box: box.start)


#: ``| 23 March 2019 | Ogossagou | … |``: a row of a Markdown table, or of an HTML table read as one.
_ROW = re.compile(r"^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*$", re.M)
#: ``|---|:--:|``: the rule under a Markdown table's head.
_RULE_CELL = re.compile(r"\s*:?-+:?\s*")
_CELL_MARKUP = " \t*_"


def _cells(text: str, row: re.Match[str]) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell, without its padding and emphasis."""
    cells = []
    at = row.start("cells")
    for raw in row.group("cells").split("|"):
        value = raw.strip(_CELL_MARKUP)
        start = at + (raw.find(value) if value else 0)
        cells.append((start, start + len(value), value))
        at += len(raw) + 1
    return cells


def table_boxes(text: str) -> list[FactBox]:
    """Each row of a table (rows parted by nothing but blank lines) whose first row heads a
    date column and another the labels know: a box of the fields its cells fill."""
    if "|" not in text:
        return []
    boxes: list[FactBox] = []
    head: list[tuple[str, str | None]] = []
    opens = last_end = 0
    for row in _ROW.finditer(text):
        cells = _cells(text, row)
        if not head or _BLANK.fullmatch(text, last_end, row.start()) is None:
            head = [(value, TABLE_ROLES.get(value.lower().replace("(s)", "s"))) for _, _, value in cells]
            opens = row.start()
        elif len(cells) == len(head) and not all(_RULE_CELL.fullmatch(value) for _, _, value in cells):
            fields = tuple(
                Field(label, role, start, end, value)
                for (label, role), (start, end, value) in zip(head, cells, strict=True)
                if role is not None and value
            )
            if len(fields) >= 2 and any(f.role == "date" for f in fields):
                boxes.append(FactBox(row.start(), row.end(), fields, opens))
        last_end = row.end() + (1 if text.startswith("\n", row.end()) else 0)
    return boxes


def _labelled_boxes(text: str) -> list[FactBox]:
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
