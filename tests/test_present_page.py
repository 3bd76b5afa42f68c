"""The presenter view under AppTest: steps move, the map follows, edits are saved to the YAML."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from geo import briefing
from geo.build import build
from geo.config import REPO_ROOT, Paths


def _app() -> AppTest:
    return AppTest.from_file(str(REPO_ROOT / "tests" / "apps" / "present_page.py"), default_timeout=120).run()


def _counter(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "Step " in m.value and " of " in m.value)


def _highlighted(at: AppTest) -> set[str]:
    args = json.loads(at.get("component_instance")[0].proto.json_args)
    data = args["feature_group"].split("AtlasMap.eventLayer(", 1)[1]
    parsed, _ = json.JSONDecoder().raw_decode(data)
    idx, hl = parsed["cols"].index("id"), parsed["cols"].index("hl")
    return {row[idx] for row in parsed["rows"] if row[hl]}


def test_next_previous_and_jump(project: Paths):
    build(project)
    at = _app()
    assert not at.exception
    total = len(briefing.load(project.data / "briefings" / "mali-2012-2025.yaml").steps)
    assert f"Step 1 of {total}" in _counter(at)
    at.button[1].click().run()  # Next ▶
    assert f"Step 2 of {total}" in _counter(at)
    assert _highlighted(at) == {"ml-2012-03-22-coup"}
    jump = next(s for s in at.sidebar.selectbox if s.label == "Jump to step")
    moura = next(
        i
        for i, s in enumerate(briefing.load(project.data / "briefings" / "mali-2012-2025.yaml").steps)
        if "Moura" in s.title
    )
    jump.set_value(moura).run()
    assert f"Step {moura + 1} of {total}" in _counter(at)
    assert _highlighted(at) == {"ml-2022-03-moura-massacre"}
    at.button[0].click().run()  # ◀ Previous
    assert f"Step {moura} of {total}" in _counter(at)


def test_add_and_delete_steps_are_saved(project: Paths):
    build(project)
    path = project.data / "briefings" / "mali-2012-2025.yaml"
    before = briefing.load(path)
    at = _app()
    at.sidebar.text_input(key="new_step_title").set_value("A new view").run()
    next(b for b in at.sidebar.button if b.label == "Add after this step").click().run()
    after = briefing.load(path)
    assert len(after.steps) == len(before.steps) + 1 and after.steps[1].title == "A new view"
    assert f"Step 2 of {len(after.steps)}" in _counter(at)
    next(b for b in at.sidebar.button if b.label == "✕").click().run()
    assert briefing.load(path).steps == before.steps
