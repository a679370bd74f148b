"""The funnel in proportion: how far the person's applications got, by kind of source, beside published rates.

The kind of source is read from the words of the free-text `source` by `classify_source`
("LinkedIn" -> job board, "referred by Sam" -> referral, "careers page" -> company site).
`SOURCE_KINDS` lists the kinds, so a kind chosen by the person can be stored on an
application later and take the place of the classifier's guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from resilience_tui.domain.application import STAGES, Application
from resilience_tui.domain.base_rates import BaseRates, base_rates
from resilience_tui.domain.day_book import count_words
from resilience_tui.domain.insight_range import InsightRange

REFERRAL, RECRUITER, JOB_BOARD, COMPANY_SITE, NETWORK, OTHER = (
    "referral", "recruiter", "job_board", "company_site", "network", "other")
SOURCE_KINDS: tuple[tuple[str, str], ...] = (
    (REFERRAL, "referral"), (RECRUITER, "recruiter"), (JOB_BOARD, "job board"),
    (COMPANY_SITE, "company site"), (NETWORK, "network"), (OTHER, "other"),
)
SOURCE_KIND_KEYS = tuple(key for key, _ in SOURCE_KINDS)
SOURCE_KIND_LABELS = dict(SOURCE_KINDS)

# Checked in this order: "referred by a recruiter" is a referral, "recruiter on LinkedIn" a recruiter.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (REFERRAL, re.compile(r"\b(referr?al|referr?ed|refer(?:red)?\s+by|recommended\s+by|introduc(?:ed|tion))", re.I)),
    (RECRUITER, re.compile(r"\b(recruit\w*|headhunt\w*|agency|agencies|talent\s+(?:partner|acquisition)|sourcer|"
                           r"reached\s+out|approached|inmail)", re.I)),
    (JOB_BOARD, re.compile(r"\b(linked\s?in|indeed|glassdoor|monster|ziprecruiter|reed|totaljobs|cv-?library|"
                           r"seek|dice|wellfound|angel\.?list|otta|welcome\s+to\s+the\s+jungle|stack\s?overflow|"
                           r"hacker\s?news|hn\s+who'?s\s+hiring|job\s?boards?|job\s+sites?|jobs?\s+boards?|"
                           r"job\s+ads?|jobs?\s+listing|listing|posting|advert|craigslist|guardian\s+jobs|"
                           r"civil\s+service\s+jobs|w2w|remoteok|we\s?work\s?remotely|builtin|hired\.com|handshake)", re.I)),
    (COMPANY_SITE, re.compile(r"\b(careers?\s*(?:page|site|portal)?|company\s+(?:site|website|page)|"
                              r"their\s+(?:site|website)|website|applied\s+direct(?:ly)?|direct\s+application|"
                              r"workday|greenhouse|lever|ashby|smartrecruiters)", re.I)),
    (NETWORK, re.compile(r"\b(friend|former\s+colleague|ex-?colleague|colleague|network\w*|meetup|conference|"
                         r"alumni|mentor|contact|community|slack|discord|event|coffee|old\s+boss|manager)", re.I)),
)


def classify_source(text: str) -> str:
    """The kind of source its words describe, one of SOURCE_KIND_KEYS; OTHER when none fits or it is empty."""
    for kind, pattern in _RULES:
        if pattern.search(text):
            return kind
    return OTHER


@dataclass(frozen=True)
class Reference:
    """A published rate, with where it comes from named."""

    key: str
    rate: float  # 0.03 for 3%
    words: str
    source: str


REFERENCE_SOURCE = "CareerPlug 2024 recruiting metrics"
APPLY_TO_INTERVIEW = Reference("interview", 0.03, "about 3% of applicants reach an interview", REFERENCE_SOURCE)
INTERVIEW_TO_HIRE = Reference("hire", 0.27, "about 27% of interviews lead to a hire", REFERENCE_SOURCE)
REFERRAL_APPLICANTS = Reference("referral_applicants", 0.02, "referrals are about 2% of applicants", REFERENCE_SOURCE)
REFERRAL_HIRES = Reference("referral_hires", 0.11, "but about 11% of hires", REFERENCE_SOURCE)
REFERENCES: tuple[Reference, ...] = (APPLY_TO_INTERVIEW, INTERVIEW_TO_HIRE, REFERRAL_APPLICANTS, REFERRAL_HIRES)


@dataclass(frozen=True)
class FunnelStage:
    stage: str  # application.STAGES key
    label: str
    reached: int  # applications that got at least this far
    rate: float | None  # reached / the stage before's reached; None for the first stage or when that is 0


@dataclass(frozen=True)
class SourceFunnel:
    """The funnel of one kind of source."""

    kind: str
    label: str
    applications: int
    interviews: int  # reached an interview or further
    offers: int

    @property
    def words(self) -> str:
        if not self.applications:
            return f"{self.label}: none yet."
        return (f"{self.label}: {count_words(self.applications, 'application')}, "
                f"{count_words(self.interviews, 'interview')}, {count_words(self.offers, 'offer')}")


@dataclass(frozen=True)
class Funnel:
    total: int
    stages: tuple[FunnelStage, ...]
    by_source: tuple[SourceFunnel, ...]  # in SOURCE_KINDS order, kinds with no applications left out
    rates: BaseRates
    references: tuple[Reference, ...] = REFERENCES

    @property
    def interviews(self) -> int:
        return self.rates.rate("interview").reached

    @property
    def offers(self) -> int:
        return self.rates.rate("offer").reached

    @property
    def words(self) -> str:
        """The sentence first: the person's numbers, then the typical ones, so one rejection is seen in proportion."""
        if self.total == 0:
            return "No applications in this range yet."
        typical = typical_words(self.total)
        if self.total < 5:
            return f"{count_words(self.total, 'application')} in this range: too few to say much. {typical}"
        share = self.interviews / self.total
        text = (f"Of your {count_words(self.total, 'application')}, {self.interviews} reached an interview "
                f"({share:.0%}); {APPLY_TO_INTERVIEW.words} ({REFERENCE_SOURCE}). {typical}")
        return text

    @property
    def reference_words(self) -> str:
        """The reference rates with their source named."""
        return (f"{APPLY_TO_INTERVIEW.words} and {INTERVIEW_TO_HIRE.words}; {REFERRAL_APPLICANTS.words} "
                f"{REFERRAL_HIRES.words} (source: {REFERENCE_SOURCE}).")


