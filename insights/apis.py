from adrf.views import APIView as AsyncAPIView
from asgiref.sync import sync_to_async
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from crave.errors import reject_blank_params
from crave.pagination import results_envelope
from crave.throttling import ScopedThrottle

from .analytics import craving_analytics
from .dashboard import LINK_MAX_AGE, dashboard_link_token
from .intents import INTENTS
from .models import Insight, Summary, TrendMarker
from .periods import PERIOD_DAYS, analytics_window
from .services import feedback_give, insight_request
from .waiting import insight_wait
from .tasks import compress_user_trends


class AnalyticsApi(APIView):
    class AnalyticsQuerySerializer(serializers.Serializer):
        period = serializers.ChoiceField(list(PERIOD_DAYS), required=False)
        start = serializers.DateField(required=False)
        end = serializers.DateField(required=False)

    @extend_schema(
        parameters=[
            OpenApiParameter("period", str, enum=list(PERIOD_DAYS), description="7d, 1m, 3m or 1y (default 7d)."),
            OpenApiParameter("start", OpenApiTypes.DATE, description="Custom range: first local day (with end)."),
            OpenApiParameter("end", OpenApiTypes.DATE, description="Custom range: last local day (with start)."),
        ],
        responses={200: dict},
    )
    def get(self, request):
        reject_blank_params(request.query_params, ("period", "start", "end"))
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


class WindowSerializer(serializers.Serializer):
    start = serializers.CharField(allow_null=True, help_text="Local wall-clock time, inclusive (null: no start).")
    end = serializers.CharField(allow_null=True, help_text="Local wall-clock time, exclusive (null: no end).")
    hours = serializers.ListField(child=serializers.IntegerField(), help_text="Local hours the question kept.")
    weekdays = serializers.ListField(child=serializers.IntegerField(), help_text="ISO weekdays (1 = Monday).")
    label = serializers.CharField(help_text="How the answer names the window.")
    compare = serializers.JSONField(allow_null=True, help_text="The window a comparison was made against.")


class FindingSerializer(serializers.Serializer):
    """What was computed to answer: clients and tests can check the figures behind the words."""

    intent = serializers.ChoiceField(INTENTS)
    subject = serializers.CharField(allow_null=True, help_text="What the question was about, if anything.")
    conditions = serializers.ListField(child=serializers.CharField(), help_text="e.g. 'at work', 'with friends'.")
    window = WindowSerializer()
    status = serializers.ChoiceField(["answered", "no_logs", "no_subject_logs", "none_in_window", "too_little_data"])
    total = serializers.IntegerField(help_text="Logs the answer is computed over.")
    figures = serializers.DictField(help_text="The intent's figures (peak, top values, counts, directions...).")
    sources = serializers.ListField(child=serializers.CharField(), help_text="Ids of the newest logs used.")
    question = serializers.DictField(help_text="How the question was read: intent and how it was decided.")


class InsightOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    question = serializers.CharField()
    persona = serializers.CharField(source="persona.slug", default=None, allow_null=True, read_only=True)
    selectedBy = serializers.CharField(source="selected_by", help_text="user | bandit | default | fallback")
    status = serializers.CharField()
    answer = serializers.CharField()
    safety = serializers.CharField()
    finding = FindingSerializer(allow_null=True)
    sources = serializers.JSONField()
    contextTokens = serializers.IntegerField(source="context_tokens")
    createdAt = serializers.DateTimeField(source="created_at")
    completedAt = serializers.DateTimeField(source="completed_at", allow_null=True)


class InsightListCreateApi(APIView):
    throttle_classes = [ScopedThrottle]
    throttle_scope = "ai"
    class InsightInputSerializer(serializers.Serializer):
        question = serializers.CharField(max_length=1000)
        persona = serializers.SlugField(required=False)

    @extend_schema(operation_id="insights_list", responses={200: results_envelope("InsightList", InsightOutputSerializer)})
    def get(self, request):
        insights = Insight.objects.filter(user=request.user).select_related("persona")[:50]
        return Response({"results": InsightOutputSerializer(insights, many=True).data})

    @extend_schema(request=InsightInputSerializer, responses={202: InsightOutputSerializer,
                                                              200: InsightOutputSerializer})
    def post(self, request):
        data = self.InsightInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        insight = insight_request(user=request.user, question=data.validated_data["question"],
                                  persona_slug=data.validated_data.get("persona"))
        done = insight.status == Insight.Status.DONE
        return Response(InsightOutputSerializer(insight).data, status=200 if done else 202)


