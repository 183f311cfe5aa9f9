"""De snelle route: dezelfde controle als ``referentie.py``, kolomsgewijs met polars, lineair in het aantal regels.

Waarom polars (en niet DuckDB): het werk is (1) tekst in stukken lezen en per kolom controleren, (2) een
handvol vensterfuncties per verzekerde, (3) per regel een oordeel opzoeken in een kleine tabel, en (4) stromend
wegschrijven. Polars doet (1) en (4) in Rust zonder tussenkomst van Python en laat ons per stuk van het bestand
werken (begrensd geheugen); de kleine, veelvoorkomende waarden (codes, datums, contexten, uitvoerders) worden
per *verschillende* waarde door precies dezelfde Python-functies gelezen als in de referentieroute, zodat elke
foutmelding letterlijk gelijk is. DuckDB kan hetzelfde in SQL (zie README, "Verder dan één machine").

Opbouw:
- ``lees_bytes_stukken`` / ``verwerk_stuk``: het bestand in stukken van 8-16 MB (``bestand.stukgrootte``, op regelgrenzen,
  twee stukken tegelijk in eigen draden: polars laat de GIL los), per stuk een compacte tabel met de goede regels
  (BEWAAR_SCHEMA: categorieën en gehele getallen, ca. 26 bytes per regel), een dunne tabel met eigen regel-id's en
  zorgverleners (APART_SCHEMA) en een kleine tabel met de foute regels;
- ``_vlaggen``: de vlaggen per verzekerde (eerder, zelfde_arts, zelfde_dag, met_11201, voor_start) als bits in één
  byte per regel, met groeperingen op één gehele groepssleutel;
- elk oordeel is een pakketsleutel (één int64) van de ``Feiten``; elke verschillende sleutel wordt één keer door
  ``regels.oordeel`` beoordeeld, en per regel wordt alleen het volgnummer van de sleutel bewaard (UInt32);
- ``Resultaat.delen`` / ``Deel``: de uitkomst in regelvolgorde, in stukken, om stromend weg te schrijven (de goede en
  foute regels per stuk nog apart; ``Deel.als_stuk`` voegt ze samen, ``Resultaat.batches`` geeft die stukken).
"""

from __future__ import annotations

import csv
import re
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator

import numpy as np
import polars as pl

from zorgcontract.kern.documenten import documenten
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.regels.zz.declaraties import formaat, regels
from zorgcontract.regels.zz.declaraties.foute_regels import FouteRegels
from zorgcontract.regels.zz.declaraties.formaat import (CODES, DEELNEMERS_GRENS, DUUR_GRENS, KOLOMMEN, LIJN_GRENS,
                                                        PATIENT, UITVOERDERS, VELD_GRENS, VERPLICHT, WIT, fout)

DRADEN = 2  # stukken die tegelijk gelezen en gecontroleerd worden (deze machine: 2 kernen)
CODELIJST = list(CODES)
CODE_ENUM = pl.Enum(CODELIJST)
UITV_ENUM = pl.Enum(list(UITVOERDERS))
DOCLIJST = sorted(regels.DEKKING)
EPOCHE = date(1970, 1, 1).toordinal()
JAAR0 = 2000  # jaren in de sleutel: 2000-2127 (de documenten met regels liggen daarin; zie DEKKING)

# Bitindeling van de pakketsleutel (int64) van de Feiten.
_VELDEN = (("code", 5), ("uitv", 3), ("ctx", 20), ("doc", 3), ("jaar", 7), ("deel", 10), ("dag", 9),
           ("voor_start", 1), ("eerder", 1), ("zelfde_arts", 1), ("zelfde_dag", 1), ("met_11201", 1))


def _verschuivingen():
    uit, s = {}, 0
    for naam, bits in _VELDEN:
        uit[naam] = (s, bits)
        s += bits
    assert s <= 63
    return uit


_SCHUIF = _verschuivingen()
assert formaat.CONTEXTEN_GRENS + 1 == 2 ** _SCHUIF["ctx"][1]  # elk nummer van Contexten past in de sleutel


class Contexten:
    """Elke verschillende goede context-tekst krijgt een nummer (dat in de pakketsleutel komt); per nummer de gelezen
    Context (``waarden``). Alle foute contexten delen nummer FOUT: zo'n regel is een fout en komt nooit in een sleutel,
    en haar melding maakt ``_veldfouten`` uit de tekst zelf. Foute teksten worden ook niet onthouden. Waarom: anders verbruikten
    willekeurige foute contexten (een tikfout per regel) het bereik van de sleutel (2^20 nummers) en het geheugen, en
    stopte een groot vies bestand met een interne fout (gevonden met een bestand van verschillende foute contexten)."""

    FOUT = 0
    GRENS = formaat.CONTEXTEN_GRENS + 1  # nummers 0 (FOUT) .. CONTEXTEN_GRENS

    def __init__(self):
        self.nummer: dict[str, int] = {}
        self.waarden: list[formaat.Context | None] = [None]  # nummer FOUT: geen Context
        self.slot = threading.Lock()  # twee stukken tegelijk (lees_bytes_stukken)

    def nummers(self, teksten: list[str], fouten: dict[str, str] | None = None) -> list[int]:
        """Het nummer per tekst (verschillende teksten); ``fouten`` krijgt van elke foute tekst de melding van
        ``formaat.lees_context`` (``_veldfouten`` hoeft haar dan niet opnieuw te lezen). De nieuwe teksten worden buiten
        het slot gelezen: met een tikfout per regel waren dat ~19 000 teksten per stuk, en de andere draad wachtte."""
        with self.slot:
            nieuw = [t for t in teksten if t not in self.nummer]
        gelezen = {t: formaat.lees_context(t) for t in nieuw}
        if fouten is not None:
            fouten.update((t, f) for t, (_, f) in gelezen.items() if f is not None)
        with self.slot:
            return self._nummers(teksten, gelezen)

    def _nummers(self, teksten: list[str], gelezen: dict[str, tuple]) -> list[int]:
        uit = []
        for t in teksten:
            n = self.nummer.get(t)
            if n is None:  # (of een andere draad heeft haar intussen een nummer gegeven)
                c, f = gelezen[t] if t in gelezen else formaat.lees_context(t)
                if f is not None:
                    uit.append(self.FOUT)
                    continue
                n = len(self.waarden)
                if n >= self.GRENS:
                    from zorgcontract.kern import nl

                    raise InvoerFout("context", f"het bestand heeft meer dan {nl.getal(self.GRENS - 1, 0)} verschillende "
                                                "goede contexten (de grens van de snelle route); splits het bestand of "
                                                "gebruik --route referentie", formaat.REGEL_FORMAAT)
                self.nummer[t] = n
                self.waarden.append(c)
            uit.append(n)
        return uit


