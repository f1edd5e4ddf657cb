"""Auth endpoints, shaped exactly as the iOS client decodes them (shared/docs/mobile-contract.md)."""
from drf_spectacular.utils import extend_schema, extend_schema_field, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken

from crave.errors import ApplicationError
from crave.throttling import ScopedThrottle

from .google import google_verify_id_token
from .models import User
from .services import tokens_for, user_from_google, user_login, user_register

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


class PublicAuthApi(APIView):
    """Endpoints that hand out tokens: open to anyone, so throttled per client address."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    throttle_classes = [ScopedThrottle]
    throttle_scope = "auth"


class RegisterApi(PublicAuthApi):

    class RegisterInputSerializer(serializers.Serializer):
        email = serializers.EmailField(max_length=254)
        password = serializers.CharField(max_length=128, trim_whitespace=False)
        fullName = serializers.CharField(max_length=150, required=False, allow_blank=True, default="")

    @extend_schema(request=RegisterInputSerializer, responses={201: TokenOutput})
    def post(self, request):
        data = self.RegisterInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = user_register(email=data.validated_data["email"], password=data.validated_data["password"],
                             full_name=data.validated_data["fullName"])
        return Response(tokens_for(user), status=status.HTTP_201_CREATED)


class LoginApi(PublicAuthApi):

    class LoginInputSerializer(serializers.Serializer):
        email = serializers.CharField(max_length=254)
        password = serializers.CharField(max_length=128, trim_whitespace=False)

    @extend_schema(request=LoginInputSerializer, responses={200: TokenOutput})
    def post(self, request):
        data = self.LoginInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = user_login(**data.validated_data)
        return Response(tokens_for(user))


class RefreshApi(PublicAuthApi):

    class RefreshInputSerializer(serializers.Serializer):
        refresh_token = serializers.CharField()

    @extend_schema(request=RefreshInputSerializer, responses={200: TokenOutput})
    def post(self, request):
        data = self.RefreshInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            refresh = RefreshToken(data.validated_data["refresh_token"])
        except TokenError as exc:
            raise ApplicationError("The refresh token is invalid or expired.", code="invalid_token",
                                   status_code=401) from exc
        user = User.objects.filter(id=refresh["user_id"], is_active=True).first()
        if user is None:
            raise ApplicationError("The refresh token is invalid or expired.", code="invalid_token", status_code=401)
        return Response(tokens_for(user))


class GoogleSignInApi(PublicAuthApi):

    class GoogleSignInInputSerializer(serializers.Serializer):
        id_token = serializers.CharField(max_length=8192)

    @extend_schema(request=GoogleSignInInputSerializer, responses={200: TokenOutput})
    def post(self, request):
        data = self.GoogleSignInInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        identity = google_verify_id_token(data.validated_data["id_token"])
        return Response(tokens_for(user_from_google(identity=identity)))


class MeApi(APIView):
    class MeOutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        email = serializers.EmailField()
        fullName = serializers.CharField(source="full_name")
        isActive = serializers.BooleanField(source="is_active")
        # The app's default JSONDecoder cannot read ISO-8601 dates: send null, as the contract says.
        createdAt = serializers.SerializerMethodField()
        updatedAt = serializers.SerializerMethodField()

        @extend_schema_field(serializers.DateTimeField(allow_null=True))
        def get_createdAt(self, user):
            return None

        @extend_schema_field(serializers.DateTimeField(allow_null=True))
        def get_updatedAt(self, user):
            return None

    @extend_schema(responses={200: MeOutputSerializer})
    def get(self, request):
        return Response(self.MeOutputSerializer(request.user).data)
