"""Briefings and exports: the YAML round-trips, pictures show what they claim, decks hold every step."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from PIL import Image

from geo import briefing, deck, maps, snapshot, staticmap, store
from geo.build import build
from geo.cli import main
from geo.config import REPO_ROOT, Paths

if TYPE_CHECKING:
    from playwright.sync_api import Page

DEFAULT = REPO_ROOT / "data" / "briefings" / "mali-2012-2025.yaml"
GOSSI = (15.82667, -1.31139)
MARKER_COLOURS = [
    maps.HOLDER_COLORS["national"],
    maps.HOLDER_COLORS["foreign"],
    maps.EVENT_STYLES["base_handover"]["color"],
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, copy_project: Callable[[Path], Paths]):
    paths = copy_project(tmp_path_factory.mktemp("exports"))
    build(paths)
    return paths


@pytest.fixture
def frame(built: Paths, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ATLAS_HOME", str(built.home))
    return store.read_events(built)


def gossi_spec() -> snapshot.Spec:
    return snapshot.Spec(
        start=dt.date(2012, 1, 1),
        end=dt.date(2022, 4, 19),
        mode="asof",
        bbox=(-2.6, 15.1, -0.1, 16.6),
        title="Gossi, 19 April 2022",
        highlight=("ml-2022-04-19-gossi-handover",),
        width=1000,
        height=700,
    )


def _hex_rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)


def has_colour_near(
    path: Path, xy: tuple[float, float], colours: list[str], radius: int = 14, tol: float = 40
) -> bool:
    image = np.asarray(Image.open(path).convert("RGB"), dtype=float)
    x, y = round(xy[0]), round(xy[1])
    patch = image[max(0, y - radius) : y + radius, max(0, x - radius) : x + radius]
    return any((np.linalg.norm(patch - _hex_rgb(c), axis=2) < tol).any() for c in colours)


def not_blank(path: Path) -> bool:
    image = np.asarray(Image.open(path).convert("RGB"), dtype=float)
    return image.std() > 10 and len(np.unique(image.reshape(-1, 3), axis=0)) > 50


# --- briefings ---------------------------------------------------------------------------------


def test_default_briefing_tells_the_story():
    b = briefing.load(DEFAULT)
    assert len(b.steps) >= 8
    titles = " | ".join(s.title for s in b.steps)
    for topic in ("2012", "Kidal", "Kati", "May 2021", "Moura", "Gossi", "plot", "withdrawals"):
        assert topic in titles
    import yaml

    catalogue = {e["event_id"] for e in yaml.safe_load((REPO_ROOT / "data/events.yaml").read_text())}
    assert {h for s in b.steps for h in s.highlight} <= catalogue  # highlights name real events


def test_briefing_yaml_round_trips(tmp_path: Path):
    original = briefing.load(DEFAULT)
    copy = tmp_path / "copy.yaml"
    briefing.save(original, copy)
    again = briefing.load(copy)
    assert again.steps == original.steps and again.title == original.title
    moved = original.with_steps(briefing.move(list(original.steps), 0, 2))
    briefing.save(moved, copy)
    assert briefing.load(copy).steps[2] == original.steps[0]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("title: x\nsteps:\n- {title: a, from: 2020-01-01, to: 2019-01-01}\n", "'to' is before 'from'"),
        ("title: x\nsteps:\n- {title: a, date: 2020-13-01}\n", "not a date"),
        ("title: x\nsteps:\n- {title: a, date: 2020-01-01, types: [riot]}\n", "unknown event types"),
        (
            "title: x\nsteps:\n- {title: a, date: 2020-01-01, bbox: [5, 5, 1, 1]}\n",
            "west, south, east, north",
        ),
        ("just text\n", "needs a title and a list of steps"),
    ],
)
def test_bad_briefings_are_refused_with_the_reason(tmp_path: Path, text: str, problem: str):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(briefing.BriefingError, match=problem):
        briefing.load(path)


# --- static maps (no browser) ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_static_map_formats(frame, tmp_path: Path, suffix: str):
    out = staticmap.render(gossi_spec(), frame, tmp_path / f"gossi{suffix}")
    head = out.read_bytes()[:8]
    assert {".png": head.startswith(b"\x89PNG"), ".svg": b"<?xml" in head, ".pdf": head.startswith(b"%PDF")}[
        suffix
    ]


def test_static_map_draws_gossi_where_gossi_projects(frame, tmp_path: Path):
    spec = gossi_spec()
    out = staticmap.render(spec, frame, tmp_path / "gossi.png")
    assert Image.open(out).size == (spec.width, spec.height)
    assert not_blank(out)
    at = staticmap.project(*GOSSI, spec)
    assert has_colour_near(out, at, MARKER_COLOURS)
    far = (at[0] + 300, at[1] + 150)  # open country: no marker colour there
    assert not has_colour_near(out, far, MARKER_COLOURS, radius=10)


# --- browser-rendered exports ------------------------------------------------------------------


@pytest.mark.browser
def test_snapshot_png_shows_gossi_on_19_april_2022(frame, tmp_path: Path):
    spec = gossi_spec()
    out = tmp_path / "gossi.png"
    points = snapshot.png(spec, frame, out, probes={"gossi": GOSSI})
    assert Image.open(out).size == (spec.width, spec.height)
    assert not_blank(out)
    assert has_colour_near(out, points["gossi"], MARKER_COLOURS)
    (REPO_ROOT / "test-results").mkdir(exist_ok=True)
    Image.open(out).save(REPO_ROOT / "test-results" / "snapshot-gossi.png")


@contextlib.contextmanager
def offline_page(html_file: Path) -> Iterator[Page]:
    """The file opened in headless Chromium where any request not for a file fails the test."""
    from conftest import chromium_path
    from playwright.sync_api import sync_playwright

    outside: list[str] = []

    def only_file(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.route("**/*", only_file)
            page.goto(html_file.as_uri())
            page.wait_for_selector(".leaflet-container[data-atlas-events]", timeout=30_000)
            yield page
        finally:
            browser.close()
    assert outside == []


def _drawn(page: Page) -> int:
    """How many events the exported map says it drew."""
    count = page.locator(".leaflet-container").get_attribute("data-atlas-events")
    assert count is not None
    return int(count)


def set_slider(page: Page, value: str) -> None:
    """Move the file's own (end-date) slider to ``value``: a JS expression such as ``el.min``."""
    page.locator("input.atlas-time-range").last.evaluate(
        f"(el) => {{ el.value = {value}; el.dispatchEvent(new Event('input')); }}"
    )


