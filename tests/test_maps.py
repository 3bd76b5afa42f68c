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
