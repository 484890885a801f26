"""Enforcement Desk: offline, cited answers about regulatory enforcement."""

__version__ = "0.1.0"
