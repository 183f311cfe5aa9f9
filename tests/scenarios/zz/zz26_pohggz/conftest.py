"""De stappen van features/zz/zz26-pohggz (bijlage POH-GGZ 2026-2028). Alleen de scenario's in deze map zien ze
(pytest-bdd zoekt stapdefinities via de conftest-hiërarchie); de algemene stappen (steps/algemeen.py) gelden
overal."""

from steps.zz.bijlagen import *  # noqa: F401,F403
from steps.zz.zz26_pohggz import *  # noqa: F401,F403
