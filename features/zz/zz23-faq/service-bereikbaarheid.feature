# language: nl
# Bron: ZZ FAQ 2023-2025, vraag service en bereikbaarheid; de extra opslag uit de beschrijving van 2023-2025
# in de ZZ FAQ 2026-2028.
Functionaliteit: FAQ 2023-2025 - service en bereikbaarheid
  In 2023-2025: component 1 ochtend-/avondspreekuur; 2a digitaal afspraken of herhaalrecepten; 2b e-consult en
  beeldbellen. Extra opslag als afspraken, herhaalrecepten en e-consult/beeldbellen alle drie worden ingezet.

  Regel: component 2a met afspraken óf herhaalrecepten

    @zz23-faq-service-bereikbaarheid @I-ZZ26-FAQ-SB-2023-OF
    Abstract Scenario: <diensten> in 2024
      Gegeven een praktijk die voor service en bereikbaarheid "<diensten>" biedt
      Als service en bereikbaarheid op 1 juni 2024 wordt beoordeeld
      Dan gelden de componenten service en bereikbaarheid "<componenten>"
      En is er geen vrije opslag service en bereikbaarheid
      En komt de opbouw service en bereikbaarheid uit het document "zz23-faq"

      Voorbeelden:
        | diensten                                  | componenten |
        | digitaal-afspraken, e-consult-beeldbellen | 2a, 2b      |
        | herhaalrecepten                           | 2a          |
        | e-consult-beeldbellen                     | 2b          |
        | spraak-naar-tekst                         | geen        |

  Regel: de extra opslag vraagt A, B en C

    @zz23-faq-service-bereikbaarheid @I-ZZ26-FAQ-SB-2023-OF
    Scenario: alle digitale diensten en een avondspreekuur in 2023
      Gegeven een praktijk die voor service en bereikbaarheid "ochtend-avondspreekuur, digitaal-afspraken, herhaalrecepten, e-consult-beeldbellen" biedt
      Als service en bereikbaarheid op 1 januari 2023 wordt beoordeeld
      Dan gelden de componenten service en bereikbaarheid "1, 2a, 2b"
      En is er een vrije opslag service en bereikbaarheid
      En staat de vergoeding service en bereikbaarheid voor "vrije_opslag" niet in de bronnen

    @zz23-faq-service-bereikbaarheid
    Scenario: vóór 2023 is er geen uitspraak
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal-afspraken" biedt
      Als service en bereikbaarheid op 31 december 2022 wordt beoordeeld
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "geen FAQ-uitspraak"
