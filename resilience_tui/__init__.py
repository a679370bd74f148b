"""Resilience: a private, offline terminal companion for the weeks after an interview rejection."""

__version__ = "0.1.0"
