"""Eén praktijk door alle modules: per verzekeraar en contractperiode, per module wat de praktijk krijgt.

Alle bedragen komen uit de bestaande regels (``regels.zz.pohs.artikel_5.bereken``,
``regels.zz.pohggz.artikel_6.bereken``, ``regels.zz.declaratiestart``, ``regels.zz.coulance``,
``regels.zz.voorwaarden``, ``regels.zz.faq.tarieven``, ``regels.zk.inkoop.*``); hier wordt alleen
vermenigvuldigd met de lijstgrootte en over de kwartalen van het jaar verdeeld:

- totaal per kwartaal = het (afgeronde) bedrag per verzekerde per kwartaal × de ingeschreven verzekerden
  van die verzekeraar; totaal per jaar = de som over de kwartalen van het jaar waarin gedeclareerd mag
  worden (I-ZZ26-POHS-PRAKTIJKTOTAAL, I-ZZ26-POHGGZ-PRAKTIJKTOTAAL);
- eerste declaratiedatum = de declaratiestart na de start van de overeenkomst (art. 6) en, met een POH in
  opleiding, niet vóór de coulancedatum: de laatste van beide (I-ZZ26-POHS-PRAKTIJKSTART);
- bedragen per jaar (service en bereikbaarheid, FAQ 2026-2028) worden niet over kwartalen verdeeld: de
  bron noemt geen kwartaalbedrag.

Zonder ``start_overeenkomst`` loopt de overeenkomst al vóór het jaar (de uitleg zegt dat).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from zorgcontract.kern import nl
from zorgcontract.kern.bronnen import Bron, bron
from zorgcontract.kern.documenten import BuitenPeriode, document, geldend, reeks
from zorgcontract.kern.fouten import InvoerFout, ZorgcontractFout
from zorgcontract.kern.invoer import valideer
from zorgcontract.kern.oordeel import Oordeel, Reden
from zorgcontract.kern.rekenen import bedrag_tekst, uren_tekst
from zorgcontract.kern.uitleg import Uitleg
from zorgcontract.praktijk.profiel import Opleiding, Profiel

KWARTALEN = (1, 2, 3, 4)
_PROFIEL_OPLEIDINGEN: list = []  # de opleidingen van het profiel dat nu berekend wordt (voor veldnamen in fouten)


@dataclass
class Module:
    verzekeraar: str
    document: str  # 'ZZ POH-S 2026-2028'
    module: str  # 'poh-s'
    titel: str
    in_aanmerking: bool | None = None  # None: niet te toetsen (gegevens ontbreken; zie opmerkingen)
    niet_vervuld: list[Reden] = field(default_factory=list)
    verzekerden: int | None = None
    per_verzekerde_per_kwartaal: Decimal | None = None
    per_verzekerde_per_jaar: Decimal | None = None  # alleen waar de bron een jaarbedrag noemt
    kwartalen: list[tuple[int, date, Decimal]] = field(default_factory=list)  # (kwartaal, eerste dag, bedrag)
    totaal_per_kwartaal: Decimal | None = None
    totaal_per_jaar: Decimal | None = None
    prestatiecodes: list[tuple[str, Decimal | None]] = field(default_factory=list)
    eerste_declaratie: date | None = None
    gegevens: dict = field(default_factory=dict)  # module-eigen uitkomsten (uren, componenten, ...)
    opmerkingen: list[str] = field(default_factory=list)
    uitleg: Uitleg = field(default_factory=Uitleg)

    def als_json(self) -> dict:
        b = lambda x: None if x is None else bedrag_tekst(x)  # noqa: E731
        return {
            "verzekeraar": self.verzekeraar, "document": self.document, "module": self.module, "titel": self.titel,
            "in_aanmerking": self.in_aanmerking,
            "niet_vervulde_voorwaarden": [{"tekst": r.tekst, "bron": str(r.bron)} for r in self.niet_vervuld],
            "verzekerden": self.verzekerden,
            "per_verzekerde_per_kwartaal": b(self.per_verzekerde_per_kwartaal),
            "per_verzekerde_per_jaar": b(self.per_verzekerde_per_jaar),
            "totaal_per_kwartaal": b(self.totaal_per_kwartaal),
            "kwartalen": [{"kwartaal": k, "vanaf": d.isoformat(), "bedrag": bedrag_tekst(x)} for k, d, x in self.kwartalen],
            "totaal_per_jaar": b(self.totaal_per_jaar),
            "prestatiecodes": [{"prestatiecode": c, "per_verzekerde_per_kwartaal": b(x)} for c, x in self.prestatiecodes],
            "eerste_declaratie": None if self.eerste_declaratie is None else self.eerste_declaratie.isoformat(),
            "gegevens": self.gegevens,
            "opmerkingen": self.opmerkingen,
            "toelichting": self.uitleg.als_json(),
        }


@dataclass
class Verzekeraar:
    verzekeraar: str
    perioden: list[str]  # de perioden die het project van deze verzekeraar kent
    periode: str | None  # de periode die in het jaar geldt (None: geen)
    modules: list[Module]
    buiten_periode: str | None = None

    def als_json(self) -> dict:
        return {"verzekeraar": self.verzekeraar, "bekende_perioden": self.perioden, "periode": self.periode,
                "buiten_periode": self.buiten_periode, "modules": [m.als_json() for m in self.modules]}


@dataclass
class Overzicht:
    praktijk: str
    jaar: int
    verzekeraars: list[Verzekeraar]

    def totaal_per_jaar(self) -> Decimal:
        return sum((m.totaal_per_jaar or Decimal(0) for v in self.verzekeraars for m in v.modules), Decimal(0))

    def als_json(self) -> dict:
        return {"praktijk": self.praktijk, "jaar": self.jaar, "verzekeraars": [v.als_json() for v in self.verzekeraars],
                "totaal_per_jaar": bedrag_tekst(self.totaal_per_jaar())}


# --- hulp -------------------------------------------------------------------------------------------------

def _kwartalen(m: Module, jaar: int, bron_totaal: Bron) -> None:
    """Totaal per kwartaal en per jaar uit het bedrag per verzekerde per kwartaal en de eerste declaratiedatum."""
    if m.per_verzekerde_per_kwartaal is None or m.verzekerden is None:
        return
    m.totaal_per_kwartaal = m.per_verzekerde_per_kwartaal * m.verzekerden
    m.uitleg.stap("Totaal per kwartaal", f"{nl.bedrag(m.per_verzekerde_per_kwartaal)} × {m.verzekerden} ingeschreven verzekerden",
                  nl.bedrag(m.totaal_per_kwartaal), bron_totaal)
    for k in KWARTALEN:
        begin = date(jaar, 3 * k - 2, 1)
        if m.eerste_declaratie is None or begin >= m.eerste_declaratie:
            m.kwartalen.append((k, begin, m.totaal_per_kwartaal))
    m.totaal_per_jaar = sum((x for _, _, x in m.kwartalen), Decimal(0))
    namen = ", ".join(f"K{k}" for k, _, _ in m.kwartalen) or "geen"
    m.uitleg.stap("Totaal per jaar", f"{len(m.kwartalen)} kwartalen met declaratie ({namen}) × {nl.bedrag(m.totaal_per_kwartaal)}",
                  nl.bedrag(m.totaal_per_jaar), bron_totaal)


def _voor_de_periode(start: date, functie: str) -> bool:
    from zorgcontract.kern.documenten import reeks

    eerste = reeks("zz-pohs" if functie == "poh-s" else "zz-pohggz")[0].eerste_dag
    return start < eerste


def _start(m: Module, jaar: int, start: date | None, opleiding: Opleiding | None, functie: str, bron_start: Bron) -> bool:
    """Eerste declaratiedatum (declaratiestart, coulance). False: de POH in opleiding krijgt geen coulance."""
    from zorgcontract.regels.zz import coulance as coulance_regel
    from zorgcontract.regels.zz import declaratiestart as start_regel

    datums = []
    if start is None:
        m.uitleg.stap("Start overeenkomst", "geen startdatum in het profiel: de overeenkomst loopt al vóór het jaar",
                      "declareren vanaf het begin van het jaar", bron_start)
    elif start < date(jaar, 1, 1) and _voor_de_periode(start, functie):
        # Een overeenkomst uit een vorige periode (waarvan de bijlage niet in de bronnen zit) loopt door: in het
        # jaar zelf declareert de praktijk vanaf 1 januari (I-ZZ26-POHS-OVEREENKOMST-DOORLOPEND).
        m.uitleg.stap("Start overeenkomst", f"{nl.datum(start)}, vóór de periode van de bijlage; de overeenkomst loopt door",
                      f"declareren vanaf {nl.datum(date(jaar, 1, 1))}", bron_start)
        datums.append(date(jaar, 1, 1))
    else:
        r = start_regel.declaratiestart(start)
        m.uitleg.stappen.extend(r.uitleg.stappen[:1] if functie == "poh-s" else r.uitleg.stappen[:2])
        datums.append(r.declaratie_vanaf)
    if opleiding is not None:
        vraag = valideer(coulance_regel.CoulanceVraag, {"opleidingsduur_maanden": "opleiding.duur_maanden", "start_opleiding": "opleiding.start"},
                         functie=opleiding.functie, start_opleiding=opleiding.start, opleidingsduur_maanden=opleiding.duur_maanden,
                         verkennend_gesprek=opleiding.verkennend_gesprek, incompany_opleiding=opleiding.incompany_opleiding,
                         hbo_v=opleiding.hbo_v)
        try:
            c = coulance_regel.coulance(vraag)
        except InvoerFout as e:
            i = next(i for i, o in enumerate(_PROFIEL_OPLEIDINGEN[0], 1) if o is opleiding) if _PROFIEL_OPLEIDINGEN else 1
            veld = "duur_maanden" if "duur" in e.veld else e.veld
            raise InvoerFout(f"opleiding[{i}].{veld}", e.bericht, e.regel) from None
        m.uitleg.stappen.extend(c.uitleg.stappen)
        if c.vergoeding_vanaf is None:
            m.opmerkingen.append(f"POH in opleiding: {c.reden}")
            return False
        datums.append(c.vergoeding_vanaf)
    if datums:
        m.eerste_declaratie = max(datums)
        if len(datums) == 2:
            m.uitleg.stap("Eerste declaratiedatum", f"de laatste van declaratiestart {nl.datum(datums[0])} en coulance {nl.datum(datums[1])} "
                          "(I-ZZ26-POHS-PRAKTIJKSTART)", nl.datum(m.eerste_declaratie), bron_start)
    return True


def _toets(m: Module, oordeel: Oordeel, diploma_leden: set[str], in_opleiding: bool) -> None:
    redenen = [r for r in oordeel.redenen if not oordeel.toegestaan]
    if in_opleiding:  # de diploma-eis wordt door de coulance vervangen
        redenen = [r for r in redenen if not (r.bron.artikel == 4 and r.bron.lid in diploma_leden)]
    m.niet_vervuld.extend(redenen)
    m.in_aanmerking = not m.niet_vervuld


def _opleiding(profiel: Profiel, functie: str) -> Opleiding | None:
    lijst = [o for o in profiel.opleidingen if o.functie == functie]
    if len(lijst) > 1:
        raise InvoerFout("opleiding", f"het profiel noemt {len(lijst)} opleidingen voor {functie}; één per functie", "praktijkprofiel")
    return lijst[0] if lijst else None


def _zz_verzekerden(profiel: Profiel, m: Module) -> int | None:
    n = profiel.per_verzekeraar.get("zz")
    if n is None:
        m.opmerkingen.append("lijst.per_verzekeraar.zz ontbreekt: zonder het aantal ZZ-verzekerden geen bedragen")
        m.in_aanmerking = None
    elif n == 0:
        m.opmerkingen.append("de praktijk heeft geen ingeschreven verzekerden van Zorg en Zekerheid")
        m.in_aanmerking = False
        return None
    return n


# --- Zorg en Zekerheid ------------------------------------------------------------------------------------

def zz_poh_s(profiel: Profiel, jaar: int) -> Module:
    from zorgcontract.regels.zz import voorwaarden
    from zorgcontract.regels.zz.pohs import artikel_5

    doc = artikel_5.document_voor(jaar)
    m = Module(verzekeraar=doc.verzekeraar, document=doc.naam, module="poh-s", titel="Module POH-S (art. 5-6)")
    p = profiel.poh_s
    if p is None:
        m.in_aanmerking = False
        m.opmerkingen.append("het profiel noemt geen POH-S (tabel [poh_s])")
        return m
    opl = _opleiding(profiel, "poh-s")
    if p.opleiding is not None:
        poh = valideer(voorwaarden.PohS, {"opleiding": "poh_s.opleiding", "overeenkomst": "poh_s.overeenkomst"},
                       opleiding=p.opleiding, post_hbo_poh_s_afgerond=p.post_hbo_poh_s_afgerond, overeenkomst=p.overeenkomst,
                       eigen_werkplek=p.eigen_werkplek)
        _toets(m, voorwaarden.poh_s_voldoet(poh, op=date(jaar, 1, 1)), {"2", "4"}, opl is not None)
    elif opl is None:
        m.opmerkingen.append("poh_s.opleiding ontbreekt: de voorwaarden van art. 3-4 zijn niet getoetst")
    else:
        m.in_aanmerking = True
    n = _zz_verzekerden(profiel, m)
    if n is None:
        return m
    keten = set()
    groepen = {g.value.lower(): g for g in artikel_5.ChronischeGroep}
    for g in profiel.keten_dbc:
        if g.strip().lower() not in groepen:
            raise InvoerFout("chronisch.keten_dbc", f"'{g}' is geen chronische groep (DM2, CVRM, COPD, Astma)", str(bron(doc, 5, "9")))
        keten.add(groepen[g.strip().lower()])
    praktijk = valideer(artikel_5.PohSPraktijk, {"ingeschreven_verzekerden": "lijst.per_verzekeraar.zz", "contracturen_per_week": "poh_s.contracturen",
                                                 **{g: f"chronisch.{g}" for g in ("dm2", "cvrm", "copd", "astma")}},
                        ingeschreven_verzekerden=n, contracturen_per_week=p.contracturen, keten_dbc=frozenset(keten), jaar=jaar,
                        **profiel.chronisch)
    r = artikel_5.bereken(praktijk)
    m.uitleg.stappen.extend(r.uitleg.stappen)
    m.verzekerden = n
    m.per_verzekerde_per_kwartaal = r.kwartaaltarief_per_verzekerde
    m.prestatiecodes = [(r.prestatiecode, r.kwartaaltarief_per_verzekerde)]
    m.gegevens = {"max_uren_per_week": uren_tekst(r.max_uren_per_week), "vergoede_uren_per_week": uren_tekst(r.vergoede_uren_per_week)}
    if m.in_aanmerking is False:
        m.opmerkingen.append("niet in aanmerking: de bedragen gelden pas als aan de voorwaarden voldaan is")
    if not _start(m, jaar, p.start_overeenkomst, opl, "poh-s", bron(doc, 6, "2")):
        m.in_aanmerking = False
        return m
    _kwartalen(m, jaar, bron(doc, 5, "9"))
    return m


def zz_poh_ggz(profiel: Profiel, jaar: int) -> Module:
    from zorgcontract.regels.zz import voorwaarden
    from zorgcontract.regels.zz.pohggz import artikel_6

    doc = geldend("zz-pohggz", date(jaar, 1, 1), veld="jaar", wat=f"bijlage POH-GGZ van Zorg en Zekerheid (jaar {jaar})")
    m = Module(verzekeraar=doc.verzekeraar, document=doc.naam, module="poh-ggz", titel="Opslag POH-GGZ (art. 6)")
    p = profiel.poh_ggz
    if p is None:
        m.in_aanmerking = False
        m.opmerkingen.append("het profiel noemt geen POH-GGZ (tabel [poh_ggz])")
        return m
    opl = _opleiding(profiel, "poh-ggz")
    if p.opleiding is not None:
        poh = valideer(voorwaarden.PohGgz, {"opleiding": "poh_ggz.opleiding", "overeenkomst": "poh_ggz.overeenkomst"},
                       opleiding=p.opleiding, overeenkomst=p.overeenkomst, eigen_werkplek=p.eigen_werkplek,
                       taakomschrijving_vastgelegd=p.taakomschrijving_vastgelegd)
        _toets(m, voorwaarden.poh_ggz_voldoet(poh, op=date(jaar, 1, 1)), {"2"}, opl is not None)
    elif opl is None:
        m.opmerkingen.append("poh_ggz.opleiding ontbreekt: de voorwaarden van art. 3-4 zijn niet getoetst")
    else:
        m.in_aanmerking = True
    n = _zz_verzekerden(profiel, m)
    if n is None:
        return m
    praktijk = valideer(artikel_6.PohGgzPraktijk, {"ingeschreven_verzekerden": "lijst.per_verzekeraar.zz", "uren_per_week": "poh_ggz.uren",
                                                   "afgesproken_uren_per_week": "poh_ggz.afgesproken_uren"},
                        ingeschreven_verzekerden=n, uren_per_week=p.uren, afgesproken_uren_per_week=p.afgesproken_uren, jaar=jaar)
    r = artikel_6.bereken(praktijk)
    m.uitleg.stappen.extend(r.uitleg.stappen)
    m.verzekerden = n
    m.per_verzekerde_per_kwartaal = r.kwartaalopslag_per_verzekerde
    m.prestatiecodes = [(d.prestatiecode, d.bedrag) for d in r.declaratie]
    m.gegevens = {"normuren_per_week": uren_tekst(r.normuren_per_week), "ingezette_uren_per_week": uren_tekst(r.ingezette_uren_per_week)}
    if m.in_aanmerking is False:
        m.opmerkingen.append("niet in aanmerking: de bedragen gelden pas als aan de voorwaarden voldaan is")
    if not _start(m, jaar, p.start_overeenkomst, opl, "poh-ggz", bron(doc, 6, "3c")):
        m.in_aanmerking = False
        return m
    _kwartalen(m, jaar, bron(doc, 6, "3b"))
    return m


def zz_service(profiel: Profiel, jaar: int) -> Module:
    from zorgcontract.regels.zz.faq import tarieven

    r = tarieven.service_bereikbaarheid(frozenset(tarieven.Dienst(d) for d in _diensten(profiel)), date(jaar, 1, 1))
    doc = document(r.uitspraak.document)
    m = Module(verzekeraar=doc.verzekeraar, document=doc.naam, module="service-bereikbaarheid", titel="Service en bereikbaarheid (FAQ)")
    m.uitleg.stappen.extend(r.uitleg.stappen)
    m.in_aanmerking = bool(r.componenten)
    if not r.componenten:
        m.niet_vervuld.append(Reden(tekst="geen enkel component van service en bereikbaarheid ingezet", bron=r.uitspraak.bron))
    m.gegevens = {"componenten": r.componenten, "vrije_opslag": r.vrije_opslag}
    bekend = {k: v for k, v in r.bedragen.items() if v is not None}
    onbekend = sorted(k for k, v in r.bedragen.items() if v is None)
    if onbekend:
        m.opmerkingen.append(f"bedrag niet in de bronnen voor: {', '.join(onbekend)}")
    if any(c in r.componenten for c in ("1", "2", "2a", "2b")):
        m.opmerkingen.append("de bedragen van componenten 1 en 2 staan niet in de bronnen")
    n = _zz_verzekerden(profiel, m) if bekend else None
    if bekend and n is not None:
        per_jaar = sum(bekend.values(), Decimal(0))
        m.verzekerden = n
        m.per_verzekerde_per_jaar = per_jaar
        m.totaal_per_jaar = per_jaar * n
        m.uitleg.stap("Totaal per jaar (bekende bedragen)", f"({' + '.join(nl.bedrag(v) for v in bekend.values())}) × {n} verzekerden",
                      nl.bedrag(m.totaal_per_jaar), r.uitspraak.bron)
        m.opmerkingen.append("de FAQ noemt bedragen per verzekerde per jaar; het project verdeelt ze niet over kwartalen")
    return m


def _diensten(profiel: Profiel) -> list[str]:
    from zorgcontract.regels.zz.faq import tarieven

    bekend = [d.value for d in tarieven.Dienst]
    for d in profiel.diensten or []:
        if d not in bekend:
            raise InvoerFout("service.diensten", f"'{d}' is geen bekende dienst (kies uit {', '.join(bekend)})", "ZZ FAQ, service en bereikbaarheid")
    return list(profiel.diensten or [])


# --- Zilveren Kruis ---------------------------------------------------------------------------------------

def zk_poh_ggz(profiel: Profiel, jaar: int) -> Module:
    from zorgcontract.kern.parameters import in_reeks
    from zorgcontract.regels.zk.inkoop import poh_ggz
    from zorgcontract.regels.zk.inkoop.gemeen import REEKS

    doc = geldend(REEKS, date(jaar, 1, 1))
    m = Module(verzekeraar=doc.verzekeraar, document=doc.naam, module="zk-poh-ggz", titel="Vergoeding POH-GGZ (uren)")
    p = profiel.poh_ggz
    if p is None:
        m.in_aanmerking = False
        m.opmerkingen.append("het profiel noemt geen POH-GGZ (tabel [poh_ggz])")
        return m
    r = poh_ggz.bereken(valideer(poh_ggz.ZkPohGgzPraktijk, {"ingeschreven": "lijst.ingeschreven", "gevraagde_uren_per_week": "poh_ggz.uren"},
                                 ingeschreven=profiel.ingeschreven, gevraagde_uren_per_week=p.uren, jaar=jaar))
    m.uitleg.stappen.extend(r.uitleg.stappen)
    m.gegevens = {"normuren_per_week": uren_tekst(r.uren_per_week), "individuele_beoordeling": r.individuele_beoordeling,
                  "extra_uren_per_week": uren_tekst(r.extra_uren)}
    try:
        in_reeks(REEKS, "poh-ggz.tarief", date(jaar, 1, 1))
    except ZorgcontractFout as e:
        m.opmerkingen.append(f"tarief niet in de bronnen: {e}")
    m.opmerkingen.append("de voorwaarden van par. 2 (opleiding, werkruimte, HIS/KIS) staan niet in het profiel en zijn niet getoetst")
    return m


def zk_oaw(profiel: Profiel, jaar: int) -> Module:
    from zorgcontract.regels.zk.inkoop import service
    from zorgcontract.regels.zk.inkoop.gemeen import REEKS

    doc = geldend(REEKS, date(jaar, 1, 1))
    m = Module(verzekeraar=doc.verzekeraar, document=doc.naam, module="zk-oaw", titel="Service en bereikbaarheid module C (OAW)")
    if profiel.oaw is None:
        m.in_aanmerking = False
        m.opmerkingen.append("het profiel noemt geen OAW-spreekuren (tabel [oaw])")
        return m
    spreekuren = [service.lees_spreekuur(s) for s in profiel.oaw.spreekuren]
    r = service.module_c(valideer(service.ZkModuleC, {"weken_per_jaar": "oaw.weken_per_jaar", "ingeschreven": "lijst.ingeschreven"},
                                  ingeschreven=profiel.ingeschreven, spreekuren=spreekuren, weken_per_jaar=profiel.oaw.weken_per_jaar, jaar=jaar))
    m.uitleg.stappen.extend(r.uitleg.stappen)
    m.in_aanmerking = r.oordeel.toegestaan
    if not r.oordeel.toegestaan:
        m.niet_vervuld.extend(r.oordeel.redenen)
    m.gegevens = {"vereiste_uren_per_week": uren_tekst(r.vereiste_uren), "tellende_uren_per_week": uren_tekst(r.tellende_uren)}
    m.opmerkingen.append("het tarief van service en bereikbaarheid staat niet in de bronnen (website)")
    return m


# --- alles ------------------------------------------------------------------------------------------------

ZZ_MODULES = (zz_poh_s, zz_poh_ggz, zz_service)
TITELS = {"zz_poh_s": ("poh-s", "Module POH-S (art. 5-6)"), "zz_poh_ggz": ("poh-ggz", "Opslag POH-GGZ (art. 6)"),
          "zz_service": ("service-bereikbaarheid", "Service en bereikbaarheid (FAQ)"),
          "zk_poh_ggz": ("zk-poh-ggz", "Vergoeding POH-GGZ (uren)"), "zk_oaw": ("zk-oaw", "Service en bereikbaarheid module C (OAW)")}
ZK_MODULES = (zk_poh_ggz, zk_oaw)


def _verzekeraar(naam: str, reeksen: list[str], modules, profiel: Profiel, jaar: int) -> Verzekeraar:
    perioden = sorted({d.periode for r in reeksen for d in reeks(r)})
    geldig, meldingen = set(), []
    for r in reeksen:
        try:
            geldig.add(geldend(r, date(jaar, 1, 1)).periode)
        except BuitenPeriode as e:
            meldingen.append(e.bericht)
    if not geldig:
        return Verzekeraar(verzekeraar=naam, perioden=perioden, periode=None, modules=[],
                           buiten_periode=f"geen contract bekend voor {jaar}: {meldingen[0]}")
    return Verzekeraar(verzekeraar=naam, perioden=perioden, periode=", ".join(sorted(geldig)),
                       modules=[_veilig(f, profiel, jaar, naam) for f in modules])


def _veilig(f, profiel: Profiel, jaar: int, verzekeraar: str) -> Module:
    """Een module die voor dit jaar niet te berekenen is (een parameter die de bronnen niet geven), meldt dat
    in haar opmerkingen; foute invoer blijft een fout voor het hele profiel."""
    from zorgcontract.kern.fouten import NietInBron, ParameterOnbekend

    try:
        return f(profiel, jaar)
    except (ParameterOnbekend, NietInBron, BuitenPeriode) as e:
        naam, titel = TITELS[f.__name__]
        return Module(verzekeraar=verzekeraar, document="(geen document voor dit jaar)", module=naam, titel=titel, in_aanmerking=None,
                      opmerkingen=[f"niet te berekenen voor {jaar}: {e}"])


def overzicht(profiel: Profiel, jaar: int) -> Overzicht:
    _PROFIEL_OPLEIDINGEN[:] = [profiel.opleidingen]
    return Overzicht(praktijk=profiel.naam, jaar=jaar, verzekeraars=[
        _verzekeraar("Zorg en Zekerheid", ["zz-pohs", "zz-pohggz", "zz-faq"], ZZ_MODULES, profiel, jaar),
        _verzekeraar("Zilveren Kruis", ["zk-inkoop"], ZK_MODULES, profiel, jaar),
    ])
