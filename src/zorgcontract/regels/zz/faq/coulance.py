"""Coulance voor een POH in opleiding, per contractperiode (FAQ 2023-2025 en 2026-2028).

- 2026-2028: de regel van ``regels/coulance.py`` (ongewijzigd), volgens de FAQ 2026-2028.
- 2023-2025: volgens de FAQ 2023-2025 alleen een coulanceregeling voor de POH-S. Hoe en vanaf wanneer
  die toen gold, staat in de POH-S-bijlage 2023-2025, die niet in de bronnen zit: we zeggen alleen dát
  de regeling geldt. Voor POH-Ouderen en POH-GGZ: geen regeling (de verzekeraar zou het overwegen).
Welke periode: de peildatum (standaard de startdatum van de opleiding), via ``uitspraken.geldende``.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from zorgcontract.regels.zz import coulance
from zorgcontract.regels.zz.faq.uitspraken import Uitspraak, geldende
from zorgcontract.kern.uitleg import Uitleg


class PeriodeCoulance(BaseModel):
    uitspraak: Uitspraak
    van_toepassing: bool  # is er voor deze functie in deze periode een coulanceregeling (en is eraan voldaan)?
    vergoeding_vanaf: date | None  # None: geen coulance, of (2023-2025) niet in de bronnen
    reden: str
    uitleg: Uitleg


def coulance_op(vraag: coulance.CoulanceVraag, peildatum: date | None = None) -> PeriodeCoulance:
    peildatum = peildatum or vraag.start_opleiding
    u = geldende("coulance", peildatum)
    if u.document == "zz26-faq":
        r = coulance.coulance(vraag)
        return PeriodeCoulance(uitspraak=u, van_toepassing=r.vergoeding_vanaf is not None,
                               vergoeding_vanaf=r.vergoeding_vanaf, reden=r.reden, uitleg=r.uitleg)
    uitleg = Uitleg()
    if vraag.functie.value in u.gegevens["functies"]:
        reden = ("in 2023-2025 geldt een coulanceregeling voor de POH-S; de ingangsdatum staat in de POH-S-bijlage "
                 "2023-2025, die niet in de bronnen zit")
        uitleg.stap("Coulance 2023-2025", "functie POH-S", "coulanceregeling van toepassing", u.bron)
        return PeriodeCoulance(uitspraak=u, van_toepassing=True, vergoeding_vanaf=None, reden=reden, uitleg=uitleg)
    reden = (f"in 2023-2025 geen coulance voor de {vraag.functie.value.upper().replace('POH-OUDEREN', 'POH-Ouderen')}: "
             "de verzekeraar zou het overwegen, maar er is geen regeling")
    uitleg.stap("Coulance 2023-2025", f"functie {vraag.functie.value}", "geen coulanceregeling", u.bron)
    return PeriodeCoulance(uitspraak=u, van_toepassing=False, vergoeding_vanaf=None, reden=reden, uitleg=uitleg)
