"""Mali Atlas dashboard: `streamlit run dashboard.py` (or `make run`).

A thin entry point: the pages live in geo/ui/.
"""

import streamlit as st

from geo.ui import about, cached, explore, present, review

# the icon is drawn locally: a ":material/…:" page icon makes the browser fetch it from Google's CDN
st.set_page_config(
    page_title="Mali Atlas", page_icon=cached.favicon(), layout="wide", initial_sidebar_state="expanded"
)

navigation = st.navigation(
    [
        st.Page(explore.page, title="Map", icon=":material/map:", url_path="map", default=True),
        st.Page(present.page, title="Present", icon=":material/slideshow:", url_path="present"),
        st.Page(review.page, title="Add & review", icon=":material/fact_check:", url_path="review"),
        st.Page(about.page, title="Data & sources", icon=":material/menu_book:", url_path="sources"),
    ]
)
navigation.run()
