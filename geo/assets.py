"""Leaflet and friends from installed ``xstatic-*`` packages, never from a CDN.

folium points its JavaScript and CSS at CDNs; a map that must work in a
briefing room with no internet cannot. This module knows where the installed
packages keep the same files and offers them three ways:

* copied under ``static/vendor/`` for Streamlit's static file serving
  (``/app/static/vendor/…``), which the streamlit-folium iframe can load;
* as ``file://``-free relative links for HTML written next to a ``vendor`` folder;
* inlined into a single self-contained HTML file for the standalone export.

Only Leaflet, its CSS and jQuery (which folium's popup template calls) are
needed: markers are drawn as vector shapes, so no icon fonts or images load.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import folium
import xstatic.pkg.jquery as xjquery
import xstatic.pkg.leaflet as xleaflet

from geo.config import REPO_ROOT


@dataclass(frozen=True)
class Asset:
    name: str
    kind: str  # "js" or "css"
    source: Path

    @property
    def relative(self) -> str:
        return f"vendor/{self.source.parent.parent.name}-{self.name}"


def _pkg_dir(module: object) -> Path:
    return Path(module.BASE_DIR)  # type: ignore[attr-defined]


ASSETS: tuple[Asset, ...] = (
    Asset("leaflet.css", "css", _pkg_dir(xleaflet) / "leaflet.css"),
    Asset("leaflet.js", "js", _pkg_dir(xleaflet) / "leaflet.js"),
    Asset("jquery.min.js", "js", _pkg_dir(xjquery) / "jquery.min.js"),
)

#: Versions folium 0.20 expects, and what the installed packages provide.
VERSIONS = {"leaflet": xleaflet.VERSION, "jquery": xjquery.VERSION}

STATIC_DIR = REPO_ROOT / "static"
STREAMLIT_STATIC_PREFIX = "/app/static"


def ensure_static(static_dir: Path = STATIC_DIR) -> list[Path]:
    """Copy the assets under ``static_dir/vendor`` (only files that changed)."""
    written = []
    for asset in ASSETS:
        target = static_dir / asset.relative
        if not target.exists() or _digest(target) != _digest(asset.source):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(asset.source, target)
        written.append(target)
    return written


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def links(prefix: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``(default_js, default_css)`` lists in folium's format, pointing at ``prefix/vendor/…``."""
    js = [(a.name, f"{prefix}/{a.relative}") for a in ASSETS if a.kind == "js"]
    css = [(a.name, f"{prefix}/{a.relative}") for a in ASSETS if a.kind == "css"]
    return js, css


def make_offline(m: folium.Map, prefix: str = STREAMLIT_STATIC_PREFIX) -> folium.Map:
    """Point the map (and every plugin element in it) at local copies of the assets."""
    js, css = links(prefix)
    m.default_js = js
    m.default_css = css
    for element in _walk(m):
        if element is not m and (
            getattr(element, "default_js", None) or getattr(element, "default_css", None)
        ):
            element.default_js = []
            element.default_css = []
    return m


def _walk(element: object):
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


_SCRIPT_SRC = re.compile(r'<script[^>]*\bsrc="([^"]+)"[^>]*>\s*</script>', re.I)
_CSS_LINK = re.compile(r'<link[^>]*\bhref="([^"]+\.css)"[^>]*/?>', re.I)


def inline(html: str) -> str:
    """Replace links to the vendored assets with their contents, for a single-file export."""
    by_link = {a.relative: a for a in ASSETS}

    def find(url: str) -> Asset | None:
        return next((a for rel, a in by_link.items() if url.endswith(rel)), None)

    def script(match: re.Match[str]) -> str:
        asset = find(match.group(1))
        if asset is None:
            return match.group(0)
        body = asset.source.read_text(encoding="utf-8").replace("</script", "<\\/script")
        return f"<script>/* {asset.name} (inlined) */\n{body}\n</script>"

    def style(match: re.Match[str]) -> str:
        asset = find(match.group(1))
        if asset is None:
            return match.group(0)
        return f"<style>/* {asset.name} (inlined) */\n{asset.source.read_text(encoding='utf-8')}\n</style>"

    return _CSS_LINK.sub(style, _SCRIPT_SRC.sub(script, html))


_FETCHED = re.compile(
    r'<(?:script|img|iframe)\b[^>]*\bsrc="(https?://[^"]+)"|<link\b[^>]*\bhref="(https?://[^"]+)"'
    r"|url\(['\"]?(https?://[^'\")]+)",
    re.I,
)


def external_urls(html: str) -> list[str]:
    """Every http(s) URL the HTML would fetch as a script, stylesheet, frame or image (links a
    reader may click, such as Leaflet's attribution, are not fetched and not counted)."""
    return sorted({next(g for g in m.groups() if g) for m in _FETCHED.finditer(html)})
