"""Learning from ratings without anyone's words: only opted-in ratings count, and only their answers' shape."""

import pytest

from insights.models import Feedback
from tests.helpers import SECRET
from tuning import shapes

pytestmark = pytest.mark.django_db


def test_only_opted_in_ratings_count_and_only_their_shape_enters_training(rated_coach, outsider):
    pairs, train_prefs, holdout_prefs, used = shapes.private_examples(
        rated_coach, shapes.consenting_feedback(rated_coach), people=8
    )
    assert len(pairs) >= shapes.MIN_EXAMPLES and train_prefs + holdout_prefs
    everything = " ".join(str(x) for x in pairs + train_prefs + holdout_prefs)
    assert SECRET not in everything and "outsidertrigger" not in everything  # no one's words, opted in or not
    assert set(used) <= set(Feedback.objects.filter(user__improve_personas=True).values_list("id", flat=True))
    assert all("try a short pause before you decide" in p["response"] for p in pairs)  # but the good shape is learned
