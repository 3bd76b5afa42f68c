"""Cached access to everything the pages read, so reruns never re-read files.

Frames are cached as shared resources and treated as read-only by the pages;
their cache key is the build outputs' modification times, so a rebuild (or an
ingested document) is picked up on the next rerun without restarting.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from geo import assets, bases, gazetteer, store
from geo.config import Paths, paths
from geo.gazetteer import Gazetteer


@st.cache_resource(show_spinner=False)
def favicon():  # -> PIL.Image.Image
    """A map pin in the event colours, drawn here so that no icon is fetched from a CDN."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(14, 30), (50, 30), (32, 62)], fill="#8e1b1b")
    draw.ellipse((10, 4, 54, 48), fill="#8e1b1b")
    draw.ellipse((22, 16, 42, 36), fill="#fbf6ea")
    return image


def home() -> str:
    return str(paths().home)


@st.cache_resource(show_spinner=False)
def static_assets() -> list[str]:
    """Copy Leaflet and jQuery from the xstatic packages under ./static (once per server)."""
    return [str(p) for p in assets.ensure_static()]


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer_for(home_dir: str) -> Gazetteer:
    return gazetteer.load(Paths(Path(home_dir)))


def gaz() -> Gazetteer:
    return gazetteer_for(home())


@st.cache_resource(max_entries=4, show_spinner="Loading events…")
def _events(signature: tuple) -> pd.DataFrame:
    return store.read_events()


@st.cache_resource(max_entries=4, show_spinner=False)
def _places(signature: tuple) -> pd.DataFrame:
    return store.read_places()


@st.cache_resource(max_entries=4, show_spinner=False)
def _bases(signature: tuple, home_dir: str) -> pd.DataFrame:
    return bases.bases_frame(_events(signature), gazetteer_for(home_dir))


def signature() -> tuple:
    return store.files_signature()


def events() -> pd.DataFrame:
    return _events(signature())


@st.cache_resource(max_entries=4, show_spinner=False)
def _actor_names(signature: tuple) -> list[str]:
    return store.all_actors(_events(signature))


@st.cache_resource(max_entries=4, show_spinner=False)
def _document_ids(signature: tuple) -> list[str]:
    return store.all_documents(_events(signature))


def actor_names() -> list[str]:
    return _actor_names(signature())


def document_ids() -> list[str]:
    return _document_ids(signature())


def places() -> pd.DataFrame:
    return _places(signature())


def base_sites() -> pd.DataFrame:
    return _bases(signature(), home())


@st.cache_data(max_entries=32, show_spinner=False)
def document_text(source_id: str, sig: tuple) -> str | None:
    return store.read_document_text(source_id)


@st.cache_data(max_entries=8, show_spinner=False)
def document_titles(sig: tuple) -> dict[str, str]:
    """Titles of the seed documents and of every document added to the workspace."""
    from geo import corpus, workspace

    manifest = corpus.read_manifest(paths().manifest)
    titles = {name: entry.title for name, entry in manifest.items()}
    if workspace.exists():
        with workspace.connect(create=False) as conn:
            titles.update({d.doc_id: d.title for d in workspace.documents(conn)})
    return titles
