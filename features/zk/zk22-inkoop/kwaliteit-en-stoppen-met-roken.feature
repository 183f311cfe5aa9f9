# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, prestatie kwaliteit (par. 2) en prestatie
# Stoppen met Roken (par. 1-3).
Functionaliteit: Zilveren Kruis 2022-2023 - kwaliteit en stoppen met roken

  Regel: praktijkaccreditatie en spiegelinformatie

    @zk22-inkoop-kwal-accreditatie
    Abstract Scenario: accreditatie, apotheekhoudend <apotheek>, certificaat volgens norm <norm>
      Gegeven de accreditatie van de praktijk:
        | gegeven                                         | waarde     |
        | geaccrediteerd of gecertificeerd                | <geacc>    |
        | apotheekhoudend                                 | <apotheek> |
        | certificaat volgens de norm van de beroepsgroep | <norm>     |
      Als de praktijkaccreditatie wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | geacc | apotheek | norm | oordeel |
        | ja    | nee      | nee  | wel     |
        | nee   | nee      | nee  | niet    |
        | ja    | ja       | nee  | niet    |
        | ja    | ja       | ja   | wel     |

    # Minstens één keer per jaar ophalen en één keer per jaar bespreken; 0 keer is te weinig.
    @zk22-inkoop-kwal-spiegel
    Abstract Scenario: spiegelinformatie <downloads> keer opgehaald en <besprekingen> keer besproken
      Gegeven het gebruik van de spiegelinformatie:
        | gegeven                        | waarde         |
        | keer per jaar opgehaald        | <downloads>    |
        | keer per jaar besproken        | <besprekingen> |
        | deelname vastgelegd met de EKC | ja             |
      Als de module spiegelinformatie wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | downloads | besprekingen | oordeel |
        | 1         | 1            | wel     |
        | 0         | 1            | niet    |
        | 1         | 0            | niet    |

  Regel: stoppen met roken - aanbod en declaratie

    @zk22-inkoop-smr-voorwaarden
    Scenario: een programma dat niet in het KABIZ-register staat voldoet niet
      Gegeven een aanbod stoppen met roken met:
        | gegeven                                                 | waarde |
        | programma in het KABIZ-register                         | nee    |
        | eerst alleen gedragsmatige ondersteuning (stepped care) | ja     |
      Als het aanbod stoppen met roken wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "KABIZ"

    @zk22-inkoop-smr-voorwaarden
    Scenario: zonder stepped care voldoet het aanbod niet
      Gegeven een aanbod stoppen met roken met:
        | gegeven                                                 | waarde |
        | programma in het KABIZ-register                         | ja     |
        | eerst alleen gedragsmatige ondersteuning (stepped care) | nee    |
      Als het aanbod stoppen met roken wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "gedragsmatige ondersteuning"

    # Eén keer per kalenderjaar, geteld op het jaar waarin een programma start: een eerdere start in
    # januari 2022 blokkeert een start in maart 2022; een start in december 2021 niet.
    @zk22-inkoop-smr-declaratie @I-ZK22-INKOOP-SMR-JAAR
    Abstract Scenario: tweede programma voor dezelfde verzekerde, eerder gestart op <eerder>
      Gegeven een declaratie stoppen met roken met:
        | gegeven                                 | waarde       |
        | start van het programma                 | 1 maart 2022 |
        | eerdere starts voor dezelfde verzekerde | <eerder>     |
      Als de declaratie stoppen met roken wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | eerder           | oordeel |
        | 10 januari 2022  | niet    |
        | 15 december 2021 | wel     |
        | geen             | wel     |

    @zk22-inkoop-smr-declaratie
    Scenario: niet apart declareren als stoppen met roken in het ketenprogramma zit
      Gegeven een declaratie stoppen met roken met:
        | gegeven                                     | waarde       |
        | start van het programma                     | 1 maart 2022 |
        | stoppen met roken zit in het ketenprogramma | ja           |
      Als de declaratie stoppen met roken wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "ketentarief"

    @zk22-inkoop-smr-declaratie
    Scenario: geen consult voor stoppen met roken tijdens de begeleiding
      Als tijdens de begeleiding een consult voor stoppen met roken wordt gedeclareerd
      Dan is niet aan de voorwaarden voldaan
      En verwijst het oordeel naar "prestatie stoppen met roken, par. 3"
