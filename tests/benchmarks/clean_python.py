"""A clean interpreter for timing whole processes: `.bench/clean`, a virtual environment whose one
`.pth` file lists plain paths (this repository, then the running interpreter's site-packages).

A machine's site-packages can hold `.pth` files that run code at every interpreter start (some
machines import certifi that way, about 25 ms). A fresh install of Resilience in its own virtual
environment has none of them, and neither has jrnl in its own, so timing both on the machine's
interpreter would add the same fixed cost to Resilience and to `python -c pass` and flatter every
ratio to it. Paths listed in a `.pth` file are only added to `sys.path`: nothing of theirs runs.

`clean_command()` is the `resilience` command in that environment, the console script pip writes
for pyproject.toml's `[project.scripts]` entry (as `jrnl` is in its own): what a person runs.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLEAN_VENV = ROOT / ".bench" / "clean"


def clean_python() -> str:
    """The interpreter of `.bench/clean`, made on first use (ignored by git, like `.bench/jrnl`)."""
    python = CLEAN_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(CLEAN_VENV)], check=True)
    own = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                         check=True, capture_output=True, text=True).stdout.strip()
    paths = sysconfig.get_paths()
    folders = dict.fromkeys([str(ROOT), paths["purelib"], paths["platlib"]])
    (Path(own) / "resilience-bench.pth").write_text("\n".join(folders) + "\n", encoding="utf-8")
    return str(python)


# What pip (distlib) writes for a console script `NAME = MODULE:FUNCTION`.
CONSOLE_SCRIPT = """#!{python}
# -*- coding: utf-8 -*-
import re
import sys
from {module} import {function}
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit({function}())
"""


def clean_command() -> str:
    """`.bench/clean/bin/resilience`, the console script an install of this repository would have."""
    import re

    python = clean_python()
    entry = re.search(r'^resilience = "(.+)"$', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    assert entry is not None, "pyproject.toml names no `resilience` script"
    module, _, function = entry[1].partition(":")
    script = CLEAN_VENV / "bin" / "resilience"
    script.write_text(CONSOLE_SCRIPT.format(python=python, module=module, function=function), encoding="utf-8")
    script.chmod(0o755)
    return str(script)
