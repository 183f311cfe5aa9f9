# language: nl
# Bron: ZZ FAQ 2026-2028, vraag over de SCEN-prestaties.
Functionaliteit: FAQ 2026-2028 - SCEN-prestaties
  12822 (zorginhoudelijk advies voorafgaand aan SCEN, per 15 minuten) alleen zolang de behandelend arts nog niet
  besloot en alleen met huisartsenovereenkomst; 12815 (procedure) met en 29033 (procedure via VECOZO) zonder
  huisartsenovereenkomst. Na een advies dat tot inwilligen leidt, doet een andere SCEN-arts de procedure.

  Regel: de code hangt af van de overeenkomst en van het besluit van de behandelend arts

    @zz26-faq-scen @I-ZZ26-FAQ-SCEN-29033
    Abstract Scenario: <code> met kenmerken "<kenmerken>"
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken   | duur in minuten |
        | 1     | <code>        | 2026-06-01 | scen-arts  | <kenmerken> | <duur>          |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 <oordeel>

      Voorbeelden:
        | code  | kenmerken                                   | duur | oordeel         |
        | 12822 | huisartsenovereenkomst                      | 15   | toegestaan      |
        | 12822 | huisartsenovereenkomst behandelaar-besloten | 15   | niet toegestaan |
        | 12822 |                                             | 15   | niet toegestaan |
        | 12815 | huisartsenovereenkomst behandelaar-besloten |      | toegestaan      |
        | 12815 | behandelaar-besloten                        |      | niet toegestaan |
        | 29033 | behandelaar-besloten                        |      | toegestaan      |
        | 29033 | huisartsenovereenkomst behandelaar-besloten |      | niet toegestaan |

  Regel: na het advies een andere SCEN-arts

    @zz26-faq-scen @I-ZZ26-FAQ-SCEN-ANDERE-ARTS
    Scenario: dezelfde en een andere SCEN-arts na een advies
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                                   | zorgverlener | duur in minuten |
        | a     | 12822         | 2026-06-01 | scen-arts  | huisartsenovereenkomst                      | arts-a       | 30              |
        | p1    | 12815         | 2026-06-20 | scen-arts  | huisartsenovereenkomst behandelaar-besloten | arts-a       |                 |
        | p2    | 12815         | 2026-06-21 | scen-arts  | huisartsenovereenkomst behandelaar-besloten | arts-b       |                 |
        | p3    | 29033         | 2026-06-22 | scen-arts  | behandelaar-besloten                        | arts-a       |                 |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel a toegestaan
      En is declaratieregel p1 niet toegestaan
      En noemt het oordeel over declaratieregel p1 "andere SCEN-arts"
      En heeft declaratieregel p1 de redencode "scen.zelfde-arts"
      En is declaratieregel p2 toegestaan
      En is declaratieregel p3 niet toegestaan

    # Advies en procedure op dezelfde dag door dezelfde arts: de procedure staat eerder in het bestand, maar
    # het advies ging eraan vooraf (op of vóór de datum van de procedure); de volgorde in het bestand telt niet.
    @zz26-faq-scen @I-ZZ26-FAQ-SCEN-ANDERE-ARTS
    Scenario: advies en procedure op dezelfde dag, in omgekeerde volgorde in het bestand
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                                   | zorgverlener | duur in minuten |
        | p     | 12815         | 2026-06-01 | scen-arts  | huisartsenovereenkomst behandelaar-besloten | arts-a       |                 |
        | a     | 12822         | 2026-06-01 | scen-arts  | huisartsenovereenkomst                      | arts-a       | 20              |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel a toegestaan
      En is declaratieregel p niet toegestaan

  Regel: 12822 kent een tarief per 15 minuten: de controle telt de eenheden uit de duur

    # Een begonnen kwartier telt als een eenheid (I-ZZ26-FAQ-SCEN-KWARTIER):
    # 1 en 15 min -> 1; 16 min -> 15 + 1 -> 2; 30 -> 2; 40 -> 30 + 10 -> 3; 45 -> 3; 46 -> 45 + 1 -> 4.
    @zz26-faq-scen @I-ZZ26-FAQ-SCEN-KWARTIER
    Abstract Scenario: een advies van <duur> minuten telt <eenheden> eenheden
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken              | duur in minuten |
        | 1     | 12822         | 2026-06-01 | scen-arts  | huisartsenovereenkomst | <duur>          |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel 1 toegestaan
      En telt declaratieregel 1 <eenheden> eenheden van 15 minuten

      Voorbeelden:
        | duur | eenheden |
        | 1    | 1        |
        | 15   | 1        |
        | 16   | 2        |
        | 30   | 2        |
        | 40   | 3        |
        | 45   | 3        |
        | 46   | 4        |

    @zz26-faq-scen @I-ZZ26-FAQ-SCEN-KWARTIER
    Scenario: zonder duur of met een duur van nul minuten is 12822 niet te tellen
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken              | duur in minuten |
        | leeg  | 12822         | 2026-06-01 | scen-arts  | huisartsenovereenkomst |                 |
        | nul   | 12822         | 2026-06-02 | scen-arts  | huisartsenovereenkomst | 0               |
        | ok    | 12822         | 2026-06-03 | scen-arts  | huisartsenovereenkomst | 25              |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan geeft declaratieregel leeg voor de kolom "duur in minuten" de fout "is verplicht bij 12822"
      En geeft declaratieregel nul de fout "moet minstens 1 zijn"
      En telt declaratieregel ok 2 eenheden van 15 minuten
