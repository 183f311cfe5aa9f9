# language: nl
# Bron: ZZ FAQ 2023-2025, vraag waarom coulance alleen voor de POH-S geldt.
Functionaliteit: FAQ 2023-2025 - coulance alleen voor de POH-S
  In 2023-2025 is er alleen voor de POH-S een coulanceregeling; voor POH-Ouderen en POH-GGZ zou de verzekeraar
  het overwegen, maar er is geen regeling. De ingangsdatum voor de POH-S staat in de POH-S-bijlage 2023-2025,
  die niet in de bronnen zit: daarvoor geeft het project geen datum, en zeker niet die van 2026-2028.

  Regel: alleen de POH-S

    # Start 1 maart 2024, verkort (12 maanden): de vergoeding zou op 1 april 2024 ingaan, in 2023-2025.
    @zz23-faq-coulance @I-ZZ23-FAQ-COULANCE-2023 @I-ZZ26-POHS-COULANCE-PERIODE
    Scenario: POH-S in opleiding in 2024: de regeling bestaat, maar haar regel staat niet in de bronnen
      Gegeven een POH-S die op 1 maart 2024 met de opleiding begint
      En de opleiding duurt 12 maanden
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "coulanceregeling voor de POH-S"
      En noemt de foutmelding "bijlage POH-S 2023-2025, die niet in de bronnen zit"

    @zz23-faq-coulance @I-ZZ23-FAQ-COULANCE-2023
    Abstract Scenario: geen coulance voor de <functie> in 2024, ook niet met een incompany-opleiding
      Gegeven een <functie> die op 1 maart 2024 met de opleiding begint
      En de opleiding is een incompany-opleiding van de regio-organisatie
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan is er geen coulanceregeling
      En noemt de coulance als reden "overwegen"

      Voorbeelden:
        | functie     |
        | POH-Ouderen |
        | POH-GGZ     |

    # Start 1 juni 2022 (kwartaal 2): de vergoeding zou op 1 juli 2022 ingaan; geen FAQ van Zorg en Zekerheid
    # in de bronnen beschrijft 2022.
    @zz23-faq-coulance @I-ZZ26-POHS-COULANCE-PERIODE
    Scenario: een ingangsdatum in 2022 valt buiten beide FAQ's
      Gegeven een POH-GGZ die op 1 juni 2022 met de opleiding begint
      Als de coulance voor de periode van de ingangsdatum wordt bepaald
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "1 juli 2022"
      En noemt de foutmelding "2023-2025"

    @zz23-faq-coulance
    Scenario: de uitspraak over coulance in 2024
      Als de uitspraak over "coulance" op 15 maart 2024 wordt opgezocht
      Dan komt de uitspraak uit het document "zz23-faq"
      En geldt de uitspraak van 1 januari 2023 tot en met 31 december 2025
      En zegt de uitspraak "alleen voor de POH-S"
