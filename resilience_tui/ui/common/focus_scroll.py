"""A scrolling pane whose focus restyles the pane alone, not everything inside it.

When a widget gains or loses focus, Textual works out the style of the widget and of
every widget inside it again, in case a rule styles what is inside a focused widget
(`DataTable:focus > .cursor`). For a pane that holds a whole screen's sections, that is
a few milliseconds at start-up, when focus first lands on it. The pane's own look
(`VerticalScroll:focus` in app.tcss) is all that its focus changes, so it alone is
styled again, unless the stylesheet has a rule that styles the inside of a focused
widget which this pane could be: then Textual's own way is kept.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.css.stylesheet import Stylesheet
from textual.widget import Widget


def focus_styles_inside(stylesheet: Stylesheet, widget: Widget) -> bool:
    """Whether some rule styles what is inside `widget` by its focus (`X:focus Y`, X matching `widget`)."""
    for rule in stylesheet.rules:
        if "focus" not in rule.pseudo_classes:
            continue
        for selector_set in rule.selector_set:
            for selector in selector_set.selectors[:-1]:
                # The selector's own part only (its type, class or id): a rule whose other parts
                # would not match is counted too, which only ever styles more.
                if "focus" in selector.pseudo_classes and selector._check(widget):
                    return True
    return False


class FocusScroll(VerticalScroll):
    def watch_has_focus(self, _has_focus: bool) -> None:
        stylesheet = self.app.stylesheet
        if focus_styles_inside(stylesheet, self):
            super().watch_has_focus(_has_focus)
        else:
            # As Textual's update_nodes does for a scrolling widget: the pane, then its scroll bars.
            stylesheet.update_nodes([self], animate=True)
