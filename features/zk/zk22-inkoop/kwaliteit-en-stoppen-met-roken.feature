# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, prestatie kwaliteit (par. 2) en prestatie
# Stoppen met Roken (par. 1-3).
Functionaliteit: Zilveren Kruis 2022-2023 - kwaliteit en stoppen met roken

  Regel: praktijkaccreditatie en spiegelinformatie

    @zk22-inkoop-kwal-accreditatie
    Abstract Scenario: accreditatie, apotheekhoudend <apotheek>, certificaat volgens norm <norm>
      Gegeven de ZK-gegevens:
        | veld                            | waarde      |
        | geaccrediteerd_of_gecertificeerd | <geacc>    |
        | apotheekhoudend                 | <apotheek>  |
        | certificaat_volgens_beroepsnorm | <norm>      |
      Als de ZK-toets "praktijkaccreditatie" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | geacc | apotheek | norm | oordeel |
        | ja    | nee      | nee  | wel     |
        | nee   | nee      | nee  | niet    |
        | ja    | ja       | nee  | niet    |
        | ja    | ja       | ja   | wel     |

    # Minstens één keer per jaar ophalen en één keer per jaar bespreken; 0 keer is te weinig.
    @zk22-inkoop-kwal-spiegel
    Abstract Scenario: spiegelinformatie <downloads> keer opgehaald en <besprekingen> keer besproken
      Gegeven de ZK-gegevens:
        | veld                       | waarde        |
        | downloads_per_jaar         | <downloads>   |
        | besprekingen_per_jaar      | <besprekingen> |
        | deelname_vastgelegd_met_ekc | ja           |
      Als de ZK-toets "spiegelinformatie" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | downloads | besprekingen | oordeel |
        | 1         | 1            | wel     |
        | 0         | 1            | niet    |
        | 1         | 0            | niet    |

  Regel: stoppen met roken - aanbod en declaratie

    @zk22-inkoop-smr-voorwaarden
    Scenario: een programma dat niet in het KABIZ-register staat voldoet niet
      Gegeven de ZK-gegevens:
        | veld                        | waarde |
        | programma_in_kabiz_register | nee    |
        | stepped_care                | ja     |
      Als de ZK-toets "stoppen met roken aanbod" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "KABIZ"

    @zk22-inkoop-smr-voorwaarden
    Scenario: zonder stepped care voldoet het aanbod niet
      Gegeven de ZK-gegevens:
        | veld                        | waarde |
        | programma_in_kabiz_register | ja     |
        | stepped_care                | nee    |
      Als de ZK-toets "stoppen met roken aanbod" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "gedragsmatige ondersteuning"

    # Eén keer per kalenderjaar, geteld op het jaar waarin een programma start: een eerdere start in
    # januari 2022 blokkeert een start in maart 2022; een start in december 2021 niet.
    @zk22-inkoop-smr-declaratie @I-ZK22-INKOOP-SMR-JAAR
    Abstract Scenario: tweede programma voor dezelfde verzekerde, eerder gestart op <eerder>
      Gegeven de ZK-gegevens:
        | veld            | waarde       |
        | start_programma | 1 maart 2022 |
        | eerdere_starts  | <eerder>     |
      Als de ZK-toets "stoppen met roken declaratie" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | eerder           | oordeel |
        | 10 januari 2022  | niet    |
        | 15 december 2021 | wel     |
        | geen             | wel     |

    @zk22-inkoop-smr-declaratie
    Scenario: niet apart declareren als stoppen met roken in het ketenprogramma zit
      Gegeven de ZK-gegevens:
        | veld                   | waarde       |
        | start_programma        | 1 maart 2022 |
        | ketenprogramma_met_smr | ja           |
      Als de ZK-toets "stoppen met roken declaratie" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En noemt het ZK-oordeel "ketentarief"

    @zk22-inkoop-smr-declaratie
    Scenario: geen consult voor stoppen met roken tijdens de begeleiding
      Als de ZK-toets "stoppen met roken consult tijdens programma" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En verwijst het ZK-oordeel naar "prestatie stoppen met roken, par. 3"
