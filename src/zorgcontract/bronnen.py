"""Bronverwijzingen: welk document, welk artikel/lid of welke vraag."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

# De vijf brondocumenten. Sleutels zijn stabiel: ze staan in parameterbestanden, register en tags.
DOCUMENTEN: dict[str, dict[str, str]] = {
    "zz-poh-s-2026": {
        "titel": "Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028",
        "kort": "ZZ POH-S 2026-2028",
        "verzekeraar": "Zorg en Zekerheid",
        "periode": "2026-2028",
    },
    "zz-poh-ggz-2026": {
        "titel": "Zorg en Zekerheid, Bijlage voorwaarden POH-GGZ 2026-2028",
        "kort": "ZZ POH-GGZ 2026-2028",
        "verzekeraar": "Zorg en Zekerheid",
        "periode": "2026-2028",
    },
    "zz-faq-2026": {
        "titel": "Zorg en Zekerheid, Veelgestelde vragen huisartsenzorg 2026-2028",
        "kort": "ZZ FAQ 2026-2028",
        "verzekeraar": "Zorg en Zekerheid",
        "periode": "2026-2028",
    },
    "zz-faq-2023": {
        "titel": "Zorg en Zekerheid, Veelgestelde vragen huisartsenzorg 2023-2025",
        "kort": "ZZ FAQ 2023-2025",
        "verzekeraar": "Zorg en Zekerheid",
        "periode": "2023-2025",
    },
    "zk-inkoop-2022": {
        "titel": "Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023",
        "kort": "ZK inkoopbeleid 2022-2023",
        "verzekeraar": "Zilveren Kruis",
        "periode": "2022-2023",
    },
}


class Bron(BaseModel):
    """Een plek in een brondocument. ``plaats`` is vrij (bijv. 'vraag indexering', 'module C')."""

    model_config = ConfigDict(frozen=True)

    document: str
    artikel: int | None = None
    lid: str | None = None
    plaats: str | None = None

    def __str__(self) -> str:
        delen = [DOCUMENTEN[self.document]["kort"]]
        if self.artikel is not None:
            delen.append(f"art. {self.artikel}")
        if self.lid is not None:
            delen.append(f"lid {self.lid}")
        if self.plaats:
            delen.append(self.plaats)
        return ", ".join(delen)


def bron(document: str, artikel: int | None = None, lid: str | int | None = None, plaats: str | None = None) -> Bron:
    if document not in DOCUMENTEN:
        raise KeyError(f"onbekend brondocument: {document}")
    return Bron(document=document, artikel=artikel, lid=None if lid is None else str(lid), plaats=plaats)
