"""The data the dashboard shows, as frames, and the pure functions that filter it.

Loading happens once per file change (the UI caches it); filtering is vectorised
pandas on precomputed day numbers, so a slider move costs milliseconds even with
a hundred thousand events.

Time windows have explicit semantics: in *range* mode an event is shown when its
own window ``[event_date, end_date]`` overlaps the selected range; in *as of* mode
every event that started on or before the date is shown.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from geo.config import Paths, paths
from geo.model import EVENT_TYPES

EPOCH = np.datetime64("1970-01-01", "D")


class NoDataError(FileNotFoundError):
    """The build outputs are missing: run ``python -m geo build`` (``make data``)."""


def day_number(value: dt.date | np.datetime64 | pd.Timestamp) -> int:
    return int((np.datetime64(pd.Timestamp(value).date(), "D") - EPOCH).astype(int))


def from_day_number(n: int) -> dt.date:
    return (EPOCH + np.timedelta64(int(n), "D")).astype(dt.date)


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """Add the derived columns filters and maps need (done once, at load)."""
    out = frame.copy()
    out["start"] = pd.to_datetime(out["event_date"]).dt.normalize()
    out["end"] = pd.to_datetime(out["end_date"]).dt.normalize()
    out["start_day"] = ((out["start"].to_numpy(dtype="datetime64[D]") - EPOCH).astype(np.int64)).astype(
        np.int32
    )
    out["end_day"] = ((out["end"].to_numpy(dtype="datetime64[D]") - EPOCH).astype(np.int64)).astype(np.int32)
    out["event_type"] = pd.Categorical(out["event_type"], categories=list(EVENT_TYPES))
    out["reviewed"] = out["reviewed"].astype(bool)
    pairs = zip(out["actor1"], out["actor2"], strict=True)
    out["actors"] = [[a for a in pair if isinstance(a, str) and a] for pair in pairs]
    out["documents"] = [[x for x in s.split("; ") if x] for s in out["source"].fillna("")]
    for col in ("fatalities", "fatalities_low", "fatalities_high"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    out["layer"] = out.get("layer", pd.Series("text", index=out.index)).fillna("text")
    # a build from before the column: no village was told apart from its place
    out["named_place"] = out.get("named_place", pd.Series("", index=out.index)).fillna("")
    return out.reset_index(drop=True)


def read_events(p: Paths | None = None) -> pd.DataFrame:
    """The built events (GeoParquet when present, else GeoJSON), prepared for filtering."""
    p = p or paths()
    parquet, geojson = p.build / "events.parquet", p.build / "events.geojson"
    if parquet.exists():
        frame = pd.read_parquet(parquet)
        frame = frame.drop(columns=[c for c in ("geometry",) if c in frame.columns])
    elif geojson.exists():
        data = json.loads(geojson.read_text(encoding="utf-8"))
        frame = pd.DataFrame([f["properties"] for f in data["features"]])
    else:
        frame = None
    imported = dataset_frames(p)
    if frame is None and not imported:
        raise NoDataError(f"{p.build} has no events: run `python -m geo build` (or `make data`)")
    layers = ([frame.assign(layer="text")] if frame is not None else []) + imported
    return prepare(pd.concat(layers, ignore_index=True) if len(layers) > 1 else layers[0])


def dataset_frames(p: Paths | None = None) -> list[pd.DataFrame]:
    """Imported datasets (ACLED, UCDP…), one frame per layer, in the events' columns."""
    from geo.workspace import dataset_files

    frames = []
    for path in dataset_files(p):
        frame = pd.read_parquet(path)
        frames.append(frame.drop(columns=[c for c in ("geometry",) if c in frame.columns]))
    return frames


def read_places(p: Paths | None = None) -> pd.DataFrame:
    p = p or paths()
    path = p.build / "places.geojson"
    if not path.exists():
        raise NoDataError(f"{path} is missing: run `python -m geo build`")
    data = json.loads(path.read_text(encoding="utf-8"))
    return pd.DataFrame([f["properties"] for f in data["features"]])


