# language: nl
# Bron: ZZ FAQ 2023-2025, vraag waarom coulance alleen voor de POH-S geldt.
Functionaliteit: FAQ 2023-2025 - coulance alleen voor de POH-S
  In 2023-2025 is er alleen voor de POH-S een coulanceregeling; voor POH-Ouderen en POH-GGZ zou de verzekeraar
  het overwegen, maar er is geen regeling. De ingangsdatum voor de POH-S staat in de POH-S-bijlage 2023-2025,
  die niet in de bronnen zit.

  Regel: alleen de POH-S

    @zz23-faq-coulance @I-ZZ23-FAQ-COULANCE-2023
    Scenario: POH-S in opleiding in 2024
      Gegeven voor de FAQ-coulance een poh-s in opleiding vanaf 1 maart 2024
      En de FAQ-coulance-opleiding duurt 12 maanden
      Als de FAQ-coulance voor de periode van de opleidingsstart wordt bepaald
      Dan is er volgens de FAQ een coulanceregeling
      En noemt de FAQ-coulance geen ingangsdatum
      En komt de FAQ-coulance uit het document "zz23-faq"

    @zz23-faq-coulance @I-ZZ23-FAQ-COULANCE-2023
    Abstract Scenario: geen coulance voor de <functie> in 2024, ook niet met een incompany-opleiding
      Gegeven voor de FAQ-coulance een <functie> in opleiding vanaf 1 maart 2024
      En de FAQ-coulance-opleiding is een incompany-opleiding van de regio-organisatie
      Als de FAQ-coulance voor de periode van de opleidingsstart wordt bepaald
      Dan is er volgens de FAQ geen coulanceregeling
      En noemt de FAQ-coulance als reden "overwegen"

      Voorbeelden:
        | functie     |
        | poh-ouderen |
        | poh-ggz     |

    @zz23-faq-coulance
    Scenario: een opleiding die in 2022 begint valt buiten beide FAQ's
      Gegeven voor de FAQ-coulance een poh-s in opleiding vanaf 1 december 2022
      En de FAQ-coulance-opleiding duurt 12 maanden
      Als de FAQ-coulance voor de periode van de opleidingsstart wordt bepaald
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "geen FAQ-uitspraak over 'coulance' voor 1 december 2022"

    @zz23-faq-coulance
    Scenario: de uitspraak over coulance in 2024
      Als de FAQ-uitspraak over "coulance" op 15 maart 2024 wordt opgezocht
      Dan komt de FAQ-uitspraak uit het document "zz23-faq"
      En geldt de FAQ-uitspraak van 1 januari 2023 tot en met 31 december 2025
      En zegt de FAQ-uitspraak "alleen voor de POH-S"
