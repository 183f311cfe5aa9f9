# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de SCEN-prestaties.
Functionaliteit: FAQ 2026-2028 - SCEN-prestaties
  12822 (zorginhoudelijk advies voorafgaand aan SCEN, per 15 minuten) alleen zolang de behandelend arts nog niet
  besloot en alleen met huisartsenovereenkomst; 12815 (procedure) met en 29033 (procedure via VECOZO) zonder
  huisartsenovereenkomst. Na een advies dat tot inwilligen leidt, doet een andere SCEN-arts de procedure.

  Regel: de code hangt af van de overeenkomst en van het besluit van de behandelend arts

    @zz26-faq-scen @I-ZZ26-FAQ-SCEN-29033
    Abstract Scenario: <code> met context "<context>"
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | context   |
        | 1     | <code>        | 2026-06-01 | scen-arts  | <context> |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 <oordeel>

      Voorbeelden:
        | code  | context                                     | oordeel         |
        | 12822 | huisartsenovereenkomst                      | toegestaan      |
        | 12822 | huisartsenovereenkomst behandelaar-besloten | niet toegestaan |
        | 12822 |                                             | niet toegestaan |
        | 12815 | huisartsenovereenkomst behandelaar-besloten | toegestaan      |
        | 12815 | behandelaar-besloten                        | niet toegestaan |
        | 29033 | behandelaar-besloten                        | toegestaan      |
        | 29033 | huisartsenovereenkomst behandelaar-besloten | niet toegestaan |

  Regel: na het advies een andere SCEN-arts

    @zz26-faq-scen @I-ZZ26-FAQ-SCEN-ANDERE-ARTS
    Scenario: dezelfde en een andere SCEN-arts na een advies
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | context                                     | zorgverlener |
        | a     | 12822         | 2026-06-01 | scen-arts  | huisartsenovereenkomst                      | arts-a       |
        | p1    | 12815         | 2026-06-20 | scen-arts  | huisartsenovereenkomst behandelaar-besloten | arts-a       |
        | p2    | 12815         | 2026-06-21 | scen-arts  | huisartsenovereenkomst behandelaar-besloten | arts-b       |
        | p3    | 29033         | 2026-06-22 | scen-arts  | behandelaar-besloten                        | arts-a       |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel a toegestaan
      En is declaratieregel p1 niet toegestaan
      En noemt het oordeel over declaratieregel p1 "andere SCEN-arts"
      En is declaratieregel p2 toegestaan
      En is declaratieregel p3 niet toegestaan
