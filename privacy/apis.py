from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from core.throttling import ScopedThrottle

from .services import erase_reauthenticate, user_erase, user_export, user_export_csv_zip

CONFIRMATION = "delete my account"


class ExportApi(APIView):
    throttle_classes = [ScopedThrottle]
    throttle_scope = "export"

    class ExportQuerySerializer(serializers.Serializer):
        format = serializers.ChoiceField(["json", "csv"], default="json")

    @extend_schema(
        summary="Download everything CRAVE holds about you",
        description="json: one document; csv: a zip of one spreadsheet per table.",
        parameters=[OpenApiParameter("format", str, enum=["json", "csv"])],
        examples=[
            OpenApiExample(
                "Export",
                response_only=True,
                value={
                    "profile": {"email": "sam@example.com", "timezone": "America/New_York"},
                    "cravings": [{"description": "Chocolate after dinner", "intensity": 7.0}],
                    "insights": [],
                    "feedback": [],
                    "sign_in_attempts": [],
                    "summaries": [],
                    "trend_markers": [],
                },
            )
        ],
        responses={(200, "application/json"): OpenApiTypes.OBJECT, (200, "application/zip"): OpenApiTypes.BINARY},
    )
    def get(self, request):
        query = self.ExportQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        if query.validated_data["format"] == "csv":
            response = HttpResponse(user_export_csv_zip(user=request.user), content_type="application/zip")
            response["Content-Disposition"] = 'attachment; filename="crave-export.zip"'
            return response
        return Response(user_export(user=request.user))


class EraseApi(APIView):
    throttle_classes = [ScopedThrottle]
    throttle_scope = "auth"

    class EraseInputSerializer(serializers.Serializer):
        confirm = serializers.CharField(help_text=f'Type "{CONFIRMATION}".')
        password = serializers.CharField(
            required=False,
            trim_whitespace=False,
            help_text="The account's password (not needed for Google-only accounts).",
        )
        idToken = serializers.CharField(
            required=False, max_length=8192, help_text="Google-only accounts: an ID token from a sign-in just now."
        )

        def validate_confirm(self, value):
            if value.strip().lower() != CONFIRMATION:
                raise serializers.ValidationError(f'Type "{CONFIRMATION}" to confirm.')
            return value

    @extend_schema(
        summary="Delete your account and all its data",
        request=EraseInputSerializer,
        responses={
            200: inline_serializer(
                "Erased",
                {
                    "deleted": serializers.DictField(
                        child=serializers.IntegerField(), help_text="Rows removed, by kind."
                    )
                },
            )
        },
        examples=[
            OpenApiExample(
                "Confirm", request_only=True, value={"confirm": "delete my account", "password": "a long passphrase 42"}
            ),
            OpenApiExample(
                "Erased",
                response_only=True,
                value={
                    "deleted": {
                        "cravings": 212,
                        "insights": 14,
                        "summaries": 9,
                        "trend_markers": 11,
                        "feedback": 3,
                        "persona_versions_retired": 0,
                    }
                },
            ),
        ],
    )
    def post(self, request):
        data = self.EraseInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        erase_reauthenticate(
            user=request.user,
            password=data.validated_data.get("password"),
            id_token=data.validated_data.get("idToken"),
            request=request,
        )
        return Response({"deleted": user_erase(user=request.user)})
