"""A print-quality static map of a snapshot spec, drawn by matplotlib — no browser needed.

Same picture as the web map: Web Mercator, the offline country outlines and town
labels, one shape and colour per event type (:data:`geo.maps.EVENT_STYLES`),
marker area proportional to fatalities, hollow and dashed for places known only to
the district or the country, an amber outline while unreviewed, a ring around
highlighted events, bases coloured by who holds them. Title, window, caption,
legend, scale bar and attribution are drawn on the figure. PNG, SVG or PDF by the
file's extension.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")  # never a window: this runs on servers

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from pyproj import Transformer

from geo import maps, store
from geo.config import paths
from geo.snapshot import HEADER_PX, Spec, bounds, view

MARKERS = {"circle": "o", "diamond": "D", "triangle": "v", "square": "s"}
DPI = 150
_TO_MERCATOR = Transformer.from_crs(4326, 3857, always_xy=True)
FORMATS = {".png", ".svg", ".pdf"}
#: A white halo keeps labels legible over markers and lines (the web map's text-shadow).
HALO = [patheffects.withStroke(linewidth=2.2, foreground="white")]


def _xy(lon: np.ndarray | float, lat: np.ndarray | float) -> tuple[np.ndarray, np.ndarray]:
    x, y = _TO_MERCATOR.transform(lon, lat)
    return np.asarray(x), np.asarray(y)


def _countries() -> gpd.GeoDataFrame:
    frame = gpd.read_file(paths().basemap / "countries.geojson")
    return frame.to_crs(3857)


def _region_lines() -> gpd.GeoDataFrame | None:
    path = paths().basemap / maps.REGION_LINES
    return gpd.read_file(path).to_crs(3857) if path.exists() else None


def _area_pt2(radius_px: np.ndarray) -> np.ndarray:
    """matplotlib's marker size (points², the marker's square box) for a web-map radius in pixels."""
    diameter_pt = 2 * radius_px * 72 / 96
    return diameter_pt**2


def _nice_km(width_km: float) -> float:
    target = width_km / 5
    exponent = 10 ** math.floor(math.log10(target))
    return max(n * exponent for n in (1, 2, 5) if n * exponent <= target) if target >= 1 else 1.0


def figure(spec: Spec, frame: pd.DataFrame) -> Figure:
    """The snapshot as a matplotlib figure (sized like the PNG export)."""
    west, south, east, north = bounds(spec)
    fig = plt.figure(figsize=(spec.width / DPI, spec.height / DPI), dpi=DPI)
    header = HEADER_PX / spec.height
    ax = fig.add_axes((0, 0, 1, 1 - header))
    x0, y0 = map(float, _xy(west, south))
    x1, y1 = map(float, _xy(east, north))
    # keep the aspect of the map area: widen or heighten the box to fit the axes
    box_w, box_h = x1 - x0, y1 - y0
    axes_ratio = spec.width / (spec.height - HEADER_PX)
    if box_w / box_h < axes_ratio:
        grow = (box_h * axes_ratio - box_w) / 2
        x0, x1 = x0 - grow, x1 + grow
    else:
        grow = (box_w / axes_ratio - box_h) / 2
        y0, y1 = y0 - grow, y1 + grow
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_axis_off()
    ax.set_facecolor("#cfe3ee")
    ax.add_patch(plt.Rectangle((x0, y0), x1 - x0, y1 - y0, color="#cfe3ee", zorder=0))
    countries = _countries()
    mali = countries["iso_a3"] == "MLI"
    countries[~mali].plot(ax=ax, color="#eeeeea", edgecolor="#9a9a9a", linewidth=0.6, zorder=1)
    countries[mali].plot(ax=ax, color="#fbf6ea", edgecolor="#6f6f6f", linewidth=1.4, zorder=2)
    regions = _region_lines()
    if regions is not None:
        style = maps.REGION_STYLE
        regions.plot(ax=ax, color=style["color"], linewidth=0.7, linestyle=(0, (4, 3)), zorder=2.5)
    labels = _labels(ax)
    if spec.show_bases:
        labels += _bases(ax, frame, spec)
    events = view(spec, frame)
    _events(ax, events, spec)
    labels += _area_labels(ax, events)
    _header(fig, spec, header, len(events))
    _legend(ax, spec)
    _declutter(fig, labels, keep_clear=[ax.get_legend()])
    _scale_bar(ax, (x0, y0, x1, y1))
    ax.text(
        0.995,
        0.005,
        maps.OFFLINE_ATTRIBUTION,
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=6.5,
        color="#333",
        bbox={"facecolor": "white", "alpha": 0.75, "edgecolor": "none", "pad": 1.5},
        zorder=10,
    )
    return fig


def _labels(ax: plt.Axes) -> list[tuple[int, Text]]:
    """Town labels ranked as on the web map: the capital first, the other towns after the bases."""
    from html import unescape

    out: list[tuple[int, Text]] = []
    for i, (lat, lon, name) in enumerate(maps._town_label_rows()):
        x, y = _xy(lon, lat)
        ax.plot(x, y, "o", color="#222", markersize=2.5, zorder=5)
        text = ax.annotate(
            unescape(name), (x, y), xytext=(4, -3), textcoords="offset points", fontsize=7, fontweight="bold",
            color="#111", zorder=7, annotation_clip=True, path_effects=HALO,
        )  # fmt: skip
        out.append((0 if i == 0 else 100 + i, text))
    return out


def _bases(ax: plt.Axes, frame: pd.DataFrame, spec: Spec) -> list[tuple[int, Text]]:
    from geo import bases, gazetteer

    sites = bases.bases_frame(frame, gazetteer.load())
    out: list[tuple[int, Text]] = []
    for i, (_, b) in enumerate(sites.iterrows()):
        _, kind, _ = bases.holder_on(b, spec.end)
        x, y = _xy(float(b["longitude"]), float(b["latitude"]))
        ax.scatter(
            x, y, s=_area_pt2(np.array(9.0)), marker="s", c=maps.HOLDER_COLORS.get(kind, "#9e9e9e"),
            edgecolors="#111", linewidths=1.6, zorder=6,
        )  # fmt: skip
        text = ax.annotate(
            b["short"], (x, y), xytext=(9, -3), textcoords="offset points", fontsize=7, fontweight="bold",
            color="#111", zorder=7, annotation_clip=True, path_effects=HALO,
        )  # fmt: skip
        out.append((10 + i, text))
    return out


def _area_labels(ax: plt.Axes, events: pd.DataFrame) -> list[tuple[int, Text]]:
    """As on the web map: "Mali as a whole" under the fan of events placed only at country level."""
    from html import unescape

    cols, rows = maps.area_label_rows(events)
    out: list[tuple[int, Text]] = []
    for i, row in enumerate(rows):
        lat, lon, label, below = (row[cols.index(c)] for c in ("lat", "lon", "label", "below"))
        x, y = _xy(lon, lat)
        offset = (0, -(below + 6) * 72 / 96)
        text = ax.annotate(
            unescape(label), (x, y), xytext=offset, textcoords="offset points", ha="center", va="top",
            fontsize=7, fontstyle="italic", fontweight="bold", color="#555", zorder=7, annotation_clip=True,
            path_effects=HALO,
        )  # fmt: skip
        out.append((300 + i, text))
    return out


def _declutter(fig: Figure, labels: list[tuple[int, Text]], keep_clear: list | None = None) -> None:
    """Hide the lower-ranked of two overlapping labels, as the web map does, and any label
    the legend would cover."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    placed: list = [artist.get_window_extent(renderer) for artist in keep_clear or [] if artist is not None]
    for _, text in sorted(labels, key=lambda item: item[0]):
        box = text.get_window_extent(renderer).expanded(1.05, 1.1)
        if any(box.overlaps(other) for other in placed):
            text.set_visible(False)
        else:
            placed.append(box)


