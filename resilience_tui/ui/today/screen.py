"""Today: a greeting, today's check-ins, the last 30 days, and one strategy card; on hard days, a calm
card with the person's own people to reach (ui/today/hard_days.py)."""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.insights import count_this_week, day_bounds, glyph_for, greeting, mood_trend, recent_days
from resilience_tui.domain.moods import average_level, average_words
from resilience_tui.domain.safety_net import card_showing, moods_of
from resilience_tui.domain.strategies import strategy_for_day
from resilience_tui.store.settings_keys import HARD_DAYS_CARD_OFF, HARD_DAYS_HIDDEN_ON
from resilience_tui.store.summary import file_stamps, folder_stamps, read_summary, still_valid, write_summary
from resilience_tui.ui.common.base import ResilienceScreen
from resilience_tui.ui.common.focus_scroll import FocusScroll
from resilience_tui.ui.common.keys_footer import KeysFooter
from resilience_tui.ui.common.lazy import LazyScreen
from resilience_tui.ui.common.screen_bar import ScreenBar
from resilience_tui.ui.common.text import checkin_line
from resilience_tui.ui.registry import SCREENS
from resilience_tui.ui.today.applications import TodayApplications
from resilience_tui.ui.today.goals_today import TodayGoals
from resilience_tui.ui.today.hard_days import HardDaysCard
from resilience_tui.ui.today.past_win import PastWin
from resilience_tui.ui.today.sparkline import MoodSparkline
from resilience_tui.ui.today.summary import NAME, sections_from_json, sections_to_json, summary_key
from resilience_tui.ui.today.unchanged import update
from resilience_tui.ui.today.worry_look_back import WorryLookBack

TREND_DAYS = 30
# Every area Today shows something of: when none of them changed (and neither did the day), a
# repeat visit redraws nothing.
PREPARE_CHECKIN_AFTER = 0.5  # seconds after Today's sections are filled
AREAS_SHOWN = ("checkins", "journal", "goals", "applications", "feedback", "reflections", "settings", "people",
               "worries")
# The sections filled after the first frame, by id: saved as a summary (ui/today/summary.py).
SECTIONS = ("worry-look-back", "past-win", "today-goals", "today-applications")


