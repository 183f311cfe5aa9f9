"""De stappen van features/zk/zk22-inkoop (Zilveren Kruis, inkoopbeleid huisartsenzorg 2022-2023). Alleen de scenario's
in deze map zien ze (pytest-bdd zoekt stapdefinities via de conftest-hiërarchie); de algemene stappen
(steps/algemeen.py) gelden overal."""

from steps.zk.zk22_inkoop import *  # noqa: F401,F403
