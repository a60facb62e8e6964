"""The Quick Reference Chart as data: one entry per New York Penal Law section, edited
in the admin or imported from CSV, shown and searched on the chart page."""
