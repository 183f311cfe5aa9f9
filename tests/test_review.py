"""De systematische review (issue 11): interpretatiemodel, review.yaml per document, de handboekpagina's review en
reviewvragen, en de PDF-stap."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from zorgcontract.dekking import lees_scenarios, scenarios_per_id
from zorgcontract.handboek import pdf as handboek_pdf
from zorgcontract.handboek.gherkin import lees_features
from zorgcontract.handboek.paginas import Handboek
from zorgcontract.handboek.review import in_review, niet_in_review, problemen, review, review_md, reviewvragen_md
from zorgcontract.handboek.uitslagen import lees_run
from zorgcontract.kern.bronnen import DOCUMENTEN
from zorgcontract.kern.fouten import InvoerFout
from zorgcontract.kern.register import CATEGORIEEN, Interpretatie, RegisterItem, contractregister, interpretaties
from zorgcontract.regels.zk.inkoop import bijzondere_gebieden as bg
from zorgcontract.regels.zk.inkoop import service, toekomstbestendig as thz
from zorgcontract.regels.zz.faq import declareren
from zorgcontract.regels.zz.pohggz import artikel_5

WORTEL = Path(__file__).resolve().parents[1]


# --- het register -------------------------------------------------------------------------------------

def test_review_yaml_dekt_elke_clausule_en_elk_geval():
    assert problemen(contractregister(), interpretaties()) == []
    assert set(review()) == set(DOCUMENTEN)


def test_een_ontbrekende_clausule_wordt_gemeld():
    register = dict(contractregister())
    register["zz26-pohs-a9"] = RegisterItem(id="zz26-pohs-a9", document="zz26-pohs", locatie="artikel 9",
                                            samenvatting="een verzonnen artikel voor deze test", status="getoetst")
    assert "zz26-pohs: clausule zz26-pohs-a9 staat niet in review.yaml" in problemen(register, interpretaties())


def test_een_later_geregistreerde_lezing_staat_apart_op_de_reviewpagina():
    inter = dict(interpretaties())
    inter["I-ZZ26-POHS-PROEF"] = Interpretatie(id="I-ZZ26-POHS-PROEF", soort="leemte", bron={"document": "zz26-pohs"},
                                               register_ids=["zz26-pohs-a1"], vraag="een latere vraag", gekozen="g", alternatief="a")
    assert problemen(contractregister(), inter) == []
    assert [i.id for i in niet_in_review(inter)][-1:] == ["I-ZZ26-POHS-PROEF"] or "I-ZZ26-POHS-PROEF" in [i.id for i in niet_in_review(inter)]
    hb = Handboek([], lees_run(None), contractregister(), inter)
    tekst = review_md(hb)
    assert "Na de review geregistreerd" in tekst and "een latere vraag" in tekst


def test_een_genoemd_geval_dat_de_clausule_niet_noemt_wordt_gemeld():
    inter = dict(interpretaties())
    oud = inter["I-ZZ26-POHS-46-WEKEN"]
    inter[oud.id] = oud.model_copy(update={"register_ids": ["zz26-pohs-a1"]})
    assert "zz26-pohs: zz26-pohs-a5-l9 noemt I-ZZ26-POHS-46-WEKEN, maar I-ZZ26-POHS-46-WEKEN noemt die clausule niet" in problemen(contractregister(), inter)


def test_elke_lezing_is_vastgepind_of_niet_formaliseerbaar_en_de_nagelezen_hebben_een_soort():
    per = scenarios_per_id(lees_scenarios(Path(__file__).resolve().parents[1] / "features"))
    gereviewd = in_review()
    assert len(gereviewd) >= 70
    for i in interpretaties().values():
        assert i.id in per or i.niet_formaliseerbaar, f"{i.id}: geen scenario met @{i.id} en geen reden niet_formaliseerbaar"
        if i.id in gereviewd:
            assert i.categorieen, f"{i.id}: noem de soort dubbelzinnigheid ({', '.join(CATEGORIEEN)})"


def test_oude_items_blijven_geldig_en_zijn_dan_ter_bevestiging():
    i = Interpretatie(id="I-ZZ26-POHS-OUD", soort="interpretatie", bron={"document": "zz26-pohs", "artikel": 5},
                      register_ids=[], vraag="v", gekozen="g", alternatief="a")
    assert i.status == "ter-bevestiging" and i.ter_bevestiging and i.alle_alternatieven == ["a"]
    with pytest.raises(ValidationError):
        Interpretatie(id="I-ZZ26-POHS-OUD", soort="leemte", bron={"document": "zz26-pohs"}, register_ids=[], vraag="v",
                      gekozen="g", alternatief="a", niet_formaliseerbaar=" ")
    with pytest.raises(ValidationError):
        Interpretatie(id="I-ZZ26-POHS-OUD", soort="leemte", bron={"document": "zz26-pohs"}, register_ids=[], vraag="v",
                      gekozen="g", alternatief="a", status="vast")


def test_de_gevallen_uit_de_issue_staan_in_het_register():
    inter = interpretaties()
    for iid in ("I-ZZ26-POHS-46-WEKEN", "I-ZZ26-POHGGZ-EMH-REGIO", "I-ZZ26-POHGGZ-GEDIPLOMEERD", "I-ZZ26-POHS-HELFT",
                "I-ZZ26-FAQ-SB-KWARTAAL", "I-ZK22-INKOOP-OAW-600", "I-ZK22-INKOOP-BG-PREFERENT", "I-ZZ26-FAQ-MEEDENK-ENKELVOUDIG"):
        assert iid in inter, iid
    weken = inter["I-ZZ26-POHS-46-WEKEN"]
    assert len(weken.alle_alternatieven) >= 3 and "€ 6,21" in weken.gevolg and "€ 0,12" in weken.gevolg
    assert "meetmoment" in inter["I-ZZ26-POHS-HELFT"].categorieen
    assert inter["I-ZZ26-POHGGZ-514"].status == "door-tekst-bepaald"


# --- de handboekpagina's ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hb():
    return Handboek(lees_features(WORTEL / "features"), lees_run(None), contractregister(), interpretaties())


def test_reviewpagina_per_document_met_aantallen(hb):
    tekst = review_md(hb)
    for doc, regels in review().items():
        assert DOCUMENTEN[doc]["titel"] in tekst
        assert f"| {DOCUMENTEN[doc]['kort']} | {len(regels)} |" in tekst
    assert "geen" in tekst and "I-ZZ26-POHS-46-WEKEN" in tekst


def test_reviewvragen_noemen_elke_lezing_ter_bevestiging_met_alternatieven_en_gevolg(hb):
    tekst = reviewvragen_md(hb)
    deel_per_doc, _, slot = tekst.partition("## Door de tekst bepaald")
    for i in interpretaties().values():
        if i.ter_bevestiging:
            assert f"{i.id}\n" in deel_per_doc.replace("\\-", "-"), i.id
        else:
            assert f"### " not in slot and i.id in slot.replace("\\-", "-"), i.id
    assert "€ 6,21" in deel_per_doc and "Alternatieven." in deel_per_doc


# --- regels uit de review -----------------------------------------------------------------------------

def test_e_mental_health_regionale_afspraak_is_facultatief():
    S = artikel_5.Soort
    assert artikel_5.keuze_toegestaan(S.INTERVENTIE, "Therapieland", "Evie").toegestaan
    assert artikel_5.keuze_toegestaan(S.COMBINATIEPAKKET, "Ksyos", "Evie").toegestaan
    assert artikel_5.keuze_toegestaan(S.INTERVENTIE, "MindDistrict", None).toegestaan
    assert not artikel_5.keuze_toegestaan(S.INTERVENTIE, "Eigen app", "Evie").toegestaan
    assert not artikel_5.keuze_toegestaan(S.COMBINATIEPAKKET, "Evie", None).toegestaan


def test_krimpgebied_tot_einde_looptijd():
    assert bg.gebied_c_vergoeding_op(date(2023, 12, 31)).toegestaan
    assert not bg.gebied_c_vergoeding_op(date(2024, 1, 1)).toegestaan
    assert not bg.gebied_c_vergoeding_op(date(2023, 7, 1), date(2023, 6, 30)).toegestaan
    with pytest.raises(InvoerFout):
        bg.gebied_c_vergoeding_op(date(2021, 12, 31))


def test_module_b_vijf_werkdagen_inzage_en_avg():
    basis = dict(online_afspraken=True, e_consult=True, beeldbellen=True, online_herhaalmedicatie=True,
                 digitaal_recept_en_verwijzing=True, vooruit_boekbaar_werkdagen=5, online_inzage=True, beveiligd_avg=True)
    assert service.module_b(service.ZkModuleB(**basis)).toegestaan
    for veld, waarde in (("vooruit_boekbaar_werkdagen", 4), ("online_inzage", False), ("beveiligd_avg", False)):
        assert not service.module_b(service.ZkModuleB(**{**basis, veld: waarde})).toegestaan, veld
    with pytest.raises(ValidationError):
        service.ZkModuleB(**{k: v for k, v in basis.items() if k != "beveiligd_avg"})


def test_toekomstbestendig_b_consulten_en_meedenkadvies():
    P, T = thz.Professional, thz.Tijd
    assert thz.consult_b(P.PRAKTIJKVERPLEEGKUNDIGE, T.PATIENTGEBONDEN, date(2022, 3, 1)).toegestaan
    assert not thz.consult_b(P.PRAKTIJKVERPLEEGKUNDIGE, T.ORGANISATIE, date(2022, 3, 1)).toegestaan
    assert not thz.consult_b(P.DOKTERSASSISTENT, T.PATIENTGEBONDEN, date(2022, 3, 1)).toegestaan
    with pytest.raises(InvoerFout):
        thz.consult_b(P.HUISARTS, T.PATIENTGEBONDEN, date(2024, 1, 1))
    assert declareren.meedenkadvies(False).toegestaan and not declareren.meedenkadvies(True).toegestaan


# --- PDF ----------------------------------------------------------------------------------------------

def test_pdf_opdrachten(tmp_path):
    op = handboek_pdf.print_opdracht("/usr/bin/chromium", tmp_path / "a.html", tmp_path / "a.pdf")
    assert op[0] == "/usr/bin/chromium" and "--headless" in op and "--no-pdf-header-footer" in op
    assert op[-1].startswith("file://") and any(o.startswith("--print-to-pdf=") for o in op)
    sh = handboek_pdf.singlehtml_opdracht(WORTEL / "book")
    assert sh[sh.index("--builder") + 1] == "singlehtml" and "-W" in sh
    assert handboek_pdf.singlehtml_pad(WORTEL / "book").parts[-4:] == ("pdf", "_build", "singlehtml", "index.html")


def test_pdf_zonder_browser_meldt_dat(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(handboek_pdf, "browser", lambda: None)
    assert handboek_pdf.bouw_pdf(tmp_path) == handboek_pdf.GEEN_BROWSER
    assert "geen Chromium" in capsys.readouterr().err


@pytest.mark.handboek
def test_pdf_afdrukken_van_een_kleine_pagina(tmp_path):
    if handboek_pdf.browser() is None:
        pytest.skip("geen Chromium op deze machine")
    html = tmp_path / "a.html"
    html.write_text("<html><body><h1>Reviewvragen</h1><p>€ 5,41</p></body></html>", encoding="utf-8")
    assert handboek_pdf.druk_af(html, tmp_path / "a.pdf") == 0
    assert (tmp_path / "a.pdf").read_bytes()[:5] == b"%PDF-"


def test_hoofdtaak_bouwt_de_pdf():
    tekst = (WORTEL / "scripts" / "hoofdtaak.sh").read_text(encoding="utf-8")
    assert "zorgcontract.handboek.pdf" in tekst and "apt-get install" in tekst
    r = subprocess.run(["bash", "-n", str(WORTEL / "scripts" / "hoofdtaak.sh")], check=False)
    assert r.returncode == 0
