"""Development tools: demo content, the benchmark, dev-only commands. Never imported by
production code (a test walks the imports to hold that)."""
