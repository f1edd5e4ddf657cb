import os

from django.apps import AppConfig

# Read once at a gpu worker's start: the parser compiles its word patterns on first use (2.5 s of regex
# compilation, measured), which the first chat on a fresh worker paid. One question per language it glosses.
WARMING_QUESTIONS = (
    "Sweets logged at work: this week against the one before?",
    "Cuántas veces quise fumar?",
    "Wie oft wollte ich rauchen?",
    "Combien de fois ai-je voulu fumer?",
    "Quante volte ho voluto fumare?",
    "Quantas vezes eu quis fumar?",
    "Hoe vaak wilde ik roken?",
)


class InsightsConfig(AppConfig):
    name = "insights"

    def ready(self):
        from celery import signals

        @signals.worker_ready.connect(weak=False)
        def warm_parser(sender, **kwargs):
            # The gpu worker embeds the parser's generated examples before its first question, not during it.
            from core.queues import Queue

            if os.environ.get("CRAVE_WARM_MODELS") == "1" and Queue.GPU.value in sender.app.amqp.queues.consume_from:
                from gpu.embeddings import get_provider

                from .answering.understand.shape import reader_for

                reader_for(get_provider().embed)
                warm_parser_patterns(get_provider().embed)


def warm_parser_patterns(embed) -> None:
    from django.utils import timezone

    from .answering.understand import parse

    now = timezone.now()
    for question in WARMING_QUESTIONS:
        parse(question, today=now.date(), now=now, embed=embed)
