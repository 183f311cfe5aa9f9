"""De ene lezer van de ``.feature``-bestanden, op de officiële Gherkin-parser (``gherkin-official``, dezelfde
die pytest-bdd gebruikt).

Geeft per bestand de functionaliteit, de ``Regel``-blokken, de scenario's (ook ``Abstract Scenario`` met zijn
voorbeeldrijen, elk met regelnummer), tags, de ``#``-commentaarregels (de handberekeningen: het blok direct
boven de tagregel van een scenario en de regels erbinnen) en regelnummers. Het handboek, de
dekkingscontrole, de verzamelcontrole van de testsuite en de tests lezen allemaal hierdoor.

Elke fout is een :class:`LeesFout` met een Nederlandse melding die het bestand noemt: een bestand dat geen
UTF-8 is, een map met een naam op ``.feature``, een kop die de parser niet als scenario leest
(``Scenario zonder dubbele punt``, ``Scenariosjabloon:``), een bestand zonder scenario's, twee scenario's met
dezelfde naam in één bestand (pytest-bdd houdt er dan stil één over), of een lege features-map. Een lezer die
niets vindt, meldt dat; hij geeft nooit een lege lijst alsof er niets te toetsen viel.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from zorgcontract.kern.fouten import ZorgcontractFout


class LeesFout(ZorgcontractFout):
    """Een of meer feature-bestanden zijn niet (goed) te lezen; ``fouten`` noemt per bestand wat er mis is."""

    def __init__(self, fouten: list[str]):
        self.fouten = list(fouten)
        if len(self.fouten) == 1:
            tekst = f"feature-bestanden niet te lezen: {self.fouten[0]}"
        else:
            tekst = "feature-bestanden niet te lezen:\n  - " + "\n  - ".join(self.fouten)
        super().__init__(tekst)


@dataclass(frozen=True)
class Stap:
    sleutelwoord: str  # 'Gegeven', 'Als', 'Dan', 'En', 'Maar', '*'
    tekst: str
    regel: int
    tabel: list[list[str]] | None = None
    docstring: str | None = None

    def ingevuld(self, waarden: dict[str, str]) -> str:
        return vul_in(self.tekst, waarden)


@dataclass(frozen=True)
class Rij:
    """Eén voorbeeldrij van een Abstract Scenario."""

    regel: int
    waarden: tuple[tuple[str, str], ...]  # (kolom, waarde) in tabelvolgorde

    @property
    def als_dict(self) -> dict[str, str]:
        return dict(self.waarden)

    @property
    def cellen(self) -> list[str]:
        return [w for _, w in self.waarden]


@dataclass
class Voorbeelden:
    naam: str
    regel: int
    tags: list[str]
    kolommen: list[str]
    rijen: list[Rij]


@dataclass
class Scenario:
    bestand: str  # relatief aan de features-map, met '/'
    functionaliteit: str
    regel_naam: str | None  # de 'Regel:' waaronder het staat
    sleutelwoord: str  # 'Scenario', 'Abstract Scenario', 'Voorbeeld'
    naam: str
    regel: int  # regelnummer van de scenariokop
    tags: list[str]  # de eigen tags van het scenario (zonder '@'), gesorteerd
    stappen: list[Stap]
    achtergrond: list[Stap]
    voorbeelden: list[Voorbeelden]
    commentaar: list[str] = field(default_factory=list)
    geërfde_tags: list[str] = field(default_factory=list)  # van de functionaliteit en de Regel

    @property
    def is_sjabloon(self) -> bool:
        return bool(self.voorbeelden)

    @property
    def sleutel(self) -> tuple[str, int]:
        return (self.bestand, self.regel)

    @property
    def register_tags(self) -> list[str]:
        return [t for t in self.tags if not t.startswith("I-")]

    @property
    def interpretatie_tags(self) -> list[str]:
        return [t for t in self.tags if t.startswith("I-")]

    @property
    def rijen(self) -> list[Rij]:
        """Alle voorbeeldrijen, in volgorde van de tabellen (leeg voor een gewoon scenario)."""
        return [r for v in self.voorbeelden for r in v.rijen]

    def voorbeeldrijen(self) -> list[dict[str, str]]:
        """Alle voorbeeldrijen als {kolom: waarde}, in volgorde van de tabellen."""
        return [r.als_dict for r in self.rijen]

    def ingevulde_stappen(self, rij: Rij | None = None) -> list[str]:
        """De stapteksten zoals pytest-bdd ze uitvoert: achtergrond plus eigen stappen, ingevuld met de rij."""
        waarden = rij.als_dict if rij else {}
        return [s.ingevuld(waarden) for s in self.achtergrond + self.stappen]

    @property
    def vingerafdruk(self) -> str:
        """Hash van wat het scenario toetst (kop, stappen, tabellen, voorbeelden). Een uitslag uit een run
        hoort alleen bij dit scenario als de vingerafdruk gelijk is."""
        h = hashlib.sha256()
        delen = [self.sleutelwoord, self.naam]
        for s in self.achtergrond + self.stappen:
            delen += [s.sleutelwoord, s.tekst, repr(s.tabel), repr(s.docstring)]
        for v in self.voorbeelden:
            delen += [repr(v.kolommen), *(repr(r.cellen) for r in v.rijen)]
        h.update("\x1f".join(delen).encode("utf-8"))
        return h.hexdigest()[:16]

    def __str__(self) -> str:
        return f"{self.bestand}:{self.regel} '{self.naam}'"


@dataclass
class Functionaliteit:
    bestand: str
    naam: str
    beschrijving: str
    tags: list[str]
    scenarios: list[Scenario]
    regels: list[str] = field(default_factory=list)  # namen van de Regel-blokken, in volgorde


_PLAATSHOUDER = re.compile(r"<([^<>]+)>")


def vul_in(tekst: str, waarden: dict[str, str]) -> str:
    """Zoals pytest-bdd: '<kolom>' vervangen door de waarde uit de voorbeeldrij (onbekende blijven staan)."""
    return _PLAATSHOUDER.sub(lambda m: str(waarden.get(m.group(1), m.group(0))), tekst)


# Koppen die op een scenario lijken maar dat voor de parser (taal nl) niet zijn.
_VERBODEN = re.compile(r"^\s*(Scenariosjabloon|Scenario Outline|Scenario Template|Abstract Scenario|Scenario)(?=\s|:|$)(?P<rest>.*)$")


_STAPWOORD = re.compile(r"^\s*(Gegeven|Stel|Als|Wanneer|Dan|En|Maar)\s")


def _beschrijvingen(feature):
    yield "de functionaliteit", feature
    for kind in feature.get("children", []):
        for sleutel, soort in (("rule", "de Regel"), ("scenario", "het scenario"), ("background", "de achtergrond")):
            if sleutel in kind:
                yield soort, kind[sleutel]
                for k in kind[sleutel].get("children", []):
                    for sl2, s2 in (("scenario", "het scenario"), ("background", "de achtergrond")):
                        if sl2 in k:
                            yield s2, k[sl2]


def _tags(lijst) -> list[str]:
    return sorted(t["name"].lstrip("@") for t in lijst or [])


def _stap(s) -> Stap:
    tabel = None
    if s.get("dataTable"):
        tabel = [[c["value"] for c in rij["cells"]] for rij in s["dataTable"]["rows"]]
    doc = s.get("docString")
    return Stap(sleutelwoord=s["keyword"].strip(), tekst=s["text"], regel=s["location"]["line"], tabel=tabel,
                docstring=doc["content"] if doc else None)


def _einde(sc) -> int:
    """Laatste regel van een scenario (stap, tabelrij, docstring of voorbeeldrij)."""
    einde = sc["location"]["line"]
    for s in sc.get("steps", []):
        einde = max(einde, s["location"]["line"])
        if s.get("dataTable"):
            einde = max(einde, *(r["location"]["line"] for r in s["dataTable"]["rows"]))
        if s.get("docString"):
            d = s["docString"]
            einde = max(einde, d["location"]["line"] + d["content"].count("\n") + 2)
    for v in sc.get("examples", []):
        einde = max(einde, v["location"]["line"])
        if v.get("tableHeader"):
            einde = max(einde, v["tableHeader"]["location"]["line"])
        for r in v.get("tableBody", []):
            einde = max(einde, r["location"]["line"])
    return einde


def _commentaar(commentaar: dict[int, str], tagregel: int, kop: int, einde: int) -> list[str]:
    """Het commentaarblok direct boven de tags (of de kop) en de commentaarregels binnen het scenario."""
    boven = []
    i = tagregel - 1
    while i in commentaar:
        boven.append(commentaar[i])
        i -= 1
    binnen = [commentaar[r] for r in sorted(commentaar) if kop < r <= einde]
    return [c.strip()[1:].strip() for c in list(reversed(boven)) + binnen]


def lees_tekst(tekst: str, rel: str) -> Functionaliteit:
    """Eén feature-bestand uit tekst; ``rel`` is de naam in meldingen en in ``Scenario.bestand``."""
    from gherkin.errors import CompositeParserException, ParserError
    from gherkin.parser import Parser
    from gherkin.token_scanner import TokenScanner

    fouten = _koppen_zonder_scenario(tekst, rel)
    try:
        doc = Parser().parse(TokenScanner(tekst))
    except CompositeParserException as e:
        # na een kop die we al herkenden zijn de parserfouten alleen gevolgen: dan alleen onze melding
        raise LeesFout(fouten or [f"{rel}: {_parserfout(x)}" for x in e.errors[:5]]) from None
    except ParserError as e:
        raise LeesFout(fouten or [f"{rel}: {_parserfout(e)}"]) from None
    feature = doc.get("feature")
    if not feature:
        raise LeesFout(fouten + [f"{rel}: bevat geen 'Functionaliteit:' (leeg bestand, of '# language: nl' ontbreekt)"])
    if feature.get("language") != "nl":
        raise LeesFout([f"{rel}: taal is '{feature.get('language')}', verwacht '# language: nl' op de eerste regel"])
    commentaar = {c["location"]["line"]: c["text"] for c in doc.get("comments", [])}
    feature_tags = _tags(feature.get("tags"))
    scenarios: list[Scenario] = []
    regelnamen: list[str] = []
    koppen: set[int] = set()

    def scenario(sc, regel_naam, achtergrond, geërfd):
        eigen_tags = _tags(sc.get("tags"))
        tagregel = min([t["location"]["line"] for t in sc.get("tags", [])] + [sc["location"]["line"]])
        voorbeelden = []
        for v in sc.get("examples", []):
            kolommen = [c["value"] for c in (v.get("tableHeader") or {}).get("cells", [])]
            rijen = [Rij(regel=r["location"]["line"], waarden=tuple(zip(kolommen, (c["value"] for c in r["cells"]))))
                     for r in v.get("tableBody", [])]
            voorbeelden.append(Voorbeelden(naam=v.get("name") or "", regel=v["location"]["line"],
                                           tags=_tags(v.get("tags")), kolommen=kolommen, rijen=rijen))
        koppen.add(sc["location"]["line"])
        scenarios.append(Scenario(
            bestand=rel, functionaliteit=feature.get("name", ""), regel_naam=regel_naam,
            sleutelwoord=sc["keyword"].strip(), naam=sc["name"], regel=sc["location"]["line"], tags=eigen_tags,
            stappen=[_stap(s) for s in sc.get("steps", [])], achtergrond=list(achtergrond), voorbeelden=voorbeelden,
            commentaar=_commentaar(commentaar, tagregel, sc["location"]["line"], _einde(sc)),
            geërfde_tags=sorted(set(geërfd)),
        ))

    achtergrond_f: list[Stap] = []
    for kind in feature.get("children", []):
        if "background" in kind:
            achtergrond_f = [_stap(s) for s in kind["background"].get("steps", [])]
        elif "scenario" in kind:
            scenario(kind["scenario"], None, achtergrond_f, feature_tags)
        elif "rule" in kind:
            regel = kind["rule"]
            regelnamen.append(regel.get("name", ""))
            achtergrond_r = list(achtergrond_f)
            rtags = feature_tags + _tags(regel.get("tags"))
            for k in regel.get("children", []):
                if "background" in k:
                    achtergrond_r = achtergrond_f + [_stap(s) for s in k["background"].get("steps", [])]
                elif "scenario" in k:
                    scenario(k["scenario"], regel.get("name"), achtergrond_r, rtags)

    if not scenarios:
        fouten.append(f"{rel}: bevat geen enkel scenario")
    # Stappen die in een beschrijving belanden (bijv. direct onder 'Regel:' zonder scenario) voert niemand uit.
    for soort, knoop in _beschrijvingen(feature):
        for i, r in enumerate((knoop.get("description") or "").splitlines()):
            if _STAPWOORD.match(r):
                nr = knoop["location"]["line"] + 1 + i
                fouten.append(f"{rel}, regel {nr}: '{r.strip()}' staat in de beschrijving van {soort} "
                              f"'{knoop.get('name', '')}', niet in een scenario, en wordt dus nooit uitgevoerd")
    for kind in feature.get("children", []):
        if "rule" in kind and not any("scenario" in k for k in kind["rule"].get("children", [])):
            fouten.append(f"{rel}, regel {kind['rule']['location']['line']}: Regel '{kind['rule'].get('name', '')}' "
                          "bevat geen enkel scenario")
    gezien: dict[str, int] = {}
    for s in scenarios:
        if s.naam in gezien:
            fouten.append(f"{rel}, regel {s.regel}: scenarionaam '{s.naam}' staat ook op regel {gezien[s.naam]}; "
                          "elke naam moet uniek zijn in een bestand")
        gezien.setdefault(s.naam, s.regel)
        if s.is_sjabloon and not s.rijen:
            fouten.append(f"{rel}, regel {s.regel}: '{s.naam}' heeft 'Voorbeelden:' zonder rijen")
    if fouten:
        raise LeesFout(fouten)
    return Functionaliteit(bestand=rel, naam=feature.get("name", ""), beschrijving=(feature.get("description") or "").strip(),
                           tags=feature_tags, scenarios=scenarios, regels=regelnamen)


def _koppen_zonder_scenario(tekst: str, rel: str) -> list[str]:
    """Regels die op een scenariokop lijken maar dat voor de parser (taal nl) niet zijn: die gaan anders stil
    verloren als beschrijvingstekst of worden een onduidelijke parserfout."""
    fouten = []
    in_docstring = False
    for nr, r in enumerate(tekst.splitlines(), 1):
        kaal = r.strip()
        if kaal.startswith(('"""', "```")):
            in_docstring = not in_docstring
            continue
        if in_docstring or kaal.startswith("#"):
            continue
        m = _VERBODEN.match(r)
        if not m:
            continue
        woord = m.group(1)
        if woord in ("Scenariosjabloon", "Scenario Outline", "Scenario Template"):
            fouten.append(f"{rel}, regel {nr}: '{woord}:' is geen sleutelwoord in het Nederlands; "
                          "gebruik 'Abstract Scenario:' met 'Voorbeelden:'")
        elif not m.group("rest").lstrip().startswith(":"):
            fouten.append(f"{rel}, regel {nr}: '{kaal}' lijkt een scenariokop, maar de dubbele punt ontbreekt "
                          f"(schrijf '{woord}: ...')")
    return fouten


