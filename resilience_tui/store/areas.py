"""The area table: one entry describes each kind of data the store keeps.

An entry gives the file (one file, or one file per year in a folder), the words
used for it (`label` in messages about the file, `noun` for counts, `title` for
exports), the domain record class, the schema version, the migration steps and
the function that opens its repository. The store, the schema checks, the
migrations, the backups and the exports all read this table, so adding an area
means one entry here, a domain record and a migration step.

Record classes and repository openers are named as "module:name" strings and
imported on first use, so reading this table costs no domain imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resilience_tui.store.upgrades import Step, checkins_0_to_1, goals_0_to_1, keyed_0_to_1

RECORDS_OPENER = "resilience_tui.store.records:open_records"
_RECORD = ("id", "created_at", "updated_at")


def _load(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Area:
    """One kind of data file. Only the first three fields are required; the rest follow from `name`.

    `record_type` ("module:Class") reads a stored record or raises. `keyed` areas hold
    documents `{"key", "value", "updated_at"}` instead of records with ids.
    """

    name: str
    version: int
    required: tuple[str, ...]
    record_type: str | None = None
    yearly: bool = False
    file: str = ""  # "goals.json", or the folder of a yearly area ("checkins")
    label: str = ""  # "Your {label} file could not be read"
    noun: tuple[str, str] = ("", "")  # one, many: "1 check-in", "7 check-ins"
    title: str = ""  # the heading of its export
    migrations: Mapping[int, Step] = field(default_factory=dict)  # version v -> step to v + 1
    keyed: bool = False
    readable: bool = True  # gets a readable (markdown, html) document in exports
    opener: str = RECORDS_OPENER  # "module:function" taking (store, area), returning the repository
    eager: bool = False  # opened with the store (needed by the first screen) rather than on first use
    main_text: str = ""  # the field that marks a record's second version after a sync conflict

    def __post_init__(self) -> None:
        default_file = self.name if self.yearly else f"{self.name}.json"
        for attribute, value in (("file", default_file), ("label", self.name), ("noun", (self.name, self.name)),
                                 ("title", self.name.replace("_", " ").capitalize())):
            if not getattr(self, attribute) or getattr(self, attribute) == ("", ""):
                object.__setattr__(self, attribute, value)

    def path(self, root: Path) -> Path:
        """Its file (single-file areas) or its folder of year files (yearly areas)."""
        return Path(root) / self.file

    def load_record_type(self) -> Any:
        return None if self.record_type is None else _load(self.record_type)

    def open(self, store: Any) -> Any:
        """A new repository for this area in `store`."""
        return _load(self.opener)(store, self)

    def count_words(self, count: int) -> str:
        one, many = self.noun
        return f"{count:,} {one if count == 1 else many}"


AREAS: dict[str, Area] = {
    area.name: area
    for area in (
        Area("settings", 1, ("key", "value"), keyed=True, readable=False, noun=("setting", "settings"),
             migrations={0: keyed_0_to_1}, opener="resilience_tui.store.settings:open_settings", eager=True),
        Area("checkins", 1, (*_RECORD, "mood", "at"), "resilience_tui.domain.checkin:CheckIn", yearly=True,
             label="check-ins", noun=("check-in", "check-ins"), title="Check-ins", migrations={0: checkins_0_to_1},
             main_text="note", opener="resilience_tui.store.checkins:open_checkins", eager=True),
        Area("journal", 1, (*_RECORD, "at", "body"), "resilience_tui.domain.journal:JournalEntry", yearly=True,
             label="journal entries", noun=("journal entry", "journal entries"), title="Journal", main_text="title",
             opener="resilience_tui.store.journal:open_journal"),
        Area("goals", 1, (*_RECORD, "title", "category", "column", "position"), "resilience_tui.domain.goal:Goal",
             noun=("goal", "goals"), migrations={0: goals_0_to_1}, main_text="title"),
        Area("applications", 1, (*_RECORD, "company", "role"), "resilience_tui.domain.application:Application",
             noun=("application", "applications"), main_text="company"),
        Area("feedback", 1, (*_RECORD, "status"), "resilience_tui.domain.feedback:FeedbackRequest",
             label="feedback requests", noun=("feedback request", "feedback requests"), main_text="subject"),
        Area("reflections", 1, (*_RECORD, "status"), "resilience_tui.domain.reflection:Reflection",
             label="reflection worksheets", noun=("reflection", "reflections"), main_text="who"),
        Area("people", 1, (*_RECORD, "name"), "resilience_tui.domain.person:Person", label="people",
             noun=("person", "people"), title="My people", main_text="name"),
        Area("worries", 1, (*_RECORD, "text", "look_back_on"), "resilience_tui.domain.worry:Worry",
             noun=("worry", "worries"), title="Worries", main_text="text"),
        Area("drafts", 1, ("key", "value"), keyed=True, readable=False, noun=("draft", "drafts"),
             opener="resilience_tui.store.drafts:open_drafts"),
    )
}


def area(name: str) -> Area:
    """The table entry for `name`; KeyError for an area this version does not know."""
    return AREAS[name]


def data_paths(root: Path) -> list[Path]:
    """Every area's file or folder in the data folder `root`, in table order."""
    return [entry.path(root) for entry in AREAS.values()]
