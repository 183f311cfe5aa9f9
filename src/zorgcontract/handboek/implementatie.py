"""Per registeritem: welke regel het uitvoert, met welke subopdracht en welke parameterwaarden.

De gegevens komen uit ``@implementeert`` (``zorgcontract.kern.implementatie``) en de parameterbestanden
van het document van het item; niets hier is met de hand overgenomen. Een item van een periode zonder
eigen regel krijgt de regel van hetzelfde artikel/lid uit een andere periode van de reeks; de parameters
worden dan in het eigen document van het item gezocht.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from decimal import Decimal

from zorgcontract.handboek.opmaak import code, md, tabel
from zorgcontract.kern import nl
from zorgcontract.kern.documenten import document
from zorgcontract.kern.implementatie import Uitvoering, splits, voor_item
from zorgcontract.kern.parameters import Parameter, Waarde, alle_parameters
from zorgcontract.kern.register import RegisterItem

# Een voorbeeldaanroep per subopdracht. {datum} en {jaar}: de eerste dag en het eerste jaar van het document
# van het item, zodat het voorbeeld de periode van dat item rekent.
VOORBEELDEN = {
    "poh-s": "zorgcontract poh-s --ingeschreven 2350 --dm2 150 --cvrm 200 --copd 40 --astma 60 --contracturen 16 --jaar {jaar}",
    "poh-ggz": "zorgcontract poh-ggz --ingeschreven 2350 --uren 16 --jaar {jaar}",
    "declaratiestart": "zorgcontract declaratiestart --start-overeenkomst {jaar}-05-15",
    "coulance": "zorgcontract coulance --functie {functie} --start-opleiding {jaar}-02-01{duur}",
    "declaraties": "zorgcontract declaraties declaraties.csv",
    "faq-uitspraak": "zorgcontract faq-uitspraak --onderwerp {onderwerp} --datum {datum}",
    "indexering": "zorgcontract indexering --tarief 12.50 --jaar {jaar}",
    "poh-ouderen": "zorgcontract poh-ouderen --ingeschreven 2350 --75plus 282 --jaar {jaar}",
    "service-bereikbaarheid": ("zorgcontract service-bereikbaarheid --dienst ochtend-avondspreekuur --dienst digitaal-afspraken "
                               "--dienst herhaalrecepten --dienst e-consult-beeldbellen --dienst spraak-naar-tekst --datum {datum}"),
    "zk-startdatum": "zorgcontract zk-startdatum --module {module} --aanvraag {jaar}-03-01",
    "zk-poh-ggz": "zorgcontract zk-poh-ggz --ingeschreven 2350 --jaar {jaar}",
    "fgv": "zorgcontract fgv --conform 700 --totaal 1000 --grenzen 60,70,80",
    "oaw-uren": "zorgcontract oaw-uren --ingeschreven 3000 --jaar {jaar}",
    "zk-oaw-toets": ("zorgcontract zk-oaw-toets --ingeschreven 3000 --spreekuur 'di 17:00-19:00' "
                     "--spreekuur 'do 07:00-08:00' --weken 46 --jaar {jaar}"),
    "zk-poh-s-aanvulling": "zorgcontract zk-poh-s-aanvulling --uren 20 --uurkosten 45 --jaar {jaar}",
}
# De declaratiecontrole leest een CSV-bestand: per item een voorbeeldregel die precies dat item raakt
# (sleutel: de plaats van het id zonder periode). Kolommen: prestatiecode,datum,uitvoerder,context,deelnemers.
DECLARATIES = {
    "faq-dm-copd": ["13029,{jaar}-03-02,huisarts,,", "13029,{jaar}-09-01,huisarts,,"],
    "faq-scen": ["12822,{jaar}-03-02,scen-arts,huisartsenovereenkomst,", "12815,{jaar}-03-09,scen-arts,huisartsenovereenkomst,"],
    "faq-behandelwensgesprek": ["behandelwensgesprek,{jaar}-03-02,huisarts,nascholing+nodig,"],
    "faq-behandelwensgesprek-consult": ["behandelwensgesprek,{jaar}-03-02,huisarts,nascholing+nodig,",
                                        "consult,{jaar}-03-02,huisarts,niet-gerelateerde-zorgvraag,"],
    "faq-poh-consulten": ["consult,{jaar}-03-02,poh-s,boven-opslaguren+aantoonbaar,", "consult,{jaar}-03-03,poh-ouderen,,"],
    "faq-soh": ["consult,{jaar}-03-02,soh,direct-patientgebonden,"],
    "faq-meedenkadvies": ["meedenkadvies,{jaar}-03-02,huisarts,,", "meedenkconsult,{jaar}-03-02,huisarts,,"],
    "faq-mtvp": ["mtvp,{jaar}-03-02,praktijk,aangemeld-regio,"],
    "pohs-a5-l2": ["consult,{jaar}-03-02,poh-s,,"],
    "pohs-a6-l2": ["31080,{jaar}-04-01,praktijk,start-overeenkomst={jaar}-05-15,", "31080,{jaar}-07-01,praktijk,start-overeenkomst={jaar}-05-15,"],
    "pohggz-a6-l3": ["11201,{jaar}-07-01,praktijk,start-overeenkomst={jaar}-05-15,", "31343,{jaar}-07-01,praktijk,toestemming,"],
    "pohggz-a6-l5": ["12116,{jaar}-03-02,poh-ggz,toestemming,6", "12116,{jaar}-03-09,poh-ggz,toestemming,9"],
}
DECLARATIES_KOP = "prestatiecode,datum,uitvoerder,context,deelnemers"
# Waarden die van het item afhangen (sleutel: de plaats van het id zonder periode, zodat ze een nieuwe periode overleven).
_ZK_MODULE = {"pohs": "poh-s", "pm": "praktijkmanagement", "ggz": "poh-ggz", "sb": "service-bereikbaarheid", "kwal": "kwaliteit"}
_GETAL = re.compile(r"^-?\d+(\.\d+)?$")


def _plaats(item_id: str) -> str:
    """'zz26-faq-scen' -> 'faq-scen', 'zz26-pohs-a6-l2' -> 'pohs-a6-l2': het id zonder verzekeraar en periode."""
    _, reeks, plaats = splits(item_id)
    return f"{reeks.split('-', 1)[1]}-{plaats}"


def _invulling(item: RegisterItem) -> dict[str, str]:
    doc = document(item.document)
    _, _, plaats = splits(item.id)
    return {
        "datum": doc.eerste_dag.isoformat(),
        "jaar": str(doc.eerste_dag.year),
        # de FAQ regelt coulance voor alle functies; de POH-GGZ laat ook zien dat 2023-2025 er geen had
        "functie": "poh-s" if doc.reeks == "zz-pohs" else "poh-ggz",
        "duur": " --opleidingsduur-maanden 12" if doc.reeks == "zz-pohs" else "",
        "module": _ZK_MODULE.get(plaats.split("-")[0], "poh-s"),
        "onderwerp": _onderwerp(item.id) or "",
    }


def _onderwerp(item_id: str) -> str | None:
    from zorgcontract.regels.zz.faq.uitspraken import UITSPRAKEN

    return next((u.onderwerp for u in UITSPRAKEN if u.register_id == item_id), None)


@dataclass(frozen=True)
class Voorbeeld:
    regel: str  # zoals in een shell getypt: 'zorgcontract poh-s --ingeschreven 2350 ...'
    bestanden: tuple[tuple[str, str], ...] = ()  # (naam, inhoud) die de aanroep leest

    @property
    def argumenten(self) -> list[str]:
        return shlex.split(self.regel)[1:]

    def console(self) -> list[str]:
        uit = []
        for naam, inhoud in self.bestanden:
            uit += [f"$ cat > {naam} <<'EOF'", *inhoud.rstrip("\n").split("\n"), "EOF"]
        return uit + [f"$ {self.regel}"]


def voorbeeld(subopdracht: str, item: RegisterItem) -> Voorbeeld:
    """Een aanroep van ``subopdracht`` die voor ``item`` iets uitrekent; anders ``--help``."""
    sjabloon = VOORBEELDEN.get(subopdracht)
    waarden = _invulling(item)
    hulp = Voorbeeld(f"zorgcontract {subopdracht} --help")
    if sjabloon is None or ("{onderwerp}" in sjabloon and not waarden["onderwerp"]):
        return hulp
    if subopdracht == "declaraties":
        rijen = DECLARATIES.get(_plaats(item.id))
        if not rijen:
            return hulp
        inhoud = "\n".join([DECLARATIES_KOP, *(r.format(**waarden) for r in rijen)]) + "\n"
        return Voorbeeld(sjabloon.format(**waarden), (("declaraties.csv", inhoud),))
    return Voorbeeld(sjabloon.format(**waarden))


def waarde_tekst(p: Parameter, w: Waarde) -> str:
    """De waarde in Nederlandse notatie: 70.14 -> '70,14', 2350 -> '2.350'; codes en lijsten letterlijk."""
    v = w.waarde
    if p.eenheid == "code" or isinstance(v, str) and not _GETAL.match(v.strip()):
        return str(v)
    if isinstance(v, int):
        return nl.getal(v, 0)
    d = Decimal(str(v).strip())
    decimalen = max(0, -d.as_tuple().exponent)
    return nl.getal(d, decimalen)


def _toelichting(w: Waarde) -> str:
    delen = []
    if w.toelichting:
        delen.append(md(w.toelichting))
    if w.beschrijft_eerdere_periode:
        delen.append("beschrijft een eerdere periode")
    if w.daarna:
        delen.append(f"daarna: {md(w.daarna)}")
    return "; ".join(delen) or "–"


def parametertabel(item: RegisterItem, namen: list[str]) -> str:
    """Tabel met een rij per waarde (per begindatum) van elke parameter van het document van ``item``."""
    alle = alle_parameters()
    rijen = []
    for rel in namen:
        naam = f"{item.document}.{rel}"
        p = alle.get(naam)
        if p is None:
            rijen.append([code(naam), f"*{md(document(item.document).naam)} kent deze parameter niet*", "–", "–", "–", "–", "–"])
            continue
        for w in p.waarden:
            rijen.append([code(naam), waarde_tekst(p, w), md(p.eenheid), nl.datum(w.vanaf), nl.datum(w.tot), md(str(w.bron)),
                          _toelichting(w)])
        if p.niet_in_bron:
            rijen.append([code(naam), f"*niet in de bron:* {md(p.niet_in_bron)}", md(p.eenheid), "–", "–",
                          md(str(p.bron)) if p.bron else "–", "–"])
    return tabel(["Parameter", "Waarde", "Eenheid", "Geldig van", "Geldig tot", "Bron", "Toelichting"], rijen)


def _uniek(reeks) -> list:
    gezien, uit = set(), []
    for x in reeks:
        if x not in gezien:
            gezien.add(x)
            uit.append(x)
    return uit


def uitvoering_md(item: RegisterItem, uitvoeringen: list[Uitvoering] | None = None) -> str:
    """MyST voor de sectie van ``item``: uitvoerende regel(s), subopdracht(en) met voorbeeld, parameters."""
    lijst = voor_item(item.id) if uitvoeringen is None else uitvoeringen
    if not lijst:
        if item.status == "getoetst":
            return (":::{warning}\nGeen regel draagt `@implementeert` voor dit getoetste item "
                    "(zie tests/test_implementatie.py).\n:::\n")
        return ""
    uit = ["**Uitvoering**", ""]
    regels = []
    for f in _uniek(u.functie for u in lijst):
        noot = ""
        if not any(item.id in u.ids for u in lijst if u.functie == f):
            plek = splits(item.id)[1:]
            elders = _uniek(i for u in lijst if u.functie == f for i in u.ids if splits(i)[1:] == plek)
            noot = f" (geschreven voor {', '.join(code(i) for i in elders)}: dezelfde plaats in een andere periode)"
        regels.append(f"{code(f)}{noot}")
    uit.append(f"- {'Regel' if len(regels) == 1 else 'Regels'}: " + ", ".join(regels))
    subs = _uniek(c for u in lijst for c in u.cli)
    if subs:
        uit.append("- Subopdracht: " + ", ".join(code(c) for c in subs) + " (alle opties: "
                   + ", ".join(code(f"zorgcontract {c} --help") for c in subs) + ")")
    else:
        uit.append("- Subopdracht: geen; de regel is alleen via de scenario's en de Python-API te gebruiken.")
    uit.append("")
    if subs:
        uit.append("```console")
        for c in subs:
            uit += voorbeeld(c, item).console()
        uit.append("```")
        uit.append("")
    namen = _uniek(p for u in lijst for p in u.parameters)
    if namen:
        uit.append(f"**Parameters ({len(namen)})**")
        uit.append("")
        uit.append(parametertabel(item, namen))
        uit.append("")
    else:
        uit.append("*De regel leest voor dit item geen parameters.*")
        uit.append("")
    return "\n".join(uit)
