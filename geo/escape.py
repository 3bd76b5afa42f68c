"""The one place document-derived text is made safe for HTML and JavaScript.

folium puts popup and tooltip HTML inside JavaScript template literals, so a
string must be safe both as HTML (``<img onerror=…>``) and inside a template
literal (``${…}``, backticks). Every string that came from a document or a
dataset goes through :func:`html` before it reaches a map, a legend, a side
panel or an export; data embedded in a ``<script>`` goes through
:func:`script_json`.
"""

from __future__ import annotations

import json
from typing import Any

#: Every character that means something to HTML, to a JavaScript template literal (folium's
#: popups and tooltips) or to Markdown (Streamlit renders panel text as Markdown with HTML
#: allowed), as an HTML entity: each displays as itself and does nothing else. One pass,
#: so no entity is escaped twice.
_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'$`\\[]*_~#|!"})


def html(value: object) -> str:
    """``value`` safe as HTML, inside a template literal, and inside Streamlit Markdown."""
    text = "" if value is None else str(value)
    return text.translate(_ENTITIES)


def script_json(value: Any) -> str:
    """JSON that can sit inside ``<script>…</script>`` without ending it or being reinterpreted."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
