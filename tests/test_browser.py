"""The dashboard in a real browser: `streamlit run` on localhost, Debian's headless Chromium,
no network. The map must draw offline, show the events of the window in the URL, and a
click on a marker must open its sources in the side panel.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import chromium_path

from geo.config import REPO_ROOT, Paths

if TYPE_CHECKING:
    from playwright.sync_api import Dialog, FloatRect, Frame, FrameLocator, Locator, Page, Route

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RESULTS = REPO_ROOT / "test-results"
SERVER_FLAGS = (
    "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
    "--server.port",
)  # fmt: skip
LOCAL = ("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, copy_project: Callable[[Path], Paths]
) -> Iterator[tuple[str, Paths]]:
    """A built copy of the project served by ``streamlit run`` on a free local port."""
    from geo import gazetteer
    from geo.build import build

    paths = copy_project(tmp_path_factory.mktemp("atlas-browser"))
    home = paths.home
    build(paths)
    gazetteer.load_cached.cache_clear()
    port = _free_port()
    env = {**os.environ, "ATLAS_HOME": str(home), "ATLAS_WEB_TILES": "0", "ATLAS_ONLINE_GEOCODING": "0"}
    log = (home / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(REPO_ROOT / "dashboard.py"), *SERVER_FLAGS, str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((home / "streamlit.log").read_text()) from None
                time.sleep(0.5)
        yield url, paths
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


OUTSIDE: list[str] = []  # every request the page tried to make beyond localhost


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        context = browser.new_context(viewport={"width": 1500, "height": 1000})
        tab = context.new_page()
        OUTSIDE.clear()

        def local_only(route: Route) -> None:
            request_url = route.request.url
            if request_url.startswith(LOCAL):
                route.continue_()
            else:
                OUTSIDE.append(request_url)
                route.abort()

        tab.route("**/*", local_only)
        yield tab
        browser.close()


def _open(page: Page, url: str) -> FrameLocator:
    page.goto(url)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=90_000)
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    frame.locator(".leaflet-container[data-atlas-events] canvas").first.wait_for(timeout=60_000)
    page.wait_for_timeout(500)
    return frame


def _visible_text(page: Page, text: str) -> Locator:
    """The first visible element holding ``text`` (the source reader holds it too, collapsed)."""
    return page.locator(f"text={text} >> visible=true").first


def _map_frame(page: Page) -> Frame:
    return next(f for f in page.frames if "streamlit_folium" in f.url)


def _drawn(frame: FrameLocator) -> int:
    """How many events the map says it drew."""
    count = frame.locator(".leaflet-container").first.get_attribute("data-atlas-events")
    assert count is not None
    return int(count)


def _map_box(page: Page) -> FloatRect:
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    assert box is not None
    return box


def _first_source_quote(paths: Paths, event_id: str) -> str:
    import json

    from geo import store

    frame = store.read_events(paths)
    row = frame[frame["event_id"] == event_id].iloc[0]
    return json.loads(row["sources"])[0]["quote"]


def _expected(paths: Paths, start: dt.date, end: dt.date) -> int:
    from geo import store

    frame = store.read_events(paths)
    view = store.apply(frame, store.Filters(start=start, end=end))
    return int((view["latitude"].notna() & view["longitude"].notna()).sum())


def test_map_draws_offline_follows_the_window_and_opens_a_clicked_event(
    server: tuple[str, Paths], page: Page
) -> None:
    from geo import store

    url, paths = server
    first = _expected(paths, *store.span(store.read_events(paths)))

    frame = _open(page, url)
    drawn = _drawn(frame)
    assert drawn == first and drawn > 20

    frame = _open(page, f"{url}/?window=2022-01-01&window=2022-12-31")
    last = _expected(paths, dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    drawn = _drawn(frame)
    assert drawn == last and 0 < last < first
    assert "1 Jan 2022 – 31 Dec 2022" in frame.locator(".atlas-stamp").first.inner_text()

    # moving the slider re-sends the layers only: the user's zoom and centre stay
    _map_frame(page).evaluate("() => { window.map.setView([16.3, -0.1], 8, {animate: false}); }")
    page.get_by_role("slider").nth(0).focus()
    page.keyboard.press("PageDown")
    page.wait_for_function("() => new URL(location.href).searchParams.getAll('window')[0] !== '2022-01-01'")
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000)
    moved = dt.date.fromisoformat(page.evaluate("new URL(location.href).searchParams.getAll('window')[0]"))
    wanted = _expected(paths, moved, dt.date(2022, 12, 31))
    frame.locator(f".leaflet-container[data-atlas-events='{wanted}']").first.wait_for(timeout=30_000)
    assert moved < dt.date(2022, 1, 1) and wanted > last
    assert _map_frame(page).evaluate("window.map.getZoom()") == 8
    assert _map_frame(page).evaluate("window.map.getCenter().lat") == pytest.approx(16.3, abs=0.01)
    _map_frame(page).evaluate("() => { window.map.setView([17.2, -3.5], 5, {animate: false}); }")
    page.wait_for_timeout(300)

    points = {p["id"]: p for p in _map_frame(page).evaluate("AtlasMap.points(100)")}
    moura = points["ml-2022-03-moura-massacre"]
    box = _map_box(page)
    page.mouse.click(box["x"] + moura["x"], box["y"] + moura["y"])
    quote = _first_source_quote(paths, "ml-2022-03-moura-massacre")
    _visible_text(page, quote[:60]).wait_for(timeout=30_000)
    assert page.get_by_text("Human Rights Watch").count() > 0

    RESULTS.mkdir(exist_ok=True)
    shot = RESULTS / "dashboard-2022.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 50_000
    assert OUTSIDE == []  # nothing was fetched from outside localhost


def test_a_large_view_uses_the_packed_canvas_layer(server, page, tmp_path_factory):
    """With more events than SMALL_VIEW the map switches to one canvas layer; clicks still work."""
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    from synthetic import events_frame

    from geo.maps import SMALL_VIEW

    url, paths = server
    big = events_frame(SMALL_VIEW * 3, seed=5)
    target = paths.build / "events.parquet"
    backup = target.with_suffix(".seeds")
    shutil.copy(target, backup)
    try:
        big.to_parquet(target)
        frame = _open(page, url)
        drawn = _drawn(frame)
        assert drawn == len(big)
        assert frame.locator("canvas.atlas-points").count() == 1
        point = _map_frame(page).evaluate("AtlasMap.points(1)")[0]
        box = _map_box(page)
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        _visible_text(page, "Synthetic event generated for a benchmark").wait_for(timeout=30_000)
        page.screenshot(path=str(RESULTS / "dashboard-packed.png"), full_page=False)
        assert OUTSIDE == []
    finally:
        shutil.move(backup, target)
        os.utime(target)  # the app reloads when the file changes


def test_chromium_is_debian_s(tmp_path: Path):
    assert chromium_path() is not None and Path(chromium_path()).resolve().is_file()  # type: ignore[arg-type]


HOSTILE = (
    "<script>window.__pwned = 'title'</script> Raid report\n\n"
    "Published 3 May 2023\n\n"
    "On 2 May 2023, gunmen killed 12 civilians in Gao <img src=x onerror=\"window.__pwned = 'img'\"> "
    "during a raid, officials said ${window.__pwned = 'template'} `backtick` [link](javascript:alert(1)).\n"
)


def test_document_strings_never_execute(server: tuple[str, Paths], page: Page) -> None:
    """A document full of HTML, script and template-literal payloads: shown as text, never run."""
    from geo import intake
    from geo.build import build

    url, paths = server
    candidate = intake.check("raid<script>.txt", HOSTILE.encode())
    intake.store([candidate], paths)
    build(paths)
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    frame = _open(page, f"{url}/?window=2023-01-01&window=2023-12-31")
    points = _map_frame(page).evaluate("AtlasMap.points(100)")
    assert points
    box = _map_box(page)
    for point in points:  # hover and click every event: tooltips and the panel render the strings
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_timeout(150)
    raid = next(p for p in points if p["id"].startswith("x-"))
    page.mouse.click(box["x"] + raid["x"], box["y"] + raid["y"])
    _visible_text(page, "during a raid, officials said").wait_for(timeout=30_000)
    page.get_by_text("Read the source with this sentence highlighted").first.click()
    page.wait_for_timeout(1500)
    assert page.locator("text=<img src=x onerror").count() > 0  # the payload is visible as text
    assert page.evaluate("window.__pwned") is None
    assert _map_frame(page).evaluate("window.__pwned") is None
    assert frame.locator("img[src=x]").count() == 0 and page.locator("img[src=x]").count() == 0
    assert dialogs == []
    page.screenshot(path=str(RESULTS / "dashboard-hostile-document.png"), full_page=True)


def test_the_view_downloads_hold_the_events_in_view(
    server: tuple[str, Paths], page: Page, tmp_path: Path
) -> None:
    """The table's CSV and GeoPackage and the map's HTML export, fetched as a user would."""
    import pandas as pd
    import pyogrio

    from geo import store

    url, paths = server
    _open(page, f"{url}/?window=2022-01-01&window=2022-12-31")
    view = store.apply(
        store.read_events(paths), store.Filters(start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31))
    )
    assert len(view) > 0

    def settle() -> None:
        """The map reports its first state back, which reruns the script; a download button
        clicked while its script reruns is replaced and its click lost, so wait for quiet."""
        for _ in range(2):
            page.wait_for_timeout(700)
            page.wait_for_selector(
                "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000
            )

    def fetch(button: str, name: str) -> Path:
        settle()
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name=button).click()
        target = tmp_path / name
        info.value.save_as(target)
        return target

    page.get_by_text("Events in view").first.click()
    rows = pd.read_csv(fetch("CSV (ACLED-style columns)", "view.csv"))
    assert sorted(rows["event_id"]) == sorted(view["event_id"])
    assert {"event_date", "event_type", "actor1", "fatalities", "latitude", "longitude"} <= set(rows.columns)
    layer = pyogrio.read_dataframe(fetch("GeoPackage (QGIS)", "view.gpkg"), layer="events")
    assert sorted(layer["event_id"]) == sorted(view["event_id"]) and layer.crs.to_epsg() == 4326

    page.get_by_text("Export this view as a picture or a file").first.click()
    html = fetch("HTML (interactive)", "view.html").read_text(encoding="utf-8")
    assert "1 Jan 2022" in html and "<script src=" not in html
    assert OUTSIDE == []
