"""Shared fixtures: the real gazetteer and corpus, and throwaway project directories.

No test touches the network: pytest-socket (see pyproject.toml) refuses every
connection except to localhost, which the browser tests use.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from geo import corpus, gazetteer
from geo.config import REPO_ROOT, Paths
from geo.gazetteer import Gazetteer
from geo.model import Document

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return gazetteer.load(Paths(REPO_ROOT))


@pytest.fixture(scope="session")
def seed_docs() -> list[Document]:
    documents, errors = corpus.load_seeds(Paths(REPO_ROOT))
    assert not errors
    return documents


def _copy_project(home: Path) -> Paths:
    """The repository's seeds and data, without built, cached or workspace files, under ``home``."""
    shutil.copytree(REPO_ROOT / "seeds", home / "seeds")
    shutil.copytree(
        REPO_ROOT / "data", home / "data", ignore=shutil.ignore_patterns("build", "cache", "workspace*")
    )
    return Paths(home)


@pytest.fixture(scope="session")
def copy_project() -> Callable[[Path], Paths]:
    """For module-scoped fixtures that build their own copy of the project once."""
    return _copy_project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Paths]:
    """A copy of the project's seeds and data in a temporary ATLAS_HOME."""
    paths = _copy_project(tmp_path / "atlas")
    monkeypatch.setenv("ATLAS_HOME", str(paths.home))
    gazetteer.load_cached.cache_clear()
    yield paths
    gazetteer.load_cached.cache_clear()


def chromium_path() -> str | None:
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests skip loudly without Chromium, except under CI where that is a failure."""
    if chromium_path():
        return
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if not browser_items:
        return
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        for item in browser_items:
            item.add_marker(pytest.mark.usefixtures("_require_chromium"))
        return
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    banner = (
        "\n" + "#" * 78 + "\n## Chromium not found: SKIPPING "
        f"{len(browser_items)} browser tests. Install Debian's chromium (make setup-browser).\n" + "#" * 78
    )
    if reporter is not None:
        reporter.write_line(banner, yellow=True, bold=True)
    skip = pytest.mark.skip(reason="Chromium is not installed (make setup-browser)")
    for item in browser_items:
        item.add_marker(skip)


@pytest.fixture
def _require_chromium() -> None:
    pytest.fail(
        "CI=true but no Chromium is installed: browser tests must run in CI (apt-get install chromium)"
    )
