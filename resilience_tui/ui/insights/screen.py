"""Insights: what the records say, over a range the person picks, each section in words first.

The first frame shows the range picker and "Looking through your records…" in each
section. The records are then read and grouped once (`insight_base`) in a thread, off
the key press; the report of each other range is then made in a thread while the
person reads (a calendar year stepped to with `[` or `]` is made when asked). A return to
the screen recomputes only when the store changed since (or the day did, or a file of check-ins).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import partial

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.insight_range import KINDS, MONTHS_12, YEAR, InsightRange, make_range, step_year
from resilience_tui.domain.insight_report import InsightBase, InsightReport, insight_base, insight_report
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.screen_bar import ScreenBar
from resilience_tui.ui.insights import sections
from resilience_tui.ui.insights.pixel_grid import PixelGrid
from resilience_tui.ui.insights.range_picker import RangePicker
from resilience_tui.ui.insights.summaries import Stamp, summaries_of
from resilience_tui.ui.predictions.insights_section import section_body
from resilience_tui.ui.today.unchanged import update

DataKey = tuple[int, date, tuple[tuple[int, Stamp], ...]]
BODIES = ("ins-bounce", "ins-pixels", "ins-better", "ins-funnel", "ins-steady", "ins-on-this-day",
          "ins-predictions")


class InsightsScreen(ResilienceScreen):
    CSS_PATH = "insights.tcss"  # loaded when the screen is first opened, not at start-up
    TITLE = "Insights"
    AUTO_FOCUS = "RangePicker"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (150, "-wide")]
    BINDINGS = [
        Binding("left_square_bracket", "step_year(-1)", "Year before", key_display="[",
                tooltip="The calendar year before the one shown"),
        Binding("right_square_bracket", "step_year(1)", "Year after", key_display="]",
                tooltip="The calendar year after the one shown (up to this year)"),
        Binding("d", "focus_days", "Days", tooltip="Move to Year in pixels, where the arrow keys pick a day"),
        Binding("1", "pick('30d')", "Last 30 days", show=False),
        Binding("2", "pick('90d')", "Last 90 days", show=False),
        Binding("3", "pick('12m')", "Last 12 months", show=False),
        Binding("4", "pick('year')", "A calendar year", show=False),
        Binding("5", "pick('all')", "Everything", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
    ]
    HELP_KEYS = [
        ("1 2 3 4 5", "Last 30 days, last 90 days, last 12 months, a calendar year, everything"),
        ("left / right", "On the range row: the range before or after"),
        ("up / down", "Scroll the page (on the range row); pageup / pagedown anywhere"),
        ("arrows", "In Year in pixels: move the day cursor (left and right a day, up and down a month)"),
        ("enter", "In Year in pixels: show that day's check-ins, journal entries and events"),
        ("tab", "Between the range row and Year in pixels"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.kind = MONTHS_12
        self.year: int | None = None  # the calendar year shown when `kind` is YEAR
        self.base: InsightBase | None = None
        self.report: InsightReport | None = None
        # (store.changes(), today, the check-ins' years' stamps) the base was read at
        self._base_key: DataKey | None = None
        self._loading_key: DataKey | None = None
        self._reports: dict[InsightRange, InsightReport] = {}  # by range, for the records read at `_base_key`
        self._visited = False

    def compose(self) -> ComposeResult:
        yield ScreenBar()
        with VerticalScroll(id="insights", can_focus=False):
            yield RangePicker(id="ins-range")
            yield Static(id="ins-range-words", classes="hint")
            with Vertical(id="ins-columns"):
                with Vertical(id="ins-left", classes="ins-column"):
                    yield from self._section(0, "ins-bounce")
                    yield Static(f"2  {sections.TITLES[1]}", classes="section-title")
                    yield Static(sections.LOOKING, id="ins-pixels", classes="ins-body")
                    yield PixelGrid(id="ins-grid")
                    yield Static(id="ins-day", classes="ins-day")
                    yield Static(sections.pixels_legend(), classes="hint")
                with Vertical(id="ins-right", classes="ins-column"):
                    for index, body in enumerate(BODIES[2:], start=2):
                        yield from self._section(index, body)
        yield KeysFooter()

    @staticmethod
    def _section(index: int, body: str) -> ComposeResult:
        yield Static(f"{index + 1}  {sections.TITLES[index]}", classes="section-title")
        yield Static(sections.LOOKING, id=body, classes="ins-body")

    # -- filling -------------------------------------------------------------
    def _data_key(self) -> DataKey:
        # A year of check-ins the store has not read (Insights reads their summaries) changes only on disk.
        return self.app.store.changes(), self.app.now().date(), summaries_of(self.app.store).stamps()

    def on_screen_resume(self) -> None:
        first_visit, self._visited = not self._visited, True
        self.app.guard(self.app.store.refresh)
        key = self._data_key()
        if key not in (self._base_key, self._loading_key):
            # After the first frame: the thread's work would otherwise share the time of the paint. On
            # the first visit Textual lays the screen out and paints it in this same event, and the next
            # refresh waits for its restyling to the breakpoints (tens of milliseconds): the next message
            # comes after the paint. A return paints on the next refresh.
            if first_visit:
                self.call_later(self._load, key)
            else:
                self.call_after_refresh(self._load, key)

    def _load(self, key: DataKey) -> None:
        self._loading_key = key
        self._compute(key, self.kind, self.year)

    # A description of its own: Textual would otherwise describe a worker by the repr of its arguments,
    # on the UI thread (the records' base: tens of milliseconds at thirty years).
    @work(thread=True, exclusive=True, group="insights", exit_on_error=False, description="Insights: the sections")
    def _compute(self, key: DataKey, kind: str, year: int | None) -> None:
        """Read every record (the check-ins as summed up by day), and make the report of the range shown:
        off the UI thread."""
        from resilience_tui.store.errors import StoreError

        store = self.app.store
        today = key[1]
        try:
            base = insight_base(today, book=summaries_of(store).book(), journal=store.journal.all(),
                                applications=store.applications.all(), feedback=store.feedback.all(),
                                goals=store.goals.all(), worries=store.worries.all())
        except StoreError as error:
            self.app.call_from_thread(self._not_read, key, error.message)
            return
        span = make_range(kind, today, first_day=base.first_day, year=year)
        report = insight_report(base, span, today)
        self.app.call_from_thread(self._filled, key, base, report)

    @work(thread=True, exclusive=True, group="insights-ranges", exit_on_error=False,
          description="Insights: the other ranges")
    def _prepare_ranges(self, key: DataKey, base: InsightBase) -> None:
        """The other ranges' reports, while the person reads: picking one then only draws it
        (everything costs about 50 ms at thirty years)."""
        reports = {}
        for kind in KINDS:
            span = make_range(kind, key[1], first_day=base.first_day)
            if span not in self._reports:
                reports[span] = insight_report(base, span, key[1])
        self.app.call_from_thread(self._keep, key, reports)

    def _keep(self, key: DataKey, reports: dict[InsightRange, InsightReport]) -> None:
        if key == self._base_key:
            self._reports.update(reports)

    def _report(self, span: InsightRange) -> InsightReport:
        """The report of `span` from the records read last: kept from before when it was made already."""
        assert self.base is not None and self._base_key is not None
        if span not in self._reports:
            self._reports[span] = insight_report(self.base, span, self._base_key[1])
        return self._reports[span]

    def _not_read(self, key: DataKey, message: str) -> None:
        self._loading_key = None
        for body in BODIES:
            update(self.query_one(f"#{body}", Static), Content(f"Your records could not be read just now. {message}"))
        self.app.report_problems()

    def _filled(self, key: DataKey, base: InsightBase, report: InsightReport) -> None:
        if key != self._loading_key:
            return  # an older reading, overtaken by a newer one
        self._loading_key = None
        self._base_key = key
        self.base = base
        self._reports = {report.span: report}
        if (report.span.kind, report.span.year) != (self.kind, self.year if self.kind == YEAR else None):
            report = self._report(self._span())  # the range changed while reading
        self.show(report)
        self.app.report_problems()
        self.call_after_refresh(self._prepare_ranges, key, base)  # once the sections are drawn

    def _span(self) -> InsightRange:
        today = self.app.now().date()
        first = self.base.first_day if self.base is not None else None
        return make_range(self.kind, today, first_day=first, year=self.year)

    def show(self, report: InsightReport) -> None:
        """Put a report on screen, changing only the text that differs from what is shown."""
        self.report = report
        today = self.app.now().date()
        span = report.span
        self.query_one(RangePicker).show(span)
        update(self.query_one("#ins-range-words", Static), Content(
            f"From {span.first.strftime('%d %b %Y')} to {span.last.strftime('%d %b %Y')} ({span.label})."))
        update(self.query_one("#ins-bounce", Static), sections.bounce_back(report.bounce_back))
        update(self.query_one("#ins-pixels", Static), sections.pixels_words(report.pixels))
        grid = self.query_one(PixelGrid)
        grid.show(report.pixels, today)
        self._show_day(grid.cursor)
        update(self.query_one("#ins-better", Static), sections.better_days(report.better_days))
        update(self.query_one("#ins-funnel", Static), sections.funnel(report.funnel))
        update(self.query_one("#ins-steady", Static), sections.steady(report.steady))
        update(self.query_one("#ins-on-this-day", Static), sections.on_this_day(report.on_this_day))
        update(self.query_one("#ins-predictions", Static), section_body(report.predictions))

    # -- the range -------------------------------------------------------------
    def _switch(self, kind: str, year: int | None = None) -> None:
        self.kind = kind
        self.year = year if kind == YEAR else None
        if self.base is None:
            self.query_one(RangePicker).show(self._span())  # shown once the records are read
            return
        self.show(self._report(self._span()))

    def action_pick(self, kind: str) -> None:
        if kind in KINDS:
            year = self.year if kind == YEAR and self.year is not None else None
            self._switch(kind, year)

    @on(RangePicker.Picked)
    def _picked(self, event: RangePicker.Picked) -> None:
        self.action_pick(event.kind)

    def action_step_year(self, step: int) -> None:
        today = self.app.now().date()
        current = self.report.span if self.report is not None else self._span()
        stepped = step_year(current, step, today)
        first = self.base.first_day if self.base is not None else None
        if step < 0 and first is not None and stepped.last < first and current.kind == YEAR:
            self.notify(f"Your records begin in {first.year}.", title="Insights", timeout=4)
            return
        self._switch(YEAR, stepped.year)

    def action_focus_days(self) -> None:
        self.query_one(PixelGrid).focus()

    def action_page(self, step: int) -> None:
        scroll = self.query_one("#insights", VerticalScroll)
        if step > 0:
            scroll.scroll_page_down(animate=False)
        else:
            scroll.scroll_page_up(animate=False)

    def palette_commands(self):
        from textual.app import SystemCommand

        from resilience_tui.domain.insight_range import KIND_LABELS

        for number, kind in enumerate(KINDS, start=1):
            yield SystemCommand(f"Insights: {KIND_LABELS[kind]}", f"Show the sections over {KIND_LABELS[kind]} ({number})",
                                partial(self.action_pick, kind))
        yield SystemCommand("Insights: the year before", "Step back a calendar year ([)", partial(self.action_step_year, -1))
        yield SystemCommand("Insights: the year after", "Step on a calendar year (])", partial(self.action_step_year, 1))
        yield SystemCommand("Insights: pick a day", "Move to Year in pixels; arrows pick a day, enter shows it (d)",
                            self.action_focus_days)

    # -- the day cursor ------------------------------------------------------------
    @on(PixelGrid.CursorMoved)
    def _cursor_moved(self, event: PixelGrid.CursorMoved) -> None:
        self._show_day(event.day)

    def _show_day(self, day: date | None) -> None:
        pixel = self.report.pixels.pixel(day) if self.report is not None and day is not None else None
        text = pixel.words if pixel is not None else ""
        update(self.query_one("#ins-day", Static), Content.assemble(("Day: ", "dim"), text,
                                                                  ("   enter shows it", "dim") if text else ""))

    @on(PixelGrid.DayChosen)
    def _day_chosen(self, event: PixelGrid.DayChosen) -> None:
        from resilience_tui.domain.year_pixels import day_details
        from resilience_tui.ui.insights.day_modal import DayModal

        store = self.app.store
        # A local day lies within a day either side of the same UTC day; day_details keeps the local day's own.
        start = datetime.combine(event.day - timedelta(days=1), time.min, tzinfo=timezone.utc)
        end = start + timedelta(days=3)
        events = self.base.events if self.base is not None else {}
        details = day_details(event.day, checkins=store.checkins.between(start, end),
                              entries=store.journal.between(start, end), events=events)
        self.app.push_screen(DayModal(details))

