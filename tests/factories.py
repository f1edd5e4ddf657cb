import uuid
from datetime import date, timedelta

import factory
from django.utils import timezone

from accounts.models import User
from cravings.models import Craving
from insights.models import Feedback, Insight, Summary, TrendMarker
from personas.models import AdapterResidency, ArmStats, Persona, PersonaVersion, WorkerStatus
from tests.helpers import PASSWORD


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class CravingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Craving

    uuid = factory.LazyFunction(uuid.uuid4)
    user = factory.SubFactory(UserFactory)
    description = factory.Iterator(["Craving chocolate after work", "Want a cigarette", "Thinking about wine"])
    intensity = 6
    resistance = 5
    emotions = factory.LazyFunction(lambda: ["Anxious"])
    occurred_at = factory.Sequence(lambda n: timezone.now() - timedelta(hours=n + 1))
    utc_offset_minutes = -300
    location = "Home"
    people = factory.LazyFunction(lambda: ["Alone"])
    trigger = "work stress"


class PersonaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Persona
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Persona {n}")
    slug = factory.Sequence(lambda n: f"persona-{n}")
    system_prompt = "You are a calm, factual guide to the person's own logs."


class PersonaVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonaVersion

    persona = factory.SubFactory(PersonaFactory)
    version = factory.Sequence(lambda n: n + 1)
    adapter_path = factory.LazyAttribute(lambda v: f"/tmp/adapters/{v.persona.slug}/v{v.version}")
    status = PersonaVersion.Status.PROMOTED


class ArmStatsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArmStats

    persona = factory.SubFactory(PersonaFactory)
    context_key = "*"


class InsightFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Insight

    user = factory.SubFactory(UserFactory)
    question = "When do I crave sugar most?"
    persona = factory.SubFactory(PersonaFactory)
    status = Insight.Status.DONE
    answer = "Most often in the evening."
    cache_key = factory.LazyFunction(lambda: uuid.uuid4().hex)


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feedback

    insight = factory.SubFactory(InsightFactory)
    user = factory.SelfAttribute("insight.user")
    persona = factory.SelfAttribute("insight.persona")
    thumbs_up = True
    reward = 1.0
    context = factory.LazyFunction(lambda: {"intent": "when", "daypart": "evening"})


class SummaryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Summary

    user = factory.SubFactory(UserFactory)
    period_start = factory.Sequence(lambda n: date(2026, 11, 16) - timedelta(weeks=n))
    period_end = factory.LazyAttribute(lambda s: s.period_start + timedelta(days=6))
    text = "9 cravings this week, 4 resisted."
    stats = factory.LazyFunction(lambda: {"totalCravings": 9, "totalResisted": 4})


class TrendMarkerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrendMarker

    user = factory.SubFactory(UserFactory)
    kind = TrendMarker.Kind.WEEK
    period_start = factory.Sequence(lambda n: date(2026, 11, 16) - timedelta(weeks=n))
    period_end = factory.LazyAttribute(lambda m: m.period_start + timedelta(days=6))
    text = "Week of 16 Nov: 9 cravings, average intensity 6.2, 4 resisted."
    stats = factory.LazyFunction(lambda: {"count": 9})
    source_version = "test"


class WorkerStatusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkerStatus

    hostname = factory.Sequence(lambda n: f"gpu-{n}")
    device = "cpu"


class AdapterResidencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdapterResidency

    worker = factory.SubFactory(WorkerStatusFactory)
    persona = factory.SubFactory(PersonaFactory)
    version = 1
    tier = AdapterResidency.Tier.SLOT
    slot = 1
