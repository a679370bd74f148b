"""The terminal app, on Textual."""

from resilience_tui.ui.collector import pause

pause()  # until the first screen is shown (ui/collector.py)
