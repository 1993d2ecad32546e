"""Analytics (placeholder)."""
