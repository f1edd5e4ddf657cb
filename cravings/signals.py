"""What cravings announces to the apps above it, which it must not import: they connect in their ready()."""

from django.dispatch import Signal

# After a batch of logs is embedded, on the gpu worker; kwargs: user_ids (a set). A new log often comes
# before a question, so personas warms the adapter likely to answer.
cravings_embedded = Signal()
