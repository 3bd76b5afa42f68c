"""The map as pure functions: offline assets, escaping, shapes, layers and overlays."""

from __future__ import annotations

import datetime as dt
import re

import folium
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo import assets, bases, escape, maps, store


@pytest.fixture(scope="module")
def frame(tmp_path_factory):
    from geo import build
    from geo.config import REPO_ROOT, Paths

    result = build.collect(Paths(REPO_ROOT))
    from geo.records import events_frame

    raw = events_frame(result.events).drop(columns="geometry")
    return store.prepare(pd.DataFrame(raw))


def render(m: folium.Map) -> str:
    return m.get_root().render()


@given(st.text())
def test_escape_html_removes_markup_and_template_syntax(text):
    out = escape.html(text)
    assert "<" not in out and ">" not in out
    assert "${" not in out and "`" not in out


def test_script_json_cannot_close_the_script():
    out = escape.script_json({"q": "</script><script>alert(1)</script>", "amp": "a&b"})
    assert "</script" not in out.lower() and "<" not in out


def test_base_map_uses_no_cdn(frame):
    html = render(maps.base_map(asset_prefix="/app/static"))
    assert assets.external_urls(html) == []
    assert "/app/static/vendor/leaflet-leaflet.js" in html
    assert "awesome" not in html.lower() and "bootstrap" not in html.lower()


def test_web_tiles_only_when_chosen():
    offline = render(maps.base_map())
    assert "tile.openstreetmap.org" not in offline
    online = render(maps.base_map("OpenStreetMap"))
    assert "tile.openstreetmap.org" in online and "OpenStreetMap" in online


def test_region_lines_are_inside_mali_and_on_every_basemap():
    import json
    import warnings

    import geopandas as gpd

    from geo.config import paths

    countries = gpd.read_file(paths().basemap / "countries.geojson")
    mali = countries[countries["iso_a3"] == "MLI"].geometry.iloc[0]
    lines = gpd.read_file(paths().basemap / maps.REGION_LINES)
    assert len(lines) >= 8  # Mali's regions meet along at least this many boundary lines
    with warnings.catch_warnings():  # a ratio of lengths in degrees
        warnings.simplefilter("ignore", UserWarning)
        inside = lines.geometry.intersection(mali.buffer(0.1)).length / lines.geometry.length
    assert (inside > 0.95).all()
    geometry = json.loads((paths().basemap / maps.REGION_LINES).read_text())["features"][0]["geometry"]
    coords = geometry["coordinates"][0]
    lon, lat = coords[0] if geometry["type"] == "MultiLineString" else coords
    for basemap in (maps.OFFLINE, "OpenStreetMap", "Esri World Imagery"):
        html = render(maps.base_map(basemap))
        assert f"[{lon}, {lat}]" in html and '"dashArray": "4 3"' in html


def test_tiles_that_need_a_key_are_not_requested_without_one(monkeypatch):
    monkeypatch.delenv("ATLAS_CARTO_API_KEY", raising=False)
    assert maps.tile_provider("CARTO light") is None
    html = render(maps.base_map("CARTO light"))
    assert "cartocdn" not in html and '"fillOpacity": 1.0' in html  # the offline outlines instead
    monkeypatch.setenv("ATLAS_CARTO_API_KEY", "k123")
    html = render(maps.base_map("CARTO light"))
    assert "basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png?key=k123" in html
    assert maps.tile_provider(maps.OFFLINE) is None


@pytest.mark.browser
def test_web_tiles_show_through_the_country_outlines(tmp_path):
    """Offline the countries are filled; over web tiles they must not hide them."""
    import io

    import numpy as np
    from conftest import chromium_path
    from PIL import Image
    from playwright.sync_api import sync_playwright

    buf = io.BytesIO()
    Image.new("RGB", (256, 256), (255, 0, 0)).save(buf, "PNG")
    red = buf.getvalue()
    seen: dict[str, np.ndarray] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"])
        try:
            for basemap in (maps.OFFLINE, "OpenStreetMap"):
                m = maps.base_map(basemap, asset_prefix="vendor", legend=False)
                page_file = tmp_path / "map.html"
                page_file.write_text(assets.inline(render(m)), encoding="utf-8")
                page = browser.new_page(viewport={"width": 800, "height": 600})
                page.route(
                    "**/*",
                    lambda r: (
                        r.fulfill(body=red, content_type="image/png")
                        if "openstreetmap.org" in r.request.url
                        else (r.continue_() if r.request.url.startswith("file:") else r.abort())
                    ),
                )
                page.goto(page_file.as_uri())
                page.wait_for_timeout(1500)
                point = page.evaluate(f"{m.get_name()}.latLngToContainerPoint([19.0, -2.0])")
                shot = np.asarray(Image.open(io.BytesIO(page.screenshot())).convert("RGB"))
                seen[basemap] = shot[int(point["y"]), int(point["x"])]
                page.close()
        finally:
            browser.close()
    assert tuple(seen["OpenStreetMap"]) == (255, 0, 0)  # the tile, not Mali's fill
    assert tuple(seen[maps.OFFLINE]) != (255, 0, 0)


def test_event_layer_carries_one_row_per_event_and_escapes_strings(frame):
    hostile = frame.iloc[[0]].copy()
    hostile["location"] = "<img src=x onerror=alert(1)>${alert(2)}`"
    hostile["event_id"] = "evil</script>"
    _cols, rows = maps.event_rows(hostile)
    assert len(rows) == 1
    html = render(
        maps.full_map(
            maps.MapView(events=hostile, start=dt.date(2012, 1, 1), end=dt.date(2025, 12, 31)), fit=False
        )
    )
    decoded = html.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&")
    assert "<img src=x" not in decoded
    assert "&#60;img src=x onerror=alert(1)&#62;" in decoded  # shown as text, never parsed
    assert "${alert(2)}" not in decoded
    assert "evil</script>" not in decoded


