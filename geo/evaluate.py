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

from geo.gazetteer import Gazetteer, haversine_km
from geo.model import Document, Mention

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
        if gold_place and gold_place.has_coordinates and m.place.has_coordinates:
            km = haversine_km(gold_place.latitude, gold_place.longitude, m.place.latitude, m.place.longitude)  # type: ignore[arg-type]
            if km > FAR_KM:
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
