"""A clean interpreter for timing whole processes: `.bench/clean`, a virtual environment whose one
`.pth` file lists plain paths (this repository, then the running interpreter's site-packages).

A machine's site-packages can hold `.pth` files that run code at every interpreter start (some
machines import certifi that way, about 25 ms). A fresh install of Resilience in its own virtual
environment has none of them, and neither has jrnl in its own, so timing both on the machine's
interpreter would add the same fixed cost to Resilience and to `python -c pass` and flatter every
ratio to it. Paths listed in a `.pth` file are only added to `sys.path`: nothing of theirs runs.
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
