"""Insights: bounce-back time, year in pixels, what goes with better days, the funnel, steady days, on this day."""