@pytest.mark.browser
def test_standalone_html_opens_offline_and_keeps_its_time_control(frame, tmp_path: Path):
    out = snapshot.write_html(gossi_spec(), frame, tmp_path / "gossi.html")
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html and '<link rel="stylesheet" href=' not in html
    with offline_page(out) as page:
        before = _drawn(page)
        expected = len(snapshot.view(gossi_spec(), frame).dropna(subset=["latitude"]))
        assert before == expected > 0
        set_slider(page, "el.min")
        after = _drawn(page)
        assert after < before  # the slider in the file filters the events


def _base_fills(page: Page) -> list[dict[str, str]]:
    """Each base marker's fill and tooltip, read from the page's own layer."""
    return page.evaluate(
        """() => {
            const out = {};
            AtlasMap.bases.eachLayer((l) => {
                if (l.options.shape === "square") {
                    out[l.getTooltip().getContent()] = l.options.fillColor;
                }
            });
            return Object.entries(out).map(([tip, fill]) => ({ tip, fill }));
        }"""
    )


@pytest.mark.browser
def test_standalone_html_bases_change_holder_with_its_slider(frame, tmp_path: Path):
    out = snapshot.write_html(gossi_spec(), frame, tmp_path / "gossi.html")
    foreign, national = maps.HOLDER_COLORS["foreign"], maps.HOLDER_COLORS["national"]

    def gossi(page: Page) -> dict:
        found = [b for b in _base_fills(page) if "Gossi" in b["tip"]]
        assert len(found) == 1
        return found[0]

    with offline_page(out) as page:
        on_the_day = gossi(page)
        assert on_the_day["fill"] == national and "since 19 Apr 2022" in on_the_day["tip"]
        set_slider(page, str((dt.date(2022, 4, 18) - dt.date(1970, 1, 1)).days))
        before = gossi(page)
        assert before["fill"] == foreign and "since" not in before["tip"].split("<br>")[1]
        assert page.locator(".atlas-sheet-window").inner_text() == "As of 18 Apr 2022"
        set_slider(page, "el.max")
        assert gossi(page)["fill"] == national


