"""The interactive review of a draft, as a library: a session of decisions with an undo
stack, saved to a journal as they are made, and the aids a reviewer needs (highlighted
evidence, uncovered sentences, agreeing and disagreeing curated claims).

No user-interface code lives here: :mod:`graph.tui` draws it, the CLI starts it.
"""

from .compare import compare_claim
from .highlight import Span, claim_spans, mention_spans
from .journal import Journal, JournalBusy
from .session import ReviewSession

__all__ = ["Journal", "JournalBusy", "ReviewSession", "Span", "claim_spans", "compare_claim", "mention_spans"]
