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
