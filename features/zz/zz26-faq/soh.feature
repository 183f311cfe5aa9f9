# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de vergoeding van de spreekuurondersteuner huisarts (SOH).
Functionaliteit: FAQ 2026-2028 - de spreekuurondersteuner huisarts
  De SOH declareert consulten voor direct patiëntgebonden tijd; uren van een SOH of doktersassistent tellen
  nooit als uren van praktijkondersteuners.

  Regel: consulten voor direct patiëntgebonden tijd

    @zz26-faq-soh
    Scenario: SOH-consulten
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken              |
        | 1     | consult       | 2026-04-01 | soh        | direct-patientgebonden |
        | 2     | consult       | 2026-04-02 | soh        |                        |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 toegestaan
      En is declaratieregel 2 niet toegestaan
      En noemt het oordeel over declaratieregel 2 "direct patiëntgebonden tijd"

    @zz26-faq-soh
    Scenario: een consult door een doktersassistent kennen de bronnen niet
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder       |
        | 1     | consult       | 2026-04-01 | doktersassistent |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan geeft declaratieregel 1 de fout "de bronnen zeggen niet"

  Regel: SOH-uren zijn geen POH-uren

    @zz26-faq-soh @I-ZZ26-FAQ-SOH-UREN
    Abstract Scenario: uren van een <functie>
      Als wordt bepaald of de uren van een "<functie>" als POH-uren tellen
      Dan tellen die uren <telt> als POH-uren

      Voorbeelden:
        | functie          | telt |
        | soh              | niet |
        | doktersassistent | niet |
