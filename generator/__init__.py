"""Briefing site generator: Vietnamese news articles on a conflict -> a sourced MkDocs briefing."""

__version__ = "0.1.0"
