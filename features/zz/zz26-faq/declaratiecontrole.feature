# language: nl
# Bron: de FAQ 2026-2028 samen met de bijlagen POH-S (31080) en POH-GGZ (11201, 31343, 12116).
# Deze scenario's toetsen de declaratiecontrole als geheel: codes uit de bijlagen, bestanden met veel verzekerden
# en praktijken, de periode per declaratie en foute regels. Elk scenario draait door de referentieroute en de
# snelle route; de stap eist dat beide op elke regel hetzelfde oordeel, dezelfde redenen en bronnen geven.
Functionaliteit: FAQ 2026-2028 - de declaratiecontrole brengt de regels samen
  Per regel: toegestaan of niet, met redencode, reden en bron. Een foute regel krijgt een foutmelding; de andere
  regels worden gewoon beoordeeld.

  Regel: codes uit de bijlagen

    # start overeenkomst 10 februari 2026 -> eerste kwartaalstart na februari: 1 april 2026
    @zz26-faq-dm-copd @zz26-faq-poh-consulten
    Scenario: de module POH-S pas vanaf de declaratiestart
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                     |
        | m1    | 31080         | 2026-03-01 | praktijk   | start-overeenkomst=2026-02-10 |
        | m2    | 31080         | 2026-04-01 | praktijk   | start-overeenkomst=2026-02-10 |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel m1 niet toegestaan
      En noemt het oordeel over declaratieregel m1 "pas vanaf 2026-04-01"
      En heeft declaratieregel m1 de redencode "start.te-vroeg"
      En is declaratieregel m2 toegestaan

    # 1 april en 1 mei 2026 liggen allebei in het tweede kwartaal
    @zz26-faq-dm-copd @zz26-faq-poh-consulten
    Scenario: de module POH-S eens per kwartaal
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                     |
        | m2    | 31080         | 2026-04-01 | praktijk   | start-overeenkomst=2026-02-10 |
        | m3    | 31080         | 2026-05-01 | praktijk   | start-overeenkomst=2026-02-10 |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel m2 toegestaan
      En is declaratieregel m3 niet toegestaan
      En heeft declaratieregel m3 de redencode "opslag.al-dit-kwartaal"

    @zz26-faq-dm-copd @zz26-faq-poh-consulten
    Scenario: 13029 door de huisarts naast de module POH-S in hetzelfde kwartaal
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                     |
        | m2    | 31080         | 2026-04-01 | praktijk   | start-overeenkomst=2026-02-10 |
        | dm    | 13029         | 2026-05-02 | huisarts   | poh-s-module                  |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel m2 toegestaan
      En is declaratieregel dm toegestaan

    # 31343 in het derde kwartaal (g3) zonder 11201 in dat kwartaal: niet toegestaan.
    @zz26-faq-poh-consulten @I-ZZ26-POHGGZ-31343-KWARTAAL
    Scenario: het aanvullend moduletarief naast de module POH-GGZ
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken   |
        | g1    | 11201         | 2026-04-01 | praktijk   |             |
        | g2    | 31343         | 2026-04-01 | praktijk   | toestemming |
        | g3    | 31343         | 2026-07-01 | praktijk   | toestemming |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel g1 toegestaan
      En is declaratieregel g2 toegestaan
      En is declaratieregel g3 niet toegestaan
      En noemt het oordeel over declaratieregel g3 "naast een toegestane 11201 van deze praktijk"

    # 12116: ten hoogste 8 deelnemers, alleen met toestemming (bijlage POH-GGZ art. 6 lid 5)
    @zz26-faq-poh-consulten
    Scenario: het groepsconsult POH-GGZ met ten hoogste 8 deelnemers en toestemming
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken   | deelnemers |
        | g4    | 12116         | 2026-05-01 | poh-ggz    | toestemming | 8          |
        | g5    | 12116         | 2026-05-08 | poh-ggz    | toestemming | 9          |
        | g6    | 12116         | 2026-05-15 | poh-ggz    |             | 6          |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel g4 toegestaan
      En is declaratieregel g5 niet toegestaan
      En citeert het oordeel over declaratieregel g5 "ZZ POH-GGZ 2026-2028, art. 6, lid 5e"
      En is declaratieregel g6 niet toegestaan

  Regel: 31343 hoort bij een toegestane 11201 in hetzelfde kwartaal, in welke volgorde ook

    # Tweede kwartaal 2026 (1 april t/m 30 juni): a1 (2 april) staat vóór de 11201 van 1 mei, a3 (30 juni) erna;
    # beide toegestaan. a4 is van een andere praktijk (P2), die geen 11201 declareert.
    @zz26-pohggz-a6-l3 @I-ZZ26-POHGGZ-31343-KWARTAAL
    Scenario: 31343 vóór en na zijn 11201 in hetzelfde kwartaal
      Gegeven de voorgenomen declaraties:
        | regel | praktijk | verzekerde | prestatiecode | datum      | uitvoerder | kenmerken   |
        | a1    | P1       | V1         | 31343         | 2026-04-02 | praktijk   | toestemming |
        | a2    | P1       | V1         | 11201         | 2026-05-01 | praktijk   |             |
        | a3    | P1       | V1         | 31343         | 2026-06-30 | praktijk   | toestemming |
        | a4    | P2       | V1         | 31343         | 2026-06-30 | praktijk   | toestemming |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel a1 toegestaan
      En is declaratieregel a2 toegestaan
      En is declaratieregel a3 toegestaan
      En is declaratieregel a4 niet toegestaan
      En heeft declaratieregel a4 de redencode "31343.zonder-11201"

    # Start overeenkomst 10 februari -> declaratiestart 1 april 2026: b1 op 1 maart is te vroeg, voor 31343 net zo
    # goed als voor 11201 (artikel 6 lid 3c), en b1 heeft dan ook geen toegestane 11201 naast zich (b2 op 1 maart is
    # ook te vroeg). Op 1 april hoort b4 bij de toegestane 11201 b3.
    @zz26-pohggz-a6-l3 @I-ZZ26-POHGGZ-31343-KWARTAAL
    Scenario: 31343 vóór de declaratiestart
      Gegeven de voorgenomen declaraties:
        | regel | praktijk | verzekerde | prestatiecode | datum      | uitvoerder | kenmerken                                 |
        | b1    | P1       | V2         | 31343         | 2026-03-01 | praktijk   | toestemming start-overeenkomst=2026-02-10 |
        | b2    | P1       | V2         | 11201         | 2026-03-01 | praktijk   | start-overeenkomst=2026-02-10             |
        | b3    | P1       | V2         | 11201         | 2026-04-01 | praktijk   | start-overeenkomst=2026-02-10             |
        | b4    | P1       | V2         | 31343         | 2026-04-01 | praktijk   | toestemming start-overeenkomst=2026-02-10 |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel b1 niet toegestaan
      En heeft declaratieregel b1 de redencode "start.te-vroeg"
      En is declaratieregel b2 niet toegestaan
      En is declaratieregel b3 toegestaan
      En is declaratieregel b4 toegestaan

  Regel: één bestand met veel verzekerden en praktijken

    # Per verzekerde over alle praktijken (I-ZZ26-FAQ-DECL-PER-VERZEKERDE): V1 krijgt in 2026 één 13029, ook als
    # een tweede praktijk hem declareert; V2 is een andere verzekerde bij dezelfde praktijk en krijgt zijn eigen
    # 13029. 31080 eens per kwartaal per verzekerde: q2 bij P2 in hetzelfde kwartaal als q1 bij P1 valt af.
    # Een consult bij P2 op de dag van een behandelwensgesprek bij P1 is geen consult 'naast' dat gesprek.
    @zz26-faq-dm-copd @zz26-faq-behandelwensgesprek-consult @I-ZZ26-FAQ-DECL-PER-VERZEKERDE
    Scenario: de eens-per-regels gelden per verzekerde, over de praktijken heen
      Gegeven de voorgenomen declaraties:
        | regel | praktijk | verzekerde | prestatiecode       | datum      | uitvoerder | kenmerken        |
        | d1    | P1       | V1         | 13029               | 2026-02-10 | huisarts   |                  |
        | d2    | P2       | V1         | 13029               | 2026-08-10 | huisarts   |                  |
        | d3    | P1       | V2         | 13029               | 2026-02-10 | huisarts   |                  |
        | q1    | P1       | V1         | 31080               | 2026-04-01 | praktijk   |                  |
        | q2    | P2       | V1         | 31080               | 2026-05-01 | praktijk   |                  |
        | w1    | P1       | V3         | behandelwensgesprek | 2026-05-12 | huisarts   | nascholing nodig |
        | w2    | P1       | V3         | consult             | 2026-05-12 | huisarts   |                  |
        | w3    | P2       | V3         | consult             | 2026-05-12 | huisarts   |                  |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel d1 toegestaan
      En is declaratieregel d2 niet toegestaan
      En heeft declaratieregel d2 de redencode "dm-copd.al-dit-jaar"
      En is declaratieregel d3 toegestaan
      En is declaratieregel q1 toegestaan
      En is declaratieregel q2 niet toegestaan
      En is declaratieregel w1 toegestaan
      En is declaratieregel w2 niet toegestaan
      En is declaratieregel w3 toegestaan

    # Dezelfde declaraties in omgekeerde volgorde: het oordeel per regel is hetzelfde (eerder = eerder op datum).
    @zz26-faq-dm-copd @I-ZZ26-FAQ-DECL-PER-VERZEKERDE
    Scenario: de volgorde in het bestand doet er niet toe
      Gegeven de voorgenomen declaraties:
        | regel | praktijk | verzekerde | prestatiecode | datum      | uitvoerder |
        | late  | P1       | V1         | 13029         | 2026-11-03 | huisarts   |
        | vroeg | P1       | V1         | 13029         | 2026-02-10 | huisarts   |
        | ooit2 | P1       | V1         | 13030         | 2028-04-01 | huisarts   |
        | ooit1 | P1       | V1         | 13030         | 2026-04-01 | huisarts   |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan is declaratieregel vroeg toegestaan
      En is declaratieregel late niet toegestaan
      En is declaratieregel ooit1 toegestaan
      En is declaratieregel ooit2 niet toegestaan
      En heeft declaratieregel ooit2 de redencode "dm-copd.13030-al-eerder"

    # 123456782 haalt de elfproef: 9x1 + 8x2 + 7x3 + 6x4 + 5x5 + 4x6 + 3x7 + 2x8 - 1x2 = 154 = 14 x 11.
    # 123456789 niet: 9x1 + 8x2 + 7x3 + 6x4 + 5x5 + 4x6 + 3x7 + 2x8 - 1x9 = 147, geen elfvoud.
    @zz26-faq-dm-copd
    Scenario: een verzekerde die op een BSN lijkt wordt geweigerd, de rest gaat door
      Gegeven de voorgenomen declaraties:
        | regel | praktijk | verzekerde  | prestatiecode | datum      | uitvoerder |
        | bsn   | P1       | 123456782   | 13029         | 2026-02-10 | huisarts   |
        | bsn2  | P1       | 1234.56.782 | 13029         | 2026-02-10 | huisarts   |
        | geen  | P1       | 123456789   | 13029         | 2026-02-10 | huisarts   |
        | leeg  | P1       |             | 13029         | 2026-02-10 | huisarts   |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan geeft declaratieregel bsn de fout "lijkt op een burgerservicenummer"
      En geeft declaratieregel bsn2 de fout "elfproef"
      En is declaratieregel geen toegestaan
      En geeft declaratieregel leeg voor de kolom "verzekerde" de fout "ontbreekt"

  Regel: elke declaratie zoekt haar eigen periode op

    # 2025 valt onder de FAQ 2023-2025, die geen regel over 13029 heeft; 2029 en 9999 vallen buiten elke bekende
    # periode. Die regels krijgen een fout, de regel in 2026 wordt gewoon beoordeeld.
    @zz26-faq-dm-copd
    Scenario: een datum buiten de periode van de regels is een fout op die regel
      Gegeven de voorgenomen declaraties:
        | regel | praktijk | verzekerde | prestatiecode | datum      | uitvoerder |
        | j2025 | P1       | V1         | 13029         | 2025-12-31 | huisarts   |
        | j2026 | P1       | V1         | 13029         | 2026-01-01 | huisarts   |
        | j2029 | P1       | V1         | 13029         | 2029-01-01 | huisarts   |
        | j9999 | P1       | V1         | 31080         | 9999-12-31 | praktijk   |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan geeft declaratieregel j2025 de fout "geldt de ZZ FAQ 2023-2025; die geeft geen regel voor prestatiecode 13029"
      En is declaratieregel j2026 toegestaan
      En citeert het oordeel over declaratieregel j2026 "ZZ FAQ 2026-2028"
      En geeft declaratieregel j2029 de fout "kent het project geen ZZ FAQ"
      En geeft declaratieregel j9999 de fout "kent het project geen ZZ POH-S"

  Regel: een foute regel stopt de rest niet

    @zz26-faq-scen @zz26-faq-dm-copd
    Scenario: onbekende code, foute datum, onbekend kenmerk, buiten de periode
      Gegeven de voorgenomen declaraties voor één verzekerde:
        | regel | prestatiecode | datum      | uitvoerder | kenmerken                     |
        | x1    | 99999         | 2026-01-05 | huisarts   |                               |
        | x2    | 13029         | 2026-02-30 | huisarts   |                               |
        | x3    | 13029         | 2026-03-01 | huisarts   | spoed                         |
        | x4    | 13029         | 2025-03-01 | huisarts   |                               |
        | x5    | 12116         | 2026-03-01 | poh-ggz    | toestemming                   |
        | x6    | 31080         | 2026-03-01 | praktijk   | start-overeenkomst=9999-12-01 |
        | ok    | 12815         | 2026-03-01 | scen-arts  | huisartsenovereenkomst        |
      Als de declaratiecontrole de declaraties beoordeelt
      Dan geeft declaratieregel x1 de fout "'99999' is geen prestatiecode"
      En geeft declaratieregel x2 de fout "'2026-02-30' is geen geldige datum"
      En geeft declaratieregel x3 de fout "'spoed' is geen bekend kenmerk"
      En geeft declaratieregel x4 de fout "geldt de ZZ FAQ 2023-2025"
      En geeft declaratieregel x5 de fout "deelnemers"
      En geeft declaratieregel x6 de fout "na het jaar 9999"
      En is declaratieregel ok toegestaan
