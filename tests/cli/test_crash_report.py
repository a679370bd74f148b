"""An unexpected error in a command: one line with the error's type and where the crash report is;
never the error's text (it can quote a note), and a report of frames only, readable by the owner alone."""

from __future__ import annotations

import re
import stat
from pathlib import Path

from resilience_tui.cli import main
from resilience_tui.commands import locate
from resilience_tui.store.crash_report import CRASH_FOLDER, KEEP_REPORTS, write_crash_report
from tests.cli.deny import deny_writes_under

SECRET = "my manager at Acme made me cry"


def _failing_command(context):
    context.store.goals.all()  # the data folder exists, as it does for any command that got this far
    note_being_handled = SECRET
    raise RuntimeError(f"could not handle {note_being_handled}")


def _report_path(err: str) -> Path:
    found = re.search(r"A report for the developers is at (.+)\.$", err.strip())
    assert found, err
    return Path(found.group(1))


def test_an_unexpected_error_prints_its_type_and_a_private_report_without_the_text(data_dir, monkeypatch, capsys):
    monkeypatch.setattr(locate, "run", _failing_command)
    assert main(["locate"]) == 1
    out, err = capsys.readouterr()
    assert SECRET not in out + err and "could not handle" not in err
    assert err.count("\n") == 1 and err.startswith("resilience: ") and "Traceback" not in err
    assert "(RuntimeError)" in err
    report = _report_path(err)
    assert report.parent == data_dir / CRASH_FOLDER
    assert re.fullmatch(r"crash-\d{8}-\d{6}-\d{6}(-\d+)?\.txt", report.name)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700
    text = report.read_text(encoding="utf-8")
    assert SECRET not in text  # the source line names the variable; its value is nowhere
    assert "exception: RuntimeError" in text and "in _failing_command" in text
    assert "raise RuntimeError(" in text  # the source line of the frame, not its values
    assert "version: " in text and "python: " in text and "platform: " in text


def test_a_report_that_cannot_be_written_still_gives_one_line(data_dir, monkeypatch, capsys):
    def failing_after_denial(context):
        context.store.goals.all()
        deny_writes_under(data_dir / CRASH_FOLDER, monkeypatch)
        raise KeyError(SECRET)

    monkeypatch.setattr(locate, "run", failing_after_denial)
    assert main(["locate"]) == 1
    err = capsys.readouterr().err
    assert SECRET not in err and "(KeyError)" in err
    assert err.count("\n") == 1 and "report" not in err
    assert not (data_dir / CRASH_FOLDER).exists()


def test_a_report_keeps_the_chain_of_errors_and_old_reports_are_pruned(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()

    def inner(note):
        raise ValueError(note)

    def outer():
        try:
            inner(SECRET)
        except ValueError as error:
            raise LookupError(SECRET) from error

    reports = []
    for _ in range(KEEP_REPORTS + 2):
        try:
            outer()
        except LookupError as error:
            reports.append(write_crash_report(folder, error, "test"))
    assert all(reports) and len(set(reports)) == len(reports)
    text = reports[-1].read_text(encoding="utf-8")
    assert SECRET not in text
    assert text.index("in inner") < text.index("\nValueError\n") < text.index("direct cause") < text.index("\nLookupError\n")
    kept = sorted(p.name for p in (folder / CRASH_FOLDER).iterdir())
    assert len(kept) == KEEP_REPORTS and reports[-1].name in kept and reports[0].name not in kept


def test_no_data_folder_means_no_report_and_no_folder_made(tmp_path):
    missing = tmp_path / "not-made"
    assert write_crash_report(missing, RuntimeError(SECRET), "test") is None
    assert not missing.exists()
