# language: nl
# Bron: Zorg en Zekerheid, Bijlage voorwaarden POH-GGZ 2026-2028, artikel 5 (E-mental health).
# Lid 1 (uitgangspunten: binnen het pakket, blended, voortgang zichtbaar) is kwalitatief: niet geformaliseerd.
Functionaliteit: POH-GGZ artikel 5 - keuze van e-mental health en beslisondersteuning
  Zonder regionale afspraak kiest de praktijk uit de lijsten van de bijlage; met een regionale afspraak
  kan zij daarbij aansluiten, maar dat hoeft niet. De combinatiepakketten van Ksyos en MindDistrict komen
  altijd in aanmerking.

  Regel: zonder regionale afspraak kiest de praktijk uit de lijsten van de bijlage (lid 2)

    @zz26-pohggz-a5-l2
    Abstract Scenario: zonder regionale afspraak geldt de lijst
      Gegeven er is geen regionale afspraak over e-mental health
      Als de praktijk de <soort> "<naam>" kiest
      Dan mag dat <uitkomst>

      Voorbeelden:
        | soort              | naam             | uitkomst |
        | interventie        | Therapieland     | wel      |
        | interventie        | Evie             | wel      |
        | interventie        | Mentalshare      | wel      |
        | interventie        | MindDistrict     | wel      |
        | combinatiepakket   | Ksyos            | wel      |
        | combinatiepakket   | MindDistrict     | wel      |
        | combinatiepakket   | Therapieland     | niet     |
        | interventie        | Transparant Next | niet     |
        | beslisondersteuner | Transparant Next | wel      |
        | beslisondersteuner | Evie Triage      | wel      |
        | beslisondersteuner | Mirro            | wel      |
        | beslisondersteuner | Ksyos            | wel      |
        | beslisondersteuner | Therapieland     | niet     |

  Regel: aansluiten bij een regionale afspraak mag, maar hoeft niet (lid 2)

    # Lid 2: 'kunt u zich aansluiten bij de regionale afspraak' is facultatief. Een regionale afspraak (hier Evie)
    # maakt een andere interventie van de lijst (Therapieland) of een combinatiepakket (Ksyos, MindDistrict) niet
    # ontoelaatbaar; wat nergens genoemd wordt (een eigen app) blijft niet toegestaan.
    @zz26-pohggz-a5-l2 @I-ZZ26-POHGGZ-EMH-REGIO
    Abstract Scenario: met een regionale afspraak voor Evie kiest de praktijk de <soort> "<naam>"
      Gegeven in de regio is "Evie" als e-mental health afgesproken
      Als de praktijk de <soort> "<naam>" kiest
      Dan mag dat <uitkomst>

      Voorbeelden:
        | soort              | naam         | uitkomst |
        | interventie        | Evie         | wel      |
        | interventie        | Therapieland | wel      |
        | interventie        | Mentalshare  | wel      |
        | combinatiepakket   | Ksyos        | wel      |
        | combinatiepakket   | MindDistrict | wel      |
        | interventie        | MindDistrict | wel      |
        | interventie        | Eigen app    | niet     |
        | beslisondersteuner | Mirro        | wel      |

    @zz26-pohggz-a5-l2 @I-ZZ26-POHGGZ-EMH-REGIO
    Scenario: aansluiten bij de regionale afspraak hoeft niet
      Gegeven in de regio is "Evie" als e-mental health afgesproken
      Als de praktijk de interventie "Therapieland" kiest
      Dan mag dat wel
      En noemt de reden "hoeft niet"
      En noemt de reden "overleg de keuze"

    @zz26-pohggz-a5-l2 @I-ZZ26-POHGGZ-EMH-REGIO
    Scenario: een regionaal afgesproken interventie buiten de lijst mag ook
      Gegeven in de regio is "Regiotool" als e-mental health afgesproken
      Als de praktijk de interventie "Regiotool" kiest
      Dan mag dat wel
      En noemt de reden "regionaal afgesproken"
