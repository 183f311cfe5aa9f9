"""De uitvoer van de referentieroute zonder polars: van de lijst ``Beoordeling``en naar JSON-regels, CSV of tekst,
en de samenvatting per praktijk, per prestatiecode en per redencode.

Byte voor byte dezelfde uitvoer als de polars-schrijver in ``uitvoer.py`` (``tests/test_declaraties_schrijvers.py``
vergelijkt beide op dezelfde bestanden), maar in gewone Python: zo draait de referentieroute ook waar polars
niet bestaat, zoals in de browser (Pyodide, de rekenhulp ``declaraties``). Dit module importeert niets van de
snelle route.

Het formaat, zoals de polars-schrijver het maakt:

- JSON: één object per regel, zonder spaties (``{"regel":"1","praktijk":null,...}``), tekens buiten ASCII als
  UTF-8, stuurtekens als ``\\uXXXX`` (of ``\\n``, ``\\t``, ...); sleutels in de volgorde van ``KOLOMMEN``;
- CSV: dezelfde kolommen zonder ``redenen``, scheidingsteken komma; een veld tussen aanhalingstekens als het een
  komma, aanhalingsteken, ``\\n`` of ``\\r`` bevat, of leeg is (leeg veld: ``""``; geen waarde: niets);
  ``true``/``false``; de kopregel alleen als er regels zijn;
- tekst: per regel een kop en de redenen, de datum in het Nederlands.
"""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal

from zorgcontract.kern import nl
from zorgcontract.regels.zz.declaraties.referentie import Beoordeling

KOLOMMEN = ("regel", "praktijk", "verzekerde", "prestatiecode", "datum", "uitvoerder", "toegestaan", "oordeel",
            "redencode", "reden", "bron", "redenen", "eenheden", "bedrag", "fout")
CSV_KOLOMMEN = tuple(k for k in KOLOMMEN if k != "redenen")
STUK = 100_000  # regels per keer schrijven (de voortgangsbalk telt per stuk)


def bedrag(centen: int | None) -> str | None:
    return None if centen is None else f"{centen // 100}.{centen % 100:02d}"


def rij(b: Beoordeling) -> dict:
    """De uitvoer van één regel als dict, in de volgorde van ``KOLOMMEN``."""
    fout = b.fout is not None
    return {
        "regel": b.regel, "praktijk": b.praktijk or None, "verzekerde": b.verzekerde or None,
        "prestatiecode": b.prestatiecode, "datum": b.datum.isoformat() if b.datum is not None else None,
        "uitvoerder": b.uitvoerder, "toegestaan": None if fout else b.toegestaan,
        "oordeel": "fout" if fout else "toegestaan" if b.toegestaan else "niet toegestaan",
        "redencode": None if fout else b.redencode,
        "reden": None if fout else " | ".join(r.tekst for r in b.redenen),
        "bron": None if fout else " | ".join(r.bron for r in b.redenen),
        "redenen": [] if fout else [{"code": r.code, "tekst": r.tekst, "bron": r.bron} for r in b.redenen],
        "eenheden": b.eenheden, "bedrag": bedrag(b.bedrag_centen), "fout": b.fout,
    }


def json_regel(data: dict) -> bytes:
    """Eén object als JSON-regel (de samenvatting aan het eind), zoals ``uitvoer.json_regel``."""
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


def _json(b: Beoordeling) -> str:
    return json.dumps(rij(b), ensure_ascii=False, separators=(",", ":"))


def _csv_veld(w) -> str:
    if w is None:
        return ""
    if isinstance(w, bool):
        return "true" if w else "false"
    s = str(w)
    if s == "" or any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def _csv(b: Beoordeling) -> str:
    r = rij(b)
    return ",".join(_csv_veld(r[k]) for k in CSV_KOLOMMEN)


def _tekst(b: Beoordeling) -> list[str]:
    kop = f"regel {b.regel}: {b.prestatiecode or '?'}"
    if b.datum is not None:
        kop += f" op {nl.datum(b.datum)} door {b.uitvoerder}"
    if b.fout is not None:
        return [f"{kop}: FOUT - {b.fout}"]
    return [f"{kop}: {'TOEGESTAAN' if b.toegestaan else 'NIET TOEGESTAAN'}",
            *(f"    - {r.tekst} [{r.bron}] ({r.code})" for r in b.redenen)]


