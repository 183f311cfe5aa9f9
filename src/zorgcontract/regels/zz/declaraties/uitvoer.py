"""De uitkomst wegschrijven: per regel als tekst, JSON-regels of CSV, stromend in stukken; en een samenvatting
per praktijk en per prestatiecode (aantallen, en bedragen waar een tarief is opgegeven).

Beide routes leveren stukken (polars-tabellen) met dezelfde kolommen (``snel.Resultaat.batches`` en
``referentie_als_stukken``), zodat de uitvoer niet van de route afhangt.
"""

from __future__ import annotations

import io
import json
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import polars as pl

from zorgcontract.kern import nl
from zorgcontract.regels.zz.declaraties import regels, uitvoer_referentie
from zorgcontract.regels.zz.declaraties.referentie import Beoordeling
from zorgcontract.regels.zz.declaraties.snel import (JSON_ESCAPE, Deel, _Kalender, _verschillend, meldingen, met_nr,
                                                     oordelen_tabel, voeg_oordeel_toe)

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


_BIJZONDER = JSON_ESCAPE  # een tekst met een van deze tekens krijgt in JSON een escape
_KOPVELDEN = ("regel", "praktijk", "verzekerde", "prestatiecode")  # vóór de datum, in volgorde
_FOUT_OORDEEL = '"toegestaan":null,"oordeel":"fout","redencode":null,"reden":null,"bron":null,"redenen":[],"eenheden":null,"bedrag":null'
_ZONDER_DATUM = 'datum":null,'  # wat de schrijver voor een lege datum zet (zie _JsonSchrijver)
# wat een foute regel van de snelle route tussen haar kop en haar melding heeft (zie _JsonSchrijver._fout_delen)
_FOUT_MIDDEN = '"datum":null,"uitvoerder":null,' + _FOUT_OORDEEL + ',"fout":'


def _kop(heeft_null, einde: str | pl.Expr) -> pl.Expr:
    """``{"regel":"1","praktijk":"P","verzekerde":"V","prestatiecode":"C"`` + ``einde``; een veld waar ``heeft_null``
    waar is, mag leeg zijn (dan ``null``), een ander niet (dan is de hele kop leeg). Eén ``concat_str`` met de vaste
    tekst tussen de velden als één stuk (gemeten per deel van 200 000 regels: 26 -> 13-20 ms tegen een ``concat_str``
    per veld met aanhalingstekens)."""
    delen, tekst = [], ""
    for k, nul in zip(_KOPVELDEN, heeft_null):
        tekst += ("{" if k == "regel" else ",") + f'"{k}":'
        c = pl.col(k).cast(pl.String)
        if nul:
            delen += [pl.lit(tekst), pl.when(c.is_null()).then(pl.lit("null")).otherwise(pl.concat_str(pl.lit('"'), c, pl.lit('"')))]
            tekst = ""
        else:
            delen += [pl.lit(tekst + '"'), c]
            tekst = '"'
    delen += [pl.lit(tekst + einde)] if isinstance(einde, str) else [pl.lit(tekst), einde]
    return pl.concat_str(delen)


def _bijzonder(*kolommen: str) -> pl.Expr:
    return pl.any_horizontal([pl.col(k).cast(pl.String).str.contains(_BIJZONDER) for k in kolommen])


def _bedrag_tekst(c: int | None) -> str:
    return "null" if c is None else f'"{c // 100}.{c % 100:02d}"'


def _js(w) -> str:
    return json.dumps(w, ensure_ascii=False)


