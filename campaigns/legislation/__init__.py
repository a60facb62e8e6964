"""Bill tracking: who makes the laws, the bills, where they stand, and how they arrive.

Knows nothing of pages or campaigns: `campaigns` imports from here, never the reverse.
"""
