"""Mali Atlas: from written analysis of Mali's conflict to a sourced, time-aware map.

The package is importable without Streamlit; only :mod:`geo.ui` touches the UI.
"""

from __future__ import annotations

__version__ = "0.1.0"

#: Stamped on every machine-extracted record so a reviewer can tell which rules produced it.
EXTRACTOR_VERSION = f"mali-atlas/{__version__}"
