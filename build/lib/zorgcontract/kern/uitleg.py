"""De uitleg bij een uitkomst: elke stap zegt wat er berekend is, uit welke waarden, en waar dat staat."""

from __future__ import annotations

from pydantic import BaseModel

from zorgcontract.kern.bronnen import Bron


class Stap(BaseModel):
    omschrijving: str  # wat er bepaald wordt, in gewone taal
    berekening: str  # de berekening met de ingevulde waarden, Nederlandse notatie
    uitkomst: str  # de uitkomst, Nederlandse notatie
    bron: Bron

    def als_tekst(self) -> str:
        return f"{self.omschrijving}: {self.berekening} = {self.uitkomst}  [{self.bron}]"

    def als_json(self) -> dict:
        return {"stap": self.omschrijving, "berekening": self.berekening, "uitkomst": self.uitkomst, "bron": str(self.bron)}


class Uitleg(BaseModel):
    stappen: list[Stap] = []
    # Stappen die berekend zijn voordat bekend is welk document geldt (bijv. de ingangsdatum die de periode
    # bepaalt): ze krijgen hun bron pas bij ``bevestig``, zodat ook zij het geldende document citeren.
    wachtend: list[tuple[str, str, str]] = []

    def stap(self, omschrijving: str, berekening: str, uitkomst: str, bron: Bron) -> None:
        self.stappen.append(Stap(omschrijving=omschrijving, berekening=berekening, uitkomst=uitkomst, bron=bron))

    def voorlopig(self, omschrijving: str, berekening: str, uitkomst: str) -> None:
        self.wachtend.append((omschrijving, berekening, uitkomst))

    def bevestig(self, bron: Bron) -> None:
        for o, b, x in self.wachtend:
            self.stap(o, b, x, bron)
        self.wachtend = []

    def als_tekst(self) -> list[str]:
        return [f"{i}. {s.als_tekst()}" for i, s in enumerate(self.stappen, 1)]

    def als_json(self) -> list[dict]:
        return [s.als_json() for s in self.stappen]
