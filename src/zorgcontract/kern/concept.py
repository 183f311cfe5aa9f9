"""Concept-contracten: parameterwaarden overschrijven of toevoegen, zonder de contractgegevens te wijzigen.

Een contractauteur die de volgende contractperiode voorbereidt, schrijft een conceptbestand (YAML) in
dezelfde vorm als de parameterbestanden; elke waarde draagt ``bron: concept`` en de ``reden`` van de
auteur::

    concept: Uurtarief POH-S 2027 +3%            # titel, verschijnt in elke uitvoer
    auteur: afdeling zorginkoop                  # optioneel
    parameters:
      zz26-pohs.a5.uurtarief:                    # volle naam: <document>.<artikel of module>.<naam>
        waarden:
          2027-01-01:
            waarde: '72.24'
            bron: concept
            reden: indexering 3% op het tarief van 2026
            tot: 2027-12-31                      # optioneel; anders tot de volgende waarde of het einde van het document
      zz29-pohs.a5.weken_per_jaar:               # een parameter van een nieuwe periode (zie perioden)
        beschrijving: Werkweken per jaar          # bij een nieuwe parameter verplicht
        eenheid: weken per jaar
        waarden: {2029-01-01: {waarde: 45, bron: concept, reden: ...}}
    perioden:                                    # optioneel: een nieuwe contractperiode als document
      zz29-pohs:
        zoals: zz26-pohs                         # verzekeraar, reeks, titel, ... van dit document
        eerste_dag: 2029-01-01
        laatste_dag: 2031-12-31
        parameters_overnemen: true               # optioneel: de laatste waarde van elke parameter van 'zoals'
                                                 # overnemen (als concept, met die reden), tenzij het concept
                                                 # de parameter zelf noemt

Wat een conceptwaarde doet: ze geldt van ``vanaf`` tot ``tot``; bestaande contractwaarden die in die
periode vallen, worden daar weggeknipt (een waarde die er deels in valt, wordt ingekort). Zo kan een
concept een waarde voor een jaar toevoegen waarover het contract zwijgt (het uurtarief 2027) of een
bestaande waarde vervangen (de normpraktijk). Een parameter of document die niet bestaat, is een fout
(``ConceptFout``, met het bestand en de sleutel), behalve als het concept haar zelf invoert.

Elke conceptwaarde krijgt als bron het document met de plaats ``CONCEPT '<titel>': <reden>``; zo zegt
elke uitlegstap die haar gebruikt dat ze uit het concept komt, niet uit het contract.

Aanzetten (de haak in ``kern.parameters``):

- omgevingsvariabele ``ZORGCONTRACT_CONCEPT=pad`` (voor een los proces, bijv. de scenariosuite die de
  hoofdtaak start); een nieuwe periode wordt dan bij het eerste gebruik in ``ZORGCONTRACT_BRONNEN`` gezet
  via ``activeer_uit_omgeving()``;
- of binnen één proces: ``with concept.actief(pad): ...`` (zet beide variabelen en wist de caches, en
  herstelt ze daarna); ``with concept.zonder(): ...`` rekent tijdelijk weer onder het contract.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path


from zorgcontract.kern.fouten import ZorgcontractFout

OMGEVING = "ZORGCONTRACT_CONCEPT"
BRONNEN = "ZORGCONTRACT_BRONNEN"


class ConceptFout(ZorgcontractFout, ValueError):
    """Een conceptbestand dat niet klopt: noemt het bestand en de sleutel."""

    def __init__(self, pad: Path | str, sleutel: str, bericht: str):
        self.pad, self.sleutel, self.bericht = Path(pad), sleutel, bericht
        super().__init__(f"ongeldig conceptbestand {pad}, '{sleutel}': {bericht}")


@dataclass(frozen=True)
class ConceptWaarde:
    vanaf: date
    tot: date | None
    waarde: object
    reden: str
    toelichting: str | None = None


@dataclass(frozen=True)
class ConceptParameter:
    naam: str
    waarden: tuple[ConceptWaarde, ...]
    beschrijving: str | None = None
    eenheid: str | None = None


@dataclass(frozen=True)
class ConceptPeriode:
    sleutel: str
    zoals: str
    eerste_dag: date
    laatste_dag: date
    parameters_overnemen: bool = False
    velden: dict = field(default_factory=dict)  # extra document-velden (titel, vervangt, ...)


@dataclass(frozen=True)
class Concept:
    pad: Path
    titel: str
    auteur: str | None
    parameters: tuple[ConceptParameter, ...]
    perioden: tuple[ConceptPeriode, ...]

    @property
    def kop(self) -> str:
        """De eerste regel van elke uitvoer onder dit concept."""
        return (f"CONCEPT '{self.titel}' ({self.pad.name}): berekend onder een concept, niet onder het geldende contract")

    def als_json(self) -> dict:
        """Wat de JSON-uitvoer onder ``"concept"`` zegt."""
        return {
            "titel": self.titel,
            "bestand": str(self.pad),
            "auteur": self.auteur,
            "waarschuwing": "berekend onder een concept, niet onder het geldende contract",
            "parameters": [p.naam for p in self.parameters],
            "perioden": [p.sleutel for p in self.perioden],
        }



def _herstel(oud: dict[str, str | None]) -> None:
    """Zet de omgevingsvariabelen terug zoals ze waren en wis de caches die ervan afhangen."""
    for k, v in oud.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    _wis()

def _datum(pad, sleutel, w) -> date:
    if isinstance(w, date):
        return w
    try:
        return date.fromisoformat(str(w))
    except ValueError:
        raise ConceptFout(pad, sleutel, f"'{w}' is geen datum als JJJJ-MM-DD") from None


def lees(pad: str | Path) -> Concept:
    """Lees en controleer een conceptbestand (vorm; of parameters en documenten bestaan, controleert ``pas_toe``)."""
    import yaml  # lui: de browser (Pyodide) heeft geen PyYAML en gebruikt geen concepten
    pad = Path(pad)
    if not pad.is_file():
        raise ConceptFout(pad, "bestand", "bestaat niet")
    try:
        ruw = yaml.safe_load(pad.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise ConceptFout(pad, "bestand", f"geen geldige YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(ruw, dict):
        raise ConceptFout(pad, "bestand", "verwacht een YAML-object met 'concept' en 'parameters'")
    onbekend = set(ruw) - {"concept", "auteur", "parameters", "perioden", "toelichting"}
    if onbekend:
        raise ConceptFout(pad, sorted(onbekend)[0], "onbekende sleutel (toegestaan: concept, auteur, toelichting, parameters, perioden)")
    titel = ruw.get("concept")
    if not titel or not str(titel).strip():
        raise ConceptFout(pad, "concept", "een concept heeft een titel (sleutel 'concept')")
    perioden = []
    for sleutel, p in (ruw.get("perioden") or {}).items():
        if not isinstance(p, dict) or "zoals" not in p:
            raise ConceptFout(pad, f"perioden.{sleutel}", "noem 'zoals' (het document waarvan de nieuwe periode de opzet overneemt)")
        velden = {k: v for k, v in p.items() if k not in ("zoals", "eerste_dag", "laatste_dag", "parameters_overnemen")}
        for k in ("eerste_dag", "laatste_dag"):
            if k not in p:
                raise ConceptFout(pad, f"perioden.{sleutel}.{k}", "ontbreekt")
        perioden.append(ConceptPeriode(sleutel=str(sleutel), zoals=str(p["zoals"]),
                                       eerste_dag=_datum(pad, f"perioden.{sleutel}.eerste_dag", p["eerste_dag"]),
                                       laatste_dag=_datum(pad, f"perioden.{sleutel}.laatste_dag", p["laatste_dag"]),
                                       parameters_overnemen=bool(p.get("parameters_overnemen")), velden=velden))
    parameters = []
    ruwe_parameters = ruw.get("parameters") or {}
    if not isinstance(ruwe_parameters, dict):
        raise ConceptFout(pad, "parameters", "verwacht per parameternaam een object met 'waarden'")
    for naam, p in ruwe_parameters.items():
        sleutel = f"parameters.{naam}"
        if not isinstance(p, dict) or not isinstance(p.get("waarden"), dict) or not p["waarden"]:
            raise ConceptFout(pad, sleutel, "verwacht 'waarden' met per begindatum een waarde")
        waarden = []
        for vanaf, w in sorted(p["waarden"].items(), key=lambda kv: str(kv[0])):
            s = f"{sleutel}.waarden.{vanaf}"
            if not isinstance(w, dict) or "waarde" not in w:
                raise ConceptFout(pad, s, "verwacht 'waarde', 'bron: concept' en 'reden'")
            if w.get("bron") != "concept":
                raise ConceptFout(pad, s + ".bron", f"een conceptwaarde heeft 'bron: concept' (gegeven: {w.get('bron')!r})")
            if not str(w.get("reden") or "").strip():
                raise ConceptFout(pad, s + ".reden", "elke conceptwaarde noemt de reden van de auteur")
            tot = w.get("tot")
            waarden.append(ConceptWaarde(vanaf=_datum(pad, s, vanaf), tot=None if tot is None else _datum(pad, s + ".tot", tot),
                                         waarde=w["waarde"], reden=str(w["reden"]).strip(), toelichting=w.get("toelichting")))
        parameters.append(ConceptParameter(naam=str(naam), waarden=tuple(waarden), beschrijving=p.get("beschrijving"),
                                           eenheid=p.get("eenheid")))
    return Concept(pad=pad.resolve(), titel=str(titel).strip(), auteur=ruw.get("auteur"), parameters=tuple(parameters),
                   perioden=tuple(perioden))


# --- nieuwe perioden als documentmap (via ZORGCONTRACT_BRONNEN) ------------------------------------------

def periodemap(c: Concept) -> Path | None:
    """Schrijf de nieuwe perioden van ``c`` als documentmappen in een tijdelijke map (vaste naam per concept)
    en geef die map; geen perioden: ``None``. Alleen ``document.yaml``: de parameters legt ``pas_toe`` erover."""
    import yaml  # lui: de browser (Pyodide) heeft geen PyYAML en gebruikt geen concepten
    if not c.perioden:
        return None
    from zorgcontract.kern.documenten import document

    sleutel = hashlib.sha256(str(c.pad).encode() + c.pad.read_bytes()).hexdigest()[:16]
    wortel = Path(tempfile.gettempdir()) / f"zorgcontract-concept-{sleutel}"
    for p in c.perioden:
        try:
            basis = document(p.zoals)
        except KeyError:
            raise ConceptFout(c.pad, f"perioden.{p.sleutel}.zoals", f"onbekend document {p.zoals}") from None
        gegevens = basis.model_dump(mode="json")
        gegevens.update({"sleutel": p.sleutel, "eerste_dag": p.eerste_dag.isoformat(), "laatste_dag": p.laatste_dag.isoformat(),
                         "vervangt": [basis.sleutel], "titel": f"{basis.titel} (CONCEPT '{c.titel}')"})
        gegevens.update(p.velden)
        map_ = wortel / basis.verzekeraar_kort.lower() / p.sleutel
        map_.mkdir(parents=True, exist_ok=True)
        (map_ / "document.yaml").write_text(yaml.safe_dump(gegevens, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return wortel


# --- toepassen op de parameters (aangeroepen vanuit kern.parameters) -------------------------------------

def _bron(c: Concept, doc: str, reden: str):
    from zorgcontract.kern.bronnen import Bron

    return Bron(document=doc, plaats=f"CONCEPT '{c.titel}': {reden}")


def pas_toe(parameters: dict, pad: str | Path) -> dict:
    """De contractparameters (naam -> Parameter) met de waarden van het concept erover gelegd."""
    from zorgcontract.kern.documenten import documenten
    from zorgcontract.kern.parameters import Parameter, Waarde

    c = lees(pad)
    docs = documenten()
    for p in c.perioden:
        if p.sleutel not in docs:
            raise ConceptFout(c.pad, f"perioden.{p.sleutel}", "de nieuwe periode is niet geladen: activeer het concept met "
                              "concept.actief(pad) of --concept (die zetten ZORGCONTRACT_BRONNEN)")
    uit = dict(parameters)
    genoemd = {p.naam for p in c.parameters}
    # 1. parameters overnemen in een nieuwe periode (en de opzet - beschrijving, eenheid - van 'zoals')
    sjablonen = {}
    for p in c.perioden:
        for par in parameters.values():
            if par.document == p.zoals:
                sjablonen[f"{p.sleutel}.{par.relatief}"] = par
    for p in c.perioden:
        if not p.parameters_overnemen:
            continue
        for naam, par in parameters.items():
            if par.document != p.zoals or not par.waarden:
                continue
            nieuw = f"{p.sleutel}.{par.relatief}"
            if nieuw in genoemd:
                continue
            laatste = par.waarden[-1]
            reden = f"overgenomen uit {par.naam} ({laatste.bron})"
            uit[nieuw] = Parameter(naam=nieuw, document=p.sleutel, beschrijving=par.beschrijving, eenheid=par.eenheid,
                                   waarden=(Waarde(vanaf=p.eerste_dag, tot=p.laatste_dag, waarde=laatste.waarde,
                                                   bron=_bron(c, p.sleutel, reden), toelichting=reden),))
    # 2. de genoemde parameters
    for cp in c.parameters:
        sleutel = f"parameters.{cp.naam}"
        doc_sleutel = cp.naam.split(".", 1)[0]
        if doc_sleutel not in docs or "." not in cp.naam:
            raise ConceptFout(c.pad, sleutel, f"onbekend document '{doc_sleutel}' (bekend: {', '.join(sorted(docs))}; "
                              "een nieuwe periode voer je in onder 'perioden')")
        doc = docs[doc_sleutel]
        bestaand = uit.get(cp.naam)
        sjabloon = sjablonen.get(cp.naam)
        if bestaand is None and sjabloon is not None:
            cp = ConceptParameter(naam=cp.naam, waarden=cp.waarden, beschrijving=cp.beschrijving or sjabloon.beschrijving,
                                  eenheid=cp.eenheid or sjabloon.eenheid)
        if bestaand is None and not (cp.beschrijving and cp.eenheid):
            raise ConceptFout(c.pad, sleutel, "onbekende parameter; een nieuwe parameter noemt 'beschrijving' en 'eenheid'")
        nieuwe = []
        for i, w in enumerate(cp.waarden):
            volgende = cp.waarden[i + 1].vanaf if i + 1 < len(cp.waarden) else None
            tot = w.tot or (volgende - timedelta(days=1) if volgende else doc.laatste_dag)
            if not doc.eerste_dag <= w.vanaf <= tot <= doc.laatste_dag:
                raise ConceptFout(c.pad, f"{sleutel}.waarden.{w.vanaf}",
                                  f"de waarde loopt van {w.vanaf} tot {tot}, buiten {doc.sleutel} ({doc.eerste_dag} t/m {doc.laatste_dag}); "
                                  "een waarde voor een nieuwe periode hoort bij een nieuw document (zie 'perioden')")
            nieuwe.append(Waarde(vanaf=w.vanaf, tot=tot, waarde=w.waarde, bron=_bron(c, doc.sleutel, w.reden),
                                 toelichting=w.toelichting or w.reden))
        oud = list(bestaand.waarden) if bestaand else []
        for n in nieuwe:
            geknipt = []
            for o in oud:
                if o.tot < n.vanaf or o.vanaf > n.tot:
                    geknipt.append(o)
                    continue
                if o.vanaf < n.vanaf:
                    geknipt.append(o.model_copy(update={"tot": n.vanaf - timedelta(days=1)}))
                if o.tot > n.tot:
                    geknipt.append(o.model_copy(update={"vanaf": n.tot + timedelta(days=1)}))
            oud = geknipt
        waarden = tuple(sorted(oud + nieuwe, key=lambda w: w.vanaf))
        try:
            uit[cp.naam] = Parameter(
                naam=cp.naam, document=doc.sleutel,
                beschrijving=bestaand.beschrijving if bestaand else cp.beschrijving,
                eenheid=bestaand.eenheid if bestaand else cp.eenheid,
                waarden=waarden, niet_in_bron=None, bron=None,
            )
        except ValueError as e:
            raise ConceptFout(c.pad, sleutel, str(e).splitlines()[-1]) from None
    return uit


# --- aan- en uitzetten ------------------------------------------------------------------------------------

def pad_uit_omgeving() -> str | None:
    p = os.environ.get(OMGEVING, "").strip()
    return p or None


def huidig() -> Concept | None:
    """Het concept waaronder nu gerekend wordt (uit ``ZORGCONTRACT_CONCEPT``), of ``None``."""
    p = pad_uit_omgeving()
    return lees(p) if p else None


def _wis() -> None:
    from zorgcontract.kern import documenten

    documenten.wis_cache()


def activeer_uit_omgeving() -> None:
    """Staat ``ZORGCONTRACT_CONCEPT`` al in de omgeving (bijv. door de hoofdtaak gezet), zet dan ook de
    nieuwe perioden in ``ZORGCONTRACT_BRONNEN``. Voor een los proces, één keer bij het begin."""
    p = pad_uit_omgeving()
    if not p:
        return
    c = lees(p)
    map_ = periodemap(c)
    if map_ is not None:
        huidige = [x for x in os.environ.get(BRONNEN, "").split(os.pathsep) if x.strip()]
        if str(map_) not in huidige:
            os.environ[BRONNEN] = os.pathsep.join([*huidige, str(map_)])
    _wis()


@contextlib.contextmanager
def actief(pad: str | Path):
    """Reken binnen dit blok onder het concept ``pad``; daarna weer zoals daarvoor."""
    c = lees(pad)
    oud = {k: os.environ.get(k) for k in (OMGEVING, BRONNEN)}
    try:
        os.environ[OMGEVING] = str(c.pad)
        map_ = periodemap(c)
        if map_ is not None:
            huidige = [x for x in os.environ.get(BRONNEN, "").split(os.pathsep) if x.strip()]
            os.environ[BRONNEN] = os.pathsep.join([*huidige, str(map_)])
        _wis()
        from zorgcontract.kern.parameters import alle_parameters

        alle_parameters()  # fouten in het concept nu, niet midden in een berekening
        yield c
    finally:
        _herstel(oud)


@contextlib.contextmanager
def omgeving(pad: str | Path | None):
    """Zoals ``actief`` (of ``zonder`` bij ``pad=None``), maar zonder de caches te wissen: de caches van
    ``kern.documenten`` en ``kern.parameters`` hangen af van ``ZORGCONTRACT_BRONNEN`` en
    ``ZORGCONTRACT_CONCEPT``, dus heen en weer schakelen kost na de eerste keer niets (de scenariosuite
    wisselt zo per scenario). Het conceptbestand mag tijdens het proces niet veranderen."""
    oud = {k: os.environ.get(k) for k in (OMGEVING, BRONNEN)}
    voorvoegsel = str(Path(tempfile.gettempdir()) / "zorgcontract-concept-")
    bronnen = [x for x in os.environ.get(BRONNEN, "").split(os.pathsep) if x.strip() and not x.startswith(voorvoegsel)]
    try:
        if pad is None:
            os.environ.pop(OMGEVING, None)
        else:
            c = lees(pad)
            os.environ[OMGEVING] = str(c.pad)
            map_ = periodemap(c)
            if map_ is not None:
                bronnen.append(str(map_))
        if bronnen or oud[BRONNEN] is not None:
            os.environ[BRONNEN] = os.pathsep.join(bronnen)
        yield
    finally:
        for k, v in oud.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@contextlib.contextmanager
def zonder():
    """Reken binnen dit blok onder het geldende contract, ook als er een concept actief is."""
    oud = {k: os.environ.get(k) for k in (OMGEVING, BRONNEN)}
    os.environ.pop(OMGEVING, None)
    voorvoegsel = str(Path(tempfile.gettempdir()) / "zorgcontract-concept-")
    bronnen = [x for x in os.environ.get(BRONNEN, "").split(os.pathsep) if x.strip() and not x.startswith(voorvoegsel)]
    if oud[BRONNEN] is not None:
        os.environ[BRONNEN] = os.pathsep.join(bronnen)
    try:
        _wis()
        yield
    finally:
        _herstel(oud)
