"""The demo site: `load(command)` builds every section, in order (pages, then campaigns)."""
