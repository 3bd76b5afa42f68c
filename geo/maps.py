"""The map, as pure functions from frames to folium objects (no Streamlit here).

The map is split the way streamlit-folium can update it without remounting:

* :func:`base_map` — everything that does not change when the slider moves: the
  offline basemap (country outlines, town labels), optional web tiles, the
  legend, the scale bar and the JavaScript helpers. Built once per basemap choice.
* :func:`dynamic_layers` — feature groups for the events in view, the date-window
  stamp, mentioned places and military bases. Sent with ``feature_group_to_add``
  on every change, so zoom and pan are kept.

:func:`full_map` puts both together for the standalone HTML and PNG exports.
Events are vector shapes drawn on a canvas (one shape per type), sized by
fatalities (area ∝ best estimate), dashed and hollow when placed only at district
or region/country level, and outlined in amber while unreviewed. Every string
from a document is escaped by :mod:`geo.escape` before it is embedded.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import math
import numbers
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import folium
import numpy as np
import pandas as pd
import xyzservices
import xyzservices.providers as xyz
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from geo import escape
from geo.assets import make_offline
from geo.config import paths
from geo.model import EVENT_TYPE_LABELS, EVENT_TYPES, GEO_PRECISION, TIME_PRECISION

TEMPLATES = Path(__file__).parent / "templates"
MALI_CENTER = (17.0, -3.5)
MALI_BOUNDS = ((10.0, -12.5), (25.2, 4.5))

#: Colour and shape per event type: distinct in hue and in outline, for print and colour-blind readers.
EVENT_STYLES: dict[str, dict[str, str]] = {
    "coup": {"color": "#c62828", "stroke": "#5c0f0f", "shape": "diamond"},
    "coup_attempt": {"color": "#f28e2b", "stroke": "#7a4100", "shape": "triangle"},
    "atrocity": {"color": "#6a1b9a", "stroke": "#2e0b44", "shape": "circle"},
    "base_handover": {"color": "#1f6fb5", "stroke": "#0b2f52", "shape": "square"},
    "other": {"color": "#8d8d8d", "stroke": "#3a3a3a", "shape": "circle"},
}

#: Who holds a base, by the kind of holder.
HOLDER_COLORS = {"foreign": "#1f6fb5", "un": "#5fa8d3", "national": "#2e7d32", "unknown": "#9e9e9e"}

WEB_TILES = {
    "OpenStreetMap": xyz.OpenStreetMap.Mapnik,
    "CARTO light": xyz.CartoDB.Positron,
    "Esri World Imagery": xyz.Esri.WorldImagery,
}
OFFLINE = "Offline outlines"
BASEMAPS = (OFFLINE, *WEB_TILES)
#: Where the API key of a provider that needs one is read from (no key is stored in the project).
TILE_KEYS = {"CARTO light": "ATLAS_CARTO_API_KEY"}


def tile_provider(basemap: str) -> xyzservices.TileProvider | None:
    """The web tiles to draw, their key filled in; None offline, or when a needed key is not set
    (a request without it gets no tiles, and a blank map would look like a broken one)."""
    provider = WEB_TILES.get(basemap)
    if provider is None or not provider.requires_token():
        return provider
    key = os.environ.get(TILE_KEYS.get(basemap, ""), "").strip()
    return provider(apikey=key) if key else None


OFFLINE_ATTRIBUTION = "Natural Earth · GeoNames (CC BY 4.0) · Mali Atlas"


def _read_template(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


class _Script(MacroElement):
    """A snippet of JavaScript run where the element sits in the map."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}{{ this.header_html }}{% endmacro %}
        {% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}
        """
    )

    def __init__(self, code: str, header_html: str = "", name: str = "AtlasScript"):
        super().__init__()
        self._name = name
        self.code = code
        self.header_html = header_html


class AtlasLibrary(_Script):
    """The helpers (``AtlasMap``), their CSS and the event styles, loaded once per map."""

    def __init__(self) -> None:
        code = _read_template("atlas_map.js") + f"\nAtlasMap.styles = {escape.script_json(EVENT_STYLES)};\n"
        super().__init__(
            code, header_html=f"<style>{_read_template('atlas_map.css')}</style>", name="AtlasLibrary"
        )


class _DataLayer(MacroElement):
    """A feature group filled by an ``AtlasMap`` builder from compact JSON rows."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = AtlasMap.{{ this.builder }}({{ this.data }}, {{ this.options }});
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, builder: str, columns: list[str], rows: list[list], options: dict | None = None):
        super().__init__()
        self._name = "AtlasLayer"
        self.builder = builder
        self.data = escape.script_json({"cols": columns, "rows": rows})
        self.options = escape.script_json(options or {})


