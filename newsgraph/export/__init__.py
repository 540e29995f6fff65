"""Exports of the graph: PLOVER/POLECAT JSON, GraphML, CSV tables, followthemoney entities."""
