"""Het uitslagenrecord: wat pytest over elk scenario en elke voorbeeldrij besliste (``reports/uitslagen.json``).

Geschreven door de pytest-plugin ``steps/uitslagen_plugin.py`` uit pytest's eigen rapporten over opzet
(setup), uitvoering (call) en afbouw (teardown); gelezen door het handboek, ``zorgcontract dekking`` en
``zorgcontract uitslagen``. Deze module is puur (geen pytest): vorm, lezen met Nederlandse fouten, de uitslag
van één scenario opzoeken, en twee records vergelijken.

Vorm (``versie`` 1)::

    {"versie": 1, "soort": "zorgcontract-uitslagen",
     "run": {"begin": ISO-tijd, "einde": ISO-tijd, "duur": s, "commit": hash|null, "gewijzigd": bool|null,
             "volledig": bool, "exitstatus": int, "argumenten": [...]},
     "tellingen": {status: aantal uitvoeringen},
     "scenarios": [{"bestand", "regel", "naam", "soort", "tags", "vingerafdruk", "status", "duur",
                    "fase", "stap": {"regel", "tekst"}|null, "melding": str|null,
                    "rijen": [{"regel", "waarden": {kolom: waarde}, "status", "duur", "fase", "stap", "melding"}]}]}

Een scenario of rij die in de features staat maar niet in het record (of met een andere vingerafdruk: het
scenario is na de run gewijzigd), is *niet uitgevoerd*: nooit *geslaagd*.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from zorgcontract.kern.fouten import ZorgcontractFout

VERSIE = 1
SOORT = "zorgcontract-uitslagen"

GESLAAGD = "geslaagd"
MISLUKT = "mislukt"
OVERGESLAGEN = "overgeslagen"
FOUT_OPZET = "fout in opzet"
FOUT_AFBOUW = "fout in afbouw"
NIET_UITGEVOERD = "niet uitgevoerd"
STATUSSEN = (GESLAAGD, MISLUKT, FOUT_OPZET, FOUT_AFBOUW, OVERGESLAGEN, NIET_UITGEVOERD)
# Hoe slechter, hoe eerder: de samenvatting van een Abstract Scenario is de slechtste van zijn rijen.
_ERNST = {MISLUKT: 0, FOUT_OPZET: 1, FOUT_AFBOUW: 2, OVERGESLAGEN: 3, NIET_UITGEVOERD: 4, GESLAAGD: 5}


def slechtste(statussen: Iterable[str]) -> str:
    lijst = list(statussen)
    if not lijst:
        return NIET_UITGEVOERD
    return min(lijst, key=lambda s: _ERNST[s])


class RecordFout(ZorgcontractFout):
    """Het uitslagenrecord ontbreekt, is geen JSON of heeft de verkeerde vorm."""


@dataclass(frozen=True)
class Uitslag:
    status: str
    stap: str | None = None  # de stap die faalde of stopte ('Dan is het maximum ...'), ingevuld
    stap_regel: int | None = None
    melding: str | None = None
    fase: str | None = None  # 'opzet', 'uitvoering' of 'afbouw': waar het misging
    duur: float | None = None

    @property
    def mislukte_stap(self) -> str | None:  # oude naam, voor het handboek
        return self.stap


NIET = Uitslag(NIET_UITGEVOERD)


@dataclass
class Record:
    """Een gelezen uitslagenrecord (of het ontbreken ervan: ``gevonden`` False, alles niet uitgevoerd)."""

    gevonden: bool
    run: dict[str, Any] = field(default_factory=dict)
    scenarios: dict[tuple[str, int], dict] = field(default_factory=dict)
    pad: str | None = None

    def _eigen(self, scenario) -> dict | None:
        s = self.scenarios.get((scenario.bestand, scenario.regel))
        if s is None or s.get("vingerafdruk") != scenario.vingerafdruk:
            return None  # niet in deze run, of het scenario is sindsdien gewijzigd
        return s

    def per_rij(self, scenario) -> list[Uitslag]:
        """Eén uitslag per voorbeeldrij (of één voor een gewoon scenario), in tabelvolgorde."""
        s = self._eigen(scenario)
        if not scenario.is_sjabloon:
            return [_uitslag(s) if s is not None and not s.get("rijen") else NIET]
        if s is None:
            return [NIET for _ in scenario.rijen]
        rijen = {r["regel"]: r for r in s.get("rijen") or []}
        uit = []
        for rij in scenario.rijen:
            r = rijen.get(rij.regel)
            uit.append(_uitslag(r) if r is not None and r.get("waarden") == rij.als_dict else NIET)
        return uit

    def totaal(self, scenario) -> str:
        """Samengevat: de slechtste uitslag van de rijen; geslaagd alleen als alles geslaagd is."""
        return slechtste(u.status for u in self.per_rij(scenario))

    # oude naam in het handboek
    @property
    def elementen(self):  # pragma: no cover - alleen voor wie nog de oude naam gebruikt
        return self.scenarios


def _uitslag(d: dict) -> Uitslag:
    stap = d.get("stap") or {}
    return Uitslag(status=d["status"], stap=stap.get("tekst"), stap_regel=stap.get("regel"), melding=d.get("melding"),
                   fase=d.get("fase"), duur=d.get("duur"))


# ------------------------------------------------------------------------------------------- lezen

def _pad_tekst(pad: list) -> str:
    uit = "record"
    for p in pad:
        uit += f"[{p}]" if isinstance(p, int) else f".{p}"
    return uit


class _Vorm:
    """Controleert de vorm van een record en meldt de eerste afwijking met haar plaats."""

    def __init__(self, naam: str):
        self.naam = naam

    def fout(self, pad: list, bericht: str):
        raise RecordFout(f"{self.naam}: {_pad_tekst(pad)}: {bericht}")

    def soort(self, waarde, soort, pad, omschrijving):
        if soort is int:
            ok = isinstance(waarde, int) and not isinstance(waarde, bool)
        elif soort is float:
            ok = isinstance(waarde, (int, float)) and not isinstance(waarde, bool)
        else:
            ok = isinstance(waarde, soort)
        if not ok:
            self.fout(pad, f"verwacht {omschrijving}, gevonden {json.dumps(waarde, ensure_ascii=False)[:60]}")
        return waarde

    def uitvoering(self, d, pad, met_waarden: bool):
        self.soort(d, dict, pad, "een object")
        self.soort(d.get("regel"), int, pad + ["regel"], "een regelnummer (geheel getal)")
        status = d.get("status")
        if status not in STATUSSEN:
            self.fout(pad + ["status"], f"onbekende status {json.dumps(status, ensure_ascii=False)[:60]}; "
                      f"kies uit {', '.join(STATUSSEN)}")
        if d.get("stap") is not None:
            self.soort(d["stap"], dict, pad + ["stap"], "een object met regel en tekst")
            self.soort(d["stap"].get("tekst"), str, pad + ["stap", "tekst"], "tekst")
            self.soort(d["stap"].get("regel"), int, pad + ["stap", "regel"], "een regelnummer (geheel getal)")
        for sleutel in ("melding", "fase"):
            if d.get(sleutel) is not None:
                self.soort(d[sleutel], str, pad + [sleutel], "tekst")
        if d.get("duur") is not None:
            self.soort(d["duur"], float, pad + ["duur"], "een getal (seconden)")
        if met_waarden:
            w = self.soort(d.get("waarden"), dict, pad + ["waarden"], "een object {kolom: waarde}")
            for k, v in w.items():
                self.soort(v, str, pad + ["waarden", k], "tekst")

    def record(self, data) -> None:
        if isinstance(data, list):
            self.fout([], "verwacht een object met \"versie\": 1, gevonden een lijst"
                          " (is dit een Cucumber-JSON? die is alleen export; lees reports/uitslagen.json)")
        self.soort(data, dict, [], "een object met \"versie\": 1")
        if data.get("versie") != VERSIE:
            self.fout(["versie"], f"versie {json.dumps(data.get('versie'))[:30]} wordt niet ondersteund (verwacht {VERSIE})")
        self.soort(data.get("run", {}), dict, ["run"], "een object")
        scenarios = self.soort(data.get("scenarios"), list, ["scenarios"], "een lijst met scenario's")
        for i, s in enumerate(scenarios):
            p = ["scenarios", i]
            self.uitvoering(s, p, met_waarden=False)
            self.soort(s.get("bestand"), str, p + ["bestand"], "een bestandsnaam (tekst)")
            self.soort(s.get("naam"), str, p + ["naam"], "tekst")
            self.soort(s.get("vingerafdruk", ""), str, p + ["vingerafdruk"], "tekst")
            self.soort(s.get("tags", []), list, p + ["tags"], "een lijst met tekst")
            for j, r in enumerate(self.soort(s.get("rijen", []), list, p + ["rijen"], "een lijst met voorbeeldrijen")):
                self.uitvoering(r, p + ["rijen", j], met_waarden=True)


def uit_tekst(tekst: str, naam: str = "uitslagen") -> dict:
    """Leest en controleert een record uit JSON-tekst; fouten als RecordFout met plaats."""
    try:
        data = json.loads(tekst)
    except RecursionError:
        raise RecordFout(f"{naam}: te diep geneste JSON; dit is geen uitslagenrecord") from None
    except ValueError as e:
        regel = getattr(e, "lineno", None)
        raise RecordFout(f"{naam}: geen geldige JSON" + (f" (regel {regel}: {getattr(e, 'msg', e)})" if regel else "")) from None
    try:
        _Vorm(naam).record(data)
    except RecursionError:  # pragma: no cover - vorm is vlak; voor de zekerheid
        raise RecordFout(f"{naam}: te diep geneste JSON; dit is geen uitslagenrecord") from None
    return data


def lees_bestand(pad: Path | str) -> dict:
    """Leest een record dat er moet zijn (``zorgcontract uitslagen vergelijk``)."""
    pad = Path(pad)
    if pad.is_dir():
        raise RecordFout(f"{pad}: is een map, geen uitslagenrecord")
    try:
        ruw = pad.read_bytes()
    except FileNotFoundError:
        raise RecordFout(f"{pad}: bestand bestaat niet") from None
    except OSError as e:
        raise RecordFout(f"{pad}: niet te lezen ({e.strerror or e})") from None
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError:
        raise RecordFout(f"{pad}: geen UTF-8-tekst; dit is geen uitslagenrecord") from None
    return uit_tekst(tekst, str(pad))


def lees_record(pad: Path | str | None) -> Record:
    """Het record voor handboek en dekking. Ontbreekt het bestand: ``gevonden`` False (alles niet uitgevoerd).
    Is het er maar kapot: RecordFout (nooit stil 'geen uitslagen')."""
    if pad is None or not Path(pad).exists():
        return Record(False, pad=str(pad) if pad else None)
    data = lees_bestand(pad)
    return uit_data(data, str(pad))


def uit_data(data: dict, pad: str | None = None) -> Record:
    return Record(True, run=dict(data.get("run") or {}),
                  scenarios={(s["bestand"], s["regel"]): s for s in data["scenarios"]}, pad=pad)


# ------------------------------------------------------------------------------------------- vergelijken

def _uitvoeringen(s: dict) -> list[dict]:
    return s.get("rijen") or [s]


def _rij_paren(oud: list[dict], nieuw: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Koppelt voorbeeldrijen van twee versies: eerst gelijke waarden, dan rijen die de meeste cellen delen
    (dat is een rij met een gewijzigde verwachte waarde). Geeft (paren, alleen oud, alleen nieuw)."""
    oud, nieuw = list(oud), list(nieuw)
    paren: list[tuple[dict, dict]] = []
    for n in list(nieuw):
        for o in oud:
            if o["waarden"] == n["waarden"]:
                paren.append((o, n))
                oud.remove(o)
                nieuw.remove(n)
                break
    for n in list(nieuw):
        beste, score = None, 0
        for o in oud:
            gedeeld = sum(1 for k, v in n["waarden"].items() if o["waarden"].get(k) == v)
            if gedeeld > score:
                beste, score = o, gedeeld
        if beste is not None:
            paren.append((beste, n))
            oud.remove(beste)
            nieuw.remove(n)
    return paren, oud, nieuw


