"""Welke FAQ-uitspraak geldt op welke datum: versies en vervanging.

Een uitspraak heeft een onderwerp, een brondocument, een geldigheidsperiode (``geldig_van`` t/m
``geldig_tot``), het registeritem waar ze bij hoort en een antwoord in eigen woorden (plus eventueel
gestructureerde ``gegevens`` voor regels die erop bouwen). ``geldende(onderwerp, peildatum)`` zoekt
de uitspraak waarvan de periode de peildatum bevat; buiten alle perioden: ``NietInBron``.

De FAQ 2026-2028 vervangt voor 2026-2028 wat de FAQ 2023-2025 zei (bijv. de opbouw van service en
bereikbaarheid en de coulance, die in 2023-2025 alleen voor de POH-S gold). Let op: de periode van een
uitspraak is de periode waarover ze gaat, niet die van het document; de FAQ 2026-2028 beschrijft ook
hoe het in 2023-2025 was (diplomacontrole, M&I-voorwaarden, de oude opbouw van service en bereikbaarheid).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import Bron, bron
from zorgcontract.kern.documenten import document
from zorgcontract.kern.fouten import NietInBron
from zorgcontract.kern.implementatie import implementeert

def _periode(sleutel: str) -> tuple[date, date]:
    """De periode van een document (uit zijn ``document.yaml``), als (eerste dag, laatste dag)."""
    d = document(sleutel)
    return d.eerste_dag, d.laatste_dag


# De periode waarover een uitspraak gaat is een documentperiode; welke, staat per uitspraak hieronder.
P2023 = _periode("zz23-faq")
P2026 = _periode("zz26-faq")


class Uitspraak(BaseModel):
    model_config = ConfigDict(frozen=True)

    onderwerp: str
    document: str
    register_id: str
    geldig_van: date
    geldig_tot: date
    antwoord: str  # eigen woorden
    bron: Bron
    gegevens: dict[str, Any] = {}

    @model_validator(mode="after")
    def _periode(self):
        if self.geldig_tot < self.geldig_van:
            raise ValueError(f"{self.onderwerp}: periode eindigt voor ze begint")
        return self

    def geldt_op(self, peildatum: date) -> bool:
        return self.geldig_van <= peildatum <= self.geldig_tot

    @property
    def periode(self) -> str:
        return f"{self.geldig_van.year}-{self.geldig_tot.year}"


def _u(onderwerp, document, register_id, periode, plaats, antwoord, **gegevens) -> Uitspraak:
    return Uitspraak(onderwerp=onderwerp, document=document, register_id=register_id, geldig_van=periode[0],
                     geldig_tot=periode[1], antwoord=antwoord, bron=bron(document, plaats=plaats), gegevens=gegevens)


UITSPRAKEN: tuple[Uitspraak, ...] = (
    _u("coulance", "zz23-faq", "zz23-faq-coulance", P2023, "vraag coulance alleen voor de POH-S",
       "coulance alleen voor de POH-S; voor POH-Ouderen en POH-GGZ zou de verzekeraar het overwegen, maar er is geen regeling",
       functies=["poh-s"]),
    _u("coulance", "zz26-faq", "zz26-faq-coulance", P2026, "vraag coulancevergoeding POH in opleiding",
       "coulance voor POH-S, POH-Ouderen en POH-GGZ in opleiding, elk met eigen voorwaarden, vanaf de eerste van het kwartaal daarna",
       functies=["poh-s", "poh-ouderen", "poh-ggz"]),
    _u("service-bereikbaarheid", "zz23-faq", "zz23-faq-service-bereikbaarheid", P2023, "vraag service en bereikbaarheid",
       "componenten: 1 ochtend-/avondspreekuur; 2a digitaal afspraken maken of herhaalrecepten aanvragen; 2b/C e-consult en beeldbellen; extra opslag als A, B en C alle drie worden ingezet",
       opbouw="2023"),
    _u("service-bereikbaarheid", "zz26-faq", "zz26-faq-service-bereikbaarheid", P2026, "vraag service en bereikbaarheid",
       "componenten: 1 ochtend-/avondspreekuur; 2 digitaal afspraken én herhaalrecepten én e-consult/beeldbellen; 3 spraak-naar-tekst (eigen vergoeding); vrije opslag alleen als 2 en 3 beide worden ingezet",
       opbouw="2026"),
    _u("diplomacontrole", "zz26-faq", "zz26-faq-diplomacontrole", P2023, "vraag diploma's en arbeidsovereenkomsten",
       "diploma's en arbeidsovereenkomsten van praktijkondersteuners werden vooraf gecontroleerd, vóór toekenning van de vergoeding",
       moment="vooraf"),
    _u("diplomacontrole", "zz26-faq", "zz26-faq-diplomacontrole", P2026, "vraag diploma's en arbeidsovereenkomsten",
       "geen controle vooraf meer; hooguit achteraf; de huisarts moet zich zelf vergewissen van bevoegd en bekwaam personeel",
       moment="achteraf"),
    _u("lean-naast-accreditatie", "zz23-faq", "zz23-faq-lean-accreditatie", P2023, "vraag Lean en NHG-praktijkaccreditatie",
       "Lean in de huisartsenpraktijk en Praktijkscan mogen naast de NHG-praktijkaccreditatie worden ingezet",
       naast_elkaar=True),
    _u("poh-ouderen-opleiding", "zz23-faq", "zz23-faq-poh-ouderen-opleiding", P2023, "vraag POH-S-opleiding met module ouderenzorg",
       "een POH-S-opleiding met een module ouderenzorg is niet genoeg; een gespecialiseerde vervolgopleiding tot POH-Ouderen is vereist",
       vereist="vervolgopleiding-poh-ouderen"),
    _u("meedenkconsulten", "zz26-faq", "zz26-faq-meedenkadvies", P2026, "vraag meedenkadvies",
       "het meedenkadvies is segment 1; de segment-3-meedenkconsulten vervallen, behalve het selectief ingekochte meekijkconsult (Transparant next)",
       segment1="meedenkadvies"),
)


def uitspraken(onderwerp: str | None = None) -> list[Uitspraak]:
    return [u for u in UITSPRAKEN if onderwerp is None or u.onderwerp == onderwerp]


def onderwerpen() -> list[str]:
    return sorted({u.onderwerp for u in UITSPRAKEN})


@implementeert("zz23-faq-coulance", "zz26-faq-coulance", "zz23-faq-service-bereikbaarheid", "zz26-faq-service-bereikbaarheid",
               "zz26-faq-diplomacontrole", "zz23-faq-lean-accreditatie", "zz23-faq-poh-ouderen-opleiding", "zz26-faq-meedenkadvies",
               cli=["faq-uitspraak"])
def geldende(onderwerp: str, peildatum: date) -> Uitspraak:
    """De uitspraak over ``onderwerp`` die op ``peildatum`` geldt, met haar bron. Geen: ``NietInBron``."""
    kandidaten = uitspraken(onderwerp)
    if not kandidaten:
        raise NietInBron(f"geen FAQ-uitspraak over '{onderwerp}' (bekende onderwerpen: {', '.join(onderwerpen())})")
    geldig = [u for u in kandidaten if u.geldt_op(peildatum)]
    if not geldig:
        perioden = ", ".join(sorted({u.periode for u in kandidaten}))
        raise NietInBron(
            f"geen FAQ-uitspraak over '{onderwerp}' voor {nl.datum(peildatum)}: de bronnen hebben er alleen "
            f"een voor {perioden}"
        )
    if len(geldig) > 1:  # pragma: no cover - bewaakt door tests/test_faq_uitspraken.py
        raise ValueError(f"meer dan één uitspraak over '{onderwerp}' op {peildatum}")
    return geldig[0]
