# language: nl
# Bron: ZZ FAQ 2026-2028, vraag of naast het behandelwensgesprek een regulier consult gedeclareerd mag worden.
Functionaliteit: FAQ 2026-2028 - consult naast het behandelwensgesprek
  Voor het behandelwensgesprek zelf geen consult erbij; een consult voor een daarna besproken, niet-gerelateerde
  zorgvraag mag wel.

  Regel: een consult op de dag van het behandelwensgesprek alleen voor een andere zorgvraag

    @zz26-faq-behandelwensgesprek-consult @I-ZZ26-FAQ-BWG-CONSULT
    Scenario: consult voor het gesprek zelf en consult voor een andere zorgvraag
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode       | datum      | uitvoerder | kenmerken                   |
        | bwg   | behandelwensgesprek | 2026-05-12 | huisarts   | nascholing nodig            |
        | c1    | consult             | 2026-05-12 | huisarts   |                             |
        | c2    | consult             | 2026-05-12 | huisarts   | niet-gerelateerde-zorgvraag |
        | c3    | consult             | 2026-05-13 | huisarts   |                             |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel bwg toegestaan
      En is declaratieregel c1 niet toegestaan
      En noemt het oordeel over declaratieregel c1 "geen consult bij"
      En is declaratieregel c2 toegestaan
      En citeert het oordeel over declaratieregel c2 "ZZ FAQ 2026-2028, vraag consult naast behandelwensgesprek"
      En is declaratieregel c3 toegestaan

    @zz26-faq-behandelwensgesprek-consult @I-ZZ26-FAQ-BWG-CONSULT
    Scenario: het kenmerk behandelwensgesprek-zelfde-dag zonder gesprek in het bestand
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                      |
        | c1    | consult       | 2026-05-12 | huisarts   | behandelwensgesprek-zelfde-dag |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel c1 niet toegestaan