def _kort(s: dict) -> dict:
    return {"bestand": s["bestand"], "regel": s["regel"], "naam": s["naam"], "status": s["status"]}


def vergelijk(oud: dict, nieuw: dict) -> dict:
    """Wat veranderde tussen twee records: nieuw falend, nieuw geslaagd, anders niet geslaagd, toegevoegd,
    verwijderd, gewijzigde voorbeeldrijen. Scenario's worden gekoppeld op (bestand, naam): regelnummers
    schuiven als een auteur iets toevoegt."""
    o = {(s["bestand"], s["naam"]): s for s in oud["scenarios"]}
    n = {(s["bestand"], s["naam"]): s for s in nieuw["scenarios"]}
    uit: dict[str, Any] = {
        "oud": {k: oud.get("run", {}).get(k) for k in ("begin", "commit")},
        "nieuw": {k: nieuw.get("run", {}).get(k) for k in ("begin", "commit")},
        "nieuw_falend": [], "nieuw_geslaagd": [], "anders_niet_geslaagd": [],
        "toegevoegd": [], "verwijderd": [], "gewijzigde_voorbeelden": [],
    }
    for sleutel in sorted(n.keys() - o.keys()):
        uit["toegevoegd"].append(_kort(n[sleutel]))
    for sleutel in sorted(o.keys() - n.keys()):
        uit["verwijderd"].append(_kort(o[sleutel]))
    for sleutel in sorted(o.keys() & n.keys()):
        a, b = o[sleutel], n[sleutel]
        regel = {"bestand": b["bestand"], "regel": b["regel"], "naam": b["naam"], "oud": a["status"], "nieuw": b["status"]}
        rijwijzigingen = []
        if a.get("rijen") or b.get("rijen"):
            paren, weg, bij = _rij_paren(a.get("rijen") or [], b.get("rijen") or [])
            for ro, rn in paren:
                if ro["status"] != rn["status"]:
                    rijwijzigingen.append({"regel": rn["regel"], "waarden": rn["waarden"], "oud": ro["status"], "nieuw": rn["status"]})
                verschil = {k: {"oud": ro["waarden"].get(k), "nieuw": v} for k, v in rn["waarden"].items()
                            if ro["waarden"].get(k) != v}
                verschil.update({k: {"oud": v, "nieuw": None} for k, v in ro["waarden"].items() if k not in rn["waarden"]})
                if verschil:
                    uit["gewijzigde_voorbeelden"].append({
                        "bestand": b["bestand"], "naam": b["naam"], "regel_oud": ro["regel"], "regel_nieuw": rn["regel"],
                        "wijziging": "gewijzigd", "kolommen": verschil, "oud_status": ro["status"], "nieuw_status": rn["status"]})
            for r in weg:
                uit["gewijzigde_voorbeelden"].append({"bestand": b["bestand"], "naam": b["naam"], "regel_oud": r["regel"],
                                                      "regel_nieuw": None, "wijziging": "verwijderd", "waarden": r["waarden"]})
            for r in bij:
                uit["gewijzigde_voorbeelden"].append({"bestand": b["bestand"], "naam": b["naam"], "regel_oud": None,
                                                      "regel_nieuw": r["regel"], "wijziging": "toegevoegd",
                                                      "waarden": r["waarden"], "nieuw_status": r["status"]})
        if rijwijzigingen:
            regel["rijen"] = rijwijzigingen
        if a["status"] == b["status"] and not rijwijzigingen:
            continue
        if b["status"] == GESLAAGD and a["status"] != GESLAAGD:
            uit["nieuw_geslaagd"].append(regel)
        elif a["status"] == GESLAAGD and b["status"] != GESLAAGD:
            uit["nieuw_falend"].append({**regel, "melding": b.get("melding")})
        elif any(r["oud"] == GESLAAGD and r["nieuw"] != GESLAAGD for r in rijwijzigingen):
            uit["nieuw_falend"].append({**regel, "melding": b.get("melding")})
        elif any(r["nieuw"] == GESLAAGD and r["oud"] != GESLAAGD for r in rijwijzigingen):
            uit["nieuw_geslaagd"].append(regel)
        else:
            uit["anders_niet_geslaagd"].append(regel)
    uit["ongewijzigd"] = not any(uit[k] for k in ("nieuw_falend", "nieuw_geslaagd", "anders_niet_geslaagd", "toegevoegd",
                                                  "verwijderd", "gewijzigde_voorbeelden"))
    return uit


