"""Rekenen met kwartalen: de contracten laten vergoedingen ingaan op 1 januari, 1 april, 1 juli of 1 oktober."""

from __future__ import annotations

import calendar
from datetime import date

KWARTAALSTARTS = (1, 4, 7, 10)


def kwartaal_van(d: date) -> int:
    return (d.month - 1) // 3 + 1


def eerste_dag_volgend_kwartaal(d: date) -> date:
    """De eerste kwartaalstart ná het kwartaal waarin ``d`` valt."""
    k = kwartaal_van(d)
    return date(d.year + 1, 1, 1) if k == 4 else date(d.year, 3 * k + 1, 1)


def eerste_kwartaalstart_na_maand(d: date) -> date:
    """De eerste kwartaalstart ná de maand waarin ``d`` valt (1 april -> 1 juli; 15 maart -> 1 april)."""
    for m in KWARTAALSTARTS:
        if m > d.month:
            return date(d.year, m, 1)
    return date(d.year + 1, 1, 1)


def plus_maanden(d: date, maanden: int) -> date:
    """``d`` plus een aantal kalendermaanden; bestaat de dag niet (31 -> februari), dan de laatste dag."""
    totaal = d.month - 1 + maanden
    jaar, maand = d.year + totaal // 12, totaal % 12 + 1
    return date(jaar, maand, min(d.day, calendar.monthrange(jaar, maand)[1]))
