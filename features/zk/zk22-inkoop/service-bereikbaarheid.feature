# language: nl
# Bron: Zilveren Kruis, Inkoopbeleid huisartsenzorg 2022-2023, prestatie service en bereikbaarheid, par. 2.
# Module A online inzage (2 voorwaarden), module B online contact (5 voorwaarden), module C extra (online)
# spreekuur buiten kantoortijd (OAW): 2 uur per week onder 2400 patiënten, boven 2400 een half uur extra
# per 600 extra patiënten; vensters werkdagen 07.00-08.00 en 17.00-22.00, weekend 09.00-16.00.
Functionaliteit: Zilveren Kruis 2022-2023 - service en bereikbaarheid, modules A, B en C

  Regel: module C - minimaal aantal uren OAW-spreekuur per week

    # Onder 2400: 2 uur. Boven 2400: 2 + 0,5 × (volle 600-tallen boven 2400).
    # 2399 → 2 (kleiner dan 2400). 2401 → (1 ÷ 600) = 0 volle → 2. 2999 → 599 ÷ 600 = 0 volle → 2.
    # 3000 → 600 ÷ 600 = 1 → 2,5. 3001 → 601 ÷ 600 = 1 → 2,5. 3599 → 1199 ÷ 600 = 1 → 2,5.
    # 3600 → 1200 ÷ 600 = 2 → 3.
    @zk22-inkoop-oaw @I-ZK22-INKOOP-OAW-600
    Abstract Scenario: OAW-uren voor een praktijk met <ingeschreven> patiënten
      Gegeven een praktijk met <ingeschreven> ingeschreven patiënten
      Als de OAW-uren voor 2022 worden bepaald
      Dan vraagt module C minimaal <uren> OAW-spreekuur per week

      Voorbeelden:
        | ingeschreven | uren    |
        | 2399         | 2 uur   |
        | 2401         | 2 uur   |
        | 2999         | 2 uur   |
        | 3000         | 2,5 uur |
        | 3001         | 2,5 uur |
        | 3599         | 2,5 uur |
        | 3600         | 3 uur   |

    # Precies 2400 valt niet onder 'kleiner dan' en niet onder 'groter dan' 2400 (leemte); gelezen als 2 uur.
    @zk22-inkoop-oaw @I-ZK22-INKOOP-OAW-2400
    Scenario: een praktijk van precies 2400 patiënten heeft 2 uur OAW-spreekuur nodig
      Gegeven een praktijk met 2400 ingeschreven patiënten
      Als de OAW-uren voor 2023 worden bepaald
      Dan vraagt module C minimaal 2 uur OAW-spreekuur per week

    @zk22-inkoop-oaw
    Scenario: OAW-uren voor een jaar buiten de contractperiode worden geweigerd
      Gegeven een praktijk met 3000 ingeschreven patiënten
      Als de OAW-uren voor 2021 worden bepaald
      Dan wordt de invoer geweigerd voor het veld "jaar"

  Regel: module C - alleen het deel van een spreekuur binnen een venster telt

    # 2000 patiënten (kleiner dan 2400): 2 uur per week nodig. Twee vaste avondspreekuren van één uur
    # (di en do 17.00-18.00) tellen samen 1 + 1 = 2 uur ≥ 2: voldaan, ook zonder één blok van 2 uur.
    @zk22-inkoop-sb-c @I-ZK22-INKOOP-OAW-EEN-KEER
    Scenario: twee avondspreekuren van een uur samen zijn genoeg voor een kleine praktijk
      Gegeven een praktijk met 2000 ingeschreven patiënten
      En een OAW-spreekuur op di van 17:00 tot 18:00 met 1 huisarts
      En een OAW-spreekuur op do van 17:00 tot 18:00 met 1 huisarts
      En OAW-spreekuren in 45 weken per jaar
      Als module C voor 2022 wordt getoetst
      Dan tellen 2 uur OAW-spreekuur per week mee
      En is aan de voorwaarden voldaan

    # 3000 patiënten: 2,5 uur nodig. di 17.00-19.00 valt helemaal in het avondvenster: 2 uur.
    # za 09.00-09.30 valt in het weekendvenster: 0,5 uur. Samen 2,5 uur ≥ 2,5: voldaan.
    @zk22-inkoop-sb-c @I-ZK22-INKOOP-OAW-VENSTER
    Scenario: avond- en weekendspreekuur samen precies genoeg
      Gegeven een praktijk met 3000 ingeschreven patiënten
      En een OAW-spreekuur op di van 17:00 tot 19:00 met 1 huisarts
      En een OAW-spreekuur op za van 09:00 tot 09:30 met 1 huisarts
      En OAW-spreekuren in 45 weken per jaar
      Als module C voor 2022 wordt getoetst
      Dan vraagt module C minimaal 2,5 uur OAW-spreekuur per week
      En tellen 2,5 uur OAW-spreekuur per week mee
      En is aan de voorwaarden voldaan

    # 2000 patiënten: 2 uur nodig. wo 16.00-18.00: alleen 17.00-18.00 telt = 1 uur.
    # ma 07.30-08.30: alleen 07.30-08.00 telt = 0,5 uur. vr 12.00-13.00: buiten elk venster = 0.
    # Samen 1,5 uur < 2: niet voldaan.
    @zk22-inkoop-sb-c @I-ZK22-INKOOP-OAW-VENSTER
    Scenario: spreekuren die deels buiten de vensters vallen tellen maar deels
      Gegeven een praktijk met 2000 ingeschreven patiënten
      En een OAW-spreekuur op wo van 16:00 tot 18:00 met 1 huisarts
      En een OAW-spreekuur op ma van 07:30 tot 08:30 met 1 huisarts
      En een OAW-spreekuur op vr van 12:00 tot 13:00 met 1 huisarts
      En OAW-spreekuren in 45 weken per jaar
      Als module C voor 2022 wordt getoetst
      Dan tellen 1,5 uur OAW-spreekuur per week mee
      En is niet aan de voorwaarden voldaan
      En noemt de reden "te weinig OAW-uren"

    # 2000 patiënten: 2 uur nodig. do 17.00-18.00 met 2 huisartsen: één aaneengesloten uur telt als 2 uur.
    @zk22-inkoop-sb-c @I-ZK22-INKOOP-OAW-DUBBEL
    Scenario: een uur met twee huisartsen telt dubbel
      Gegeven een praktijk met 2000 ingeschreven patiënten
      En een OAW-spreekuur op do van 17:00 tot 18:00 met 2 huisartsen
      En OAW-spreekuren in 45 weken per jaar
      Als module C voor 2022 wordt getoetst
      Dan tellen 2 uur OAW-spreekuur per week mee
      En is aan de voorwaarden voldaan

    # do 16.30-17.30 met 2 huisartsen: binnen het venster ligt maar een half uur (17.00-17.30),
    # geen aaneengesloten uur, dus niet dubbel: 0,5 uur.
    @zk22-inkoop-sb-c @I-ZK22-INKOOP-OAW-DUBBEL
    Scenario: dubbel tellen alleen voor een heel uur binnen het venster
      Gegeven een praktijk met 3000 ingeschreven patiënten
      En een OAW-spreekuur op do van 16:30 tot 17:30 met 2 huisartsen
      En OAW-spreekuren in 45 weken per jaar
      Als module C voor 2022 wordt getoetst
      Dan tellen 0,5 uur OAW-spreekuur per week mee

    # za 08.00-10.00 met 3 huisartsen: 09.00-10.00 in het venster, een heel uur, dubbel maar niet
    # driedubbel: 2 uur. (Met het halve uur hierboven samen 2,5 uur: genoeg voor 3000 patiënten.)
    @zk22-inkoop-sb-c @I-ZK22-INKOOP-OAW-DUBBEL
    Scenario: een uur met drie huisartsen telt hooguit dubbel
      Gegeven een praktijk met 3000 ingeschreven patiënten
      En een OAW-spreekuur op za van 08:00 tot 10:00 met 3 huisartsen
      En OAW-spreekuren in 45 weken per jaar
      Als module C voor 2022 wordt getoetst
      Dan tellen 2 uur OAW-spreekuur per week mee

    # 44 weken is minder dan de vereiste 45 weken per jaar.
    @zk22-inkoop-sb-c
    Scenario: spreekuren in minder dan 45 weken per jaar voldoen niet
      Gegeven een praktijk met 2000 ingeschreven patiënten
      En een OAW-spreekuur op di van 18:00 tot 20:00 met 1 huisarts
      En OAW-spreekuren in 44 weken per jaar
      Als module C voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En noemt de reden "minder dan 45"

    @zk22-inkoop-sb-c
    Scenario: spreekuren die niet op vaste momenten liggen voldoen niet
      Gegeven een praktijk met 2000 ingeschreven patiënten
      En een OAW-spreekuur op di van 18:00 tot 20:00 met 1 huisarts
      En de OAW-spreekuren liggen niet op vaste momenten in de week
      Als module C voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "niet op vaste momenten"

    @zk22-inkoop-sb-c
    Scenario: spreekuren buiten de eigen praktijk voldoen niet
      Gegeven een praktijk met 2000 ingeschreven patiënten
      En een OAW-spreekuur op di van 18:00 tot 20:00 met 1 huisarts
      En de OAW-spreekuren zijn niet in de eigen praktijk
      Als module C voor 2022 wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "niet in de eigen praktijk"

  Regel: module A en B - alle genoemde voorwaarden

    @zk22-inkoop-sb-a @I-ZK22-INKOOP-SB-MODULE-NAMEN
    Abstract Scenario: online inzage vraagt dossier én labuitslagen
      Gegeven de online service van de praktijk:
        | gegeven                            | waarde    |
        | dossier online in te zien          | <dossier> |
        | labuitslagen online in te zien     | <lab>     |
        | beveiligde omgeving volgens de AVG | ja        |
      Als module A wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | dossier | lab | oordeel |
        | ja      | ja  | wel     |
        | ja      | nee | niet    |
        | nee     | ja  | niet    |

    @zk22-inkoop-sb-b
    Scenario: online contact met alle vijf voorwaarden
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde |
        | online afspraken                    | ja     |
        | e-consult                           | ja     |
        | beeldbellen                         | ja     |
        | online herhaalmedicatie             | ja     |
        | recepten en verwijsbrieven digitaal | ja     |
        | vooruit te boeken werkdagen         | 5      |
        | online inzage                       | ja     |
        | beveiligde omgeving volgens de AVG  | ja     |
      Als module B wordt getoetst
      Dan is aan de voorwaarden voldaan

    @zk22-inkoop-sb-b
    Scenario: online contact zonder e-consult voldoet niet
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde |
        | online afspraken                    | ja     |
        | vooruit te boeken werkdagen         | 10     |
        | e-consult                           | nee    |
        | beeldbellen                         | ja     |
        | online herhaalmedicatie             | ja     |
        | recepten en verwijsbrieven digitaal | ja     |
        | online inzage                       | ja     |
        | beveiligde omgeving volgens de AVG  | ja     |
      Als module B wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "voorwaarde 2"
      En verwijst het oordeel naar "module B"

    @zk22-inkoop-sb-b @zk22-inkoop-sb-algemeen
    Scenario: online contact dat niet op de website staat voldoet niet
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde |
        | online afspraken                    | ja     |
        | vooruit te boeken werkdagen         | 10     |
        | e-consult                           | ja     |
        | beeldbellen                         | ja     |
        | online herhaalmedicatie             | ja     |
        | recepten en verwijsbrieven digitaal | ja     |
        | online inzage                       | ja     |
        | beveiligde omgeving volgens de AVG  | ja     |
        | op de website vermeld               | nee    |
      Als module B wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "niet zichtbaar op de website"

  Regel: module B - 5 werkdagen vooruit, online inzage bij voorwaarde 5, en A en B in een AVG-omgeving

    # Toelichting op 1: minimaal 5 werkdagen vooruit boekbaar. 5 is genoeg, 4 niet.
    @zk22-inkoop-sb-b @I-ZK22-INKOOP-SB-B-WERKDAGEN
    Abstract Scenario: online afspraken <werkdagen> werkdagen vooruit te boeken
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde      |
        | online afspraken                    | ja          |
        | e-consult                           | ja          |
        | beeldbellen                         | ja          |
        | online herhaalmedicatie             | ja          |
        | recepten en verwijsbrieven digitaal | ja          |
        | vooruit te boeken werkdagen         | <werkdagen> |
        | online inzage                       | ja          |
        | beveiligde omgeving volgens de AVG  | ja          |
      Als module B wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | werkdagen | oordeel |
        | 4         | niet    |
        | 5         | wel     |
        | 20        | wel     |

    @zk22-inkoop-sb-b @I-ZK22-INKOOP-SB-B-WERKDAGEN
    Scenario: 3 werkdagen vooruit noemt de toelichting op voorwaarde 1
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde |
        | online afspraken                    | ja     |
        | e-consult                           | ja     |
        | beeldbellen                         | ja     |
        | online herhaalmedicatie             | ja     |
        | recepten en verwijsbrieven digitaal | ja     |
        | vooruit te boeken werkdagen         | 3      |
        | online inzage                       | ja     |
        | beveiligde omgeving volgens de AVG  | ja     |
      Als module B wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "minstens 5 werkdagen"
      En verwijst het oordeel naar "toelichting op 1"

    # Toelichting op 5: digitale recepten en verwijsbrieven, en daarnaast online inzage. Zonder inzage niet voldaan.
    @zk22-inkoop-sb-b @I-ZK22-INKOOP-SB-B-INZAGE
    Scenario: digitale recepten en verwijsbrieven zonder online inzage
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde |
        | online afspraken                    | ja     |
        | e-consult                           | ja     |
        | beeldbellen                         | ja     |
        | online herhaalmedicatie             | ja     |
        | recepten en verwijsbrieven digitaal | ja     |
        | vooruit te boeken werkdagen         | 5      |
        | online inzage                       | nee    |
        | beveiligde omgeving volgens de AVG  | ja     |
      Als module B wordt getoetst
      Dan is niet aan de voorwaarden voldaan
      En geeft het oordeel 1 reden
      En noemt de reden "online inzage"
      En verwijst het oordeel naar "toelichting op 5"

    @zk22-inkoop-sb-a @zk22-inkoop-sb-b @I-ZK22-INKOOP-SB-AVG
    Abstract Scenario: module <module> zonder beveiligde omgeving volgens de AVG
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde |
        | dossier online in te zien           | ja     |
        | labuitslagen online in te zien      | ja     |
        | online afspraken                    | ja     |
        | e-consult                           | ja     |
        | beeldbellen                         | ja     |
        | online herhaalmedicatie             | ja     |
        | recepten en verwijsbrieven digitaal | ja     |
        | vooruit te boeken werkdagen         | 5      |
        | online inzage                       | ja     |
        | beveiligde omgeving volgens de AVG  | <avg>  |
      Als module <module> wordt getoetst
      Dan is <oordeel> aan de voorwaarden voldaan

      Voorbeelden:
        | module | avg | oordeel |
        | A      | ja  | wel     |
        | A      | nee | niet    |
        | B      | ja  | wel     |
        | B      | nee | niet    |

    @zk22-inkoop-sb-b
    Scenario: zonder verklaring over de AVG wordt de toets van module B geweigerd
      Gegeven de online service van de praktijk:
        | gegeven                             | waarde |
        | online afspraken                    | ja     |
        | e-consult                           | ja     |
        | beeldbellen                         | ja     |
        | online herhaalmedicatie             | ja     |
        | recepten en verwijsbrieven digitaal | ja     |
        | vooruit te boeken werkdagen         | 5      |
        | online inzage                       | ja     |
      Als module B wordt getoetst
      Dan wordt de invoer geweigerd voor het veld "beveiligde omgeving volgens de AVG"
