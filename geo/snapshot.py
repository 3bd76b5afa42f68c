"""Map snapshots out of the app: standalone HTML, PNG through headless Chromium, static maps.

A :class:`Spec` is a map view with nothing left implicit — time window, extent,
filters, layers, highlighted events, title and caption — built from the
dashboard's state, a briefing step or command-line options, so the three give
the same picture. From it:

* :func:`html_document` — the interactive map as one HTML file, Leaflet and every
  script inlined, with its own time slider: it opens by double-click offline;
* :func:`png` — that map (without the slider) rendered by headless Chromium, the
  title, window, caption, legend, scale bar and attribution drawn on it;
* :mod:`geo.staticmap` — the same view drawn by matplotlib (PNG, SVG, PDF), no
  browser needed.
"""

from __future__ import annotations

import datetime as dt
import math
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import folium
import pandas as pd
from branca.element import Element

from geo import assets, escape, maps, store
from geo.briefing import Step

#: Pixels of the header drawn above the map in exports.
HEADER_PX = 96
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


class NoBrowserError(RuntimeError):
    """No Chromium/Chrome to render a PNG with."""


@dataclass(frozen=True)
class Spec:
    start: dt.date
    end: dt.date
    mode: str = "range"
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    center: tuple[float, float] | None = None
    zoom: int | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    status: str = "all"
    time_precision: tuple[int, ...] = ()
    geo_precision: tuple[int, ...] = ()
    layers: tuple[str, ...] = ()  # data layers: text, acled, ucdp… (empty: all)
    show_bases: bool = True
    show_mentions: bool = False
    highlight: tuple[str, ...] = ()
    title: str = ""
    caption: str = ""
    width: int = 1400
    height: int = 900
    extra: dict = field(default_factory=dict)

    def filters(self) -> store.Filters:
        return store.Filters(
            start=self.start,
            end=self.end,
            mode=self.mode,
            types=self.types,
            actors=self.actors,
            documents=self.documents,
            status=self.status,
            time_precision=self.time_precision,
            geo_precision=self.geo_precision,
            layers=self.layers,
        )

    @property
    def window_label(self) -> str:
        return maps.window_label(self.start, self.end, self.mode)


def from_step(step: Step, *, briefing_title: str = "", index: int | None = None) -> Spec:
    title = step.title if index is None else f"{index}. {step.title}"
    return Spec(
        start=step.start,
        end=step.end,
        mode=step.mode,
        bbox=step.bbox,
        center=step.center,
        zoom=step.zoom,
        types=step.types,
        show_bases="bases" in step.layers,
        show_mentions="mentions" in step.layers,
        highlight=step.highlight,
        title=title,
        caption=step.caption,
        extra={"briefing": briefing_title},
    )


def bounds(spec: Spec) -> tuple[float, float, float, float]:
    """West, south, east, north the view covers (a centre and zoom become the box they show)."""
    if spec.bbox:
        return spec.bbox
    if spec.center:
        lat, lon = spec.center
        zoom = spec.zoom or 6
        deg_per_px = 360.0 / (256 * 2**zoom)
        half_w = spec.width / 2 * deg_per_px
        half_h = (spec.height - HEADER_PX) / 2 * deg_per_px * math.cos(math.radians(lat))
        return lon - half_w, lat - half_h, lon + half_w, lat + half_h
    (south, west), (north, east) = maps.MALI_BOUNDS
    return west, south, east, north


def view(spec: Spec, frame: pd.DataFrame) -> pd.DataFrame:
    """The events the spec shows."""
    return store.apply(frame, spec.filters())


def _header_html(spec: Spec) -> str:
    e = escape.html
    briefing = spec.extra.get("briefing", "")
    kicker = f"<div class='atlas-kicker'>{e(briefing)}</div>" if briefing else ""
    return (
        "<div class='atlas-sheet-header'>"
        f"{kicker}<div class='atlas-sheet-title'>{e(spec.title or 'Mali Atlas')}</div>"
        f"<div class='atlas-sheet-window'>{e(spec.window_label)}</div>"
        f"<div class='atlas-sheet-caption'>{e(spec.caption)}</div></div>"
    )


SHEET_CSS = f"""
html, body {{ margin: 0; height: 100%; font-family: 'Helvetica Neue', Arial, sans-serif; background: #fff; }}
.atlas-sheet-header {{ position: absolute; top: 0; left: 0; right: 0; height: {HEADER_PX}px;
  padding: 8px 16px; box-sizing: border-box; border-bottom: 1px solid #ddd; background: #fff; z-index: 1000;
  overflow: hidden; }}
.atlas-kicker {{ font-size: 11px; color: #8e1b1b; text-transform: uppercase; letter-spacing: .04em; }}
.atlas-sheet-title {{ font-size: 20px; font-weight: 700; color: #222; }}
.atlas-sheet-window {{ font-size: 13px; color: #444; }}
.atlas-sheet-caption {{ font-size: 12px; color: #333; margin-top: 2px; }}
.folium-map {{ position: absolute !important; top: {HEADER_PX}px !important; bottom: 0; left: 0; right: 0;
  height: auto !important; }}
"""


