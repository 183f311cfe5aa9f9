"""De stappen van features/zz/zz26-faq. Alleen de scenario's in deze map zien ze (pytest-bdd zoekt stapdefinities via
de conftest-hiërarchie); de algemene stappen (steps/algemeen.py) gelden overal."""

from steps.zz.faq import *  # noqa: F401,F403
from steps.zz.zz26_faq import *  # noqa: F401,F403
