"""Running the pipeline over many documents: here, or on a Dask cluster.

Both engines call the same function on each file (:func:`process_path`), so their
output is identical, document for document, in the order the paths were given.

* ``local`` — one process, one document after another. Right for a handful of
  files and for the dashboard.
* ``dask`` — the paths go out in partitions of a ``dask.bag``; each worker reads
  its files itself, so document texts never travel through (or pile up in) the
  client, and results come back partition by partition, in order. Without a
  scheduler address a ``LocalCluster`` with one single-threaded worker process per
  core is started; with ``--scheduler tcp://host:8786`` an existing cluster is
  used (its workers need this package and its ``data/``: the same checkout or
  image, and ``ATLAS_HOME`` if the data live elsewhere).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ENGINES = ("local", "dask")


@dataclass
class Result:
    """One document's output, or why it was refused."""

    path: str
    document: dict[str, Any] | None = None
    places: list[dict[str, Any]] | None = None
    events: list[dict[str, Any]] | None = None
    error: str = ""


def process_path(path: str, manifest_file: str | None = None, published: str | None = None) -> Result:
    """Read, check and extract one file (the unit of work of every engine); ``published`` is the
    publication date given on the command line, which wins over the manifest and the text."""
    from geo import corpus, gazetteer
    from geo.config import paths
    from geo.ingest import IngestError
    from geo.pipeline import document_json, extract_document, mention_json
    from geo.records import event_record

    manifest = _manifest(manifest_file or str(paths().manifest))
    try:
        document = corpus.load_document(Path(path), manifest)
        if published:
            corpus.set_publication(document, published)
    except IngestError as exc:
        return Result(path=path, error=str(exc))
    except corpus.ManifestError as exc:
        return Result(path=path, error=f"{path}: publication date {exc}")
    extraction = extract_document(document, gazetteer.load_cached(str(paths().home)))
    events = []
    for event in extraction.events:
        record = event_record(event)
        for key in ("claims", "sources", "date_claims"):
            record[key] = json.loads(record[key])
        events.append(record)
    return Result(
        path=path,
        document=document_json(document),
        places=[mention_json(m) for m in extraction.mentions],
        events=events,
    )


_MANIFESTS: dict[str, dict] = {}


def _manifest(path: str) -> dict:
    """The manifest, read once per process."""
    if path not in _MANIFESTS:
        from geo import corpus

        _MANIFESTS[path] = corpus.read_manifest(Path(path))
    return _MANIFESTS[path]


def _process_partition(paths: list[str], manifest_file: str | None, published: str | None) -> list[Result]:
    return [process_path(p, manifest_file, published) for p in paths]


def run(
    paths: Iterable[str],
    *,
    engine: str = "local",
    manifest_file: str | None = None,
    published: str | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = 16,
) -> Iterator[Result]:
    """Results for ``paths`` in order, computed by ``engine``."""
    items = [str(p) for p in paths]
    if engine == "local":
        for path in items:
            yield process_path(path, manifest_file, published)
        return
    if engine != "dask":
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    yield from _run_dask(items, manifest_file, published, scheduler, workers, partition_size)


def _run_dask(
    items: list[str],
    manifest_file: str | None,
    published: str | None,
    scheduler: str | None,
    workers: int | None,
    partition_size: int,
) -> Iterator[Result]:
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers or max(1, os.cpu_count() or 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            host="127.0.0.1",
        )
        client = Client(cluster)
    try:
        if not items:
            return
        bag = db.from_sequence(items, partition_size=max(1, partition_size))
        partitions = bag.map_partitions(_process_partition, manifest_file, published).to_delayed()
        futures = client.compute(partitions)
        for future in futures:  # in order; later partitions keep computing meanwhile
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
