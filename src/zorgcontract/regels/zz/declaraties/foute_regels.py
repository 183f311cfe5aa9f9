"""De foute regels van een bestand, op regelnummer, tot het schrijven van de uitkomst (``snel.lees_bytes_stukken``).

Een foute regel wordt pas bij het schrijven weer nodig: dan komt ze, met haar melding, op haar plek tussen de goede.
Tot dan houdt dit module ze bij in blokken. Zodra er ``IN_GEHEUGEN`` foute regels wachten, gaat dat blok naar een
tijdelijk Arrow-bestand (IPC, de eigen vorm van polars: zonder omzetten terug te lezen); alleen hun regelnummers en
hun aantallen per praktijk en prestatiecode (voor de samenvatting) blijven in het geheugen. Bij het schrijven wordt
een blok één keer gelezen en per deel uitgesneden (``rijen``): de delen komen op volgorde.

Waarom: een foute regel kost in het geheugen ~60 bytes (regelnummer, regel-id, praktijk, code, melding, waarde), ook
als ze maar één keer wordt geschreven. Gemeten, 10^7 regels waarvan 2 * 10^6 fout (``benchmarks/declaraties.py
--vies``): ~125 MiB, juist tijdens het oordelen en schrijven, als het geheugen op zijn hoogst is. Een bestand met
minder dan ``IN_GEHEUGEN`` foute regels (de gewone gevallen, en alle tests die de grens niet zelf lager zetten)
schrijft niets naar schijf.

De tijdelijke map (``tempfile``: ``TMPDIR`` of ``/tmp``) verdwijnt als het resultaat weg is of het proces eindigt.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass

import polars as pl

IN_GEHEUGEN = 250_000  # foute regels die samen wachten voor ze als één blok naar een tijdelijk bestand gaan


@dataclass
class _Blok:
    begin: int  # de plek van de eerste regel van dit blok in alle foute regels
    hoogte: int
    pad: str | None = None  # het tijdelijke bestand, of None: dan staat het blok in ``tabel``
    tabel: pl.DataFrame | None = None


class FouteRegels:
    """Foute regels in één schema, op regelnummer (kolom ``nr``), toegevoegd per stuk van het bestand."""

    def __init__(self, schema: dict, grens: int | None = None):
        self.schema = schema
        self.grens = grens or IN_GEHEUGEN
        self.height = 0
        self._wacht: list[pl.DataFrame] = []
        self._n_wacht = 0
        self._blokken: list[_Blok] = []
        self._nrs: list[pl.Series] = []
        self._nr: pl.Series | None = None
        self._tellingen: list[pl.DataFrame] = []
        self._map: tempfile.TemporaryDirectory | None = None
        self._gelezen: tuple[int, pl.DataFrame] | None = None  # (blok, tabel): het laatst gelezen blok van schijf

    def voeg_toe(self, tabel: pl.DataFrame) -> None:
        """Foute regels van het volgende stuk, op regelnummer en na alle regels van de stukken ervoor."""
        if not tabel.height:
            return
        if self._nrs and tabel["nr"][0] <= self._nrs[-1][-1]:  # pragma: no cover - vangnet: rijen rekent op de volgorde
            raise AssertionError("foute regels: de regelnummers lopen niet op")
        self._wacht.append(tabel)
        self._n_wacht += tabel.height
        self._nrs.append(tabel["nr"])
        self.height += tabel.height
        if self._n_wacht >= self.grens:
            self._blok(naar_schijf=True)

    def klaar(self) -> "FouteRegels":
        """Na het laatste stuk: wat nog wacht, blijft als laatste blok in het geheugen."""
        if self._wacht:
            self._blok(naar_schijf=False)
        return self

    @property
    def nr(self) -> pl.Series:
        """De regelnummers van alle foute regels (UInt32, oplopend)."""
        if self._nr is None:
            self._nr = pl.concat(self._nrs) if self._nrs else pl.Series("nr", [], dtype=pl.UInt32)
            self._nrs = [self._nr]
        return self._nr

    def rijen(self, van: int, tot: int) -> pl.DataFrame:
        """De foute regels op de plekken ``van`` tot ``tot`` (in de volgorde van ``nr``)."""
        delen = []
        for i, b in enumerate(self._blokken):
            a, z = max(van, b.begin), min(tot, b.begin + b.hoogte)
            if a < z:
                delen.append(self._tabel(i).slice(a - b.begin, z - a))
        if not delen:
            return pl.DataFrame(schema=self.schema)
        return delen[0] if len(delen) == 1 else pl.concat(delen)

    def alle(self) -> pl.DataFrame:
        """Alle foute regels in één tabel (voor tests en kleine bestanden: dit leest alle blokken in)."""
        return self.rijen(0, self.height)

    def tellingen(self) -> pl.DataFrame:
        """Het aantal foute regels per (praktijk, code_ruw), over alle blokken (kolom ``len``)."""
        if not self._tellingen:
            return pl.DataFrame(schema={"praktijk": self.schema["praktijk"], "code_ruw": self.schema["code_ruw"], "len": pl.UInt32})
        return pl.concat(self._tellingen).group_by("praktijk", "code_ruw").agg(pl.col("len").sum())

    def op_schijf(self) -> int:
        """Het aantal blokken in een tijdelijk bestand."""
        return sum(b.pad is not None for b in self._blokken)

    def _blok(self, naar_schijf: bool) -> None:
        tabel = pl.concat(self._wacht) if len(self._wacht) > 1 else self._wacht[0]
        # per blok geteld: één groepering over alle foute regels liet bij 10^7 regels ~155 MiB achter (uitvoer.samenvatting_van)
        self._tellingen.append(tabel.group_by("praktijk", "code_ruw").len())
        begin = self._blokken[-1].begin + self._blokken[-1].hoogte if self._blokken else 0
        pad = self._naar_schijf(tabel) if naar_schijf else None
        self._blokken.append(_Blok(begin, tabel.height, pad=pad, tabel=None if pad else tabel))
        self._wacht, self._n_wacht = [], 0

    def _naar_schijf(self, tabel: pl.DataFrame) -> str | None:
        """Het pad van het tijdelijke bestand met ``tabel``, of None als dat niet lukt (geen tijdelijke map, schijf vol):
        dan blijft het blok in het geheugen - meer geheugen, dezelfde uitkomst."""
        try:
            if self._map is None:
                self._map = tempfile.TemporaryDirectory(prefix="zorgcontract-fouten-")
            pad = os.path.join(self._map.name, f"{len(self._blokken)}.arrow")
            tabel.write_ipc(pad, compression="uncompressed")
            return pad
        except OSError:
            return None

    def _tabel(self, i: int) -> pl.DataFrame:
        b = self._blokken[i]
        if b.tabel is not None:
            return b.tabel
        if self._gelezen is None or self._gelezen[0] != i:
            self._gelezen = None  # het vorige blok eerst los (een blok tegelijk in het geheugen)
            self._gelezen = (i, pl.read_ipc(b.pad))
        return self._gelezen[1]
