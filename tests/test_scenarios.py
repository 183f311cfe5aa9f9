"""Bindt alle scenario's in features/ (recursief). De stapdefinities komen uit steps/ (zie conftest.py)."""

from pytest_bdd import scenarios

scenarios(".")
