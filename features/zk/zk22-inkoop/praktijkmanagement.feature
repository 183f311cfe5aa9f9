# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, vergoeding praktijkmanagement, par. 2.
# Samenwerkingsverband of een praktijk met méér dan 4500 patiënten; taken echt overgedragen; hbo- of
# geaccrediteerde opleiding afgerond of aantoonbaar gestart; uren van een doktersassistent tellen niet.
Functionaliteit: Zilveren Kruis 2022-2023 - voorwaarden praktijkmanagement

  Regel: samenwerkingsverband of meer dan 4500 patiënten

    # 'meer dan 4500': 4500 niet, 4501 wel. Met een samenwerkingsverband speelt het aantal geen rol.
    @zk22-inkoop-pm-voorwaarden @I-ZK22-INKOOP-PM-4500
    Abstract Scenario: praktijkmanager voor <ingeschreven> patiënten, samenwerkingsverband <sv>
      Gegeven de ZK-gegevens:
        | veld                        | waarde         |
        | samenwerkingsverband        | <sv>           |
        | ingeschreven                | <ingeschreven> |
        | managementtaken_overgedragen | ja            |
        | opleiding                   | hbo-afgerond   |
      Als de ZK-toets "praktijkmanagement" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | ingeschreven | sv  | oordeel |
        | 4500         | nee | niet    |
        | 4501         | nee | wel     |
        | 1000         | ja  | wel     |

  Regel: opleiding, overgedragen taken en de doktersassistent

    @zk22-inkoop-pm-voorwaarden
    Abstract Scenario: opleiding praktijkmanager: <opleiding>
      Gegeven de ZK-gegevens:
        | veld                        | waarde      |
        | samenwerkingsverband        | ja          |
        | ingeschreven                | 3000        |
        | managementtaken_overgedragen | ja         |
        | opleiding                   | <opleiding> |
      Als de ZK-toets "praktijkmanagement" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | opleiding             | oordeel |
        | hbo-afgerond          | wel     |
        | pm-opleiding-afgerond | wel     |
        | aantoonbaar-gestart   | wel     |
        | geen                  | niet    |

    @zk22-inkoop-pm-voorwaarden
    Scenario: contracturen van een doktersassistent en niet-overgedragen taken tellen niet
      Gegeven de ZK-gegevens:
        | veld                               | waarde       |
        | samenwerkingsverband               | ja           |
        | ingeschreven                       | 3000         |
        | managementtaken_overgedragen       | nee          |
        | opleiding                          | hbo-afgerond |
        | uren_uit_contract_doktersassistent | ja           |
      Als de ZK-toets "praktijkmanagement" wordt uitgevoerd
      Dan is niet aan de ZK-voorwaarden voldaan
      En geeft het ZK-oordeel 2 redenen
      En noemt het ZK-oordeel "doktersassistent tellen niet"
      En noemt het ZK-oordeel "draagt geen facilitaire en managementtaken"
      En verwijst het ZK-oordeel naar "vergoeding praktijkmanagement, par. 2"

  Regel: ook de praktijkmanager van één grote praktijk bevordert de samenwerking tussen praktijken

    # 5000 patiënten (meer dan 4500), geen samenwerkingsverband: de samenwerkingsvoorwaarde geldt ook hier.
    @zk22-inkoop-pm-voorwaarden @I-ZK22-INKOOP-PM-SAMENWERKING
    Abstract Scenario: praktijkmanager van één praktijk met 5000 patiënten en de vraag of de manager de samenwerking bevordert
      Gegeven de ZK-gegevens:
        | veld                         | waarde         |
        | samenwerkingsverband         | nee            |
        | ingeschreven                 | 5000           |
        | managementtaken_overgedragen | ja             |
        | opleiding                    | hbo-afgerond   |
        | bevordert_samenwerking       | <bevordert>    |
      Als de ZK-toets "praktijkmanagement" wordt uitgevoerd
      Dan is <oordeel> aan de ZK-voorwaarden voldaan

      Voorbeelden:
        | bevordert | oordeel |
        | ja        | wel     |
        | nee       | niet    |