_TOKENS = {"#EOF": "einde van het bestand", "#Language": "'# language:'", "#TagLine": "tagregel",
           "#FeatureLine": "'Functionaliteit:'", "#RuleLine": "'Regel:'", "#BackgroundLine": "'Achtergrond:'",
           "#ScenarioLine": "'Scenario:'", "#ExamplesLine": "'Voorbeelden:'", "#StepLine": "stap",
           "#DocStringSeparator": "'\"\"\"'", "#TableRow": "tabelrij", "#Comment": "commentaar",
           "#Empty": "lege regel", "#Other": "tekst"}


def _tokens(tekst: str) -> str:
    return ", ".join(_TOKENS.get(t.strip(), t.strip()) for t in tekst.split(","))


def _parserfout(e) -> str:
    """De melding van gherkin in het Nederlands, met regelnummer."""
    tekst = str(e)
    m = re.match(r"^\((\d+):(\d+)\): (.*)$", tekst, re.S)
    if not m:
        return tekst
    regel, rest = m.group(1), m.group(3)
    m2 = re.match(r"expected: (.*), got '(.*)'$", rest, re.S)
    if m2:
        return f"regel {regel}: onverwacht '{m2.group(2).strip()}' (verwacht: {_tokens(m2.group(1))})"
    m2 = re.match(r"unexpected end of file, expected: (.*)$", rest, re.S)
    if m2:
        return f"regel {regel}: het bestand houdt onverwacht op (verwacht: {_tokens(m2.group(1))})"
    return f"regel {regel}: {rest}"


