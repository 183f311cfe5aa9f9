# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, prestatie Toekomstbestendige huisartsenzorg, par. 2.
Functionaliteit: Zilveren Kruis 2022-2023 - Toekomstbestendige huisartsenzorg, doelstellingen A-D

  Regel: per doelstelling eigen voorwaarden, daarnaast de algemene

    @zk22-inkoop-thz-a @zk22-inkoop-thz-algemeen
    Scenario: doelstelling A met meer digitale middelen
      Gegeven een plan voor Toekomstbestendige huisartsenzorg met:
        | gegeven                   | waarde |
        | gekozen doelstellingen    | A      |
        | A: meer digitale middelen | ja     |
      Als de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst
      Dan is aan de voorwaarden voldaan

    @zk22-inkoop-thz-b
    Scenario: doelstelling B met extra tijd voor de doktersassistent voldoet niet
      Gegeven een plan voor Toekomstbestendige huisartsenzorg met:
        | gegeven                | waarde           |
        | gekozen doelstellingen | B                |
        | B: extra tijd voor     | doktersassistent |
      Als de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "doktersassistent"

    @zk22-inkoop-thz-b
    Abstract Scenario: welke professional komt bij doelstelling B in aanmerking: <professional>
      Als wordt getoetst of extra tijd voor de "<professional>" bij doelstelling B in aanmerking komt
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | professional              | oordeel |
        | doktersassistent          | niet    |
        | physician-assistant       | wel     |
        | verpleegkundig-specialist | wel     |
        | praktijkverpleegkundige   | wel     |
        | waarnemend-huisarts       | wel     |
        | andere-medewerker         | wel     |

    @zk22-inkoop-thz-c
    Scenario: doelstelling C zonder vast concept voldoet niet
      Gegeven een plan voor Toekomstbestendige huisartsenzorg met:
        | gegeven                           | waarde |
        | gekozen doelstellingen            | C      |
        | C: werkt volgens een vast concept | nee    |
      Als de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "vast concept"

    @zk22-inkoop-thz-d @zk22-inkoop-thz-algemeen
    Scenario: doelstelling D zonder medewerking aan de analyse voldoet niet
      Gegeven een plan voor Toekomstbestendige huisartsenzorg met:
        | gegeven                           | waarde |
        | gekozen doelstellingen            | D      |
        | D: praktijkscan met verbeteringen | ja     |
        | werkt mee aan de analyse          | nee    |
      Als de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "analyse"

  Regel: uitsluiting pilots en de voorkeur voor één doelstelling

    @zk22-inkoop-thz-pilot
    Scenario: een praktijk in de pilots Krachtige Basiszorg is uitgesloten
      Gegeven een plan voor Toekomstbestendige huisartsenzorg met:
        | gegeven                                     | waarde |
        | gekozen doelstellingen                      | C      |
        | C: werkt volgens een vast concept           | ja     |
        | deelnemer aan de pilots Krachtige Basiszorg | ja     |
      Als de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "pilots Krachtige Basiszorg"

    @zk22-inkoop-thz-algemeen @I-ZK22-INKOOP-THZ-EEN
    Scenario: twee doelstellingen mogen, met een opmerking over de voorkeur voor één
      Gegeven een plan voor Toekomstbestendige huisartsenzorg met:
        | gegeven                           | waarde |
        | gekozen doelstellingen            | A en D |
        | A: meer digitale middelen         | ja     |
        | D: praktijkscan met verbeteringen | ja     |
      Als de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst
      Dan is aan de voorwaarden voldaan
      En noemt de reden "voorkeur aan één"

    @zk22-inkoop-thz-algemeen
    Scenario: zonder gekozen doelstelling geen deelname
      Gegeven een plan voor Toekomstbestendige huisartsenzorg met:
        | gegeven                | waarde |
        | gekozen doelstellingen | geen   |
      Als de deelname aan Toekomstbestendige huisartsenzorg wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "geen doelstelling"

  Regel: doelstelling B - vanaf 2022 consulten voor het patiëntgebonden zorgdeel

    # Inleiding (belangrijkste wijzigingen t.o.v. 2021): bij B gaan de gelden naar het organisatiedeel; voor het
    # patiëntgebonden zorgdeel mogen de professionals vanaf 2022 consulten declareren.
    @zk22-inkoop-thz-b-consult @I-ZK22-INKOOP-THZ-B-CONSULT
    Abstract Scenario: consult door de <professional> voor <soort tijd> tijd op <datum>
      Als de "<professional>" bij doelstelling B op <datum> een consult declareert voor <soort tijd> tijd
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | professional            | soort tijd      | datum            | oordeel |
        | praktijkverpleegkundige | patiëntgebonden | 3 januari 2022   | wel     |
        | physician-assistant     | patiëntgebonden | 31 december 2023 | wel     |
        | praktijkverpleegkundige | organisatie     | 1 maart 2022     | niet    |
        | doktersassistent        | patiëntgebonden | 1 maart 2022     | niet    |

    @zk22-inkoop-thz-b-consult
    Scenario: organisatietijd is geen consult
      Als de "verpleegkundig-specialist" bij doelstelling B op 1 juni 2023 een consult declareert voor organisatie tijd
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "organisatietijd"
      En verwijst het oordeel naar "belangrijkste wijzigingen"

    # 'Vanaf 2022' in een beleid voor 2022-2023: over 2021 en 2024 zeggen de bronnen niets.
    @zk22-inkoop-thz-b-consult @I-ZK22-INKOOP-THZ-B-CONSULT
    Abstract Scenario: consult bij doelstelling B op <datum> valt buiten het beleid
      Als de "praktijkverpleegkundige" bij doelstelling B op <datum> een consult declareert voor patiëntgebonden tijd
      Dan wordt de invoer geweigerd voor het veld "datum"

      Voorbeelden:
        | datum            |
        | 31 december 2021 |
        | 1 januari 2024   |
