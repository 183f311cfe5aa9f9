# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028, artikel 5 (Financiële vergoeding).
# Verwachte waarden zijn met de hand uit de contracttekst berekend; de berekening staat bij elk scenario.
Functionaliteit: POH-S artikel 5 - de vergoeding van de module POH-S
  Het maximum aantal uren per week volgt uit basisuren per ingeschreven verzekerde en uren per
  chronische patiënt (plus 20%), gedeeld door 46 weken. De praktijk krijgt de contracturen vergoed,
  tot dat maximum, tegen € 70,14 per uur (2026), omgerekend naar een kwartaaltarief per verzekerde.

  Regel: het maximum volgt uit basisuren, chronische uren en de ophoging (lid 6 en 7)

    # 0,12 × 2350 = 282; 150×1,5 + 200×1 + 40×1 + 60×50/60 = 515; 515 × 0,2 = 103;
    # 282 + 515 + 103 = 900 uur per jaar; 900 / 46 = 19,565217... uur per week.
    @zz-pohs-a5-l6 @zz-pohs-a5-l7
    Scenario: een normpraktijk met alle vier chronische groepen
      Gegeven een praktijk met 2350 ingeschreven verzekerden
      En 150 verzekerden met DM2 in het zorgprogramma van de POH-S
      En 200 verzekerden met CVRM in het zorgprogramma van de POH-S
      En 40 verzekerden met COPD in het zorgprogramma van de POH-S
      En 60 verzekerden met Astma in het zorgprogramma van de POH-S
      En een POH-S met 16 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het maximum per jaar 900,00 uur
      En is het maximum per week 19,5652 uur