def test_marker_area_is_proportional_to_fatalities():
    r100, r400 = maps.marker_radius(100), maps.marker_radius(400)
    assert (r400 / r100) ** 2 == pytest.approx(4.0)  # four times the deaths, four times the area
    assert maps.marker_radius(None) == maps.marker_radius(0) == maps.MIN_RADIUS  # still visible
    assert maps.marker_radius(10**6) == maps.MAX_RADIUS
    radii = maps.marker_radii(pd.Series([None, 0, 100, 400, 10**6], dtype="Int64"))
    assert list(radii) == [maps.marker_radius(v) for v in (None, 0, 100, 400, 10**6)]


def test_as_of_mode_fades_older_events(frame):
    asof = dt.date(2022, 6, 1)
    view = store.apply(frame, store.Filters(start=dt.date(2012, 1, 1), end=asof, mode="asof"))
    cols, rows = maps.event_rows(view, as_of=asof)
    alpha = dict(
        zip([r[cols.index("id")] for r in rows], [r[cols.index("alpha")] for r in rows], strict=True)
    )
    assert alpha["ml-2022-05-11-alleged-plot"] > alpha["ml-2012-03-22-coup"]
    assert alpha["ml-2012-03-22-coup"] == 0.25


def test_date_labels_follow_precision():
    assert maps.date_label(dt.date(2020, 8, 18), dt.date(2020, 8, 18), 1) == "18 Aug 2020"
    assert maps.date_label(dt.date(2022, 3, 27), dt.date(2022, 3, 31), 1) == "27–31 Mar 2022"
    assert maps.date_label(dt.date(2013, 2, 1), dt.date(2013, 2, 28), 2) == "Feb 2013"
    assert maps.date_label(dt.date(2014, 6, 1), dt.date(2014, 8, 31), 3) == "2014"


def test_gossi_base_changes_hands_on_19_april_2022(frame, gaz):
    sites = bases.bases_frame(frame, gaz)
    gossi = sites[sites["place_id"] == "ml-gossi-base"].iloc[0]
    assert bases.holder_on(gossi, dt.date(2022, 4, 18))[1] == "foreign"
    holder, kind, since = bases.holder_on(gossi, dt.date(2022, 4, 19))
    assert (kind, since) == ("national", dt.date(2022, 4, 19))
    assert "Malian" in holder


def test_dynamic_layers_stamp_the_window(frame):
    view = store.apply(frame, store.Filters(start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31)))
    groups = maps.dynamic_layers(
        maps.MapView(events=view, start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31))
    )
    m = maps.base_map()
    for g in groups:
        g.add_to(m)
    html = render(m)
    assert "1 Jan 2020 – 31 Dec 2020" in html
    assert re.search(rf"{len(view)} events in view", html)


def test_points_standing_for_a_whole_area_are_labelled_as_such(frame):
    cols, rows = maps.area_label_rows(frame)
    labels = {row[cols.index("label")] for row in rows}
    assert "Mali as a whole" in labels
    country_level = frame[frame["geo_precision"] == 3]["location"].unique()
    assert len(rows) == len(country_level)
    hostile = frame[frame["geo_precision"] == 3].head(1).assign(location="<b>x</b>")
    _, rows = maps.area_label_rows(hostile)
    assert rows[0][2] == escape.html("<b>x</b> as a whole")
    _, flat = maps.area_label_rows(frame, fanned=False)  # the packed layer draws points in place
    assert all(row[3] == 10 for row in flat) and max(row[3] for row in rows) >= 10
    precise = frame[frame["geo_precision"] == 1]
    assert maps.area_label_rows(precise)[1] == []
    html = render(
        maps.full_map(
            maps.MapView(events=frame, start=dt.date(2012, 1, 1), end=dt.date(2025, 12, 31)), fit=False
        )
    )
    assert "AtlasMap.areaLabels" in html and "Mali as a whole" in html


def _told_of_tadaryat(gaz) -> pd.DataFrame:
    from geo.ingest import document_from_bytes
    from geo.pipeline import extract_document
    from geo.records import events_frame

    text = "Burkina Faso\nOn 4 June 2021 gunmen killed 14 people in the village of Tadaryat."
    document = document_from_bytes(text.encode(), "article.txt")
    document.published = document.anchor = dt.date(2021, 6, 6)
    events = extract_document(document, gaz).events
    return store.prepare(pd.DataFrame(events_frame(events).drop(columns="geometry")))


def test_a_village_no_gazetteer_holds_is_named_with_the_area_it_is_drawn_on(frame, gaz):
    told = _told_of_tadaryat(gaz)
    assert list(told[["location", "named_place"]].itertuples(index=False, name=None)) == [
        ("Burkina Faso", "Tadaryat")
    ]
    label = "Tadaryat (in no gazetteer; shown at Burkina Faso)"
    assert label in maps.tooltip_html(told.iloc[0])
    both = pd.concat([frame.iloc[[0]], told], ignore_index=True)
    assert list(maps.place_labels(both)) == [frame.iloc[0]["location"], label]
    assert label in maps.packed_events(both)["places"]
    assert maps.tooltip_html(frame.iloc[0]).count(str(frame.iloc[0]["location"])) == 1


def test_a_build_from_before_the_named_place_column_still_loads(frame):
    old = frame[[c for c in frame.columns if c != "named_place"]].iloc[:3]
    assert list(store.prepare(old)["named_place"]) == ["", "", ""]
