"""`#tags` written in text, and tags set directly, in one normal form."""

from __future__ import annotations

import pytest

from resilience_tui.domain.tags import clean_tag, merge_tags, tags_in_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Interview with #Acme today #interview", ("acme", "interview")),
        ("#acme-health and #acme_health", ("acme-health", "acme_health")),
        ("(#walk) and #walk again", ("walk",)),
        ("Café #café", ("café",)),
        ("# A heading\n## Another", ()),
        ("C# and F# are languages; issue#12 is not a tag", ()),
        ("see https://example.com/page#part and &#39;", ()),
        ("number #1 but #1st-round counts", ("1st-round",)),
        ("##double is not, #single is", ("single",)),
        ("`#include` in code, #real outside", ("real",)),
        ("```\n#not-a-tag in a fence\n```\nafter #yes", ("yes",)),
        ("#trailing- dash", ("trailing",)),
        ("", ()),
        ("[bold]#markup[/] is plain text", ("markup",)),
    ],
)
def test_tags_in_text(text, expected):
    assert tags_in_text(text) == expected


def test_a_tag_after_an_opening_bracket_or_quote_counts():
    assert tags_in_text('["#one", (#two), "#three"]') == ("one", "two", "three")


def test_too_long_tags_are_left_as_text():
    assert tags_in_text("#" + "x" * 41 + " #ok") == ("ok",)


@pytest.mark.parametrize("raw, clean", [("#Acme", "acme"), ("@work", "work"), ("  Job Search ", "job-search"), ("#", "")])
def test_clean_tag(raw, clean):
    assert clean_tag(raw) == clean


def test_merge_keeps_first_appearance():
    assert merge_tags(("b", "a"), ("a", "c"), ()) == ("b", "a", "c")
