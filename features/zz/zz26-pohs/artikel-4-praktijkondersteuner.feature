# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028, artikel 4 (Praktijkondersteuner Somatiek),
# met de FAQ 2026-2028 over coulance. Niet als scenario: lid 3 (registratie bij NVvPO is een voorkeur),
# lid 7 en 8 (zorgplan en in kaart brengen van risicofactoren: kwalitatief) en lid 10 (recht van de
# verzekeraar om stukken op te vragen). Zie het contractregister voor de reden.
Functionaliteit: POH-S artikel 4 - eisen aan de praktijkondersteuner somatiek
  De POH-S heeft een arbeidsovereenkomst met de praktijk en een passende opleiding. Wie nog in opleiding
  is, telt onder voorwaarden al mee (coulance). Bij afwezigheid zonder vervanging betaalt de
  verzekeraar naar rato van de gewerkte uren.

  Regel: arbeidsovereenkomst en opleiding (lid 1, 2 en 4)

    @zz26-pohs-a4-l1
    Scenario: een gedetacheerde POH-S voldoet niet
      Gegeven een POH-S met opleiding "hbo-v" en een "detachering"
      Als op 1 januari 2026 wordt beoordeeld of de POH-S aan artikel 3 en 4 voldoet
      Dan mag dat niet
      En noemt de reden "arbeidsovereenkomst"

    @zz26-pohs-a4-l2 @zz26-pohs-a4-l4 @I-ZZ26-POHS-OPLEIDING-EISEN
    Abstract Scenario: welke opleiding volstaat voor een POH-S
      Gegeven een POH-S met opleiding "<opleiding>" en een "arbeidsovereenkomst"
      En de post-hbo-opleiding POH-S is <post-hbo> afgerond
      Als op 1 januari 2026 wordt beoordeeld of de POH-S aan artikel 3 en 4 voldoet
      Dan mag dat <uitkomst>

      Voorbeelden:
        | opleiding               | post-hbo          | uitkomst |
        | post-hbo-poh-s          | wel               | wel      |
        | praktijkverpleegkundige | niet              | wel      |
        | hbo-v                   | niet              | wel      |
        | andere-hbo              | wel               | wel      |
        | andere-hbo              | niet              | niet     |
        | geen                    | niet              | niet     |

  Regel: een POH-S in opleiding telt mee vanaf een kwartaalstart (lid 5)

    # Verkort traject (10 t/m 13 maanden): eerste dag van het kwartaal na het kwartaal van de start.
    @zz26-pohs-a4-l5 @I-ZZ26-FAQ-COULANCE-KWARTAAL
    Abstract Scenario: verkorte opleiding
      Gegeven een POH-S in opleiding sinds <start> met een opleidingsduur van <duur> maanden
      Als de coulance wordt bepaald
      Dan gaat de vergoeding in op <vanaf>

      Voorbeelden:
        | start            | duur | vanaf           |
        | 1 januari 2026   | 10   | 1 april 2026    |
        | 15 februari 2026 | 12   | 1 april 2026    |
        | 31 maart 2026    | 13   | 1 april 2026    |
        | 1 april 2026     | 13   | 1 juli 2026     |
        | 31 december 2026 | 10   | 1 januari 2027  |

    # Regulier traject (24 maanden): helft = start + 12 maanden; dan de eerste dag van het kwartaal erna.
    # 15 feb 2026 → 15 feb 2027 (K1) → 1 april 2027.  30 sep 2026 → 30 sep 2027 (K3) → 1 oktober 2027.
    # 1 okt 2026 → 1 okt 2027 (K4) → 1 januari 2028.
    @zz26-pohs-a4-l5 @I-ZZ26-POHS-HELFT
    Abstract Scenario: reguliere opleiding van twee jaar
      Gegeven een POH-S in opleiding sinds <start> met een opleidingsduur van 24 maanden
      Als de coulance wordt bepaald
      Dan gaat de vergoeding in op <vanaf>

      Voorbeelden:
        | start              | vanaf            |
        | 15 februari 2026   | 1 april 2027     |
        | 30 september 2026  | 1 oktober 2027   |
        | 1 oktober 2026     | 1 januari 2028   |

    @zz26-pohs-a4-l5 @I-ZZ26-POHS-HELFT
    Abstract Scenario: andere opleidingsduren kent het contract niet
      Gegeven een POH-S in opleiding sinds 1 januari 2026 met een opleidingsduur van <duur> maanden
      Als de coulance wordt bepaald
      Dan wordt de invoer geweigerd voor het veld "opleidingsduur-maanden"
      En noemt de foutmelding "10 t/m 13"

      Voorbeelden:
        | duur |
        | 9    |
        | 14   |
        | 18   |
        | 23   |
        | 25   |

  Regel: taken van de doktersassistente zijn geen POH-S-taken (lid 6)

    @zz26-pohs-a4-l6
    Abstract Scenario: telt een taak als POH-S-taak
      Gegeven een taak die <wel> tot het werk van de doktersassistente hoort
      Als op 1 januari 2026 wordt beoordeeld of de taak als POH-S-taak telt
      Dan mag dat <uitkomst>

      Voorbeelden:
        | wel  | uitkomst |
        | wel  | niet     |
        | niet | wel      |

  Regel: afwezigheid zonder volledige vervanging (lid 9)

    # Opslag € 5,49 per verzekerde per kwartaal, 16 contracturen.
    # 8 uur: 5,49 × 8/16 = 2,745 → half omhoog € 2,75.  0 uur: € 0,00.  16 of meer uren: € 5,49.
    @zz26-pohs-a4-l9 @I-ZZ26-POHS-AFWEZIG-NAAR-RATO
    Abstract Scenario: uitbetaling naar rato van de gewerkte uren
      Gegeven een opslag POH-S van € 5,49 bij 16 contracturen per week
      En in de periode zijn <gewerkt> uren per week gewerkt, vervanging meegerekend
      Als de uitbetaling bij afwezigheid over het kwartaal van 1 april 2026 wordt berekend
      Dan wordt <bedrag> uitbetaald

      Voorbeelden:
        | gewerkt | bedrag |
        | 0       | € 0,00 |
        | 8       | € 2,75 |
        | 16      | € 5,49 |
        | 20      | € 5,49 |

    # Twee maanden na 15 maart 2026 is 15 mei 2026.
    @zz26-pohs-a4-l9 @I-ZZ26-POHS-MELDTERMIJN
    Abstract Scenario: melden bij de verzekeraar als er na twee maanden geen oplossing is
      Gegeven de POH is afwezig sinds 15 maart 2026
      En er is <oplossing>
      Als op <peildatum> wordt bekeken of de afwezigheid gemeld moet worden
      Dan is melden <nodig>

      Voorbeelden:
        | oplossing                   | peildatum     | nodig       |
        | nog geen oplossing          | 14 mei 2026   | niet nodig  |
        | nog geen oplossing          | 15 mei 2026   | nodig       |
        | een oplossing op 1 mei 2026 | 1 juni 2026   | niet nodig  |
        | een oplossing op 1 juni 2026 | 1 juni 2026  | nodig       |

  Regel: de datum waarop de vergoeding ingaat bepaalt welke contractperiode geldt (lid 5)

    # Regulier (24 maanden). Start 1 januari 2025: helft 1 januari 2026 (K1) → 1 april 2026, in 2026-2028.
    # Start 15 oktober 2024: helft 15 oktober 2025 (K4) → 1 januari 2026, in 2026-2028.
    @zz26-pohs-a4-l5 @I-ZZ26-POHS-COULANCE-PERIODE @I-ZZ26-POHS-COULANCE-OVERGANG
    Abstract Scenario: een reguliere opleiding uit 2024 of 2025 waarvan de helft in 2026 valt of vlak ervoor
      Gegeven een POH-S in opleiding sinds <start> met een opleidingsduur van 24 maanden
      Als de coulance wordt bepaald
      Dan gaat de vergoeding in op <vanaf>
      En komt de coulance uit de bijlage "ZZ POH-S 2026-2028"

      Voorbeelden:
        | start            | vanaf          |
        | 1 januari 2025   | 1 april 2026   |
        | 15 oktober 2024  | 1 januari 2026 |

    # Start 1 maart 2024, 24 maanden: helft 1 maart 2025 (K1) → 1 april 2025: dat valt in 2023-2025. De FAQ
    # 2023-2025 zegt dat er toen een coulanceregeling voor de POH-S was, maar de regel zelf stond in de bijlage
    # POH-S 2023-2025, die niet in de bronnen zit: geen antwoord uit de regel van 2026-2028.
    @zz26-pohs-a4-l5 @zz23-faq-coulance @I-ZZ26-POHS-COULANCE-PERIODE
    Scenario: een reguliere opleiding waarvan de helft in 2025 valt, valt onder 2023-2025
      Gegeven een POH-S in opleiding sinds 1 maart 2024 met een opleidingsduur van 24 maanden
      Als de coulance wordt bepaald
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "bijlage POH-S 2023-2025, die niet in de bronnen zit"

    # Start 1 juli 2028, 24 maanden: helft 1 juli 2029 → 1 oktober 2029. Start 1 oktober 2028, 12 maanden:
    # kwartaal erna is 1 januari 2029. Geen van beide data valt in een periode die de bronnen beschrijven.
    @zz26-pohs-a4-l5 @I-ZZ26-POHS-COULANCE-PERIODE
    Abstract Scenario: een ingangsdatum na 2028 ligt buiten elke bekende contractperiode
      Gegeven een POH-S in opleiding sinds <start> met een opleidingsduur van <duur> maanden
      Als de coulance wordt bepaald
      Dan wordt de invoer geweigerd voor het veld "start-opleiding"
      En noemt de foutmelding "<vanaf>"
      En noemt de foutmelding "2023-2025"
      En noemt de foutmelding "2026-2028"

      Voorbeelden:
        | start          | duur | vanaf            |
        | 1 juli 2028    | 24   | 1 oktober 2029   |
        | 1 oktober 2028 | 12   | 1 januari 2029   |
