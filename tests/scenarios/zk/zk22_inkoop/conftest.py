"""De stappen van features/zk/zk22-inkoop. Alleen de scenario's in deze map zien ze (pytest-bdd zoekt stapdefinities via
de conftest-hiërarchie); de algemene stappen (steps/algemeen.py) gelden overal."""
