"""Het praktijkprofiel: een klein TOML-bestand met alleen totalen van een praktijk (geen patiëntgegevens).

Vorm (alle sleutels behalve ``lijst.ingeschreven`` zijn optioneel; een ontbrekend onderdeel betekent
'de praktijk doet dit niet' of 'niet opgegeven', en de uitvoer zegt dan welk veld ontbreekt)::

    naam = "Huisartsenpraktijk De Linde"

    [lijst]
    ingeschreven = 2350                 # alle ingeschreven patiënten (ZK rekent met de praktijkgrootte)
    [lijst.per_verzekeraar]             # ingeschreven verzekerden per verzekeraar (ZZ betaalt per eigen verzekerde)
    zz = 2350                           # Zorg en Zekerheid
    zk = 1100                           # Zilveren Kruis

    [chronisch]                         # ZZ-verzekerden in programmatische zorg van de POH-S (ZZ POH-S art. 5 lid 5)
    dm2 = 150
    cvrm = 200
    copd = 40
    astma = 60
    keten_dbc = ["DM2"]                 # groepen die al via een keten-dbc betaald worden (art. 5 lid 9)

    [poh_s]                             # module POH-S (ZZ)
    contracturen = 16                   # contracturen per week
    start_overeenkomst = 2026-01-01     # samenwerkingsovereenkomst POH-S
    opleiding = "hbo-v"                 # post-hbo-poh-s | praktijkverpleegkundige | hbo-v | andere-hbo | geen
    post_hbo_poh_s_afgerond = false
    overeenkomst = "arbeidsovereenkomst"   # arbeidsovereenkomst | detachering | geen
    eigen_werkplek = true

    [poh_ggz]                           # module POH-GGZ (ZZ) en uren POH-GGZ (ZK)
    uren = 16                           # uren per week waarvoor aangesteld
    afgesproken_uren = 18               # met ZZ afgesproken maximum per week (art. 6 lid 2b)
    start_overeenkomst = 2026-04-01
    opleiding = "erkende-poh-ggz"       # erkende-poh-ggz | basispsycholoog | spv | anders
    overeenkomst = "arbeidsovereenkomst"
    eigen_werkplek = true
    taakomschrijving_vastgelegd = true

    [[opleiding]]                       # een POH in opleiding (coulance, ZZ art. 4 lid 5 en FAQ)
    functie = "poh-s"                   # poh-s | poh-ggz | poh-ouderen
    start = 2026-02-15
    duur_maanden = 24                   # POH-S: 10 t/m 13 (verkort) of 24 (regulier)
    verkennend_gesprek = false          # POH-GGZ: doet dezelfde persoon het verkennend gesprek?
    incompany_opleiding = false         # POH-Ouderen
    hbo_v = false                       # POH-Ouderen

    [service]                           # service en bereikbaarheid (ZZ FAQ)
    diensten = ["ochtend-avondspreekuur", "digitaal-afspraken", "herhaalrecepten", "e-consult-beeldbellen", "spraak-naar-tekst"]

    [oaw]                               # ZK service en bereikbaarheid, module C
    spreekuren = ["di 17:00-19:00", "za 09:00-11:00 x2"]   # x2: twee huisartsen tegelijk
    weken_per_jaar = 46

Datums zijn TOML-datums (``2026-04-01``) of tekst ``"2026-04-01"``. Fouten: ``InvoerFout`` met het veld
zoals het in het bestand heet (``poh_s.contracturen``).
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from zorgcontract.kern.fouten import InvoerFout

REGEL = "praktijkprofiel (zie zorgcontract praktijk --help)"


class PohSProfiel(BaseModel):
    model_config = ConfigDict(frozen=True)
    contracturen: Decimal
    start_overeenkomst: date | None = None
    opleiding: str | None = None
    post_hbo_poh_s_afgerond: bool = False
    overeenkomst: str = "arbeidsovereenkomst"
    eigen_werkplek: bool = True


class PohGgzProfiel(BaseModel):
    model_config = ConfigDict(frozen=True)
    uren: Decimal
    afgesproken_uren: Decimal | None = None
    start_overeenkomst: date | None = None
    opleiding: str | None = None
    overeenkomst: str = "arbeidsovereenkomst"
    eigen_werkplek: bool = True
    taakomschrijving_vastgelegd: bool = True


class Opleiding(BaseModel):
    model_config = ConfigDict(frozen=True)
    functie: str
    start: date
    duur_maanden: int | None = None
    verkennend_gesprek: bool = False
    incompany_opleiding: bool = False
    hbo_v: bool = False


class Oaw(BaseModel):
    model_config = ConfigDict(frozen=True)
    spreekuren: list[str]
    weken_per_jaar: int = 0


class Profiel(BaseModel):
    model_config = ConfigDict(frozen=True)
    naam: str
    ingeschreven: int
    per_verzekeraar: dict[str, int]
    chronisch: dict[str, int]
    keten_dbc: list[str]
    poh_s: PohSProfiel | None
    poh_ggz: PohGgzProfiel | None
    opleidingen: list[Opleiding]
    diensten: list[str] | None
    oaw: Oaw | None


def _tabel(ruw: dict, sleutel: str, toegestaan: set[str]) -> dict:
    t = ruw.get(sleutel)
    if t is None:
        return {}
    if not isinstance(t, dict):
        raise InvoerFout(sleutel, "verwacht een tabel [" + sleutel + "]", REGEL)
    onbekend = sorted(set(t) - toegestaan)
    if onbekend:
        raise InvoerFout(f"{sleutel}.{onbekend[0]}", f"onbekende sleutel (toegestaan: {', '.join(sorted(toegestaan))})", REGEL)
    return t


def _geheel(veld: str, w, minimum: int = 0) -> int:
    if isinstance(w, bool) or not isinstance(w, int):
        raise InvoerFout(veld, f"{w!r} is geen geheel getal", REGEL)
    if w < minimum:
        raise InvoerFout(veld, f"moet minstens {minimum} zijn, niet {w}", REGEL)
    return w


def _getal(veld: str, w) -> Decimal:
    if isinstance(w, bool):
        raise InvoerFout(veld, f"{w!r} is geen getal", REGEL)
    if isinstance(w, float):  # TOML-getal met punt: via de tekst, nooit via de binaire float
        w = repr(w)
    try:
        d = Decimal(str(w).replace(",", "."))
    except InvalidOperation:
        raise InvoerFout(veld, f"{w!r} is geen getal", REGEL) from None
    if not d.is_finite() or d < 0:
        raise InvoerFout(veld, f"moet een getal van minstens 0 zijn, niet {w}", REGEL)
    return d


def _datum(veld: str, w) -> date:
    if isinstance(w, date):
        return w
    try:
        return date.fromisoformat(str(w))
    except ValueError:
        raise InvoerFout(veld, f"'{w}' is geen geldige datum als JJJJ-MM-DD", REGEL) from None


def _bool(veld: str, w) -> bool:
    if not isinstance(w, bool):
        raise InvoerFout(veld, f"{w!r} is geen true of false", REGEL)
    return w


def lees(pad: str | Path) -> Profiel:
    pad = Path(pad)
    try:
        ruw = tomllib.loads(pad.read_text(encoding="utf-8"), parse_float=Decimal)  # geen binaire floats
    except OSError as e:
        raise InvoerFout("PROFIEL", f"{pad} is niet te lezen ({e.strerror})", REGEL) from None
    except tomllib.TOMLDecodeError as e:
        raise InvoerFout("PROFIEL", f"{pad.name} is geen geldige TOML ({e})", REGEL) from None
    return uit_gegevens(ruw, standaardnaam=pad.stem)


def uit_gegevens(ruw: dict, standaardnaam: str = "praktijk") -> Profiel:
    onbekend = sorted(set(ruw) - {"naam", "lijst", "chronisch", "poh_s", "poh_ggz", "opleiding", "service", "oaw"})
    if onbekend:
        raise InvoerFout(onbekend[0], "onbekende sleutel (toegestaan: naam, lijst, chronisch, poh_s, poh_ggz, opleiding, service, oaw)", REGEL)
    lijst = _tabel(ruw, "lijst", {"ingeschreven", "per_verzekeraar"})
    if "ingeschreven" not in lijst:
        raise InvoerFout("lijst.ingeschreven", "ontbreekt (het aantal ingeschreven patiënten)", REGEL)
    n = _geheel("lijst.ingeschreven", lijst["ingeschreven"], 1)
    per = {}
    for vz, aantal in (lijst.get("per_verzekeraar") or {}).items():
        if vz not in ("zz", "zk"):
            raise InvoerFout(f"lijst.per_verzekeraar.{vz}", "onbekende verzekeraar (zz: Zorg en Zekerheid, zk: Zilveren Kruis)", REGEL)
        per[vz] = _geheel(f"lijst.per_verzekeraar.{vz}", aantal, 0)
        if per[vz] > n:
            raise InvoerFout(f"lijst.per_verzekeraar.{vz}", f"{per[vz]} verzekerden is meer dan de {n} ingeschreven patiënten", REGEL)
    ch = _tabel(ruw, "chronisch", {"dm2", "cvrm", "copd", "astma", "keten_dbc"})
    chronisch = {g: _geheel(f"chronisch.{g}", ch.get(g, 0)) for g in ("dm2", "cvrm", "copd", "astma")}
    keten = ch.get("keten_dbc", [])
    if not isinstance(keten, list) or not all(isinstance(k, str) for k in keten):
        raise InvoerFout("chronisch.keten_dbc", "verwacht een lijst groepen, bijv. [\"DM2\", \"COPD\"]", REGEL)

    def model(sleutel, cls, verplicht, getallen=(), datums=(), booleans=(), teksten=()):
        t = _tabel(ruw, sleutel, set(cls.model_fields))
        if not t:
            return None
        if verplicht not in t:
            raise InvoerFout(f"{sleutel}.{verplicht}", "ontbreekt", REGEL)
        waarden = {}
        for k, w in t.items():
            veld = f"{sleutel}.{k}"
            if k in getallen:
                waarden[k] = _getal(veld, w)
            elif k in datums:
                waarden[k] = _datum(veld, w)
            elif k in booleans:
                waarden[k] = _bool(veld, w)
            elif k in teksten:
                if not isinstance(w, str):
                    raise InvoerFout(veld, f"{w!r} is geen tekst", REGEL)
                waarden[k] = w.strip().lower()
        return cls(**waarden)

    poh_s = model("poh_s", PohSProfiel, "contracturen", getallen=("contracturen",), datums=("start_overeenkomst",),
                  booleans=("post_hbo_poh_s_afgerond", "eigen_werkplek"), teksten=("opleiding", "overeenkomst"))
    poh_ggz = model("poh_ggz", PohGgzProfiel, "uren", getallen=("uren", "afgesproken_uren"), datums=("start_overeenkomst",),
                    booleans=("eigen_werkplek", "taakomschrijving_vastgelegd"), teksten=("opleiding", "overeenkomst"))
    opleidingen = []
    ruwe = ruw.get("opleiding") or []
    if not isinstance(ruwe, list):
        raise InvoerFout("opleiding", "verwacht [[opleiding]]-tabellen", REGEL)
    for i, o in enumerate(ruwe, 1):
        pre = f"opleiding[{i}]"
        onb = sorted(set(o) - set(Opleiding.model_fields))
        if onb:
            raise InvoerFout(f"{pre}.{onb[0]}", f"onbekende sleutel (toegestaan: {', '.join(Opleiding.model_fields)})", REGEL)
        for k in ("functie", "start"):
            if k not in o:
                raise InvoerFout(f"{pre}.{k}", "ontbreekt", REGEL)
        opleidingen.append(Opleiding(
            functie=str(o["functie"]).strip().lower(), start=_datum(f"{pre}.start", o["start"]),
            duur_maanden=None if o.get("duur_maanden") is None else _geheel(f"{pre}.duur_maanden", o["duur_maanden"], 1),
            **{k: _bool(f"{pre}.{k}", o[k]) for k in ("verkennend_gesprek", "incompany_opleiding", "hbo_v") if k in o}))
    service = _tabel(ruw, "service", {"diensten"})
    diensten = service.get("diensten") if service else None
    if diensten is not None and (not isinstance(diensten, list) or not all(isinstance(d, str) for d in diensten)):
        raise InvoerFout("service.diensten", "verwacht een lijst diensten", REGEL)
    oaw_t = _tabel(ruw, "oaw", {"spreekuren", "weken_per_jaar"})
    oaw = None
    if oaw_t:
        sp = oaw_t.get("spreekuren", [])
        if not isinstance(sp, list) or not all(isinstance(s, str) for s in sp):
            raise InvoerFout("oaw.spreekuren", "verwacht een lijst als [\"di 17:00-19:00\"]", REGEL)
        oaw = Oaw(spreekuren=sp, weken_per_jaar=_geheel("oaw.weken_per_jaar", oaw_t.get("weken_per_jaar", 0)))
    naam = ruw.get("naam", standaardnaam)
    return Profiel(naam=str(naam), ingeschreven=n, per_verzekeraar=per, chronisch=chronisch, keten_dbc=keten,
                   poh_s=poh_s, poh_ggz=poh_ggz, opleidingen=opleidingen, diensten=diensten, oaw=oaw)
