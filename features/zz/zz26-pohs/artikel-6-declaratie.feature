# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028, artikel 6 (Declaratievoorschriften).
# Lid 1 verwijst voor het bedrag naar de Contractmodule POH-S: geen eigen regel (zie artikel 5).
Functionaliteit: POH-S artikel 6 - prestatiecode 31080 en de start van de declaratie
  Declareren mag vanaf de eerste kwartaalstart (1 januari, 1 april, 1 juli, 1 oktober) na de maand
  waarin de samenwerkingsovereenkomst begint.

  Regel: declareren vanaf de eerste kwartaalstart na de startmaand van de overeenkomst (lid 2)

    @zz26-pohs-a6-l2 @I-ZZ26-POHS-DECLARATIESTART
    Abstract Scenario: declaratie vanaf de eerste kwartaalstart na de startmaand
      Gegeven een samenwerkingsovereenkomst die start op <start>
      Als de start van de declaratie wordt bepaald
      Dan mag gedeclareerd worden vanaf <vanaf>

      Voorbeelden:
        | start             | vanaf          |
        | 1 januari 2026    | 1 april 2026   |
        | 15 februari 2026  | 1 april 2026   |
        | 31 maart 2026     | 1 april 2026   |
        | 1 april 2026      | 1 juli 2026    |
        | 30 juni 2026      | 1 juli 2026    |
        | 1 oktober 2026    | 1 januari 2027 |
        | 31 december 2026  | 1 januari 2027 |

    # De bijlage die op de startdatum van de overeenkomst geldt, bepaalt de regel. Start in december 2028: de
    # eerste kwartaalstart na december is 1 januari 2029 - na de periode van de bijlage (31 december 2028).
    @zz26-pohs-a6-l2 @I-ZZ26-POHS-DECLARATIESTART-NA-PERIODE
    Abstract Scenario: een overeenkomst die in de laatste maanden van 2028 start
      Gegeven een samenwerkingsovereenkomst die start op <start>
      Als de start van de declaratie wordt bepaald
      Dan mag gedeclareerd worden vanaf <vanaf>
      En valt de eerste declaratiedag <binnen> de contractperiode van de bijlage

      Voorbeelden:
        | start             | vanaf          | binnen  |
        | 30 november 2028  | 1 januari 2029 | buiten  |
        | 1 december 2028   | 1 januari 2029 | buiten  |
        | 31 december 2028  | 1 januari 2029 | buiten  |
        | 30 september 2028 | 1 oktober 2028 | binnen  |

    # 2024 en 2029 vallen buiten de bijlagen in de bronnen (alleen 2026-2028): geen antwoord uit de regel van
    # 2026-2028, maar een foutmelding die de datum en de bekende periode noemt.
    @zz26-pohs-a6-l2 @I-ZZ26-POHS-DECLARATIESTART-NA-PERIODE
    Abstract Scenario: een overeenkomst die buiten de bekende periode start
      Gegeven een samenwerkingsovereenkomst die start op <start>
      Als de start van de declaratie wordt bepaald
      Dan wordt de invoer geweigerd voor het veld "start-overeenkomst"
      En noemt de foutmelding "<start>"
      En noemt de foutmelding "2026-2028"

      Voorbeelden:
        | start            |
        | 1 mei 2024       |
        | 31 december 2025 |
        | 1 januari 2029   |
        | 1 mei 2029       |

  Regel: de module POH-S wordt gedeclareerd op prestatiecode 31080 (lid 2)

    @zz26-pohs-a6-l2
    Scenario: de prestatiecode van de module POH-S
      Gegeven een praktijk met 2350 ingeschreven verzekerden
      En een POH-S met 10 contracturen per week
      Als de vergoeding POH-S voor 2026 wordt berekend
      Dan is de prestatiecode 31080
