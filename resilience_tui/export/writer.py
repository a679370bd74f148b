"""One export, start to finish: the command line and the palette both call `export`."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.export import FORMATS, CancelCheck, ExportFailed, Progress, Steps
from resilience_tui.export.areas import area_names, readable_areas, title_of
from resilience_tui.export.files import (
    EXTENSIONS,
    check_folder,
    check_new,
    default_target,
    prepare_folder,
    write_new_stream,
)

if TYPE_CHECKING:
    from resilience_tui.store.store import Store


def choose_areas(store: Store, fmt: str, wanted: list[str] | None) -> list[str]:
    """The areas to export: those asked for (checked), or every one that fits the format."""
    if fmt not in FORMATS:
        raise ExportFailed(f"The format is one of {', '.join(FORMATS)}, not {fmt!r}.")
    known = area_names(store)
    if not wanted:
        return known if fmt == "json" else readable_areas(store)
    for area in wanted:
        if area not in known:
            raise ExportFailed(f"There is no area called {area!r}. The areas are: {', '.join(known)}.")
        if area not in readable_areas(store) and fmt != "json":
            raise ExportFailed(f"{title_of(area)} are only exported as json (--format json).")
    return list(dict.fromkeys(wanted))


def check_out(fmt: str, out: Path | None) -> None:
    """Raise ExportFailed when `out` ends in the suffix of another format (report.md for html)."""
    if out is None or fmt not in EXTENSIONS:
        return
    suffix = out.suffix.lower()
    if suffix in EXTENSIONS.values() and suffix != EXTENSIONS[fmt]:
        other = "" if fmt == "json" else ", or a folder name without a suffix"
        raise ExportFailed(f"{out.name} is not a name for {fmt}: use one ending in {EXTENSIONS[fmt]}{other}.")


def export(store: Store, fmt: str, *, areas: list[str] | None, out: Path | None, folder: Path, now: datetime,
           progress: Progress | None = None, cancelled: CancelCheck | None = None,
           protect: Callable[[bytes], bytes] | None = None) -> list[Path]:
    """Write the export; returns the files written. `folder` is where a default name goes.

    Each document goes to its file area by area as it is made (json record by record), so
    a large export never sits whole in memory. A file appears only once it is complete, and
    a cancelled export (`Cancelled`, asked between areas) removes the files it had written.
    `protect` (json only) turns the whole export into the bytes written: a passphrase-protected
    export is made in memory and only its sealed form reaches the disk.
    """
    chosen = choose_areas(store, fmt, areas)
    check_out(fmt, out)
    steps = Steps(len(chosen) + 1, progress, cancelled)
    if fmt == "json":
        from resilience_tui.export.json import json_pieces

        target = out or default_target(folder, fmt, now)
        check_new(target)
        if protect is not None:
            from resilience_tui.export.files import write_new_bytes

            data = "".join(json_pieces(store, chosen, now=now, steps=steps)).encode("utf-8", errors="replace")
            written = write_new_bytes(target, protect(data))
        else:
            written = write_new_stream(target, json_pieces(store, chosen, now=now, steps=steps))
        steps.start(f"Writing {target.name}")
        return [written]

    def document(areas: list[str], title: str) -> Iterator[str]:
        if fmt == "html":
            from resilience_tui.export.html import PAGE_END, page_start
            from resilience_tui.export.html_areas import area_html

            yield page_start(title)
            for area in areas:
                steps.start(f"Writing {title_of(area)}")
                yield from area_html(store, area, now)
                steps.finish()
            yield PAGE_END
            return
        from resilience_tui.export import markdown

        for number, area in enumerate(areas):
            steps.start(f"Writing {title_of(area)}")
            yield ("\n" if number else "") + markdown.area_markdown(store, area, now)
            steps.finish()

    if out is not None and out.suffix.lower() == EXTENSIONS[fmt]:
        check_new(out)  # one document: every area in order, each under its own heading
        ordered = [area for area in area_names(store) if area in chosen]
        written = write_new_stream(out, document(ordered, f"Resilience: {title_of(chosen[0])}"
                                                 if len(chosen) == 1 else "Resilience"))
        steps.start(f"Writing {out.name}")
        return [written]
    target = out or default_target(folder, fmt, now)
    check_folder(target)
    made = not target.exists()
    paths: list[Path] = []
    try:
        prepare_folder(target)
        for area in chosen:
            paths.append(write_new_stream(target / f"{area}{EXTENSIONS[fmt]}",
                                          document([area], f"Resilience: {title_of(area)}")))
    except BaseException:
        for path in paths:
            path.unlink(missing_ok=True)
        if made:
            with contextlib.suppress(OSError):
                target.rmdir()
        raise
    steps.start(f"Writing the files into {target.name}")
    return paths