class _Stamp(MacroElement):
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        AtlasMap.attachStamp({{ this._parent.get_name() }}, {{ this.html }});
        {% endmacro %}
        """
    )

    def __init__(self, html: str):
        super().__init__()
        self._name = "AtlasStamp"
        self.html = escape.script_json(html)


class _Legend(MacroElement):
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        AtlasMap.legend({{ this._parent.get_name() }}, {{ this.html }}, "bottomright");
        {% endmacro %}
        """
    )

    def __init__(self, html: str, open_: bool = False):
        super().__init__()
        self._name = "AtlasLegend"
        details = "<details open>" if open_ else "<details>"
        self.html = escape.script_json(f"{details}<summary>Legend</summary>{html}</details>")


# --- formatting ------------------------------------------------------------------------


def date_label(start: dt.date, end: dt.date, precision: int) -> str:
    """``18 Aug 2020``, ``Mar 2022``, ``27–31 Mar 2022``, ``2015`` — as precise as the source."""
    if precision == 3:
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if precision == 2:
        if (start.year, start.month) == (end.year, end.month):
            return start.strftime("%b %Y")
        return f"{start.strftime('%b %Y')} – {end.strftime('%b %Y')}"
    if start == end:
        return f"{start.day} {start.strftime('%b %Y')}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {start.strftime('%b %Y')}"
    return f"{start.day} {start.strftime('%b %Y')} – {end.day} {end.strftime('%b %Y')}"


def window_label(start: dt.date, end: dt.date, mode: str) -> str:
    if mode == "asof":
        return f"As of {end.day} {end.strftime('%b %Y')}"
    return f"{start.day} {start.strftime('%b %Y')} – {end.day} {end.strftime('%b %Y')}"


#: Radius = RADIUS_PER_ROOT * sqrt(best fatality estimate), so a marker's *area* is proportional to the
#: deaths it reports, between a floor (readable and clickable: unknown, none or under ~10) and a ceiling.
RADIUS_PER_ROOT = 1.6
MIN_RADIUS = 5.0
MAX_RADIUS = 40.0


def center_zoom(
    bbox: tuple[float, float, float, float], width: int, height: int
) -> tuple[tuple[float, float], int]:
    """Centre and the largest whole zoom at which ``bbox`` (west, south, east, north) fits a map of
    ``width`` × ``height`` pixels in Web Mercator, as Leaflet's fitBounds would choose."""
    west, south, east, north = bbox

    def merc_y(lat: float) -> float:
        s = math.sin(math.radians(max(-85.0, min(85.0, lat))))
        return 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)

    span_x = max((east - west) / 360.0, 1e-9)
    span_y = max(abs(merc_y(south) - merc_y(north)), 1e-9)
    zoom = math.floor(math.log2(min(width / (256 * span_x), height / (256 * span_y))))
    center_y = (merc_y(south) + merc_y(north)) / 2
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * center_y))))
    return (lat, (west + east) / 2), max(2, min(18, zoom))


def day_of(day: dt.date) -> int:
    """Days since 1970-01-01 (the JavaScript epoch), as the map scripts count."""
    return (day - dt.date(1970, 1, 1)).days


