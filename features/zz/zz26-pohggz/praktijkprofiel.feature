# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-GGZ 2026-2028, art. 6 lid 2-3 (opslag per verzekerde per
# kwartaal, naar boven afgerond; 11201 en 31343). Het praktijktotaal noemt de bron niet: I-ZZ26-POHGGZ-PRAKTIJKTOTAAL.
Functionaliteit: Praktijkoverzicht POH-GGZ - het totaal van de opslag per kwartaal en per jaar
  Het totaal per kwartaal is de naar boven afgeronde opslag per verzekerde maal de ingeschreven
  verzekerden van Zorg en Zekerheid.

  Regel: het totaal is de afgeronde opslag maal de ingeschreven verzekerden

    # Normuren 16 × 3000 / 2350 = 20,4255; met 25 afgesproken uren telt 25 uur.
    # Opslag 5,41 × 25 / 20,4255 = 6,62161... → naar boven € 6,63 (11201 € 5,41 + 31343 € 1,22).
    # Per kwartaal 6,63 × 3000 = 19.890,00 (niet 6,62161 × 3000 = 19.864,84); overeenkomst liep al: 4 × = 79.560,00.
    # Met een overeenkomst vanaf 1 april 2026: declareren vanaf 1 juli 2026, 2 kwartalen = 39.780,00.
    @zz26-pohggz-a6-l3 @I-ZZ26-POHGGZ-PRAKTIJKTOTAAL
    Scenario: meer uren in overleg, overeenkomst liep al
      Gegeven een praktijkprofiel met 3000 ingeschreven verzekerden van Zorg en Zekerheid
      En in het profiel een POH-GGZ met 25 uur per week en 25 afgesproken uren per week
      Als het praktijkoverzicht voor 2026 wordt berekend
      Dan is voor de module POH-GGZ het bedrag per verzekerde per kwartaal € 6,63
      En is voor de module POH-GGZ het totaal per kwartaal € 19.890,00
      En is voor de module POH-GGZ het totaal per jaar € 79.560,00

    @zz26-pohggz-a6-l3 @zz26-pohs-a6-l2 @I-ZZ26-POHGGZ-PRAKTIJKTOTAAL
    Scenario: meer uren in overleg, overeenkomst vanaf 1 april
      Gegeven een praktijkprofiel met 3000 ingeschreven verzekerden van Zorg en Zekerheid
      En in het profiel een POH-GGZ met 25 uur per week en 25 afgesproken uren per week
      En de samenwerkingsovereenkomst POH-GGZ start op 1 april 2026
      Als het praktijkoverzicht voor 2026 wordt berekend
      Dan is voor de module POH-GGZ de eerste declaratiedatum 1 juli 2026
      En is voor de module POH-GGZ het totaal per jaar € 39.780,00
