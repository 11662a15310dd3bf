"""Extractors: pure functions from a segmented article to mentions and facts."""
