"""De scenario's van features/zz/zz23-faq, gebonden via de ene gherkin-lezer (steps/binden.py)."""

from steps.binden import bind_features

bind_features(globals(), submap="zz/zz23-faq")
