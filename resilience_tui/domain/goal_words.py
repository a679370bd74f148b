"""The Goals board's fixed words, limits and title rule, kept free of dataclasses and typing.

The goal records (goal.py), their rules (goal_rules.py) and the quick `goal` commands
(quick/goal.py) all read them here, so a shell one-liner says exactly what the board says.
"""

from __future__ import annotations

MAX_TITLE_LENGTH = 200
MAX_STEPS = 50
MAX_STEP_LENGTH = 200

# Each category: the digit that shows it on the board, the key it is stored as, its word, its colour.
CATEGORY_ROWS: tuple[tuple[int, str, str, str], ...] = (
    (1, "job-search", "job search", "#3974ba"),
    (2, "skills", "skills", "#7a65b9"),
    (3, "network", "network", "#946b24"),
    (4, "wellbeing", "wellbeing", "#5a7c42"),
    (5, "mindset", "mindset", "#3c7c7a"),
)
CATEGORY_WORDS = {key: word for _, key, word, _ in CATEGORY_ROWS}
DEFAULT_CATEGORY = "job-search"

TODO, DOING, DONE = "todo", "doing", "done"
COLUMNS: tuple[str, ...] = (TODO, DOING, DONE)
COLUMN_TITLES = {TODO: "To do", DOING: "Doing", DONE: "Done"}

SOURCE_KINDS = ("application", "feedback", "reflection")


def category_key(text: str) -> str | None:
    """'job search', 'Job-Search', 'job', '1' or 'skills' -> the category's key; None if unknown."""
    wanted = " ".join(str(text).strip().lower().replace("-", " ").replace("_", " ").split())
    if not wanted:
        return None
    for value, key, word, _ in CATEGORY_ROWS:
        if wanted in (word, str(value), word.split()[0]):
            return key
    # A clear beginning is enough: "well" is wellbeing, "net" is network.
    starts = [key for _, key, word, _ in CATEGORY_ROWS if len(wanted) >= 3 and word.startswith(wanted)]
    return starts[0] if len(starts) == 1 else None


def title_problem(title: str) -> str | None:
    """Why `title` cannot be a goal's title, in plain words; None when it can be kept as typed."""
    if not title.strip():
        return "A goal needs a title: a few words saying what you want to do."
    if "\n" in title or "\r" in title:
        return "A title is one line. Longer thoughts can go in the notes."
    if len(title) > MAX_TITLE_LENGTH:
        return f"A title can be up to {MAX_TITLE_LENGTH} characters; the notes can hold the rest."
    return None


def weeks_done_words(count: int) -> str:
    """A weekly goal's history in words: 'weekly', or 'weekly · done 3 weeks'."""
    if not count:
        return "weekly"
    return f"weekly · done {count} week{'s' if count != 1 else ''}"
