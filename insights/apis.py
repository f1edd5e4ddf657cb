from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from .analytics import craving_analytics
from .dashboard import LINK_MAX_AGE, dashboard_link_token
from .periods import PERIOD_DAYS, analytics_window


class AnalyticsApi(APIView):
    class AnalyticsQuerySerializer(serializers.Serializer):
        period = serializers.ChoiceField(list(PERIOD_DAYS), required=False)
        start = serializers.DateField(required=False)
        end = serializers.DateField(required=False)

    @extend_schema(
        parameters=[
            OpenApiParameter("period", str, enum=list(PERIOD_DAYS), description="7d, 1m, 3m or 1y (default 7d)."),
            OpenApiParameter("start", str, description="Custom range: first local day (YYYY-MM-DD)."),
            OpenApiParameter("end", str, description="Custom range: last local day (YYYY-MM-DD)."),
        ],
        responses={200: dict},
    )
    def get(self, request):
        query = self.AnalyticsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        window = analytics_window(user=request.user, **query.validated_data)
        return Response(craving_analytics(user=request.user, window=window))


class DashboardLinkApi(APIView):
    """The app opens the user's trends page in a web view with this short-lived, single-use link."""

    @extend_schema(request=None, responses={200: dict})
    def post(self, request):
        path = reverse("dashboard-enter", args=[dashboard_link_token(request.user)])
        return Response({"url": request.build_absolute_uri(path), "expiresIn": LINK_MAX_AGE})
