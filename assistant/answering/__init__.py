"""Grounded, LLM-free answering: question in, cited answer out.

understand (``understand``) → scope (``assistant.scope``) → retrieve (``assistant.retrievers``)
→ gather evidence (``evidence``) → decide (``ranker``, ``forms``) → compose (``compose``).
"""

from .answer import Answer, Citation
from .pipeline import Assistant

__all__ = ["Answer", "Assistant", "Citation"]
