"""The feedback received, one point a line; g makes the highlighted point a goal."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from resilience_tui.domain.feedback import FeedbackPoint, guess_category
from resilience_tui.domain.visible import visible


class PointsList(OptionList):
    BINDINGS = [Binding("g", "make_goal", "Make a goal", tooltip="Add the highlighted point to your Goals board")]

    class GoalRequested(Message):
        def __init__(self, point: FeedbackPoint) -> None:
            super().__init__()
            self.point = point

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.points: dict[str, FeedbackPoint] = {}

    def show(self, points: tuple[FeedbackPoint, ...]) -> None:
        highlighted = self.highlighted
        self.points = {p.id: p for p in points}
        self.clear_options()
        for point in points:
            if point.goal_id:
                label = Content.assemble(("✓ ", "$text-success"), visible(point.text), ("  on your goals", "dim"))
            else:
                label = Content.assemble(("· ", "dim"), visible(point.text), (f"  g: {guess_category(point.text)} goal", "dim"))
            self.add_option(Option(label, id=point.id))
        if points:
            self.highlighted = min(highlighted or 0, len(points) - 1)

    def action_make_goal(self) -> None:
        if self.highlighted is None or not self.option_count:
            return
        point = self.points.get(self.get_option_at_index(self.highlighted).id or "")
        if point is not None:
            self.post_message(self.GoalRequested(point))
