# language: nl
# Bron: ZZ FAQ 2023-2025, vraag service en bereikbaarheid; de extra opslag uit de beschrijving van 2023-2025
# in de ZZ FAQ 2026-2028.
Functionaliteit: FAQ 2023-2025 - service en bereikbaarheid
  In 2023-2025 volgens de FAQ van die periode: component 1 ochtend-/avondspreekuur; 2a digitaal afspraken maken
  én herhaalrecepten aanvragen; 2b e-consult en beeldbellen. De FAQ 2026-2028 beschrijft 2a achteraf met 'of':
  voor 2023-2025 gaat de FAQ van die periode voor. Extra opslag (beschreven in de FAQ 2026-2028) als afspraken,
  herhaalrecepten en e-consult/beeldbellen alle drie worden ingezet.

  Regel: component 2a vraagt afspraken én herhaalrecepten

    @zz23-faq-service-bereikbaarheid @I-ZZ23-FAQ-SB-2A-EN
    Abstract Scenario: <diensten> in 2024
      Gegeven een praktijk die voor service en bereikbaarheid "<diensten>" biedt
      Als service en bereikbaarheid op 1 juni 2024 wordt beoordeeld
      Dan gelden de componenten "<componenten>"
      En is er geen extra opslag
      En komt de opbouw uit het document "zz23-faq"

      Voorbeelden:
        | diensten                                            | componenten |
        | digitaal afspraken maken, herhaalrecepten aanvragen | 2a          |
        | digitaal afspraken maken, e-consult en beeldbellen  | 2b          |
        | herhaalrecepten aanvragen                           | geen        |
        | e-consult en beeldbellen                            | 2b          |
        | spraak-naar-tekst                                   | geen        |

  Regel: de extra opslag vraagt A, B en C

    @zz23-faq-service-bereikbaarheid @I-ZZ23-FAQ-SB-2A-EN
    Scenario: alle digitale diensten en een avondspreekuur in 2023
      Gegeven een praktijk die voor service en bereikbaarheid "ochtend- of avondspreekuur, digitaal afspraken maken, herhaalrecepten aanvragen, e-consult en beeldbellen" biedt
      Als service en bereikbaarheid op 1 januari 2023 wordt beoordeeld
      Dan gelden de componenten "1, 2a, 2b"
      En is er een extra opslag
      En staat het bedrag van de extra opslag niet in de bronnen

    @zz23-faq-service-bereikbaarheid
    Scenario: vóór 2023 is er geen uitspraak
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal afspraken maken" biedt
      Als service en bereikbaarheid op 31 december 2022 wordt beoordeeld
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "voor 31 december 2022 kent het project geen"
      En noemt de foutmelding "2023-2025"

  Regel: de uitleg citeert de FAQ van de periode

    # Componenten van 2024 komen uit de FAQ 2023-2025; de extra opslag van 2023-2025 staat alleen in de FAQ
    # 2026-2028 (die over 2023-2025 terugblikt) en wordt daaruit geciteerd.
    @zz23-faq-service-bereikbaarheid @I-ZZ23-FAQ-SB-2A-EN
    Scenario: service en bereikbaarheid in 2024 citeert de FAQ 2023-2025
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal afspraken maken, herhaalrecepten aanvragen" biedt
      Als service en bereikbaarheid op 1 juni 2024 wordt beoordeeld
      Dan citeert de uitleg voor component 2a "ZZ FAQ 2023-2025"
