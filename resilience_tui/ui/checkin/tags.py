"""Tag input help: suggests earlier tags for the word being typed."""

from __future__ import annotations

from textual.suggester import Suggester


class TagSuggester(Suggester):
    """Completes the last word of a space- or comma-separated list from earlier tags."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        if not value or value[-1] in " ,":
            return None
        head, _, last = value.replace(",", " ").rpartition(" ")
        last = last.lstrip("#")
        typed = {word.lstrip("#") for word in head.split()}
        for tag in self.tags:
            if tag.startswith(last) and tag != last and tag not in typed:
                return value + tag[len(last):]
        return None