class Documenten:
    """``regels.document_op`` en ``regels.groepsconsult_peildatum`` voor veel (code, datum) tegelijk: de lijst per reeks
    en de groepsconsultparameters worden één keer opgehaald en dan kolomsgewijs doorlopen zoals ``geldend`` en ``waarde``
    dat doen (eerste document dat op de datum geldt; eerste waarde wier periode de datum bevat). Alles wat daarbuiten
    valt (een datum zonder document, een document zonder regels, een parameter zonder waarde) gaat naar de functies
    zelf, zodat de foutmelding letterlijk gelijk blijft (``test_document_per_dag_zoals_document_op``)."""

    def __init__(self):
        from zorgcontract.kern.documenten import reeks
        from zorgcontract.kern.parameters import parameter

        self.lijsten = {r: reeks(r) for r in {*regels.REEKS.values(), "zz-faq"}}
        self.parameters = [parameter(n) for n in regels.GROEPSCONSULT_PARAMETERS]
        self.peil: dict[date, tuple[date | None, str | None]] = {}
        self.rd = pl.Series(dtype=pl.Int64)  # (reeks << 32 | dag) die al opgezocht zijn ...
        self.rd_doc = pl.Series(dtype=pl.UInt8)  # ... en hun document (index in DOCLIJST, of _VRAAG)
        self.cd = pl.Series(dtype=pl.Int64)
        self.cd_doc = pl.Series(dtype=pl.UInt8)
        self.cd_fout = pl.Series(dtype=pl.Int64)
        self.cd_melding = pl.Series(dtype=pl.String)
        self.slot = threading.Lock()  # twee stukken tegelijk (lees_bytes_stukken)

    def peildatum(self, datum: date) -> tuple[date | None, str | None]:
        uit = self.peil.get(datum)
        if uit is None:
            vanaf = []
            for p in self.parameters:
                w = next((w for w in p.waarden if w.vanaf <= datum <= w.tot), None)
                if w is None:
                    break
                vanaf.append(w.vanaf)
            uit = self.peil[datum] = (max(vanaf), None) if len(vanaf) == len(self.parameters) else \
                regels.groepsconsult_peildatum(datum)
        return uit

    def leer(self, cd: pl.Series) -> tuple[pl.Series, pl.Series, pl.Series, pl.Series]:
        """Als ``_leer``; geeft (cd, cd_doc, cd_fout, cd_melding) zoals ze na het leren zijn, in één keer (een ander stuk
        kan intussen verder leren)."""
        with self.slot:
            self._leer(cd)
            return self.cd, self.cd_doc, self.cd_fout, self.cd_melding

    def _leer(self, cd: pl.Series) -> None:
        """Voor de pakketcodes (code << 32 | dag sinds 1970) in ``cd`` die nog niet bekend zijn: document of melding.
        Daarna gelden ``self.cd`` -> ``self.cd_doc`` (index in DOCLIJST, null bij een melding) en ``self.cd_fout`` ->
        ``self.cd_melding`` voor alle tot nu toe geziene codes (als Series, voor replace_strict).

        Het document hangt alleen van de reeks van de code en de dag af (12116 telt als eigen reeks: daar hoort ook de
        peildatum bij). Daarom wordt het per verschillende (reeks, dag) opgezocht, kolomsgewijs (``_document``), en per
        (code, dag) alleen nog met replace_strict (gemeten, eerste stuk van 10^6 regels: 62 ms voor 15 718 paren één voor
        één in Python, nu 10-12 ms). Wat geen document met regels heeft, gaat per (code, dag) naar
        ``regels.document_op``: die geeft de melding, letterlijk."""
        nieuw = cd.filter(~cd.is_in(self.cd.implode())) if self.cd.len() else cd
        if not nieuw.len():
            return
        nieuw = nieuw.cast(pl.Int64)
        rd = _REEKS_VAN_CODE.gather(nieuw // (1 << 32)) * (1 << 32) + nieuw % (1 << 32)  # reeks << 32 | dag
        onbekend = rd.unique()
        if self.rd.len():
            onbekend = onbekend.filter(~onbekend.is_in(self.rd.implode()))
        if onbekend.len():
            self.rd = pl.concat([self.rd, onbekend])
            doc = pl.select(self._document(onbekend // (1 << 32), onbekend % (1 << 32))).to_series()
            self.rd_doc = pl.concat([self.rd_doc, doc])
        doc = rd.replace_strict(self.rd, self.rd_doc, return_dtype=pl.UInt8)
        vraag = (doc == _VRAAG).arg_true()
        fout_, melding = [], []
        if vraag.len():
            waarden = doc.to_list()
            for i, x in zip(vraag.to_list(), nieuw.gather(vraag).to_list()):
                d, m = regels.document_op(CODELIJST[x >> 32], date.fromordinal(EPOCHE + (x & 0xFFFFFFFF)))
                waarden[i] = None if m else DOCLIJST.index(d)
                if m:
                    fout_.append(x)
                    melding.append(m)
            doc = pl.Series(waarden, dtype=pl.UInt8)
        self.cd = pl.concat([self.cd, nieuw])
        self.cd_doc = pl.concat([self.cd_doc, doc])
        self.cd_fout = pl.concat([self.cd_fout, pl.Series(fout_, dtype=pl.Int64)])
        self.cd_melding = pl.concat([self.cd_melding, pl.Series(melding, dtype=pl.String)])

    def _document(self, r: pl.Series, dag: pl.Series) -> pl.Expr:
        """Per (reeks ``_REEKSEN[r]``, dag sinds 1970) het document (index in DOCLIJST) zoals ``geldend`` het kiest: het
        eerste van de reeks dat op die dag geldt. _VRAAG als er geen is, als het geen regels heeft (niet in DEKKING), of
        (de reeks van 12116) als een groepsconsultparameter op die dag geen waarde heeft (zoals ``peildatum``)."""
        r, dag = pl.lit(r), pl.lit(dag)
        tussen = lambda van, tot: (dag >= van.toordinal() - EPOCHE) & (dag <= tot.toordinal() - EPOCHE)  # noqa: E731
        uit = pl.lit(_VRAAG, dtype=pl.UInt8)
        for i, naam in enumerate([*_REEKSEN, regels.REEKS["12116"]]):
            eerste = pl.coalesce([pl.when(tussen(d.eerste_dag, d.laatste_dag)).then(
                pl.lit(DOCLIJST.index(d.sleutel) if d.sleutel in regels.DEKKING else _VRAAG, dtype=pl.UInt8))
                for d in self.lijsten[naam]] + [pl.lit(_VRAAG, dtype=pl.UInt8)])
            if i == len(_REEKSEN):  # 12116
                waarde = pl.all_horizontal([pl.any_horizontal([tussen(w.vanaf, w.tot) for w in p.waarden] or [pl.lit(False)])
                                            for p in self.parameters])
                eerste = pl.when(waarde).then(eerste).otherwise(pl.lit(_VRAAG, dtype=pl.UInt8))
            uit = pl.when(r == i).then(eerste).otherwise(uit)
        return uit.alias("doc")


# de reeksen van Documenten._leer, en per codenummer (index in CODELIJST) de reeks; 12116 als eigen reeks erachter
_REEKSEN = sorted({*regels.REEKS.values(), "zz-faq"})
_REEKS_VAN_CODE = pl.Series([len(_REEKSEN) if c == "12116" else _REEKSEN.index(regels.REEKS.get(c, "zz-faq")) for c in CODELIJST],
                            dtype=pl.Int64)
_VRAAG = 255  # geen document met regels voor (reeks, dag): regels.document_op geeft de melding
assert len(DOCLIJST) < _VRAAG


@dataclass
class Stukken:
    goed: list[pl.DataFrame] = field(default_factory=list)  # BEWAAR_SCHEMA
    fout: list[pl.DataFrame] = field(default_factory=list)  # FOUT_SCHEMA
    apart: list[pl.DataFrame] = field(default_factory=list)  # APART_SCHEMA
    regels: int = 0  # aantal regels van het bestand (zonder kopregel)


# Praktijk en verzekerde met eigen categorieën (niet de gedeelde van polars, waar ook zorgverleners en meldingen in
# staan): kleinere opzoektabellen bij het lezen, en dichte nummers (een praktijknummer past dan meestal zo in een
# groepssleutel, zie _vlaggen_deel).
PRAKTIJK = pl.Categorical(pl.Categories("zorgcontract.declaraties.praktijk"))
VERZEKERDE = pl.Categorical(pl.Categories("zorgcontract.declaraties.verzekerde"))
GOED_SCHEMA = {"nr": pl.UInt32, "regel": pl.String, "praktijk": PRAKTIJK, "verzekerde": VERZEKERDE,
               "code": CODE_ENUM, "datum": pl.Date, "uitv": UITV_ENUM, "ctx": pl.UInt32, "deel": pl.Int16,
               "duur": pl.Int16, "tarief": pl.Int32, "zv": pl.Categorical, "doc": pl.UInt8}
# Wat van een goede regel bewaard wordt tot het oordeel (compact: bij 10^7 regels telt elke byte per regel als 10 MB).
# Het regel-id staat er niet in als het gelijk is aan het regelnummer (het gewone geval), de zorgverlener alleen als
# hij is ingevuld: die twee staan in een aparte, dunne tabel (APART_SCHEMA). ``getal`` is deelnemers bij 12116 en
# duur_minuten bij 12822 (de enige prestaties waar die velden iets betekenen).
BEWAAR_SCHEMA = {"nr": pl.UInt32, "praktijk": PRAKTIJK, "verzekerde": VERZEKERDE, "code": CODE_ENUM, "datum": pl.Date,
                 "uitv": UITV_ENUM, "ctx": pl.UInt32, "getal": pl.Int16, "tarief": pl.Int32, "doc": pl.UInt8}
APART_SCHEMA = {"nr": pl.UInt32, "regel": pl.String, "zv": pl.Categorical}
# De melding als categorie: er zijn weinig verschillende meldingen (bij 10^7 regels met 6% fouten: ca. 1 500 van
# gemiddeld 200 bytes), als tekst per regel zou dat 120 MB zijn. Een melding over de regel zelf begint met haar
# nummer ("regel 12: 12 velden, ..."): die staat er zonder dat begin in (``met_nr``; ``REGEL_NR`` zet het er weer
# voor), anders werd elke zulke regel een eigen categorie. Gemeten, 10^6 regels waarvan 15% met een verkeerd aantal
# velden of een open aanhalingsteken: elke melding bleef tot het eind in het geheugen en kreeg bij het schrijven een eigen staart.
# Een melding over een foute *waarde* ("'tikfout-10' is geen bekend kenmerk (bekend: ...)", 431 bytes) noemt die
# waarde: met een andere tikfout per regel werd ook dat een categorie per regel (gemeten ca. 1 KB per verschillende foute
# waarde). Daarom staat bij zo'n regel niet de melding, maar UITGESTELD + welke controle het was (een index in
# ``WAARDECONTROLES``), en de waarde zelf in de kolom ``waarde`` (anders null); ``meldingen`` maakt de melding pas bij
# het schrijven, met dezelfde functie. Eerder stond de waarde in de categorie zelf: bij 10^7 regels waarvan 10^6 met elk
# een andere tikfout waren dat 10^6 categorieën, die polars tot het eind van het proces bewaart (gemeten ~120 MiB).
FOUT_SCHEMA = {"nr": pl.UInt32, "regel": pl.String, "praktijk": pl.String, "code_ruw": pl.String, "fout": pl.Categorical,
               "met_nr": pl.Boolean, "waarde": pl.String}
UITGESTELD = "\x00"  # geen melding begint zo: ze beginnen alle met vaste tekst
REGEL_NR = formaat.REGEL_NR  # het begin van formaat.lees_regel's meldingen over de regel zelf (te lang, velden)
# De controles van formaat._controleer die een melding per waarde geven: (kolom, melding of None), in hun volgorde daar.
WAARDECONTROLES: tuple[tuple[str, Callable[[str], str | None]], ...] = (
    ("prestatiecode", lambda w: formaat.lees_code(w)[1]),
    ("datum", lambda w: formaat.lees_datum(w)[1]),
    ("uitvoerder", lambda w: formaat.lees_uitvoerder(w)[1]),
    ("context", lambda w: formaat.lees_context(w)[1]),
    ("deelnemers", lambda w: formaat.lees_geheel(w, "deelnemers", DEELNEMERS_GRENS)[1]),
    ("duur_minuten", lambda w: formaat.lees_geheel(w, "duur_minuten", DUUR_GRENS)[1]),
    ("tarief", lambda w: formaat.lees_tarief(w)[1]),
)
SJABLOON = UITGESTELD + "="  # begin van een bewaarde melding als sjabloon: SJABLOON + voor + UITGESTELD + na
# de tekens die in JSON een escape krijgen (json.dumps, ensure_ascii=False); ook voor uitvoer._JsonSchrijver (polars-regex)
JSON_ESCAPE = r'[\x00-\x1f"\\]'
_ESCAPE = re.compile(JSON_ESCAPE)


def _bewaar(i: int, melding_: str | None, waarde: str) -> str | None:
    """Wat FOUT_SCHEMA bewaart voor de melding ``melding_`` van controle ``i`` (WAARDECONTROLES) op ``waarde``; de
    waarde zelf staat in de kolom ``waarde``. Staat de waarde er letterlijk en één keer in (de gewone tikfout: "'x12' is
    geen bekend kenmerk (...)"), dan het sjabloon: de tekst ervoor en erna (``SJABLOON``). Dat zijn er weinig
    verschillende, en ``meldingen`` zet de waarde er kolomsgewijs tussen. Anders alleen de controle (``UITGESTELD`` +
    i): dan maakt ``melding`` de melding opnieuw, per verschillende waarde. Het sjabloon alleen voor een waarde zonder
    tekens die in JSON een escape krijgen: zo zijn de escapes van voor + waarde + na die van voor en na met de waarde
    ertussen. Gemeten, 10^7 regels waarvan 10^6 met elk een andere tikfout: elke melding werd bij het schrijven nog eens
    in Python gemaakt (~6 µs per melding, met de escapes)."""
    if melding_ is None:
        return None
    if waarde and melding_.count(waarde) == 1 and UITGESTELD not in melding_ and not _ESCAPE.search(waarde):
        voor, _, na = melding_.partition(waarde)
        return SJABLOON + voor + UITGESTELD + na
    return f"{UITGESTELD}{i}"


def melding(bewaard: str, waarde: str | None = None) -> str:
    """De melding zonder ``REGEL_NR`` uit wat FOUT_SCHEMA bewaart: de melding zelf, of bij een foute waarde zonder
    sjabloon UITGESTELD + de controle, en de waarde (een sjabloon vult ``meldingen`` kolomsgewijs in)."""
    if bewaard.startswith(UITGESTELD):
        return WAARDECONTROLES[int(bewaard[len(UITGESTELD):])][1](waarde)
    return bewaard


def meldingen(f: pl.DataFrame, opmaak: Callable[[str], str] = lambda m: m) -> pl.Series:
    """Per foute regel (FOUT_SCHEMA) ``opmaak`` van haar melding zonder ``REGEL_NR`` (``melding``), één keer per
    verschillende melding: per categorie; bij een sjabloon (``_bewaar``) de waarde er kolomsgewijs tussen; anders per
    verschillende (controle, waarde). ``opmaak`` werkt teken voor teken (geen opmaak, of de escapes van JSON): van
    voor + waarde + na is ze opmaak(voor) + waarde + opmaak(na) bij een waarde zonder escapes."""
    bewaard = f["fout"].unique()
    teksten = bewaard.cast(pl.String).to_list()
    fysiek = f["fout"].to_physical()

    def per_categorie(maak: Callable[[str], str | None]) -> pl.Series:
        return fysiek.replace_strict(bewaard.to_physical(), pl.Series([maak(b) for b in teksten], dtype=pl.String))

    uit = per_categorie(lambda b: None if b.startswith(UITGESTELD) else opmaak(b))
    if any(b.startswith(SJABLOON) for b in teksten):
        delen = [b[len(SJABLOON):].split(UITGESTELD, 1) if b.startswith(SJABLOON) else None for b in teksten]
        voor = dict(zip(teksten, (opmaak(d[0]) if d else None for d in delen)))
        na = dict(zip(teksten, (opmaak(d[1]) if d else None for d in delen)))
        uit = pl.select(pl.coalesce(pl.lit(uit), pl.concat_str(pl.lit(per_categorie(voor.get)), pl.lit(f["waarde"]),
                                                             pl.lit(per_categorie(na.get))))).to_series()
    idx = (f["waarde"].is_not_null() & uit.is_null()).arg_true()  # een controle zonder sjabloon: per waarde opnieuw
    if idx.len():
        sub = f[idx]
        uniek, nummer = _verschillend(sub.select(pl.concat_str(pl.col("fout").cast(pl.String), pl.lit(UITGESTELD), "waarde")).to_series())
        per = [opmaak(melding(UITGESTELD + i, w)) for _, i, w in (u.split(UITGESTELD, 2) for u in uniek)]  # de waarde kan \x00 bevatten
        uit = uit.scatter(idx, pl.Series(per, dtype=pl.String).gather(nummer))
    return uit


# foute regels uit Python-lijsten: de melding eerst als tekst (_als_fout maakt er de categorie van), zonder foute waarde
_FOUT_ALS_TEKST = {k: v for k, v in FOUT_SCHEMA.items() if k != "waarde"} | {"fout": pl.String}


def _als_fout(df: pl.DataFrame) -> pl.DataFrame:
    """Foute regels in FOUT_SCHEMA; zonder kolom ``waarde`` is er geen foute waarde (null)."""
    if "waarde" not in df.columns:
        df = df.with_columns(waarde=pl.lit(None, dtype=pl.String))
    return df.select(list(FOUT_SCHEMA)).cast(FOUT_SCHEMA)


def _zonder_nr(nr: int, melding: str) -> tuple[str, bool]:
    """(melding zonder ``REGEL_NR`` van deze regel, of ze dat begin had): ``REGEL_NR`` + de rest is weer de melding."""
    begin = REGEL_NR.format(nr)
    return (melding[len(begin):], True) if melding.startswith(begin) else (melding, False)


def met_nr(nr: pl.Expr, melding: pl.Expr, heeft_nr: pl.Expr) -> pl.Expr:
    """De melding zoals de gebruiker haar ziet: ``REGEL_NR`` ervoor waar ``heeft_nr``."""
    return pl.when(heeft_nr).then(pl.format(REGEL_NR + "{}", nr, melding)).otherwise(melding)


# Een noodzakelijke voorwaarde voor formaat.lijkt_op_bsn (negen cijfers, spaties, punten en streepjes niet
# meegeteld): alleen die tekens, en minstens negen. Wat hier niet aan voldoet, is geen BSN en hoeft niet langs Python.
BSN_KANDIDAAT = r"^[0-9 .\-]{9,}$"


def _verschillend(s: pl.Series) -> tuple[list, pl.Series]:
    """De verschillende waarden van ``s`` en per rij het nummer van haar waarde in die lijst (null bij null), in één
    doorloop: ``s`` wordt een categorie met een eigen, nieuwe lijst (niet gedeeld met een ander stuk of een andere
    draad), waarvan de nummers 0, 1, 2, ... in volgorde van die lijst zijn. Gemeten op een stuk van 10^5 regels: 2,0-2,7
    ms per kolom, tegen 3,2-5,6 ms voor ``unique`` en daarna ``replace_strict`` (twee keer alle teksten hashen)."""
    lijst = pl.Categories.random()
    als_categorie = s.cast(pl.Categorical(lijst))  # houdt de lijst in leven: zonder kolom is ``lijst`` leeg
    return lijst.to_series().to_list(), als_categorie.to_physical()


def _waarden(s: pl.Series, functie: Callable[[str], tuple], dtype) -> pl.Series:
    """De gelezen waarde per rij (null als het veld leeg of fout is), via de verschillende waarden van ``s``."""
    uniek, nummer = _verschillend(s)
    return pl.Series([functie(u)[0] for u in uniek], dtype=dtype).gather(nummer)


def _waarden_en_fout(s: pl.Series, functie: Callable[[str], tuple], dtype) -> tuple[pl.Series, pl.Series]:
    """Als ``_waarden``, plus per rij True waar het veld een fout geeft (één keer de verschillende waarden)."""
    uniek, nummer = _verschillend(s)
    gelezen = [functie(u) for u in uniek]
    waarden = pl.Series([w for w, _ in gelezen], dtype=dtype).gather(nummer)
    fout_ = [f is not None for _, f in gelezen]
    return waarden, (pl.Series(fout_, dtype=pl.Boolean).gather(nummer) if any(fout_) else
                     pl.Series(np.zeros(s.len(), dtype=bool)))


def verwerk_stuk(ruw: bytes, eerste_nr: int, sep: str, kop: list[str], ctx: Contexten, st: Stukken,
                 docs_: Documenten | None = None) -> int:
    """Eén stuk van het bestand (hele regels, zonder kopregel), waarvan de eerste regel nummer ``eerste_nr`` heeft.
    Alles gaat kolomsgewijs, ook de foute regels (een ander aantal velden: ``_telfouten``; veldfouten: ``_veldfouten``;
    aanhalingstekens of een \\r in de regel die k velden geven: ``_velden_van_formaat``), met de meldingen van dezelfde
    functies als de referentieroute. Alleen wat als regel echt afwijkt (meer dan k+1 velden zonder aanhalingstekens, langer dan
    LIJN_GRENS, of een lange regel zonder veldfout) gaat één voor één door ``formaat.lees_regel``. Geeft het aantal
    regels terug."""
    regels_ = _Regels(ruw)
    k = len(kop)
    namen = [f"k{i}" for i in range(k + 1)]
    # extra_columns="ignore": heeft de eerste regel van een stuk meer dan k+1 velden, dan weigerde polars het hele stuk
    # (SchemaError); zo'n regel is hieronder toch een losse regel (n_velden > k+1)
    velden = pl.read_csv(ruw, has_header=False, schema={c: pl.String for c in namen}, quote_char=None, separator=sep,
                         truncate_ragged_lines=True, empty_string_is_null=False, missing_columns="insert",
                         extra_columns="ignore", comment_prefix=None, raise_if_empty=False)
    n_lijnen = regels_.n
    nr = pl.Series("nr", np.arange(eerste_nr, eerste_nr + n_lijnen, dtype=np.uint32))
    if velden.height != n_lijnen:  # pragma: no cover - vangnet: dan alles regel voor regel
        eigen = Stukken()
        _een_voor_een(pl.DataFrame({"nr": nr, "lijn": regels_.teksten(np.arange(n_lijnen))}), sep, kop, ctx, eigen)
        st.fout.extend(eigen.fout)
        if eigen.goed:
            goed, apart = _compact(pl.concat(eigen.goed).sort("nr").lazy())
            st.goed.append(goed)
            st.apart.append(apart)
        return n_lijnen
    velden = velden.rename(dict(zip(namen, [*kop, "__extra"])))
    lengte = pl.Series(regels_.lengte)
    som = velden.select(pl.sum_horizontal(*[pl.col(c).str.len_bytes() for c in kop])).to_series()
    # aantal velden: exact zolang het er hoogstens k+1 zijn, daarboven groter dan k
    n_velden = lengte.cast(pl.Int64) - som.cast(pl.Int64) - velden["__extra"].str.len_bytes().fill_null(0).cast(pl.Int64) + 1
    # Een regel met aanhalingstekens of met een \r in de regel zelf krijgt haar velden van formaat.velden (dezelfde
    # functie als lees_regel) en gaat daarna gewoon kolomsgewijs; alleen als dat geen k velden geeft, blijft ze een
    # losse regel.
    apart_splitsen = regels_.met_aanhalingsteken() | regels_.met_cr_binnen()
    wit_in_velden = False
    al_fout = None  # regels waarvan _velden_van_formaat de fout al maakte
    if apart_splitsen.any():
        velden, n_velden, apart_splitsen, wit_in_velden, al_fout = _velden_van_formaat(velden, n_velden, kop, regels_,
                                                                                       apart_splitsen, sep, eerste_nr, st)
    # Wit weghalen (strip_chars) kost ~2 ms per kolom per stuk van 10^5 regels; het is alleen nodig als er ergens een
    # veld met wit begint of eindigt. Gewoonlijk staat wit hoogstens binnen een veld (tussen twee kenmerken van de
    # context); dat nakijken kost ~2 ms per stuk, tegen ~7 ms voor het weghalen in vier kolommen.
    wit = wit_in_velden or regels_.wit_aan_veldrand(sep)
    # lijn_los: deze regel gaat één voor één door formaat.lees_regel (te lang, of meer dan k+1 velden - dan is het aantal
    # niet exact; aanhalingstekens die geen k velden gaven, kregen hun fout al: al_fout).
    # klaar: een ander aantal velden (exact), de melding
    # kolomsgewijs (_telfouten). los: alles wat niet kolomsgewijs goed is; daarna komen de veldfouten erbij (een regel
    # langer dan VELD_GRENS kan een te lang veld hebben: _veldfouten kijkt dat na met formaat._controleer).
    al_fout = pl.Series(al_fout if al_fout is not None else np.zeros(n_lijnen, dtype=bool))
    lijn_los = ((lengte > LIJN_GRENS) | (n_velden > k + 1) | pl.Series(apart_splitsen)) & ~al_fout
    klaar = ~lijn_los & (n_velden != k) & ~al_fout
    if klaar.any():
        _telfouten(velden, n_velden, kop, klaar, eerste_nr, st)
    klaar = klaar | al_fout  # hun fout staat er al: niet nog eens als veldfout of één voor één
    los = lijn_los | klaar | (lengte > VELD_GRENS)
    kol = {c: velden[c] for c in kop}
    nieuw = "verzekerde" in kol
    if nieuw:
        prak = _zonder_wit(kol["praktijk"], wit)
        verz = _zonder_wit(kol["verzekerde"], wit)
        los = los | (prak == "") | (verz == "")
        kand = verz.str.contains(BSN_KANDIDAAT)
        if kand.any():
            idx = np.flatnonzero(kand.to_numpy())
            bsn = [formaat.lijkt_op_bsn(v) for v in verz.gather(idx).to_list()]
            m = np.zeros(n_lijnen, dtype=bool)
            m[idx[np.array(bsn, dtype=bool)]] = True
            los = los | pl.Series(m)
    else:
        prak = pl.repeat("", n_lijnen, dtype=pl.String, eager=True)
        verz = prak
    code = _waarden(kol["prestatiecode"], formaat.lees_code, CODE_ENUM)
    datum = _waarden(kol["datum"], formaat.lees_datum, pl.Date)
    uitv = _waarden(kol["uitvoerder"], formaat.lees_uitvoerder, UITV_ENUM)
    los = los | code.is_null() | datum.is_null() | uitv.is_null()
    ctx_fouten: dict[str, str] = {}  # foute context -> melding (voor _veldfouten)
    if "context" in kol:
        cu, nummer = _verschillend(kol["context"])
        nummers = ctx.nummers(cu, ctx_fouten)
        ctx_nr = pl.Series(nummers, dtype=pl.UInt32).gather(nummer)
        if Contexten.FOUT in nummers:
            los = los | (ctx_nr == Contexten.FOUT)
    else:
        ctx_nr = pl.repeat(ctx.nummers([""])[0], n_lijnen, dtype=pl.UInt32, eager=True)
    ints = {}
    for naam, grens in (("deelnemers", DEELNEMERS_GRENS), ("duur_minuten", DUUR_GRENS)):
        if naam in kol:
            functie = (lambda t, n=naam, g=grens: formaat.lees_geheel(t, n, g))
            ints[naam], f_ = _waarden_en_fout(kol[naam], functie, pl.Int16)
            los = los | f_
        else:
            ints[naam] = pl.repeat(None, n_lijnen, dtype=pl.Int16, eager=True)
    if "tarief" in kol:
        tarief, f_ = _waarden_en_fout(kol["tarief"], formaat.lees_tarief, pl.Int32)
        los = los | f_
    else:
        tarief = pl.repeat(None, n_lijnen, dtype=pl.Int32, eager=True)
    nr_tekst = nr.cast(pl.String)  # ook voor _compact (is het regel-id het regelnummer?)
    if "regel" in kol:
        r = _zonder_wit(kol["regel"], wit)
        regel = pl.select(pl.when(r != "").then(r).otherwise(nr_tekst)).to_series()
    else:
        regel = nr_tekst
    zv = _zonder_wit(kol["zorgverlener"], wit).replace("", None) if "zorgverlener" in kol else \
        pl.repeat(None, n_lijnen, dtype=pl.String, eager=True)
    w = pl.DataFrame({"nr": nr, "nr_tekst": nr_tekst, "regel": regel, "praktijk": prak, "verzekerde": verz, "code": code, "datum": datum,
                      "uitv": uitv, "ctx": ctx_nr, "deel": ints["deelnemers"], "duur": ints["duur_minuten"],
                      "tarief": tarief, "zv": zv, "los": los, "lijn_los": lijn_los, "klaar": klaar})
    # document per (code, datum) en de controles die van de prestatie afhangen
    w = w.with_columns(cd=pl.col("code").to_physical().cast(pl.Int64) * (1 << 32) + pl.col("datum").cast(pl.Int64))
    docs_ = docs_ or Documenten()
    cd, cd_doc, cd_fout, cd_melding = docs_.leer(w["cd"].filter(~w["los"]).unique())  # alleen de kolom filteren
    w = w.with_columns(doc=pl.col("cd").replace_strict(cd, cd_doc, default=None, return_dtype=pl.UInt8),
                       melding=pl.when(~pl.col("los")).then(
                           pl.col("cd").replace_strict(cd_fout, cd_melding, default=None, return_dtype=pl.String)))
    w = w.with_columns(cc=pl.col("code").to_physical().cast(pl.Int64) * 4096 + pl.col("uitv").to_physical().cast(pl.Int64) * 256
                       + pl.col("deel").is_null().cast(pl.Int64) * 128 + pl.col("duur").is_null().cast(pl.Int64) * 64
                       + pl.col("doc").cast(pl.Int64).fill_null(0))
    cc_fout = {}
    for x in w["cc"].filter(~w["los"] & w["melding"].is_null()).unique().to_list():
        c, u, zd, zu, d = x >> 12, (x >> 8) & 15, (x >> 7) & 1, (x >> 6) & 1, x & 63
        melding = regels.controle_per_code(CODELIJST[c], UITVOERDERS[u], None if zd else 1, None if zu else 1, DOCLIJST[d])
        if melding:
            cc_fout[x] = melding
    if cc_fout:
        w = w.with_columns(melding=pl.when(~pl.col("los")).then(pl.coalesce(
            "melding", pl.col("cc").replace_strict(cc_fout, default=None, return_dtype=pl.String))))
    fout_ = w.filter(pl.col("melding").is_not_null())
    if fout_.height:
        st.fout.append(_als_fout(fout_.select("nr", "regel", pl.col("praktijk").replace("", None),
                                              pl.col("code").cast(pl.String).alias("code_ruw"), pl.col("melding").alias("fout"),
                                              met_nr=pl.lit(False))))
    # (een melding staat alleen bij een regel die niet los is: de losse regels hieronder hebben er nooit een; van w
    # wordt telkens alleen de kolom nr gefilterd, niet de hele tabel)
    # een regel met alleen veldfouten: de melding van formaat._controleer (dezelfde functie als lees_regel) op de
    # velden zoals ze al gelezen zijn; alleen als dat onverwacht geen fout geeft, toch één voor één
    veld_nr = w["nr"].filter(w["los"] & ~w["lijn_los"] & ~w["klaar"])
    opnieuw = []
    if veld_nr.len():
        opnieuw = _veldfouten(velden, kop, veld_nr, eerste_nr, st, ctx_fouten)
    los_nr = pl.concat([w["nr"].filter(w["lijn_los"]), pl.Series(opnieuw, dtype=pl.UInt32)]).sort()
    losse = pl.DataFrame({"nr": los_nr, "lijn": regels_.teksten(los_nr.to_numpy().astype(np.int64) - eerste_nr)},
                         schema={"nr": pl.UInt32, "lijn": pl.String})
    # de goede regels: in één keer gefilterd en compact gemaakt (categorieën pas na het filteren)
    goed, apart = _compact(w.lazy().filter(~pl.col("los") & pl.col("melding").is_null()))
    if losse.height:
        eigen = Stukken()
        _een_voor_een(losse, sep, kop, ctx, eigen)
        st.fout.extend(eigen.fout)
        if eigen.goed:  # beide op regelnummer: samenvoegen zonder opnieuw te sorteren
            g2, a2 = _compact(pl.concat(eigen.goed).sort("nr").lazy())
            goed, apart = goed.merge_sorted(g2, "nr"), apart.merge_sorted(a2, "nr")
    if goed.height:
        st.goed.append(goed.rechunk())
    if apart.height:
        st.apart.append(apart.rechunk())
    return n_lijnen


def _velden_van_formaat(velden: pl.DataFrame, n_velden: pl.Series, kop: list[str], regels_: "_Regels",
                        apart_splitsen: np.ndarray, sep: str, eerste_nr: int,
                        st: Stukken) -> tuple[pl.DataFrame, pl.Series, np.ndarray, bool, np.ndarray]:
    """De regels die polars niet zelf mag splitsen (``apart_splitsen``: met een aanhalingsteken of een \\r in de regel;
    zeldzaam) en niet langer dan LIJN_GRENS met ``formaat.velden`` lezen. Die met precies k velden krijgen die velden
    in ``velden`` (en n_velden = k). Die waar ``formaat.velden`` een melding geeft (een open aanhalingsteken) of een
    ander aantal velden, krijgen hier hun fout in ``st``, zoals ``formaat.lees_regel`` haar maakt (die begint met
    ``formaat.velden``; een lege regel heeft geen aanhalingsteken of \\r). Geeft (velden, n_velden, de regels van
    ``apart_splitsen`` die los blijven, of een van die velden met wit begint of eindigt - binnen aanhalingstekens ziet
    ``_Regels.wit_aan_veldrand`` dat niet -, de regels met een fout van hier). Eerder gingen die foute regels één voor
    één (gemeten, 10^6 regels met ~15% vieze regels, ``benchmarks/declaraties.py --vies``: gepaard 0,98)."""
    k = len(kop)
    idx = np.flatnonzero(apart_splitsen & (regels_.lengte <= LIJN_GRENS))
    cellen = [formaat.velden(t, sep) for t in regels_.teksten(idx)]
    goed_ = [i for i, c in enumerate(cellen) if isinstance(c, list) and len(c) == k]
    fout_ = [i for i, c in enumerate(cellen) if not (isinstance(c, list) and len(c) == k)]
    blijft = apart_splitsen.copy()
    met_fout = np.zeros(len(apart_splitsen), dtype=bool)
    if fout_:
        nrs = [int(idx[i]) + eerste_nr for i in fout_]
        c_ = [cellen[i] if isinstance(cellen[i], list) else None for i in fout_]
        st.fout.append(_als_fout(pl.DataFrame({
            "nr": nrs, "regel": [formaat.regel_id(c, kop, n) for c, n in zip(c_, nrs)],
            "praktijk": [formaat._ruw(c, kop, "praktijk") for c in c_],
            "code_ruw": [formaat._ruw(c, kop, "prestatiecode") for c in c_],
            "fout": [cellen[i] if c is None else formaat.velden_melding(len(c), k) for i, c in zip(fout_, c_)],
            "met_nr": [True] * len(fout_)},
            schema=_FOUT_ALS_TEKST)))
        met_fout[idx[fout_]] = True
        blijft[idx[fout_]] = False
    wit = any(c[:1] in _WIT_TEKENS or c[-1:] in _WIT_TEKENS for i in goed_ for c in cellen[i])
    if goed_:
        pos = pl.Series(idx[goed_], dtype=pl.UInt32)
        velden = velden.with_columns(
            *[velden[c].scatter(pos, pl.Series([cellen[i][j] for i in goed_], dtype=pl.String)) for j, c in enumerate(kop)],
            velden["__extra"].scatter(pos, pl.Series([None] * len(goed_), dtype=pl.String)))
        n_velden = n_velden.scatter(pos, k)
        blijft[idx[goed_]] = False
    return velden, n_velden, blijft, wit, met_fout


def _telfouten(velden: pl.DataFrame, n_velden: pl.Series, kop: list[str], welke: pl.Series, eerste_nr: int,
               st: Stukken) -> None:
    """De regels met een ander aantal velden dan de kopregel (``welke``; exact te tellen: hoogstens k+1, zonder
    aanhalingstekens, niet te lang): de melding van ``formaat.lees_regel``, met regel-id, praktijk en code zoals
    ``formaat.regel_id`` en ``formaat._ruw`` ze uit de velden halen die er zijn - kolomsgewijs. Een veld dat er niet
    is, heeft polars als null gelezen (``missing_columns="insert"``): dat is wat regel_id en _ruw overslaan. Een lege
    regel (alleen scheidingstekens en wit) slaat lees_regel over: die geeft hier niets."""
    idx = np.flatnonzero(welke.to_numpy())
    sub = velden[idx].with_columns(nr=pl.Series(idx + eerste_nr, dtype=pl.UInt32), n=n_velden.gather(idx))

    leeg = pl.all_horizontal([pl.col(c).fill_null("").str.strip_chars(WIT) == "" for c in [*kop, "__extra"]])
    fout_ = sub.filter(~leeg).select("nr", regel=_regel_id(kop), praktijk=_ruw("praktijk", kop), code_ruw=_ruw("prestatiecode", kop),
                                     fout=pl.format(formaat.velden_melding("{}", len(kop)), "n"), met_nr=pl.lit(True))
    if fout_.height:
        st.fout.append(_als_fout(fout_))


def _veldfouten(velden: pl.DataFrame, kop: list[str], nrs: pl.Series, eerste_nr: int, st: Stukken,
                ctx_fouten: dict[str, str] | None = None) -> list[int]:
    """De foute regels die als regel wel goed zijn (het juiste aantal velden, zonder aanhalingstekens, niet langer dan
    LIJN_GRENS): hun velden zijn al gelezen, dus de melding van ``formaat._controleer`` - kolomsgewijs, in dezelfde
    volgorde (de eerste fout telt): te lange velden (volgorde van KOLOMMEN), ontbrekende verplichte velden, code, datum,
    uitvoerder, BSN, context, deelnemers, duur, tarief. Elke melding per veld komt van dezelfde functie als in
    _controleer, per verschillende waarde. Een lege regel (alleen scheidingstekens en wit) slaat lees_regel over: die
    geeft hier niets. Geeft de regelnummers waar geen fout gevonden werd (een lange regel met korte velden): die gaan
    één voor één."""
    idx = nrs.to_numpy().astype(np.int64) - eerste_nr
    sub = velden[idx].select(kop).with_columns(nr=nrs)
    sub = sub.filter(~pl.all_horizontal([pl.col(k).str.strip_chars(WIT) == "" for k in kop]))  # geen lege regels
    nieuw = "verzekerde" in kop

    def per_waarde(k: str, i: int, functie: Callable[[str], str | None]) -> pl.Expr:
        # per rij het nummer van haar waarde (_verschillend) en de bewaarde melding per waarde (``_bewaar``; null: geen
        # fout): met een tikfout per regel (~19 000 verschillende waarden op ~20 000 rijen per stuk) kostte een
        # replace_strict met een dict 17 ms per kolom; gemeten per stuk van 10^5 regels: 373 -> 293 ms
        uniek, nummer = _verschillend(sub[k])
        return pl.lit(pl.Series([_bewaar(i, functie(w), w) for w in uniek], dtype=pl.String).gather(nummer))

    # (melding, index in WAARDECONTROLES of None) per controle, in de volgorde van formaat._controleer
    controles = [(pl.when(pl.col(k).str.len_chars() > VELD_GRENS).then(pl.lit(fout(k, f"langer dan {VELD_GRENS} tekens"))), None)
                 for k in KOLOMMEN if k in kop]
    controles += [(pl.when(pl.col(k).str.strip_chars(WIT) == "").then(pl.lit(fout(k, "ontbreekt"))), None)
                  for k in ((*PATIENT, *VERPLICHT) if nieuw else VERPLICHT)]
    waarde = {k: (i, functie) for i, (k, functie) in enumerate(WAARDECONTROLES)}
    ctx_fouten = ctx_fouten or {}  # de foute contexten las Contexten.nummers al: niet nog eens
    waarde["context"] = (waarde["context"][0], lambda w: ctx_fouten[w] if w in ctx_fouten else formaat.lees_context(w)[1])
    controles += [(per_waarde(k, *waarde[k]), waarde[k][0]) for k in ("prestatiecode", "datum", "uitvoerder")]
    if nieuw:  # alleen wat op een BSN kan lijken (BSN_KANDIDAAT) gaat langs formaat.lijkt_op_bsn
        v = sub["verzekerde"].unique()
        kand = v.filter(v.str.strip_chars(WIT).str.contains(BSN_KANDIDAAT)).to_list()
        kaart = {w: formaat.BSN_FOUT for w in kand if formaat.lijkt_op_bsn(w.strip(WIT))}
        controles.append((pl.col("verzekerde").replace_strict(kaart, default=None, return_dtype=pl.String), None))
    # een kolom die er niet is, is leeg: geen fout (rij.get(k, "") in _controleer)
    controles += [(per_waarde(k, *waarde[k]), waarde[k][0]) for k in ("context", "deelnemers", "duur_minuten", "tarief")
                  if k in kop]
    # de eerste fout: bij een controle per waarde wat _bewaar ervan maakt, en de waarde apart. Is de eerste fout een
    # controle per waarde, dan is het ook de eerste van die controles die faalt.
    eerste = [m for m, i in controles]
    waarde_ = pl.coalesce([pl.when(m.is_not_null()).then(pl.col(WAARDECONTROLES[i][0])) for m, i in controles if i is not None])
    uit = sub.with_columns(fout=pl.coalesce(eerste)).select(
        "nr", regel=_regel_id(kop), praktijk=_ruw("praktijk", kop), code_ruw=_ruw("prestatiecode", kop), fout="fout",
        met_nr=pl.lit(False), waarde=pl.when(pl.col("fout").str.starts_with(UITGESTELD)).then(waarde_))
    fout_ = uit.filter(pl.col("fout").is_not_null())
    if fout_.height:
        st.fout.append(_als_fout(fout_))
    return uit.filter(pl.col("fout").is_null())["nr"].to_list()


_WIT_TEKENS = tuple(WIT)  # (" ", "\t")


def _zonder_wit(s: pl.Series, wit: bool) -> pl.Series:
    """``s`` zonder wit aan begin en eind van elk veld, of ``s`` zelf als geen veld van het stuk met wit begint of
    eindigt (``wit``: ``_Regels.wit_aan_veldrand`` of ``_velden_van_formaat``): dan verandert ``strip_chars`` niets."""
    return s.str.strip_chars(WIT) if wit else s


def _regel_id(kop: list[str]) -> pl.Expr:
    """``formaat.regel_id`` kolomsgewijs: het eigen regel-id (zonder wit, hoogstens VELD_GRENS tekens), anders het
    regelnummer (kolom nr). Een veld dat er niet is, is null."""
    w = pl.col("regel").str.strip_chars(WIT) if "regel" in kop else pl.lit(None, dtype=pl.String)
    return pl.when((w != "") & (w.str.len_chars() <= VELD_GRENS)).then(w).otherwise(pl.col("nr").cast(pl.String))


def _ruw(naam: str, kop: list[str]) -> pl.Expr:
    """``formaat._ruw`` kolomsgewijs: het veld zonder wit, null als het leeg is, er niet is of te lang."""
    c = pl.col(naam) if naam in kop else pl.lit(None, dtype=pl.String)
    return pl.when(c.str.len_chars() <= VELD_GRENS).then(c.str.strip_chars(WIT).replace("", None))


class _Regels:
    """De regels van een stuk ruwe bytes, zonder ze als teksten te maken: de posities van de regeleinden. Zoals
    ``formaat.lijnen``: een regel eindigt bij \\n, een \\r vlak daarvoor (of aan het eind van het stuk) hoort er niet bij."""

    def __init__(self, ruw: bytes):
        self.ruw = ruw
        b = np.frombuffer(ruw, dtype=np.uint8)
        eind = np.flatnonzero(b == 10)
        if len(b) and b[-1] != 10:
            eind = np.append(eind, len(b))
        begin = np.concatenate(([0], eind[:-1] + 1)) if len(eind) else eind
        cr = (eind > begin) & (b[np.maximum(eind - 1, 0)] == 13) if len(b) else eind.astype(bool)
        self.begin, self.eind = begin, eind - cr
        self.cr = cr
        self.n = len(eind)
        self.lengte = (self.eind - self.begin).astype(np.int64)
        self.b = b

    def met_aanhalingsteken(self) -> np.ndarray:
        """Per regel: staat er een aanhalingsteken in (zeldzaam: alleen die regels worden opgezocht)?"""
        uit = np.zeros(self.n, dtype=bool)
        waar = np.flatnonzero(self.b == 34)
        if len(waar):
            uit[np.searchsorted(self.eind, waar, side="left")] = True
        return uit

    def met_cr_binnen(self) -> np.ndarray:
        """Per regel: staat er een \\r in de regel zelf (niet het \\r van een regeleinde)? Polars laat een \\r vlak vóór
        een scheidingsteken weg (gemeten: ``a,\\r,c`` geeft een leeg tweede veld), de referentieroute niet: zulke regels
        krijgen hun velden daarom van formaat.velden, zoals die met een aanhalingsteken (zeldzaam)."""
        uit = np.zeros(self.n, dtype=bool)
        if self.ruw.find(b"\r") < 0:  # het gewone geval (LF): één snelle zoektocht, geen tweede doorloop met numpy
            return uit
        waar = np.flatnonzero(self.b == 13)
        if len(waar):
            regel = np.searchsorted(self.eind, waar, side="left")
            binnen = regel < self.n
            regel, waar = regel[binnen], waar[binnen]
            einde = self.cr[regel] & (waar == self.eind[regel])  # het \\r van het regeleinde zelf
            uit[regel[~einde]] = True
        return uit

    def wit_aan_veldrand(self, sep: str) -> bool:
        """Begint of eindigt er in dit stuk een veld, zoals polars de velden splitst, met wit (``formaat.WIT``: spatie of
        tab)? Dat is een spatie of tab direct na een scheidingsteken, na een regeleinde of aan het begin van het stuk,
        of direct vóór een scheidingsteken, \\r, \\n of het eind van het stuk. (Velden die ``formaat.velden`` leest -
        aanhalingstekens, een \\r in de regel - kijkt ``_velden_van_formaat`` zelf na.)"""
        waar = [np.flatnonzero(self.b == ord(t)) for t in WIT if self.ruw.find(t.encode()) >= 0]
        waar = np.concatenate(waar) if waar else np.empty(0, dtype=np.int64)
        if not len(waar):
            return False
        laatste = len(self.b) - 1
        voor = np.where(waar > 0, self.b[np.maximum(waar - 1, 0)], 10)
        na = np.where(waar < laatste, self.b[np.minimum(waar + 1, laatste)], 10)
        return bool(np.isin(voor, (ord(sep), 10)).any() or np.isin(na, (ord(sep), 10, 13)).any())

    def teksten(self, idx: np.ndarray) -> list[str]:
        return [self.ruw[self.begin[i]:self.eind[i]].decode("utf-8") for i in idx]


def _compact(goed: pl.LazyFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Goede regels (de kolommen van GOED_SCHEMA, op regelnummer) compact: BEWAAR_SCHEMA plus de dunne APART-tabel
    (alleen regels met een eigen regel-id of een zorgverlener)."""
    eigen_id = pl.col("regel") != (pl.col("nr_tekst") if "nr_tekst" in goed.collect_schema() else pl.col("nr").cast(pl.String))
    code = pl.col("code")
    getal = pl.when(code == "12116").then(pl.col("deel")).when(code == "12822").then(pl.col("duur"))
    return tuple(pl.collect_all([
        goed.select(*[getal.alias(k) if k == "getal" else pl.col(k) for k in BEWAAR_SCHEMA]).cast(BEWAAR_SCHEMA),
        goed.filter(eigen_id | pl.col("zv").is_not_null()).select("nr", pl.when(eigen_id).then(pl.col("regel")).alias("regel"),
                                                                  "zv").cast(APART_SCHEMA)]))


def _een_voor_een(df: pl.DataFrame, sep: str, kop: list[str], ctx: Contexten, st: Stukken) -> None:
    """Regels die niet kolomsgewijs gaan (zeldzaam): per regel met de referentielezer, dan in hetzelfde schema."""
    goed, fout_ = [], []
    for nr, lijn in df.select("nr", "lijn").iter_rows():
        r = formaat.lees_regel(lijn, nr, sep, kop)
        if isinstance(r, formaat.Declaratie):
            doc, melding = regels.document_op(r.prestatiecode, r.datum)
            melding = melding or regels.controle_per_code(r.prestatiecode, r.uitvoerder, r.deelnemers, r.duur_minuten, doc)
            if melding:
                r = formaat.Fout(nr=r.nr, regel=r.regel, praktijk=r.praktijk or None, prestatiecode=r.prestatiecode, fout=melding)
            else:
                c_ruw = _ruw_context(lijn, sep, kop)
                goed.append({"nr": nr, "regel": r.regel, "praktijk": r.praktijk, "verzekerde": r.verzekerde,
                             "code": r.prestatiecode, "datum": r.datum, "uitv": r.uitvoerder, "ctx": ctx.nummers([c_ruw])[0],
                             "deel": r.deelnemers, "duur": r.duur_minuten, "tarief": r.tarief_centen,
                             "zv": r.zorgverlener, "doc": DOCLIJST.index(doc)})
                continue
        if isinstance(r, formaat.Fout):
            melding, heeft_nr = _zonder_nr(nr, r.fout)
            fout_.append({"nr": nr, "regel": r.regel, "praktijk": r.praktijk, "code_ruw": r.prestatiecode, "fout": melding,
                          "met_nr": heeft_nr})
    if goed:
        st.goed.append(pl.DataFrame(goed, schema={k: (pl.String if k in ("praktijk", "verzekerde", "code", "uitv", "zv") else v)
                                                  for k, v in GOED_SCHEMA.items()}).cast(GOED_SCHEMA))
    if fout_:
        st.fout.append(_als_fout(pl.DataFrame(fout_, schema=_FOUT_ALS_TEKST)))


def _ruw_context(lijn, sep, kop) -> str:
    if "context" not in kop:
        return ""
    return formaat.velden(lijn, sep)[kop.index("context")]


# --- de vlaggen per verzekerde -----------------------------------------------------------------------------

PRAKTIJKEN_IN_SLEUTEL = 1 << 16  # tot zoveel praktijken: (praktijk, verzekerde, kwartaal) als één geheel getal
VLAG_BIT = {"voor_start": 1, "eerder": 2, "zelfde_arts": 4, "zelfde_dag": 8, "met_11201": 16}


VERZEKERDEN_DELEN = 2_500_000  # regels per deel bij het zetten van de vlaggen (zie _vlaggen)


class _Kalender:
    """Jaar en jaar*4 + kwartaal per dag, voor de dagen van één tabel (van de vroegste tot de laatste datum), als
    opzoektabel op het dagnummer. Gemeten bij 10^6 regels: ``gather`` ~3 ms, ``dt.year`` ~12 ms, jaar*4 + kwartaal
    ~16 ms. (De goede regels liggen in de perioden van de documenten: de tabel telt een paar duizend dagen.)"""

    def __init__(self, datum: pl.Series):
        eerste, laatste = datum.min(), datum.max()
        if eerste is None:
            eerste = laatste = date(1970, 1, 1)
        self.dagen = pl.date_range(eerste, laatste, eager=True)
        self.eerste = eerste.toordinal() - EPOCHE
        self.jaar = self.dagen.dt.year().cast(pl.Int32)
        self.yq = self.jaar * 4 + self.dagen.dt.quarter().cast(pl.Int32)

    def jaar_van(self, datum: pl.Expr) -> pl.Expr:
        return pl.lit(self.jaar).gather(datum.cast(pl.Int32) - self.eerste)

    def yq_van(self, datum: pl.Expr) -> pl.Expr:
        return pl.lit(self.yq).gather(datum.cast(pl.Int32) - self.eerste)

    def tekst(self, datum: pl.Series) -> pl.Series:
        """De datums als tekst (ISO, zoals ``write_csv`` en ``cast`` ze schrijven): per deel van 334 000 regels kost
        ``cast`` van elke datum 21-33 ms, de dagen één keer als tekst en ``gather`` ~2 ms (voor de JSON-schrijver)."""
        return self.dagen.cast(pl.String).gather(datum.cast(pl.Int32) - self.eerste)


def _vlaggen(g: pl.DataFrame, ctx: Contexten, apart: pl.DataFrame) -> np.ndarray:
    """De vlaggen per regel als bits (VLAG_BIT) in één uint8-array, geïndexeerd op de positie in ``g`` (regelvolgorde).

    Elke vlag hangt alleen af van de regels van dezelfde verzekerde. Bij een groot bestand worden de verzekerden
    daarom in delen verwerkt (op hun nummer, modulo het aantal delen): de tussentabellen (groeperingen, joins)
    zijn dan maar zo groot als één deel. Gemeten bij 10^7 regels: de piek van deze fase bepaalde het geheugen."""
    uit = np.zeros(g.height, dtype=np.uint8)
    delen = max(1, g.height // VERZEKERDEN_DELEN)
    k = _Kalender(g["datum"])
    for d in range(delen):
        _vlaggen_deel(g, ctx, apart, uit, pl.col("verzekerde").to_physical() % delen == d, k)
    return uit


def _vlaggen_deel(g: pl.DataFrame, ctx: Contexten, apart: pl.DataFrame, uit: np.ndarray, welke: pl.Expr,
                  k: _Kalender) -> np.ndarray:
    """De vlaggen van de regels van de verzekerden waarvoor ``welke`` geldt (in ``uit``, op positie in ``g``)."""
    basis = g.lazy().select("nr", "praktijk", "verzekerde", "code", "datum", "uitv", "ctx", "doc").with_row_index("i").filter(welke)
    zv = apart.lazy().filter(pl.col("zv").is_not_null()).select("nr", "zv")

    def deel(voorwaarde, *kolommen, met_zv: bool = False) -> pl.LazyFrame:
        """Alleen de regels die een vlag kunnen krijgen en alleen de kolommen die ervoor nodig zijn, met positie,
        volgorde (datum, nr) en kwartaal; ``met_zv``: alleen regels met een zorgverlener, met kolom zv. Lui: elke
        vlag haalt alleen op wat ze nodig heeft, zodat er geen grote tussentabellen tegelijk bestaan."""
        b = basis.filter(voorwaarde)
        if met_zv:
            b = b.join(zv, on="nr", how="inner")
        return b.select(
            "i", *kolommen, ord=(pl.col("datum").cast(pl.Int64) * (1 << 32)) + pl.col("nr").cast(pl.Int64),
            yq=k.yq_van(pl.col("datum")))

    def groep(*delen) -> pl.Expr:
        """Eén geheel getal per groep (verzekerde, code, ...): goedkoper te groeperen dan meerdere kolommen."""
        e = pl.col("verzekerde").to_physical().cast(pl.Int64)
        for d in delen:
            e = e * (1 << 16) + d.cast(pl.Int64)
        return e

    def zet(naam, df, kolom):
        idx = df.filter(pl.col(kolom))["i"].to_numpy()
        uit[idx] |= VLAG_BIT[naam]

    # declaratiestart: vanaf per context
    vanaf = pl.lit(pl.Series([c.vanaf if c else None for c in ctx.waarden], dtype=pl.Date)).gather(pl.col("ctx"))  # per nummer
    start = deel(pl.col("code").is_in(["31080", "11201", "31343"]), "praktijk", "verzekerde", "code", "datum", "ctx").with_columns(
        voor=vanaf.is_not_null() & (pl.col("datum") < vanaf)).drop("ctx", "datum").collect()
    zet("voor_start", start, "voor")
    # (praktijk, verzekerde, kwartaal) als één geheel getal, als dat past (voor 31343 naast 11201, hieronder)
    prak = start["praktijk"].to_physical().cast(pl.Int64)
    if start.height and int(prak.max()) >= PRAKTIJKEN_IN_SLEUTEL:  # meer praktijknummers in dit proces: rangnummers
        prak = prak.rank("dense").cast(pl.Int64)
    past = start.height == 0 or (int(prak.max()) < PRAKTIJKEN_IN_SLEUTEL and int(start["yq"].max()) < (1 << 16)
                                 and int(start["verzekerde"].to_physical().max()) < (1 << 31))
    start = start.with_columns(pvq=groep(prak, pl.col("yq")) if past else pl.lit(None, dtype=pl.Int64))
    del prak

    dm = deel(pl.col("code").is_in(["13029", "13030", "13031"]) & (pl.col("uitv") == "huisarts"), "verzekerde", "code", "datum")
    dm = dm.select("i", "ord", g=groep(pl.col("code").to_physical(),
                                       pl.when(pl.col("code") == "13030").then(0).otherwise(k.jaar_van(pl.col("datum")))))
    dm = dm.select("i", e=pl.col("ord") > pl.col("ord").min().over("g")).collect()
    zet("eerder", dm, "e")
    del dm

    # het eerste per groep met een venster (over): gemeten bij 10^6 regels _vlaggen 95 -> 72 ms tegen group_by + join
    # (twee keer dezelfde tussentabel); het piekgeheugen bij 10^7 regels bleef gelijk (850-880 MiB: de verzekerden
    # worden in delen van VERZEKERDEN_DELEN regels verwerkt)
    op = start.lazy().filter(pl.col("code").is_in(regels.OPSLAG)).with_columns(
        kand=pl.when(~pl.col("voor")).then(pl.col("ord")), g=groep(pl.col("code").to_physical(), pl.col("yq")))
    op = op.with_columns(eerste=pl.col("kand").min().over("g")).select(
        "i", "praktijk", "verzekerde", "code", "yq", "pvq", e=pl.col("eerste").is_not_null() & (pl.col("eerste") < pl.col("ord")),
        toegestaan=pl.col("eerste") == pl.col("kand")).collect()
    zet("eerder", op, "e")
    # 31343 naast een toegestane 11201 van dezelfde praktijk in hetzelfde kwartaal: een semi-join op (praktijk,
    # verzekerde, kwartaal), als één geheel getal (verzekerde, praktijk genummerd binnen dit deel, kwartaal) als dat
    # past - een join op drie kolommen met categorieën kost bij miljoenen regels honderden MB
    sleutel = ["pvq"] if past else ["praktijk", "verzekerde", "yq"]
    t11201 = op.lazy().filter((pl.col("code") == "11201") & pl.col("toegestaan").fill_null(False)).select(*sleutel)
    del op
    s3 = start.lazy().filter(pl.col("code") == "31343").join(t11201, on=sleutel, how="semi").select("i", m=pl.lit(True)).collect()
    del start
    zet("met_11201", s3, "m")

    adv = deel(pl.col("code") == "12822", "verzekerde", "zv", "datum", "uitv", "ctx", "doc", met_zv=True).collect()
    if adv.height:
        combi = adv.select("uitv", "ctx", "doc").unique()
        ok = [regels.oordeel(regels.Feiten(prestatiecode="12822", uitvoerder=u, kenmerken=ctx.waarden[c].kenmerken,
                                           document=DOCLIJST[d], jaar=0)).toegestaan for u, c, d in combi.iter_rows()]
        combi = combi.with_columns(ok=pl.Series(ok, dtype=pl.Boolean))
        adv = adv.join(combi, on=["uitv", "ctx", "doc"], how="left").filter(pl.col("ok"))
        eerste = adv.group_by("verzekerde", "zv").agg(adv_datum=pl.col("datum").min())
        proc = deel(pl.col("code").is_in(["12815", "29033"]), "verzekerde", "zv", "datum", met_zv=True).join(
            eerste.lazy(), on=["verzekerde", "zv"], how="inner").collect()
        zet("zelfde_arts", proc.with_columns(z=pl.col("adv_datum") <= pl.col("datum")), "z")

    bwg = deel(pl.col("code") == "behandelwensgesprek", "praktijk", "verzekerde", "datum").select(
        "praktijk", "verzekerde", "datum").unique().collect()
    if bwg.height:
        cons = deel((pl.col("code") == "consult") & (pl.col("uitv") == "huisarts"), "praktijk", "verzekerde", "datum").join(
            bwg.lazy(), on=["praktijk", "verzekerde", "datum"], how="semi").collect()
        uit[cons["i"].to_numpy()] |= VLAG_BIT["zelfde_dag"]
    return uit


PAK_STUK = 1 << 20  # regels per keer bij het maken van de pakketsleutels (_pak)
assert [n for n, _ in _VELDEN[-len(VLAG_BIT):]] == list(VLAG_BIT) and list(VLAG_BIT.values()) == [1 << i for i in range(len(VLAG_BIT))]


def _pak(g: pl.DataFrame, v: np.ndarray, docs_: Documenten, stuk: int | None = None) -> tuple[pl.Series, list[int]]:
    """De pakketsleutel van de Feiten per regel (één int64), per stuk van ``stuk`` regels (de tussenresultaten zijn dan
    begrensd): één polars-expressie over alle regels, daarna de 12116-regels apart aangevuld (``_pak_12116``). Bewaard wordt per regel niet de sleutel maar het
    volgnummer van de verschillende sleutel (UInt32): geeft (volgnummers, sleutels in volgorde van hun nummer)."""
    # Eén expressie zonder when/then over alle regels: de vlaggen en het jaar van 13029/13030/13031 als vermenigvuldiging;
    # wat alleen bij 12116 telt (peildatum, deelnemers; zeldzaam) komt er daarna op die regels bij (_pak_12116).
    L = lambda naam: 1 << _SCHUIF[naam][0]  # noqa: E731
    k = _Kalender(g["datum"])
    expr = (pl.col("code").to_physical().cast(pl.Int64) * L("code")
            + pl.col("uitv").to_physical().cast(pl.Int64) * L("uitv")
            + pl.col("ctx").cast(pl.Int64) * L("ctx")
            + pl.col("doc").cast(pl.Int64) * L("doc")
            + pl.col("code").is_in(regels.DM).cast(pl.Int64) * (k.jaar_van(pl.col("datum")).cast(pl.Int64) - JAAR0 + 1) * L("jaar")
            + pl.col("__vlag").cast(pl.Int64) * L("voor_start"))  # de vlaggen staan bovenaan, in de volgorde van VLAG_BIT
    stuk = stuk or PAK_STUK
    nummer: dict[int, int] = {}
    bekend, nummers = pl.Series(dtype=pl.Int64), pl.Series(dtype=pl.UInt32)
    delen = []

    # (twee stukken tegelijk in draden gaf hier niets: gemeten bij 3*10^6 regels 0,28-0,36 s met en zonder)
    for a in range(0, g.height, stuk):
        deel = g.slice(a, stuk)
        # eerst alleen de kolommen van de sleutel: with_columns op de hele (in stukken gelezen) tabel schreef alle
        # kolommen eerst aaneen (gemeten bij 10^6 regels: 28 tegen 19 ms)
        kolommen = deel.select("code", "uitv", "ctx", "doc", "datum").with_columns(__vlag=pl.Series(v[a:a + stuk]))
        sl = _pak_12116(deel, kolommen.select(expr.alias("sleutel")).to_series(), docs_)
        nieuw = [x for x in sl.unique().to_list() if x not in nummer]
        if nieuw:
            for x in nieuw:
                nummer[x] = len(nummer)
            bekend = pl.concat([bekend, pl.Series(nieuw, dtype=pl.Int64)])
            nummers = pl.concat([nummers, pl.Series(range(len(nummer) - len(nieuw), len(nummer)), dtype=pl.UInt32)])
        delen.append(sl.replace_strict(bekend, nummers, return_dtype=pl.UInt32))
    uit = pl.concat(delen).rechunk() if delen else pl.Series("sleutel", [], dtype=pl.UInt32)
    return uit.alias("sleutel"), list(nummer)


def _pak_12116(g: pl.DataFrame, sleutel: pl.Series, docs_: Documenten) -> pl.Series:
    """De sleutels van de 12116-regels in ``g`` aangevuld: het jaar en de dag van de peildatum van de
    groepsconsultparameters, en het aantal deelnemers (``getal``)."""
    waar = (g["code"] == "12116").arg_true()
    if not waar.len():
        return sleutel
    g12116 = g.select("datum", "getal")[waar]  # alleen wat hieronder nodig is (g heeft tien kolommen)
    peil = {d: docs_.peildatum(d)[0] for d in g12116["datum"].unique().to_list()}
    p = pl.col("datum").replace_strict(peil, default=None, return_dtype=pl.Date)
    L = lambda naam: 1 << _SCHUIF[naam][0]  # noqa: E731
    extra = g12116.select((p.dt.year().cast(pl.Int64) - JAAR0 + 1) * L("jaar") + p.dt.ordinal_day().cast(pl.Int64) * L("dag")
                          + pl.col("getal").cast(pl.Int64).fill_null(0) * L("deel")).to_series()
    return sleutel.scatter(waar, sleutel.gather(waar) + extra)


def _ontpak(sleutel: int, ctx: Contexten) -> regels.Feiten:
    d = {naam: (sleutel >> s) & ((1 << b) - 1) for naam, (s, b) in _SCHUIF.items()}
    jaar = d["jaar"] + JAAR0 - 1 if d["jaar"] else 0
    code = CODELIJST[d["code"]]
    c = ctx.waarden[d["ctx"]]
    start = code in ("31080", "11201", "31343")
    peildatum = date.fromordinal(date(jaar, 1, 1).toordinal() + d["dag"] - 1) if code == "12116" else None
    return regels.Feiten(prestatiecode=code, uitvoerder=UITVOERDERS[d["uitv"]], kenmerken=c.kenmerken,
                         document=DOCLIJST[d["doc"]], jaar=jaar if code in regels.DM else 0, deelnemers=d["deel"] if code == "12116" else None,
                         vanaf=c.vanaf if start else None, voor_start=bool(d["voor_start"]), eerder=bool(d["eerder"]),
                         zelfde_arts=bool(d["zelfde_arts"]), zelfde_dag=bool(d["zelfde_dag"]),
                         met_11201=bool(d["met_11201"]), peildatum=peildatum)


# --- het resultaat -----------------------------------------------------------------------------------------

@dataclass
class Deel:
    """Een stuk van de uitkomst in bestandsvolgorde, de goede en de foute regels nog apart (``Resultaat.delen``)."""
    goed: pl.DataFrame  # BEWAAR_SCHEMA zonder ctx en doc, plus sleutel (UInt32) en ja (het oordeel is toegestaan)
    eigen: pl.DataFrame  # nr, regel: de eigen regel-id's van deze goede regels (als die niet het regelnummer zijn)
    fout: pl.DataFrame  # FOUT_SCHEMA
    bron: "Resultaat"

    @property
    def height(self) -> int:
        return self.goed.height + self.fout.height

    @staticmethod
    def eenheden() -> pl.Expr:
        """Eenheden per goede regel: 12822 per begonnen 15 minuten (``getal`` is daar de duur), anders 1."""
        return pl.when(pl.col("code") == "12822").then((pl.col("getal").cast(pl.Int64) + 14) // 15).otherwise(1).cast(pl.Int64)

    def goed_als_stuk(self) -> pl.DataFrame:
        """De goede regels in de kolommen van ``Resultaat.batches``."""
        e = self.eenheden()
        stuk = self.goed.select(
            "nr", pl.col("nr").cast(pl.String).alias("regel"), *[pl.when(pl.col(k) != "").then(pl.col(k).cast(pl.String)).alias(k)
                                                                 for k in ("praktijk", "verzekerde")],
            pl.col("code").cast(pl.String).alias("prestatiecode"), "datum", pl.col("uitv").cast(pl.String).alias("uitvoerder"),
            pl.col("sleutel").cast(pl.Int64), e.alias("eenheden"),
            pl.when(pl.col("ja")).then(pl.col("tarief").cast(pl.Int64) * e).alias("bedrag_centen"),
            pl.lit(None, dtype=pl.String).alias("fout"))
        if self.eigen.height:  # eigen regel-id's in dit stuk
            stuk = stuk.with_columns(stuk["regel"].scatter(self.goed["nr"].search_sorted(self.eigen["nr"]), self.eigen["regel"]))
        return stuk

    def fout_als_stuk(self) -> pl.DataFrame:
        """De foute regels in de kolommen van ``Resultaat.batches``."""
        return self.fout.select(
            "nr", "regel", "praktijk", pl.lit(None, dtype=pl.String).alias("verzekerde"),
            pl.col("code_ruw").alias("prestatiecode"), pl.lit(None, dtype=pl.Date).alias("datum"),
            pl.lit(None, dtype=pl.String).alias("uitvoerder"), pl.lit(None, dtype=pl.Int64).alias("sleutel"),
            pl.lit(None, dtype=pl.Int64).alias("eenheden"), pl.lit(None, dtype=pl.Int64).alias("bedrag_centen"),
            met_nr(pl.col("nr"), pl.lit(meldingen(self.fout)), pl.col("met_nr")).alias("fout"))

    def volgorde(self) -> np.ndarray | None:
        """De volgorde van de regels als eerst alle goede en dan alle foute achter elkaar staan: de index per regel in
        bestandsvolgorde (beide zijn al op regelnummer: samenvoegen zonder te sorteren). None zonder foute regels."""
        if not self.fout.height:
            return None
        g, f = self.goed["nr"].to_numpy(), self.fout["nr"].to_numpy()
        plek = np.searchsorted(g, f) + np.arange(len(f))  # waar elke foute regel komt
        uit = np.empty(len(g) + len(f), dtype=np.int64)
        is_fout = np.zeros(len(uit), dtype=bool)
        is_fout[plek] = True
        uit[plek] = np.arange(len(g), len(g) + len(f))
        uit[~is_fout] = np.arange(len(g))
        return uit

    def als_stuk(self) -> pl.DataFrame:
        stuk = pl.concat([self.goed_als_stuk(), self.fout_als_stuk()]) if self.fout.height else self.goed_als_stuk()
        v = self.volgorde()
        return stuk if v is None else stuk[v]


# Regels per deel bij het wegschrijven (``Resultaat.delen``). Grotere delen hebben minder vaste kosten, maar er zijn er
# tot vier tegelijk in het geheugen. Gemeten, 334 000 tegen 200 000: schrijven bij 10^6 regels gepaard 0,92; bij 10^7
# regels een piek van 889-912 tegen 836 MiB, te dicht bij de grens van 1 GiB: daar blijft het 200 000.
SCHRIJFDEEL = 200_000
SCHRIJFDEEL_TOT_GROOT = 334_000  # voor een uitkomst tot GROOT_RESULTAAT regels
GROOT_RESULTAAT = 3_000_000


@dataclass
class Resultaat:
    goed: pl.DataFrame  # nr, praktijk, verzekerde, code, datum, uitv, getal, tarief (BEWAAR_SCHEMA zonder ctx, doc)
    foute: FouteRegels  # FOUT_SCHEMA; bij veel foute regels grotendeels in tijdelijke bestanden
    oordelen: pl.DataFrame  # sleutel, toegestaan, redencode, reden, bron, redenen (list[struct])
    uitspraken: dict[int, regels.Uitspraak]
    regels: int
    ja: list[int] = field(default_factory=list)  # sleutels van toegestane oordelen
    sleutel: pl.Series | None = None  # per rij van ``goed``: het nummer van het oordeel in ``oordelen`` (UInt32)
    apart: pl.DataFrame | None = None  # nr, regel (als het niet het regelnummer is), zv

    @property
    def fout(self) -> pl.DataFrame:
        """Alle foute regels in één tabel (FOUT_SCHEMA; voor tests en kleine invoer: leest de tijdelijke bestanden in)."""
        return self.foute.alle()

    @property
    def height(self) -> int:
        return self.goed.height + self.foute.height

    def batches(self, grootte: int = 200_000) -> Iterator[pl.DataFrame]:
        """De uitkomst per regel in bestandsvolgorde, in stukken: kolommen nr, regel, praktijk, verzekerde,
        prestatiecode, datum, uitvoerder, sleutel (het oordeel in ``oordelen``; null bij een fout), eenheden,
        bedrag_centen, fout."""
        for d in self.delen(grootte):
            yield d.als_stuk()

    def delen(self, grootte: int | None = None) -> Iterator["Deel"]:
        """Als ``batches``, maar elk stuk nog als ``Deel``: de goede en de foute regels apart (de JSON-schrijver werkt
        daar direct op, zonder eerst alles als tekst samen te voegen). ``grootte``: standaard SCHRIJFDEEL_TOT_GROOT regels
        tot GROOT_RESULTAAT regels, daarboven SCHRIJFDEEL."""
        grootte = grootte or (SCHRIJFDEEL_TOT_GROOT if self.regels <= GROOT_RESULTAAT else SCHRIJFDEEL)
        goed, foute = self.goed, self.foute
        apart = self.apart.filter(pl.col("regel").is_not_null()) if self.apart is not None else pl.DataFrame(schema=APART_SCHEMA)
        a_nr = apart["nr"]
        ja = pl.Series(np.zeros(self.oordelen.height, dtype=bool))
        if self.ja:
            ja = ja.scatter(self.ja, True)  # per volgnummer van een oordeel: toegestaan
        gi = fi = 0
        g_nr, f_nr = goed["nr"], foute.nr
        while gi < goed.height or fi < foute.height:
            tot = min(g_nr[min(gi + grootte, goed.height) - 1] + 1 if gi < goed.height else 2**32,
                      f_nr[min(fi + grootte, foute.height) - 1] + 1 if fi < foute.height else 2**32)
            gj = int(g_nr.search_sorted(tot, side="left"))
            fj = int(f_nr.search_sorted(tot, side="left"))
            if gj == gi and fj == fi:  # pragma: no cover - vangnet: nooit eindeloos doorlopen
                raise AssertionError("batches: de regelnummers lopen niet op")
            n = gj - gi
            sleutel = self.sleutel.slice(gi, n)
            ai, aj = int(a_nr.search_sorted(g_nr[gi], side="left")) if n else 0, int(a_nr.search_sorted(tot, side="left"))
            yield Deel(goed=goed.slice(gi, n).with_columns(sleutel=sleutel, ja=ja.gather(sleutel)),
                       eigen=apart.slice(ai, aj - ai if n else 0), fout=foute.rijen(fi, fj), bron=self)
            gi, fi = gj, fj

    def nummers_met(self, patroon: str, kolom: str) -> pl.Series:
        """De nummers (fysiek, UInt32) van de waarden van deze kolom van de goede regels (een categorie) waarin ``patroon``
        voorkomt. Gezocht wordt in de lijst van de categorie zelf (alle teksten die dit proces er ooit in zette, in
        volgorde van hun nummer), niet eerst in ``unique`` over alle regels: gemeten bij 10^6 regels 28 naar 19 ms. Een
        nummer dat in dit bestand niet voorkomt, komt ook in geen regel voor: het kan geen kwaad."""
        teksten = self.goed[kolom].dtype.categories.to_series()
        return teksten.str.contains(patroon).arg_true().cast(pl.UInt32)

    def rijen(self, grootte: int = 200_000) -> Iterator[pl.DataFrame]:
        """Als ``batches``, met de kolommen van het oordeel erbij (toegestaan, redencode, reden, bron, redenen)."""
        for stuk in self.batches(grootte):
            yield voeg_oordeel_toe(stuk, self.oordelen)


def voeg_oordeel_toe(stuk: pl.DataFrame, oordelen: pl.DataFrame) -> pl.DataFrame:
    uit = stuk.join(oordelen.select("sleutel", "toegestaan", "redencode", "reden", "bron", "redenen"), on="sleutel",
                    how="left", maintain_order="left")
    return uit.with_columns(pl.col("redenen").fill_null(pl.lit([], dtype=REDEN_TYPE)))


def oordelen_tabel(uitspraken: dict[int, regels.Uitspraak]) -> pl.DataFrame:
    """Eén rij per verschillend oordeel: de kolommen voor de uitvoer, en het JSON-stuk dat elke regel met dit oordeel
    krijgt (één keer gemaakt, niet per regel)."""
    import json

    sleutels = list(uitspraken)
    # veel sleutels geven dezelfde uitspraak (bij 10^6 regels: 2 652 sleutels, 98 uitspraken): elke kolom één keer per
    # verschillende uitspraak, daarna per sleutel opgezocht
    nummer: dict[regels.Uitspraak, int] = {}
    per_sleutel = pl.Series([nummer.setdefault(uitspraken[k], len(nummer)) for k in sleutels], dtype=pl.UInt32)
    u = list(nummer)

    def fragment(x: regels.Uitspraak) -> str:
        d = {"toegestaan": x.toegestaan, "oordeel": "toegestaan" if x.toegestaan else "niet toegestaan",
             "redencode": x.redencode, "reden": " | ".join(r.tekst for r in x.redenen),
             "bron": " | ".join(r.bron for r in x.redenen),
             "redenen": [{"code": r.code, "tekst": r.tekst, "bron": r.bron} for r in x.redenen]}
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))[1:-1]

    per_uitspraak = pl.DataFrame({
        "toegestaan": pl.Series([x.toegestaan for x in u], dtype=pl.Boolean),
        "redencode": pl.Series([x.redencode for x in u], dtype=pl.String),
        "reden": pl.Series([" | ".join(r.tekst for r in x.redenen) for x in u], dtype=pl.String),
        "bron": pl.Series([" | ".join(r.bron for r in x.redenen) for x in u], dtype=pl.String),
        "redenen": _redenen(u),
        "json": pl.Series([fragment(x) for x in u], dtype=pl.String),
    })
    return per_uitspraak[per_sleutel].insert_column(0, pl.Series("sleutel", sleutels, dtype=pl.Int64))


REDEN_TYPE = pl.List(pl.Struct({"code": pl.String, "tekst": pl.String, "bron": pl.String}))


def _redenen(u: list[regels.Uitspraak]) -> pl.Series:
    """De redenen per uitspraak als list[struct], via een platte tabel (een Series uit Python-dicts per element is
    bij duizenden oordelen tienden van seconden trager)."""
    plat = pl.DataFrame({"i": [i for i, x in enumerate(u) for _ in x.redenen],
                         "code": [r.code for x in u for r in x.redenen], "tekst": [r.tekst for x in u for r in x.redenen],
                         "bron": [r.bron for x in u for r in x.redenen]},
                        schema={"i": pl.UInt32, "code": pl.String, "tekst": pl.String, "bron": pl.String})
    per = plat.group_by("i", maintain_order=True).agg(redenen=pl.struct("code", "tekst", "bron"))
    alle = pl.DataFrame({"i": pl.Series(range(len(u)), dtype=pl.UInt32)}).join(per, on="i", how="left", maintain_order="left")
    return alle["redenen"].fill_null(pl.lit([], dtype=REDEN_TYPE)).cast(REDEN_TYPE)


def beoordeel_stukken(st: Stukken, ctx: Contexten, docs_: Documenten, foute: FouteRegels) -> Resultaat:
    """De goede regels van ``st`` (op regelnummer) beoordelen; de foute staan al in ``foute``."""
    goed = pl.concat(st.goed, rechunk=False) if st.goed else pl.DataFrame(schema=BEWAAR_SCHEMA)  # stukken zijn op volgorde
    if not goed["nr"].is_sorted():  # pragma: no cover - vangnet: de uitvoer (batches) rekent op bestandsvolgorde
        raise AssertionError("de goede regels staan niet op regelnummer")
    apart = pl.concat(st.apart).rechunk() if st.apart else pl.DataFrame(schema=APART_SCHEMA)
    st.goed.clear()
    st.apart.clear()
    v = _vlaggen(goed, ctx, apart)
    nummer, sleutels = _pak(goed, v, docs_)
    del v
    # de oordelentabel en de uitvoer kennen het oordeel bij zijn volgnummer (kolom 'sleutel'); de pakketsleutel zelf
    # is alleen nodig om de Feiten terug te vinden
    uitspraken = {i: regels.oordeel(_ontpak(s, ctx)) for i, s in enumerate(sleutels)}
    oordelen = oordelen_tabel(uitspraken)
    ja = [i for i, u in uitspraken.items() if u.toegestaan]
    # de sleutel apart houden: met with_columns zou polars de (in stukken gelezen) tabel eerst aaneenschrijven, een
    # volledige kopie
    goed = goed.drop("ctx", "doc")
    return Resultaat(goed=goed, foute=foute.klaar(), oordelen=oordelen, uitspraken=uitspraken, regels=st.regels, ja=ja,
                     sleutel=nummer, apart=apart.drop("zv"))


def lees_tekst(tekst: str, voortgang=None) -> Resultaat:
    """Voor tests en kleine invoer: een tekst in plaats van een bestand."""
    return lees_bytes_stukken(iter([tekst.encode("utf-8")]), voortgang)


def lees_bytes_stukken(stukken: Iterator[bytes], voortgang=None, tijden: dict[str, float] | None = None) -> Resultaat:
    """Stukken ruwe bytes (willekeurig gesneden); de eerste regel is de kopregel. ``tijden`` (voor de benchmark)
    krijgt de seconden van de fasen 'lezen' (lezen en controleren per regel) en 'oordelen' (per verzekerde)."""
    import time

    t0 = time.perf_counter()
    regels.wis_cache()
    st, ctx, docs_ = Stukken(), Contexten(), Documenten()
    foute = FouteRegels(FOUT_SCHEMA)
    kop = sep = None
    nr = 1
    # Twee stukken tegelijk, elk in een eigen draad: polars laat de GIL los tijdens het rekenen, zodat de tweede kern
    # meewerkt. Elk stuk schrijft in zijn eigen Stukken; die komen op volgorde van het bestand in ``st`` (de
    # regelnummers liggen vooraf vast: het aantal regels van een stuk is het aantal regeleinden).
    bezig: deque = deque()

    def klaar(wacht_tot: int) -> None:
        while len(bezig) > wacht_tot:
            taak, eigen, n, grootte = bezig.popleft()
            if taak.result() != n:  # pragma: no cover - vangnet: de regelnummers zouden niet kloppen
                raise AssertionError(f"stuk met {n} regeleinden gaf {taak.result()} regels")
            st.goed.extend(eigen.goed)
            if eigen.fout:  # per stuk op regelnummer: de stukken zijn op volgorde, dus samen ook
                foute.voeg_toe(pl.concat(eigen.fout).sort("nr"))
            st.apart.extend(eigen.apart)
            if voortgang:
                voortgang(grootte)

    with ThreadPoolExecutor(max_workers=DRADEN) as pool:
        for ruw in _op_regelgrenzen(stukken):
            if kop is None:
                eind = ruw.find(b"\n")
                eerste, ruw = (ruw, b"") if eind < 0 else (ruw[:eind], ruw[eind + 1:])
                sep, kop = formaat.lees_kop(eerste.decode("utf-8").removesuffix("\r"))
                if not ruw:
                    continue
            n = _regeleinden(ruw) + (not ruw.endswith(b"\n"))
            eigen = Stukken()
            bezig.append((pool.submit(verwerk_stuk, ruw, nr, sep, kop, ctx, eigen, docs_), eigen, n, len(ruw)))
            nr += n
            klaar(DRADEN)
        klaar(0)
    st.regels = nr - 1
    if kop is None:
        formaat.lees_kop("")
    t1 = time.perf_counter()
    uit = beoordeel_stukken(st, ctx, docs_, foute)
    if tijden is not None:
        tijden.update(lezen=t1 - t0, oordelen=time.perf_counter() - t1)
    return uit


def is_ascii(stuk: bytes) -> bool:
    """Als ``bytes.isascii``, met numpy, dat de GIL loslaat (voor ``bestand.Invoerbestand.stukken``: dat draait in de
    hoofddraad terwijl de andere draden werken; gemeten met py-spy)."""
    return not bool((np.frombuffer(stuk, dtype=np.uint8) >= 128).any())


def _regeleinden(stuk: bytes) -> int:
    """Het aantal \\n in ``stuk``: met numpy, dat de GIL loslaat (``bytes.count`` niet; dit draait in de hoofddraad
    terwijl de andere draden werken)."""
    return int(np.count_nonzero(np.frombuffer(stuk, dtype=np.uint8) == 10))


def _op_regelgrenzen(stukken: Iterator[bytes]) -> Iterator[bytes]:
    rest = b""
    for s in stukken:
        s = rest + s
        eind = s.rfind(b"\n")
        if eind < 0:
            rest = s
            continue
        rest = s[eind + 1:]
        yield s[:eind + 1]
    if rest:
        yield rest
