"""The Textual terminal UI: renders `Answer` objects and calls the core, computing nothing.

This package is the only place that imports Textual; the core never imports it, and
`assistant --query` never loads it.
"""
