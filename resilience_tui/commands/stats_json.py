"""The Insights report as JSON, for other tools. Its shape (every day ISO 8601, every mean 1.0-5.0):

    {"today": day, "range": {"kind", "label", "first", "last"},
     "bounce_back": {"words", "undated_words", "trend_days": [int],
                     "rejections": [{"application_id", "title", "heard_back", "status": "back|not_yet|not_enough",
                                     "words", "baseline", "baseline_days", "days", "back_on",
                                     "lowest", "lowest_on", "lowest_words"}]},
     "year_in_pixels": {"words", "legend", "rows": [text], "days": [{"day", "mean", "count", "glyph", "mark",
                        "rejection", "offer", "future", "words"}]},
     "better_days": {"words", "note", "days", "pairings": [{"kind", "key", "label", "with_mean", "with_days",
                     "without_mean", "without_days", "difference", "words"}]},
     "funnel": {"words", "total", "stages": [{"stage", "label", "reached", "rate"}],
                "by_source": [{"kind", "label", "applications", "interviews", "offers"}],
                "references": [{"key", "rate", "words", "source"}], "reference_words"},
     "steady": {"words", "month_days", "month_so_far", "range_days", "range_checkins", "range_length"},
     "on_this_day": {"words", "years": [{"day", "years_ago", "words", "checkins", "entries", "wins"}]},
     "predictions": {"words", "comparisons": [{"title", "outcome": "rejected|offer",
                                               "state": "compared|waiting|no_day", "words": [text],
                                               "days_off", "mood_off"}],
                     "calibration": [text], "worries": text}}

Absent values are null. Every string goes through `visible`, as everything the command prints.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from resilience_tui.domain.insight_report import InsightReport
from resilience_tui.domain.visible import visible
from resilience_tui.domain.year_pixels import LEGEND, pixel_rows


def report_json(report: InsightReport, today: date) -> str:
    return json.dumps(_safe(report_data(report, today)), ensure_ascii=False, indent=2)


def report_data(report: InsightReport, today: date) -> dict[str, Any]:
    span, bounce, pixels, better, funnel = report.span, report.bounce_back, report.pixels, report.better_days, report.funnel
    return {
        "today": today,
        "range": {"kind": span.kind, "label": span.label, "first": span.first, "last": span.last},
        "bounce_back": {
            "words": bounce.words, "undated_words": bounce.undated_words, "trend_days": list(bounce.trend_days),
            "rejections": [asdict(item) | {"words": item.words, "lowest_words": item.lowest_words}
                           for item in bounce.items],
        },
        "year_in_pixels": {
            "words": pixels.words, "legend": LEGEND, "rows": [row.text for row in pixel_rows(pixels)],
            "days": [{"day": p.day, "mean": p.mean, "count": p.count, "glyph": p.glyph, "mark": p.mark,
                      "rejection": p.rejection, "offer": p.offer, "future": p.future, "words": p.words}
                     for p in pixels.pixels],
        },
        "better_days": {
            "words": better.words, "note": better.note, "days": better.days,
            "pairings": [asdict(p) | {"difference": p.difference, "words": p.words} for p in better.pairings],
        },
        "funnel": {
            "words": funnel.words, "total": funnel.total, "stages": [asdict(stage) for stage in funnel.stages],
            "by_source": [asdict(row) for row in funnel.by_source],
            "references": [asdict(reference) for reference in funnel.references],
            "reference_words": funnel.reference_words,
        },
        "steady": asdict(report.steady) | {"words": report.steady.words},
        "on_this_day": {
            "words": report.on_this_day.words,
            "years": [{"day": year.day, "years_ago": year.years_ago(today), "words": year.words(today),
                       "checkins": year.checkin_count, "entries": len(year.entries), "wins": len(year.wins)}
                      for year in report.on_this_day.years],
        },
        "predictions": {
            "words": report.predictions.words,
            "comparisons": [{"title": c.title, "outcome": c.outcome, "state": c.state, "words": list(c.lines),
                             "days_off": c.days_off, "mood_off": c.mood_off} for c in report.predictions.comparisons],
            "calibration": list(report.predictions.calibration.lines),
            "worries": report.predictions.worries.words,
        },
    }


def _safe(value: Any) -> Any:
    """Days as ISO text, means rounded to two places, and every string made visible."""
    if isinstance(value, dict):
        return {key: _safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_safe(item) for item in value]
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 2)
    return value
