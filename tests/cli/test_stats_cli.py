"""`resilience stats`: the Insights sections as text or JSON, exit codes, and the person's words made safe."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.commands.stats_text import report_lines
from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.insight_range import last_days
from resilience_tui.domain.insight_report import insight_base, insight_report
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.store.store import Store
from tests.cli.test_cli import run

HOSTILE = "[bold]Acme\x1b]52;c;aGk=\x07"
SHOWN = "[bold]Acme␛]52;c;aGk=\\x07"
HEADINGS = ("Bounce-back time", "Year in pixels", "What goes with better days", "The funnel in proportion",
            "Steady, not streaks", "On this day", "Predictions against reality")


def moment(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def some_data(folder: Path) -> date:
    """40 days at "good", a rejection heard back 10 days ago, two low days, then good again (back on the third day); a win a year ago."""
    today = date.today()
    heard = today - timedelta(days=10)
    store = Store(folder)
    moods = {heard - timedelta(days=d): 4 for d in range(1, 41)}
    moods |= {heard: 2, heard + timedelta(days=1): 2, heard + timedelta(days=2): 4, heard + timedelta(days=3): 5,
              heard + timedelta(days=4): 5}
    store.checkins.add_many(CheckIn(mood=m, at=moment(d), tags=("walk",) if m >= 4 and d.day % 2 else ())
                            for d, m in moods.items())
    store.applications.add(Application(company=HOSTILE, role="Designer", applied_on=heard - timedelta(days=30),
                                       source="referred by Sam", stage="interview", outcome="rejected",
                                       rejected_on=heard))
    store.applications.add(Application(company="Bluepeak", role="Analyst", applied_on=heard, source="LinkedIn",
                                       source_kind="network"))
    a_year_ago = today.replace(year=today.year - 1) if (today.month, today.day) != (2, 29) else today - timedelta(days=366)
    store.journal.add(JournalEntry(body=f"# Won {HOSTILE}\nkept", at=moment(a_year_ago), kind="win"))
    return heard


def test_text_has_every_section_with_its_sentence_and_picture(data_dir, capsys) -> None:
    heard = some_data(data_dir)
    assert main(["stats", "--range", "90d"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Insights: last 90 days\n")
    positions = [out.index(f"\n{heading}\n") for heading in HEADINGS]
    assert positions == sorted(positions)
    flat = " ".join(out.split())
    assert "After your one rejection with check-ins around it, you were back to your usual in 3 days." in flat
    assert re.search(rf"{heard.strftime('%d %b %Y')} +{re.escape(SHOWN[:10])}.* +3 days +low \(2\.0\)", out)
    month = heard.strftime("%b %Y")
    assert re.search(rf"\n  {month} .*▂×", out)  # the day they heard back: low, marked
    assert "× heard back about a rejection" in out
    assert "#walk" in out and "not what causes what" in out
    assert "network                           1" in out and "referral                          1" in out
    assert "(source: CareerPlug 2024 recruiting metrics)" in out
    assert "A year ago (" in out and f'a win: "Won {SHOWN}"' in flat
    assert "\x1b" not in out and "\x07" not in out  # not a terminal: no colour, no raw control characters
    assert max(len(line) for line in out.splitlines()) <= 80


def test_json_holds_the_same_sections_in_the_documented_shape(data_dir, capsys) -> None:
    heard = some_data(data_dir)
    assert main(["stats", "--range", "30d", "--format", "json"]) == 0
    raw = capsys.readouterr().out
    data = json.loads(raw)
    assert set(data) == {"today", "range", "bounce_back", "year_in_pixels", "better_days", "funnel", "steady",
                         "on_this_day", "predictions"}
    assert data["predictions"]["words"].startswith("No guesses yet.") and data["predictions"]["comparisons"] == []
    assert data["range"] == {"kind": "30d", "label": "last 30 days",
                             "first": (date.today() - timedelta(days=29)).isoformat(), "last": date.today().isoformat()}
    [item] = data["bounce_back"]["rejections"]
    assert (item["status"], item["days"], item["heard_back"], item["title"]) == ("back", 3, heard.isoformat(),
                                                                                 f"{SHOWN}, Designer")
    assert item["baseline"] == 4.0 and item["lowest"] == 2.0
    assert data["bounce_back"]["trend_days"] == [3]
    days = data["year_in_pixels"]["days"]
    assert len(days) == 30 and [d["day"] for d in days][-1] == date.today().isoformat()
    assert next(d for d in days if d["day"] == heard.isoformat())["rejection"] is True
    assert {row["kind"]: row["applications"] for row in data["funnel"]["by_source"]} == {"network": 1}  # applied in the range
    assert data["funnel"]["references"][0]["source"] == "CareerPlug 2024 recruiting metrics"
    assert data["steady"]["range_days"] == len([d for d in days if d["mean"] is not None])
    assert data["on_this_day"]["years"][0]["wins"] == 1
    assert "\x1b" not in raw and "\\u001b" not in raw


def test_an_empty_folder_says_so_plainly(data_dir, capsys) -> None:
    assert main(["stats", "--range", "all"]) == 0
    out = capsys.readouterr().out
    for words in ("No rejections in this range.", "No check-ins in this range yet.", "No applications in this range yet.",
                  "Nothing from this date in earlier years yet."):
        assert words in out
    assert out.lower().count("streak") == 1 and "missed" not in out.lower()


def test_a_bad_range_is_refused_with_exit_2_and_nothing_written(data_dir, capsys) -> None:
    assert main(["stats", "--range", "last week"]) == 2
    assert "A range is 30d, 90d, 12m, a year such as 2025, or all." in capsys.readouterr().err
    assert main(["stats", "--range", str(date.today().year + 1)]) == 2
    assert f"Choose a year up to {date.today().year}." in capsys.readouterr().err
    with pytest.raises(SystemExit) as refused:
        main(["stats", "--format", "xml"])
    assert refused.value.code == 2
    assert not data_dir.exists()


def test_a_year_range_steps_to_that_calendar_year(data_dir, capsys) -> None:
    year = date.today().year - 1
    assert main(["stats", "--range", str(year), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["range"]["first"], data["range"]["last"]) == (f"{year}-01-01", f"{year}-12-31")
    assert len(data["year_in_pixels"]["rows"]) == 12


def test_colour_only_adds_to_the_glyphs_and_headings(data_dir) -> None:
    some_data(data_dir)
    store = Store(data_dir)
    today = date.today()
    base = insight_base(today, checkins=store.checkins.all(), journal=store.journal.all(),
                        applications=store.applications.all())
    report = insight_report(base, last_days(today, 90), today)
    plain, coloured = report_lines(report, today), report_lines(report, today, colour=True)
    assert any("\x1b[38;2;" in line for line in coloured) and not any("\x1b" in line for line in plain)
    assert [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in coloured] == plain


def test_a_real_process_prints_plain_text_to_a_pipe(data_dir) -> None:
    some_data(data_dir)
    done = run("--data-dir", str(data_dir), "stats", "--range", "12m")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Insights: last 12 months\n") and SHOWN in done.stdout
    assert "\x1b" not in done.stdout and done.stderr == ""
    bad = run("--data-dir", str(data_dir), "stats", "--range", "forever")
    assert bad.returncode == 2 and "A range is" in bad.stderr and bad.stdout == ""