def page_of(element: Element) -> Figure:
    """The HTML page an element is drawn into: folium puts every map on one, and the header,
    body and script sections that exports add to live only there."""
    root = element.get_root()
    if not isinstance(root, Figure):
        raise TypeError(f"{element.get_name()} is not drawn into a page")
    return root


def marker_radius(best: object, scale: float = 1.0) -> float:
    """Radius in pixels with the marker's area proportional to the best fatality estimate."""
    if not isinstance(best, numbers.Real) or math.isnan(best):
        return MIN_RADIUS * scale
    return min(max(RADIUS_PER_ROOT * math.sqrt(max(float(best), 0.0)), MIN_RADIUS), MAX_RADIUS) * scale


def _unlisted_label(named: str, location: str) -> str:
    return f"{named} (in no gazetteer; shown at {location})"


def place_label(row: pd.Series) -> str:
    """Where an event is, in words: a village no gazetteer holds is named, with the area it is drawn on,
    so that a country-level point is not read as the place itself."""
    named = row.get("named_place")
    if isinstance(named, str) and named and named != row["location"]:
        return _unlisted_label(named, str(row["location"]))
    return str(row["location"])


def place_labels(frame: pd.DataFrame) -> pd.Series:
    """:func:`place_label` for a whole frame."""
    labels = frame["location"].fillna("").astype(str)
    if "named_place" not in frame:
        return labels
    named = frame["named_place"].fillna("").astype(str)
    told = (named != "") & (named != labels)
    if told.any():
        told_labels = [_unlisted_label(n, loc) for n, loc in zip(named[told], labels[told], strict=True)]
        labels = labels.where(~told, pd.Series(told_labels, index=labels.index[told], dtype=str))
    return labels


def tooltip_html(row: pd.Series) -> str:
    e = escape.html
    kind = EVENT_TYPE_LABELS.get(str(row["event_type"]), str(row["event_type"]))
    when = date_label(row["start"].date(), row["end"].date(), int(row["time_precision"]))
    status = "reviewed" if row["reviewed"] else "machine-extracted, not reviewed"
    deaths = ""
    if pd.notna(row.get("fatalities")):
        low, high = row.get("fatalities_low"), row.get("fatalities_high")
        rng = f" ({e(low)}–{e(high)})" if pd.notna(low) and pd.notna(high) and low != high else ""
        deaths = f"<br>Fatalities: {e(row['fatalities'])}{rng}"
    sub = f" — {e(row['sub_event_type'])}" if row.get("sub_event_type") else ""
    return (
        f"<b>{e(kind)}</b>{sub}<br>{e(when)} · {e(place_label(row))}"
        f" <i>({e(GEO_PRECISION.get(int(row['geo_precision']), ''))})</i>{deaths}"
        f"<br><i>{e(status)}</i><br><span class='atlas-tip-id'>id: {e(row['event_id'])}</span>"
    )


def popup_html(row: pd.Series) -> str:
    """Popup for exports without Streamlit: the tooltip plus actors and the first quote."""
    e = escape.html
    actors = " vs ".join(e(a) for a in (row.get("actor1"), row.get("actor2")) if isinstance(a, str) and a)
    quote = e(row.get("source_quote") or "")
    return (
        f"{tooltip_html(row)}"
        + (f"<br><b>Actors:</b> {actors}" if actors else "")
        + (f"<blockquote style='margin:4px 0;font-style:italic'>“{quote}”</blockquote>" if quote else "")
        + f"<small>Source: {e(row.get('source') or '')}</small>"
    )


