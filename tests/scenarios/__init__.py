"""De scenariosuite: per document een map ``<vz>/<document>/`` met de stappen van dat document (conftest.py) en
de binding van zijn feature-bestanden (test_scenarios.py). Draai alles met ``pytest tests/scenarios``."""