def vergelijk_regels(v: dict) -> list[str]:
    """``vergelijk`` als leesbare tekst (voor de opdrachtregel)."""
    def waar(x):
        return f"{x['bestand']}:{x['regel']} '{x['naam']}'"

    regels = [f"Uitslagen vergeleken: oud {v['oud'].get('begin') or '?'} ({(v['oud'].get('commit') or '?')[:10]}), "
              f"nieuw {v['nieuw'].get('begin') or '?'} ({(v['nieuw'].get('commit') or '?')[:10]})"]
    if v["ongewijzigd"]:
        return regels + ["", "Geen verschillen."]
    secties = [
        ("Nieuw falend", v["nieuw_falend"], lambda x: f"  {waar(x)}: {x['oud']} → {x['nieuw']}"
         + (f" ({x['melding'].splitlines()[0][:200]})" if x.get("melding") else "")),
        ("Nieuw geslaagd", v["nieuw_geslaagd"], lambda x: f"  {waar(x)}: {x['oud']} → {x['nieuw']}"),
        ("Anders niet geslaagd", v["anders_niet_geslaagd"], lambda x: f"  {waar(x)}: {x['oud']} → {x['nieuw']}"),
        ("Toegevoegd", v["toegevoegd"], lambda x: f"  {waar(x)}: {x['status']}"),
        ("Verwijderd", v["verwijderd"], lambda x: f"  {waar(x)} (was {x['status']})"),
        ("Gewijzigde voorbeeldrijen", v["gewijzigde_voorbeelden"], _rij_tekst),
    ]
    for kop, lijst, vorm in secties:
        if lijst:
            regels += ["", f"{kop} ({len(lijst)}):", *(vorm(x) for x in lijst)]
    return regels


def _rij_tekst(x: dict) -> str:
    waar = f"  {x['bestand']} '{x['naam']}'"
    if x["wijziging"] == "gewijzigd":
        kol = "; ".join(f"{k}: {w['oud']} → {w['nieuw']}" for k, w in x["kolommen"].items())
        return f"{waar}, rij op regel {x['regel_nieuw']}: {kol}"
    if x["wijziging"] == "toegevoegd":
        return f"{waar}, rij toegevoegd op regel {x['regel_nieuw']}: " + " | ".join(x["waarden"].values())
    return f"{waar}, rij verwijderd (was regel {x['regel_oud']}): " + " | ".join(x["waarden"].values())
