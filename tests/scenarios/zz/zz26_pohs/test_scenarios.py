"""De scenario's van features/zz/zz26-pohs, gebonden via de ene gherkin-lezer (steps/binden.py)."""

from steps.binden import bind_features

bind_features(globals(), submap="zz/zz26-pohs")
