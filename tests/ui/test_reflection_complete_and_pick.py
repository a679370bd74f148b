"""Pilot tests of the Reflection screen's offers: the key that completes or reopens a worksheet says
which it will do, and the new-worksheet picker puts rejections before a general look back."""

from __future__ import annotations

from datetime import date, timedelta

from textual.widgets import OptionList

from resilience_tui.domain.application import Application
from resilience_tui.domain.reflection import Reflection
from resilience_tui.store.store import Store
from resilience_tui.ui.common.pick_application import BLANK
from tests.ui.helpers import FIXED_NOW, app_on, screen_text


def footer(app) -> str:
    return screen_text(app).splitlines()[-1]


def two_worksheets(data_dir) -> None:
    store = Store(data_dir)
    old = FIXED_NOW - timedelta(days=3)
    store.reflections.add(Reflection(went_well="I stayed calm", status="complete", completed_at=FIXED_NOW,
                                     created_at=FIXED_NOW, updated_at=FIXED_NOW, id="done"))
    store.reflections.add(Reflection(went_well="I asked a good question", created_at=old, updated_at=old, id="draft"))


async def test_a_complete_worksheet_offers_to_go_back_to_draft_not_to_be_completed(data_dir):
    two_worksheets(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert app.screen.query_one("#rf-list", OptionList).highlighted == 0  # the complete one
        assert "m Back to draft" in footer(app) and "m Complete" not in footer(app)
        await pilot.press("down")
        await pilot.pause()
        assert "m Complete" in footer(app) and "Back to draft" not in footer(app)
        await pilot.press("up", "p")  # the preview of the complete one
        await pilot.pause()
        text = screen_text(app)
        assert "m puts it back to draft" in text and "marks it complete" not in text
        assert "m Back to draft" in footer(app)
        await pilot.press("m")
        await pilot.pause()
        assert Store(data_dir).reflections.get("done").status == "draft"
        text = screen_text(app)
        assert "m marks it complete" in text and "back to draft" not in text.split("\n")[2]
        assert "m Complete" in footer(app)
        await pilot.press("e")  # in the worksheet itself, ctrl+t says the same
        await pilot.pause()
        assert "^t Complete" in footer(app)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert Store(data_dir).reflections.get("done").status == "complete"
        assert "^t Back to draft" in footer(app)


async def test_the_picker_lists_rejections_newest_first_then_the_rest_then_a_general_look_back(data_dir):
    store = Store(data_dir)
    for id_, rejected_on in (("older", date(2026, 10, 1)), ("newer", date(2026, 11, 20))):
        store.applications.add(Application(company=id_.title(), role="Analyst", applied_on=date(2026, 9, 1),
                                           outcome="rejected", rejected_on=rejected_on, id=id_))
    store.applications.add(Application(company="Waiting", role="Analyst", applied_on=date(2026, 11, 24), id="open"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "n")
        await pilot.pause()
        options = app.screen.query_one("#picker-list", OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == ["newer", "older", "open", BLANK]
        assert options.highlighted == 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.editing.application_id == "newer"
