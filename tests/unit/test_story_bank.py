"""The story bank: every story from every worksheet, searchable by its words and the question it answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from resilience_tui.domain.reflection import Reflection, Story
from resilience_tui.domain.story_bank import all_stories, parse_query, question_tags, search

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
OLD = Reflection(stories=(Story("Tell me about a conflict.", "Two teams [bold]", "Agree a plan", "I wrote it down", "Shipped",
                                id="s1"),), updated_at=NOW - timedelta(days=30))
NEW = Reflection(stories=(Story("Tell me about a CONFLICT", "A launch", id="s2"), Story(id="blank"),
                          Story("", "No question yet", id="s3")), updated_at=NOW)


def test_every_story_newest_worksheet_first_blank_ones_left_out():
    stories = all_stories([OLD, NEW])
    assert [b.story.id for b in stories] == ["s2", "s3", "s1"]
    assert stories[0].reflection is NEW


def test_search_by_words_anywhere_and_by_question():
    stories = all_stories([OLD, NEW])
    assert [b.story.id for b in search(stories, "")] == ["s2", "s3", "s1"]
    assert [b.story.id for b in search(stories, "plan  WROTE")] == ["s1"]
    assert [b.story.id for b in search(stories, "[bold]")] == ["s1"]
    assert [b.story.id for b in search(stories, "q:conflict")] == ["s2", "s1"]
    assert [b.story.id for b in search(stories, "q:conflict launch")] == ["s2"]
    assert [b.story.id for b in search(stories, "question:yet")] == []  # only in the situation, not the question
    assert search(stories, "nothing-like-this") == []


def test_queries_in_words():
    assert parse_query("Plan q:Conflict q:").words == ("plan",)
    assert parse_query("Plan q:Conflict").question_words == ("conflict",)
    assert parse_query("  ").is_empty
    assert parse_query("plan q:conflict").describe() == '"plan" in questions with "conflict"'


def test_question_tags_count_the_same_question_once_whatever_its_case():
    assert question_tags(all_stories([OLD, NEW])) == [("Tell me about a CONFLICT", 1), ("Tell me about a conflict.", 1)]
    same = Reflection(stories=(Story("Why us?", "a"), Story("why  us?", "b")))
    assert question_tags(all_stories([same])) == [("Why us?", 2)]
