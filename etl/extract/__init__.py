"""Extractors: each finds one kind of fact in a cleaned article's sentences."""
