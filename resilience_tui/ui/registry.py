"""The screens the app offers, with the key that opens each: read by the app, help and Today.

Only working screens are listed. Each is imported when first opened, so start-up pays only for Today.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import Screen

from resilience_tui.ui.common.lazy import LazyScreen

SCREENS: dict[str, tuple[str, str, Callable[[], Screen]]] = {
    "today": ("t", "Today", LazyScreen("resilience_tui.ui.today.screen:TodayScreen")),
    "checkin": ("c", "Check-in", LazyScreen("resilience_tui.ui.checkin.screen:CheckinScreen")),
    "goals": ("g", "Goals", LazyScreen("resilience_tui.ui.goals.screen:GoalsScreen")),
    "applications": ("a", "Applications", LazyScreen("resilience_tui.ui.applications.screen:ApplicationsScreen")),
    "feedback": ("f", "Feedback", LazyScreen("resilience_tui.ui.feedback.screen:FeedbackScreen")),
    "reflection": ("r", "Reflection", LazyScreen("resilience_tui.ui.reflection.screen:ReflectionScreen")),
    "journal": ("j", "Journal", LazyScreen("resilience_tui.ui.journal.screen:JournalScreen")),
    "insights": ("i", "Insights", LazyScreen("resilience_tui.ui.insights.screen:InsightsScreen")),
}

# Screens opened from others with data (no key of their own in the bar): name -> (title, lazy screen).
SECONDARY: dict[str, tuple[str, Callable[..., Screen]]] = {
    "first_aid": ("First aid", LazyScreen("resilience_tui.ui.first_aid.screen:FirstAidScreen")),
}
