"""Stappen voor features/zz/zz23-faq: de FAQ 2023-2025 van Zorg en Zekerheid. Alleen de gegevens van de uitspraken
over Lean naast de NHG-praktijkaccreditatie en over de opleiding van de POH-Ouderen staan hier.

De uitspraak per datum, coulance en service en bereikbaarheid deelt deze FAQ met die van 2026-2028: die stappen
staan in ``steps/zz/faq.py``. De conftest van dit document laadt beide.
"""

from __future__ import annotations

from pytest_bdd import parsers, then

from steps.algemeen import Uitkomst
from steps.zz.faq import gegeven_van_uitspraak, vertaal
from zorgcontract.kern import nl


@then(parsers.re(r"mogen Lean en Praktijkscan volgens de uitspraak (?P<wel>wel|niet) naast de NHG-praktijkaccreditatie"),
      converters={"wel": nl.lees_ja_nee})
def naast_accreditatie(uitkomst: Uitkomst, wel: bool):
    assert gegeven_van_uitspraak(uitkomst, "naast_elkaar") is wel


# zoals het scenario de opleiding noemt -> het gegeven ``vereist`` van de uitspraak
OPLEIDINGEN = {"een vervolgopleiding tot POH-Ouderen": "vervolgopleiding-poh-ouderen"}


@then(parsers.re(r"vereist de uitspraak (?P<opleiding>.+)"))
def vereiste_opleiding(uitkomst: Uitkomst, opleiding):
    assert gegeven_van_uitspraak(uitkomst, "vereist") == vertaal(OPLEIDINGEN, opleiding, "opleiding")