#: A still image has nothing to click: no zoom buttons.
STILL_CSS = ".leaflet-control-zoom { display: none !important; }"


def folium_map(spec: Spec, frame: pd.DataFrame, *, interactive: bool = False) -> folium.Map:
    """The export's map: the dashboard's own layers, fitted to the spec's extent, legend open."""
    events = view(spec, frame)
    timed = interactive
    if timed:  # every event of the filters goes along; the page's slider picks the window
        everything = replace(spec, start=dt.date(1900, 1, 1), end=dt.date(2100, 1, 1), mode="range")
        events = view(everything, frame)
    west, south, east, north = bounds(spec)
    m = maps.base_map(
        asset_prefix="vendor-placeholder",
        legend_open=True,
        show_mentions=spec.show_mentions,
        show_bases=spec.show_bases,
        fit=False,
    )
    m.fit_bounds([[south, west], [north, east]])
    first, last = store.span(frame)
    map_view = maps.MapView(
        events=events,
        start=spec.start,
        end=spec.end,
        mode=spec.mode,
        places=store.read_places() if spec.show_mentions else None,
        bases=_bases(frame) if spec.show_bases else None,
        show_mentions=spec.show_mentions,
        show_bases=spec.show_bases,
        popups=True,
        title=spec.title if interactive else "",  # the sheet header already says it
        highlight=spec.highlight,
        time_control=timed,
        span=(first, last),
    )
    for group in maps.dynamic_layers(map_view):
        group.add_to(m)
    return m


def _bases(frame: pd.DataFrame) -> pd.DataFrame:
    from geo import bases, gazetteer

    return bases.bases_frame(frame, gazetteer.load())


def html_document(spec: Spec, frame: pd.DataFrame, *, interactive: bool = True) -> str:
    """One self-contained HTML file: no link to anything outside it."""
    m = folium_map(spec, frame, interactive=interactive)
    root = maps.page_of(m)
    root.header.add_child(Element(f"<style>{SHEET_CSS}</style>"), name="atlas_sheet_css")
    root.html.add_child(Element(_header_html(spec)), name="atlas_sheet_header")
    html = assets.inline(root.render())
    leftover = assets.external_urls(html)
    if leftover:
        raise RuntimeError(f"the export still links outside itself: {leftover}")
    return html


def find_chromium(explicit: str | None = None) -> str:
    """The browser to render PNGs with, or :class:`NoBrowserError` saying what to install."""
    candidates = [explicit] if explicit else [shutil.which(n) for n in CHROMIUM_NAMES]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    raise NoBrowserError(
        "PNG export renders the map in headless Chromium, and none was found: install Debian's "
        "`chromium` (sudo apt-get install chromium, or `make setup-browser`), or export a static map "
        "instead (--static, or a .svg/.pdf file), which needs no browser."
    )


def png(
    spec: Spec,
    frame: pd.DataFrame,
    out: Path,
    *,
    chromium: str | None = None,
    scale: float = 1.0,
    probes: dict[str, tuple[float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """The view as shown, rendered offline by headless Chromium (nothing outside the file loads).

    ``probes`` (name → latitude, longitude) come back as the pixel each lands on in the image,
    for annotation and for tests.
    """
    from playwright.sync_api import sync_playwright

    browser_path = find_chromium(chromium)
    html = html_document(spec, frame, interactive=False).replace(
        "</head>", f"<style>{STILL_CSS}</style></head>", 1
    )
    found: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="atlas-snapshot-") as tmp:
        page_path = Path(tmp) / "map.html"
        page_path.write_text(html, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=browser_path,
                args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            )
            try:
                page = browser.new_page(
                    viewport={"width": spec.width, "height": spec.height}, device_scale_factor=scale
                )
                page.route(
                    "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
                )
                page.goto(page_path.as_uri())
                page.wait_for_selector(".leaflet-container[data-atlas-events]", timeout=60_000)
                page.wait_for_timeout(400)  # one more frame for the canvas
                for name, (lat, lon) in (probes or {}).items():
                    point = page.evaluate(PROBE_JS, [lat, lon])
                    found[name] = (point[0] * scale, point[1] * scale)
                out.parent.mkdir(parents=True, exist_ok=True)
                tmp_png = Path(tmp) / "snapshot.png"
                page.screenshot(path=str(tmp_png), full_page=False)
                shutil.move(str(tmp_png), out)
            finally:
                browser.close()
    return found


PROBE_JS = """([lat, lon]) => {
  const map = Object.values(window).find((v) => v instanceof L.Map);
  const p = map.latLngToContainerPoint([lat, lon]);
  const box = map.getContainer().getBoundingClientRect();
  return [p.x + box.left, p.y + box.top];
}"""


def write_html(spec: Spec, frame: pd.DataFrame, out: Path) -> Path:
    from geo import atomic

    atomic.write_text(out, html_document(spec, frame, interactive=True))
    return out
