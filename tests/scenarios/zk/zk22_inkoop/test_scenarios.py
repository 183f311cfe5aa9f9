"""De scenario's van features/zk/zk22-inkoop, gebonden via de ene gherkin-lezer (steps/binden.py)."""

from steps.binden import bind_features

bind_features(globals(), submap="zk/zk22-inkoop")
