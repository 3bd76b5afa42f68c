"""A page showing one event's side panel, for AppTest (the event comes in through session state).

A file rather than ``AppTest.from_function``: Streamlit leaves the script it ran as ``__main__``, and
Dask's spawned workers re-run ``__main__``; this file does nothing outside a Streamlit session.
"""

import pandas as pd
import streamlit as st

from geo.ui.panels import event_panel

event = st.session_state.get("event") if st.runtime.exists() else None
if event is not None:
    event_panel(pd.Series(event), pd.DataFrame())
