"""Applications from a spreadsheet's CSV, read from hand-built CSV text: columns, dates, statuses, rows left out."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from resilience_tui.export import ImportRefused
from resilience_tui.export.csv_applications import MapProblem, parse_maps, read_applications
from resilience_tui.export.csv_source import read_table

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
TODAY = NOW.date()
HOSTILE = "[bold]Acme[/] \x1b]52;c;aGk=\x07 😀 שלום \u202e"


def read(text: str | bytes, maps: list[str] | None = None, order=None):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return read_applications(read_table(data, "jobs.csv"), "jobs.csv", TODAY, NOW, maps=parse_maps(maps or []),
                             order=order)


def test_headers_match_loosely_and_every_field_lands():
    text = ("Company Name,Job Title,Date_Applied,STAGE,Source,Contact,Notes\n"
            "Acme,Designer,2026-03-05,Phone screen,LinkedIn,Sam Lee <sam@acme.com>,liked the team\n")
    result = read(text)
    assert result.problems == [] and result.notices == []
    [(row, app)] = result.found
    assert row == 2
    assert (app.company, app.role, app.applied_on, app.source) == ("Acme", "Designer", date(2026, 3, 5), "LinkedIn")
    assert (app.stage, app.outcome) == ("screening", "in_progress")
    assert (app.contact_name, app.contact_email, app.notes) == ("Sam Lee", "sam@acme.com", "liked the team")


def test_bom_and_semicolons_are_read():
    result = read("\ufeffcompany;position;status\nAcme;Designer;Offer\nBeta;Dev;Rejected\n".encode())
    assert [(a.company, a.role, a.stage, a.outcome) for _, a in result.found] == [
        ("Acme", "Designer", "offer", "offer"), ("Beta", "Dev", "applied", "rejected")]


def test_excels_separator_line_is_read_and_skipped():
    result = read("sep=;\r\ncompany;role\r\nAcme, Ltd;Dev\r\n")
    assert [(row, a.company, a.role) for row, a in result.found] == [(2, "Acme, Ltd", "Dev")]


def test_map_names_other_headers_and_other_columns_go_into_the_notes():
    text = "Employer,Applied on,What,Salary\nAcme,2026-03-05,Designer,50k\n"
    result = read(text, maps=["Employer=company", "Applied on=date applied", "what=role"])
    [(_, app)] = result.found
    assert (app.company, app.role, app.applied_on) == ("Acme", "Designer", date(2026, 3, 5))
    assert app.notes == "Salary: 50k" and result.into_notes == ("Salary",)


def test_a_file_with_no_company_column_is_refused_and_names_the_map_option():
    with pytest.raises(ImportRefused) as refused:
        read("Firm,Role\nAcme,Designer\n")
    assert "no company column" in refused.value.message and '--map "Employer=company"' in refused.value.message


@pytest.mark.parametrize("maps, expected", [
    (["Employer"], 'takes "Header=field"'),
    (["Employer=boss"], '"boss" is not a field'),
])
def test_a_bad_map_is_a_usage_problem(maps, expected):
    with pytest.raises(MapProblem) as problem:
        parse_maps(maps)
    assert expected in str(problem.value)


def test_a_map_naming_a_missing_column_lists_the_columns():
    with pytest.raises(MapProblem) as problem:
        read("company,role\nAcme,Dev\n", maps=["Boss=company"])
    assert "boss" in str(problem.value) and "company, role" in str(problem.value)


def test_bad_rows_are_left_out_with_their_row_numbers_and_good_rows_stay():
    text = ("company,role,date applied\n"
            "Acme,Designer,2026-03-05\n"
            ",Dev,2026-03-06\n"
            "Gamma,PM,soon\n"
            "Delta,QA,2099-01-01\n"
            "Echo,Ops,2026-02-30\n"
            "Fox,Dev,2026-03-01,extra\n"
            "Golf,Dev,\n")
    result = read(text)
    assert [(row, a.company) for row, a in result.found] == [(2, "Acme"), (8, "Golf")]
    assert [line.split(":")[0] for line in result.problems] == ["row 3", "row 4", "row 5", "row 6", "row 7"]
    assert "no company" in result.problems[0] and '"soon" is not a date I can read' in result.problems[1]
    assert "still to come" in result.problems[2] and "not a real day" in result.problems[3]
    assert "more cells than the header" in result.problems[4]


def test_a_cell_with_line_breaks_is_one_row_and_row_numbers_follow_the_spreadsheet():
    result = read('company,role,notes\nAcme,Dev,"line one\nline two"\n\nBeta,,x\n')
    assert result.found[0][1].notes == "line one\nline two"
    assert result.problems[0].startswith("row 4: it has no role")  # the empty row keeps its number


def test_number_only_days_need_an_order_unless_the_file_shows_it():
    text = "company,role,date applied\nAcme,Dev,05/03/2026\nBeta,Dev,04/04/2026\n"
    ambiguous = read(text)
    assert [a.company for _, a in ambiguous.found] == ["Beta"]  # 04/04 reads the same either way
    assert "could be 5 March 2026 or 3 May 2026" in ambiguous.problems[0] and "--dates dmy" in ambiguous.problems[0]
    assert read(text, order="dmy").found[0][1].applied_on == date(2026, 3, 5)
    assert read(text, order="mdy").found[0][1].applied_on == date(2026, 5, 3)
    shown = read(text + "Gamma,Dev,25/03/2026\n")  # only day-first reads 25/03
    assert shown.problems == [] and shown.found[0][1].applied_on == date(2026, 3, 5)


@pytest.mark.parametrize("cell, day", [
    ("2026-03-05", date(2026, 3, 5)), ("2026/3/5", date(2026, 3, 5)), ("2026-03-05 14:30:00", date(2026, 3, 5)),
    ("2026-03-05T14:30", date(2026, 3, 5)), ("5 Mar 2026", date(2026, 3, 5)), ("March 5, 2026", date(2026, 3, 5)),
])
def test_spreadsheet_day_forms(cell, day):
    assert read(f'company,role,date applied\nAcme,Dev,"{cell}"\n').found[0][1].applied_on == day


def test_an_unknown_status_keeps_the_row_with_the_word_in_its_notes():
    result = read("company,role,status,notes\nAcme,Dev,Waiting on references,call Sam\nBeta,Dev,Ghosted,\n")
    [(_, acme), (_, beta)] = result.found
    assert (acme.stage, acme.outcome) == ("applied", "in_progress")
    assert acme.notes == "call Sam\nStatus in the spreadsheet: Waiting on references"
    assert beta.notes == "Status in the spreadsheet: Ghosted" and beta.outcome == "in_progress"
    assert result.notices[0].startswith('row 2: the status "Waiting on references" is not one Resilience knows')
    assert result.notices[1].startswith('row 3: "Ghosted" is kept as in progress')


def test_hostile_text_is_kept_exactly():
    text = f'company,role,notes,contact\n"{HOSTILE}",Dev,"{HOSTILE}\n{HOSTILE}","{HOSTILE}"\n'
    [(_, app)] = read(text).found
    assert app.company == HOSTILE and app.notes == f"{HOSTILE}\n{HOSTILE}" and app.contact_name == HOSTILE


def test_ids_come_from_the_row_so_they_are_the_same_each_time():
    text = "company,role\nAcme,Dev\nBeta,Dev\n"
    first, second = read(text), read(text)
    assert [a.id for _, a in first.found] == [a.id for _, a in second.found]
    assert len({a.id for _, a in first.found}) == 2
    assert read("company,role\nAcme,Designer\n").found[0][1].id != first.found[0][1].id


@pytest.mark.parametrize("data, expected", [
    (b"company,role\nAcme,\xff\xfeDev\n", "is not UTF-8 text"),
    (b"\x00\x01\x02company", "not a CSV file"),
    (b"   \n", "is empty"),
])
def test_what_is_not_a_csv_is_refused_whole(data, expected):
    with pytest.raises(ImportRefused) as refused:
        read(data)
    assert expected in refused.value.message and "Nothing was changed" in refused.value.message
