"""Scoring the geoparser (and, once present, the event extractor) against hand-made gold.

``make eval`` prints the figures. Toponyms are scored two ways: recognition
(the exact character span) and resolution (span and place); geocoding error is
the distance between the chosen place and the gold place.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from geo.gazetteer import Gazetteer, km_between
from geo.model import Document, Event, Mention

GOLD_PLACES = Path(__file__).resolve().parent.parent / "tests" / "gold" / "places.csv"
FAR_KM = 5.0


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int
    end: int
    text: str
    place_id: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ToponymReport:
    recognition: Score = field(default_factory=Score)
    resolution: Score = field(default_factory=Score)
    far: list[tuple[GoldMention, str, float]] = field(default_factory=list)
    missed: list[GoldMention] = field(default_factory=list)
    spurious: list[Mention] = field(default_factory=list)
    wrong_place: list[tuple[GoldMention, str]] = field(default_factory=list)
    per_doc: dict[str, tuple[Score, Score]] = field(default_factory=dict)


def read_gold(path: Path = GOLD_PLACES) -> list[GoldMention]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            GoldMention(r["doc"], int(r["start"]), int(r["end"]), r["text"], r["place_id"])
            for r in csv.DictReader(fh)
        ]


def score_toponyms(
    predicted: list[Mention], gold: list[GoldMention], gazetteer: Gazetteer, docs: set[str] | None = None
) -> ToponymReport:
    docs = docs or {g.doc for g in gold}
    report = ToponymReport()
    pred_by_span = {(m.doc_id, m.start, m.end): m for m in predicted if m.doc_id in docs}
    gold_by_span = {(g.doc, g.start, g.end): g for g in gold if g.doc in docs}
    per_doc: dict[str, list[Score]] = defaultdict(lambda: [Score(), Score()])
    for span, g in gold_by_span.items():
        rec, res = per_doc[g.doc]
        m = pred_by_span.get(span)
        if m is None:
            report.missed.append(g)
            for s in (report.recognition, report.resolution, rec, res):
                s.fn += 1
            continue
        report.recognition.tp += 1
        rec.tp += 1
        if m.place.place_id == g.place_id:
            report.resolution.tp += 1
            res.tp += 1
        else:
            report.wrong_place.append((g, m.place.place_id))
            for s in (report.resolution, res):
                s.fp += 1
                s.fn += 1
        gold_place = gazetteer.places.get(g.place_id)
        km = km_between(gold_place, m.place) if gold_place else None
        if km is not None and km > FAR_KM:
            report.far.append((g, m.place.place_id, km))
    for span, m in pred_by_span.items():
        if span not in gold_by_span:
            report.spurious.append(m)
            rec, res = per_doc[m.doc_id]
            for s in (report.recognition, report.resolution, rec, res):
                s.fp += 1
    report.per_doc = {doc: (scores[0], scores[1]) for doc, scores in sorted(per_doc.items())}
    return report


def format_toponym_report(report: ToponymReport) -> str:
    lines = [
        "Toponyms against tests/gold/places.csv",
        f"{'':<26}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}",
    ]
    for label, s in (
        ("recognition (span)", report.recognition),
        ("resolution (span+place)", report.resolution),
    ):
        lines.append(f"{label:<26}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6}{s.fp:5}{s.fn:5}")
    lines.append(f"geocodes more than {FAR_KM:g} km from the gold place: {len(report.far)}")
    lines.append("per document (resolution):")
    for doc, (_rec, res) in report.per_doc.items():
        lines.append(f"  {doc:<28} P={res.precision:.3f} R={res.recall:.3f} F1={res.f1:.3f}")
    for g in report.missed:
        lines.append(f"  missed   {g.doc[:3]} {g.start:>6} {g.text!r} ({g.place_id})")
    for m in report.spurious:
        lines.append(f"  spurious {m.doc_id[:3]} {m.start:>6} {m.matched_text!r} -> {m.place.place_id}")
    for g, pid in report.wrong_place:
        lines.append(f"  wrong    {g.doc[:3]} {g.start:>6} {g.text!r}: {pid}, gold {g.place_id}")
    for g, pid, km in report.far:
        lines.append(
            f"  far      {g.doc[:3]} {g.start:>6} {g.text!r}: {pid} is {km:.0f} km from {g.place_id}"
        )
    return "\n".join(lines)


def evaluate_toponyms(
    documents: list[Document], gazetteer: Gazetteer, gold_path: Path = GOLD_PLACES
) -> ToponymReport:
    from geo.toponyms import recognise

    gold = read_gold(gold_path)
    predicted: list[Mention] = []
    for d in documents:
        predicted += recognise(d.text, gazetteer, doc_id=d.doc_id, sentences=d.sentences).mentions
    return score_toponyms(predicted, gold, gazetteer, {g.doc for g in gold})


# --- events -------------------------------------------------------------------------------------

CORE_TYPES = ("coup", "coup_attempt", "atrocity", "base_handover")


@dataclass
class EventMatch:
    gold: Event
    predicted: Event
    date_within: bool  # the predicted window lies inside a window some source gives
    date_exact: bool  # the same window as the catalogue's own date
    place_ok: bool  # same place, within 25 km, or both at the same country level


@dataclass
class EventReport:
    per_type: dict[str, Score] = field(default_factory=dict)
    matches: list[EventMatch] = field(default_factory=list)
    missed: list[Event] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)

    def combined(self, types: tuple[str, ...] = CORE_TYPES) -> Score:
        total = Score()
        for t in types:
            s = self.per_type.get(t, Score())
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        return total

    def rate(self, attribute: str, types: tuple[str, ...] = CORE_TYPES) -> float:
        chosen = [m for m in self.matches if m.gold.event_type in types]
        return sum(getattr(m, attribute) for m in chosen) / len(chosen) if chosen else 0.0


def _match_quality(gold: Event, predicted: Event) -> tuple[int, int, int]:
    from geo.merge import windows

    own = (gold.event_date, gold.end_date)
    exact = (predicted.event_date, predicted.end_date) == own
    within = any(a <= predicted.event_date and predicted.end_date <= b for a, b, _ in windows(gold))
    same_spot = (
        gold.place is not None
        and predicted.place is not None
        and (gold.place.place_id == predicted.place.place_id)
    )
    return (int(exact), int(within), int(same_spot))


def score_events(predicted: list[Event], gold: list[Event]) -> EventReport:
    """One-to-one matching of extracted events to the catalogue.

    A pair matches when :func:`geo.merge.same_event` holds (same type, a date
    window of one overlapping a window any source gives for the other, compatible
    places). Each catalogue event takes its best candidate once, so an event the
    extractor splits in two counts one true and one false positive — a duplicate
    marker is an error on the map too.
    """
    from geo.merge import same_event, same_place

    report = EventReport()
    types = sorted({e.event_type for e in gold} | {e.event_type for e in predicted})
    report.per_type = {t: Score() for t in types}
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if same_event(g, p):
                pairs.append((_match_quality(g, p), p.confidence, gi, pi))
    pairs.sort(key=lambda x: (x[0], x[1]), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for quality, _, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        g, p = gold[gi], predicted[pi]
        report.per_type[g.event_type].tp += 1
        place_ok = bool(quality[2]) or (
            same_place(g, p) and (g.geo_precision == p.geo_precision or g.geo_precision < 3 > p.geo_precision)
        )
        report.matches.append(EventMatch(g, p, bool(quality[1]), bool(quality[0]), place_ok))
    for gi, g in enumerate(gold):
        if gi not in used_gold:
            report.per_type[g.event_type].fn += 1
            report.missed.append(g)
    for pi, p in enumerate(predicted):
        if pi not in used_pred:
            report.per_type[p.event_type].fp += 1
            report.spurious.append(p)
    return report


def extract_corpus_events(documents: list[Document], gazetteer: Gazetteer) -> list[Event]:
    """Every document's events, merged across documents as the build merges them."""
    from geo.merge import merge_events
    from geo.pipeline import extract_document

    events = [e for d in documents for e in extract_document(d, gazetteer, with_events=True).events]
    return merge_events(events)


