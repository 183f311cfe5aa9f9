"""zorgcontract: huisartsencontracten als uitvoerbare, uitlegbare rekenregels.

Elke regel is een kleine, pure functie die een uitkomst plus een uitleg (``Uitleg``) teruggeeft;
parameters zijn gedateerde gegevens met een bronverwijzing (zie ``parameters/``).
"""

__version__ = "0.1.0"