class _JsonSchrijver:
    """Schrijft JSON-regels zonder per regel de lange staart (oordeel, redenen, bron) als tekst te bouwen.

    Elke regel bestaat uit drie kolommen die ``write_csv`` (zonder quoting) met het aanhalingsteken als
    scheidingsteken aan elkaar zet:

    - de *kop*, kolomsgewijs gemaakt: ``{"regel":"1","praktijk":"P","verzekerde":"V","prestatiecode":"13029","datum":``
      (zonder datum eindigt hij na ``"prestatiecode":…,``);
    - de *datum*, zoals polars haar schrijft (ISO); zonder datum schrijft polars ``datum":null,`` (``null_value``): met
      de scheidingstekens eromheen staat er dan ``,"datum":null,"``;
    - de *staart*: ``,"uitvoerder":"huisarts","toegestaan":…,"fout":null}`` (zonder datum zonder het eerste ``,"``).
      Die hangt alleen af van uitvoerder, het JSON-stuk van het oordeel, eenheden en bedrag (of de foutmelding) en
      bestaat per verschillende combinatie één keer, als categorie (Enum).

    Op een ``snel.Deel`` (``tabel_deel``) is de datum tekst (``snel._Kalender.tekst``) en heeft een foute regel een andere indeling: haar
    melding staat in de kolom van de datum (zie ``_fout_delen``).

    Een regel met een teken dat in JSON een escape vraagt (``"``, ``\\``, stuurtekens) krijgt kop en staart van
    ``json.dumps``, waarde voor waarde. Zo is elke regel gelijk aan wat ``json.dumps`` van de hele rij schrijft
    (``test_declaraties_schrijvers``, ``test_json_schrijver_gelijk_aan_json_dumps``)."""

    def __init__(self, oordelen: pl.DataFrame):
        self.sleutels = oordelen["sleutel"]
        self.volgnummers = pl.int_range(self.sleutels.len(), dtype=pl.Int64, eager=True)
        # Veel oordelen hebben hetzelfde JSON-stuk (bij 10^6 regels 2 652 oordelen, 98 verschillende stukken): een staart
        # hangt van het stuk af, niet van het oordeel, dus per oordeel het nummer van zijn stuk (``fragment_nr``). Zo zijn
        # er per deel ~12 keer minder verschillende staarten te maken en op te zoeken (bij 10^6 regels ~230 tegen ~2 800).
        self.fragmenten, nr = _verschillend(oordelen["json"])
        self.fragment_nr = nr.cast(pl.Int64)  # per volgnummer van een oordeel
        self.bijzonder: dict[str, pl.Series] | None = None  # per kolom de nummers van waarden met een escape (_goed_delen)
        self.slot = threading.Lock()
        self.identiek = self.sleutels.equals(self.volgnummers, check_names=False, check_dtypes=False)  # sleutel = volgnummer
        self.staarten: dict[tuple, str] = {}

    def _staart(self, uitvoerder: str | None, met_datum: bool, fragment: int | None, eenheden, bedrag, fout) -> str:
        sleutel = (uitvoerder, met_datum, fragment, eenheden, bedrag, fout)
        t = self.staarten.get(sleutel)
        if t is None:
            t = (',"' if met_datum else "") + f'uitvoerder":{_js(uitvoerder)},'
            if fout is None:
                t += f'{self.fragmenten[fragment]},"eenheden":{_js(eenheden)},"bedrag":{_bedrag_tekst(bedrag)},"fout":null}}'
            else:
                t += f'{_FOUT_OORDEEL},"fout":{_js(fout)}}}'
            if len(self.staarten) < 100_000:  # foutmeldingen kunnen per regel verschillen: begrensd bewaren
                self.staarten[sleutel] = t
        return t

    def tabel(self, stuk: pl.DataFrame) -> pl.DataFrame | None:
        """De drie kolommen (kop, datum, staart) van dit stuk; ``schrijf_tabel`` zet ze als JSON-regels weg."""
        if stuk.height == 0:
            return None
        cats: dict[str, int] = {}
        kop, datum, idx = self._delen(stuk, cats)
        return _tabel(kop, datum, idx, cats)

    def tabel_deel(self, d) -> pl.DataFrame | None:
        """Als ``tabel``, direct op een ``snel.Deel``: de goede regels uit hun categorieën (zonder ze eerst als tekst
        met de foute regels samen te voegen en te sorteren), de foute regels zoals ``tabel`` dat doet; daarna op
        regelnummer samengevoegd (``Deel.volgorde``)."""
        if d.height == 0:
            return None
        cats: dict[str, int] = {}
        kop, datum, idx = self._goed_delen(d, cats)
        if d.fout.height:
            k2, d2, i2 = self._fout_delen(d, cats)  # d2: de meldingen, in de kolom van de datum (tekst)
            v = pl.Series(d.volgorde())
            # rechunk eerst: gather op een kolom uit twee stukken kost per deel van 200 000 regels ~8 ms, op één stuk ~2 ms
            kop, datum, idx = (pl.concat([a, b], rechunk=True).gather(v) for a, b in ((kop, k2), (datum, d2), (idx, i2)))
        return _tabel(kop, datum, idx, cats)

    def _goed_delen(self, d, cats: dict[str, int]) -> tuple[pl.Series, pl.Series, pl.Series]:
        """(kop, datum, staartnummer) van de goede regels van een ``snel.Deel``. Code, datum en uitvoerder komen uit een
        vaste lijst; praktijk, verzekerde en een eigen regel-id kunnen een teken hebben dat een escape vraagt (die
        waarden worden één keer voor het hele bestand opgezocht, ``Resultaat.nummers_met``; de eigen id's per deel):
        zulke regels gaan waarde voor waarde via ``_regel``."""
        g = d.goed
        regel = g["nr"].cast(pl.String)
        if d.eigen.height:
            regel = regel.scatter(g["nr"].search_sorted(d.eigen["nr"]), d.eigen["regel"])
        heeft_null = (False, *g.select((pl.col(k) == "").any() for k in ("praktijk", "verzekerde")).row(0), False)
        e = d.eenheden()
        bedrag = pl.when(pl.col("ja")).then(pl.col("tarief").cast(pl.Int64) * e)
        o = pl.col("sleutel").cast(pl.Int64)
        if not self.identiek:  # pragma: no cover - snel.Resultaat nummert zijn oordelen 0, 1, 2, ...
            o = o.replace_strict(self.sleutels, self.volgnummers)
        o = pl.lit(self.fragment_nr).gather(o)
        combi = (o * (1 << 40) + e * (1 << 32) + (bedrag + 1).fill_null(0)) * 64 + pl.col("uitv").to_physical().cast(pl.Int64)
        # een lege praktijk of verzekerde (het oude formaat) wordt null; zonder lege waarden in dit deel hoeft dat niet
        s = g.lazy().with_columns(regel=regel, prestatiecode=pl.col("code"),
                                  **{k: pl.when(pl.col(k) != "").then(pl.col(k)) for k, nul in zip(_KOPVELDEN, heeft_null)
                                     if nul and k in ("praktijk", "verzekerde")}) \
            .select("datum", kop=_kop(heeft_null, ',"datum":'), combi=combi).collect()
        idx = self._staartnummers(s["combi"], g["uitv"].dtype.categories.to_list(), cats)
        kop = s["kop"]
        bijzonder = np.zeros(g.height, dtype=bool)
        with self.slot:  # één keer voor het hele bestand (twee delen worden tegelijk klaargemaakt, zie schrijf)
            if self.bijzonder is None:
                self.bijzonder = {k: d.bron.nummers_met(_BIJZONDER, k) for k in ("praktijk", "verzekerde")}
        for k, nummers in self.bijzonder.items():
            if nummers.len():
                bijzonder |= g[k].to_physical().is_in(nummers.implode()).fill_null(False).to_numpy()
        if d.eigen.height:
            b_eigen = d.eigen["regel"].str.contains(_BIJZONDER).to_numpy()
            if b_eigen.any():
                bijzonder[g["nr"].search_sorted(d.eigen["nr"].filter(pl.Series(b_eigen))).to_numpy()] = True
        b_idx = np.flatnonzero(bijzonder)
        if len(b_idx):
            koppen, pos = self._waarde_voor_waarde(d.goed_als_stuk()[b_idx], cats)
            kop, idx = kop.scatter(b_idx, koppen), idx.scatter(b_idx, pos)
        # de datum als tekst (_Kalender.tekst): een tekstkolom schrijft ook 7-10 ms per deel sneller dan een datumkolom
        return kop, _Kalender(s["datum"]).tekst(s["datum"]), idx.cast(pl.UInt32)

    def _fout_delen(self, d, cats: dict[str, int]) -> tuple[pl.Series, pl.Series, pl.Series]:
        """(kop, melding, staartnummer) van de foute regels van een ``snel.Deel``, direct uit ``Deel.fout``: een foute regel
        heeft geen datum, uitvoerder en oordeel, dus alles tot en met ``"fout":`` is de kop (de velden van de regel en dan
        vast ``_FOUT_MIDDEN``); de melding (met escapes, zonder aanhalingstekens) staat in de kolom van de datum, tussen
        de twee aanhalingstekens die ``schrijf_tabel`` als scheidingsteken zet; de staart is ``}``. Zo krijgt een melding
        die per regel verschilt ("regel 12: 12 velden, ...", zie ``snel.REGEL_NR``) geen eigen staart: de escapes worden
        per verschillende melding zonder regelnummer één keer gemaakt (``json.dumps``), het nummer kolomsgewijs ervoor
        gezet. Alleen een regel-id, praktijk of code met een teken dat een escape vraagt, krijgt haar kop waarde voor
        waarde (``_regel``). Gemeten, 10^6 regels waarvan 15% met een melding per regel: schrijven 1,69 -> 0,49 s."""
        f = d.fout
        # per verschillende bewaarde melding de melding met escapes, zonder haar per regel als tekst te maken
        escapes = meldingen(f, lambda m: _js(m)[1:-1])
        teksten = f.select(met_nr(pl.col("nr"), pl.lit(escapes), pl.col("met_nr"))).to_series()
        velden = f.select("regel", "praktijk", verzekerde=pl.lit(None, dtype=pl.String), prestatiecode="code_ruw")
        kop = velden.select(_kop((True,) * 4, "," + _FOUT_MIDDEN)).to_series()
        b_idx = np.flatnonzero(velden.select(_bijzonder("regel", "praktijk", "prestatiecode").fill_null(False)).to_series().to_numpy())
        if len(b_idx):  # met een escape in de kop: waarde voor waarde met json.dumps
            koppen = [self._regel(r)[0] + _FOUT_MIDDEN for r in d.fout_als_stuk()[b_idx].iter_rows(named=True)]
            kop = kop.scatter(b_idx, koppen)
        staart = cats.setdefault("}", len(cats))
        return kop, teksten, pl.repeat(staart, f.height, dtype=pl.UInt32, eager=True)

    def _delen(self, stuk: pl.DataFrame, cats: dict[str, int]) -> tuple[pl.Series, pl.Series, pl.Series]:
        """(kop, datum, staartnummer) van een stuk in de kolommen van ``snel.Resultaat.batches``; de staarten in ``cats``."""
        goed = pl.col("fout").is_null()
        heeft_null = stuk.select(*[(pl.col(k).is_null() & goed).any().alias(k) for k in _KOPVELDEN]).row(0)
        kop_goed = _kop(heeft_null, ',"datum":')
        bijzonder = _bijzonder("regel", "praktijk", "verzekerde")
        # van een goede regel komen code, datum en uitvoerder uit een vaste lijst; de uitvoerder als klein getal
        uitv_lijst = stuk["uitvoerder"].cast(pl.String).drop_nulls().unique().sort().to_list()
        combi = (pl.col("sleutel").replace_strict(self.sleutels, self.fragment_nr) * (1 << 40)
                 + pl.col("eenheden").cast(pl.Int64).fill_null(255) * (1 << 32)
                 + (pl.col("bedrag_centen").cast(pl.Int64) + 1).fill_null(0)) * 64 \
            + pl.col("uitvoerder").cast(pl.String).replace_strict(uitv_lijst, range(len(uitv_lijst)), default=63, return_dtype=pl.Int64)
        s = stuk.select("datum", kop=kop_goed, combi=pl.when(goed).then(combi),
                        bijzonder=pl.when(goed).then(bijzonder).otherwise(True).fill_null(False))
        idx = self._staartnummers(s["combi"], uitv_lijst, cats)
        kop = s["kop"]
        b_idx = np.flatnonzero(s["bijzonder"].to_numpy())  # de foute regels en die met een escape
        if len(b_idx):
            b_stuk = stuk[b_idx].with_row_index("j")
            # foute regels zonder escape: kolomsgewijs, de staart per (uitvoerder, datum of niet, melding)
            f = b_stuk.filter(pl.col("fout").is_not_null() & ~_bijzonder(*_KOPVELDEN, "uitvoerder", "fout").fill_null(False))
            eigen_kop = pl.Series([None] * b_stuk.height, dtype=pl.String)
            eigen_pos = pl.Series([None] * b_stuk.height, dtype=pl.UInt32)
            if f.height:
                f = f.select("j", "uitvoerder", "fout", d=pl.col("datum").is_not_null(), kop=_kop((True,) * 4, pl.when(
                    pl.col("datum").is_null()).then(pl.lit(",")).otherwise(pl.lit(',"datum":'))))
                soorten = f.select("uitvoerder", "d", "fout").unique()
                soorten = soorten.with_columns(pos=pl.Series([cats.setdefault(self._staart(u, d, None, None, None, m), len(cats))
                                                              for u, d, m in soorten.iter_rows()], dtype=pl.UInt32))
                f = f.join(soorten, on=["uitvoerder", "d", "fout"], how="left", nulls_equal=True)
                eigen_kop = eigen_kop.scatter(f["j"], f["kop"])
                eigen_pos = eigen_pos.scatter(f["j"], f["pos"])
            rest = np.flatnonzero(eigen_kop.is_null().to_numpy())
            if len(rest):  # met een escape: waarde voor waarde met json.dumps
                koppen, pos = self._waarde_voor_waarde(b_stuk[rest], cats)
                eigen_kop, eigen_pos = eigen_kop.scatter(rest, koppen), eigen_pos.scatter(rest, pos)
            kop = kop.scatter(b_idx, eigen_kop)
            idx = idx.scatter(b_idx, eigen_pos)
        return kop, s["datum"], idx.cast(pl.UInt32)

    def _staartnummers(self, combi: pl.Series, uitvoerders: list[str], cats: dict[str, int]) -> pl.Series:
        """Per regel het nummer (in ``cats``) van haar staart, uit de combinatie van het JSON-stuk van het oordeel (o, zie
        ``fragment_nr``), eenheden, bedrag en uitvoerder (``(o << 40 | e << 32 | bedrag + 1) << 6 | u``; e = 255: geen
        eenheden, u = 63: geen uitvoerder), elke verschillende combinatie één keer."""
        combis = combi.drop_nulls().unique().sort()
        pos = []
        for c in combis.to_list():
            u, c = c & 63, c >> 6
            o, e, b = c >> 40, (c >> 32) & 255, c & 0xFFFFFFFF
            t = self._staart(uitvoerders[u] if u < 63 else None, True, o, None if e == 255 else e, None if b == 0 else b - 1, None)
            pos.append(cats.setdefault(t, len(cats)))
        return combi.replace_strict(combis, pl.Series(pos, dtype=pl.UInt32), default=None)

    def _waarde_voor_waarde(self, rijen: pl.DataFrame, cats: dict[str, int]) -> tuple[list[str], pl.Series]:
        """Kop en staartnummer van elke rij (kolommen van ``batches``) via ``_regel``: voor de regels met een escape."""
        koppen, pos = [], []
        for r in rijen.iter_rows(named=True):
            k, t = self._regel(r)
            koppen.append(k)
            pos.append(cats.setdefault(t, len(cats)))
        return koppen, pl.Series(pos, dtype=pl.UInt32)

    def _regel(self, r: dict) -> tuple[str, str]:
        """Kop en staart van één regel, waarde voor waarde met ``json.dumps``."""
        kop = "{" + ",".join(f'"{k}":{_js(None if r[k] is None else str(r[k]))}' for k in _KOPVELDEN) + ","
        met_datum = r["datum"] is not None
        if met_datum:
            kop += '"datum":'
        if r["fout"] is not None:
            return kop, self._staart(r["uitvoerder"], met_datum, None, None, None, r["fout"])
        o = self.fragment_nr[self.sleutels.index_of(r["sleutel"])]
        return kop, self._staart(r["uitvoerder"], met_datum, o, r["eenheden"], r["bedrag_centen"], None)