class Samenvatting:
    """Aantallen en bedragen per praktijk, per prestatiecode en per redencode; ``als_json`` en ``als_tekst`` geven
    dezelfde samenvatting als ``uitvoer.Samenvatting``."""

    def __init__(self):
        leeg = lambda: {"toegestaan": 0, "geweigerd": 0, "fouten": 0, "eenheden": 0, "bedrag_centen": 0, "zonder_tarief": 0}
        self.per_praktijk = defaultdict(leeg)
        self.per_code = defaultdict(leeg)
        self.per_redencode = defaultdict(int)
        self.totaal = leeg()

    def tel(self, b: Beoordeling) -> None:
        ja = b.toegestaan is True and b.fout is None
        tel = {"toegestaan": int(ja), "geweigerd": int(b.toegestaan is False and b.fout is None),
               "fouten": int(b.fout is not None), "eenheden": (b.eenheden or 0) if ja else 0,
               "bedrag_centen": (b.bedrag_centen or 0) if ja else 0,
               "zonder_tarief": int(ja and b.bedrag_centen is None)}
        for d in (self.per_praktijk[b.praktijk or "(onbekend)"], self.per_code[b.prestatiecode or "(onbekend)"], self.totaal):
            for k, n in tel.items():
                d[k] += n
        if b.fout is None and b.redencode is not None:
            self.per_redencode[b.redencode] += 1

    @staticmethod
    def _met_bedrag(d: dict) -> dict:
        uit = {k: v for k, v in d.items() if k != "bedrag_centen"}
        uit["bedrag"] = bedrag(d["bedrag_centen"])
        return uit

    def als_json(self) -> dict:
        t = self.totaal
        return {"toegestaan": t["toegestaan"], "geweigerd": t["geweigerd"], "fouten": t["fouten"],
                "eenheden": t["eenheden"], "bedrag": bedrag(t["bedrag_centen"]), "zonder_tarief": t["zonder_tarief"],
                "per_praktijk": {k: self._met_bedrag(v) for k, v in sorted(self.per_praktijk.items())},
                "per_prestatiecode": {k: self._met_bedrag(v) for k, v in sorted(self.per_code.items(), key=lambda x: str(x[0]))},
                "per_redencode": dict(sorted(self.per_redencode.items()))}

    def als_tekst(self) -> list[str]:
        t = self.totaal
        uit = ["", f"Toegestaan: {t['toegestaan']}, niet toegestaan: {t['geweigerd']}, fout: {t['fouten']}",
               f"Bedrag toegestaan (waar een tarief is opgegeven): {nl.bedrag(_euro(t['bedrag_centen']))}; "
               f"toegestaan zonder tarief: {t['zonder_tarief']}", "", "Per praktijk:"]
        for k, v in sorted(self.per_praktijk.items()):
            uit.append(f"  {k}: toegestaan {v['toegestaan']}, niet toegestaan {v['geweigerd']}, fout {v['fouten']}, "
                       f"bedrag {nl.bedrag(_euro(v['bedrag_centen']))}")
        uit.append("Per prestatiecode:")
        for k, v in sorted(self.per_code.items(), key=lambda x: str(x[0])):
            uit.append(f"  {k}: toegestaan {v['toegestaan']}, niet toegestaan {v['geweigerd']}, fout {v['fouten']}, "
                       f"eenheden {v['eenheden']}, bedrag {nl.bedrag(_euro(v['bedrag_centen']))}")
        return uit


def _euro(centen: int) -> Decimal:
    return Decimal(centen) / 100


def schrijf(uit: list[Beoordeling], doel, vorm: str, na_stuk=None) -> Samenvatting:
    """Schrijft de beoordelingen naar ``doel`` (binair) in ``vorm`` ('tekst', 'json', 'csv'); geeft de samenvatting."""
    som = Samenvatting()
    for i in range(0, len(uit), STUK):
        deel = uit[i:i + STUK]
        if vorm == "json":
            lijnen = [_json(b) for b in deel]
        elif vorm == "csv":
            lijnen = ([",".join(CSV_KOLOMMEN)] if i == 0 else []) + [_csv(b) for b in deel]
        else:
            lijnen = [x for b in deel for x in _tekst(b)]
        doel.write(("\n".join(lijnen) + "\n").encode("utf-8", "backslashreplace"))
        for b in deel:
            som.tel(b)
        if na_stuk:
            na_stuk(len(deel))
    return som
