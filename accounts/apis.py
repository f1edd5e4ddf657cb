"""Auth endpoints, shaped exactly as the iOS client decodes them (shared/docs/mobile-contract.md)."""

from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from core.errors import ApplicationError
from core.throttling import ScopedThrottle

from .google import google_verify_id_token
from .services import (
    email_verification_send,
    email_verification_user,
    email_verify,
    google_link,
    google_unlink,
    mail_allowed,
    password_change,
    tokens_for,
    tokens_refresh,
    user_from_google,
    user_login,
    user_register,
    user_update,
)

TokenOutput = inline_serializer(
    "TokenOutput",
    {
        "access_token": serializers.CharField(),
        "token_type": serializers.CharField(),
        "user_id": serializers.IntegerField(),
        "refresh_token": serializers.CharField(),
        "expires_in": serializers.IntegerField(),
    },
)

TOKENS = OpenApiExample(
    "Tokens",
    response_only=True,
    status_codes=["200", "201"],
    value={
        "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjo0Mn0.c2lnbmF0dXJl",
        "token_type": "bearer",
        "user_id": 42,
        "refresh_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiIuLi4ifQ.c2lnbmF0dXJl",
        "expires_in": 3600,
    },
)
ME = {
    "id": 42,
    "email": "sam@example.com",
    "fullName": "Sam",
    "isActive": True,
    "timezone": "America/New_York",
    "improvePersonas": False,
    "emailVerified": True,
    "googleLinked": False,
    "createdAt": None,
    "updatedAt": None,
}


class PublicAuthApi(APIView):
    """Endpoints that hand out tokens: open to anyone, so throttled per client address."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes = [ScopedThrottle]
    throttle_scope = "auth"


REGISTERED = inline_serializer(
    "Registered", {"emailVerified": serializers.BooleanField(), "sent": serializers.BooleanField()}
)


class RegisterApi(PublicAuthApi):
    """Creates the account, or not: the answer is the same either way (202, an email sent to the address),
    so it never says who has an account. A new account signs in with /auth/login."""

    class RegisterInputSerializer(serializers.Serializer):
        email = serializers.EmailField(max_length=254)
        password = serializers.CharField(max_length=128, trim_whitespace=False)
        fullName = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")

    @extend_schema(
        summary="Create an account",
        request=RegisterInputSerializer,
        responses={202: REGISTERED},
        examples=[
            OpenApiExample(
                "New account",
                request_only=True,
                value={"email": "sam@example.com", "password": "a long passphrase 42", "fullName": "Sam"},
            ),
            OpenApiExample(
                "Sent", response_only=True, status_codes=["202"], value={"emailVerified": False, "sent": True}
            ),
        ],
    )
    def post(self, request):
        data = self.RegisterInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user_register(
            email=data.validated_data["email"],
            password=data.validated_data["password"],
            full_name=data.validated_data["fullName"],
            request=request,
        )
        return Response({"emailVerified": False, "sent": True}, status=status.HTTP_202_ACCEPTED)


class LoginApi(PublicAuthApi):
    """Email and password for a token pair. Repeated failures lock the address for a while (429)."""

    class LoginInputSerializer(serializers.Serializer):
        email = serializers.CharField(max_length=254)
        password = serializers.CharField(max_length=128, trim_whitespace=False)

    @extend_schema(
        summary="Sign in with email and password",
        request=LoginInputSerializer,
        responses={200: TokenOutput},
        examples=[
            OpenApiExample(
                "Credentials", request_only=True, value={"email": "sam@example.com", "password": "a long passphrase 42"}
            ),
            TOKENS,
        ],
    )
    def post(self, request):
        data = self.LoginInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = user_login(request=request, **data.validated_data)
        return Response(tokens_for(user))


class RefreshApi(PublicAuthApi):
    """A refresh token is good once: this returns a new pair. Using a spent one again signs every session out."""

    class RefreshInputSerializer(serializers.Serializer):
        refresh_token = serializers.CharField()

    @extend_schema(
        summary="Swap a refresh token for a new pair",
        request=RefreshInputSerializer,
        responses={200: TokenOutput},
        examples=[
            OpenApiExample(
                "Refresh",
                request_only=True,
                value={"refresh_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiIuLi4ifQ.c2lnbmF0dXJl"},
            ),
            TOKENS,
        ],
    )
    def post(self, request):
        data = self.RefreshInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(tokens_refresh(raw=data.validated_data["refresh_token"]))


class GoogleSignInApi(PublicAuthApi):
    """The app's Google Sign-In ID token for a token pair; creates the account on first use."""

    class GoogleSignInInputSerializer(serializers.Serializer):
        id_token = serializers.CharField(max_length=8192)

    @extend_schema(
        summary="Sign in with Google",
        request=GoogleSignInInputSerializer,
        responses={200: TokenOutput},
        examples=[
            OpenApiExample(
                "ID token",
                request_only=True,
                value={"id_token": "eyJhbGciOiJSUzI1NiIsImtpZCI6Ii4uLiJ9.eyJzdWIiOiIxMDk4In0.c2lnbmF0dXJl"},
            ),
            TOKENS,
        ],
    )
    def post(self, request):
        data = self.GoogleSignInInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        identity = google_verify_id_token(data.validated_data["id_token"])
        return Response(tokens_for(user_from_google(identity=identity, request=request)))


