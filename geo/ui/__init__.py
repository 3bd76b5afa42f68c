"""The Streamlit user interface. Nothing outside this package imports Streamlit."""
