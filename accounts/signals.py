"""Signals other apps act on; accounts knows none of them (import contracts: it sits at the bottom)."""

from django.dispatch import Signal

# Sent with user_id when a user turns "help improve personas" off: what learned from their ratings goes.
persona_consent_withdrawn = Signal()
