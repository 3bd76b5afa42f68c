"""The Dask engine gives exactly what the local engine gives, document for document."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from geo import engine
from geo.cli import main
from geo.config import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    from synthetic import write_corpus

    folder = tmp_path_factory.mktemp("engine")
    files = [str(p) for p in write_corpus(folder, 0.15, seed=3)]
    bad = folder / "zz-binary.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    return [*files, str(bad), *sorted(str(p) for p in (REPO_ROOT / "seeds").glob("*.txt"))]


@pytest.mark.slow
def test_dask_local_cluster_with_two_workers_matches_the_local_engine(corpus: list[str]):
    local = list(engine.run(corpus, engine="local"))
    dask = list(engine.run(corpus, engine="dask", workers=2, partition_size=7))
    assert [r.path for r in dask] == corpus  # in the order given
    assert [r.error for r in dask] == [r.error for r in local] and any(r.error for r in local)
    assert [r.document for r in dask] == [r.document for r in local]
    assert [r.places for r in dask] == [r.places for r in local]
    assert [r.events for r in dask] == [r.events for r in local]
    assert sum(len(r.events or []) for r in local) > 20


@pytest.mark.slow
def test_extract_command_with_the_dask_engine(capsys):
    seeds = sorted(str(p) for p in (REPO_ROOT / "seeds").glob("*.txt"))
    assert main(["extract", *seeds, "--json"]) == 0
    local = json.loads(capsys.readouterr().out)
    assert main(["extract", *seeds, "--json", "--engine", "dask", "--workers", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == local


@pytest.mark.slow
def test_a_publication_date_given_on_the_command_line_reaches_the_dask_workers(tmp_path):
    wire = tmp_path / "wire.txt"
    wire.write_text("GAO, May 2 (Reuters) - Gunmen killed six traders near Ansongo on Sunday.\n", "utf-8")
    local = list(engine.run([str(wire)], engine="local", published="2021-05-03"))
    dask = list(engine.run([str(wire)], engine="dask", workers=1, published="2021-05-03"))
    assert [r.events for r in dask] == [r.events for r in local]
    assert [e["event_date"] for e in local[0].events or []] == ["2021-05-02"]


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine must be one of"):
        list(engine.run([str(Path(__file__))], engine="spark"))
