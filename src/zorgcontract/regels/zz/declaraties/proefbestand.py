"""Synthetische declaratiebestanden voor de benchmark en de differentiële test (geen contractregels).

Een realistische mix: veel praktijken en verzekerden (pseudoniemen), alle prestatiecodes, datums vooral in
2026-2028 en soms daarbuiten, contexten met en zonder start-overeenkomst, en een klein deel foute regels
(onbekende code, onmogelijke datum, jaar 9999, iets dat op een BSN lijkt, te weinig velden, aanhalingstekens,
een te lang veld). Met een vaste ``zaad`` is het bestand elke keer hetzelfde.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import polars as pl

from zorgcontract.regels.zz.declaraties.formaat import CODES

KOP = "regel,praktijk,verzekerde,prestatiecode,datum,uitvoerder,context,deelnemers,zorgverlener,duur_minuten,tarief"
_CODES = list(CODES)
_GEWICHT = np.array([8, 1, 4, 1, 1, 1, 14, 10, 4, 3, 3, 30, 4, 1, 1, 2], dtype=float)
_UITV = ["huisarts", "poh-s", "poh-ouderen", "poh-ggz", "soh", "doktersassistent", "scen-arts", "praktijk"]
_CONTEXT = ["", "", "", "poh-s-module", "toestemming", "nascholing nodig", "nodig", "huisartsenovereenkomst",
            "huisartsenovereenkomst behandelaar-besloten", "behandelaar-besloten", "niet-gerelateerde-zorgvraag",
            "boven-opslaguren aantoonbaar", "boven-opslaguren", "direct-patientgebonden", "aangemeld-regio",
            "selectief-ingekocht", "toestemming start-overeenkomst=2026-02-10", "start-overeenkomst=2026-05-01",
            "start-overeenkomst=2025-11-20", "behandelwensgesprek-zelfde-dag"]
_FOUTEN = ["99999", "2026-02-30", "9999-12-31", "123456782", "kort", '"a,b"', "lang", "2025-06-01", "2029-01-01",
           "spoed", "0"]


def tekst(n: int, zaad: int = 1, praktijken: int | None = None, verzekerden: int | None = None,
          foutfractie: float = 0.01) -> str:
    return "\n".join(lijnen(n, zaad, praktijken, verzekerden, foutfractie)) + "\n"


def lijnen(n: int, zaad: int = 1, praktijken: int | None = None, verzekerden: int | None = None,
           foutfractie: float = 0.01) -> list[str]:
    return [KOP, *frame(n, zaad, praktijken, verzekerden, foutfractie)["lijn"].to_list()]


def schrijf(pad, n: int, zaad: int = 1, stuk: int = 1_000_000, **kw) -> None:
    """Schrijft een bestand van ``n`` regels in stukken (begrensd geheugen)."""
    with open(pad, "wb") as uit:
        uit.write((KOP + "\n").encode())
        gedaan = 0
        while gedaan < n:
            m = min(stuk, n - gedaan)
            df = frame(m, zaad * 1_000_003 + gedaan, nr0=gedaan, totaal=n, **kw)
            uit.write(("\n".join(df["lijn"].to_list()) + "\n").encode())
            gedaan += m


def frame(n: int, zaad: int = 1, praktijken: int | None = None, verzekerden: int | None = None,
          foutfractie: float = 0.01, nr0: int = 0, totaal: int | None = None) -> pl.DataFrame:
    r = np.random.default_rng(zaad)
    totaal = totaal or n
    praktijken = praktijken or max(1, totaal // 20_000)
    verzekerden = verzekerden or max(1, totaal // 12)
    verz = r.integers(0, verzekerden, n)
    prak = verz % praktijken
    wissel = r.random(n) < 0.02  # een verzekerde die (ook) bij een andere praktijk declareert
    prak = np.where(wissel, (prak + 1) % praktijken, prak)
    code = r.choice(len(_CODES), n, p=_GEWICHT / _GEWICHT.sum())
    dag0 = date(2026, 1, 1).toordinal()
    dagen = r.integers(-30, 3 * 365 + 30, n)
    uitv_kans = r.random(n)
    uitv = np.select(
        [np.isin(code, [0, 1, 2]) & (uitv_kans < 0.8), np.isin(code, [3, 4, 5]), np.isin(code, [6, 7, 8, 9]),
         code == 9, code == 11],
        [0, 6, 7, 3, r.choice([0, 1, 2, 4], n)], default=r.integers(0, len(_UITV), n))
    uitv = np.where(code == 9, np.where(uitv_kans < 0.9, 3, 0), uitv)
    ctx = r.integers(0, len(_CONTEXT), n)
    deel = np.where(code == 9, r.integers(5, 11, n), 0)
    duur = np.where(code == 4, r.integers(1, 91, n), 0)
    zv = np.where(np.isin(code, [3, 4, 5]), r.integers(0, 5, n), -1)
    tarief = r.integers(0, 4, n)
    datums = pl.Series("d", dagen + dag0 - date(1970, 1, 1).toordinal()).cast(pl.Int32).cast(pl.Date).cast(pl.String)
    df = pl.DataFrame({
        "regel": pl.Series(np.arange(nr0 + 1, nr0 + n + 1)).cast(pl.String),
        "praktijk": pl.Series(prak).cast(pl.String).str.zfill(8).str.replace(r"^", "AGB"),
        "verzekerde": pl.Series(verz).cast(pl.String).str.replace(r"^", "V-"),
        "prestatiecode": pl.Series([_CODES[i] for i in range(len(_CODES))])[code],
        "datum": datums,
        "uitvoerder": pl.Series(_UITV)[uitv],
        "context": pl.Series(_CONTEXT)[ctx],
        "deelnemers": pl.Series(deel).cast(pl.String).replace("0", ""),
        "zorgverlener": pl.Series(zv).cast(pl.String).replace("-1", "").str.replace(r"^(\d)", "scen-$1"),
        "duur_minuten": pl.Series(duur).cast(pl.String).replace("0", ""),
        "tarief": pl.Series(["", "", "12.50", "31.97"])[tarief],
    })
    lijn = pl.concat_str(list(df.columns), separator=",")
    fout = r.random(n) < foutfractie
    soort = r.integers(0, len(_FOUTEN), n)
    if fout.any():
        idx = np.flatnonzero(fout)
        rijen = df[idx].to_dicts()
        vervangen = []
        for i, rij in zip(idx, rijen):
            f = _FOUTEN[soort[i]]
            if f in ("99999",):
                rij["prestatiecode"] = f
            elif f in ("2026-02-30", "9999-12-31", "2025-06-01", "2029-01-01"):
                rij["datum"] = f
            elif f == "123456782":
                rij["verzekerde"] = f
            elif f == "spoed":
                rij["context"] = f
            elif f == "0":
                rij["deelnemers"] = f
            elif f == "lang":
                rij["zorgverlener"] = "x" * 600
            elif f == '"a,b"':
                rij["regel"] = f'"{rij["regel"]},b"'
            if f == "kort":
                vervangen.append(",".join(list(rij.values())[:6]))
            else:
                vervangen.append(",".join(rij.values()))
        lijn_lijst = df.select(lijn).to_series().to_list()
        for i, v in zip(idx, vervangen):
            lijn_lijst[i] = v
        return pl.DataFrame({"lijn": lijn_lijst})
    return df.select(lijn.alias("lijn"))


def grensgevallen() -> str:
    """Een klein bestand met de grensgevallen van elke regel (voor de differentiële test)."""
    rijen = [
        # tweede 13029 in hetzelfde kalenderjaar, 13031 over de jaargrens, 13030 eenmaal ooit
        ("a1", "P1", "V1", "13029", "2026-02-10", "huisarts", "", "", "", "", "12.50"),
        ("a2", "P1", "V1", "13029", "2026-11-03", "huisarts", "", "", "", "", ""),
        ("a3", "P2", "V1", "13029", "2027-01-05", "huisarts", "", "", "", "", ""),
        ("a4", "P1", "V1", "13030", "2026-04-01", "huisarts", "", "", "", "", ""),
        ("a5", "P2", "V1", "13030", "2028-04-01", "huisarts", "", "", "", "", ""),
        # 12116 met 8 en 9 deelnemers
        ("g8", "P1", "V2", "12116", "2026-05-01", "poh-ggz", "toestemming", "8", "", "", ""),
        ("g9", "P1", "V2", "12116", "2026-05-08", "poh-ggz", "toestemming", "9", "", "", ""),
        # 31343 vóór en na zijn 11201 in hetzelfde kwartaal, en vóór de declaratiestart
        ("s1", "P1", "V3", "31343", "2026-04-02", "praktijk", "toestemming", "", "", "", ""),
        ("s2", "P1", "V3", "11201", "2026-05-01", "praktijk", "", "", "", "", ""),
        ("s3", "P1", "V3", "31343", "2026-06-30", "praktijk", "toestemming", "", "", "", ""),
        ("s4", "P1", "V3", "31343", "2026-03-01", "praktijk", "toestemming start-overeenkomst=2026-02-10", "", "", "", ""),
        ("s5", "P1", "V3", "11201", "2026-03-01", "praktijk", "start-overeenkomst=2026-02-10", "", "", "", ""),
        ("m1", "P1", "V4", "31080", "2026-03-01", "praktijk", "start-overeenkomst=2026-02-10", "", "", "", ""),
        ("m2", "P1", "V4", "31080", "2026-04-01", "praktijk", "start-overeenkomst=2026-02-10", "", "", "", ""),
        ("m3", "P2", "V4", "31080", "2026-05-01", "praktijk", "", "", "", "", ""),
        # SCEN: advies en procedure door dezelfde arts, duur in kwartieren
        ("c1", "P1", "V5", "12822", "2026-06-01", "scen-arts", "huisartsenovereenkomst", "", "arts-a", "16", "40.00"),
        ("c2", "P1", "V5", "12815", "2026-06-01", "scen-arts", "huisartsenovereenkomst behandelaar-besloten", "", "arts-a", "", ""),
        ("c3", "P1", "V5", "29033", "2026-06-02", "scen-arts", "behandelaar-besloten", "", "arts-b", "", ""),
        ("b1", "P1", "V6", "consult", "2026-05-12", "huisarts", "", "", "", "", ""),
        ("b2", "P1", "V6", "behandelwensgesprek", "2026-05-12", "huisarts", "nascholing nodig", "", "", "", ""),
        ("b3", "P2", "V6", "consult", "2026-05-12", "huisarts", "", "", "", "", ""),
        ("x1", "P1", "V7", "13029", "9999-12-31", "huisarts", "", "", "", "", ""),
        ("x2", "P1", "V7", "13029", "2025-12-31", "huisarts", "", "", "", "", ""),
    ]
    return KOP + "\n" + "\n".join(",".join(r) for r in rijen) + "\n"
