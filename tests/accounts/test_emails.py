"""Only plain addresses register: look-alikes cannot sit beside the real one."""

import pytest

from tests.helpers import PASSWORD, assert_error


@pytest.mark.django_db
@pytest.mark.parametrize("email", ["vıctim@gmail.com", "vісtim@gmail.com"])  # dotless i; Cyrillic і and с
def test_look_alike_emails_do_not_register(api, email):
    assert_error(
        api.post("/api/v1/auth/register", {"email": email, "password": PASSWORD}, format="json"), 400, field="email"
    )
