"""Bindt alle scenario's in features/ (recursief) via de ene gherkin-lezer (steps/binden.py). De
stapdefinities komen uit steps/ (zie conftest.py)."""

from pathlib import Path

from steps.binden import bind_features

bind_features(globals(), Path(__file__).resolve().parents[1] / "features")