def files_signature(p: Paths | None = None) -> tuple[tuple[str, float], ...]:
    """Modification times of the build outputs and imported datasets: a cache key that changes with them."""
    from geo.workspace import dataset_files

    p = p or paths()
    names = ("events.parquet", "events.geojson", "places.geojson")
    built = tuple((n, (p.build / n).stat().st_mtime) for n in names if (p.build / n).exists())
    return built + tuple((f.name, f.stat().st_mtime) for f in dataset_files(p))


# --- filters ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the user asked to see. Empty tuples mean "no restriction"."""

    start: dt.date
    end: dt.date
    mode: str = "range"  # "range" or "asof"
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    status: str = "all"  # "all", "reviewed", "machine"
    time_precision: tuple[int, ...] = ()
    geo_precision: tuple[int, ...] = ()
    layers: tuple[str, ...] = field(default=())


def time_mask(frame: pd.DataFrame, f: Filters) -> np.ndarray:
    end = day_number(f.end)
    if f.mode == "asof":
        return frame["start_day"].to_numpy() <= end
    start = day_number(f.start)
    return (frame["start_day"].to_numpy() <= end) & (frame["end_day"].to_numpy() >= start)


def attribute_mask(frame: pd.DataFrame, f: Filters) -> np.ndarray:
    mask = np.ones(len(frame), dtype=bool)
    if f.types:
        mask &= frame["event_type"].isin(f.types).to_numpy()
    if f.status == "reviewed":
        mask &= frame["reviewed"].to_numpy()
    elif f.status == "machine":
        mask &= ~frame["reviewed"].to_numpy()
    if f.time_precision:
        mask &= frame["time_precision"].isin(f.time_precision).to_numpy()
    if f.geo_precision:
        mask &= frame["geo_precision"].isin(f.geo_precision).to_numpy()
    if f.actors:
        wanted = set(f.actors)
        mask &= frame["actors"].map(lambda xs: bool(wanted.intersection(xs))).to_numpy()
    if f.documents:
        wanted_docs = set(f.documents)
        mask &= frame["documents"].map(lambda xs: bool(wanted_docs.intersection(xs))).to_numpy()
    if f.layers:
        mask &= frame["layer"].isin(f.layers).to_numpy()
    return mask


def apply(frame: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The events in view."""
    return frame[time_mask(frame, f) & attribute_mask(frame, f)]


def span(frame: pd.DataFrame) -> tuple[dt.date, dt.date]:
    """First and last day of the data, padded to whole years (2012 → 2025 for the seeds)."""
    if frame.empty:
        today = dt.date.today()
        return dt.date(today.year - 1, 1, 1), dt.date(today.year, 12, 31)
    first = frame["start"].min().date()
    last = frame["end"].max().date()
    return dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)


def all_actors(frame: pd.DataFrame) -> list[str]:
    seen: dict[str, int] = {}
    for actors in frame["actors"]:
        for a in actors:
            seen[a] = seen.get(a, 0) + 1
    return sorted(seen, key=lambda a: (-seen[a], a))


def all_documents(frame: pd.DataFrame) -> list[str]:
    return sorted({d for docs in frame["documents"] for d in docs})


def monthly_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Events per month and type, for the timeline chart."""
    if frame.empty:
        return pd.DataFrame(columns=["month", "event_type", "events"])
    month = frame["start"].dt.to_period("M").dt.to_timestamp()
    counts = (
        frame.assign(month=month)
        .groupby(["month", "event_type"], observed=True)
        .size()
        .rename("events")
        .reset_index()
    )
    counts["event_type"] = counts["event_type"].astype(str)
    return counts


def age_weights(frame: pd.DataFrame, as_of: dt.date, fade_days: int = 730) -> np.ndarray:
    """1 for an event on ``as_of``, falling to 0.25 for events ``fade_days`` older."""
    age = day_number(as_of) - frame["start_day"].to_numpy()
    return np.clip(1.0 - age / fade_days * 0.75, 0.25, 1.0)


def read_document_text(source_id: str, p: Paths | None = None) -> str | None:
    """The text of a source document by its id (seed file name), for the reading pane."""
    p = p or paths()
    path = p.seeds / Path(source_id).name
    if path.exists():
        from geo.corpus import load_document

        return load_document(path).text
    from geo.intake import workspace_text

    return workspace_text(source_id, p)
