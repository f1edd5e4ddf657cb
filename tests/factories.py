import uuid
from datetime import timedelta

import factory
from django.utils import timezone

from accounts.models import User
from cravings.models import Craving


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

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
