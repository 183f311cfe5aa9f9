# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028, art. 4 lid 5 (POH in opleiding), art. 5
# lid 9 (kwartaaltarief per verzekerde) en art. 6 lid 2 (declareren vanaf het kwartaal na de startmaand);
# FAQ 2026-2028 (coulance). Het praktijkoverzicht (zorgcontract praktijk) telt de modules op voor een
# hele praktijk; de bron noemt dat totaal niet: zie I-ZZ26-POHS-PRAKTIJKTOTAAL en I-ZZ26-POHS-PRAKTIJKSTART.
# Verwachte waarden met de hand uit de contracttekst; de berekening staat boven elk scenario.
Functionaliteit: Praktijkoverzicht POH-S - wat een praktijk per kwartaal en per jaar krijgt
  Een praktijk declareert het kwartaaltarief per ingeschreven verzekerde. Het totaal per kwartaal is dat
  tarief maal de ingeschreven verzekerden van Zorg en Zekerheid; het jaar telt de kwartalen waarin al
  gedeclareerd mag worden.

  Regel: het totaal is het afgeronde kwartaaltarief maal de ingeschreven verzekerden

    # 0,12 × 2350 = 282; DM2 150 × 90/60 = 225, CVRM 200, COPD 40, Astma 60 × 50/60 = 50: 515 uur;
    # × 1,2 = 618; 282 + 618 = 900 uur per jaar; 900 / 46 = 19,5652 ≥ 16 contracturen.
    # Jaarbedrag 16 × 46 × 70,14 = 51.623,04; per verzekerde per kwartaal 51.623,04 / 2350 / 4 = 5,4918 → € 5,49.
    # Per kwartaal 5,49 × 2350 = 12.901,50 (niet 51.623,04 / 4 = 12.905,76); overeenkomst liep al: 4 kwartalen = 51.606,00.
    @zz26-pohs-a5-l9 @I-ZZ26-POHS-PRAKTIJKTOTAAL
    Scenario: een normpraktijk waarvan de overeenkomst al liep
      Gegeven een praktijkprofiel met 2350 ingeschreven verzekerden van Zorg en Zekerheid
      En in het profiel 150 verzekerden met DM2, 200 met CVRM, 40 met COPD en 60 met Astma in het zorgprogramma
      En in het profiel een POH-S met 16 contracturen per week
      Als het praktijkoverzicht voor 2026 wordt berekend
      Dan is voor de module POH-S het bedrag per verzekerde per kwartaal € 5,49
      En is voor de module POH-S het totaal per kwartaal € 12.901,50
      En is voor de module POH-S het totaal per jaar € 51.606,00

    # Kleine praktijk zonder chronische groepen: 0,12 × 1000 / 46 = 2,6087 uur per week ≤ 4 contracturen.
    # Jaarbedrag 120 × 70,14 = 8.416,80; / 1000 / 4 = 2,1042 → € 2,10; × 1000 = 2.100,00 per kwartaal; × 4 = 8.400,00.
    @zz26-pohs-a5-l9 @I-ZZ26-POHS-PRAKTIJKTOTAAL
    Scenario: een kleine praktijk die op het maximum uitkomt
      Gegeven een praktijkprofiel met 1000 ingeschreven verzekerden van Zorg en Zekerheid
      En in het profiel een POH-S met 4 contracturen per week
      Als het praktijkoverzicht voor 2026 wordt berekend
      Dan is voor de module POH-S het bedrag per verzekerde per kwartaal € 2,10
      En is voor de module POH-S het totaal per kwartaal € 2.100,00
      En is voor de module POH-S het totaal per jaar € 8.400,00

  Regel: met een POH-S in opleiding telt de laatste van declaratiestart en coulancedatum

    # Zelfde normpraktijk: € 12.901,50 per kwartaal.
    # Declaratiestart: eerste kwartaalstart na de startmaand van de overeenkomst (art. 6 lid 2).
    # Coulance reguliere opleiding: kwartaal na het kwartaal waarin de helft (start + 12 maanden) valt.
    # 1 nov 2025 → 1 jan 2026; opleiding 1 mrt 2025, helft 1 mrt 2026 → 1 apr 2026; laatste: 1 apr 2026; K2-K4 = 3 × 12.901,50 = 38.704,50.
    # (Een opleiding vanaf 1 aug 2024 heeft haar helft op 1 aug 2025 → 1 okt 2025: dat valt onder 2023-2025, zie I-ZZ26-POHS-COULANCE-PERIODE.)
    # 15 mei 2026 → 1 jul 2026; opleiding 1 mrt 2025 → coulance 1 apr 2026; laatste: 1 jul 2026; K3-K4 = 2 × 12.901,50 = 25.803,00.
    @zz26-pohs-a6-l2 @zz26-pohs-a4-l5 @I-ZZ26-POHS-PRAKTIJKSTART @I-ZZ26-POHS-OVEREENKOMST-DOORLOPEND
    Abstract Scenario: eerste declaratiedatum en jaartotaal met een POH-S in opleiding
      Gegeven een praktijkprofiel met 2350 ingeschreven verzekerden van Zorg en Zekerheid
      En in het profiel 150 verzekerden met DM2, 200 met CVRM, 40 met COPD en 60 met Astma in het zorgprogramma
      En in het profiel een POH-S met 16 contracturen per week
      En de samenwerkingsovereenkomst POH-S start op <overeenkomst>
      En de POH-S volgt een reguliere opleiding van 24 maanden sinds <opleiding>
      Als het praktijkoverzicht voor 2026 wordt berekend
      Dan is voor de module POH-S de eerste declaratiedatum <eerste>
      En is voor de module POH-S het totaal per jaar <jaar>

      Voorbeelden:
        | overeenkomst    | opleiding       | eerste         | jaar        |
        | 1 november 2025 | 1 maart 2025    | 1 april 2026   | € 38.704,50 |
        | 15 mei 2026     | 1 maart 2025    | 1 juli 2026    | € 25.803,00 |
