"""Meetings: the one-page brief, side-by-side comparison, instant lookup."""
