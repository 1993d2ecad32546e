"""Terminal user interfaces (textual). Thin layers over library sessions: no decision logic here."""

from .review_app import ReviewApp, run_review

__all__ = ["ReviewApp", "run_review"]
