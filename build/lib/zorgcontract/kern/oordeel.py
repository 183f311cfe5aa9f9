"""Een ja/nee-beslissing met de redenen en bronnen die ertoe leidden (voorwaarden, declaratieregels)."""

from __future__ import annotations

from pydantic import BaseModel

from zorgcontract.kern.bronnen import Bron


class Reden(BaseModel):
    tekst: str
    bron: Bron

    def __str__(self) -> str:
        return f"{self.tekst} [{self.bron}]"


class Oordeel(BaseModel):
    toegestaan: bool
    redenen: list[Reden]

    @classmethod
    def ja(cls, tekst: str, bron: Bron) -> "Oordeel":
        return cls(toegestaan=True, redenen=[Reden(tekst=tekst, bron=bron)])

    @classmethod
    def nee(cls, tekst: str, bron: Bron) -> "Oordeel":
        return cls(toegestaan=False, redenen=[Reden(tekst=tekst, bron=bron)])

    @classmethod
    def alle(cls, voorwaarden: list[tuple[bool, str, str, Bron]]) -> "Oordeel":
        """Voldaan als alle voorwaarden gelden. Per voorwaarde: (voldaan, tekst-als-voldaan, tekst-als-niet, bron).
        De redenen noemen elke niet-vervulde voorwaarde; zijn ze alle vervuld, dan alle vervulde."""
        missers = [Reden(tekst=nee, bron=b) for ok, _, nee, b in voorwaarden if not ok]
        if missers:
            return cls(toegestaan=False, redenen=missers)
        return cls(toegestaan=True, redenen=[Reden(tekst=ja, bron=b) for _, ja, _, b in voorwaarden])

    def als_json(self) -> dict:
        return {"toegestaan": self.toegestaan, "redenen": [{"tekst": r.tekst, "bron": str(r.bron)} for r in self.redenen]}
