"""De uitkomst wegschrijven: per regel als tekst, JSON-regels of CSV, stromend in stukken; en een samenvatting
per praktijk en per prestatiecode (aantallen, en bedragen waar een tarief is opgegeven).

Beide routes leveren stukken (polars-tabellen) met dezelfde kolommen (``snel.Resultaat.batches`` en
``stukken_uit_referentie``), zodat de uitvoer niet van de route afhangt.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

import polars as pl

from zorgcontract.kern import nl
from zorgcontract.regels.zz.declaraties.referentie import Beoordeling
from zorgcontract.regels.zz.declaraties.snel import REDEN_TYPE

KOLOMMEN = ("regel", "praktijk", "verzekerde", "prestatiecode", "datum", "uitvoerder", "toegestaan", "oordeel",
            "redencode", "reden", "bron", "redenen", "eenheden", "bedrag", "fout")


def stukken_uit_referentie(uit: list[Beoordeling], grootte: int = 100_000) -> Iterator[pl.DataFrame]:
    for i in range(0, max(len(uit), 1), grootte):
        deel = uit[i:i + grootte]
        if not deel and i:
            break
        yield pl.DataFrame({
            "nr": [b.nr for b in deel], "regel": [b.regel for b in deel], "praktijk": [b.praktijk or None for b in deel],
            "verzekerde": [b.verzekerde or None for b in deel], "prestatiecode": [b.prestatiecode for b in deel],
            "datum": [b.datum for b in deel], "uitvoerder": [b.uitvoerder for b in deel],
            "toegestaan": [b.toegestaan for b in deel], "redencode": [b.redencode for b in deel],
            "reden": [" | ".join(r.tekst for r in b.redenen) if b.redenen else None for b in deel],
            "bron": [" | ".join(r.bron for r in b.redenen) if b.redenen else None for b in deel],
            "redenen": pl.Series([[{"code": r.code, "tekst": r.tekst, "bron": r.bron} for r in b.redenen] for b in deel],
                                 dtype=REDEN_TYPE),
            "eenheden": [b.eenheden for b in deel], "bedrag_centen": [b.bedrag_centen for b in deel],
            "fout": [b.fout for b in deel],
        }, schema_overrides={"nr": pl.UInt32, "regel": pl.String, "praktijk": pl.String, "verzekerde": pl.String,
                             "prestatiecode": pl.String, "datum": pl.Date, "uitvoerder": pl.String, "toegestaan": pl.Boolean,
                             "redencode": pl.String, "reden": pl.String, "bron": pl.String, "eenheden": pl.Int64,
                             "bedrag_centen": pl.Int64, "fout": pl.String})


def _bedrag(kolom: str) -> pl.Expr:
    c = pl.col(kolom)
    return pl.when(c.is_not_null()).then(pl.format("{}.{}", c // 100, (c % 100).cast(pl.String).str.zfill(2)))


def _oordeel() -> pl.Expr:
    t = pl.col("toegestaan")
    return pl.when(t.is_null()).then(pl.lit("fout")).when(t).then(pl.lit("toegestaan")).otherwise(pl.lit("niet toegestaan"))


def als_tabel(stuk: pl.DataFrame) -> pl.DataFrame:
    """De kolommen van de uitvoer (JSON/CSV), in vaste volgorde."""
    return stuk.select("regel", "praktijk", "verzekerde", "prestatiecode", pl.col("datum").cast(pl.String), "uitvoerder",
                       "toegestaan", _oordeel().alias("oordeel"), "redencode", "reden", "bron", "redenen", "eenheden",
                       _bedrag("bedrag_centen").alias("bedrag"), "fout")


def schrijf_json(stuk: pl.DataFrame, uit) -> None:
    buf = io.BytesIO()
    als_tabel(stuk).write_ndjson(buf)
    uit.write(buf.getvalue())


def schrijf_csv(stuk: pl.DataFrame, uit, kop: bool) -> None:
    buf = io.BytesIO()
    als_tabel(stuk).drop("redenen").write_csv(buf, include_header=kop)
    uit.write(buf.getvalue())


def schrijf_tekst(stuk: pl.DataFrame, uit) -> None:
    datums = stuk["datum"].drop_nulls().unique().to_list()
    kaart = {d: nl.datum(d) for d in datums}
    regels = []
    for r in stuk.select("regel", "prestatiecode", "datum", "uitvoerder", "toegestaan", "redenen", "fout").iter_rows():
        regel, code, datum, uitv, toegestaan, redenen, fout = r
        kop = f"regel {regel}: {code or '?'}"
        if datum is not None:
            kop += f" op {kaart[datum]} door {uitv}"
        if fout is not None:
            regels.append(f"{kop}: FOUT - {fout}")
            continue
        regels.append(f"{kop}: {'TOEGESTAAN' if toegestaan else 'NIET TOEGESTAAN'}")
        regels += [f"    - {x['tekst']} [{x['bron']}] ({x['code']})" for x in redenen]
    if regels:
        uit.write(("\n".join(regels) + "\n").encode("utf-8", "backslashreplace"))


class Samenvatting:
    """Telt per praktijk en per prestatiecode mee, stuk voor stuk (geheugen: één rij per praktijk en code)."""

    def __init__(self):
        leeg = lambda: {"toegestaan": 0, "geweigerd": 0, "fouten": 0, "eenheden": 0, "bedrag_centen": 0, "zonder_tarief": 0}
        self.per_praktijk = defaultdict(leeg)
        self.per_code = defaultdict(leeg)
        self.per_redencode = defaultdict(int)
        self.totaal = leeg()

    def tel(self, stuk: pl.DataFrame) -> None:
        s = stuk.with_columns(
            t=(pl.col("toegestaan") == True).cast(pl.Int64), g=(pl.col("toegestaan") == False).cast(pl.Int64),  # noqa: E712
            f=pl.col("fout").is_not_null().cast(pl.Int64),
            e=pl.when(pl.col("toegestaan") == True).then(pl.col("eenheden")).otherwise(0),  # noqa: E712
            b=pl.when(pl.col("toegestaan") == True).then(pl.col("bedrag_centen")).otherwise(0),  # noqa: E712
            z=((pl.col("toegestaan") == True) & pl.col("bedrag_centen").is_null()).cast(pl.Int64))  # noqa: E712
        for sleutel, doel in (("praktijk", self.per_praktijk), ("prestatiecode", self.per_code)):
            agg = s.group_by(sleutel).agg(pl.col("t").sum(), pl.col("g").sum(), pl.col("f").sum(), pl.col("e").sum(),
                                          pl.col("b").fill_null(0).sum(), pl.col("z").sum())
            for k, t, g, f, e, b, z in agg.iter_rows():
                d = doel[k if k is not None else "(onbekend)"]
                d["toegestaan"] += t; d["geweigerd"] += g; d["fouten"] += f  # noqa: E702
                d["eenheden"] += e or 0; d["bedrag_centen"] += b or 0; d["zonder_tarief"] += z  # noqa: E702
        for k, n in s.filter(pl.col("redencode").is_not_null()).group_by("redencode").len().iter_rows():
            self.per_redencode[k] += n
        for naam, kol in (("toegestaan", "t"), ("geweigerd", "g"), ("fouten", "f"), ("eenheden", "e"),
                          ("zonder_tarief", "z")):
            self.totaal[naam] += int(s[kol].fill_null(0).sum())
        self.totaal["bedrag_centen"] += int(s["b"].fill_null(0).sum())

    @staticmethod
    def _tekst(d: dict) -> dict:
        uit = {k: v for k, v in d.items() if k != "bedrag_centen"}
        uit["bedrag"] = f"{d['bedrag_centen'] // 100}.{d['bedrag_centen'] % 100:02d}"
        return uit

    def als_json(self) -> dict:
        t = self.totaal
        return {"toegestaan": t["toegestaan"], "geweigerd": t["geweigerd"], "fouten": t["fouten"],
                "eenheden": t["eenheden"], "bedrag": self._tekst(t)["bedrag"], "zonder_tarief": t["zonder_tarief"],
                "per_praktijk": {k: self._tekst(v) for k, v in sorted(self.per_praktijk.items())},
                "per_prestatiecode": {k: self._tekst(v) for k, v in sorted(self.per_code.items(), key=lambda x: str(x[0]))},
                "per_redencode": dict(sorted(self.per_redencode.items()))}

    def als_tekst(self) -> list[str]:
        t = self.totaal
        regels = ["", f"Toegestaan: {t['toegestaan']}, niet toegestaan: {t['geweigerd']}, fout: {t['fouten']}",
                  f"Bedrag toegestaan (waar een tarief is opgegeven): {nl.bedrag(_dec(t['bedrag_centen']))}; "
                  f"toegestaan zonder tarief: {t['zonder_tarief']}", "", "Per praktijk:"]
        for k, v in sorted(self.per_praktijk.items()):
            regels.append(f"  {k}: toegestaan {v['toegestaan']}, niet toegestaan {v['geweigerd']}, fout {v['fouten']}, "
                          f"bedrag {nl.bedrag(_dec(v['bedrag_centen']))}")
        regels.append("Per prestatiecode:")
        for k, v in sorted(self.per_code.items(), key=lambda x: str(x[0])):
            regels.append(f"  {k}: toegestaan {v['toegestaan']}, niet toegestaan {v['geweigerd']}, fout {v['fouten']}, "
                          f"eenheden {v['eenheden']}, bedrag {nl.bedrag(_dec(v['bedrag_centen']))}")
        return regels


def _dec(centen: int):
    from decimal import Decimal
    return Decimal(centen) / 100


def schrijf(stukken: Iterable[pl.DataFrame], uit, vorm: str, na_stuk=None) -> Samenvatting:
    """Schrijft alle stukken naar ``uit`` (binair) in ``vorm`` ('tekst', 'json', 'csv'); geeft de samenvatting."""
    som = Samenvatting()
    eerste = True
    for stuk in stukken:
        if vorm == "json":
            schrijf_json(stuk, uit)
        elif vorm == "csv":
            schrijf_csv(stuk, uit, kop=eerste)
        else:
            schrijf_tekst(stuk, uit)
        som.tel(stuk)
        eerste = False
        if na_stuk:
            na_stuk(stuk.height)
    return som


def json_regel(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