def evaluate_events(
    documents: list[Document], gazetteer: Gazetteer, catalogue: Path | None = None
) -> EventReport:
    from geo import catalog
    from geo.config import paths

    gold = catalog.load(catalogue or paths().catalogue, gazetteer)
    return score_events(extract_corpus_events(documents, gazetteer), gold)


def _describe(e: Event) -> str:
    window = e.event_date.isoformat() if e.event_date == e.end_date else f"{e.event_date}..{e.end_date}"
    place = e.place.place_id if e.place else "-"
    return f"{e.event_type:<13} {window:<23} {place:<16} {e.sub_event_type[:40]}"


def format_event_report(report: EventReport) -> str:
    lines = [
        "Events extracted from the seeds against the curated catalogue (data/events.yaml)",
        f"{'':<26}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}",
    ]
    for t, s in report.per_type.items():
        lines.append(f"{t:<26}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6}{s.fp:5}{s.fn:5}")
    for label, types in (("core four types", CORE_TYPES), ("all types", tuple(report.per_type))):
        s = report.combined(types)
        lines.append(f"{label:<26}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6}{s.fp:5}{s.fn:5}")
    for label, types in (("core", CORE_TYPES), ("all", tuple(report.per_type))):
        lines.append(
            f"matched ({label}): date inside a sourced window {report.rate('date_within', types):.3f}, "
            f"same window as the catalogue {report.rate('date_exact', types):.3f}, "
            f"place right {report.rate('place_ok', types):.3f}"
        )
    for e in report.missed:
        lines.append(f"  missed   {_describe(e)}")
    for e in report.spurious:
        lines.append(f"  spurious {_describe(e)}")
    for m in report.matches:
        if not (m.date_within and m.place_ok):
            lines.append(f"  loose    {_describe(m.predicted)}  (catalogue: {_describe(m.gold)})")
    return "\n".join(lines)