class VerifyEmailApi(PublicAuthApi):
    """The link in the confirmation email. Opening it (GET) confirms nothing, since mail scanners open links;
    the owner confirms with a POST: with the account's password if they signed up, without it if they did
    not (whoever used their address then loses its password and sign-ins)."""

    class VerifyEmailInputSerializer(serializers.Serializer):
        token = serializers.CharField(max_length=1024)
        password = serializers.CharField(
            max_length=128,
            required=False,
            allow_blank=True,
            trim_whitespace=False,
            help_text="The account's password; leave it out if you did not sign up.",
        )

    @extend_schema(
        summary="Check a confirmation link",
        description="Opening the emailed link confirms nothing (mail scanners open links): it says to confirm with POST.",
        parameters=[OpenApiParameter("token", str, required=True)],
        responses={
            200: inline_serializer(
                "EmailToConfirm", {"emailVerified": serializers.BooleanField(), "confirmWith": serializers.CharField()}
            )
        },
        examples=[
            OpenApiExample("To confirm", response_only=True, value={"emailVerified": False, "confirmWith": "POST"})
        ],
    )
    def get(self, request):
        user = email_verification_user(token=request.query_params.get("token", ""))
        return Response({"emailVerified": user.email_verified, "confirmWith": "POST"})

    @extend_schema(
        summary="Confirm your email address",
        description="The owner confirms the address; whoever else registered it loses its password and tokens.",
        request=VerifyEmailInputSerializer,
        responses={
            200: inline_serializer(
                "EmailVerified",
                {"emailVerified": serializers.BooleanField(), "passwordKept": serializers.BooleanField()},
            )
        },
        examples=[OpenApiExample("Confirmed", response_only=True, value={"emailVerified": True, "passwordKept": True})],
    )
    def post(self, request):
        data = self.VerifyEmailInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(
            email_verify(
                token=data.validated_data["token"],
                password=data.validated_data.get("password") or None,
                request=request,
            )
        )


class VerifyEmailResendApi(APIView):
    """Signed in and not yet confirmed: send the confirmation link again (the first may be lost)."""

    throttle_classes = [ScopedThrottle]
    throttle_scope = "auth"

    @extend_schema(
        summary="Send the confirmation email again",
        request=None,
        responses={
            202: inline_serializer(
                "VerificationSent", {"emailVerified": serializers.BooleanField(), "sent": serializers.BooleanField()}
            )
        },
        examples=[
            OpenApiExample(
                "Sent", response_only=True, status_codes=["202"], value={"emailVerified": False, "sent": True}
            )
        ],
    )
    def post(self, request):
        if request.user.email_verified:
            return Response({"emailVerified": True, "sent": False})
        if not mail_allowed(request.user.email):
            raise ApplicationError(
                "Enough confirmation emails were sent today; try again tomorrow.",
                code="too_many_emails",
                status_code=429,
            )
        sent = email_verification_send(user=request.user, request=request)
        if not sent:
            raise ApplicationError(
                "The confirmation email could not be sent just now; try again in a few minutes.",
                code="email_unavailable",
                status_code=503,
            )
        return Response({"emailVerified": False, "sent": True}, status=status.HTTP_202_ACCEPTED)


