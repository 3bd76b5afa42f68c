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


def event_ids(args: dict) -> list[str]:
    script = args["feature_group"]
    data = script.split("AtlasMap.eventLayer(", 1)[1].split(", {", 1)[0]
    parsed = json.loads(data)
    idx = parsed["cols"].index("id")
    return [row[idx] for row in parsed["rows"]]


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
    ids = event_ids(map_args(at))
    assert ids and all("coup" in i or "pm-ousted" in i for i in ids)
    assert "ml-2022-03-moura-massacre" not in ids