class TodayScreen(ResilienceScreen):
    TITLE = "Today"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    # The scroll bar's place is kept even while everything fits: when the later sections fill in and
    # overflow, nothing is laid out again narrower (two more layout passes of the whole screen).
    DEFAULT_CSS = "TodayScreen #today { scrollbar-gutter: stable; }"
    BINDINGS = [
        Binding("p", "people", "My people", id="today.people",
                tooltip="The people you would like to reach on a hard day: add, change or remove them"),
        Binding("h", "hide_hard_days", "Hide for a week", id="today.hide_hard_days",
                tooltip="Hide the card about the last few days for a week"),
        Binding("w", "look_back", "Did it happen?", id="today.look_back",
                tooltip="On a worry's look-back day: say whether it happened, and a line about what did"),
    ]

    def compose(self) -> ComposeResult:
        self._breakpoint_now()
        # Few widgets, each a whole section: Today is the first screen, and every widget
        # costs styling and layout time before the first frame.
        yield ScreenBar()
        with FocusScroll(id="today"):
            with Vertical(id="today-main"):
                with Vertical(id="today-left"):
                    yield Static(id="today-top")
                    yield HardDaysCard(id="hard-days", classes="card")
                    yield WorryLookBack(id="worry-look-back", classes="card")
                    yield PastWin(id="past-win", classes="card")
                    yield Static(f"Your mood, last {TREND_DAYS} days", classes="section-title")
                    yield MoodSparkline(id="trend")
                    yield Static(id="trend-words")
                    yield TodayGoals(id="today-goals")
                    yield TodayApplications(id="today-applications")
                yield Static(id="strategy-card", classes="card")
            yield Static(id="recent-days", classes="section")
        yield KeysFooter()

    def _breakpoint_now(self) -> None:
        """The width class (`-wide`, `-narrow`) for the terminal's width now. Textual sets it on the screen's
        first Resize, which comes after the first frame: Today would be laid out twice, narrow then wide."""
        width = self.app.size.width
        if not width:
            return
        found = max((at for at, _ in self.HORIZONTAL_BREAKPOINTS if width >= at), default=None)
        self.update_classes({name: at == found for at, name in self.HORIZONTAL_BREAKPOINTS}, animate=False)

    _hard_days = False  # the hard-days card is showing
    _worries_due: tuple = ()  # worries whose look-back day has come, the longest waiting first
    _worries_waiting = False  # some are (read, or as the saved summary says)
    _summary_stamps: dict | None = None  # the files the sections were shown from, when from a saved summary
    _checkin_ready = False  # the Check-in screen's module is imported (or about to be)
    _shown: tuple | None = None  # what the sections show was read at (`_data_key`), once all are filled

    def on_screen_resume(self) -> None:
        self.app.guard(self.app.store.refresh)
        if self._summary_stamps is not None and not still_valid(self.app.store, self._summary_stamps):
            self._shown = None  # a file the saved summary came from has changed (another window, a command)
        if self._shown is None or self._shown != self._data_key():
            self.show_data()
        self.app.report_problems()

    def _data_key(self) -> tuple:
        now = self.app.now()
        return self.app.store.revision(*AREAS_SHOWN), now.date(), greeting(now)

    def show_data(self) -> None:
        self._shown = None
        before = folder_stamps(self.app.store)  # before anything is read: a file appearing after makes a summary stale
        now = self.app.now()
        today = now.date()
        start, _ = day_bounds(today - timedelta(days=TREND_DAYS + 7), now.tzinfo)
        _, end = day_bounds(today, now.tzinfo)
        checkins = self.app.store.checkins.between(start, end)
        todays = [c for c in checkins if c.at.date() == today]
        if todays:
            body = Content("\n").join(checkin_line(c) for c in todays)
        else:
            body = Content.from_markup(
                "You haven't checked in today. Press [b]c[/b], a number from 1 to 5, then [b]ctrl+s[/b]. "
                "Three keys, and it's done."
            )
        update(self.query_one("#today-top", Static), Content.assemble(
            (greeting(now), "bold"), f"  It is {now.strftime('%A %d %B')}.", "\n\n",
            ("Today's check-ins", "bold"), "\n", body,
        ))
        trend = mood_trend(checkins, today, TREND_DAYS)
        sparkline = self.query_one("#trend", MoodSparkline)
        sparkline.days = trend.days
        sparkline.averages = trend.averages
        week = count_this_week(checkins, today)
        week_words = f"This week: {week} check-in{'s' if week != 1 else ''}." if week else "No check-ins yet this week."
        update(self.query_one("#trend-words", Static), f"{trend.words}\n{week_words}")
        recent = Content.assemble(("The last seven days", "bold"), "\n", self._recent_days(checkins, today))
        update(self.query_one("#recent-days", Static), recent)
        strategy = strategy_for_day(today)
        card: list[str | tuple[str, str]] = [("Today's idea: ", "dim"), (strategy.title, "bold"), "\n", strategy.card]
        if strategy.screen in SCREENS:
            key, title, _ = SCREENS[strategy.screen]
            card += ["\n", (f"Press {key} to open {title}.", "dim")]
        update(self.query_one("#strategy-card", Static), Content.assemble(*card))
        self._show_hard_days(checkins, today)
        # The sections below read other areas (goals, applications, wins): they fill in just
        # after the first paint, so the greeting and check-ins never wait for them.
        self.call_later(self._show_later, checkins, now, before)

    def _show_later(self, checkins, now, before: dict) -> None:
        """What the sections showed last time, while every file it came from is unchanged (ui/today/summary.py):
        it goes in right after the first frame, laid out in the passes that follow it anyway. Otherwise
        they are read from the records once the screen is still, and saved for next time."""
        key = summary_key(now, "reflection" in self.app.SCREENS)
        found = read_summary(self.app.store, NAME, key)
        sections = sections_from_json(found[0], SECTIONS) if found is not None else None
        self._summary_stamps = None
        if found is not None and sections is not None and isinstance(found[0].get("worries_due"), bool):
            self._worries_due = ()  # read when w is pressed
            self._set_worries_waiting(found[0]["worries_due"])
            self._show_summary(sections, found[1])
        else:
            self.call_after_refresh(self._show_more, checkins, now, key, before)

    def _show_summary(self, sections: dict, stamps: dict) -> None:
        """Show the later sections as saved."""
        for name, (shown, content) in sections.items():
            widget = self.query_one(f"#{name}", Static)
            if shown:
                update(widget, content)
            widget.display = shown
        self._summary_stamps = stamps
        self._filled()

    def _save_summary(self, key: dict, before: dict) -> None:
        """Save what the sections show now, with the stamps of every file read for them (both taken now;
        the file is written once the screen is still: it is fsynced)."""
        body = sections_to_json({name: self.query_one(f"#{name}", Static) for name in SECTIONS})
        if body is None:
            return
        body["worries_due"] = bool(self._worries_due)
        stamps = {**before, **file_stamps(self.app.store, AREAS_SHOWN)}
        self.call_after_refresh(write_summary, self.app.store, NAME, key, stamps, body)

    def _show_hard_days(self, checkins, today) -> None:
        """The hard-days card, from the moods of the last days and its two settings alone."""
        settings = self.app.store.settings
        showing = card_showing(moods_of(checkins), today, hidden_on=settings.get(HARD_DAYS_HIDDEN_ON),
                               off=settings.get(HARD_DAYS_CARD_OFF))
        card = self.query_one(HardDaysCard)
        if showing:
            from resilience_tui.domain.person import in_order

            card.show(in_order(self.app.store.people.all()))  # people are read only on such a day
        else:
            card.hide()
        if showing != self._hard_days:
            self._hard_days = showing
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hide_hard_days":
            return self._hard_days  # offered only while the card shows
        if action == "look_back":
            return self._worries_waiting
        return True

    def action_people(self) -> None:
        from resilience_tui.ui.people.modal import PeopleModal

        self.app.push_screen(PeopleModal())

    def action_hide_hard_days(self) -> None:
        from resilience_tui.services.safety_net import hide_for_a_week

        if not self._hard_days:
            return
        if self.app.guard(lambda: hide_for_a_week(self.app.store, self.app.now().date())):
            self.show_data()
            self.app.notify("Hidden for a week. Your people are still here: press p.", title="Hidden", markup=False)

    def palette_commands(self):
        from textual.app import SystemCommand

        if self._worries_waiting:
            yield SystemCommand("Look back on a worry", "Did it happen? (w)", self.action_look_back)
        if self._hard_days:
            yield SystemCommand("Hide the hard-days card for a week", "Hide the card about the last few days (h)",
                                self.action_hide_hard_days)

    def _show_worries(self, today) -> None:
        from resilience_tui.domain.worry import due_worries

        due = tuple(due_worries(self.app.store.worries.all(), today))
        self.query_one(WorryLookBack).show(due, today)
        self._worries_due = due
        self._set_worries_waiting(bool(due))

    def _set_worries_waiting(self, waiting: bool) -> None:
        if waiting != self._worries_waiting:
            self._worries_waiting = waiting
            self.refresh_bindings()

    def action_look_back(self) -> None:
        from resilience_tui.ui.worries.forms import LookBackForm

        today = self.app.now().date()
        if not self._worries_due and self._worries_waiting:  # shown from the saved summary: read them now
            self._show_worries(today)
        if not self._worries_due:
            return

        def done(saved) -> None:
            if saved is not None:
                self.app.notify("Thank you for looking back. It is kept with your worries (j, then W).",
                                title="Looked back", markup=False)
                self.show_data()

        self.app.push_screen(LookBackForm(self._worries_due[0], self.app.store.worries.update, today), done)

    def _show_more(self, checkins, now, key: dict, before: dict) -> None:
        self._summary_stamps = None
        self._show_worries(now.date())
        self.query_one(PastWin).show(checkins, self.app.store.journal, now)
        self.query_one(TodayGoals).show(self.app.store.goals.all(), now)
        self.query_one(TodayApplications).show(self.app.store, now, can_reflect=key["can_reflect"],
                                               then=lambda: self._filled_from_records(key, before))

    def _filled_from_records(self, key: dict, before: dict) -> None:
        self._filled()
        self._save_summary(key, before)  # a summary that cannot be saved is simply not there next time

    def _filled(self) -> None:
        """Every section is filled: remember what from, so an unchanged repeat visit costs nothing."""
        self._shown = self._data_key()
        checkin = SCREENS["checkin"][2] if "checkin" in SCREENS else None
        if not TodayScreen._checkin_ready and isinstance(checkin, LazyScreen):
            TodayScreen._checkin_ready = True
            # Check-in is where Today sends people; its modules take ~50 ms to import. Imported
            # once Today is still, the first `c` does not wait for them.
            self.set_timer(PREPARE_CHECKIN_AFTER, checkin.load)

    @staticmethod
    def _recent_days(checkins, today) -> Content:
        lines = []
        for summary in recent_days(checkins, today):
            label = summary.day.strftime("%a %d %b")
            if summary.average is None:
                lines.append(Content.assemble(f"{label}  ", ("no check-in", "dim")))
                continue
            plural = "check-in" if summary.count == 1 else "check-ins"
            feelings = f" · {', '.join(summary.emotions)}" if summary.emotions else ""
            lines.append(Content.assemble(
                f"{label}  ", (f"{glyph_for(summary.average)} {average_words(summary.average)}", _colour(summary.average)),
                (f"  {summary.count} {plural}{feelings}", "dim"),
            ))
        return Content("\n").join(lines)


def _colour(average: float) -> str:
    return average_level(average).colour
