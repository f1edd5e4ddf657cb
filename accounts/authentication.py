"""JWT authentication that also refuses tokens issued before the user's last password change or token
revocation (their `tv` claim is behind the user's token_version); deactivated users fail as in simplejwt."""

from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed

TOKEN_VERSION_CLAIM = "tv"


class TokenVersionAuthentication(JWTAuthentication):
    def get_user(self, validated_token):
        user = super().get_user(validated_token)
        if validated_token.get(TOKEN_VERSION_CLAIM, 0) != getattr(user, "token_version", None):
            raise AuthenticationFailed("This token was revoked; sign in again.", code="token_revoked")
        return user
