"""The presenter page alone, for AppTest."""

import streamlit as st

from geo.ui import present

st.set_page_config(layout="wide")
present.page()
