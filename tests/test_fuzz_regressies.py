"""Eén expliciete regressietest per oorzaak uit issue 14 (foute invoer crasht nooit en wordt nooit geaccepteerd),
plus de notatieregels van de invoerlaag (``kern/invoertypen.py``). De bestandsverwerking van ``declaraties`` en
``dekking`` wordt elders getoetst; het globale deel (fouten vóór de subopdracht, --json) hier voor allemaal."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz_hulp import ENGELS, roep
from zorgcontract.kern import invoertypen as it
from zorgcontract.kern import nl

POHS = ["poh-s", "--ingeschreven", "2350", "--contracturen", "16"]


def fout(*args: str, optie: str | None = None) -> dict:
    """Aanroep met --json die een invoerfout moet geven: exit 2, Nederlands op stderr, {"fout"} op stdout."""
    u = roep([*args, "--json"])
    assert u.uitzondering is None and not u.hang, u.uitzondering
    assert u.code == 2, (u.code, u.stdout, u.stderr)
    assert u.stderr.startswith("fout: ") and not any(w in u.stderr for w in ENGELS), u.stderr
    data = json.loads(u.stdout)
    assert data["fout"] in u.stderr
    if optie:
        assert f"'{optie}'" in data["fout"] and data.get("veld") == optie, data
    return data


def goed(*args: str) -> dict:
    u = roep([*args, "--json"])
    assert u.code == 0, (u.stdout, u.stderr, u.uitzondering)
    return json.loads(u.stdout)


# --- oorzaak 1: grootte (Decimal-overflow, minutenlange int-bouw) -----------------------------------------

@pytest.mark.parametrize("args, optie", [
    (["poh-s", "--ingeschreven", "1e999999999", "--contracturen", "16"], "--ingeschreven"),
    (["poh-s", "--ingeschreven", "1" + "0" * 30, "--contracturen", "16"], "--ingeschreven"),
    (["poh-s", "--ingeschreven", "10**30", "--contracturen", "16"], "--ingeschreven"),
    (["poh-ggz", "--ingeschreven", "2350", "--uren", "1e22"], "--uren"),
    (["fgv", "--conform", "1", "--totaal", "2", "--grenzen", "1e23,2e23,3e23"], "--grenzen"),
    (["zk-poh-s-aanvulling", "--uren", "20", "--uurkosten", "9" * 40], "--uurkosten"),
    (["oaw-uren", "--ingeschreven", "10000001"], "--ingeschreven"),
])
def test_grote_getallen_direct_geweigerd(args, optie):
    # de tijdslimiet van roep() vangt een hang; hier alleen: geweigerd, met de grens of de notatie
    d = fout(*args, optie=optie)
    assert "te groot" in d["fout"] or "exponent" in d["fout"] or "geen" in d["fout"]


def test_uren_per_week_hoogstens_168():
    assert "168" in fout("poh-ggz", "--ingeschreven", "2350", "--uren", "169", optie="--uren")["fout"]
    goed("poh-ggz", "--ingeschreven", "2350", "--uren", "168")


# --- oorzaak 2: jaren en datums -------------------------------------------------------------------------

@pytest.mark.parametrize("sub", [POHS, ["poh-ggz", "--ingeschreven", "2350", "--uren", "16"], ["indexering", "--tarief", "12,50"],
                                 ["poh-ouderen", "--ingeschreven", "2000", "--75plus", "250"], ["oaw-uren", "--ingeschreven", "3000"]])
@pytest.mark.parametrize("jaar", ["0", "-1", "10000", "9" * 20, "2030", "1999"])
def test_jaren_buiten_de_bronnen(sub, jaar):
    fout(*sub, "--jaar", jaar, optie="--jaar")


def test_jaargrenzen_komen_uit_de_documenten():
    from zorgcontract.kern.documenten import reeks

    eerste, laatste, _ = it.bekende_jaren("zz-pohs")
    assert (eerste, laatste) == (reeks("zz-pohs")[0].eerste_dag.year, reeks("zz-pohs")[-1].laatste_dag.year)


@pytest.mark.parametrize("args, optie", [
    (["declaratiestart", "--start-overeenkomst", "9999-12-31"], "--start-overeenkomst"),
    (["declaratiestart", "--start-overeenkomst", "9999-10-15"], "--start-overeenkomst"),
    (["coulance", "--functie", "poh-s", "--start-opleiding", "9999-12-31", "--opleidingsduur-maanden", "24"], "--start-opleiding"),
    (["coulance", "--functie", "poh-ggz", "--start-opleiding", "0001-01-01"], "--start-opleiding"),
    (["faq-uitspraak", "--onderwerp", "coulance", "--datum", "10000-01-01"], "--datum"),
])
def test_datums_die_naar_jaar_10000_rollen(args, optie):
    fout(*args, optie=optie)


# --- oorzaak 3: tijden ----------------------------------------------------------------------------------

def test_spreekuur_met_punt_is_half_zes():
    # 17.30-18.00 = een half uur binnen het avondvenster (17.00-22.00), niet 17:00:00.3 en geen heel uur
    d = goed("zk-oaw-toets", "--ingeschreven", "2000", "--spreekuur", "di 17.30-18.00", "--weken", "45")
    assert d["tellende_uren"] == "0.500000"
    assert goed("zk-oaw-toets", "--ingeschreven", "2000", "--spreekuur", "di 17:30-18:00", "--weken", "45") == d


@pytest.mark.parametrize("spreekuur, woord", [("di 17:00:30-18:00", "seconden"), ("di 17:00-18:00:00", "seconden"),
                                               ("di 17:00+01:00-18:00", "tijdzone"), ("di 17:00Z-18:00", "tijdzone")])
def test_seconden_en_tijdzone_geweigerd_met_uitleg(spreekuur, woord):
    d = fout("zk-oaw-toets", "--ingeschreven", "2000", "--spreekuur", spreekuur, "--weken", "45", optie="--spreekuur")
    assert woord in d["fout"]


def test_overlappende_spreekuren_geweigerd():
    fout("zk-oaw-toets", "--ingeschreven", "2000", "--spreekuur", "di 17:00-19:00", "--spreekuur", "di 18:00-20:00",
         "--weken", "45", optie="--spreekuur")


# --- oorzaak 4: Nederlandse getallen ----------------------------------------------------------------------

@pytest.mark.parametrize("args, optie", [
    (["poh-ggz", "--ingeschreven", "2350", "--uren", "2.350"], "--uren"),
    (["poh-s", "--ingeschreven", "2350", "--contracturen", "1.234"], "--contracturen"),
    (["poh-s", "--ingeschreven", "2.350", "--contracturen", "16"], "--ingeschreven"),
])
def test_punt_als_duizendtalscheiding_dubbelzinnig(args, optie):
    d = fout(*args, optie=optie)
    assert "dubbelzinnig" in d["fout"] and "schrijf" in d["fout"]


def test_komma_en_punt_als_decimaalteken_hetzelfde():
    a = goed("poh-ggz", "--ingeschreven", "3000", "--uren", "16,5")  # normuren 20,43: 16,5 telt helemaal
    assert a == goed("poh-ggz", "--ingeschreven", "3000", "--uren", "16.5")
    assert a["ingezette_uren_per_week"].startswith("16.5")


def test_notatie_staat_in_de_hulp():
    u = roep(["poh-ggz", "--help"])
    assert u.code == 0 and "2.350" in u.stdout and "komma of punt" in u.stdout


# --- oorzaak 5: herhaalde opties -------------------------------------------------------------------------

def test_herhaalde_optie_geweigerd():
    d = fout("poh-s", "--ingeschreven", "2350", "--ingeschreven", "23501", "--contracturen", "16", optie="--ingeschreven")
    assert "'2350'" in d["fout"] and "'23501'" in d["fout"]
    fout("poh-s", "--ingeschreven=2350", "--contracturen", "16", "--ingeschreven", "2350", optie="--ingeschreven")


def test_herhaalbare_opties_blijven_herhaalbaar():
    goed(*POHS, "--keten-dbc", "DM2", "--keten-dbc", "CVRM")


# --- oorzaak 6: fouten vóór de subopdracht ----------------------------------------------------------------

@pytest.mark.parametrize("args, woord", [
    ([*POHS, "--onbekend", "3"], "onbekende optie"),
    (["onzin"], "onbekende subopdracht"),
    ([*POHS, "extra"], "extra argument"),
    ([*POHS, "--json=ja"], "vlag zonder waarde"),
    (["coulance", "--functie", "poh-ggz", "--start-opleiding", "2026-01-01", "--hbo-v=ja"], "vlag zonder waarde"),
    (["poh-s", "--ingeschreven", "2350", "--contracturen"], "verwacht een waarde"),
    (["zk-startdatum", "--aanvraag", "2026-01-01", "--module"], "verwacht een waarde"),
    (["poh-s", "--contracturen", "16", "--ingeschreven"], "verwacht een waarde"),
    (["dekking", "--features"], "verwacht een waarde"),
    (["declaraties", "--onbekend"], "onbekende optie"),
    (["--onbekend", "poh-s"], "onbekende optie"),
])
def test_aanroepfout_met_json_en_nederlands(args, woord):
    assert woord in fout(*args)["fout"]


@pytest.mark.parametrize("args", [
    ["poh-s", "--ingeschreven", "--json", "--contracturen", "16"],  # --ingeschreven slikt --json in
    ["dekking", "--features", "--json"],
    ["zk-oaw-toets", "--ingeschreven", "2000", "--weken", "45", "--spreekuur", "--json"],
])
def test_optie_die_json_inslikt_geeft_toch_json(args):
    u = roep(args)
    assert u.code == 2 and "verwacht een waarde" in json.loads(u.stdout)["fout"]
    assert "does not take a value" not in u.stderr


def test_json_voor_de_subopdracht_mag():
    assert goed("declaratiestart", "--start-overeenkomst", "2026-04-01") == json.loads(
        roep(["--json", "declaratiestart", "--start-overeenkomst", "2026-04-01"]).stdout)


def test_zonder_argumenten_nederlands_en_exit_2():
    u = roep([])
    assert u.code == 2 and u.stderr.startswith("fout: geef een subopdracht") and "Usage" not in u.stdout + u.stderr


# --- oorzaak 7: meldingen citeren de gebruiker en noemen de optie zoals getypt ------------------------------

def test_melding_citeert_letterlijk():
    d = fout("poh-ggz", "--ingeschreven", "2350", "--uren", "1,5,5", optie="--uren")
    assert "'1,5,5'" in d["fout"] and "1.5.5" not in d["fout"]


@pytest.mark.parametrize("args, optie", [
    (["poh-ouderen", "--ingeschreven", "100", "--75plus", "101"], "--75plus"),
    (["coulance", "--functie", "poh-s", "--start-opleiding", "2026-01-01", "--opleidingsduur-maanden", "18"], "--opleidingsduur-maanden"),
    (["coulance", "--functie", "poh-s", "--start-opleiding", "2026-01-01"], "--opleidingsduur-maanden"),
    (["poh-s", "--ingeschreven", "100", "--astma", "101", "--contracturen", "3"], "--astma"),
    (["zk-poh-s-aanvulling", "--uren", "5", "--uurkosten", "50", "--ketenzorg", "8"], "--ketenzorg"),
])
def test_melding_noemt_de_optie_niet_het_interne_veld(args, optie):
    d = fout(*args, optie=optie)
    assert "aantal_75plus" not in d["fout"] and "opleidingsduur_maanden" not in d["fout"]


def test_niet_utf8_in_argv_breekt_de_uitvoer_niet():
    d = fout("poh-s", "--ingeschreven", "23\udcff50", "--contracturen", "16", optie="--ingeschreven")
    assert "\\xff" in d["fout"]
    json.dumps(d, ensure_ascii=False).encode("utf-8")  # geen losse surrogaten meer


# --- oorzaak 8: mens en JSON kloppen (geen half-even van babel op geld) ---------------------------------------

def test_indexering_uitleg_telt_op():
    # € 9,995 × 1,061 = € 10,604695 -> half omhoog € 10,60; de uitleg toont het tarief zoals ingevoerd
    u = roep(["indexering", "--tarief", "9,995"])
    assert u.code == 0
    assert "€ 9,995 × (1 + 6,1%) = € 10,60" in u.stdout
    assert goed("indexering", "--tarief", "9,995")["nieuw"] == "10.60"


def test_indexering_met_punt_en_drie_decimalen_is_dubbelzinnig():
    # '9.995' kan ook € 9.995 (negenduizend...) zijn: geweigerd met hoe het wel moet
    assert "9,995" in fout("indexering", "--tarief", "9.995", optie="--tarief")["fout"]


def test_nl_bedrag_en_getal_nooit_half_even():
    assert nl.bedrag(Decimal("9.995")) == "€ 9,995"
    assert nl.bedrag(Decimal("10.60")) == "€ 10,60"
    assert nl.getal(Decimal("1.005"), 2) == "1,01"  # babel (half-even) zou 1,00 geven
    assert nl.getal(Decimal("0.125"), 2) == "0,13"


# --- de notatieregels zelf ------------------------------------------------------------------------------

@pytest.mark.parametrize("tekst, waarde", [("16,5", "16.5"), ("16.5", "16.5"), ("0.125", "0.125"), ("1234.567", "1234.567"),
                                           ("2350", "2350"), (" 12 ", "12"), ("-0", "0"), ("168", "168")])
def test_lees_getal_geldig(tekst, waarde):
    assert it.lees_getal(tekst, it.UREN_PER_WEEK.met(maximum=10_000)) == Decimal(waarde)


@pytest.mark.parametrize("tekst", ["2.350", "1.234", "1.234,56", "1.234.567", "1e5", "nan", "inf", "+5", "1_000", "١٢", "", "1,5,5",
                                   "0x10", "²", "1 000", "16,55555"])
def test_lees_getal_geweigerd(tekst):
    with pytest.raises(it.Afgewezen):
        it.lees_getal(tekst, it.UREN_PER_WEEK.met(maximum=10_000))


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(st.text(max_size=60))
def test_lees_getal_geeft_waarde_binnen_grenzen_of_afgewezen(tekst):
    for soort in (it.AANTAL, it.UREN_PER_WEEK, it.BEDRAG, it.PERCENTAGE):
        try:
            w = it.lees_getal(tekst, soort)
        except it.Afgewezen as e:
            assert e.bericht
        else:
            assert soort.minimum <= w <= soort.maximum


@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(st.text(max_size=30))
def test_lees_tijd_en_datum_geven_waarde_of_afgewezen(tekst):
    for lees in (it.lees_tijd, it.lees_datum, lambda t: it.lees_jaar(t, "zz-pohs")):
        try:
            lees(tekst)
        except it.Afgewezen:
            pass


@pytest.mark.parametrize("args, optie", [
    (["--functie", "poh-ggz", "--opleidingsduur-maanden", "24"], "--opleidingsduur-maanden"),
    (["--functie", "poh-s", "--opleidingsduur-maanden", "24", "--verkennend-gesprek"], "--verkennend-gesprek"),
    (["--functie", "poh-ggz", "--hbo-v"], "--hbo-v"),
])
def test_coulance_optie_van_een_andere_functie_niet_stil_genegeerd(args, optie):
    assert "geldt alleen voor" in fout("coulance", "--start-opleiding", "2026-05-20", *args, optie=optie)["fout"]


@pytest.mark.parametrize("args, woord", [
    (["poh-s", "--" + "x" * 100_000], "onbekende optie"),
    (["x" * 100_000], "onbekende subopdracht"),
    (["poh-s", "--ingeschreven", "9" * 100_000, "--contracturen", "16"], "te lang"),
    (["zk-oaw-toets", "--ingeschreven", "3000", "--weken", "45",
      *[x for i in range(101) for x in ("--spreekuur", f"{['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'][i % 7]} "
                                                          f"{i // 7:02d}:00-{i // 7:02d}:30")]], "meer dan 100"),
])
def test_lange_en_veelvuldige_invoer_direct_geweigerd(args, woord):
    # de tijdslimiet van roep() (fuzz_hulp.TIJDSLIMIET) vangt een hang; geen snelheidseis
    assert woord in fout(*args)["fout"]


def test_typer_app_zelf_geeft_ook_de_nederlandse_melding():
    # het handboek en andere aanroepers gebruiken de typer-app direct (CliRunner), zonder main()
    from typer.testing import CliRunner

    from zorgcontract.cli import app

    r = CliRunner().invoke(app, ["poh-s", "--ingeschreven", "2.350", "--contracturen", "16", "--json"])
    assert r.exit_code == 2 and r.exception is None or isinstance(r.exception, SystemExit)
    assert "dubbelzinnig" in r.output and "Traceback" not in r.output
