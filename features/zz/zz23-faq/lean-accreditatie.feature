# language: nl
# Bron: ZZ FAQ 2023-2025, vraag of Lean in de huisartsenpraktijk hetzelfde is als de NHG-praktijkaccreditatie.
Functionaliteit: FAQ 2023-2025 - Lean en Praktijkscan naast de NHG-praktijkaccreditatie
  Lean en Praktijkscan hebben een ander doel dan het NHG-keurmerk en mogen er naast worden ingezet.

  Regel: naast elkaar, in 2023-2025

    @zz23-faq-lean-accreditatie
    Scenario: de uitspraak in 2024
      Als de uitspraak over "lean-naast-accreditatie" op 1 oktober 2024 wordt opgezocht
      Dan komt de uitspraak uit het document "zz23-faq"
      En mogen Lean en Praktijkscan volgens de uitspraak wel naast de NHG-praktijkaccreditatie

    @zz23-faq-lean-accreditatie
    Scenario: voor 2026 doet de FAQ 2023-2025 geen uitspraak
      Als de uitspraak over "lean-naast-accreditatie" op 1 januari 2026 wordt opgezocht
      Dan wordt de vraag geweigerd
      En noemt de foutmelding "alleen een voor 2023-2025"
