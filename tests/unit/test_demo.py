"""The demo dataset: deterministic, realistic, written through the store, and careful with folders."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from resilience_tui.demo import TODAY_CUTOFF, write_demo
from resilience_tui.domain.checkin import validate
from resilience_tui.domain.emotions import EMOTIONS
from resilience_tui.domain.tag_form import normalise_tag
from resilience_tui.store.store import Store

# A fixed day in the past, so the data never depends on when the tests run.
TODAY = date(2025, 3, 14)
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _all(folder: Path):
    store = Store(folder)
    return sorted(store.checkins.recent(10**9), key=lambda c: c.at)


@pytest.fixture(scope="module")
def one_year(tmp_path_factory) -> tuple[Path, dict, list]:
    folder = tmp_path_factory.mktemp("demo") / "data"
    counts = write_demo(folder, 1, today=TODAY)
    return folder, counts, _all(folder)


def test_same_seed_and_day_give_byte_identical_files(tmp_path: Path):
    write_demo(tmp_path / "a", 2, seed=7, today=TODAY)
    write_demo(tmp_path / "b", 2, seed=7, today=TODAY)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert "checkins/2025.json" in a
    assert a == b


def test_same_output_in_another_process_with_another_hash_seed(tmp_path: Path):
    # Catches iteration over sets of strings, whose order changes per process.
    write_demo(tmp_path / "here", 1, seed=11, today=TODAY)
    code = (
        "import sys; from datetime import date; from pathlib import Path; "
        "from resilience_tui.demo import write_demo; "
        "write_demo(Path(sys.argv[1]), 1, seed=11, today=date(2025, 3, 14))"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "there")], check=True, env=env, timeout=60)
    assert _files(tmp_path / "here") == _files(tmp_path / "there")


def test_a_different_seed_gives_different_data(tmp_path: Path):
    write_demo(tmp_path / "a", 1, seed=1, today=TODAY)
    write_demo(tmp_path / "b", 1, seed=2, today=TODAY)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a.keys() == b.keys()
    assert a != b


def test_a_different_day_moves_the_data(tmp_path: Path):
    write_demo(tmp_path / "a", 1, today=TODAY)
    write_demo(tmp_path / "b", 1, today=TODAY + timedelta(days=1))
    assert _all(tmp_path / "a")[-1].at.date() == TODAY
    assert _all(tmp_path / "b")[-1].at.date() == TODAY + timedelta(days=1)


def test_one_year_is_about_two_check_ins_a_day(one_year):
    folder, counts, checkins = one_year
    assert counts["checkins"] == len(checkins)
    assert 730 * 0.9 <= len(checkins) <= 730 * 1.1
    first_day = TODAY - timedelta(days=364)
    memory = first_day - timedelta(days=1)  # the one check-in a year before today, for "on this day"
    assert sum(1 for c in checkins if c.at.date() == memory) == 1
    days = {c.at.date() for c in checkins} - {memory}
    assert first_day <= min(days) <= first_day + timedelta(days=3)
    # Some days have no check-in at all, and that is normal.
    assert 300 <= len(days) < 365


def test_counts_scale_with_years(tmp_path: Path):
    counts = write_demo(tmp_path / "three", 3, today=TODAY)
    assert 3 * 730 * 0.9 <= counts["checkins"] <= 3 * 730 * 1.1
    store = Store(tmp_path / "three")
    assert store.checkins.count() == counts["checkins"]
    # One TinyDB file per calendar year touched: 2022 (part), 2023, 2024, 2025 (part).
    assert store.checkins.years() == [2025, 2024, 2023, 2022]


def test_each_year_file_is_written_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import resilience_tui.store.datafile as datafile

    written: list[Path] = []
    real = datafile.write_bytes_atomic

    def counting(path, data):
        written.append(Path(path))
        real(path, data)

    monkeypatch.setattr(datafile, "write_bytes_atomic", counting)
    write_demo(tmp_path / "d", 3, today=TODAY)
    names = sorted(p.relative_to(tmp_path / "d").as_posix() for p in written)
    assert [n for n in names if n.startswith("checkins/")] == [
        "checkins/2022.json", "checkins/2023.json", "checkins/2024.json", "checkins/2025.json"]
    assert names.count("goals.json") == 1


@pytest.mark.parametrize("seed", [2026, 1, 99])
def test_every_mood_occurs(tmp_path: Path, seed: int):
    write_demo(tmp_path / "d", 1, seed=seed, today=TODAY)
    assert {c.mood for c in _all(tmp_path / "d")} == {1, 2, 3, 4, 5}


def test_every_record_is_valid_and_uses_known_words(one_year):
    _, _, checkins = one_year
    known = {e.word for e in EMOTIONS}
    used = {word for c in checkins for word in c.emotions}
    assert used <= known
    assert {"disappointed", "doubting myself", "discouraged", "hopeful", "determined", "relieved"} <= used
    ids = set()
    for checkin in checkins:
        # The domain's own rules accept every demo record unchanged.
        assert validate(checkin) == checkin
        assert checkin.energy is None or 1 <= checkin.energy <= 5
        assert checkin.created_at == checkin.updated_at == checkin.at
        assert checkin.at.tzinfo is not None and checkin.at.microsecond == 0
        assert all(tag == normalise_tag(tag) for tag in checkin.tags)
        assert len(checkin.emotions) == len(set(checkin.emotions))
        assert UUID4.match(checkin.id)
        ids.add(checkin.id)
    assert len(ids) == len(checkins)


def test_the_mix_looks_like_a_life(one_year):
    _, _, checkins = one_year
    n = len(checkins)
    with_note = [c for c in checkins if c.note]
    assert 0.5 <= len(with_note) / n <= 0.7
    assert 0.05 <= sum(c.energy is None for c in checkins) / n <= 0.15
    assert len({c.note for c in with_note}) > len(with_note) / 2  # varied, not one line repeated
    assert any("[" in c.note for c in with_note)  # exercises markup-safe rendering
    assert any(ord(ch) > 0xFFFF for c in with_note for ch in c.note)  # an emoji now and then
    tags = {t for c in checkins for t in c.tags}
    assert {"interview", "rejection", "application", "networking", "course", "exercise", "sleep", "family"} <= tags
    # Weekends are a little better.
    weekend = [c.mood for c in checkins if c.at.weekday() >= 5]
    weekday = [c.mood for c in checkins if c.at.weekday() < 5]
    assert sum(weekend) / len(weekend) > sum(weekday) / len(weekday)


def test_nothing_after_half_past_nine_today(one_year):
    _, _, checkins = one_year
    cutoff = datetime.combine(TODAY, TODAY_CUTOFF).astimezone()
    assert TODAY_CUTOFF == time(9, 30)
    assert all(c.at <= cutoff for c in checkins)
    assert all(c.at.date() <= TODAY for c in checkins)
    assert any(c.at.date() == TODAY for c in checkins)


def test_the_last_weeks_tell_a_rejection_and_recovery(one_year):
    _, _, checkins = one_year
    recent = [c for c in checkins if c.at.date() > TODAY - timedelta(days=30)]
    rejections = [c for c in recent if "rejection" in c.tags]
    assert [c.at.date() for c in rejections] == [TODAY - timedelta(days=9)]
    rejected_on = rejections[0].at.date()
    assert rejections[0].mood <= 2 and rejections[0].note

    def moods(first: int, last: int) -> list[int]:
        return [c.mood for c in recent if first <= (c.at.date() - rejected_on).days <= last]

    dip, before, after = moods(0, 2), moods(-6, -1), moods(7, 9)
    assert dip and max(dip) <= 2
    assert after and sum(after) / len(after) >= 3
    assert sum(before) / len(before) > sum(dip) / len(dip)
    dip_words = {w for c in recent if 0 <= (c.at.date() - rejected_on).days <= 2 for w in c.emotions}
    assert dip_words & {"disappointed", "doubting myself", "discouraged"}
    # The same company appears in the interview, the rejection and the feedback.
    company = [t for t in rejections[0].tags if t != "rejection"][0]
    kinds = {t for c in recent if company in c.tags for t in c.tags}
    assert {"interview", "rejection", "feedback"} <= kinds


def test_a_fresh_store_reads_newest_first(one_year):
    folder, _, checkins = one_year
    newest = Store(folder).checkins.recent(10)
    assert len(newest) == 10
    assert [c.at for c in newest] == sorted((c.at for c in newest), reverse=True)
    assert len({c.at for c in newest}) == 10
    assert newest[0] == checkins[-1]
    assert newest[0].at.date() == TODAY


def test_a_new_nested_folder_is_created(tmp_path: Path):
    folder = tmp_path / "not" / "there" / "yet"
    assert write_demo(folder, 1, today=TODAY)["checkins"] > 0
    assert (folder / "checkins" / "2025.json").is_file()


def test_an_existing_empty_folder_is_fine(tmp_path: Path):
    folder = tmp_path / "empty"
    folder.mkdir()
    assert write_demo(folder, 1, today=TODAY)["checkins"] > 0


def test_refuses_a_folder_with_anything_in_it_and_leaves_it_alone(tmp_path: Path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / ".hidden").write_text("keep me")
    (folder / "checkins").mkdir()
    (folder / "checkins" / "2025.json").write_text("{}")
    before = {p: (p.read_bytes(), p.stat().st_mode, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    dirs_before = sorted(p for p in folder.rglob("*"))
    with pytest.raises(ValueError, match="not empty"):
        write_demo(folder, 1, today=TODAY)
    assert sorted(p for p in folder.rglob("*")) == dirs_before
    assert {p: (p.read_bytes(), p.stat().st_mode, p.stat().st_mtime_ns) for p in before} == before


def test_refuses_a_file_in_place_of_the_folder(tmp_path: Path):
    target = tmp_path / "file"
    target.write_text("hello")
    with pytest.raises(ValueError, match="not a folder"):
        write_demo(target, 1, today=TODAY)
    assert target.read_text() == "hello"


@pytest.mark.parametrize("years", [0, -1, 31, True, 1.5, "2"])
def test_refuses_years_outside_one_to_thirty_and_writes_nothing(tmp_path: Path, years):
    folder = tmp_path / "d"
    with pytest.raises(ValueError, match="1 to 30"):
        write_demo(folder, years, today=TODAY)
    assert not folder.exists()


def test_today_defaults_to_the_real_date(tmp_path: Path):
    write_demo(tmp_path / "d", 1)
    newest = Store(tmp_path / "d").checkins.recent(1)[0]
    assert newest.at.date() == date.today()
    assert newest.at.timetz().replace(tzinfo=None) <= TODAY_CUTOFF