def legend_html(show_mentions: bool = True, show_bases: bool = True) -> str:
    rows = ["<h4>Event type</h4>"]
    for kind in EVENT_TYPES:
        style = EVENT_STYLES[kind]
        rows.append(f"<div class='row'>{_shape_svg(style)} {escape.html(EVENT_TYPE_LABELS[kind])}</div>")
    rows.append("<h4 style='margin-top:6px'>How it is drawn</h4>")
    grey = {"color": "#8d8d8d", "stroke": "#3a3a3a", "shape": "circle"}
    rows.append(f"<div class='row'>{_shape_svg(grey)} at the place itself</div>")
    rows.append(
        f"<div class='row'>{_shape_svg(grey, fill=0.35, dash='4 2')} near it or in its district</div>"
    )
    rows.append(f"<div class='row'>{_shape_svg(grey, fill=0.0, dash='2 2')} region or country level</div>")
    rows.append(f"<div class='row'>{_shape_svg(grey, stroke='#c77c00', width=2.6)} not yet reviewed</div>")
    low, high = round((MIN_RADIUS / RADIUS_PER_ROOT) ** 2), round((MAX_RADIUS / RADIUS_PER_ROOT) ** 2)
    rows.append(
        f"<div class='row'>size: area ∝ fatalities (best estimate), from {low} to {high}; "
        "unknown or fewer: the smallest</div>"
    )
    rows.append("<div class='row'>events at one point are fanned out around it</div>")
    if show_mentions:
        rows.append(
            "<div class='row'><svg width='16' height='16'><circle cx='8' cy='8' r='4' fill='#fff' "
            "stroke='#4d4d4d'/></svg> place named in a document</div>"
        )
    if show_bases:
        for kind, label in (
            ("foreign", "base held by a foreign force"),
            ("national", "base held by national forces"),
        ):
            square = _shape_svg({"color": HOLDER_COLORS[kind], "stroke": "#111", "shape": "square"})
            rows.append(f"<div class='row'>{square} {label}</div>")
    return "".join(rows)


def _shape_svg(
    style: dict[str, str], fill: float = 0.85, dash: str = "", stroke: str = "", width: float = 1.4
) -> str:
    c, s = style["color"], stroke or style["stroke"]
    attrs = f"fill='{c}' fill-opacity='{fill}' stroke='{s}' stroke-width='{width}'" + (
        f" stroke-dasharray='{dash}'" if dash else ""
    )
    shapes = {
        "diamond": f"<polygon points='8,1 15,8 8,15 1,8' {attrs}/>",
        "triangle": f"<polygon points='8,14 15,3 1,3' {attrs}/>",
        "square": f"<rect x='2' y='2' width='12' height='12' {attrs}/>",
        "circle": f"<circle cx='8' cy='8' r='6' {attrs}/>",
    }
    return f"<svg width='16' height='16' viewBox='0 0 16 16'>{shapes[style['shape']]}</svg>"


# --- offline basemap -------------------------------------------------------------------


