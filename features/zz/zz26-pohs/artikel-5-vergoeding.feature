# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028, artikel 5 (Financiële vergoeding).
# Verwachte waarden zijn met de hand uit de contracttekst berekend; de berekening staat als commentaar
# boven elk scenario.
Functionaliteit: POH-S artikel 5 - de vergoeding van de module POH-S
  Het maximum aantal uren per week volgt uit basisuren per ingeschreven verzekerde en uren per
  chronische patiënt (plus 20%), gedeeld door 46 weken. De praktijk krijgt haar contracturen vergoed,
  tot dat maximum, tegen € 70,14 per uur (2026), omgerekend naar een kwartaaltarief per verzekerde.

  Regel: het maximum volgt uit basisuren, chronische uren en de ophoging (lid 3 t/m 7)

    # 0,12 × 2350 = 282; 150×1,5 + 200×1 + 40×1 + 60×50/60 = 225+200+40+50 = 515; 515 × 0,2 = 103;
    # 282 + 515 + 103 = 900 uur per jaar; 900 / 46 = 19,565217... uur per week.
    @zz26-pohs-a5-l3 @zz26-pohs-a5-l4 @zz26-pohs-a5-l6 @zz26-pohs-a5-l7
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

    # Alleen basisuren: 0,12 × 1000 = 120 uur per jaar; 120 / 46 = 2,608695... uur per week.
    @zz26-pohs-a5-l7
    Scenario: een praktijk zonder chronische patiënten in het zorgprogramma
      Gegeven een praktijk met 1000 ingeschreven verzekerden
      En een POH-S met 2 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het maximum per jaar 120,00 uur
      En is het maximum per week 2,6087 uur

    # Basis 0,12 × 1000 = 120 uur. Tien patiënten per groep, plus 20%:
    # DM2 10 × 90 min = 15 uur → 18;  CVRM/COPD 10 × 60 min = 10 uur → 12;  Astma 10 × 50 min = 8⅓ uur → 10.
    @zz26-pohs-a5-l6 @zz26-pohs-a5-l7
    Abstract Scenario: elke chronische groep telt met haar eigen minuten, verhoogd met 20%
      Gegeven een praktijk met 1000 ingeschreven verzekerden
      En 10 verzekerden met <groep> in het zorgprogramma van de POH-S
      En een POH-S met 2 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het maximum per jaar <maximum>

      Voorbeelden:
        | groep | maximum    |
        | DM2   | 138,00 uur |
        | CVRM  | 132,00 uur |
        | COPD  | 132,00 uur |
        | Astma | 130,00 uur |

    # Astma telt als precies 50 minuten: 60 × 50/60 = 50 uur; × 1,2 = 60; + 0,12 × 100 = 12 → 72 uur.
    # Met 0,83 uur zou het 60 × 0,83 = 49,8; × 1,2 = 59,76; + 12 = 71,76 uur zijn.
    @zz26-pohs-a5-l6 @I-ZZ26-POHS-ASTMA
    Scenario: astma telt als 50 minuten, niet als afgeronde 0,83 uur
      Gegeven een praktijk met 100 ingeschreven verzekerden
      En 60 verzekerden met Astma in het zorgprogramma van de POH-S
      En een POH-S met 1 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het maximum per jaar 72,00 uur

  Regel: alleen ingeschreven verzekerden in het regionale zorgprogramma tellen mee (lid 5)

    @zz26-pohs-a5-l5
    Scenario: meer DM2-patiënten dan ingeschreven verzekerden wordt geweigerd
      Gegeven een praktijk met 100 ingeschreven verzekerden
      En 101 verzekerden met DM2 in het zorgprogramma van de POH-S
      En een POH-S met 1 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan wordt de invoer geweigerd voor het veld "verzekerden met DM2"

    @zz26-pohs-a5-l5 @zz26-pohs-a5-l7
    Abstract Scenario: ongeldige aantallen worden geweigerd met de naam van het veld
      Gegeven een praktijk met <ingeschreven> ingeschreven verzekerden
      En een POH-S met <uren> contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan wordt de invoer geweigerd voor het veld "<veld>"

      Voorbeelden:
        | ingeschreven | uren | veld                     |
        | 0            | 10   | ingeschreven verzekerden |
        | 2000         | -1   | contracturen per week    |

  Regel: vergoed worden de contracturen, begrensd op het maximum per week (lid 8)

    # 0,12 × 2300 = 276; 150 × 1,5 + 120 × 1 = 345; 345 × 0,2 = 69; 276 + 345 + 69 = 690 uur; 690 / 46 = 15 uur per week.
    @zz26-pohs-a5-l8 @I-ZZ26-POHS-CONTRACTUREN
    Abstract Scenario: contracturen net onder, op en boven het maximum van 15 uur per week
      Gegeven een praktijk met 2300 ingeschreven verzekerden
      En 150 verzekerden met DM2 in het zorgprogramma van de POH-S
      En 120 verzekerden met CVRM in het zorgprogramma van de POH-S
      En een POH-S met <contracturen> contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het maximum per week 15,0000 uur
      En zijn de vergoede uren per week <vergoed>

      Voorbeelden:
        | contracturen | vergoed     |
        | 0            | 0,0000 uur  |
        | 14,99        | 14,9900 uur |
        | 15           | 15,0000 uur |
        | 15,01        | 15,0000 uur |
        | 20           | 15,0000 uur |

  Regel: het tarief is vergoede uren × 46 × € 70,14, per verzekerde per kwartaal (lid 9)

    # Jaarbedrag = uren × 46 × 70,14 = uren × 3.226,44. Kwartaaltarief = jaarbedrag / 2300 / 4 = jaarbedrag / 9200.
    # 10 uur: 32.264,40 / 9200 = 3,507 → € 3,51.   14,99 uur: 48.364,3356 / 9200 = 5,25699... → € 5,26.
    # 15 uur: 48.396,60 / 9200 = 5,2605 → € 5,26.   20 uur: begrensd op 15 uur → € 5,26.
    @zz26-pohs-a5-l9 @I-ZZ26-POHS-TARIEF
    Abstract Scenario: jaarbedrag en kwartaaltarief per verzekerde
      Gegeven een praktijk met 2300 ingeschreven verzekerden
      En 150 verzekerden met DM2 in het zorgprogramma van de POH-S
      En 120 verzekerden met CVRM in het zorgprogramma van de POH-S
      En een POH-S met <contracturen> contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het jaarbedrag <jaarbedrag>
      En is het kwartaaltarief per verzekerde <kwartaaltarief>

      Voorbeelden:
        | contracturen | jaarbedrag  | kwartaaltarief |
        | 10           | € 32.264,40 | € 3,51         |
        | 14,99        | € 48.364,34 | € 5,26         |
        | 15           | € 48.396,60 | € 5,26         |
        | 20           | € 48.396,60 | € 5,26         |

    # 16 × 46 × 70,14 = 51.623,04; / 2350 / 4 = 5,49181... → € 5,49.
    # Andere lezingen (niet gekozen): 52 weken 16 × 52 × 70,14 = 58.356,48 / 9400 = € 6,21; zonder weekfactor
    # 16 × 70,14 = 1.122,24 / 9400 = € 0,12; uurtarief geïndexeerd 74,42: 16 × 46 × 74,42 / 9400 = € 5,83.
    @zz26-pohs-a5-l9 @I-ZZ26-POHS-46-WEKEN @I-ZZ26-POHS-VERZEKERDEN @I-ZZ26-POHS-MAX-UURTARIEF @I-ZZ26-FAQ-INDEX-BIJLAGEN
    Scenario: de normpraktijk met 16 contracturen
      Gegeven een praktijk met 2350 ingeschreven verzekerden
      En 150 verzekerden met DM2 in het zorgprogramma van de POH-S
      En 200 verzekerden met CVRM in het zorgprogramma van de POH-S
      En 40 verzekerden met COPD in het zorgprogramma van de POH-S
      En 60 verzekerden met Astma in het zorgprogramma van de POH-S
      En een POH-S met 16 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het jaarbedrag € 51.623,04
      En is het kwartaaltarief per verzekerde € 5,49

    # Maximum: 0,12 × 105 = 12,6 + 60 × 1,5 × 1,2 = 108 → 120,6 uur / 46 = 2,62 uur per week, dus 2,5 uur telt volledig.
    # 2,5 × 46 × 70,14 = 8.066,10; / 105 = 76,82; / 4 = 19,205 → half omhoog € 19,21 (half-naar-even zou € 19,20 geven).
    @zz26-pohs-a5-l9 @I-ZZ26-POHS-TARIEF
    Scenario: een kwartaaltarief dat precies op een halve cent valt, rondt naar boven af
      Gegeven een praktijk met 105 ingeschreven verzekerden
      En 60 verzekerden met DM2 in het zorgprogramma van de POH-S
      En een POH-S met 2,5 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het jaarbedrag € 8.066,10
      En is het kwartaaltarief per verzekerde € 19,21

    @zz26-pohs-a5-l9 @I-ZZ26-POHS-UURTARIEF-JAREN
    Scenario: voor 2027 noemt het contract geen uurtarief
      Gegeven een praktijk met 2350 ingeschreven verzekerden
      En een POH-S met 10 contracturen per week
      Als de vergoeding POH-S voor 2027 wordt berekend
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "uurtarief"
      En noemt de foutmelding "alleen voor 2026"

  Regel: een chronische groep onder een keten-dbc (Mediis) telt niet mee (lid 9, slot)

    # Zonder DM2: 276 + 120 × 1 × 1,2 = 276 + 144 = 420 uur; 420 / 46 = 9,130434... uur per week.
    @zz26-pohs-a5-l9 @I-ZZ26-POHS-KETEN-DBC
    Scenario: DM2 valt onder een keten-dbc
      Gegeven een praktijk met 2300 ingeschreven verzekerden
      En 150 verzekerden met DM2 in het zorgprogramma van de POH-S
      En 120 verzekerden met CVRM in het zorgprogramma van de POH-S
      En de groep DM2 valt onder een keten-dbc
      En een POH-S met 15 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is het maximum per jaar 420,00 uur
      En is het maximum per week 9,1304 uur
      En zijn de vergoede uren per week 9,1304 uur

  Regel: binnen de module geen consulten of M&I door de POH-S (lid 1 en 2)

    @zz26-pohs-a5-l2
    Scenario: een consult door de POH-S binnen de module is dubbele bekostiging
      Als de POH-S op 1 januari 2026 binnen de gecontracteerde module een consult wil declareren
      Dan mag dat niet
      En noemt de reden "dubbele bekostiging"

  Regel: stoppen met roken mag naast de module (lid 10)

    @zz26-pohs-a5-l10
    Abstract Scenario: stoppen met roken door de POH-S naast de module
      Gegeven de POH-S is <bekwaam> bekwaam en bevoegd voor stoppen met roken
      En de praktijk voldoet <voorwaarden> aan de voorwaarden van de module Stoppen met roken
      Als de POH-S op 1 maart 2026 stoppen met roken naast de module wil declareren
      Dan mag dat <uitkomst>

      Voorbeelden:
        | bekwaam | voorwaarden | uitkomst |
        | wel     | wel         | wel      |
        | niet    | wel         | niet     |
        | wel     | niet        | niet     |
