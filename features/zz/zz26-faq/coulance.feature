# language: nl
# Bron: ZZ FAQ 2026-2028, vraag coulancevergoeding POH in opleiding; ZZ FAQ 2023-2025, vraag coulance alleen
# voor de POH-S. De periode volgt uit de datum waarop de vergoeding zou ingaan (I-ZZ26-POHS-COULANCE-PERIODE).
Functionaliteit: FAQ 2026-2028 - coulance voor praktijkondersteuners in opleiding
  Vanaf 2026 geldt coulance voor POH-S, POH-Ouderen en POH-GGZ, elk met eigen voorwaarden en altijd vanaf de
  eerste dag van het volgende kwartaal. Dat vervangt de regeling van 2023-2025 (alleen POH-S).

  Regel: 2026-2028 - alle drie de functies

    # start 15 februari 2026 (kwartaal 1) -> eerste dag van kwartaal 2: 1 april 2026
    @zz26-faq-coulance @I-ZZ26-FAQ-COULANCE-KWARTAAL
    Scenario: POH-Ouderen met een incompany-opleiding van de regio-organisatie
      Gegeven een POH-Ouderen die op 15 februari 2026 met de opleiding begint
      En de opleiding is een incompany-opleiding van de regio-organisatie
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan is er een coulanceregeling
      En gaat de coulancevergoeding in op 1 april 2026
      En komt de coulance uit het document "zz26-faq"

    @zz26-faq-coulance
    Scenario: POH-Ouderen zonder incompany-opleiding en zonder HBO-V
      Gegeven een POH-Ouderen die op 15 februari 2026 met de opleiding begint
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan is er geen coulanceregeling
      En noemt de coulance als reden "incompany-opleiding"

    @zz26-faq-coulance
    Scenario: POH-GGZ die ook het verkennend gesprek doet
      Gegeven een POH-GGZ die op 1 januari 2026 met de opleiding begint
      En dezelfde POH-GGZ doet het verkennend gesprek
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan is er geen coulanceregeling

    # start 10 mei 2026 (kwartaal 2), verkort (12 maanden) -> 1 juli 2026
    @zz26-faq-coulance @I-ZZ26-FAQ-COULANCE-KWARTAAL
    Scenario: POH-S met een verkorte opleiding
      Gegeven een POH-S die op 10 mei 2026 met de opleiding begint
      En de opleiding duurt 12 maanden
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan is er een coulanceregeling
      En gaat de coulancevergoeding in op 1 juli 2026

  Regel: welke periode geldt, volgt uit de datum waarop de vergoeding zou ingaan

    # Start 31 december 2025 (kwartaal 4 van 2025): de vergoeding zou op 1 januari 2026 ingaan; die datum valt
    # in 2026-2028, dus geldt de FAQ 2026-2028 (en de bijlage POH-GGZ 2026-2028): coulance vanaf 1 januari 2026.
    # Start 1 januari 2026 (kwartaal 1): vanaf 1 april 2026.
    @zz26-faq-coulance @zz23-faq-coulance @I-ZZ26-POHS-COULANCE-PERIODE @I-ZZ26-POHS-COULANCE-OVERGANG
    Abstract Scenario: een POH-GGZ die rond de jaarwisseling 2025-2026 begint
      Gegeven een POH-GGZ die op <start> met de opleiding begint
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan is er een coulanceregeling
      En gaat de coulancevergoeding in op <vanaf>
      En komt de coulance uit het document "zz26-faq"

      Voorbeelden:
        | start            | vanaf          |
        | 31 december 2025 | 1 januari 2026 |
        | 1 januari 2026   | 1 april 2026   |

    # Start 30 september 2025 (kwartaal 3): de vergoeding zou op 1 oktober 2025 ingaan, in 2023-2025: toen geen
    # coulance voor de POH-GGZ.
    @zz26-faq-coulance @zz23-faq-coulance @I-ZZ23-FAQ-COULANCE-2023 @I-ZZ26-POHS-COULANCE-PERIODE
    Scenario: een POH-GGZ waarvan de vergoeding nog in 2025 zou ingaan
      Gegeven een POH-GGZ die op 30 september 2025 met de opleiding begint
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan is er geen coulanceregeling
      En komt de coulance uit het document "zz23-faq"
      En noemt de coulance als reden "de bronnen van 2023-2025 kennen geen coulance voor de POH-GGZ"

    @zz26-faq-coulance
    Scenario: de uitspraak over coulance per datum
      Als de uitspraak over "coulance" op 1 juli 2027 wordt opgezocht
      Dan komt de uitspraak uit het document "zz26-faq"
      En geldt de uitspraak van 1 januari 2026 tot en met 31 december 2028
      En hoort de uitspraak bij registeritem "zz26-faq-coulance"
      En noemt de uitspraak coulance voor "POH-S, POH-Ouderen, POH-GGZ"
