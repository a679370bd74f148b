"""Command-line speed: `checkin`, `write`, `goal add`, `goal list`, `app add` and `status --prompt`
against `python -c pass` and jrnl, side by side. `status --prompt` is timed twice: making its line
from the data (its kept line removed first), and printing the line kept in `cache/` while nothing
changed (on a copy of the data no other command writes to), which is what a prompt drawn after
most shell commands does.

    python tests/benchmarks/cli_speed.py [--years 10] [--rounds 15] [--data DIR] [--jrnl PATH | --install-jrnl]

Each round runs `python -c pass` and then each command once, in a fresh process, on a
copy of the demo dataset (`resilience demo DIR --years N`); the order of the commands
turns round by round. Prints the median of each and its ratio to the median of
`python -c pass` (budget: at most 3.5x), and to jrnl on a journal of the demo's entries
(budget: at most 0.2x at ten years or more, 0.3x below): a command that adds, against jrnl
adding one entry; one that reads, against `jrnl -n 10`. jrnl is a benchmark-only tool that
pins its own versions, so it lives in its own virtual environment: `--install-jrnl` makes one
in `.bench/jrnl` (beside this repository's code, ignored by git) and later runs find it there.
Bytecode is cached as an installed copy has it (PYTHONDONTWRITEBYTECODE is dropped and
PYTHONPYCACHEPREFIX points into the temporary folder). Exit code 0 when every budget is met,
1 when one is missed. Not collected by pytest.

Every command, and `python -c pass` beside it, runs on a clean interpreter (clean_python.py), the
commands through its `resilience` console script as pip writes it (jrnl runs through its own):
start-up hooks of the machine's site-packages would otherwise be counted in `python -c pass` and
in our commands but not in jrnl, which has a virtual environment of its own. The machine's own
`python -c pass` is printed too, and `--machine-python` measures on it instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clean_python import clean_command, clean_python  # noqa: E402  (same folder)

ROOT = Path(__file__).resolve().parents[2]
BUDGET = 3.5
JRNL_VENV = ROOT / ".bench" / "jrnl"
MACHINE_PASS = "the machine's python -c pass"
PROMPT_MADE = "status --prompt (made)"
PROMPT_KEPT = "status --prompt (kept)"
READS = ("goal list", PROMPT_MADE, PROMPT_KEPT)  # compared with `jrnl -n 10`; the others add, like `jrnl TEXT`


def jrnl_budget(years: int) -> float:
    return 0.2 if years >= 10 else 0.3


def commands(data: Path, python: str = sys.executable) -> dict[str, list[str]]:
    """Each command as a person runs it: the `resilience` console script of the clean environment
    (or `python -m resilience_tui` on the machine's own interpreter)."""
    way = [clean_command()] if python == clean_python() else [python, "-m", "resilience_tui"]
    app = [*way, "--data-dir", str(data)]
    return {
        "checkin": [*app, "checkin", "3", "--note", "a note from the benchmark"],
        "write": [*app, "write", "A line from the benchmark. It was a quiet day."],
        "goal add": [*app, "goal", "add", "A goal from the benchmark"],
        "goal list": [*app, "goal", "list"],
        "app add": [*app, "app", "add", "Benchmark Co", "A role from the benchmark", "--applied", "yesterday"],
        # Run at every shell prompt: it reads this year's check-ins only, whatever the years of data.
        # Made from the data (its kept line removed before each run), and printed from cache/ while
        # nothing changed (a copy of the data no other command writes to), as after most commands.
        PROMPT_MADE: [*app, "status", "--prompt"],
        PROMPT_KEPT: [*way, "--data-dir", str(prompt_copy(data)), "status", "--prompt"],
    }


def prompt_copy(data: Path) -> Path:
    return data.parent / "prompt-data"


def before(name: str, data: Path) -> None:
    """What a run needs first, untimed: the prompt line made from the data has no kept line to print."""
    if name == PROMPT_MADE:
        (data / "cache" / "prompt-line.json").unlink(missing_ok=True)


def _time(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def bytecode_env(cache: Path) -> dict[str, str]:
    """The environment of an installed copy: our modules' bytecode cached (in `cache`, not beside
    the source) even where PYTHONDONTWRITEBYTECODE is set, as it is on some test machines."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(cache)}


def measure(data: Path, rounds: int, extra: dict[str, list[str]] | None = None,
            python: str = sys.executable) -> dict[str, list[float]]:
    """Seconds per run of `python -c pass` and of each command, on `python`, the runs alternating
    (after one run of each that is not counted: it writes the bytecode); the machine's own
    `python -c pass` among them when `python` is another."""
    env = bytecode_env(data.parent / "pycache")
    if not prompt_copy(data).exists():
        shutil.copytree(data, prompt_copy(data))
    machine = {MACHINE_PASS: [sys.executable, "-c", "pass"]} if python != sys.executable else {}
    runs = {"python -c pass": [python, "-c", "pass"], **machine, **commands(data, python), **(extra or {})}
    times: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for argv in runs.values():
        _time(argv, env)
    for number in range(rounds):
        order = names[number % len(names):] + names[:number % len(names)]
        for name in order:
            before(name, data)
            times[name].append(_time(runs[name], env))
    return times


def report(times: dict[str, list[float]], years: int) -> bool:
    """Print each command's median and ratios; True when every command meets its budgets."""
    base = statistics.median(times["python -c pass"])
    print(f"python -c pass: median {base * 1000:.1f} ms of {len(times['python -c pass'])}")
    if MACHINE_PASS in times:
        print(f"{MACHINE_PASS}: median {statistics.median(times[MACHINE_PASS]) * 1000:.1f} ms (start-up hooks of "
              "its site-packages included; not the baseline)")
    jrnl = {name: statistics.median(samples) for name, samples in times.items() if name.startswith("jrnl")}
    for name, median in jrnl.items():
        print(f"{name}: {median * 1000:.1f} ms, {median / base:.2f}x python -c pass")
    ok = True
    for name, samples in times.items():
        if name in ("python -c pass", MACHINE_PASS) or name in jrnl:
            continue
        median = statistics.median(samples)
        ratio = median / base
        verdict = "PASS" if ratio <= BUDGET else "MISS"
        ok = ok and verdict == "PASS"
        beside = ""
        if jrnl:
            against = "jrnl -n 10" if name in READS else "jrnl (add)"
            to_jrnl = median / jrnl[against]
            limit = jrnl_budget(years)
            jrnl_verdict = "PASS" if to_jrnl <= limit else "MISS"
            ok = ok and jrnl_verdict == "PASS"
            beside = f"; {to_jrnl:.2f}x {against} (budget {limit}x): {jrnl_verdict}"
        print(f"resilience {name}: {median * 1000:.1f} ms, {ratio:.2f}x python -c pass (budget {BUDGET}x): "
              f"{verdict}{beside}")
    return ok


def find_jrnl(given: str | None, install: bool) -> str | None:
    """jrnl as given, else on PATH, else in .bench/jrnl (made there first with --install-jrnl)."""
    if given:
        return given
    installed = JRNL_VENV / "bin" / "jrnl"
    if not installed.exists() and install:
        print(f"making a virtual environment for jrnl in {JRNL_VENV} ...")
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        subprocess.run([str(JRNL_VENV / "bin" / "python"), "-m", "pip", "install", "--quiet", "jrnl"], check=True)
    if installed.exists():
        return str(installed)
    return shutil.which("jrnl")


def jrnl_runs(jrnl: str | None, data: Path, folder: Path) -> dict[str, list[str]]:
    """jrnl listing its last ten entries and adding one, on a journal holding the demo's entries."""
    if jrnl is None:
        print("jrnl is not installed (--jrnl PATH, or --install-jrnl): no comparison with it")
        return {}
    sys.path.insert(0, str(ROOT))
    from resilience_tui.store.store import Store

    journal = folder / "journal.txt"
    with journal.open("w", encoding="utf-8") as out:
        for entry in Store(data).journal.all():
            body = entry.body.replace("\n[", "\n (")
            out.write(f"[{entry.at:%Y-%m-%d %I:%M:%S %p}] {' '.join(entry.heading.split())}\n{body}\n\n")
    config = folder / "jrnl.yaml"
    config.write_text(f"journals:\n  default: {journal}\nencrypt: false\ndefault_hour: 9\ndefault_minute: 0\n"
                      "timeformat: '%F %r'\ntagsymbols: '#@'\neditor: ''\nhighlight: false\nlinewrap: 79\n"
                      "indent_character: '|'\ncolors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
                      "template: false\nversion: v4.1\n")
    subprocess.run([jrnl, "--config-file", str(config), "-n", "1"], check=True, capture_output=True)
    return {"jrnl -n 10": [jrnl, "--config-file", str(config), "-n", "10"],
            "jrnl (add)": [jrnl, "--config-file", str(config), "A line from the benchmark."]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--data", type=Path, help="a demo data folder to copy (default: make one)")
    parser.add_argument("--jrnl", help="the jrnl program to compare with (default: .bench/jrnl, then PATH)")
    parser.add_argument("--machine-python", action="store_true",
                        help="run on this interpreter as it is, start-up hooks of its site-packages included")
    parser.add_argument("--install-jrnl", action="store_true",
                        help="make .bench/jrnl, a virtual environment with jrnl, if it is not there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        if args.data:
            shutil.copytree(args.data, data)
        else:
            subprocess.run([sys.executable, "-m", "resilience_tui", "demo", str(data), "--years", str(args.years)],
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, stdout=subprocess.DEVNULL)
        print(f"command line, {args.years}-year demo, {args.rounds} alternating rounds:")
        jrnl = find_jrnl(args.jrnl, args.install_jrnl)
        if jrnl:
            version = subprocess.run([jrnl, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
            print(f"against {version.strip() or 'jrnl'} ({jrnl})")
        python = sys.executable if args.machine_python else clean_python()
        print(f"interpreter: {python}")
        ok = report(measure(data, args.rounds, jrnl_runs(jrnl, data, Path(tmp)), python), args.years)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