class InsightDetailApi(APIView):
    @extend_schema(responses={200: InsightOutputSerializer})
    def get(self, request, insight_id: int):
        insight = get_object_or_404(Insight.objects.select_related("persona"), id=insight_id, user=request.user)
        return Response(InsightOutputSerializer(insight).data)


class ChatApi(AsyncAPIView):
    """The iOS app's call: {"userQuery"} -> {"message"} in one request. The wait is awaited, not polled:
    under the ASGI server a waiting chat holds no worker or thread."""

    throttle_classes = [ScopedThrottle]
    throttle_scope = "ai"

    class ChatInputSerializer(serializers.Serializer):
        userQuery = serializers.CharField(max_length=1000)

    @extend_schema(request=ChatInputSerializer,
                   responses={200: inline_serializer("ChatOutput", {"message": serializers.CharField()})})
    async def post(self, request):
        data = self.ChatInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        insight = await sync_to_async(insight_request)(user=request.user, question=data.validated_data["userQuery"])
        insight = await insight_wait(insight=insight, timeout=settings.CHAT_TIMEOUT_SECONDS)
        return Response({"message": insight.answer})


class SummaryListApi(APIView):
    class SummaryOutputSerializer(serializers.Serializer):
        periodStart = serializers.DateField(source="period_start")
        periodEnd = serializers.DateField(source="period_end")
        text = serializers.CharField()
        stats = serializers.JSONField()

    @extend_schema(responses={200: results_envelope("SummaryList", SummaryOutputSerializer)})
    def get(self, request):
        summaries = Summary.objects.filter(user=request.user)[:52]
        return Response({"results": self.SummaryOutputSerializer(summaries, many=True).data})


class TrendListApi(APIView):
    class TrendOutputSerializer(serializers.Serializer):
        kind = serializers.CharField()
        periodStart = serializers.DateField(source="period_start")
        periodEnd = serializers.DateField(source="period_end")
        text = serializers.CharField()
        summary = serializers.CharField()
        stats = serializers.JSONField()

    @extend_schema(parameters=[OpenApiParameter("kind", str, enum=["week", "month"])],
                   responses={200: results_envelope("TrendList", TrendOutputSerializer)})
    def get(self, request):
        markers = TrendMarker.objects.filter(user=request.user).defer("embedding")
        if request.query_params.get("kind") in ("week", "month"):
            markers = markers.filter(kind=request.query_params["kind"])
        return Response({"results": self.TrendOutputSerializer(markers[:104], many=True).data})


class TrendCompressApi(APIView):
    throttle_classes = [ScopedThrottle]
    throttle_scope = "ai"
    @extend_schema(request=None, responses={202: dict})
    def post(self, request):
        compress_user_trends.delay(request.user.id)
        return Response({"status": "queued"}, status=202)


class FeedbackApi(APIView):
    class FeedbackInputSerializer(serializers.Serializer):
        thumbsUp = serializers.BooleanField()
        rating = serializers.IntegerField(min_value=1, max_value=5, required=False, allow_null=True)
        comment = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")

    class FeedbackOutputSerializer(serializers.Serializer):
        thumbsUp = serializers.BooleanField(source="thumbs_up")
        rating = serializers.IntegerField(allow_null=True)
        comment = serializers.CharField()
        reward = serializers.FloatField()
        persona = serializers.CharField(source="persona.slug", default=None, allow_null=True, read_only=True)

    @extend_schema(request=FeedbackInputSerializer, responses={200: FeedbackOutputSerializer})
    def post(self, request, insight_id: int):
        insight = get_object_or_404(Insight, id=insight_id, user=request.user)
        data = self.FeedbackInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        feedback = feedback_give(user=request.user, insight=insight, thumbs_up=data.validated_data["thumbsUp"],
                                 rating=data.validated_data.get("rating"), comment=data.validated_data["comment"])
        return Response(self.FeedbackOutputSerializer(feedback).data)
