"""``python -m geo``: the command-line interface.

Every command is a function taking parsed arguments and returning an exit code,
so tests call :func:`main` with an argument list. Errors a user can fix are
printed as one clear line on stderr with a non-zero exit code, never a
traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geo import __version__


class CommandError(Exception):
    """An error to report to the user as one line (exit code 2)."""


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


# --- build -----------------------------------------------------------------------------


def cmd_build(args: argparse.Namespace) -> int:
    from geo.build import build

    result = build()
    print(
        f"{len(result.documents)} documents, {len(result.mentions)} place mentions, "
        f"{len(result.curated)} curated + {len(result.extracted)} extracted events"
    )
    for path in result.files:
        print(f"  wrote {path}")
    for refusal in result.refused:
        print(f"  skipped: {refusal}", file=sys.stderr)
    return 0


# --- extract ---------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from geo import corpus, engine

    if args.published:
        try:
            corpus.parse_iso_period(args.published)
        except corpus.ManifestError as exc:
            raise CommandError(f"--published: {exc}") from None
    output: dict[str, list] = {"documents": [], "places": [], "events": []}
    failures = 0
    for result in engine.run(
        args.paths,
        engine=args.engine,
        manifest_file=args.manifest,
        published=args.published,
        scheduler=args.scheduler,
        workers=args.workers,
    ):
        if result.error:
            _err(result.error)
            failures += 1
            continue
        for warning in (result.document or {}).get("warnings", []):
            print(f"warning: {result.path}: {warning}", file=sys.stderr)
        output["documents"].append(result.document)
        output["places"] += result.places or []
        output["events"] += result.events or []
    if args.json:
        json.dump(output, sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
        sys.stdout.write("\n")
    else:
        for doc in output["documents"]:
            print(f"{doc['path']}: {doc['title']}")
        for p in output["places"]:
            print(
                f"  {p['start']:>7} {p['matched_text']:<24} {p['name']} ({p['latitude']}, {p['longitude']})"
            )
        for e in output["events"]:
            print(f"  {e['event_date']} {e['event_type']:<14} {e['location']}: {e['source_quote'][:80]}")
    return 1 if failures and not output["documents"] else (3 if failures else 0)


def _event_json(record: dict) -> dict:
    out = dict(record)
    for key in ("claims", "sources", "date_claims"):
        out[key] = json.loads(out[key])
    return out


# --- gazetteer -------------------------------------------------------------------------


def cmd_gazetteer_import(args: argparse.Namespace) -> int:
    from geo.gazetteer import GazetteerError, import_geonames_dump

    try:
        report = import_geonames_dump(Path(args.file))
    except GazetteerError as exc:
        raise CommandError(str(exc)) from exc
    print(f"read {report.read} rows, imported {report.imported}, skipped {report.skipped}")
    for problem in (report.problems or [])[:20]:
        print(f"  {problem}", file=sys.stderr)
    return 0


def cmd_gazetteer_search(args: argparse.Namespace) -> int:
    from geo import gazetteer

    for place, score in gazetteer.load().search(args.query, limit=args.limit):
        print(
            f"{score:5.1f}  {place.place_id:<24} {place.name:<28} {place.feature:<12} "
            f"{place.latitude}, {place.longitude}  [{place.source}]"
        )
    return 0


def cmd_geocode(args: argparse.Namespace) -> int:
    from geo.geocoding import OfflineError, OnlineGeocoder

    geocoder = OnlineGeocoder(enabled=True if args.online else None)
    try:
        result = geocoder.lookup(args.query, country_codes=args.countries)
    except OfflineError as exc:
        raise CommandError(str(exc)) from exc
    if result is None:
        print(f"no match for {args.query!r}")
        return 1
    print(result.name)
    print(f"  {result.latitude}, {result.longitude}  ({result.source}, {result.osm_type} {result.osm_id})")
    return 0


# --- catalogue and evaluation -------------------------------------------------------------


def cmd_catalog_check(args: argparse.Namespace) -> int:
    from geo import catalog, corpus, gazetteer
    from geo.config import paths

    gaz = gazetteer.load()
    try:
        events = catalog.load(paths().catalogue, gaz)
    except catalog.CatalogueError as exc:
        for problem in exc.problems:
            _err(problem)
        return 1
    documents, _ = corpus.load_seeds()
    problems = catalog.check_quotes(events, {d.doc_id: d.text for d in documents})
    for problem in problems:
        _err(problem)
    if not problems:
        print(f"{len(events)} events: every field valid, every quote verbatim in its source")
    return 1 if problems else 0


def cmd_catalog_export(args: argparse.Namespace) -> int:
    """The catalogue with every reviewed workspace event, in the catalogue's own YAML format."""
    from geo import catalog, gazetteer, workspace
    from geo.build import with_decisions
    from geo.config import paths

    p = paths()
    gaz = gazetteer.load()
    decisions = []
    if workspace.exists(p):
        with workspace.connect(p, create=False) as conn:
            decisions = workspace.decisions(conn)
    reviewed = with_decisions(catalog.load(p.catalogue, gaz), decisions, gaz)
    events = sorted(reviewed, key=lambda e: (e.event_date, e.event_id))
    if args.out:
        catalog.write(Path(args.out), events)
        print(f"{len(events)} events written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(catalog.dump(events))
    return 0


# --- ingest and import -------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    """Add documents to the workspace; any refusal refuses the batch and writes nothing."""
    from geo import intake
    from geo.ingest import DEFAULT_MAX_BYTES

    max_bytes = int(args.max_mb * 1024 * 1024) if args.max_mb else DEFAULT_MAX_BYTES
    candidates, errors = intake.check_paths(
        [Path(x) for x in args.paths], published=args.published, title=args.title or "", max_bytes=max_bytes
    )
    if errors:
        for exc in errors:
            _err(str(exc))
        _err(f"nothing was added: {len(errors)} of {len(args.paths)} file(s) refused")
        return 1
    result = intake.store(candidates, actor=args.actor or "")
    for stored in result.added:
        print(f"added {stored.doc_id}: {stored.title} (published {stored.published or 'unknown'})")
    for stored in result.duplicates:
        print(f"already in the workspace as {stored.doc_id}: {stored.title}")
    if result.added and not args.no_build:
        return cmd_build(args)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import an ACLED or UCDP GED CSV export as a map layer."""
    from geo import datasets, workspace

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    try:
        result = datasets.READERS[args.dataset](path, name=path.name, layer=args.layer or args.dataset)
    except datasets.DatasetError as exc:
        raise CommandError(str(exc)) from None
    if result.loaded == 0:
        for line in result.skipped[:20]:
            _err(line)
        raise CommandError(f"{path.name}: no usable rows ({len(result.skipped)} problems); nothing imported")
    target = workspace.save_dataset(result, file_name=path.name, actor=args.actor or "")
    skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
    print(f"{result.loaded} rows imported as layer '{result.layer}'{skipped} ({target})")
    if result.skipped:
        print(f"{len(result.skipped)} rows skipped:", file=sys.stderr)
        for line in result.skipped[: args.show]:
            print(f"  {line}", file=sys.stderr)
    return 0


# --- snapshot and deck --------------------------------------------------------------------


def _day(value: str, flag: str):  # -> datetime.date
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{flag} {value!r}: give a date as YYYY-MM-DD") from None


def _spec_from_args(args: argparse.Namespace):  # -> geo.snapshot.Spec
    import datetime as dt
    from dataclasses import replace

    from geo import briefing, snapshot

    if args.briefing:
        try:
            b = briefing.load(Path(args.briefing))
        except briefing.BriefingError as exc:
            raise CommandError(str(exc)) from None
        if not 1 <= (args.step or 1) <= len(b.steps):
            raise CommandError(f"--step must be between 1 and {len(b.steps)}")
        spec = snapshot.from_step(b.steps[(args.step or 1) - 1], briefing_title=b.title, index=args.step or 1)
    else:
        if args.date:
            spec = snapshot.Spec(start=dt.date(1990, 1, 1), end=_day(args.date, "--date"), mode="asof")
        else:
            start = _day(args.start, "--from") if args.start else dt.date(2012, 1, 1)
            end = _day(args.end, "--to") if args.end else dt.date(2025, 12, 31)
            if end < start:
                raise CommandError("--to is before --from")
            spec = snapshot.Spec(start=start, end=end)
    changes: dict = {"width": args.width, "height": args.height}
    if args.bbox:
        try:
            west, south, east, north = (float(v) for v in args.bbox.split(","))
        except ValueError:
            raise CommandError("--bbox is west,south,east,north in degrees, e.g. -2.5,15,0,16.5") from None
        if not (west < east and south < north):
            raise CommandError("--bbox must be west,south,east,north with west < east and south < north")
        changes.update(bbox=(west, south, east, north), center=None)
    if args.types:
        from geo.model import EVENT_TYPES

        bad = [t for t in args.types if t not in EVENT_TYPES]
        if bad:
            raise CommandError(f"unknown --types {bad}; use {', '.join(EVENT_TYPES)}")
        changes["types"] = tuple(args.types)
    for name in ("title", "caption"):
        if getattr(args, name):
            changes[name] = getattr(args, name)
    if args.highlight:
        changes["highlight"] = tuple(args.highlight)
    return replace(spec, **changes)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """The map as a PNG (Chromium, or --static), SVG or PDF (static) or standalone HTML."""
    from geo import snapshot, staticmap, store

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in {".png", ".svg", ".pdf", ".html"}:
        raise CommandError(f"{out.name}: the output is .png, .svg, .pdf or .html")
    spec = _spec_from_args(args)
    try:
        frame = store.read_events()
    except store.NoDataError as exc:
        raise CommandError(str(exc)) from None
    if suffix == ".html":
        snapshot.write_html(spec, frame, out)
    elif suffix == ".png" and not args.static:
        try:
            snapshot.png(spec, frame, out, chromium=args.chromium)
        except snapshot.NoBrowserError as exc:
            raise CommandError(str(exc)) from None
    else:
        staticmap.render(spec, frame, out)
    print(f"wrote {out} ({len(snapshot.view(spec, frame))} events, {spec.window_label})")
    return 0


def cmd_deck(args: argparse.Namespace) -> int:
    from geo import briefing, deck, snapshot, store

    out = Path(args.out)
    if out.suffix.lower() not in {".pptx", ".pdf"}:
        raise CommandError(f"{out.name}: a deck is .pptx or .pdf")
    try:
        b = briefing.load(Path(args.briefing))
        frame = store.read_events()
        deck.export(b, frame, out, renderer=args.renderer)
    except briefing.BriefingError as exc:
        raise CommandError(str(exc)) from None
    except store.NoDataError as exc:
        raise CommandError(str(exc)) from None
    except snapshot.NoBrowserError as exc:
        raise CommandError(str(exc)) from None
    print(f"wrote {out}: a title slide and {len(b.steps)} steps")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from geo import corpus, gazetteer
    from geo.evaluate import evaluate_toponyms, format_toponym_report

    gaz = gazetteer.load()
    documents, _ = corpus.load_seeds()
    print(format_toponym_report(evaluate_toponyms(documents, gaz)))
    try:
        from geo.evaluate import evaluate_events, format_event_report
    except ImportError:
        return 0
    print()
    print(format_event_report(evaluate_events(documents, gaz)))
    return 0


# --- parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description="Mali Atlas command line")
    parser.add_argument("--version", action="version", version=f"mali-atlas {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="build data/build/ (GeoJSON, CSV, GeoPackage, GeoParquet)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("extract", help="find places and events in documents")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--manifest", help="manifest CSV giving titles and publication dates")
    p.add_argument("--published", help="publication date of every PATH (YYYY[-MM[-DD]]), over the manifest")
    p.add_argument("--engine", choices=["local", "dask"], default="local", help="where the work runs")
    p.add_argument("--scheduler", help="Dask scheduler address (default: a LocalCluster on this machine)")
    p.add_argument("--workers", type=int, help="LocalCluster worker processes (default: one per core)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("gazetteer", help="work with the gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")
    g = gsub.add_parser("import", help="import a GeoNames country dump (ML.txt format)")
    g.add_argument("file")
    g.set_defaults(func=cmd_gazetteer_import)
    g = gsub.add_parser("search", help="find places by name (typo-tolerant)")
    g.add_argument("query")
    g.add_argument("--limit", type=int, default=10)
    g.set_defaults(func=cmd_gazetteer_search)

    p = sub.add_parser("geocode", help="look a place up with Nominatim (opt-in, cached, 1 request/s)")
    p.add_argument("query")
    p.add_argument("--online", action="store_true", help="allow the network request")
    p.add_argument("--countries", default="ml", help="ISO country codes to restrict to (default: ml)")
    p.set_defaults(func=cmd_geocode)

    p = sub.add_parser("catalog", help="the curated event catalogue")
    csub = p.add_subparsers(dest="catalog_command", required=True, metavar="ACTION")
    c = csub.add_parser("check", help="validate data/events.yaml against the gazetteer and the seeds")
    c.set_defaults(func=cmd_catalog_check)
    c = csub.add_parser("export", help="the catalogue with every reviewed workspace event, as YAML")
    c.add_argument("--out", help="write here (atomically) instead of printing")
    c.set_defaults(func=cmd_catalog_export)

    p = sub.add_parser(
        "ingest",
        help="add documents (text, Markdown, HTML, PDF, RSS or Atom feeds) to the workspace and extract them",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", help="publication date (YYYY, YYYY-MM, YYYY-MM-DD or 'unknown')")
    p.add_argument("--title", help="title (default: the document's own)")
    p.add_argument("--max-mb", type=float, help="size limit per file (default 5)")
    p.add_argument("--actor", help="who is adding (kept in the audit trail)")
    p.add_argument("--no-build", action="store_true", help="store only; do not rebuild data/build/")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("import", help="import an ACLED or UCDP GED CSV export as a map layer")
    p.add_argument("dataset", choices=["acled", "ucdp"])
    p.add_argument("file")
    p.add_argument("--layer", help="layer name (default: the dataset's)")
    p.add_argument("--actor", help="who is importing (kept in the audit trail)")
    p.add_argument("--show", type=int, default=20, help="how many skipped rows to list")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("snapshot", help="export the map: .png (Chromium or --static), .svg, .pdf or .html")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--date", help="everything up to this date (YYYY-MM-DD)")
    when.add_argument("--from", dest="start", help="window start (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", help="window end (YYYY-MM-DD)")
    p.add_argument("--bbox", help="west,south,east,north in degrees")
    p.add_argument("--types", nargs="+", help="event types to show")
    p.add_argument("--highlight", nargs="+", help="event ids to ring")
    p.add_argument("--title")
    p.add_argument("--caption")
    p.add_argument("--briefing", help="take the view from a briefing file …")
    p.add_argument("--step", type=int, help="… and this step of it (1-based)")
    p.add_argument("--out", required=True)
    p.add_argument("--static", action="store_true", help="draw a PNG with matplotlib instead of Chromium")
    p.add_argument("--chromium", help="path to Chromium/Chrome (default: found on PATH)")
    p.add_argument("--width", type=int, default=1400)
    p.add_argument("--height", type=int, default=900)
    p.set_defaults(func=cmd_snapshot)

    p = sub.add_parser("deck", help="a briefing as slides: .pptx or .pdf")
    p.add_argument("briefing", help="data/briefings/NAME.yaml")
    p.add_argument("--out", required=True)
    p.add_argument("--renderer", choices=["static", "chromium"], default="static", help="how maps are drawn")
    p.set_defaults(func=cmd_deck)

    p = sub.add_parser("eval", help="score the geoparser and extractor against tests/gold")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except CommandError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
