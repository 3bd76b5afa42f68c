"""The dashboard under Streamlit's AppTest: it runs, filters, and never points at a CDN."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from streamlit.testing.v1 import AppTest

from geo.config import REPO_ROOT

pytestmark = pytest.mark.usefixtures("built_data")


@pytest.fixture(scope="module")
def built_data():
    from geo.build import build

    build()


def run_app() -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=60)
    return at.run()


def map_args(at: AppTest) -> dict:
    component = at.get("component_instance")[0]
    return json.loads(component.proto.json_args)


def layer_data(args: dict, builder: str) -> dict:
    """The JSON an ``AtlasMap`` builder receives in the map payload."""
    script = args["feature_group"]
    data = script.split(f"AtlasMap.{builder}(", 1)[1]
    parsed, _ = json.JSONDecoder().raw_decode(data)
    return parsed


def column(args: dict, builder: str, name: str) -> list:
    parsed = layer_data(args, builder)
    idx = parsed["cols"].index(name)
    return [row[idx] for row in parsed["rows"]]


def event_ids(args: dict) -> list[str]:
    return column(args, "eventLayer", "id")


def test_dashboard_runs_and_draws_every_event():
    at = run_app()
    assert not at.exception
    args = map_args(at)
    from geo.store import read_events

    assert sorted(event_ids(args)) == sorted(read_events()["event_id"])
    assert not [link for link in args["js_links"] + args["css_links"] if link.startswith("http")]


def test_slider_moves_the_window():
    at = run_app()
    at.slider(key="window").set_value((dt.date(2022, 1, 1), dt.date(2022, 12, 31))).run()
    assert not at.exception
    ids = event_ids(map_args(at))
    assert "ml-2022-03-moura-massacre" in ids
    assert "ml-2020-08-18-coup" not in ids


def test_type_filter():
    at = run_app()
    at.multiselect(key="types").set_value(["coup"]).run()
    args = map_args(at)
    assert set(column(args, "eventLayer", "type")) == {"coup"}
    assert "ml-2022-03-moura-massacre" not in event_ids(args)


def _gossi(args: dict) -> str:
    tips = [t for t in column(args, "baseLayer", "tip") if "Gossi" in t]
    assert len(tips) == 1
    return tips[0]


def test_gossi_base_changes_hands_on_19_april_2022():
    """The bases layer follows the slider: France holds Gossi before the handover, Mali after."""
    at = run_app()
    at.segmented_control(key="mode").set_value("asof").run()
    at.slider(key="asof").set_value(dt.date(2022, 4, 18)).run()
    assert not at.exception
    before = _gossi(map_args(at))
    assert "held by France" in before
    at.slider(key="asof").set_value(dt.date(2022, 4, 20)).run()
    after = _gossi(map_args(at))
    assert "held by Malian Armed Forces" in after and "since 19 Apr 2022" in after


def test_as_of_mode_fades_older_events():
    at = run_app()
    at.segmented_control(key="mode").set_value("asof").run()
    at.slider(key="asof").set_value(dt.date(2022, 5, 31)).run()
    args = map_args(at)
    alpha = dict(zip(event_ids(args), column(args, "eventLayer", "alpha"), strict=True))
    assert "ml-2022-05-11-alleged-plot" in alpha and "ml-2023-12-minusma-withdrawal" not in alpha
    assert alpha["ml-2022-05-11-alleged-plot"] > alpha["ml-2012-03-22-coup"]


def test_a_clicked_marker_opens_its_event():
    """The tooltip's id (what streamlit-folium reports for a click) selects the event for the panel."""
    import pandas as pd

    from geo.ui import explore

    tip = "Atrocity … id: ml-2022-03-moura-massacre"
    assert explore.selected_from_map({"last_object_clicked_tooltip": tip}) == "ml-2022-03-moura-massacre"

    frame = pd.DataFrame({"event_id": ["a", "b", "c"]})
    assert explore.selected_from_map({"last_object_clicked_tooltip": "… id: #2"}, frame) == "c"
    assert explore.selected_from_map({"last_object_clicked_tooltip": "… id: #9"}, frame) is None
    assert explore.selected_from_map({}) is None


def test_brushing_the_timeline_selects_a_window():
    from geo.ui import timeline

    start, end = (dt.datetime(2020, 8, 1, tzinfo=dt.UTC), dt.datetime(2021, 5, 31, tzinfo=dt.UTC))
    ms = [start.timestamp() * 1000, end.timestamp() * 1000]
    picked = {"selection": {timeline.BRUSH: {"yearmonth_month": ms}}}
    assert timeline.selected_window(picked) == (dt.date(2020, 8, 1), dt.date(2021, 5, 31))
    assert timeline.selected_window({"selection": {timeline.BRUSH: {}}}) is None
    assert timeline.selected_window(None) is None


def _panel(event: dict) -> AppTest:
    at = AppTest.from_file(str(REPO_ROOT / "tests" / "panel_app.py"), default_timeout=30)
    at.session_state["event"] = event
    return at.run()


def test_the_panel_says_whose_point_a_village_the_text_placed_borrows_and_escapes_it():
    import pandas as pd

    event = {
        "event_id": "e1", "event_type": "atrocity", "sub_event_type": "attack on civilians",
        "reviewed": False, "confidence": 0.7,
        "start": pd.Timestamp("2020-10-09"), "end": pd.Timestamp("2020-10-09"),
        "time_precision": 1, "location": "Dagabéré", "admin1": "Ségou Region", "geo_precision": 2,
        "actor1": "", "actor2": "Civilians", "claims": "[]", "date_claims": "[]", "sources": "[]",
        "source_quote": "", "notes": "from “[x](javascript:alert(1))”", "place_id": "text-dagabere",
        "coordinate_source": "placed at Niono (ml-niono), as the text puts it: “<b>x</b>”",
    }  # fmt: skip
    at = _panel(event)
    assert not at.exception
    captions = [c.value for c in at.caption]
    (position,) = [c for c in captions if c.startswith("Position:")]
    assert "placed at Niono" in position and "<b>" not in position and "&#60;b&#62;" in position
    assert not any("](" in c for c in captions)  # no Markdown link from a document
    assert any("**Actors** not named · Civilians" in m.value for m in at.markdown)  # the doer is unknown
    event["place_id"] = "ml-niono"
    at = _panel(event)
    assert not [
        c.value for c in at.caption if c.value.startswith("Position:")
    ]  # a gazetteer place says nothing
