"""Campaigns, bills and the statement of support (models arrive with their issues)."""
