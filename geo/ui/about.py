"""The data-and-sources page: what is on the map, where it comes from, and its licences."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo import corpus
from geo.config import paths
from geo.model import EVENT_TYPE_LABELS
from geo.ui import cached


def page() -> None:
    st.title("Data and sources")
    st.markdown(
        "Mali Atlas maps what written analyses of Mali’s conflict report: every place they name, "
        "and the dated events — coups, coup attempts, atrocities, base handovers and other political or "
        "security events — each tied to the sentence that reports it. **The texts are sources, not "
        "truth**: where they disagree (dates, casualty figures, who did it) every version is kept with "
        "who says it."
    )
    frame = cached.events()
    c1, c2, c3, c4 = st.columns(4)
    c1.metric("Events", len(frame))
    c2.metric("Reviewed", int(frame["reviewed"].sum()))
    c3.metric("Machine-extracted", int((~frame["reviewed"]).sum()))
    c4.metric("Places named", len(cached.places()))
    by_type = frame["event_type"].astype(str).map(EVENT_TYPE_LABELS).value_counts().rename("events")
    st.bar_chart(by_type, horizontal=True, height=220)

    st.subheader("Source documents")
    manifest = corpus.read_manifest(paths().manifest)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "file": e.file,
                    "title": e.title,
                    "publisher / author": ", ".join(x for x in (e.publisher, e.author) if x),
                    "published": e.published,
                    "how the date was established": e.date_basis,
                }
                for e in manifest.values()
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    st.subheader("Gazetteer")
    gaz = cached.gaz()
    origins = pd.Series([p.origin for p in gaz]).value_counts()
    st.markdown(
        f"{origins.get('curated', 0)} curated places with a recorded source for every coordinate, "
        f"{origins.get('local', 0)} imported by you from GeoNames dumps, and "
        f"{origins.get('geonames', 0)} GeoNames places (500+ inhabitants) for Mali, its neighbours and "
        "every capital. Place names are matched offline; online geocoding is off unless you turn it on."
    )
    st.subheader("Licences and credits")
    st.markdown(
        "- Place data: [GeoNames](https://www.geonames.org), CC BY 4.0.\n"
        "- Country outlines: [Natural Earth](https://www.naturalearthdata.com), public domain.\n"
        "- Web basemaps (only when you choose them): © OpenStreetMap contributors, © CARTO, © Esri.\n"
        "- Map engine: Leaflet, served from the installed `xstatic-leaflet` package — never from a CDN.\n"
        "- Quotes are short excerpts of the source documents, cited with their file."
    )
