# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-S 2026-2028, artikel 6 (Declaratievoorschriften).
# Lid 1 verwijst voor het bedrag naar de Contractmodule POH-S: geen eigen regel (zie artikel 5).
Functionaliteit: POH-S artikel 6 - prestatiecode 31080 en de start van de declaratie
  Declareren mag vanaf de eerste kwartaalstart (1 januari, 1 april, 1 juli, 1 oktober) na de maand
  waarin de samenwerkingsovereenkomst begint.

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

  @zz26-pohs-a6-l2
  Scenario: de prestatiecode van de module POH-S
    Gegeven een praktijk met 2350 ingeschreven verzekerden
    En een POH-S met 10 contracturen per week
    Als de vergoeding POH-S voor 2026 wordt berekend
    Dan is de prestatiecode 31080