def typical_words(applications: int) -> str:
    """'At typical rates, 30 applications lead to about one interview.' A rejection is one draw of many."""
    count = max(applications, 30)
    interviews = count * APPLY_TO_INTERVIEW.rate
    about = "about one interview" if round(interviews) <= 1 else f"about {round(interviews)} interviews"
    return f"At typical rates, {count} applications lead to {about}."


def _counted_day(application: Application) -> date:
    return application.applied_on if application.applied_on is not None else application.created_at.date()


def funnel(applications: Iterable[Application], span: InsightRange | None = None,
           kinds: Mapping[str, str] | None = None) -> Funnel:
    """The funnel of the applications made within `span` (by applied_on, else the day it was logged).

    `kinds` maps an application id to a kind the person chose; the others are classified from their source.
    """
    chosen = kinds or {}
    mine = [a for a in applications if span is None or _counted_day(a) in span]
    rates = base_rates(mine)
    stages = []
    previous: int | None = None
    for rate in rates.stages:
        stages.append(FunnelStage(rate.stage, rate.label, rate.reached,
                                  rate.reached / previous if previous else None))
        previous = rate.reached
    interview_at = [key for key, _ in STAGES].index("interview")
    counts = {key: [0, 0, 0] for key in SOURCE_KIND_KEYS}
    for app in mine:
        kind = chosen.get(app.id) or classify_source(app.source)
        row = counts[kind if kind in counts else OTHER]
        row[0] += 1
        if [key for key, _ in STAGES].index(app.stage) >= interview_at:
            row[1] += 1
        if app.stage == "offer" or app.outcome == "offer":
            row[2] += 1
    by_source = tuple(SourceFunnel(key, SOURCE_KIND_LABELS[key], *counts[key]) for key in SOURCE_KIND_KEYS
                      if counts[key][0])
    return Funnel(len(mine), tuple(stages), by_source, rates)


def source_kind_of(application: Application) -> str:
    """The kind the person chose for it, else the one its source's words describe."""
    return application.source_kind or classify_source(application.source)


def source_kinds(applications: Iterable[Application]) -> dict[str, str]:
    """Application id -> the kind the person chose, for the applications that have one (`funnel`'s `kinds`)."""
    return {application.id: application.source_kind for application in applications if application.source_kind}
