"""Performance budgets of DESIGN.md, measured on a generated ten-year dataset.

    python tests/benchmarks/run.py [--quick] [--headless] [--profile] [--years N]

Prints the machine, then each figure with its budget, its ratio and PASS or
MISS. Exit code 0 when every budget is met, 1 when one is missed, 2 when the
benchmark itself could not run.

1. Start-up to the first painted Today screen vs a bare Textual app (Header,
   Static, Footer). Each run is a fresh interpreter running
   `startup_probe.py`, spawned on a pseudo-terminal of SIZE (so Textual uses
   its real Linux driver and writes real frames; `--headless` uses Textual's
   headless driver instead). The time runs from just before the spawn to the
   moment every cell of the first screen has been sent to the terminal (see
   startup_probe.py). Bare and app runs alternate (ABBA order), after one
   untimed warm-up run of each (which also fills a bytecode cache in a temp
   folder, as `pip install` would have: PYTHONDONTWRITEBYTECODE is dropped for
   the probes); the figure is the median of N each.
2. One check-in save: `store.checkins.add` on a copy of the dataset vs stock
   TinyDB (`TinyDB(path)`, default JSONStorage, no caching middleware) with
   every check-in in one `checkins.json`, `db.insert(doc)` of the same
   documents; the two alternate save by save. Medians.
3. Peak memory of the start-up probes: the app's on the ten-year data, and
   the bare app's for reference. It is the probe's VmHWM (peak resident set of
   its own memory; on Linux `ru_maxrss` of a spawned child starts at the
   parent's peak, so it would report this script's memory). Read once the
   first screen is complete and again when it has settled; the larger
   (settled) value is the figure.
4. Switching screens: one app on a copy of the data under `app.run_test`;
   `c` (Check-in) and `t` (Today) in turn; time from just before
   `pilot.press` to the moment the whole new screen has been sent to the
   (headless) driver, encoded as it would be for a terminal. Median. For
   reference it also measures two bare screens used as modes, and (diagnostic
   only) both apps without the 50 ms frame hold of Textual's `switch_mode`.

`--quick` takes fewer samples (for a check that the script works, under a
minute); `--profile` then also prints the top of a cProfile of each part (a
probe run of the app, the saves, the switches), each from a separate run so
that profiling never slows down a timed figure.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import fcntl
import io
import json
import os
import platform
import pstats
import pty
import re
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PROBE = HERE / "startup_probe.py"
PROBE_PYTHON = [sys.executable]  # the start-up probes' interpreter: clean_python.py's unless --machine-python
for _path in (HERE, REPO):  # the probe helpers; the checkout under test, not an installed copy
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from startup_probe import ScreenCover, would_write  # noqa: E402  (same folder)

SIZE = (120, 40)  # columns, rows: a roomy terminal, the -wide layouts
YEARS = 10
PROBE_TIMEOUT = 60.0

BUDGET_STARTUP_RATIO = 1.25
BUDGET_SETTLED_RATIO = 1.3  # Today settled (its later sections filled in) against the bare app settled
BUDGET_SAVE_MS = 10.0
BUDGET_SAVE_SPEEDUP = 5.0
BUDGET_MEMORY_MIB = 150.0
BUDGET_SWITCH_MS = 50.0


def now_ns() -> int:
    """CLOCK_MONOTONIC: the probe uses the same clock, so times compare across processes."""
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC)


def median(values) -> float:
    return statistics.median(values)


def quantile(values, q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


class BenchmarkError(RuntimeError):
    """The benchmark could not measure something (not a missed budget)."""


# -- the machine -------------------------------------------------------------------
def load_average() -> str:
    try:
        return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load average unknown"


def machine() -> list[str]:
    import textual
    import tinydb

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    try:
        mem = next(
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        )
        mem_text = f", {mem / 1024:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        mem_text = ""
    return [
        f"CPU: {cpu}, {os.cpu_count()} cores ({usable} usable){mem_text}; {load_average()} at the start",
        f"OS: {platform.system()} {platform.release()} {platform.machine()}",
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"Textual {textual.__version__}, TinyDB {tinydb.__version__}",
    ]


def filesystem_of(path: Path) -> str:
    """The type of the filesystem holding `path` (fsync costs depend on it)."""
    best, kind = "", "?"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3:
                mount = parts[1].replace("\\040", " ")
                if str(path).startswith(mount) and len(mount) > len(best):
                    best, kind = mount, parts[2]
    except OSError:
        pass
    return f"{kind} (mounted at {best or '?'})"


# -- the dataset -----------------------------------------------------------------------
@dataclass
class Dataset:
    folder: Path
    checkins: int
    files: int
    megabytes: float


def set_years(years: int) -> None:
    global YEARS
    YEARS = years


def make_dataset(folder: Path) -> Dataset:
    from resilience_tui.demo import write_demo

    written = write_demo(folder, years=YEARS)
    year_files = sorted((folder / "checkins").glob("*.json"))
    size = sum(p.stat().st_size for p in folder.rglob("*.json"))
    return Dataset(folder, written.get("checkins", 0), len(year_files), size / 1e6)


def copy_dataset(data: Dataset, target: Path) -> Path:
    shutil.copytree(data.folder, target, symlinks=True)
    return target


# -- 1 and 3: start-up and memory ------------------------------------------------------------
@dataclass
class ProbeRun:
    mode: str
    complete_ms: float
    first_ms: float
    settled_ms: float
    settled: bool
    maxrss_complete_mib: float
    maxrss_settled_mib: float
    frame: str
    phases_ms: dict = field(default_factory=dict)
    events: list = field(default_factory=list)


def _child_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    for name in ("COLUMNS", "LINES", "NO_COLOR", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    # Bytecode is cached, as after `pip install`, so that no run compiles source (the
    # warm-up run fills the cache); the cache goes to a temporary folder, not the checkout.
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env["TERM"] = "xterm-256color"
    env["COLORTERM"] = "truecolor"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return env


def run_probe(mode: str, data_dir: Path, work: Path, headless: bool, extra: tuple[str, ...] = ()) -> ProbeRun:
    """Spawn one probe; time from just before the spawn to its first complete frame."""
    result_path = work / f"probe-{mode}-{time.monotonic_ns()}.json"
    cmd = [PROBE_PYTHON[0], str(PROBE), mode, str(data_dir), str(result_path), *extra]
    env = _child_env(work)
    output = bytearray()
    if headless:
        cmd += ["--headless", f"--size={SIZE[0]}x{SIZE[1]}"]
        log = tempfile.TemporaryFile()
        start = now_ns()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env)
        try:
            proc.wait(PROBE_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.seek(0)
        output += log.read()[-20000:]
        log.close()
    else:
        master, slave = pty.openpty()
        columns, rows = SIZE
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        start = now_ns()
        proc = subprocess.Popen(
            cmd, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True, close_fds=True
        )
        os.close(slave)
        deadline = time.monotonic() + PROBE_TIMEOUT
        try:
            while True:  # drain the terminal, as a terminal emulator would, until the probe ends
                ready, _, _ = select.select([master], [], [], 0.05)
                if ready:
                    try:
                        chunk = os.read(master, 1 << 16)
                    except OSError:  # EIO: the probe has gone and closed its side
                        chunk = b""
                    if not chunk:
                        break
                    output += chunk
                    del output[:-20000]
                elif proc.poll() is not None:
                    break
                if time.monotonic() > deadline:
                    proc.kill()
                    break
        finally:
            os.close(master)
            proc.wait()
    if proc.returncode != 0 or not result_path.exists():
        tail = output.decode("utf-8", "replace")[-3000:]
        raise BenchmarkError(f"start-up probe '{mode}' failed (exit {proc.returncode}); its output ended:\n{tail}")
    result = json.loads(result_path.read_text())
    result_path.unlink()

    def ms(key: str) -> float:
        return (result[key] - start) / 1e6

    return ProbeRun(
        mode=mode,
        complete_ms=ms("complete_ns"),
        first_ms=ms("first_ns"),
        settled_ms=ms("settled_ns"),
        settled=result["settled"],
        maxrss_complete_mib=result["maxrss_complete_kib"] / 1024,
        maxrss_settled_mib=result["maxrss_settled_kib"] / 1024,
        frame=result["frame"],
        phases_ms={
            "interpreter": ms("main_ns"),
            "imports": (result["imported_ns"] - result["main_ns"]) / 1e6,
            "build app": (result["built_ns"] - result["imported_ns"]) / 1e6,
            "run to frame": (result["complete_ns"] - result["built_ns"]) / 1e6,
        },
        events=result["events"],
    )


def bench_startup(data: Dataset, work: Path, runs: int, headless: bool) -> dict[str, list[ProbeRun]]:
    found: dict[str, list[ProbeRun]] = {"bare": [], "app": []}
    for mode in ("bare", "app"):  # warm-up: bytecode caches, page cache; not counted
        run_probe(mode, data.folder, work, headless)
    for i in range(runs):
        order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
        for mode in order:
            found[mode].append(run_probe(mode, data.folder, work, headless))
    return found


def check_frames(found: dict[str, list[ProbeRun]]) -> list[str]:
    """Make sure the timed frames were the real screens, with the data in them."""
    from startup_probe import BARE_TEXT

    notes = []
    for run in found["bare"]:
        if BARE_TEXT not in run.frame:
            notes.append("the bare app's first complete frame did not show its Static text")
            break
    for run in found["app"]:
        # Today lists today's check-ins as "HH:MM  <mood>"; the demo always has some today.
        if "Today" not in run.frame or not re.search(r"\b\d\d:\d\d\b", run.frame):
            notes.append("the app's first complete frame did not show today's check-ins:\n" + run.frame)
            break
    return notes


# -- 2: one check-in save ----------------------------------------------------------------
def _bench_docs(count: int):
    from resilience_tui.domain.checkin import CheckIn

    now = datetime.now().astimezone().replace(microsecond=0)
    moods_notes = [
        (2, ("disappointed", "doubting myself"), ("interview",), "Heard back from Northwind. Not this time."),
        (3, ("calm",), (), "Quiet day. Did the washing, answered emails."),
        (4, ("hopeful", "determined"), ("applications",), "Sent two applications, small steps."),
        (1, ("sad", "worn out"), (), "Hard to get started today. [Kept replaying the panel questions.]"),
        (5, ("proud", "excited"), ("offer", "acme"), "OFFER from Acme!! I can't stop smiling 🎉"),
    ]
    docs = []
    for i in range(count):
        mood, emotions, tags, note = moods_notes[i % len(moods_notes)]
        at = now - timedelta(minutes=count - i)
        if at.year != now.year:  # keep every save in this year's file, even just after New Year
            at = now
        docs.append(CheckIn(mood=mood, at=at, energy=1 + i % 5, emotions=emotions, tags=tags, note=f"{note} ({i})"))
    return docs


def _stock_db(data: Dataset, folder: Path):
    """Stock TinyDB: one checkins.json holding every check-in as a plain record."""
    from tinydb import TinyDB

    records = []
    for path in sorted((data.folder / "checkins").glob("*.json")):
        year_db = TinyDB(path, access_mode="r")  # each year file is a plain TinyDB file
        records.extend(dict(doc) for doc in year_db.all())
        year_db.close()
    folder.mkdir(parents=True)
    path = folder / "checkins.json"
    db = TinyDB(path)
    db.insert_multiple(records)
    db.close()
    return path, len(records)


@dataclass
class SaveResult:
    ours_ms: list[float]
    stock_ms: list[float]
    stock_records: int
    stock_mb: float
    year_kb: float


def bench_save(data: Dataset, work: Path, count: int) -> SaveResult:
    from tinydb import TinyDB

    from resilience_tui.store.store import Store

    ours_dir = copy_dataset(data, work / "save-ours")
    stock_path, stock_records = _stock_db(data, work / "save-stock")
    stock_mb = stock_path.stat().st_size / 1e6
    checkins = _bench_docs(count)
    now = checkins[-1].at

    year_file = ours_dir / "checkins" / f"{now.year}.json"
    year_kb = year_file.stat().st_size / 1e3 if year_file.exists() else 0.0
    store = Store(ours_dir)
    # As in the app: the years the Today screen shows are read once, on start-up.
    store.checkins.between(now - timedelta(days=40), now + timedelta(days=1))
    before = store.checkins.count()
    db = TinyDB(stock_path)  # default JSONStorage; reads and writes the whole file per insert

    ours, stock = [], []
    for i, checkin in enumerate(checkins):
        doc = checkin.to_dict()
        steps = [(ours, lambda c=checkin: store.checkins.add(c)), (stock, lambda d=doc: db.insert(d))]
        if i % 2:
            steps.reverse()
        for times, step in steps:
            started = time.perf_counter_ns()
            step()
            times.append((time.perf_counter_ns() - started) / 1e6)
    db.close()

    # The saves must really be there (a fresh store reads the files again).
    after = Store(ours_dir).checkins.count()
    stored = len(TinyDB(stock_path, access_mode="r"))
    if after != before + count or stored != stock_records + count:
        raise BenchmarkError(f"saves went missing: ours {before}+{count} -> {after}, stock {stock_records}+{count} -> {stored}")

    return SaveResult(
        ours_ms=ours,
        stock_ms=stock,
        stock_records=stock_records,
        stock_mb=stock_mb,
        year_kb=year_kb,
    )


def profile_saves(data: Dataset, work: Path, count: int) -> str:
    """`store.checkins.add` under cProfile, on a fresh copy (not timed)."""
    from resilience_tui.store.store import Store

    store = Store(copy_dataset(data, work / "profile-save"))
    checkins = _bench_docs(count)
    now = checkins[-1].at
    store.checkins.between(now - timedelta(days=40), now + timedelta(days=1))
    profiler = cProfile.Profile()
    for checkin in checkins:
        profiler.enable()
        store.checkins.add(checkin)
        profiler.disable()
    return _profile_text(profiler)


# -- 4: switching screens ------------------------------------------------------------------
@dataclass
class Switch:
    key: str
    screen: str
    ms: float
    first_visit: bool


class _SwitchWatcher:
    """Wraps `App._display`; tells when the whole of a given screen has been sent."""

    def __init__(self, app) -> None:
        self.app = app
        self.target: type | None = None
        self.cover = ScreenCover()
        self.done = asyncio.Event()
        self.complete_ns = 0
        original = app._display

        def display(screen, renderable) -> None:
            writes = would_write(app, renderable)
            if writes and app.is_headless and hasattr(renderable, "render_segments"):
                # The headless driver skips turning the update into terminal codes;
                # a terminal pays for it, so do it here (the result is thrown away).
                renderable.render_segments(app.console)
            original(screen, renderable)
            if writes and self.target is not None and type(screen) is self.target:
                width, height = screen._compositor.size
                self.cover.add(renderable, width, height)
                if self.cover.complete and not self.done.is_set():
                    self.complete_ns = now_ns()
                    self.done.set()

        app._display = display

    def arm(self, target: type) -> None:
        self.target = target
        self.cover = ScreenCover()
        self.done = asyncio.Event()


def _bare_switch_app():
    """The reference: two bare screens (Header, Static, Footer) as modes on the same keys."""
    from textual.app import App, ComposeResult
    from textual.binding import Binding
    from textual.screen import Screen
    from textual.widgets import Footer, Header, Static

    class BareToday(Screen):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Bare reference screen one.")
            yield Footer()

    class BareCheckin(BareToday):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Bare reference screen two.")
            yield Footer()

    class BareSwitchApp(App):
        MODES = {"today": BareToday, "checkin": BareCheckin}
        DEFAULT_MODE = "today"
        BINDINGS = [Binding("t", "switch_mode('today')", "Today"), Binding("c", "switch_mode('checkin')", "Check-in")]

    return BareSwitchApp(), BareToday, BareCheckin


async def _switches(folder: Path | None, count: int, profiler, *, unmasked: bool = False) -> list[Switch]:
    """Press c and t in turn; `folder=None` runs the bare reference app instead.

    `unmasked` is a diagnostic: Textual's `App.switch_mode` calls `delay_update()`,
    which holds every frame back for 50 ms to mask the transition; this turns that
    off on the app instance, to show how long the switch itself takes.
    """
    if folder is None:
        app, first_screen, second_screen = _bare_switch_app()
    else:
        from resilience_tui.ui.app import make_app
        from resilience_tui.ui.checkin.screen import CheckinScreen
        from resilience_tui.ui.today.screen import TodayScreen

        app, first_screen, second_screen = make_app(folder), TodayScreen, CheckinScreen
    if unmasked:
        app.delay_update = lambda delay=0.05: None
    watcher = _SwitchWatcher(app)
    found = []
    seen = {first_screen}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await asyncio.sleep(0.3)  # let the first screen settle
        if type(app.screen) is not first_screen:
            raise BenchmarkError(f"the app opened on {type(app.screen).__name__}, not {first_screen.__name__}")
        for i in range(count):
            key, target = ("c", second_screen) if i % 2 == 0 else ("t", first_screen)
            watcher.arm(target)
            if profiler:
                profiler.enable()
            started = now_ns()
            await pilot.press(key)
            try:
                await asyncio.wait_for(watcher.done.wait(), 10)
            except asyncio.TimeoutError:
                raise BenchmarkError(f"pressing {key!r} did not paint {target.__name__} within 10 s") from None
            if profiler:
                profiler.disable()
            if type(app.screen) is not target:
                raise BenchmarkError(f"pressing {key!r} showed {type(app.screen).__name__}, not {target.__name__}")
            found.append(Switch(key, target.__name__, (watcher.complete_ns - started) / 1e6, target not in seen))
            seen.add(target)
            await pilot.pause()
            await asyncio.sleep(0.05)  # settle before the next key, as a person would
    return found


def bench_switch(data: Dataset, work: Path, count: int) -> dict[str, list[Switch]]:
    """The app's switches and the bare reference app's, as they are and (diagnostic) unmasked."""
    return {
        "app": asyncio.run(_switches(copy_dataset(data, work / "switch"), count, None)),
        "bare": asyncio.run(_switches(None, count, None)),
        "app unmasked": asyncio.run(_switches(copy_dataset(data, work / "switch-unmasked"), count, None, unmasked=True)),
        "bare unmasked": asyncio.run(_switches(None, count, None, unmasked=True)),
    }


def profile_switches(data: Dataset, work: Path, count: int) -> str:
    """The same switches under cProfile, on a fresh copy (not timed)."""
    profiler = cProfile.Profile()
    asyncio.run(_switches(copy_dataset(data, work / "profile-switch"), count, profiler))
    return _profile_text(profiler)


# -- profiles ------------------------------------------------------------------------------
# Event-loop plumbing that tops every cumulative list without saying anything.
_PLUMBING = r"^(?!.*(base_events|events\.py|selectors|message_pump|_callback|contextvars|runners|timer\.py|run\.py|\{built-in method builtins\.exec\}|<frozen))"


def _stats_text(stats: pstats.Stats, out: io.StringIO, top: int = 25) -> str:
    stats.strip_dirs().sort_stats("cumulative").print_stats(_PLUMBING, top)
    stats.sort_stats("tottime").print_stats(12)
    text = out.getvalue()
    return "\n".join(line for line in text.splitlines() if "List reduced from" not in line) + "\n"


def _profile_text(profiler: cProfile.Profile) -> str:
    out = io.StringIO()
    return _stats_text(pstats.Stats(profiler, stream=out), out)


def profile_startup(data: Dataset, work: Path, headless: bool) -> str:
    """A probe run of the app under cProfile, from its imports to its first complete frame."""
    stats_path = work / "startup.pstats"
    run_probe("app", data.folder, work, headless, extra=(f"--profile={stats_path}",))
    out = io.StringIO()
    return _stats_text(pstats.Stats(str(stats_path), stream=out), out)


# -- report -------------------------------------------------------------------------------
class Report:
    def __init__(self) -> None:
        self.misses: list[str] = []
        self.budgets = 0

    def verdict(self, name: str, ok: bool) -> str:
        self.budgets += 1
        if not ok:
            self.misses.append(name)
        return "PASS" if ok else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples: a check that the script works")
    parser.add_argument("--headless", action="store_true", help="start-up probes on Textual's headless driver, not a pty")
    parser.add_argument("--profile", action="store_true", help="also print cProfile tops of the app's side")
    parser.add_argument("--runs", type=int, help="start-up runs of each app (default 15, quick 5)")
    parser.add_argument("--saves", type=int, help="saves of each kind (default 200, quick 40)")
    parser.add_argument("--switches", type=int, help="screen switches (default 20, quick 10)")
    parser.add_argument("--years", type=int, default=YEARS, help="years of demo data (default 10)")
    parser.add_argument("--machine-python", action="store_true",
                        help="start-up probes on this interpreter, start-up hooks of its site-packages included")
    args = parser.parse_args(argv)
    if not args.machine_python:
        from clean_python import clean_python

        PROBE_PYTHON[0] = clean_python()
    set_years(args.years)
    runs = args.runs or (5 if args.quick else 15)
    saves = args.saves or (40 if args.quick else 200)
    switches = args.switches or (10 if args.quick else 20)

    began = time.monotonic()
    report = Report()
    print(f"Resilience benchmarks ({'quick' if args.quick else 'full'} run, {datetime.now():%Y-%m-%d %H:%M})")
    for line in machine():
        print(f"  {line}")
    print(f"  start-up probes run on {PROBE_PYTHON[0]}"
          + ("" if args.machine_python else " (clean_python.py: no start-up hooks of the machine's site-packages)"))

    with tempfile.TemporaryDirectory(prefix="resilience-bench-") as tmp:
        work = Path(tmp)
        data = make_dataset(work / "data")
        print(
            f"  data: `resilience demo --years {YEARS}`: {data.checkins:,} check-ins in {data.files} year files, "
            f"{data.megabytes:.1f} MB, on {filesystem_of(work)}"
        )
        print()

        # 1. start-up
        how = f"Textual's headless driver, {SIZE[0]}x{SIZE[1]}" if args.headless else f"a {SIZE[0]}x{SIZE[1]} pseudo-terminal"
        print(f"1. Start-up to the first complete frame of the first screen: fresh process on {how},")
        print(f"   median of {runs} runs each, bare and app alternating")
        found = bench_startup(data, work, runs, args.headless)
        bare = median(r.complete_ms for r in found["bare"])
        app = median(r.complete_ms for r in found["app"])
        ratio = app / bare
        for label, key in (("bare Textual app", "bare"), ("resilience, Today", "app")):
            rs = found[key]
            print(
                f"   {label:<18} {median(r.complete_ms for r in rs):7.1f} ms"
                f"   (min {min(r.complete_ms for r in rs):.1f}, max {max(r.complete_ms for r in rs):.1f};"
                f" first partial frame {median(r.first_ms for r in rs):.1f},"
                f" settled {median(r.settled_ms for r in rs):.1f})"
            )
        print(f"   ratio app/bare     {ratio:7.2f}x     budget <= {BUDGET_STARTUP_RATIO:.2f}x  "
              f"{report.verdict('start-up', ratio <= BUDGET_STARTUP_RATIO)}")
        settled_ratio = median(r.settled_ms for r in found["app"]) / median(r.settled_ms for r in found["bare"])
        print(f"   settled app/bare   {settled_ratio:7.2f}x     budget <= {BUDGET_SETTLED_RATIO:.2f}x  "
              f"{report.verdict('start-up settled', settled_ratio <= BUDGET_SETTLED_RATIO)}")
        print(f"   {'where the time goes (medians, ms):':<35}" + "".join(f"  {p:>13}" for p in found["app"][0].phases_ms))
        for label, key in (("bare", "bare"), ("app", "app")):
            phases = found[key][0].phases_ms
            print(f"   {label:<35}" + "".join(f"  {median(r.phases_ms[p] for r in found[key]):13.1f}" for p in phases))
        for note in check_frames(found):
            print(f"   WARNING: {note}")
        print()

        # 2. save
        print(f"2. One check-in save: median of {saves} saves each, ours and stock alternating")
        save = bench_save(data, work, saves)
        ours, stock = median(save.ours_ms), median(save.stock_ms)
        speedup = stock / ours
        print(f"   ours: store.checkins.add into this year's file ({save.year_kb:.0f} kB before), atomic + fsync")
        print(f"     median {ours:7.2f} ms   (p90 {quantile(save.ours_ms, 0.9):.2f}, max {max(save.ours_ms):.2f},"
              f" first save of the day {save.ours_ms[0]:.2f})"
              f"   budget <= {BUDGET_SAVE_MS:.0f} ms ({ours / BUDGET_SAVE_MS:.2f} of budget)  "
              f"{report.verdict('save time', ours <= BUDGET_SAVE_MS)}")
        print(f"   stock: TinyDB JSONStorage, one checkins.json ({save.stock_records:,} records, {save.stock_mb:.1f} MB before)")
        print(f"     median {stock:7.2f} ms   (p90 {quantile(save.stock_ms, 0.9):.2f}, max {max(save.stock_ms):.2f})")
        print(f"   ours is {speedup:.1f}x faster   budget >= {BUDGET_SAVE_SPEEDUP:.0f}x  "
              f"{report.verdict('save vs stock', speedup >= BUDGET_SAVE_SPEEDUP)}")
        print()

        # 3. memory
        app_mem = max(r.maxrss_settled_mib for r in found["app"])
        bare_mem = max(r.maxrss_settled_mib for r in found["bare"])
        app_first = max(r.maxrss_complete_mib for r in found["app"])
        print(f"3. Peak memory (peak RSS, VmHWM, of the start-up probes; largest of {runs} runs)")
        print(f"   resilience, ten years  {app_mem:6.1f} MiB   (at the first complete frame {app_first:.1f})"
              f"   budget < {BUDGET_MEMORY_MIB:.0f} MiB ({app_mem / BUDGET_MEMORY_MIB:.2f} of budget)  "
              f"{report.verdict('memory', app_mem < BUDGET_MEMORY_MIB)}")
        print(f"   bare Textual app       {bare_mem:6.1f} MiB   (reference; app/bare {app_mem / bare_mem:.2f}x)")
        print()

        # 4. switching screens
        print(f"4. Switching screens (run_test {SIZE[0]}x{SIZE[1]}): press c / t until the whole new screen is sent;"
              f" median of {switches}")
        runs_by = bench_switch(data, work, switches)
        moves = runs_by["app"]
        all_ms = [m.ms for m in moves]
        med = median(all_ms)
        first_visit = [m.ms for m in moves if m.first_visit]
        print(f"   c -> Check-in  median {median(m.ms for m in moves if m.key == 'c'):6.1f} ms"
              + (f"   (first visit, screen built: {first_visit[0]:.1f} ms)" if first_visit else ""))
        print(f"   t -> Today     median {median(m.ms for m in moves if m.key == 't'):6.1f} ms")
        print(f"   all switches   median {med:6.1f} ms   (max {max(all_ms):.1f})"
              f"   budget < {BUDGET_SWITCH_MS:.0f} ms ({med / BUDGET_SWITCH_MS:.2f} of budget)  "
              f"{report.verdict('switching', med < BUDGET_SWITCH_MS)}")
        bare_med = median(m.ms for m in runs_by["bare"])
        app_un = median(m.ms for m in runs_by["app unmasked"])
        bare_un = median(m.ms for m in runs_by["bare unmasked"])
        print(f"   reference, two bare Textual screens (Header, Static, Footer) as modes, same keys:"
              f" median {bare_med:.1f} ms (app/bare {med / bare_med:.2f}x)")
        print(f"   diagnostic, without the 50 ms frame hold of Textual's switch_mode (delay_update):"
              f" app {app_un:.1f} ms, bare {bare_un:.1f} ms")
        print()

        # 5. searching the journal (its own file)
        from journal_search import report_journal_search

        report_journal_search(copy_dataset(data, work / "search"), report, quick=args.quick, size=SIZE)

        # 6. export, import and the command line (their own scripts, each with its own demo data)
        for script, extra in (("export_speed.py", ["--runs", "1" if args.quick else "3"]),
                              ("cli_speed.py", ["--rounds", "5" if args.quick else "15", "--install-jrnl",
                                                *(["--machine-python"] if args.machine_python else [])])):
            print(f"{script} --years {YEARS}", flush=True)
            done = subprocess.run([sys.executable, str(HERE / script), "--years", str(YEARS), *extra])
            report.verdict(script, done.returncode == 0)
            print()

        if args.profile:
            print("Profile: app start-up (one probe run under cProfile), cumulative then own time")
            print(profile_startup(data, work, args.headless))
            print(f"Profile: {saves} saves (ours; a separate, untimed run), cumulative")
            print(profile_saves(data, work, saves))
            print(f"Profile: {switches} screen switches (a separate, untimed run), cumulative")
            print(profile_switches(data, work, switches))

    elapsed = time.monotonic() - began
    print(f"({load_average()} at the end; other work on the machine makes the figures noisier)")
    if report.misses and not args.profile:
        print("(--profile adds cProfile tops of start-up, saves and switches, from separate untimed runs)")
    if report.misses:
        print(f"RESULT: {len(report.misses)} of {report.budgets} budgets missed ({', '.join(report.misses)})"
              f"   [{elapsed:.0f} s]")
        return 1
    print(f"RESULT: all {report.budgets} budgets met   [{elapsed:.0f} s]")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BenchmarkError as error:
        print(f"\nThe benchmark could not run: {error}", file=sys.stderr)
        sys.exit(2)
