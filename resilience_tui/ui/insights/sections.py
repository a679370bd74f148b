"""Each Insights section as text to show: its plain-words sentence first, then its picture.

Titles and application names come from the person, so everything is built as Content
(never parsed as markup) with control characters made visible.
"""

from __future__ import annotations

from textual.content import Content

from resilience_tui.domain.better_days import BetterDays
from resilience_tui.domain.bounce_back import BACK, BounceBacks
from resilience_tui.domain.day_book import count_words
from resilience_tui.domain.funnel import Funnel
from resilience_tui.domain.moods import BETWEEN_GLYPHS, MOODS
from resilience_tui.domain.on_this_day import OnThisDay
from resilience_tui.domain.steady import Steady
from resilience_tui.domain.visible import visible
from resilience_tui.domain.year_pixels import LEGEND, YearPixels

TITLES = (
    "Bounce-back time",
    "Year in pixels",
    "What goes with better days",
    "The funnel in proportion",
    "Steady, not streaks",
    "On this day",
    "Predictions against reality",
)
LOOKING = "Looking through your records…"
SHOWN_ROWS = 8  # rejections listed one by one; the trend's words cover the rest
SHOWN_PAIRINGS = 8
BAR_WIDTH = 16


def words(text: str) -> Content:
    return Content(visible(text))


def bounce_back(section: BounceBacks) -> Content:
    """The trend in words, then each rejection with a bar as long as the days it took (a small chart)."""
    lines: list[Content] = [words(section.words)]
    if section.undated_words:
        lines.append(Content(section.undated_words).stylize("dim"))
    if section.items:
        shown = section.items[-SHOWN_ROWS:]
        top = max([item.days or 0 for item in shown] + [1])
        lines.append(Content(""))
        latest = f"the latest {len(shown)} of {len(section.items)}" if len(section.items) > len(shown) else "oldest first"
        lines.append(Content(f"Each rejection ({latest}), with the days it took to feel like your usual self again:")
                     .stylize("dim"))
        for item in shown:
            when = item.heard_back.strftime("%d %b %Y")
            if item.status == BACK and item.days is not None:
                bar = "█" * max(1, round(item.days * BAR_WIDTH / top)) if item.days else "▏"
                picture: list[str | tuple[str, str]] = [(bar, "bold"), f" {count_words(item.days, 'day')}"]
            else:
                picture = [(item.words, "dim")]
            lines.append(Content.assemble((when, "bold"), "  ", *picture, "  ", visible(item.title),
                                          (f" · {item.lowest_words}" if item.lowest is not None else "", "dim")))
    return Content("\n").join(lines)


def pixels_words(pixels: YearPixels) -> Content:
    return words(pixels.words)


def mood_legend() -> Content:
    parts: list[str | tuple[str, str]] = []
    for level in MOODS:
        parts += [(f"{level.glyph} {level.word}", level.colour), "  "]
    return Content.assemble(*parts, f"{''.join(BETWEEN_GLYPHS)} in between")


def pixels_legend() -> Content:
    return Content.assemble(mood_legend(), "\n", (LEGEND, "dim"))


def better_days(section: BetterDays) -> Content:
    lines = [words(section.words)]
    pairings = section.pairings
    if len(pairings) <= SHOWN_PAIRINGS:
        lines += [words(pairing.words) for pairing in pairings[1:]]
    else:  # the days that went best with something, then those that went with lower moods
        lines += [words(pairing.words) for pairing in pairings[1:SHOWN_PAIRINGS - 3]]
        lines.append(Content(f"…{len(pairings) - SHOWN_PAIRINGS} more in between, then:").stylize("dim"))
        lines += [words(pairing.words) for pairing in pairings[-3:]]
    lines.append(Content(section.note).stylize("italic dim"))
    return Content("\n").join(lines)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def funnel(section: Funnel) -> Content:
    lines = [words(section.words)]
    if section.total:
        top = max(section.total, 1)
        lines.append(Content(""))
        label_width = max(len(stage.label) for stage in section.stages)
        for stage in section.stages:
            bar = "█" * max(1 if stage.reached else 0, round(stage.reached * BAR_WIDTH / top))
            rate = f"  {_percent(stage.rate)} of the stage before" if stage.rate is not None else ""
            lines.append(Content.assemble(f"{stage.label:<{label_width}} ", (bar or "▏", "bold"), f" {stage.reached}",
                                          (rate, "dim")))
        if section.by_source:
            lines.append(Content(""))
            lines.append(Content("By kind of source (read from the words you gave as the source):").stylize("dim"))
            for source in section.by_source:
                share = source.interviews / source.applications if source.applications else None
                lines.append(Content.assemble(words(source.words), (f"  ({_percent(share)} to an interview)", "dim")))
    lines.append(Content(""))
    lines.append(Content(f"For comparison: {section.reference_words}").stylize("dim"))
    return Content("\n").join(lines)


def steady(section: Steady) -> Content:
    lines = [words(section.words)]
    if section.range_checkins:
        noun = "check-in" if section.range_checkins == 1 else "check-ins"
        lines.append(Content(f"{section.range_checkins} {noun} in this range, over {section.range_length} days so far. "
                             "Any day you check in counts, an uneventful one too.").stylize("dim"))
    return Content("\n").join(lines)


def on_this_day(section: OnThisDay) -> Content:
    if not section.years:
        return words(section.words)
    return Content("\n").join(words(item.words(section.today)) for item in section.years)
