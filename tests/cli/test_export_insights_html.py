"""The html export's Insights parts: the year in pixels in checkins.html, bounce-back time in applications.html."""

from __future__ import annotations

import re
from datetime import date, timedelta

from resilience_tui.cli import main
from resilience_tui.store.store import Store
from tests.cli.test_stats_cli import some_data


def test_the_year_in_pixels_has_glyph_colour_and_words_for_each_day(data_dir, tmp_path, capsys) -> None:
    heard = some_data(data_dir)
    assert main(["export", "--format", "html", "--out", str(tmp_path / "out")]) == 0
    page = (tmp_path / "out" / "checkins.html").read_text(encoding="utf-8")
    assert "<h2>Year in pixels</h2>" in page
    years = {heard.year, date.today().year, (heard - timedelta(days=40)).year}  # the years with check-ins
    assert re.findall(r"<caption>(\d{4}):", page) == [str(y) for y in sorted(years)]
    cell = re.search(rf'<td style="color:(#[0-9a-f]{{6}})" title="{heard:%a %d %b %Y}: low \(2\.0 from 1 check-in\); '
                     r'heard back about a rejection">(.+?)</td>', page)
    assert cell and cell.group(1) == "#3974ba" and cell.group(2) == "▂×"
    assert re.search(r'<td class="none" title="[A-Z][a-z]{2} \d\d [A-Z][a-z]{2} \d{4}: no check-in">·</td>', page)
    assert page.index("Year in pixels") < page.index("<th>When</th>")  # before the monthly tables
    assert page.count("<tr><th scope=\"row\">") == 12 * len(years)


def test_the_bounce_back_table_names_each_rejection_escaped(data_dir, tmp_path, capsys) -> None:
    heard = some_data(data_dir)
    assert main(["export", "--format", "html", "--area", "applications", "--out", str(tmp_path / "out")]) == 0
    page = (tmp_path / "out" / "applications.html").read_text(encoding="utf-8")
    assert "<h2>Bounce-back time</h2>" in page
    assert "After your one rejection with check-ins around it, you were back to your usual in 3 days." in page
    row = re.search(rf"<tr><td>{heard:%a %d %b %Y}</td><td>(.*?)</td><td[^>]*>3 days</td><td>low \(2\.0\)</td>"
                    r"<td>4\.0</td></tr>", page)
    assert row and row.group(1).startswith("[bold]Acme") and "<bold>" not in page


def test_no_rejections_and_no_check_ins_leave_the_sections_out(data_dir, tmp_path, capsys) -> None:
    Store(data_dir).goals.all()
    assert main(["export", "--format", "html", "--out", str(tmp_path / "out")]) == 0
    for name in ("checkins.html", "applications.html"):
        page = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert "Year in pixels" not in page and "Bounce-back time" not in page
