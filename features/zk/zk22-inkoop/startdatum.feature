# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, par. 4 van de modules POH-S aanvulling,
# praktijkmanagement, POH-GGZ (startdata 1 januari, 1 april, 1 juli, 1 oktober), service en bereikbaarheid
# en kwaliteit (startdata 1 januari en 1 juli). Aanvraag uiterlijk 4 weken (28 dagen) voor de startdatum.
# Verwachte waarden met de hand: startdatum min 28 dagen is de laatste dag waarop de aanvraag op tijd is.
Functionaliteit: Zilveren Kruis 2022-2023 - startdatum van een aangevraagde vergoeding
  De vergoeding gaat in op de eerste startdatum van de module die minstens vier weken na de aanvraag ligt.

  Regel: modules met vier startdata per jaar (kwartalen)

    # 1 april 2022 − 28 dagen: maart telt 31 dagen, dus 4 maart 2022 (4 maart + 27 = 31 maart, + 28 = 1 april).
    # 5 maart 2022 is 27 dagen voor 1 april: te laat, dus de volgende startdatum 1 juli 2022.
    # 1 december 2021 + 28 = 29 december 2021; de eerste startdatum daarna is 1 januari 2022.
    @zk22-inkoop-pohs-aanvraag @I-ZK22-INKOOP-STARTDATUM
    Abstract Scenario: POH-S aanvulling, aanvraag 28 of 27 dagen voor 1 april
      Gegeven een aanvraag voor de module "poh-s" op <aanvraag>
      Als de startdatum wordt bepaald
      Dan is de startdatum <startdatum>

      Voorbeelden:
        | aanvraag        | startdatum     |
        | 4 maart 2022    | 1 april 2022   |
        | 5 maart 2022    | 1 juli 2022    |
        | 1 december 2021 | 1 januari 2022 |

    # 1 juli 2022 − 28 dagen: juni telt 30 dagen, dus 3 juni 2022. 4 juni is 27 dagen ervoor: 1 oktober 2022.
    @zk22-inkoop-pm-aanvraag @I-ZK22-INKOOP-STARTDATUM
    Abstract Scenario: praktijkmanagement, aanvraag 28 of 27 dagen voor 1 juli
      Gegeven een aanvraag voor de module "praktijkmanagement" op <aanvraag>
      Als de startdatum wordt bepaald
      Dan is de startdatum <startdatum>

      Voorbeelden:
        | aanvraag    | startdatum     |
        | 3 juni 2022 | 1 juli 2022    |
        | 4 juni 2022 | 1 oktober 2022 |

    # 1 oktober 2022 − 28 dagen: september telt 30 dagen, dus 3 september 2022; 4 september → 1 januari 2023.
    # 1 januari 2023 − 28 dagen: december telt 31 dagen, dus 4 december 2022; 5 december → 1 april 2023.
    @zk22-inkoop-ggz-aanvraag @I-ZK22-INKOOP-STARTDATUM
    Abstract Scenario: POH-GGZ, aanvraag rond 1 oktober en rond de jaarwisseling
      Gegeven een aanvraag voor de module "poh-ggz" op <aanvraag>
      Als de startdatum wordt bepaald
      Dan is de startdatum <startdatum>

      Voorbeelden:
        | aanvraag         | startdatum     |
        | 3 september 2022 | 1 oktober 2022 |
        | 4 september 2022 | 1 januari 2023 |
        | 4 december 2022  | 1 januari 2023 |
        | 5 december 2022  | 1 april 2023   |

  Regel: modules met twee startdata per jaar (halfjaren)

    # 1 juli 2022 − 28 dagen = 3 juni 2022; 4 juni 2022 is te laat en 1 oktober is geen startdatum: 1 januari 2023.
    # 1 februari 2022: 1 april is geen startdatum voor deze module, dus 1 juli 2022.
    @zk22-inkoop-sb-aanvraag @I-ZK22-INKOOP-STARTDATUM
    Abstract Scenario: service en bereikbaarheid, aanvraag 28 of 27 dagen voor 1 juli
      Gegeven een aanvraag voor de module "service-bereikbaarheid" op <aanvraag>
      Als de startdatum wordt bepaald
      Dan is de startdatum <startdatum>

      Voorbeelden:
        | aanvraag        | startdatum     |
        | 3 juni 2022     | 1 juli 2022    |
        | 4 juni 2022     | 1 januari 2023 |
        | 1 februari 2022 | 1 juli 2022    |

    # 1 januari 2023 − 28 dagen = 4 december 2022; 5 december 2022 → 1 juli 2023.
    @zk22-inkoop-kwal-aanvraag @I-ZK22-INKOOP-STARTDATUM
    Abstract Scenario: kwaliteit, aanvraag 28 of 27 dagen voor 1 januari
      Gegeven een aanvraag voor de module "kwaliteit" op <aanvraag>
      Als de startdatum wordt bepaald
      Dan is de startdatum <startdatum>

      Voorbeelden:
        | aanvraag        | startdatum     |
        | 4 december 2022 | 1 januari 2023 |
        | 5 december 2022 | 1 juli 2023    |

    # 4 juni 2023 is 27 dagen voor 1 juli 2023; de volgende startdatum, 1 januari 2024, valt buiten 2022-2023.
    @zk22-inkoop-kwal-aanvraag @I-ZK22-INKOOP-STARTDATUM
    Scenario: een te late aanvraag voor de laatste startdatum van de contractperiode wordt geweigerd
      Gegeven een aanvraag voor de module "kwaliteit" op 4 juni 2023
      Als de startdatum wordt bepaald
      Dan wordt de invoer geweigerd voor het veld "aanvraag"
      En noemt de foutmelding "buiten de contractperiode 2022-2023"