def lees_feature(basis: Path, pad: Path) -> Functionaliteit:
    basis, pad = Path(basis), Path(pad)
    try:
        rel = pad.relative_to(basis).as_posix()
    except ValueError:
        rel = pad.as_posix()
    if pad.is_dir():
        raise LeesFout([f"{rel}: is een map, geen feature-bestand (hernoem de map)"])
    try:
        ruw = pad.read_bytes()
    except OSError as e:
        raise LeesFout([f"{rel}: niet te lezen ({e.strerror or e})"]) from None
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as e:
        regel = ruw[: e.start].count(b"\n") + 1
        raise LeesFout([f"{rel}: geen geldige UTF-8-tekst (byte 0x{ruw[e.start]:02x} op regel {regel}); "
                        "sla het bestand op als UTF-8"]) from None
    return lees_tekst(tekst.removeprefix("\ufeff"), rel)


def feature_bestanden(basis: Path) -> list[Path]:
    """Alle paden onder ``basis`` met een naam op ``.feature`` (ook mappen: die meldt ``lees_feature``)."""
    return sorted(Path(basis).rglob("*.feature"))


def lees_features(basis: Path) -> list[Functionaliteit]:
    """Alle feature-bestanden onder ``basis``; verzamelt de fouten van alle bestanden in één LeesFout.
    Een ontbrekende of lege map is een fout, nooit 'niets te toetsen'."""
    basis = Path(basis)
    if not basis.exists():
        raise LeesFout([f"{basis}: de features-map bestaat niet"])
    if not basis.is_dir():
        raise LeesFout([f"{basis}: is geen map"])
    paden = feature_bestanden(basis)
    if not paden:
        raise LeesFout([f"{basis}: bevat geen enkel .feature-bestand"])
    uit, fouten = [], []
    for p in paden:
        try:
            uit.append(lees_feature(basis, p))
        except LeesFout as e:
            fouten.extend(e.fouten)
    if fouten:
        raise LeesFout(fouten)
    return uit


def alle_scenarios(basis: Path) -> list[Scenario]:
    return [s for f in lees_features(basis) for s in f.scenarios]
