"""What every part of the demo dataset shares: its limits, its cast and its places."""

from __future__ import annotations

from datetime import time

__all__ = ["COMPANIES", "COURSES", "MAX_YEARS", "PEOPLE", "SCRIPT_DAYS", "SKILLS", "TODAY_CUTOFF", "display"]

MAX_YEARS = 30
TODAY_CUTOFF = time(9, 30)
# How many days at the end follow the script rather than the random story.
SCRIPT_DAYS = 60

COMPANIES = (
    "northwind", "acme-health", "lumen-labs", "bluepeak", "fernway-bank",
    "orbit-logistics", "harbor-analytics", "kestrel-games", "quillmedia", "tessellate",
    "greenfield-energy", "paperplane",
)
PEOPLE = ("Sam", "Mum", "Priya", "Jonas", "my sister", "Alex", "Dad", "Mei", "my old manager")
COURSES = ("SQL", "cloud fundamentals", "UX research", "public speaking", "Python testing", "data visualisation")
SKILLS = ("Kubernetes", "stakeholder management", "data modelling", "React", "people leadership", "system design")


def display(company: str) -> str:
    """A company's slug as a person writes it: "acme-health" -> "Acme Health"."""
    return company.replace("-", " ").title()