class GoogleLinkApi(APIView):
    """Link a Google identity to this account, or remove it. Both ask for the current password, so a stolen
    access token cannot add a way in that outlives it; an existing link is never replaced."""

    throttle_classes = [ScopedThrottle]
    throttle_scope = "auth"

    class GoogleLinkInputSerializer(serializers.Serializer):
        id_token = serializers.CharField(max_length=8192)
        password = serializers.CharField(max_length=128, trim_whitespace=False)

    class GoogleUnlinkInputSerializer(serializers.Serializer):
        password = serializers.CharField(max_length=128, trim_whitespace=False)

    @extend_schema(
        summary="Link Google sign-in to this account",
        description="Needs the current password; an existing link is never replaced.",
        request=GoogleLinkInputSerializer,
        responses={200: inline_serializer("GoogleLinked", {"googleLinked": serializers.BooleanField()})},
        examples=[
            OpenApiExample(
                "ID token",
                request_only=True,
                value={
                    "id_token": "eyJhbGciOiJSUzI1NiIsImtpZCI6Ii4uLiJ9.eyJzdWIiOiIxMDk4In0.c2lnbmF0dXJl",
                    "password": "a long passphrase 42",
                },
            ),
            OpenApiExample("Linked", response_only=True, value={"googleLinked": True}),
        ],
    )
    def post(self, request):
        data = self.GoogleLinkInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        google_link(
            user=request.user,
            identity=google_verify_id_token(data.validated_data["id_token"]),
            password=data.validated_data["password"],
            request=request,
        )
        return Response({"googleLinked": True})

    @extend_schema(
        summary="Remove Google sign-in from this account",
        description="Needs the current password; password sign-in stays.",
        request=GoogleUnlinkInputSerializer,
        responses={200: inline_serializer("GoogleUnlinked", {"googleLinked": serializers.BooleanField()})},
        examples=[
            OpenApiExample("Your password", value={"password": "correct horse battery staple"}, request_only=True),
            OpenApiExample("Unlinked", value={"googleLinked": False}, response_only=True),
        ],
    )
    def delete(self, request):
        data = self.GoogleUnlinkInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        google_unlink(user=request.user, password=data.validated_data["password"], request=request)
        return Response({"googleLinked": False})


class PasswordChangeApi(APIView):
    """Change the password: every earlier access and refresh token stops working; a new pair is returned."""

    throttle_classes = [ScopedThrottle]
    throttle_scope = "auth"

    class PasswordChangeInputSerializer(serializers.Serializer):
        currentPassword = serializers.CharField(max_length=128, trim_whitespace=False)
        newPassword = serializers.CharField(max_length=128, trim_whitespace=False)

    @extend_schema(
        summary="Change your password",
        request=PasswordChangeInputSerializer,
        responses={200: TokenOutput},
        examples=[
            OpenApiExample(
                "New password",
                request_only=True,
                value={"currentPassword": "a long passphrase 42", "newPassword": "another long passphrase 7"},
            ),
            TOKENS,
        ],
    )
    def post(self, request):
        data = self.PasswordChangeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(
            password_change(
                user=request.user,
                current=data.validated_data["currentPassword"],
                new=data.validated_data["newPassword"],
                request=request,
            )
        )


class MeApi(APIView):
    """The signed-in account."""

    class MeOutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        email = serializers.EmailField()
        fullName = serializers.CharField(source="full_name")
        isActive = serializers.BooleanField(source="is_active")
        timezone = serializers.CharField(help_text="IANA zone used for days, weeks and times of day.")
        improvePersonas = serializers.BooleanField(
            source="improve_personas", help_text="Opt-in: the shape of your rated answers may improve the personas."
        )
        emailVerified = serializers.BooleanField(source="email_verified")
        googleLinked = serializers.SerializerMethodField(
            help_text="Google sign-in is linked (remove it with DELETE /auth/google/link)."
        )
        # The app's default JSONDecoder cannot read ISO-8601 dates: send null, as the contract says.
        createdAt = serializers.SerializerMethodField()
        updatedAt = serializers.SerializerMethodField()

        @extend_schema_field(serializers.BooleanField())
        def get_googleLinked(self, user):
            return user.google_sub is not None

        @extend_schema_field(serializers.DateTimeField(allow_null=True))
        def get_createdAt(self, user):
            return None

        @extend_schema_field(serializers.DateTimeField(allow_null=True))
        def get_updatedAt(self, user):
            return None

    class MeUpdateSerializer(serializers.Serializer):
        fullName = serializers.CharField(max_length=150, required=False, allow_blank=True)
        timezone = serializers.CharField(max_length=64, required=False)
        improvePersonas = serializers.BooleanField(required=False)

    @extend_schema(
        summary="Your profile",
        responses={200: MeOutputSerializer},
        examples=[OpenApiExample("Profile", response_only=True, value=ME)],
    )
    def get(self, request):
        return Response(self.MeOutputSerializer(request.user).data)

    @extend_schema(
        summary="Change your name, time zone or persona opt-in",
        description="`timezone` (an IANA name) sets the days, weeks and hours of your analytics, "
        "trends page and answers.",
        request=MeUpdateSerializer,
        responses={200: MeOutputSerializer},
        examples=[
            OpenApiExample("Moved to New York", request_only=True, value={"timezone": "America/New_York"}),
            OpenApiExample("Profile", response_only=True, value=ME),
        ],
    )
    def patch(self, request):
        data = self.MeUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        names = {"fullName": "full_name", "timezone": "timezone", "improvePersonas": "improve_personas"}
        user = user_update(user=request.user, **{names[k]: v for k, v in data.validated_data.items()})
        return Response(self.MeOutputSerializer(user).data)
