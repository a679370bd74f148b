"""What every snapshot test shares: the fixed clock, the two sizes, and an app on fresh demo data."""

from __future__ import annotations

from pathlib import Path

from resilience_tui.demo import write_demo
from resilience_tui.ui.app import make_app
from tests.ui.helpers import FIXED_NOW

SIZES = [(80, 24), (160, 48)]


def size_id(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def demo_app(folder: Path):
    write_demo(folder, years=1, today=FIXED_NOW.date())
    return make_app(folder, clock=lambda: FIXED_NOW)


__all__ = ["FIXED_NOW", "SIZES", "demo_app", "size_id"]
