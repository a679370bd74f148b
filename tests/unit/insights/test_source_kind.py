"""The kind of source an application came from: chosen by the person, stored only then, and used by the funnel."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.domain import funnel as funnel_module
from resilience_tui.domain.application import SOURCE_KIND_KEYS, Application, validate
from resilience_tui.domain.funnel import funnel, source_kind_of, source_kinds
from resilience_tui.domain.records import ValidationError
from resilience_tui.store.store import Store
from tests.unit.insights.build import STAMP

TODAY = date(2026, 11, 26)


def app(source: str = "LinkedIn", kind: str = "", **fields) -> Application:
    return Application(company="Acme", role="Designer", applied_on=date(2026, 10, 1), source=source,
                       source_kind=kind, created_at=STAMP, updated_at=STAMP, **fields)


def test_the_kinds_a_person_can_choose_are_the_funnels_kinds() -> None:
    assert SOURCE_KIND_KEYS == funnel_module.SOURCE_KIND_KEYS


def test_stored_only_when_chosen() -> None:
    assert "source_kind" not in app().to_dict()
    assert app(kind="referral").to_dict()["source_kind"] == "referral"
    assert Application.from_dict(app().to_dict()).source_kind == ""
    assert Application.from_dict(app(kind="network").to_dict()).source_kind == "network"


@pytest.mark.parametrize("bad", ["friend", 3, ["referral"], "REFERRAL"])
def test_a_stored_kind_out_of_the_list_is_refused_on_read(bad: object) -> None:
    data = app().to_dict() | {"source_kind": bad}
    with pytest.raises(ValueError, match="source_kind"):
        Application.from_dict(data)


def test_validation_refuses_an_unknown_kind_with_its_field() -> None:
    with pytest.raises(ValidationError) as refused:
        validate(app(kind="carrier pigeon"), TODAY)
    assert refused.value.field == "source_kind"
    assert validate(app(kind="recruiter"), TODAY).source_kind == "recruiter"


def test_the_chosen_kind_wins_over_the_words() -> None:
    guessed, chosen = app("LinkedIn"), app("LinkedIn", "referral")
    assert source_kind_of(guessed) == "job_board" and source_kind_of(chosen) == "referral"
    assert source_kinds([guessed, chosen]) == {chosen.id: "referral"}
    result = funnel([guessed, chosen], None, source_kinds([guessed, chosen]))
    assert {row.kind: row.applications for row in result.by_source} == {"referral": 1, "job_board": 1}


def test_kept_by_the_store_and_by_a_json_export_and_import(tmp_path, capsys) -> None:
    from resilience_tui.cli import main

    store = Store(tmp_path / "data")
    chosen = store.applications.add(app("a friend's post", "recruiter"))
    store.applications.add(app("Indeed"))
    assert {a.source: a.source_kind for a in Store(tmp_path / "data").applications.all()} == {
        "a friend's post": "recruiter", "Indeed": ""}
    out = tmp_path / "export.json"
    assert main(["--data-dir", str(tmp_path / "data"), "export", "--format", "json", "--out", str(out)]) == 0
    assert main(["--data-dir", str(tmp_path / "other"), "import", str(out)]) == 0
    capsys.readouterr()
    again = {a.id: a.source_kind for a in Store(tmp_path / "other").applications.all()}
    assert again[chosen.id] == "recruiter" and sorted(again.values()) == ["", "recruiter"]


def test_the_insights_report_uses_the_kind_chosen_on_an_application_by_default() -> None:
    from resilience_tui.domain.insight_range import everything
    from resilience_tui.domain.insight_report import insight_base, insight_report

    applications = [app("LinkedIn", "referral"), app("LinkedIn")]
    base = insight_base(TODAY, checkins=[], applications=applications)
    report = insight_report(base, everything(date(2026, 1, 1), TODAY), TODAY)
    assert {row.kind: row.applications for row in report.funnel.by_source} == {"referral": 1, "job_board": 1}
