"""What a gpu worker does for a persona, by slug: a reply in its current adapter's voice, or warming that
adapter into this worker's CPU tier."""

from __future__ import annotations

from gpu.engine import AdapterRef
from gpu.serving import get_serving, persona_reply

from .models import Persona


def persona_reply_by_slug(*, slug: str, messages: list[dict], max_new_tokens: int) -> str:
    return persona_reply(persona=Persona.objects.get(slug=slug), messages=messages, max_new_tokens=max_new_tokens)


def persona_prefetch_here(*, slug: str) -> str:
    persona = Persona.objects.get(slug=slug)
    if not persona.adapter_path:
        return "none"
    return get_serving().prefetch(AdapterRef(persona.slug, persona.version, persona.adapter_path))


def persona_warm_generation() -> str:
    """One token from the default persona, on the path a chat takes (its slot, its system prompt computed,
    first-use kernels), so that a fresh worker's first voiced answer does not pay for them."""
    import logging

    from django.conf import settings

    from .voicing import persona_prompt

    persona = Persona.objects.filter(slug=settings.DEFAULT_PERSONA).first()
    if persona is None or not persona.adapter_path:
        return "none"
    messages = persona_prompt(persona=persona, question="How many?", answer="You logged 3 cravings at home.")
    try:
        return persona_reply(
            persona=persona, messages=messages[1:], system_prompt=messages[0]["content"], max_new_tokens=1
        )
    except Exception:  # a warm-up that fails leaves the first chat slower, never the worker down
        logging.getLogger(__name__).warning("warming the default persona failed", exc_info=True)
        return "failed"