def _events(ax: plt.Axes, events: pd.DataFrame, spec: Spec) -> None:
    events = events[events["latitude"].notna() & events["longitude"].notna()]
    if events.empty:
        return
    if spec.mode == "asof":
        alpha = store.age_weights(events, spec.end)
    else:
        alpha = np.ones(len(events))
    radius = maps.marker_radii(events["fatalities"], 0.6 + 0.4 * alpha)
    x, y = _xy(events["longitude"].to_numpy(dtype=float), events["latitude"].to_numpy(dtype=float))
    kinds = events["event_type"].astype(str).to_numpy()
    gp = events["geo_precision"].to_numpy(dtype=int)
    reviewed = events["reviewed"].to_numpy(dtype=bool)
    highlighted = events["event_id"].isin(spec.highlight).to_numpy()
    x, y = _fan_out(ax, x, y)
    order = np.argsort(-radius)  # big ones first, small ones on top
    for i in order:
        style = maps.EVENT_STYLES.get(kinds[i], maps.EVENT_STYLES["other"])
        fill_alpha = {1: 0.85, 2: 0.35, 3: 0.0}[int(gp[i])] * alpha[i]
        face = matplotlib.colors.to_rgba(style["color"], fill_alpha)
        edge = matplotlib.colors.to_rgba(style["stroke"] if reviewed[i] else "#c77c00", alpha[i])
        line = "-" if gp[i] == 1 else (0, (4, 2.5)) if gp[i] == 2 else (0, (1.5, 2.5))
        if highlighted[i]:
            ax.scatter(
                x[i], y[i], s=_area_pt2(np.array(radius[i] + 6)), marker="o", facecolors="none",
                edgecolors="#111", linewidths=2.4, zorder=7,
            )  # fmt: skip
        ax.scatter(
            x[i], y[i], s=_area_pt2(np.array(radius[i])), marker=MARKERS.get(style["shape"], "o"),
            facecolors=[face], edgecolors=[edge], linewidths=1.2 if reviewed[i] else 2.2, linestyles=[line],
            zorder=8,
        )  # fmt: skip