LABEL_BOXES = """() => Array.from(document.querySelectorAll("[data-atlas-rank]")).map((el) => {
    const r = el.getBoundingClientRect();
    return {text: el.textContent, shown: getComputedStyle(el).visibility !== "hidden",
            box: [r.left, r.top, r.right, r.bottom]};
})"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and a[2] > b[0] and a[1] < b[3] and a[3] > b[1]


@pytest.mark.browser
def test_labels_never_print_over_each_other(frame, tmp_path: Path):
    wide = snapshot.Spec(start=dt.date(2012, 1, 1), end=dt.date(2025, 12, 31), mode="asof", title="Mali")
    near = replace(wide, bbox=(-9.0, 12.0, -7.0, 13.5))
    for spec, name in ((wide, "wide"), (near, "near")):
        out = snapshot.write_html(spec, frame, tmp_path / f"{name}.html")
        with offline_page(out) as page:
            page.wait_for_timeout(300)
            labels = page.evaluate(LABEL_BOXES)
        shown = [label for label in labels if label["shown"]]
        assert any(label["text"] == "Bamako" for label in shown)  # the capital always wins
        for i, a in enumerate(shown):
            assert not any(_overlap(a["box"], b["box"]) for b in shown[i + 1 :]), a["text"]
        hidden = {label["text"] for label in labels if not label["shown"]}
        if name == "wide":
            assert "Kati base" in hidden  # it sits 10 km from Bamako
        else:
            assert "Kati base" not in hidden and "Koulikoro" not in hidden


def test_static_map_labels_never_print_over_each_other_or_the_legend(frame):
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Annotation

    wide = snapshot.Spec(start=dt.date(2012, 1, 1), end=dt.date(2025, 12, 31), mode="asof", title="Mali")
    fig = staticmap.figure(wide, frame)
    try:
        assert isinstance(fig.canvas, FigureCanvasAgg)
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        labels = [t for t in ax.texts if isinstance(t, Annotation)]
        shown = [t for t in labels if t.get_visible()]
        boxes = [t.get_window_extent(renderer) for t in shown]
        shown_legend = ax.get_legend()
        assert shown_legend is not None
        legend = shown_legend.get_window_extent(renderer)
        for i, box in enumerate(boxes):
            assert not box.overlaps(legend), shown[i].get_text()
            assert not any(box.overlaps(other) for other in boxes[i + 1 :]), shown[i].get_text()
        assert "Bamako" in {t.get_text() for t in shown}
        assert "Kati base" in {t.get_text() for t in labels if not t.get_visible()}
    finally:
        plt.close(fig)


def test_png_without_a_browser_says_what_to_install():
    with pytest.raises(snapshot.NoBrowserError, match="apt-get install chromium"):
        snapshot.find_chromium("/nonexistent/chromium")


# --- decks ---------------------------------------------------------------------------------------


def test_pptx_deck_has_a_slide_per_step_with_title_image_and_sources(frame, tmp_path: Path):
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    b = briefing.load(DEFAULT)
    out = deck.export(b, frame, tmp_path / "deck.pptx")
    slides = list(Presentation(str(out)).slides)
    assert len(slides) == len(b.steps) + 1
    assert slides[0].shapes.title.text == b.title
    for step, slide in zip(b.steps, slides[1:], strict=True):
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert any(step.title in t for t in texts)
        assert any(step.caption[:40] in t for t in texts)
        assert sum(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in slide.shapes) == 1
        assert "Sources:" in slide.notes_slide.notes_text_frame.text
    moura = slides[1 + next(i for i, s in enumerate(b.steps) if "Moura" in s.title)]
    assert "ml-2022-03-moura-massacre" in moura.notes_slide.notes_text_frame.text


def test_pdf_deck_has_a_page_per_step(frame, tmp_path: Path):
    from pypdf import PdfReader

    b = briefing.load(DEFAULT)
    out = deck.export(b, frame, tmp_path / "deck.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) == len(b.steps) + 1
    assert all(page.images for page in reader.pages[1:])  # a map on every step page


# --- command line and data export ---------------------------------------------------------------


def test_snapshot_and_deck_commands(built: Paths, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("ATLAS_HOME", str(built.home))
    out = tmp_path / "step.svg"
    assert main(["snapshot", "--briefing", str(DEFAULT), "--step", "7", "--out", str(out)]) == 0
    assert out.exists() and "Gossi" in capsys.readouterr().out + out.read_text()
    assert (
        main(["snapshot", "--from", "2022-05-01", "--to", "2021-01-01", "--out", str(tmp_path / "x.png")])
        == 2
    )
    assert "--to is before --from" in capsys.readouterr().err
    assert main(["snapshot", "--bbox=1,2,3", "--out", str(tmp_path / "x.png")]) == 2
    assert main(["deck", str(DEFAULT), "--out", str(tmp_path / "deck.txt")]) == 2


def test_the_view_as_geopackage_reads_back(frame, tmp_path: Path):
    import pyogrio

    from geo.exports import view_geopackage

    view = store.apply(frame, store.Filters(dt.date(2022, 1, 1), dt.date(2022, 12, 31)))
    data = view_geopackage(view)
    path = tmp_path / "view.gpkg"
    path.write_bytes(data)
    back = pyogrio.read_dataframe(path)
    assert len(back) == len(view) and back.crs.to_epsg() == 4326
    assert set(back["event_id"]) == set(view["event_id"])