def _tabel(kop: pl.Series, datum: pl.Series, idx: pl.Series, cats: dict[str, int]) -> pl.DataFrame:
    """De drie kolommen voor ``schrijf_tabel``: de staart per regel uit haar nummer in ``cats``, als categorie."""
    return pl.DataFrame({"kop": kop, "datum": datum, "staart": pl.Series(list(cats), dtype=pl.Enum(list(cats))).gather(idx)})


def schrijf_tabel(tabel: pl.DataFrame, uit) -> None:
    """Een tabel van ``_JsonSchrijver.tabel`` als JSON-regels: de kolommen aan elkaar met een aanhalingsteken."""
    tabel.write_csv(uit, include_header=False, quote_style="never", separator='"', null_value=_ZONDER_DATUM)


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


SAMENVATTING_DEEL = 250_000  # regels per keer tellen (samenvatting_van); kleiner houdt de piek laag terwijl er tegelijk geschreven wordt


def samenvatting_van(res) -> Samenvatting:
    """De samenvatting van een ``snel.Resultaat`` in één keer, kolomsgewijs over de hele uitkomst (in plaats van per
    geschreven stuk). Geteld wordt per deel van de tabel en met kleine sleutels: per (praktijk, prestatiecode,
    toegestaan) en per oordeel - niet per (praktijk, oordeel), want die tussentabel kan bij 10^7 regels miljoenen
    groepen hebben (gemeten: de geheugenpiek). Dezelfde tellers als ``Samenvatting.tel``
    (``test_declaraties_schrijvers`` vergelijkt met de referentieroute)."""
    som = Samenvatting()
    ja_per_oordeel = pl.Series(np.zeros(res.oordelen.height, dtype=bool))
    if res.ja:
        ja_per_oordeel = ja_per_oordeel.scatter(res.ja, True)
    e = Deel.eenheden()
    tellers = [pl.len().alias("n"), e.sum().alias("e"), (pl.col("tarief").cast(pl.Int64) * e).sum().alias("b"),
               pl.col("tarief").null_count().alias("z")]
    delen: dict[str, list[pl.DataFrame]] = {"praktijk_code": [], "sleutel": []}
    for a in range(0, res.goed.height, SAMENVATTING_DEEL):
        sl = res.sleutel.slice(a, SAMENVATTING_DEEL)
        deel = res.goed.slice(a, SAMENVATTING_DEEL).select("praktijk", "code", "getal", "tarief", ja=ja_per_oordeel.gather(sl))
        # één groepering per (praktijk, code, ja) - hoogstens praktijken x codes x 2 groepen - waaruit hieronder zowel
        # de tellers per praktijk als die per code komen (twee groeperingen over alle regels kostten bijna twee keer zo veel)
        delen["praktijk_code"].append(deel.group_by("praktijk", "code", "ja").agg(*tellers))
        delen["sleutel"].append(sl.value_counts(name="len"))
    per_pc = pl.concat(delen["praktijk_code"]) if delen["praktijk_code"] else None
    for k, doel in (("praktijk", som.per_praktijk), ("code", som.per_code)):
        if per_pc is None:
            continue
        per = per_pc.group_by(k, "ja").agg(pl.col("n", "e", "b", "z").sum())
        for naam, ja, n, e_, b_, z in per.select(pl.col(k).cast(pl.String), "ja", "n", "e", "b", "z").iter_rows():
            d = doel[naam if naam else "(onbekend)"]  # het oude formaat: praktijk leeg
            if ja:
                d["toegestaan"] += n; d["eenheden"] += e_ or 0; d["bedrag_centen"] += b_ or 0; d["zonder_tarief"] += z  # noqa: E702
            else:
                d["geweigerd"] += n
            if k == "praktijk":
                t = som.totaal
                if ja:
                    t["toegestaan"] += n; t["eenheden"] += e_ or 0; t["bedrag_centen"] += b_ or 0; t["zonder_tarief"] += z  # noqa: E702
                else:
                    t["geweigerd"] += n
    if delen["sleutel"]:
        per = pl.concat(delen["sleutel"]).group_by("sleutel").agg(pl.col("len").sum())
        redencode = res.oordelen["redencode"].to_list()
        for sl, n in per.iter_rows():
            som.per_redencode[redencode[sl]] += n
    # de foute regels zijn al geteld per blok (foute_regels.FouteRegels.tellingen): ze staan niet allemaal in het geheugen
    per_fout = res.foute.tellingen()
    for kolom, doel in (("praktijk", som.per_praktijk), ("code_ruw", som.per_code)):
        for k, n in per_fout.group_by(kolom).agg(pl.col("len").sum()).iter_rows():
            doel[k if k is not None else "(onbekend)"]["fouten"] += n
    som.totaal["fouten"] = res.foute.height
    return som


