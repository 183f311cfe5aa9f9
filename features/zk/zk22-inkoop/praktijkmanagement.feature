# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, vergoeding praktijkmanagement, par. 2.
# Samenwerkingsverband of een praktijk met méér dan 4500 patiënten; taken echt overgedragen; hbo- of
# geaccrediteerde opleiding afgerond of aantoonbaar gestart; uren van een doktersassistent tellen niet.
Functionaliteit: Zilveren Kruis 2022-2023 - voorwaarden praktijkmanagement

  Regel: samenwerkingsverband of meer dan 4500 patiënten

    # 'meer dan 4500': 4500 niet, 4501 wel. Met een samenwerkingsverband speelt het aantal geen rol.
    @zk22-inkoop-pm-voorwaarden @I-ZK22-INKOOP-PM-4500
    Abstract Scenario: praktijkmanager voor <ingeschreven> patiënten, samenwerkingsverband <sv>
      Gegeven een praktijkmanager met:
        | gegeven                                     | waarde         |
        | samenwerkingsverband                        | <sv>           |
        | ingeschreven patiënten                      | <ingeschreven> |
        | facilitaire en managementtaken overgedragen | ja             |
        | opleiding                                   | hbo-afgerond   |
      Als de voorwaarden voor praktijkmanagement voor 2022 worden getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | ingeschreven | sv  | oordeel |
        | 4500         | nee | niet    |
        | 4501         | nee | wel     |
        | 1000         | ja  | wel     |

  Regel: opleiding, overgedragen taken en de doktersassistent

    @zk22-inkoop-pm-voorwaarden
    Abstract Scenario: opleiding praktijkmanager: <opleiding>
      Gegeven een praktijkmanager met:
        | gegeven                                     | waarde      |
        | samenwerkingsverband                        | ja          |
        | ingeschreven patiënten                      | 3000        |
        | facilitaire en managementtaken overgedragen | ja          |
        | opleiding                                   | <opleiding> |
      Als de voorwaarden voor praktijkmanagement voor 2022 worden getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | opleiding             | oordeel |
        | hbo-afgerond          | wel     |
        | pm-opleiding-afgerond | wel     |
        | aantoonbaar-gestart   | wel     |
        | geen                  | niet    |

    @zk22-inkoop-pm-voorwaarden
    Scenario: contracturen van een doktersassistent tellen niet
      Gegeven een praktijkmanager met:
        | gegeven                                        | waarde       |
        | samenwerkingsverband                           | ja           |
        | ingeschreven patiënten                         | 3000         |
        | facilitaire en managementtaken overgedragen    | ja           |
        | opleiding                                      | hbo-afgerond |
        | uren uit het contract van een doktersassistent | ja           |
      Als de voorwaarden voor praktijkmanagement voor 2022 worden getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "doktersassistent tellen niet"
      En verwijst het oordeel naar "vergoeding praktijkmanagement, par. 2"

    @zk22-inkoop-pm-voorwaarden
    Scenario: een praktijkmanager zonder overgedragen taken voldoet niet
      Gegeven een praktijkmanager met:
        | gegeven                                     | waarde       |
        | samenwerkingsverband                        | ja           |
        | ingeschreven patiënten                      | 3000         |
        | facilitaire en managementtaken overgedragen | nee          |
        | opleiding                                   | hbo-afgerond |
      Als de voorwaarden voor praktijkmanagement voor 2022 worden getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "draagt geen facilitaire en managementtaken"
      En verwijst het oordeel naar "vergoeding praktijkmanagement, par. 2"

  Regel: ook de praktijkmanager van één grote praktijk bevordert de samenwerking tussen praktijken

    # 5000 patiënten (meer dan 4500), geen samenwerkingsverband: de samenwerkingsvoorwaarde geldt ook hier.
    @zk22-inkoop-pm-voorwaarden @I-ZK22-INKOOP-PM-SAMENWERKING
    Abstract Scenario: praktijkmanager van één praktijk met 5000 patiënten en de vraag of de manager de samenwerking bevordert
      Gegeven een praktijkmanager met:
        | gegeven                                     | waarde       |
        | samenwerkingsverband                        | nee          |
        | ingeschreven patiënten                      | 5000         |
        | facilitaire en managementtaken overgedragen | ja           |
        | opleiding                                   | hbo-afgerond |
        | bevordert de samenwerking tussen praktijken | <bevordert>  |
      Als de voorwaarden voor praktijkmanagement voor 2022 worden getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | bevordert | oordeel |
        | ja        | wel     |
        | nee       | niet    |

