"""Live checks beside a feedback-request draft, in plain words.

Each check is advice, never a gate: the person can send whatever they like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from resilience_tui.domain.email_templates import MARKERS, PLACEHOLDER

ADVISED_WORDS = 150

GOOD, FIX, NOTE = "good", "fix", "note"
GLYPHS = {GOOD: "✓", FIX: "!", NOTE: "·"}

_THANKS = re.compile(r"\b(thank|thanks|thankful|grateful|appreciate[sd]?|appreciation)\b", re.I)
_ASKING = re.compile(r"^(could|would|can|what|which|how|is there|are there|where|do you|did you|would you)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Check:
    key: str
    state: str  # GOOD, FIX (worth changing) or NOTE (for information)
    words: str

    @property
    def glyph(self) -> str:
        return GLYPHS[self.state]


def word_count(text: str) -> int:
    return len(text.split())


def _length(body: str) -> Check:
    count = word_count(body)
    if count == 0:
        return Check("length", NOTE, "The email is empty so far.")
    if count <= ADVISED_WORDS:
        return Check("length", GOOD, f"{count} words: short and easy to answer.")
    return Check("length", FIX, f"{count} words. About {ADVISED_WORDS} or fewer is easier to answer; could a sentence go?")


def _thanks(body: str) -> Check:
    if _THANKS.search(body):
        return Check("thanks", GOOD, "Thanks them for their time.")
    return Check("thanks", FIX, "Thank them for their time: it makes a reply more likely.")


def questions(body: str) -> list[str]:
    """The sentences that ask something: end with '?' or start like a request ("Could you ...")."""
    found = []
    for sentence in _SENTENCE_END.split(body):
        sentence = sentence.strip()
        if sentence.endswith("?") or _ASKING.match(sentence):
            found.append(sentence)
    return found


def _question(body: str) -> Check:
    asked = questions(body)
    if any(word_count(q) >= 6 for q in asked):
        return Check("question", GOOD, "Asks one specific question.")
    if asked:
        return Check("question", FIX, 'Your question is quite general. A specific one, like "what is one thing that '
                                      'would have made me a stronger candidate?", is easier to answer.')
    return Check("question", FIX, 'Ask one specific question, like "what is one thing that would have made me a '
                                  'stronger candidate?"')


def _names(subject: str, body: str, company: str, role: str) -> Check:
    text = f"{subject}\n{body}".casefold()
    missing = [what for what, name in (("the company", company), ("the role", role))
               if not name.strip() or name.strip().casefold() not in text]
    if not missing:
        return Check("names", GOOD, "Names the company and the role.")
    return Check("names", FIX, f"Name {' and '.join(missing)}, so they know which application you mean.")


def unfilled(subject: str, body: str) -> list[str]:
    """Placeholders and fill-in markers still in the text, each once."""
    text = f"{subject}\n{body}"
    found = [match.group(0) for match in PLACEHOLDER.finditer(text)]
    found += [marker for marker in MARKERS.values() if marker in text]
    return list(dict.fromkeys(found))


def _placeholders(subject: str, body: str) -> Check:
    left = unfilled(subject, body)
    if left:
        return Check("placeholders", FIX, f"Still to fill in: {', '.join(left)}.")
    return Check("placeholders", GOOD, "Nothing left to fill in.")


def _subject(subject: str) -> Check | None:
    if subject.strip():
        return None
    return Check("subject", FIX, "Add a subject line, so the email is easy to spot.")


def _recipient(recipient: str) -> Check:
    from resilience_tui.domain.application import email_looks_right

    address = recipient_address(recipient)
    if not recipient.strip():
        return Check("recipient", NOTE, "No recipient yet: add one here or in your mail program.")
    if not email_looks_right(address):
        return Check("recipient", FIX, f'"{recipient.strip()}" does not look like an email address (like sam@acme.com).')
    return Check("recipient", GOOD, "The address looks right.")


def recipient_address(recipient: str) -> str:
    """The address part of 'Sam Lee <sam@acme.com>' (or the whole text)."""
    match = re.search(r"<([^<>]*)>\s*$", recipient)
    return (match.group(1) if match else recipient).strip()


def timing(rejected_on: date | None, today: date) -> Check:
    """Whether now is a good moment to ask, counted from the day the rejection came."""
    if rejected_on is None:
        return Check("timing", NOTE, "Add the day you heard back to the application to see how the timing looks.")
    days = (today - rejected_on).days
    if days <= 0:
        return Check("timing", FIX, "You heard back today. Waiting a day can help the note read calmly; "
                                    "tomorrow is still in good time.")
    if days <= 7:
        plural = "day" if days == 1 else "days"
        return Check("timing", GOOD, f"Good timing: {days} {plural} after hearing back, while they remember you.")
    if days <= 30:
        return Check("timing", NOTE, f"{days} days since you heard back: later than most, but still worth it. "
                                     "A short, kind note is welcome weeks later too.")
    weeks = days // 7
    return Check("timing", NOTE, f"It has been {weeks} weeks. Still worth sending: keep it short and mention when you met.")


def sent_timing(rejected_on: date | None, sent_on: date) -> Check:
    """For a request already sent: when it went, in words."""
    if rejected_on is None or sent_on < rejected_on:
        return Check("timing", NOTE, f"Sent on {sent_on.isoformat()}.")
    days = (sent_on - rejected_on).days
    when = "the day you heard back" if days == 0 else f"{days} day{'s' if days != 1 else ''} after hearing back"
    return Check("timing", GOOD if days <= 7 else NOTE, f"Sent {when}. Asking took courage.")


def follow_up_timing(sent_on: date | None, due: date | None, today: date) -> Check:
    if sent_on is None or due is None:
        return Check("timing", NOTE, "A follow-up reads best a week or so after the first request.")
    if today < due:
        return Check("timing", FIX, f"The first request went out on {sent_on.isoformat()}. It is kind to wait until "
                                    f"{due.isoformat()} before following up.")
    return Check("timing", GOOD, "A fair time to follow up: they have had a good week to reply.")


def check_draft(*, recipient: str, subject: str, body: str, company: str, role: str, timing_check: Check) -> list[Check]:
    """Every check for a draft, in the order they are shown."""
    checks = [_length(body), _thanks(body), _question(body), _names(subject, body, company, role),
              _placeholders(subject, body)]
    subject_check = _subject(subject)
    if subject_check:
        checks.append(subject_check)
    checks += [_recipient(recipient), timing_check]
    return checks