KLAARMAKERS = 2  # stukken die tegelijk klaargemaakt worden (deze machine: 2 kernen)


def samenvatting_later(res) -> Future:
    """``samenvatting_van`` in een eigen draad, tegelijk met het schrijven (``schrijf`` wacht er aan het eind op)."""
    pool = ThreadPoolExecutor(max_workers=1)
    uit = pool.submit(samenvatting_van, res)
    pool.shutdown(wait=False)
    return uit


def schrijf(stukken: Iterable[pl.DataFrame], oordelen: pl.DataFrame, uit, vorm: str, na_stuk=None,
            som: Samenvatting | Future | None = None) -> Samenvatting:
    """Schrijft alle stukken naar ``uit`` (binair) in ``vorm`` ('tekst', 'json', 'csv'); geeft de samenvatting: die
    wordt per stuk meegeteld, of is al gemaakt of wordt intussen gemaakt (``som``, van ``samenvatting_van`` of
    ``samenvatting_later``)."""
    tellen = som is None
    som = som if som is not None else Samenvatting()
    json_schrijver = _JsonSchrijver(oordelen) if vorm == "json" else None
    stukken = iter(stukken)

    def klaarmaken(stuk: pl.DataFrame):
        """Een stuk klaar om weg te schrijven (JSON: de tabel van de schrijver; CSV: de kolommen)."""
        deel = stuk if isinstance(stuk, Deel) else None
        if deel is not None and (tellen or json_schrijver is None):
            stuk = deel.als_stuk()
        if tellen:
            som.tel(stuk, oordelen)
        if json_schrijver:
            return stuk, json_schrijver.tabel_deel(deel) if deel is not None else json_schrijver.tabel(stuk)
        return stuk, als_tabel(stuk, oordelen).drop("redenen") if vorm == "csv" else None

    eerste = True

    def wegschrijven(klaar) -> None:
        nonlocal eerste
        stuk, tabel = klaar
        if vorm == "json":
            if tabel is not None:
                schrijf_tabel(tabel, uit)
        elif vorm == "csv":
            buf = io.BytesIO()
            tabel.write_csv(buf, include_header=eerste)
            uit.write(buf.getvalue())
        else:
            schrijf_tekst(stuk, oordelen, uit)
        eerste = False
        if na_stuk:
            na_stuk(stuk.height)

    # Een lopende band: het volgende stuk wordt gemaakt (``stukken``), de stukken daarvoor klaargemaakt (twee tegelijk:
    # bij JSON is dat het meeste werk) en het oudste geschreven, elk in een eigen draad. Polars laat daarbij de GIL
    # los, zodat de tweede kern meewerkt; er zijn hoogstens vier stukken tegelijk in het geheugen. De volgorde van de
    # uitvoer blijft die van de stukken. Wie per stuk meetelt (``som.tel``), telt in één draad.
    klaarmakers = 1 if tellen else KLAARMAKERS
    with ThreadPoolExecutor(max_workers=1) as maker, ThreadPoolExecutor(max_workers=klaarmakers) as klaarmaker:
        volgend = maker.submit(next, stukken, None)
        wachtrij: deque = deque()
        while (stuk := volgend.result()) is not None:
            volgend = maker.submit(next, stukken, None)
            wachtrij.append(klaarmaker.submit(klaarmaken, stuk))
            if len(wachtrij) > klaarmakers:
                wegschrijven(wachtrij.popleft().result())
        while wachtrij:
            wegschrijven(wachtrij.popleft().result())
    return som.result() if isinstance(som, Future) else som


def json_regel(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
