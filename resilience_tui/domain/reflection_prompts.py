"""The nine sections of a reflection worksheet: a title, a warm prompt and a short hint for each."""

from __future__ import annotations

from dataclasses import dataclass

from resilience_tui.domain.reflection import SECTION_KEYS


@dataclass(frozen=True)
class Section:
    number: int
    key: str
    title: str
    prompt: str
    hint: str


SECTIONS: tuple[Section, ...] = (
    Section(1, "happened", "What happened",
            "Start with the plain facts, as if telling a friend.",
            "Which stage it was, who was there, and the questions you remember (one a line)."),
    Section(2, "felt", "How I felt",
            "How did it feel, before, during and after? Every feeling is allowed here.",
            "Your check-ins from around then are shown below, in case they help you remember."),
    Section(3, "went_well", "What went well",
            "What went well, however small? Getting there and showing up counts.",
            "A clear answer, a good question you asked, a moment you stayed calm."),
    Section(4, "differently", "What I would do differently",
            "With kind hindsight, what might you try another time?",
            "Ideas for next time, not a list of mistakes."),
    Section(5, "gaps", "Skills or knowledge gaps",
            "Was there a skill or a topic you'd like to feel surer of?",
            "A gap is something to learn, not something wrong with you."),
    Section(6, "stories", "The answer I wish I had given",
            "Write the answer you'd give now, as a short story you can reuse.",
            "Situation, task, action, result. Tag it with the question it answers; ctrl+n adds another."),
    Section(7, "thoughts", "Unhelpful thoughts",
            "Is a harsh thought going round your head? Write it down as it sounds.",
            "Tick the thinking traps it fits (space), then write a kinder, more balanced thought. ctrl+n adds another."),
    Section(8, "feedback", "Feedback received",
            "What did they say, and what do you make of it?",
            "Feedback from your request for this application is shown here when it has come in."),
    Section(9, "actions", "Actions",
            "What are one or two small, concrete things you'll do next?",
            "One action a line; enter or ctrl+n adds another. ctrl+o changes its category, "
            "ctrl+g puts it on your Goals board."),
)

assert tuple(section.key for section in SECTIONS) == SECTION_KEYS

_BY_KEY = {section.key: section for section in SECTIONS}


def section(key: str) -> Section:
    return _BY_KEY[key]


# Labels of the parts of a story and of a thought, used on screen and in the Markdown.
STORY_LABELS = {
    "question": "The question it answers",
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
}
STORY_HINTS = {
    "situation": "Where and when: the background in a sentence or two.",
    "task": "What you needed to do, or the problem to solve.",
    "action": "What you did yourself: say \"I\", not \"we\".",
    "result": "How it turned out, with a number if you have one, and what you learned.",
}
THOUGHT_LABELS = {
    "text": "The thought, in your own words",
    "traps": "Thinking traps it fits",
    "balanced": "A kinder, more balanced thought",
}
