"""Briefings: ordered map views with a story — ``data/briefings/*.yaml``.

A briefing is a title and a list of steps. Each step says *when* (one date, shown
"as of" it, or a range), *where* (a centre and zoom, or a bounding box), *what*
(event types, layers, events to highlight) and *what to say* (title, caption,
speaker notes). The presenter view, the snapshot command and the deck export all
read the same file; edits from the app are written back atomically.

Example step::

    - title: The Gossi handover and the grave
      from: 2022-04-01
      to: 2022-04-30
      bbox: [-2.3, 15.2, -0.4, 16.5]        # west, south, east, north
      types: [base_handover, atrocity]
      highlight: [ml-2022-04-19-gossi-handover]
      caption: France hands Gossi's base to the Malian army on 19 April …
      notes: Mention the French drone footage and the information war.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from geo import atomic
from geo.config import Paths, paths
from geo.model import EVENT_TYPES, read_date

LAYER_NAMES = ("mentions", "bases")


class BriefingError(ValueError):
    """The briefing file is malformed; ``problems`` lists every issue."""

    def __init__(self, problems: list[str]):
        more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__("; ".join(problems[:5]) + more)
        self.problems = problems


@dataclass(frozen=True)
class Step:
    title: str
    start: dt.date
    end: dt.date
    mode: str = "range"  # "range" (events in [start, end]) or "asof" (everything up to end)
    center: tuple[float, float] | None = None
    zoom: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    types: tuple[str, ...] = ()
    layers: tuple[str, ...] = ("bases",)
    highlight: tuple[str, ...] = ()
    caption: str = ""
    notes: str = ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title}
        if self.mode == "asof":
            out["date"] = self.end
        else:
            out["from"], out["to"] = self.start, self.end
        if self.bbox:
            out["bbox"] = [round(v, 4) for v in self.bbox]
        elif self.center:
            out["center"] = [round(self.center[0], 4), round(self.center[1], 4)]
            out["zoom"] = self.zoom or 6
        for key in ("types", "layers", "highlight"):
            value = getattr(self, key)
            if value or key == "layers":
                out[key] = list(value)
        if self.caption:
            out["caption"] = self.caption
        if self.notes:
            out["notes"] = self.notes
        return out


@dataclass(frozen=True)
class Briefing:
    title: str
    steps: tuple[Step, ...]
    subtitle: str = ""
    path: Path | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title}
        if self.subtitle:
            out["subtitle"] = self.subtitle
        out["steps"] = [s.as_dict() for s in self.steps]
        return out

    def with_steps(self, steps: list[Step]) -> Briefing:
        return replace(self, steps=tuple(steps))


def _floats(value: Any, n: int, where: str, problems: list[str]) -> tuple[float, ...] | None:
    try:
        numbers = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        numbers = ()
    if len(numbers) != n:
        problems.append(f"{where}: needs {n} numbers")
        return None
    return numbers


def parse_step(raw: Any, where: str, problems: list[str]) -> Step | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: a step is a mapping")
        return None
    before = len(problems)
    title = str(raw.get("title") or "").strip()
    if not title:
        problems.append(f"{where}: needs a title")
    start: dt.date | None
    if "date" in raw:
        day = read_date(raw["date"], f"{where} date", problems)
        start, end, mode = dt.date(2012, 1, 1), day, "asof"
        if day and day < start:
            start = dt.date(day.year, 1, 1)
    else:
        start = read_date(raw.get("from"), f"{where} from", problems)
        end = read_date(raw.get("to"), f"{where} to", problems)
        mode = "range"
        if start and end and end < start:
            problems.append(f"{where}: 'to' is before 'from'")
    bbox = center = None
    zoom = None
    if "bbox" in raw:
        bbox = _floats(raw["bbox"], 4, f"{where} bbox", problems)
        if bbox and not (bbox[0] < bbox[2] and bbox[1] < bbox[3]):
            problems.append(f"{where}: bbox must be west, south, east, north")
    elif "center" in raw:
        center = _floats(raw["center"], 2, f"{where} center", problems)
        zoom = int(raw.get("zoom", 6))
    types = tuple(str(t) for t in raw.get("types") or ())
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        problems.append(f"{where}: unknown event types {unknown}")
    layers = tuple(str(x) for x in raw.get("layers", ("bases",)) or ())
    if bad := [x for x in layers if x not in LAYER_NAMES]:
        problems.append(f"{where}: unknown layers {bad} (use {', '.join(LAYER_NAMES)})")
    if len(problems) > before or start is None or end is None:
        return None
    return Step(
        title=title,
        start=start,
        end=end,
        mode=mode,
        center=center,  # type: ignore[arg-type]
        zoom=zoom,
        bbox=bbox,  # type: ignore[arg-type]
        types=types,
        layers=layers,
        highlight=tuple(str(h) for h in raw.get("highlight") or ()),
        caption=" ".join(str(raw.get("caption") or "").split()),
        notes=str(raw.get("notes") or "").strip(),
    )


def load(path: Path) -> Briefing:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BriefingError([f"{path.name}: {exc}"]) from None
    except ValueError as exc:  # YAML reads 2020-13-01 as a date and fails on it
        raise BriefingError([f"{path.name}: {exc} (not a date)"]) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("steps"), list):
        raise BriefingError([f"{path.name}: needs a title and a list of steps"])
    problems: list[str] = []
    steps = [parse_step(s, f"{path.name} step {i + 1}", problems) for i, s in enumerate(raw["steps"])]
    if problems:
        raise BriefingError(problems)
    return Briefing(
        title=str(raw.get("title") or path.stem),
        subtitle=str(raw.get("subtitle") or ""),
        steps=tuple(s for s in steps if s is not None),
        path=path,
    )


def dump(briefing: Briefing) -> str:
    header = "# A Mali Atlas briefing: see geo/briefing.py for the format.\n"
    return header + yaml.safe_dump(briefing.as_dict(), allow_unicode=True, sort_keys=False, width=100)


def save(briefing: Briefing, path: Path | None = None) -> Path:
    """Write the briefing atomically (a crash leaves the previous file)."""
    target = path or briefing.path
    if target is None:
        raise ValueError("no path to save the briefing to")
    atomic.write_text(target, dump(briefing))
    return target


def briefings_dir(p: Paths | None = None) -> Path:
    return (p or paths()).data / "briefings"


def available(p: Paths | None = None) -> list[Path]:
    folder = briefings_dir(p)
    return sorted(folder.glob("*.yaml")) if folder.exists() else []


def move(steps: list[Step], index: int, offset: int) -> list[Step]:
    """The steps with step ``index`` moved by ``offset`` places (clamped)."""
    out = list(steps)
    target = max(0, min(len(out) - 1, index + offset))
    out.insert(target, out.pop(index))
    return out
