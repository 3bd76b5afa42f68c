"""The review page alone, for AppTest (the dashboard's pages are functions)."""

import streamlit as st

from geo.ui import review

st.set_page_config(layout="wide")
review.page()
