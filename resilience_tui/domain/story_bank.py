"""The story bank: every STAR story from every worksheet, searchable by its words and its question.

A search is words that must all appear somewhere in a story (its question, situation,
task, action or result). A word written `q:word` must appear in the question it answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from resilience_tui.domain.reflection import Reflection, Story

QUESTION_PREFIXES = ("q:", "question:")
SEARCH_HELP = 'words match anywhere; "q:word" only in the question a story answers'


@dataclass(frozen=True)
class BankedStory:
    story: Story
    reflection: Reflection

    @property
    def text(self) -> str:
        story = self.story
        return "\n".join((story.question, story.situation, story.task, story.action, story.result))


@dataclass(frozen=True)
class StoryQuery:
    words: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.question_words

    def describe(self) -> str:
        parts = [f'"{" ".join(self.words)}"'] if self.words else []
        if self.question_words:
            parts.append(f'questions with "{" ".join(self.question_words)}"')
        return " in ".join(parts) if parts else "everything"


def all_stories(reflections: Iterable[Reflection]) -> list[BankedStory]:
    """Every story that holds any words, the most recently changed worksheet first."""
    ordered = sorted(reflections, key=lambda r: r.updated_at, reverse=True)
    return [BankedStory(story, r) for r in ordered for story in r.stories if not story.is_blank]


def parse_query(text: str) -> StoryQuery:
    words, question = [], []
    for token in text.casefold().split():
        prefix = next((p for p in QUESTION_PREFIXES if token.startswith(p)), None)
        if prefix is None:
            words.append(token)
        elif token[len(prefix):]:
            question.append(token[len(prefix):])
    return StoryQuery(tuple(words), tuple(question))


def search(stories: list[BankedStory], text: str) -> list[BankedStory]:
    query = parse_query(text)
    if query.is_empty:
        return list(stories)
    found = []
    for banked in stories:
        haystack, asked = banked.text.casefold(), banked.story.question.casefold()
        if all(word in haystack for word in query.words) and all(word in asked for word in query.question_words):
            found.append(banked)
    return found


def question_tags(stories: list[BankedStory]) -> list[tuple[str, int]]:
    """The questions stories answer, with how many answer each, the most answered first."""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for banked in stories:
        question = " ".join(banked.story.question.split())
        if question:
            key = question.casefold()
            counts[key] = counts.get(key, 0) + 1
            shown.setdefault(key, question)
    return [(shown[key], counts[key]) for key in sorted(counts, key=lambda k: (-counts[k], k))]
