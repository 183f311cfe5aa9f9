# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-GGZ 2026-2028, artikel 6 (Financiële vergoeding) en
# de inleiding (normpraktijk van 2350 patiënten). Lid 2c (kosten van e-mental health na beoordeling van
# een offerte) is maatwerk en niet geformaliseerd.
Functionaliteit: POH-GGZ artikel 6 - de opslag POH-GGZ en de prestatiecodes 11201 en 31343
  De opslag per verzekerde per kwartaal is € 5,41 (2026) bij 16 uur per week per 2350 patiënten, naar
  verhouding van de uren die meetellen. De uitkomst wordt naar boven afgerond (jaarbedrag in centen
  deelbaar door 4). Tot en met € 5,41 gaat op 11201, het meerdere op 31343.

  Regel: normuren en opslag naar verhouding (lid 2 en 3a)

    # Normuren = 16 × ingeschreven / 2350. Opslag = 5,41 × meegetelde uren / normuren, naar boven op centen.
    # 2350 / 16 uur: 5,41.  2350 / 12 uur: 5,41 × 12/16 = 4,0575 → 4,06 (jaar 16,24: 1624 cent, deelbaar door 4).
    # 4700 / 32 uur: normuren 32 → 5,41.  4700 / 24 uur: 5,41 × 24/32 = 4,0575 → 4,06.
    # 1000 / 5 uur: normuren 16000/2350 = 6,8085...; 5,41 × 5 × 2350 / 16000 = 3,97296875 → 3,98.
    @zz26-pohggz-a6-l2 @zz26-pohggz-a6-l3 @zz26-pohggz-algemeen @I-ZZ26-POHGGZ-OPSLAG @I-ZZ26-POHGGZ-PATIENTEN
    Abstract Scenario: opslag per verzekerde per kwartaal
      Gegeven een praktijk met <ingeschreven> ingeschreven verzekerden en een POH-GGZ van <uren> uur per week
      Als de opslag POH-GGZ voor 2026 wordt berekend
      Dan zijn de normuren POH-GGZ <normuren>
      En is de opslag POH-GGZ per verzekerde per kwartaal <opslag>

      Voorbeelden:
        | ingeschreven | uren | normuren    | opslag |
        | 2350         | 16   | 16,0000 uur | € 5,41 |
        | 2350         | 12   | 16,0000 uur | € 4,06 |
        | 4700         | 32   | 32,0000 uur | € 5,41 |
        | 4700         | 24   | 32,0000 uur | € 4,06 |
        | 1000         | 5    | 6,8085 uur  | € 3,98 |

    # 1000 patiënten, 8 uur aangesteld: normuren 6,8085 zijn het maximum zonder afspraak → € 5,41.
    @zz26-pohggz-a6-l2 @zz26-pohggz-a6-l3 @I-ZZ26-POHGGZ-MEER-UREN
    Scenario: meer uren dan de normuren tellen zonder afspraak niet mee
      Gegeven een praktijk met 1000 ingeschreven verzekerden en een POH-GGZ van 8 uur per week
      Als de opslag POH-GGZ voor 2026 wordt berekend
      Dan tellen 6,8085 uur per week mee
      En is de opslag POH-GGZ per verzekerde per kwartaal € 5,41

  Regel: naar boven afronden, niet half omhoog (lid 3b)

    # 2350 patiënten, 15 uur: 5,41 × 15/16 = 5,071875 → naar boven € 5,08 (half omhoog zou € 5,07 zijn).
    @zz26-pohggz-a6-l3 @I-ZZ26-POHGGZ-AFRONDING
    Scenario: de opslag wordt naar boven afgerond op hele centen
      Gegeven een praktijk met 2350 ingeschreven verzekerden en een POH-GGZ van 15 uur per week
      Als de opslag POH-GGZ voor 2026 wordt berekend
      Dan is de opslag POH-GGZ per verzekerde per kwartaal € 5,08

  Regel: tot en met € 5,41 op 11201, het meerdere op 31343 (lid 2b en 3c)

    # 2350 patiënten (normuren 16):
    # 0 uur → € 0,00.  16 uur → € 5,41.  16,01 uur zonder afspraak → begrensd op 16 → € 5,41.
    # 16,01 uur met afspraak 20: 5,41 × 16,01/16 = 5,41338125 → € 5,42 = 5,41 op 11201 + 0,01 op 31343.
    # 20 uur met afspraak 18: 5,41 × 18/16 = 6,08625 → € 6,09 = 5,41 + 0,68.
    # 20 uur met afspraak 20: 5,41 × 20/16 = 6,7625 → € 6,77 = 5,41 + 1,36 (met de grens € 5,14 zou het 1,63 zijn).
    @zz26-pohggz-a6-l2 @zz26-pohggz-a6-l3 @I-ZZ26-POHGGZ-514
    Abstract Scenario: verdeling over de prestatiecodes rond de grens van € 5,41
      Gegeven een praktijk met 2350 ingeschreven verzekerden en een POH-GGZ van <uren> uur per week
      En met Zorg en Zekerheid is <afspraak> afgesproken
      Als de opslag POH-GGZ voor 2026 wordt berekend
      Dan is de opslag POH-GGZ per verzekerde per kwartaal <opslag>
      En wordt op 11201 <segment1> gedeclareerd
      En wordt op 31343 <segment3> gedeclareerd

      Voorbeelden:
        | uren  | afspraak                           | opslag | segment1 | segment3 |
        | 0     | geen maximum aantal uren           | € 0,00 | € 0,00   | niets    |
        | 16    | geen maximum aantal uren           | € 5,41 | € 5,41   | niets    |
        | 16,01 | geen maximum aantal uren           | € 5,41 | € 5,41   | niets    |
        | 16,01 | een maximum van 20 uur per week    | € 5,42 | € 5,41   | € 0,01   |
        | 20    | een maximum van 18 uur per week    | € 6,09 | € 5,41   | € 0,68   |
        | 20    | een maximum van 20 uur per week    | € 6,77 | € 5,41   | € 1,36   |

    @zz26-pohggz-a6-l3 @I-ZZ26-POHGGZ-541-JAREN
    Scenario: voor 2027 noemt de bijlage geen maximum
      Gegeven een praktijk met 2350 ingeschreven verzekerden en een POH-GGZ van 16 uur per week
      Als de opslag POH-GGZ voor 2027 wordt berekend
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "2027"

    @zz26-pohggz-a6-l3
    Abstract Scenario: ongeldige invoer voor de opslag POH-GGZ
      Gegeven een praktijk met <ingeschreven> ingeschreven verzekerden en een POH-GGZ van <uren> uur per week
      Als de opslag POH-GGZ voor 2026 wordt berekend
      Dan wordt de invoer geweigerd voor het veld "<veld>"

      Voorbeelden:
        | ingeschreven | uren | veld                    |
        | 0            | 16   | ingeschreven verzekerden |
        | 2350         | -2   | uren per week            |

  Regel: de declaratie start na de startmaand van de overeenkomst (lid 3c)

    @zz26-pohggz-a6-l3 @I-ZZ26-POHS-DECLARATIESTART
    Scenario: een overeenkomst die op 1 april start, declareert 11201 vanaf 1 juli
      Gegeven een samenwerkingsovereenkomst die start op 1 april 2026
      Als de start van de declaratie wordt bepaald
      Dan mag gedeclareerd worden vanaf 1 juli 2026

  Regel: bij afwezigheid tellen alleen ingezette uren van een gediplomeerde POH-GGZ (lid 3d)

    # Opslag € 5,41 bij 16 uur. 12 uur gewerkt, waarvan 4 door een vervanger zonder diploma → 8 tellen:
    # 5,41 × 8/16 = 2,705 → half omhoog € 2,71.  Met 12 tellende uren: 5,41 × 12/16 = 4,0575 → € 4,06.
    @zz26-pohggz-a6-l3 @zz26-pohggz-a4-l4 @I-ZZ26-POHS-AFWEZIG-NAAR-RATO @I-ZZ26-POHGGZ-GEDIPLOMEERD
    Abstract Scenario: vervanging zonder diploma telt niet mee
      Gegeven een opslag POH-GGZ van € 5,41 bij 16 contracturen per week
      En in de periode zijn 12 uren per week gewerkt, vervanging meegerekend
      En daarvan zijn <zonder> uren gewerkt door een vervanger zonder POH-GGZ-diploma
      Als de uitbetaling bij afwezigheid over het kwartaal van 1 april 2026 wordt berekend
      Dan wordt <bedrag> uitbetaald

      Voorbeelden:
        | zonder | bedrag |
        | 0      | € 4,06 |
        | 4      | € 2,71 |

  Regel: consulten van de POH-GGZ alleen met een moduletarief in de overeenkomst (lid 1 en 4)

    @zz26-pohggz-a6-l4
    Abstract Scenario: consulten en visites door de POH-GGZ
      Gegeven de zorgovereenkomst noemt <wel> een tarief voor de module POH-GGZ
      Als de POH-GGZ op 1 januari 2026 een consult wil declareren
      Dan mag dat <uitkomst>

      Voorbeelden:
        | wel  | uitkomst |
        | wel  | wel      |
        | geen | niet     |

  Regel: groepsconsult 12116 (lid 5)

    # Vooraf toestemming, ten hoogste 8 deelnemers, per bijeenkomst één keer bij elke deelnemer.
    @zz26-pohggz-a6-l5 @I-ZZ26-POHGGZ-GROEP-8
    Abstract Scenario: groepsconsult met toestemming en groepsgrootte
      Gegeven een groepsconsult POH-GGZ <toestemming> voorafgaande toestemming met <deelnemers> deelnemers van <duur> minuten
      Als het groepsconsult van 2 maart 2026 wordt beoordeeld
      Dan mag dat <uitkomst>
      En wordt 12116 <aantal> keer gedeclareerd

      Voorbeelden:
        | toestemming | deelnemers | duur | uitkomst | aantal |
        | met         | 1          | 60   | wel      | 1      |
        | met         | 8          | 60   | wel      | 8      |
        | met         | 8          | 150  | wel      | 8      |
        | met         | 9          | 60   | niet     | 0      |
        | zonder      | 5          | 60   | niet     | 0      |

    # De bijlage die op de dag van het groepsconsult geldt, beslist; 2025 valt buiten de bijlagen in de bronnen.
    @zz26-pohggz-a6-l5
    Abstract Scenario: een groepsconsult buiten de periode van de bijlage wordt geweigerd
      Gegeven een groepsconsult POH-GGZ met voorafgaande toestemming met 5 deelnemers van 60 minuten
      Als het groepsconsult van <datum> wordt beoordeeld
      Dan wordt de invoer geweigerd voor het veld "datum"
      En noemt de foutmelding "2026-2028"

      Voorbeelden:
        | datum            |
        | 31 december 2025 |
        | 1 januari 2029   |
