"""De uitkomst wegschrijven: per regel als tekst, JSON-regels of CSV, stromend in stukken; en een samenvatting
per praktijk en per prestatiecode (aantallen, en bedragen waar een tarief is opgegeven).

Beide routes leveren stukken (polars-tabellen) met dezelfde kolommen (``snel.Resultaat.batches`` en
``referentie_als_stukken``), zodat de uitvoer niet van de route afhangt.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

import polars as pl

from zorgcontract.kern import nl
from zorgcontract.regels.zz.declaraties import regels
from zorgcontract.regels.zz.declaraties.referentie import Beoordeling
from zorgcontract.regels.zz.declaraties.snel import oordelen_tabel, voeg_oordeel_toe

KOLOMMEN = ("regel", "praktijk", "verzekerde", "prestatiecode", "datum", "uitvoerder", "toegestaan", "oordeel",
            "redencode", "reden", "bron", "redenen", "eenheden", "bedrag", "fout")


def referentie_als_stukken(uit: list[Beoordeling], grootte: int = 100_000) -> tuple[list[pl.DataFrame], pl.DataFrame]:
    """De uitkomst van de referentieroute in hetzelfde schema als ``snel.Resultaat.batches`` (plus oordelentabel)."""
    ids: dict[regels.Uitspraak, int] = {}
    for b in uit:
        if b.fout is None:
            ids.setdefault(regels.Uitspraak(b.toegestaan, b.redenen), len(ids))
    oordelen = oordelen_tabel({i: u for u, i in ids.items()})
    stukken = []
    for i in range(0, len(uit), grootte):
        deel = uit[i:i + grootte]
        stukken.append(pl.DataFrame({
            "nr": [b.nr for b in deel], "regel": [b.regel for b in deel], "praktijk": [b.praktijk or None for b in deel],
            "verzekerde": [b.verzekerde or None for b in deel], "prestatiecode": [b.prestatiecode for b in deel],
            "datum": [b.datum for b in deel], "uitvoerder": [b.uitvoerder for b in deel],
            "sleutel": [None if b.fout else ids[regels.Uitspraak(b.toegestaan, b.redenen)] for b in deel],
            "eenheden": [b.eenheden for b in deel], "bedrag_centen": [b.bedrag_centen for b in deel],
            "fout": [b.fout for b in deel],
        }, schema={"nr": pl.UInt32, "regel": pl.String, "praktijk": pl.String, "verzekerde": pl.String,
                   "prestatiecode": pl.String, "datum": pl.Date, "uitvoerder": pl.String, "sleutel": pl.Int64,
                   "eenheden": pl.Int64, "bedrag_centen": pl.Int64, "fout": pl.String}))
    return stukken, oordelen


def _bedrag(kolom: str) -> pl.Expr:
    c = pl.col(kolom)
    return pl.when(c.is_not_null()).then(pl.format("{}.{}", c // 100, (c % 100).cast(pl.String).str.zfill(2)))


def _oordeel() -> pl.Expr:
    t = pl.col("toegestaan")
    return pl.when(t.is_null()).then(pl.lit("fout")).when(t).then(pl.lit("toegestaan")).otherwise(pl.lit("niet toegestaan"))


def als_tabel(stuk: pl.DataFrame, oordelen: pl.DataFrame) -> pl.DataFrame:
    """De kolommen van de uitvoer (CSV; JSON in het langzame geval), in vaste volgorde."""
    stuk = voeg_oordeel_toe(stuk, oordelen)
    return stuk.select("regel", "praktijk", "verzekerde", "prestatiecode", pl.col("datum").cast(pl.String), "uitvoerder",
                       "toegestaan", _oordeel().alias("oordeel"), "redencode", "reden", "bron", "redenen", "eenheden",
                       _bedrag("bedrag_centen").alias("bedrag"), "fout")


_STUURTEKEN = r"[\x00-\x1f]"


def _j(kolom: str) -> pl.Expr:
    """Een tekstkolom als JSON-waarde (zonder stuurtekens; die gaan via de gewone JSON-schrijver)."""
    c = pl.col(kolom).cast(pl.String)
    return pl.when(c.is_null()).then(pl.lit("null")).otherwise(
        pl.concat_str(pl.lit('"'), c.str.replace_all("\\", "\\\\", literal=True).str.replace_all('"', '\\"', literal=True), pl.lit('"')))


def schrijf_json(stuk: pl.DataFrame, oordelen: pl.DataFrame, uit) -> None:
    tekst = ("regel", "praktijk", "verzekerde", "prestatiecode", "uitvoerder", "fout")
    if stuk.select(pl.any_horizontal([pl.col(k).cast(pl.String).str.contains(_STUURTEKEN).any() for k in tekst])).item():
        buf = io.BytesIO()
        als_tabel(stuk, oordelen).write_ndjson(buf)
        uit.write(buf.getvalue())
        return
    fout_stuk = pl.DataFrame({"sleutel": [-1], "json": ['"toegestaan":null,"oordeel":"fout","redencode":null,"reden":null,"bron":null,"redenen":[]']},
                             schema={"sleutel": pl.Int64, "json": pl.String})
    s = stuk.with_columns(pl.col("sleutel").fill_null(-1)).join(
        pl.concat([oordelen.select("sleutel", "json"), fout_stuk]), on="sleutel", how="left", maintain_order="left")
    lijn = pl.concat_str(
        pl.lit('{"regel":'), _j("regel"), pl.lit(',"praktijk":'), _j("praktijk"), pl.lit(',"verzekerde":'), _j("verzekerde"),
        pl.lit(',"prestatiecode":'), _j("prestatiecode"), pl.lit(',"datum":'), _j("datum"), pl.lit(',"uitvoerder":'),
        _j("uitvoerder"), pl.lit(","), pl.col("json"),
        pl.lit(',"eenheden":'), pl.col("eenheden").cast(pl.String).fill_null("null"),
        pl.lit(',"bedrag":'), pl.when(pl.col("bedrag_centen").is_null()).then(pl.lit("null")).otherwise(
            pl.concat_str(pl.lit('"'), _bedrag("bedrag_centen"), pl.lit('"'))),
        pl.lit(',"fout":'), _j("fout"), pl.lit("}"))
    s.select(lijn.alias("l")).write_csv(uit, include_header=False, quote_style="never")


def schrijf_csv(stuk: pl.DataFrame, oordelen: pl.DataFrame, uit, kop: bool) -> None:
    buf = io.BytesIO()
    als_tabel(stuk, oordelen).drop("redenen").write_csv(buf, include_header=kop)
    uit.write(buf.getvalue())


def schrijf_tekst(stuk: pl.DataFrame, oordelen: pl.DataFrame, uit) -> None:
    stuk = voeg_oordeel_toe(stuk, oordelen)
    datums = stuk["datum"].drop_nulls().unique().to_list()
    kaart = {d: nl.datum(d) for d in datums}
    regels_ = []
    for r in stuk.select("regel", "prestatiecode", "datum", "uitvoerder", "toegestaan", "redenen", "fout").iter_rows():
        regel, code, datum, uitv, toegestaan, redenen, fout = r
        kop = f"regel {regel}: {code or '?'}"
        if datum is not None:
            kop += f" op {kaart[datum]} door {uitv}"
        if fout is not None:
            regels_.append(f"{kop}: FOUT - {fout}")
            continue
        regels_.append(f"{kop}: {'TOEGESTAAN' if toegestaan else 'NIET TOEGESTAAN'}")
        regels_ += [f"    - {x['tekst']} [{x['bron']}] ({x['code']})" for x in redenen]
    if regels_:
        uit.write(("\n".join(regels_) + "\n").encode("utf-8", "backslashreplace"))


class Samenvatting:
    """Telt per praktijk en per prestatiecode mee, stuk voor stuk (geheugen: één rij per praktijk en code)."""

    def __init__(self):
        leeg = lambda: {"toegestaan": 0, "geweigerd": 0, "fouten": 0, "eenheden": 0, "bedrag_centen": 0, "zonder_tarief": 0}
        self.per_praktijk = defaultdict(leeg)
        self.per_code = defaultdict(leeg)
        self.per_redencode = defaultdict(int)
        self.totaal = leeg()

    def tel(self, stuk: pl.DataFrame, oordelen: pl.DataFrame) -> None:
        stuk = stuk.join(oordelen.select("sleutel", "toegestaan", "redencode"), on="sleutel", how="left", maintain_order="left")
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


def schrijf(stukken: Iterable[pl.DataFrame], oordelen: pl.DataFrame, uit, vorm: str, na_stuk=None) -> Samenvatting:
    """Schrijft alle stukken naar ``uit`` (binair) in ``vorm`` ('tekst', 'json', 'csv'); geeft de samenvatting."""
    som = Samenvatting()
    eerste = True
    for stuk in stukken:
        if vorm == "json":
            schrijf_json(stuk, oordelen, uit)
        elif vorm == "csv":
            schrijf_csv(stuk, oordelen, uit, kop=eerste)
        else:
            schrijf_tekst(stuk, oordelen, uit)
        som.tel(stuk, oordelen)
        eerste = False
        if na_stuk:
            na_stuk(stuk.height)
    return som


def json_regel(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
