"""De kern: notatie, exact rekenen, bronnen en documenten, parameters, kwartalen, uitleg, oordeel, invoer en fouten.

Geen contractregel hoort hier; die staan in ``zorgcontract.regels.<verzekeraar>.<reeks>``.
"""
