"""Typed settings: every key is named once, with its type and default, and a stored value
of the wrong type reads as the default instead of reaching the app."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import resilience_tui
from resilience_tui.services.feedback import profile
from resilience_tui.store import settings_keys
from resilience_tui.store.settings_keys import ALL, EML_FOLDER, FOLLOW_UP_DAYS, MY_NAME, PROFILE_ASKED, THEME, Setting
from resilience_tui.store.store import Store


def _settings_file(folder: Path, values: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    docs = {str(n): {"key": key, "value": value, "updated_at": "2026-11-26T10:00:00+00:00"}
            for n, (key, value) in enumerate(values.items(), start=1)}
    (folder / "settings.json").write_text(json.dumps({"_default": docs, "_meta": {"1": {"area": "settings",
                                                                                      "schema_version": 1}}}))


def test_every_setting_is_named_once_and_its_default_has_its_type():
    keys = [setting.key for setting in ALL]
    assert len(keys) == len(set(keys))
    declared = [value for value in vars(settings_keys).values() if isinstance(value, Setting)]
    assert set(declared) == set(ALL)
    for setting in ALL:
        assert setting.accepts(setting.default)


def test_unset_settings_read_as_their_defaults(data_dir):
    store = Store(data_dir)
    assert store.settings.get(THEME) == "textual-dark"
    assert store.settings.get(MY_NAME) == "" and store.settings.get(PROFILE_ASKED) is False
    assert store.settings.get(FOLLOW_UP_DAYS) == 5
    assert not store.settings.is_set(THEME)


@pytest.mark.parametrize(("setting", "stored"), [
    (THEME, 42), (THEME, None), (THEME, ["nord"]), (MY_NAME, {"first": "Alex"}), (EML_FOLDER, 3.5),
    (PROFILE_ASKED, "yes"), (PROFILE_ASKED, 1), (FOLLOW_UP_DAYS, "7"), (FOLLOW_UP_DAYS, True), (FOLLOW_UP_DAYS, 7.0),
])
def test_a_wrong_typed_value_on_disk_reads_as_the_default(data_dir, setting, stored):
    _settings_file(data_dir, {setting.key: stored})
    store = Store(data_dir)
    assert store.settings.get(setting) == setting.default
    assert type(store.settings.get(setting)) is type(setting.default)
    assert store.settings.get(setting.key) == stored  # kept as it was: nothing is written over


def test_right_typed_values_on_disk_are_read(data_dir):
    _settings_file(data_dir, {"theme": "nord", "my_name": "Alex", "profile_asked": True, "follow_up_days": 7})
    store = Store(data_dir)
    assert (store.settings.get(THEME), store.settings.get(MY_NAME)) == ("nord", "Alex")
    assert store.settings.get(PROFILE_ASKED) is True and store.settings.get(FOLLOW_UP_DAYS) == 7


def test_the_profile_survives_a_hand_edited_settings_file(data_dir):
    _settings_file(data_dir, {"my_name": 12, "signature": ["a"], "my_email": None, "follow_up_days": "soon"})
    assert profile(Store(data_dir)) == type(profile(Store(data_dir)))("", "", "", 5)


def test_writing_a_wrong_type_is_refused_and_writes_nothing(data_dir):
    store = Store(data_dir)
    with pytest.raises(TypeError):
        store.settings.set(FOLLOW_UP_DAYS, "7")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.settings.set(FOLLOW_UP_DAYS, True)
    assert not (data_dir / "settings.json").exists()
    store.settings.set(FOLLOW_UP_DAYS, 9)
    assert Store(data_dir).settings.get(FOLLOW_UP_DAYS) == 9
    store.settings.delete(FOLLOW_UP_DAYS)
    assert not Store(data_dir).settings.is_set(FOLLOW_UP_DAYS)


def test_no_setting_key_is_written_as_a_string_outside_the_settings_module():
    package = Path(resilience_tui.__file__).parent
    pattern = re.compile(r"settings\.(get|set|delete|is_set)\(\s*[\"']")
    offenders = [str(path.relative_to(package)) for path in package.rglob("*.py")
                 if pattern.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
