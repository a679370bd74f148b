"""The Insights report as plain text for a shell: each section's sentence first, then its picture.

Every line goes through `visible` (titles, tags and wins are the person's own words). Colour,
when asked for, only adds to the glyphs and headings: the words and glyphs say it all without.
"""

from __future__ import annotations

import textwrap
from datetime import date

from resilience_tui.domain.better_days import BetterDays
from resilience_tui.domain.bounce_back import BounceBacks, trend_chart
from resilience_tui.domain.funnel import Funnel
from resilience_tui.domain.insight_report import InsightReport
from resilience_tui.domain.on_this_day import OnThisDay
from resilience_tui.domain.predictions import PredictionsResult, prediction_lines
from resilience_tui.domain.shorten import shorten
from resilience_tui.domain.visible import visible
from resilience_tui.domain.year_pixels import LEGEND, YearPixels, header_line, pixel_rows

WIDTH = 78
INDENT = "  "
MAX_PAIRINGS = 10
_RESET = "\x1b[0m"


def report_lines(report: InsightReport, today: date, *, colour: bool = False) -> list[str]:
    """Every section of `report`, as lines of at most 80 columns (the year in pixels is 73 wide)."""
    span = report.span
    lines = [_heading(f"Insights: {span.label}", colour),
             f"{span.first.strftime('%a %d %b %Y')} to {span.last.strftime('%a %d %b %Y')}", ""]
    for title, body in (("Bounce-back time", bounce_lines(report.bounce_back)),
                        ("Year in pixels", pixel_lines(report.pixels, colour=colour)),
                        ("What goes with better days", better_lines(report.better_days)),
                        ("The funnel in proportion", funnel_lines(report.funnel)),
                        ("Steady, not streaks", _wrapped(report.steady.words)),
                        ("On this day", on_this_day_lines(report.on_this_day)),
                        ("Predictions against reality", _prediction_lines(report.predictions))):
        lines += [_heading(title, colour), *body, ""]
    return [line.rstrip() for line in lines[:-1]]


def _prediction_lines(result: PredictionsResult) -> list[str]:
    lines: list[str] = []
    for line in prediction_lines(result):
        indent = len(line) - len(line.lstrip())
        lines += textwrap.wrap(line, 80, initial_indent=" " * indent, subsequent_indent=" " * (indent + 2),
                               break_long_words=False, break_on_hyphens=False) or [""]
    return lines


def _heading(text: str, colour: bool) -> str:
    return f"\x1b[1m{text}{_RESET}" if colour else text


def _wrapped(text: str) -> list[str]:
    return [INDENT + line for line in textwrap.wrap(visible(text), WIDTH - len(INDENT))] if text else []


def bounce_lines(bounce: BounceBacks) -> list[str]:
    """The trend in words, a table of every rejection in the range, and the small chart."""
    lines = _wrapped(bounce.words) + _wrapped(bounce.undated_words)
    if not bounce.items:
        return lines
    lines += ["", INDENT + f"{'Heard back':<12}{'Application':<26}{'Bounce-back':<18}Lowest point"]
    for item in bounce.items:
        status = (f"{item.days} days" if item.days != 1 else "1 day") if item.status == "back" else (
            "not yet" if item.status == "not_yet" else "too few check-ins")
        lowest = item.lowest_words.removeprefix("lowest point: ")
        lines.append(INDENT + f"{item.heard_back.strftime('%d %b %Y'):<12}"
                     f"{shorten(visible(item.title), 24):<26}{status:<18}{lowest}")
    chart = trend_chart(bounce.trend_days, width=30)
    if len(chart) > 1:
        lines += ["", INDENT + "Days to feel like your usual self, oldest first:"]
        lines += [INDENT + line for line in chart[-12:]]
    return lines


def pixel_lines(pixels: YearPixels, *, colour: bool = False) -> list[str]:
    """Months as rows, days as columns: a glyph per day (a taller bar is a better day) and its mark."""
    lines = _wrapped(pixels.words)
    if not pixels.days_with_checkins:
        return lines
    lines += ["", INDENT + header_line()]
    for row in pixel_rows(pixels):
        if not colour:
            lines.append(INDENT + row.text)
            continue
        cells = []
        for pixel in row.cells:
            if pixel is None:
                cells.append("  ")
            elif pixel.colour is None:
                cells.append(pixel.glyph + pixel.mark)
            else:
                red, green, blue = (int(pixel.colour[i:i + 2], 16) for i in (1, 3, 5))
                cells.append(f"\x1b[38;2;{red};{green};{blue}m{pixel.glyph}{_RESET}{pixel.mark}")
        lines.append(INDENT + row.label + "".join(cells))
    lines += _wrapped(LEGEND)
    return lines


def better_lines(better: BetterDays) -> list[str]:
    """The strongest pairing in words, then a table of the pairings, then what it cannot say."""
    lines = _wrapped(better.words)
    if not better.pairings:
        return lines
    lines += ["", INDENT + f"{'With':<28}{'mood with':>10}{'without':>10}{'days with':>11}{'without':>9}"]
    for pairing in better.pairings[:MAX_PAIRINGS]:
        lines.append(INDENT + f"{shorten(visible(pairing.label), 26):<28}{pairing.with_mean:>10.1f}"
                     f"{pairing.without_mean:>10.1f}{pairing.with_days:>11}{pairing.without_days:>9}")
    if len(better.pairings) > MAX_PAIRINGS:
        lines.append(INDENT + f"and {len(better.pairings) - MAX_PAIRINGS} more (--format json lists them all)")
    return lines + _wrapped(better.note)


def funnel_lines(funnel: Funnel) -> list[str]:
    """Stage by stage, then by kind of source, then the reference rates with their source named."""
    lines = _wrapped(funnel.words)
    if not funnel.total:
        return lines
    lines += ["", INDENT + f"{'Stage':<18}{'reached':>8}{'of the stage before':>22}"]
    for stage in funnel.stages:
        rate = "" if stage.rate is None else f"{stage.rate:.0%}"
        lines.append(INDENT + f"{stage.label:<18}{stage.reached:>8}{rate:>22}")
    lines += ["", INDENT + f"{'Where it came from':<22}{'applications':>13}{'interviews':>12}{'offers':>8}"]
    for row in funnel.by_source:
        lines.append(INDENT + f"{row.label:<22}{row.applications:>13}{row.interviews:>12}{row.offers:>8}")
    return lines + [""] + _wrapped("For comparison: " + funnel.reference_words)


def on_this_day_lines(memories: OnThisDay) -> list[str]:
    if not memories.years:
        return _wrapped(memories.words)
    lines: list[str] = []
    for year in memories.years:
        words = year.words(memories.today)
        lines += _wrapped(words[:1].upper() + words[1:])
    return lines
