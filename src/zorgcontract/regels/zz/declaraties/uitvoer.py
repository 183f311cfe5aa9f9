"""De uitkomst wegschrijven: per regel als tekst, JSON-regels of CSV, stromend in stukken; en een samenvatting
per praktijk en per prestatiecode (aantallen, en bedragen waar een tarief is opgegeven).

Beide routes leveren stukken (polars-tabellen) met dezelfde kolommen (``snel.Resultaat.batches`` en
``referentie_als_stukken``), zodat de uitvoer niet van de route afhangt.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator

import numpy as np
import polars as pl

from zorgcontract.kern import nl
from zorgcontract.regels.zz.declaraties import regels, uitvoer_referentie
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
_BIJZONDER = r'["\\]'
FOUT_FRAGMENT = '"toegestaan":null,"oordeel":"fout","redencode":null,"reden":null,"bron":null,"redenen":[]'
# De velden vóór het oordeel, in volgorde; hun waarden staan tussen aanhalingstekens (of zijn null).
_KOPVELDEN = ("regel", "praktijk", "verzekerde", "prestatiecode", "datum", "uitvoerder")


def _j(kolom: str) -> pl.Expr:
    """Een tekstkolom als JSON-waarde (zonder stuurtekens; die gaan via de gewone JSON-schrijver)."""
    c = pl.col(kolom).cast(pl.String)
    return pl.when(c.is_null()).then(pl.lit("null")).otherwise(
        pl.concat_str(pl.lit('"'), c.str.replace_all("\\", "\\\\", literal=True).str.replace_all('"', '\\"', literal=True), pl.lit('"')))


def _bedrag_tekst(c: int | None) -> str:
    return "null" if c is None else f'"{c // 100}.{c % 100:02d}"'


def _staart(fragment: str, eenheden, bedrag) -> str:
    return f',{fragment},"eenheden":{"null" if eenheden is None else eenheden},"bedrag":{_bedrag_tekst(bedrag)}'


class _JsonSchrijver:
    """Schrijft JSON-regels zonder per regel een lange tekst te bouwen.

    Elke regel is ``{"regel":"…","praktijk":"…",…,"uitvoerder":"…"`` gevolgd door een staart die alleen van het
    oordeel, de eenheden en het bedrag afhangt (``,"toegestaan":…,"fout":null}``). Die staart is er per verschillende
    combinatie één keer, als categorie (Enum); de kopvelden zijn de ruwe waarden. ``write_csv`` met het
    aanhalingsteken als scheidingsteken en zonder quoting zet tussen de kolommen precies de aanhalingstekens die
    om de waarden horen: ``{"regel":`` | 1 | ``,"praktijk":`` | AGB… | … | uitvoerder | staart. Een regel die
    daar niet in past (een fout, een waarde met ``"`` of ``\\``, een lege praktijk) wordt als hele tekst gemaakt
    (``_lijn``, kolomsgewijs) en op haar eerste aanhalingstekens over dezelfde kolommen verdeeld; aan elkaar gezet
    met het scheidingsteken geeft dat precies die tekst terug. Zo is elke regel byte-gelijk aan ``_lijn``."""

    def __init__(self, oordelen: pl.DataFrame):
        self.sleutels = oordelen["sleutel"]
        self.fragmenten = oordelen["json"].to_list()
        self.staarten: dict[int, str] = {}
        self.json = pl.concat([oordelen.select("sleutel", "json"), pl.DataFrame(
            {"sleutel": [-1], "json": [FOUT_FRAGMENT]}, schema={"sleutel": pl.Int64, "json": pl.String})])

    def schrijf(self, stuk: pl.DataFrame, uit) -> None:
        n = stuk.height
        if n == 0:
            return
        # kopvelden met een waarde in dit stuk; een veld dat in het hele stuk leeg is (het oude formaat) wordt deel
        # van de vaste tekst
        met = [k for k in _KOPVELDEN if k == "uitvoerder" or stuk[k].null_count() < n]  # de laatste altijd
        vast, tekst = [], "{"
        for k in _KOPVELDEN:
            tekst += ("," if k != "regel" else "") + f'"{k}":'
            if k in met:
                vast.append(tekst)
                tekst = ""
            else:
                tekst += "null"
        assert tekst == ""
        s = stuk.select(
            "nr", *[pl.col(k).cast(pl.String) for k in met], "eenheden", "bedrag_centen", "fout",
            oidx=pl.col("sleutel").replace_strict(self.sleutels, pl.int_range(self.sleutels.len(), dtype=pl.UInt32, eager=True),
                                                  default=None))
        bijzonder = pl.col("fout").is_not_null() | pl.col("oidx").is_null()
        for k in met:  # code, datum en uitvoerder van een goede regel komen uit een vaste lijst
            bijzonder = bijzonder | pl.col(k).is_null()
            if k in ("regel", "praktijk", "verzekerde"):
                bijzonder = bijzonder | pl.col(k).str.contains(_BIJZONDER)
        s = s.with_columns(bijzonder=bijzonder)
        # de staart per combinatie (oordeel, eenheden, bedrag)
        s = s.with_columns(combi=pl.when(~pl.col("bijzonder")).then(
            (pl.col("oidx").cast(pl.Int64) * (1 << 40)) + (pl.col("eenheden").cast(pl.Int64).fill_null(255) * (1 << 32))
            + (pl.col("bedrag_centen").cast(pl.Int64) + 1).fill_null(0)))
        combis = s["combi"].drop_nulls().unique().sort()
        cats: dict[str, int] = {}  # staart -> categorie (verschillende oordelen kunnen dezelfde tekst hebben)
        naar = np.empty(combis.len(), dtype=np.uint32)
        for j, c in enumerate(combis.to_list()):
            t = self.staarten.get(c)
            if t is None:
                o, e, b = c >> 40, (c >> 32) & 255, c & 0xFFFFFFFF
                t = self.staarten[c] = _staart(self.fragmenten[o], None if e == 255 else e, None if b == 0 else b - 1) + ',"fout":null}'
            naar[j] = cats.setdefault(t, len(cats))
        # de bijzondere regels: de hele JSON-regel als tekst (zoals voorheen), dan op haar eerste aanhalingstekens
        # verdeeld over dezelfde kolommen
        b_idx = np.flatnonzero(s["bijzonder"].to_numpy())
        delen = 2 * len(met)
        if len(b_idx):
            b_stuk = stuk[b_idx]
            stukken_b = b_stuk.with_columns(pl.col("sleutel").fill_null(-1)).join(
                self.json, on="sleutel", how="left", maintain_order="left").select(
                _lijn().str.splitn('"', delen + 1).alias("d")).unnest("d")
            stukken_b = [stukken_b.to_series(i) for i in range(delen + 1)]
        kolommen = {}
        for i, v in enumerate(vast):
            kolommen[f"v{i}"] = self._enum(v, stukken_b[2 * i] if len(b_idx) else None, n, b_idx)
            w = s[met[i]]
            if len(b_idx):
                w = w.scatter(b_idx, stukken_b[2 * i + 1])
            kolommen[f"w{i}"] = w
        if len(b_idx):
            for t in stukken_b[-1].unique().to_list():
                cats.setdefault(t, len(cats))
        e = pl.Enum(list(cats))
        if combis.len():
            pos = pl.Series(naar).gather(combis.search_sorted(s["combi"].fill_null(combis[0])))
        else:
            pos = pl.Series(np.zeros(n, dtype=np.uint32))
        staart = pl.Series(list(cats), dtype=e).gather(pos)
        if len(b_idx):
            staart = staart.scatter(b_idx, stukken_b[-1].cast(e))
        kolommen["staart"] = staart
        pl.DataFrame(kolommen).write_csv(uit, include_header=False, quote_style="never", separator='"')

    @staticmethod
    def _enum(vast: str, anders: pl.Series | None, n: int, idx) -> pl.Series:
        cats = [vast, *sorted(set(anders.unique().to_list()) - {vast})] if anders is not None else [vast]
        e = pl.Enum(cats)
        w = pl.Series(cats, dtype=e).gather(pl.Series(np.zeros(n, dtype=np.uint32)))
        if len(idx):
            w = w.scatter(idx, anders.cast(e))
        return w


def _lijn() -> pl.Expr:
    """De hele JSON-regel als tekst (voor de bijzondere regels van ``_JsonSchrijver``; vraagt de kolom json)."""
    return pl.concat_str(
        pl.lit('{"regel":'), _j("regel"), pl.lit(',"praktijk":'), _j("praktijk"), pl.lit(',"verzekerde":'), _j("verzekerde"),
        pl.lit(',"prestatiecode":'), _j("prestatiecode"), pl.lit(',"datum":'), _j("datum"), pl.lit(',"uitvoerder":'),
        _j("uitvoerder"), pl.lit(","), pl.col("json"),
        pl.lit(',"eenheden":'), pl.col("eenheden").cast(pl.String).fill_null("null"),
        pl.lit(',"bedrag":'), pl.when(pl.col("bedrag_centen").is_null()).then(pl.lit("null")).otherwise(
            pl.concat_str(pl.lit('"'), _bedrag("bedrag_centen"), pl.lit('"'))),
        pl.lit(',"fout":'), _j("fout"), pl.lit("}"))


def _stuurtekens(stuk: pl.DataFrame) -> bool:
    """Staat er in een tekstveld van dit stuk een stuurteken (dan schrijft polars' eigen JSON-schrijver het stuk)?
    Code en uitvoerder van een goede regel komen uit een vaste lijst: die alleen bij de foute regels nakijken."""
    fout_ = pl.col("fout").is_not_null()
    return stuk.select(pl.any_horizontal(
        [pl.col(k).cast(pl.String).str.contains(_STUURTEKEN).any() for k in ("regel", "praktijk", "verzekerde", "fout")]
        + [pl.col(k).cast(pl.String).filter(fout_).str.contains(_STUURTEKEN).any() for k in ("prestatiecode", "uitvoerder")])).item()


def schrijf_json(stuk: pl.DataFrame, oordelen: pl.DataFrame, uit, schrijver: _JsonSchrijver | None = None) -> None:
    if _stuurtekens(stuk):
        buf = io.BytesIO()
        als_tabel(stuk, oordelen).write_ndjson(buf)
        uit.write(buf.getvalue())
        return
    (schrijver or _JsonSchrijver(oordelen)).schrijf(stuk, uit)


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


class Samenvatting(uitvoer_referentie.Samenvatting):
    """Telt per praktijk en per prestatiecode mee, stuk voor stuk (geheugen: één rij per praktijk en code).
    Alleen het tellen is kolomsgewijs; de tellers en de opmaak (``als_json``, ``als_tekst``) zijn die van de
    referentieroute, zodat beide routes dezelfde samenvatting schrijven."""

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


def schrijf(stukken: Iterable[pl.DataFrame], oordelen: pl.DataFrame, uit, vorm: str, na_stuk=None) -> Samenvatting:
    """Schrijft alle stukken naar ``uit`` (binair) in ``vorm`` ('tekst', 'json', 'csv'); geeft de samenvatting."""
    som = Samenvatting()
    eerste = True
    json_schrijver = _JsonSchrijver(oordelen) if vorm == "json" else None
    for stuk in stukken:
        if vorm == "json":
            schrijf_json(stuk, oordelen, uit, json_schrijver)
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