def _fan_out(ax: plt.Axes, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Events at exactly one point spread on a small spiral (as on the web map), tied to it by a line."""
    x, y = x.astype(float).copy(), y.astype(float).copy()
    groups: dict[tuple[float, float], list[int]] = {}
    for i, key in enumerate(zip(np.round(x, 1), np.round(y, 1), strict=True)):
        groups.setdefault(key, []).append(i)
    to_pixels, to_data = ax.transData, ax.transData.inverted()
    px_per_web_px = DPI / 96
    for members in groups.values():
        if len(members) < 2:
            continue
        cx, cy = to_pixels.transform((x[members[0]], y[members[0]]))
        for k, i in enumerate(members):
            rad, angle = (9 + 8 * math.sqrt(k)) * px_per_web_px, k * 2.39996
            nx, ny = to_data.transform((cx + rad * math.cos(angle), cy + rad * math.sin(angle)))
            ax.plot([x[i], nx], [y[i], ny], color="#555", linewidth=0.5, alpha=0.6, zorder=7)
            x[i], y[i] = nx, ny
    return x, y


def _header(fig: Figure, spec: Spec, header: float, count: int) -> None:
    top = 1 - 0.12 * header
    left = 16 / spec.width
    briefing = spec.extra.get("briefing", "")
    if briefing:
        fig.text(left, top, briefing.upper(), fontsize=7, color="#8e1b1b", va="top")
        top -= 0.16 * header
    fig.text(left, top, spec.title or "Mali Atlas", fontsize=13, fontweight="bold", color="#222", va="top")
    fig.text(
        left, top - 0.3 * header, f"{spec.window_label} · {count} event{'' if count == 1 else 's'} in view",
        fontsize=8.5, color="#444", va="top",
    )  # fmt: skip
    if spec.caption:
        fig.text(left, top - 0.5 * header, spec.caption, fontsize=7.5, color="#333", va="top", wrap=True)
    fig.add_artist(
        Line2D([0, 1], [1 - header, 1 - header], transform=fig.transFigure, color="#ddd", linewidth=0.8)
    )


def _legend(ax: plt.Axes, spec: Spec) -> None:
    from geo.model import EVENT_TYPE_LABELS

    handles = []
    for kind, style in maps.EVENT_STYLES.items():
        handles.append(
            Line2D(
                [], [], linestyle="none", marker=MARKERS[style["shape"]], markersize=7,
                markerfacecolor=style["color"], markeredgecolor=style["stroke"],
                label=EVENT_TYPE_LABELS[kind],
            )
        )  # fmt: skip
    grey = maps.EVENT_STYLES["other"]
    handles += [
        Line2D([], [], linestyle="none", marker="o", markersize=7, markerfacecolor=grey["color"],
               markeredgecolor=grey["stroke"], label="at the place itself"),
        Line2D([], [], linestyle="none", marker="o", markersize=7, markerfacecolor="none",
               markeredgecolor=grey["stroke"], label="district, region or country level (hollow)"),
        Line2D([], [], linestyle="none", marker="o", markersize=7, markerfacecolor=grey["color"],
               markeredgecolor="#c77c00", markeredgewidth=2, label="not yet reviewed"),
    ]  # fmt: skip
    if spec.show_bases:
        handles += [
            Line2D([], [], linestyle="none", marker="s", markersize=7, markerfacecolor=color,
                   markeredgecolor="#111", label=f"base held by {label}")
            for label, color in (("a foreign force", maps.HOLDER_COLORS["foreign"]),
                                 ("national forces", maps.HOLDER_COLORS["national"]))
        ]  # fmt: skip
    legend = ax.legend(
        handles=handles, loc="lower right", fontsize=6.5, frameon=True, framealpha=0.92,
        title="area ∝ fatalities (best estimate)", title_fontsize=6.5, borderpad=0.6,
        bbox_to_anchor=(0.995, 0.03),
    )  # fmt: skip
    legend.set_zorder(11)


def _scale_bar(ax: plt.Axes, box: tuple[float, float, float, float]) -> None:
    x0, y0, x1, y1 = box
    mid_lat = math.degrees(math.atan(math.sinh(((y0 + y1) / 2) / 6378137.0)))
    ground_per_unit = math.cos(math.radians(mid_lat))  # Web Mercator metres → ground metres
    width_km = (x1 - x0) * ground_per_unit / 1000
    length_km = _nice_km(width_km)
    length_units = length_km * 1000 / ground_per_unit
    sx, sy = x0 + 0.02 * (x1 - x0), y0 + 0.04 * (y1 - y0)
    ax.plot([sx, sx + length_units], [sy, sy], color="#111", linewidth=2.5, solid_capstyle="butt", zorder=10)
    ax.text(sx, sy + 0.012 * (y1 - y0), f"{length_km:g} km", fontsize=7, color="#111", zorder=10)


def render(spec: Spec, frame: pd.DataFrame, out: Path) -> Path:
    """Write the static map to ``out`` (.png, .svg or .pdf)."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{out.name}: a static map is .png, .svg or .pdf")
    fig = figure(spec, frame)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.tmp{suffix}")
        fig.savefig(tmp, dpi=DPI, format=suffix.lstrip("."), facecolor="white")
        tmp.replace(out)
    finally:
        plt.close(fig)
    return out


def project(lat: float, lon: float, spec: Spec) -> tuple[float, float]:
    """The pixel of (lat, lon) in the rendered PNG (for tests and annotations)."""
    fig = figure(replace(spec, show_bases=False), _empty())
    try:
        ax = fig.axes[0]
        x, y = _xy(lon, lat)
        px, py = ax.transData.transform((float(x), float(y)))
        return float(px), float(spec.height - py)
    finally:
        plt.close(fig)


def _empty() -> pd.DataFrame:
    return store.prepare(
        pd.DataFrame(
            columns=[
                "event_id", "event_date", "end_date", "event_type", "reviewed", "actor1", "actor2", "source",
                "fatalities", "fatalities_low", "fatalities_high", "latitude", "longitude", "geo_precision",
                "time_precision", "place_id", "layer",
            ]
        )
    )  # fmt: skip