@lru_cache(maxsize=2)
def _countries_geojson(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


#: Towns labelled on the offline basemap: Mali's regional capitals and the neighbours' capitals.
LABELLED_TOWNS = (
    "ml-bamako", "ml-kayes", "ml-koulikoro", "ml-sikasso", "ml-segou", "ml-mopti", "ml-timbuktu",
    "ml-gao", "ml-kidal", "ml-menaka", "ml-taoudenni", "cap-niamey", "cap-ouagadougou", "cap-dakar",
    "cap-nouakchott", "cap-conakry",
)  # fmt: skip


def _town_label_rows() -> list[list]:
    from geo import gazetteer

    gaz = gazetteer.load_cached(str(paths().home), False)
    rows = []
    for pid in LABELLED_TOWNS:
        place = gaz.places.get(pid)
        if place and place.has_coordinates:
            rows.append([place.latitude, place.longitude, escape.html(place.name)])
    return rows


#: The boundaries between Mali's regions (Natural Earth admin-1 lines; see data/README.md).
REGION_LINES = "mali_regions.geojson"
REGION_STYLE = {"color": "#8a8a8a", "weight": 1.0, "dashArray": "4 3", "opacity": 0.9}


def _country_style(mali: bool, over_tiles: bool) -> dict:
    """Filled outlines are the offline basemap; over web tiles only Mali's border is drawn, unfilled,
    so the tiles show through."""
    if over_tiles:
        return {"color": "#4d4d4d", "weight": 2.0 if mali else 0.0, "fillOpacity": 0.0, "opacity": 0.8}
    return {
        "fillColor": "#fbf6ea" if mali else "#eeeeea",
        "color": "#6f6f6f" if mali else "#9a9a9a",
        "weight": 2.0 if mali else 0.8,
        "fillOpacity": 1.0,
    }


def base_map(
    basemap: str = OFFLINE,
    *,
    location: tuple[float, float] = MALI_CENTER,
    zoom: int = 5,
    asset_prefix: str | None = "/app/static",
    legend: bool = True,
    legend_open: bool = False,
    show_mentions: bool = True,
    show_bases: bool = True,
    fit: bool = True,
) -> folium.Map:
    """The static part of the map. ``asset_prefix=None`` keeps folium's CDN links (never used by default)."""
    m = folium.Map(
        location=location,
        zoom_start=zoom,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        min_zoom=3,
        max_zoom=18,
        world_copy_jump=False,
        attribution_control=True,
    )
    m.options["max_zoom"] = 18  # needed without a tile layer (see BASELINES.md)
    AtlasLibrary().add_to(m)
    provider = tile_provider(basemap)
    tiles = provider is not None
    countries = _countries_geojson(str(paths().basemap / "countries.geojson"))
    folium.GeoJson(
        countries,
        name="Countries",
        style_function=lambda f: _country_style(f["properties"].get("iso_a3") == "MLI", tiles),
        interactive=False,
        control=False,
        smooth_factor=0.5,
    ).add_to(m)
    regions = paths().basemap / REGION_LINES
    if regions.exists():
        folium.GeoJson(
            _countries_geojson(str(regions)),
            name="Regions of Mali",
            style_function=lambda f: REGION_STYLE,
            interactive=False,
            control=False,
            smooth_factor=0.5,
        ).add_to(m)
    if provider is not None:
        folium.TileLayer(
            tiles=provider.build_url(),
            attr=provider.html_attribution,
            name=basemap,
            max_zoom=int(provider.get("max_zoom", 18)),
            control=False,
        ).add_to(m)
    labels = _town_label_rows()
    _Script(
        f"AtlasMap.labels({escape.script_json(labels)}).addTo({{map}});".replace("{map}", m.get_name()),
        name="AtlasLabels",
    ).add_to(m)
    page_of(m).html.add_child(Element(""))
    _attribution(m, OFFLINE_ATTRIBUTION)
    if legend:
        _Legend(legend_html(show_mentions, show_bases), open_=legend_open).add_to(m)
    if fit:
        m.fit_bounds([list(MALI_BOUNDS[0]), list(MALI_BOUNDS[1])])
    if asset_prefix is not None:
        make_offline(m, asset_prefix)
    return m


def _attribution(m: folium.Map, text: str) -> None:
    _Script(
        f"{m.get_name()}.attributionControl.addAttribution({escape.script_json(escape.html(text))});"
    ).add_to(m)


# --- dynamic layers ----------------------------------------------------------------------

EVENT_COLUMNS_JS = ["lat", "lon", "type", "radius", "gp", "rv", "alpha", "id", "tip", "d0", "d1", "hl"]


@dataclass
class MapView:
    """Everything the dynamic layers depend on."""

    events: pd.DataFrame
    start: dt.date
    end: dt.date
    mode: str = "range"
    places: pd.DataFrame | None = None
    bases: pd.DataFrame | None = None
    show_mentions: bool = False
    show_bases: bool = True
    popups: bool = False
    title: str = ""
    extra: dict = field(default_factory=dict)
    highlight: tuple[str, ...] = ()
    #: standalone exports: all ``events`` go to the browser, which filters them by a time control
    time_control: bool = False
    span: tuple[dt.date, dt.date] | None = None


def event_rows(
    events: pd.DataFrame,
    *,
    as_of: dt.date | None = None,
    popups: bool = False,
    highlight: tuple[str, ...] = (),
) -> tuple[list[str], list[list]]:
    """Compact rows for the event layer; in *as of* mode older events fade and shrink."""
    frame = events[events["latitude"].notna() & events["longitude"].notna()]
    if frame.empty:
        return EVENT_COLUMNS_JS + (["popup"] if popups else []), []
    if as_of is not None:
        from geo.store import age_weights

        alpha = age_weights(frame, as_of)
    else:
        alpha = np.ones(len(frame))
    scale = 0.6 + 0.4 * alpha
    rows = []
    for (_, row), a, s in zip(frame.iterrows(), alpha, scale, strict=True):
        item = [
            round(float(row["latitude"]), 5),
            round(float(row["longitude"]), 5),
            str(row["event_type"]),
            round(marker_radius(row["fatalities"], float(s)), 1),
            int(row["geo_precision"]),
            bool(row["reviewed"]),
            round(float(a), 2),
            escape.html(row["event_id"]),
            tooltip_html(row),
            int(row["start_day"]),
            int(row["end_day"]),
            row["event_id"] in highlight,
        ]
        if popups:
            item.append(popup_html(row))
        rows.append(item)
    return EVENT_COLUMNS_JS + (["popup"] if popups else []), rows


#: Up to this many events the map draws one Leaflet marker each (co-located events fanned
#: out, tooltips built on the server); above it, one packed canvas layer (``pointLayer``).
SMALL_VIEW = 1500
DAY0 = dt.date(1990, 1, 1)


def _b64(array: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii")


def marker_radii(fatalities: pd.Series, scale: np.ndarray | float = 1.0) -> np.ndarray:
    """:func:`marker_radius` for a whole column."""
    best = pd.to_numeric(fatalities, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    radius = np.clip(RADIUS_PER_ROOT * np.sqrt(np.clip(np.nan_to_num(best), 0, None)), MIN_RADIUS, MAX_RADIUS)
    return radius * scale


def packed_events(events: pd.DataFrame, *, as_of: dt.date | None = None) -> dict:
    """The events in view as typed arrays (base64) for ``AtlasMap.pointLayer``.

    About 30 bytes an event instead of ~400 for a marker with its tooltip, and no
    JSON parsing or Leaflet object per event in the browser. Keys are the events'
    positions in the loaded frame (``id: #key`` in the tooltip); the UI maps a click
    back to the event id.
    """
    frame = events[events["latitude"].notna() & events["longitude"].notna()]
    n = len(frame)
    types = pd.Categorical(frame["event_type"].astype(str), categories=list(EVENT_TYPES)).codes
    gp = frame["geo_precision"].to_numpy(dtype=np.int64).clip(1, 3) - 1
    tp = frame["time_precision"].to_numpy(dtype=np.int64).clip(1, 3) - 1
    reviewed = frame["reviewed"].to_numpy(dtype=bool).astype(np.int64)
    code = (np.clip(types, 0, 7) | (gp << 3) | (reviewed << 5) | (tp << 6)).astype(np.uint8)
    if as_of is not None:
        from geo.store import age_weights

        alpha = age_weights(frame, as_of)
    else:
        alpha = np.ones(n)
    radius = np.clip(np.round(marker_radii(frame["fatalities"], 0.6 + 0.4 * alpha) * 4), 0, 255)
    day0 = (np.datetime64(DAY0, "D") - np.datetime64("1970-01-01", "D")).astype(int)
    first = np.clip(frame["start_day"].to_numpy() - day0, 0, 65535).astype(np.uint16)
    last = np.clip(frame["end_day"].to_numpy() - day0, 0, 65535).astype(np.uint16)
    deaths = pd.to_numeric(frame["fatalities"], errors="coerce").fillna(-1).to_numpy(dtype=np.int64)
    place_codes, place_names = pd.factorize(place_labels(frame))
    wide = len(place_names) > 65535
    # positions as 16-bit steps across the data's own bounding box: ~30 m over Mali
    lat, lon = frame["latitude"].to_numpy(dtype=float), frame["longitude"].to_numpy(dtype=float)
    box = [float(lat.min()), float(lon.min()), float(lat.max()), float(lon.max())] if n else [0, 0, 1, 1]
    lat_step = max(box[2] - box[0], 1e-9) / 65535
    lon_step = max(box[3] - box[1], 1e-9) / 65535
    return {
        "n": n,
        "box": box,
        "lat": _b64(np.round((lat - box[0]) / lat_step).astype(np.uint16)),
        "lon": _b64(np.round((lon - box[1]) / lon_step).astype(np.uint16)),
        "code": _b64(code),
        "radius": _b64(radius.astype(np.uint8)),
        "alpha": _b64(np.round(alpha * 255).astype(np.uint8)) if as_of is not None else None,
        "first": _b64(first),
        "last": _b64(last),
        "deaths": _b64(np.where(deaths < 0, 65535, np.clip(deaths, 0, 65534)).astype(np.uint16)),
        "place": _b64(place_codes.astype(np.uint32 if wide else np.uint16)),
        "placeWide": wide,
        "key": _b64(frame.index.to_numpy(dtype=np.int64).astype(np.int32)),
        "day0": int(day0),
        "places": [escape.html(name) for name in place_names],
        "types": list(EVENT_TYPES),
        "typeLabels": {t: escape.html(EVENT_TYPE_LABELS.get(t, t)) for t in EVENT_TYPES},
        "gpLabels": {str(k): escape.html(v) for k, v in GEO_PRECISION.items()},
    }


class _PackedLayer(MacroElement):
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = AtlasMap.pointLayer({{ this.data }});
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, data: dict):
        super().__init__()
        self._name = "AtlasPoints"
        self.data = escape.script_json(data)

    def render(self, **kwargs: object) -> None:  # type: ignore[override]  # as MacroElement's
        """As ``MacroElement.render``, but the script (megabytes of data) is not re-parsed as a
        Jinja template on its way into the figure, which would cost more than building it."""
        script = self._template.module.__dict__["script"](self, kwargs)
        page_of(self).script.add_child(_RawScript(script), name=self.get_name())


class _RawScript(Element):
    """Finished text in a figure's script section."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


def area_label_rows(events: pd.DataFrame, *, fanned: bool = True) -> tuple[list[str], list[list]]:
    """A label under each point that stands for a whole country or region, so the fan of hollow
    markers there is not read as events at the nearest town (Mali's centre is near Timbuktu)."""
    area = events[(events["geo_precision"] == 3) & events["latitude"].notna() & events["longitude"].notna()]
    rows = []
    if not area.empty:
        counts = area.groupby(["latitude", "longitude", "location"], observed=True, sort=True).size()
        for lat, lon, location, n in counts.reset_index().itertuples(index=False):
            fan = 9 + 8 * math.sqrt(n - 1) if fanned and n > 1 else 6  # its radius in atlas_map.js
            below = 4 + fan
            rows.append([float(lat), float(lon), escape.html(f"{location} as a whole"), round(below)])
    return ["lat", "lon", "label", "below"], rows


def mention_rows(places: pd.DataFrame) -> tuple[list[str], list[list]]:
    rows = []
    for _, p in places.iterrows():
        docs = len(str(p["documents"]).split("; ")) if p.get("documents") else 0
        tip = (
            f"<b>{escape.html(p['name'])}</b> ({escape.html(p['feature'])})<br>"
            f"named {int(p['mentions'])} times in {docs} document{'s' if docs != 1 else ''}<br>"
            f"<i>{escape.html(p.get('spellings', ''))}</i>"
        )
        rows.append(
            [
                float(p["latitude"]),
                float(p["longitude"]),
                round(3 + math.log2(1 + int(p["mentions"])), 1),
                tip,
            ]
        )
    return ["lat", "lon", "radius", "tip"], rows


def base_rows(bases: pd.DataFrame, on: dt.date, *, timed: bool = False) -> tuple[list[str], list[list]]:
    """Each base coloured by who holds it on ``on``; ``timed`` adds every holder with the day it
    took over, so a page with its own time slider can recolour the bases without a server."""
    rows = []
    for _, b in bases.iterrows():
        color, tip = _base_state(b, on)
        row = [float(b["latitude"]), float(b["longitude"]), color, tip, escape.html(b["short"])]
        if timed:
            changes = [dt.date.fromisoformat(step["date"]) for step in json.loads(b["handovers"] or "[]")]
            states: list[list[object]] = [[None, *_base_state(b, dt.date.min)]]
            states += [[day_of(when), *_base_state(b, when)] for when in changes]
            row.append(states)
        rows.append(row)
    cols = ["lat", "lon", "color", "tip", "label"]
    return ([*cols, "states"] if timed else cols), rows


def _base_state(base: pd.Series, on: dt.date) -> tuple[str, str]:
    """(fill colour, tooltip) of a base on a day."""
    from geo.bases import holder_on

    holder, kind, since = holder_on(base, on)
    when = f" since {since.day} {since.strftime('%b %Y')}" if since else ""
    tip = (
        f"<b>{escape.html(base['name'])}</b><br>held by {escape.html(holder)}{escape.html(when)}"
        f"<br><small>{escape.html(base['history'])}</small>"
    )
    return HOLDER_COLORS.get(kind, "#9e9e9e"), tip


def dynamic_layers(view: MapView) -> list[folium.FeatureGroup]:
    """Feature groups for the current window (sent to the browser on every change)."""
    groups = []
    events = folium.FeatureGroup(name="Events", control=False)
    as_of = view.end if view.mode == "asof" else None
    if view.time_control:
        cols, rows = event_rows(view.events, popups=view.popups, highlight=view.highlight)
        first, last = view.span or (view.start, view.end)
        options = {
            "popups": view.popups,
            "span": [day_of(first), day_of(last)],
            "window": [day_of(view.start), day_of(view.end)],
            "mode": view.mode,
            "title": escape.html(view.title),
        }
        _DataLayer("timedEventLayer", cols, rows, options).add_to(events)
    elif len(view.events) <= SMALL_VIEW:
        cols, rows = event_rows(view.events, as_of=as_of, popups=view.popups, highlight=view.highlight)
        _DataLayer("eventLayer", cols, rows, {"popups": view.popups}).add_to(events)
    else:
        _PackedLayer(packed_events(view.events, as_of=as_of)).add_to(events)
    count = len(view.events)
    title = f"<b>{escape.html(view.title)}</b><br>" if view.title else ""
    stamp = (
        f"{title}{escape.html(window_label(view.start, view.end, view.mode))}"
        f"<small>{count} event{'s' if count != 1 else ''} in view</small>"
    )
    if not view.time_control:
        _Stamp(stamp).add_to(events)
    groups.append(events)
    fanned = view.time_control or len(view.events) <= SMALL_VIEW  # the packed layer draws points in place
    area_cols, area_rows = area_label_rows(view.events, fanned=fanned)
    if area_rows:
        _DataLayer("areaLabels", area_cols, area_rows).add_to(events)
    if view.show_mentions and view.places is not None and not view.places.empty:
        mentions = folium.FeatureGroup(name="Places named", control=False)
        cols, rows = mention_rows(view.places)
        _DataLayer("mentionLayer", cols, rows).add_to(mentions)
        groups.insert(0, mentions)
    if view.show_bases and view.bases is not None and not view.bases.empty:
        bases = folium.FeatureGroup(name="Military bases", control=False)
        cols, rows = base_rows(view.bases, view.end, timed=view.time_control)
        _DataLayer("baseLayer", cols, rows).add_to(bases)
        groups.insert(0, bases)
    return groups


def full_map(view: MapView, basemap: str = OFFLINE, **kwargs: object) -> folium.Map:
    """Base map and dynamic layers in one map (standalone HTML and PNG exports)."""
    m = base_map(basemap, show_mentions=view.show_mentions, show_bases=view.show_bases, **kwargs)  # type: ignore[arg-type]
    for group in dynamic_layers(view):
        group.add_to(m)
    return m


def time_precision_label(value: int) -> str:
    return TIME_PRECISION.get(value, str(value))
