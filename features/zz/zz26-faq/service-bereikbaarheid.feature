# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de opbouw van het tarief service en bereikbaarheid.
Functionaliteit: FAQ 2026-2028 - service en bereikbaarheid
  Vanaf 2026: component 1 ochtend-/avondspreekuur; component 2 digitaal afspraken én herhaalrecepten én
  e-consult/beeldbellen; component 3 spraak-naar-tekst met een eigen vergoeding (€ 1,22 in 2026). De vrije
  opslag (€ 0,33 in 2026) alleen als 2 en 3 beide worden ingezet.

  Regel: de vrije opslag vraagt component 2 en 3 samen

    @zz26-faq-service-bereikbaarheid
    Scenario: alle diensten in 2026
      Gegeven een praktijk die voor service en bereikbaarheid "ochtend- of avondspreekuur, digitaal afspraken maken, herhaalrecepten aanvragen, e-consult en beeldbellen, spraak-naar-tekst" biedt
      Als service en bereikbaarheid op 1 maart 2026 wordt beoordeeld
      Dan gelden de componenten "1, 2, 3"
      En is er een vrije opslag
      En komt de opbouw uit het document "zz26-faq"

    @zz26-faq-service-bereikbaarheid
    Scenario: component 2 zonder spraak-naar-tekst geeft geen vrije opslag
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal afspraken maken, herhaalrecepten aanvragen, e-consult en beeldbellen" biedt
      Als service en bereikbaarheid op 1 maart 2026 wordt beoordeeld
      Dan gelden de componenten "2"
      En is er geen vrije opslag

    @zz26-faq-service-bereikbaarheid @I-ZZ26-FAQ-SB-SPRAAK-LOS
    Scenario: zonder herhaalrecepten geen component 2, maar spraak-naar-tekst wel eigen vergoeding
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal afspraken maken, e-consult en beeldbellen, spraak-naar-tekst" biedt
      Als service en bereikbaarheid op 1 maart 2026 wordt beoordeeld
      Dan gelden de componenten "3"
      En is er geen vrije opslag
      En is de vergoeding voor spraak-naar-tekst € 1,22 per verzekerde per jaar

  Regel: de bedragen staan alleen voor 2026 in de bronnen: vrije opslag € 0,33, spraak-naar-tekst € 1,22

    @zz26-faq-service-bereikbaarheid
    Scenario: de bedragen bij alle diensten in 2026
      Gegeven een praktijk die voor service en bereikbaarheid "ochtend- of avondspreekuur, digitaal afspraken maken, herhaalrecepten aanvragen, e-consult en beeldbellen, spraak-naar-tekst" biedt
      Als service en bereikbaarheid op 1 maart 2026 wordt beoordeeld
      Dan is de vrije opslag € 0,33 per verzekerde per jaar
      En is de vergoeding voor spraak-naar-tekst € 1,22 per verzekerde per jaar

    @zz26-faq-service-bereikbaarheid
    Scenario: in 2027 gelden de componenten, maar de bedragen staan niet in de bronnen
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal afspraken maken, herhaalrecepten aanvragen, e-consult en beeldbellen, spraak-naar-tekst" biedt
      Als service en bereikbaarheid op 1 januari 2027 wordt beoordeeld
      Dan gelden de componenten "2, 3"
      En is er een vrije opslag
      En staat het bedrag van de vrije opslag niet in de bronnen

  Regel: de FAQ 2026-2028 vervangt de opbouw van 2023-2025 vanaf 1 januari 2026

    @zz26-faq-service-bereikbaarheid @zz23-faq-service-bereikbaarheid
    Abstract Scenario: dezelfde diensten op <datum>
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal afspraken maken, e-consult en beeldbellen" biedt
      Als service en bereikbaarheid op <datum> wordt beoordeeld
      Dan gelden de componenten "<componenten>"
      En komt de opbouw uit het document "<document>"

      Voorbeelden:
        | datum            | componenten | document    |
        | 31 december 2025 | 2b          | zz23-faq |
        | 1 januari 2026   | geen        | zz26-faq |

    @zz26-faq-service-bereikbaarheid
    Scenario: na de contractperiode is er geen uitspraak
      Gegeven een praktijk die voor service en bereikbaarheid "digitaal afspraken maken" biedt
      Als service en bereikbaarheid op 1 januari 2029 wordt beoordeeld
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "alleen 2023-2025 (1 januari 2023 t/m 31 december 2025), 2026-2028"
