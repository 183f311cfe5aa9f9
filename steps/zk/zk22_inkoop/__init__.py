"""Stappen voor features/zk/zk22-inkoop: Zilveren Kruis, inkoopbeleid huisartsenzorg 2022-2023, per onderwerp een
module. Geladen door tests/scenarios/zk/zk22_inkoop/conftest.py (alleen de scenario's van dit document zien ze).

Toestand tussen de stappen gaat via target_fixture (de invoer van de eerste Gegeven-stap, ``uitkomst`` van de
Als-stap); tabellen hebben Nederlandse koppen, per module vertaald naar de velden van de invoer (``KOPPEN``).
"""

from steps.zk.zk22_inkoop.bijzondere_gebieden import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.fgv import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.gemeen import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.kwaliteit import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.oaw import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.poh_ggz import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.poh_s import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.praktijk import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.praktijkmanagement import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.service import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.startdatum import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.stoppen_met_roken import *  # noqa: F401,F403
from steps.zk.zk22_inkoop.toekomstbestendig import *  # noqa: F401,F403
