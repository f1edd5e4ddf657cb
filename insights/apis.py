from adrf.views import APIView as AsyncAPIView
from asgiref.sync import sync_to_async
from django.conf import settings
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from core.errors import reject_blank_params
from core.pagination import results_envelope
from core.throttling import ScopedThrottle

from . import selectors
from .answering.compute import Status
from .answering.query import Compare, Group, Measure, Rank
from .answering.registry import KINDS
from .models import Insight
from .openapi import ANALYTICS_EXAMPLE, INSIGHT_EXAMPLE, AnalyticsSerializer
from .periods import PERIOD_DAYS
from .services import LINK_MAX_AGE, dashboard_link_token, feedback_give, insight_request, trends_compress_request
from .waiting import insight_wait


class AnalyticsApi(APIView):
    class AnalyticsQuerySerializer(serializers.Serializer):
        period = serializers.ChoiceField(list(PERIOD_DAYS), required=False)
        start = serializers.DateField(required=False)
        end = serializers.DateField(required=False)

    @extend_schema(
        summary="Your figures for a period",
        description="Totals, averages, cravings by local day, weekday × hour, weekly trend, what comes with "
        "resisting, streaks and patterns, in your time zone.",
        parameters=[
            OpenApiParameter("period", str, enum=list(PERIOD_DAYS), description="7d, 1m, 3m or 1y (default 7d)."),
            OpenApiParameter("start", OpenApiTypes.DATE, description="Custom range: first local day (with end)."),
            OpenApiParameter("end", OpenApiTypes.DATE, description="Custom range: last local day (with start)."),
        ],
        responses={200: AnalyticsSerializer},
        examples=[OpenApiExample("A week", value=ANALYTICS_EXAMPLE, response_only=True)],
    )
    def get(self, request):
        reject_blank_params(request.query_params, ("period", "start", "end"))
        query = self.AnalyticsQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        return Response(selectors.analytics_for(user=request.user, **query.validated_data))


class DashboardLinkApi(APIView):
    """The app opens the user's trends page in a web view with this short-lived, single-use link."""

    @extend_schema(
        summary="A link to your trends page",
        request=None,
        responses={
            200: inline_serializer(
                "DashboardLink",
                {"url": serializers.URLField(), "expiresIn": serializers.IntegerField(help_text="Seconds.")},
            )
        },
        examples=[
            OpenApiExample(
                "Link",
                response_only=True,
                value={
                    "url": "https://api.example.com/dashboard/enter/eyJ1Ijo0MiwibiI6Ii4uLiJ9:1vX...",
                    "expiresIn": 120,
                },
            )
        ],
    )
    def post(self, request):
        path = reverse("dashboard-enter", args=[dashboard_link_token(request.user)])
        return Response({"url": request.build_absolute_uri(path), "expiresIn": LINK_MAX_AGE})


class WindowSerializer(serializers.Serializer):
    start = serializers.CharField(allow_null=True, help_text="Local wall-clock time, inclusive (null: no start).")
    end = serializers.CharField(allow_null=True, help_text="Local wall-clock time, exclusive (null: no end).")
    hours = serializers.ListField(child=serializers.IntegerField(), help_text="Local hours the question kept.")
    weekdays = serializers.ListField(child=serializers.IntegerField(), help_text="ISO weekdays (1 = Monday).")
    label = serializers.CharField(help_text="How the answer names the window.")  # type: ignore[assignment]  # a field named like a DRF attribute (the metaclass takes it)
    compare = serializers.JSONField(allow_null=True, help_text="The window a comparison was made against.")


class QuerySerializer(serializers.Serializer):
    """The question as one query of the algebra (README, "Insights")."""

    kind = serializers.ChoiceField([k.name for k in KINDS], help_text="The registry row the question was read as.")
    measure = serializers.ChoiceField([m.value for m in Measure])
    group = serializers.ChoiceField([g.value for g in Group])
    rank = serializers.ChoiceField([r.value for r in Rank])
    compare = serializers.ChoiceField([c.value for c in Compare])
    direction = serializers.ChoiceField(["none", "up", "down"], help_text="What a comparison asks: more, less.")
    yesNo = serializers.BooleanField(help_text="A yes/no question: the answer starts with yes or no.")
    subject = serializers.CharField(allow_null=True, help_text="What the question was about, if anything.")
    outcome = serializers.ChoiceField(["any", "resisted", "gave_in"])
    band = serializers.ChoiceField(["any", "strong", "mild"])
    conditions = serializers.ListField(child=serializers.CharField(), help_text="e.g. 'at work', 'with friends'.")
    window = WindowSerializer()
    other = WindowSerializer(allow_null=True, help_text="The window compared against, if any.")
    condition = serializers.CharField(allow_null=True, help_text="With against without this, if compared.")


class FindingSerializer(serializers.Serializer):
    """What was computed to answer: clients and tests can check the figures behind the words."""

    kind = serializers.ChoiceField([k.name for k in KINDS])
    query = QuerySerializer()
    status = serializers.ChoiceField([s.value for s in Status])
    total = serializers.IntegerField(help_text="Logs the answer is computed over.")
    resisted = serializers.IntegerField()
    intensity = serializers.FloatField(allow_null=True)
    first = serializers.CharField(allow_null=True, help_text="The earliest of those logs, local time.")
    last = serializers.CharField(allow_null=True, help_text="The latest of those logs, local time.")
    everTotal = serializers.IntegerField(help_text="The subject's logs at any time.")
    groups = serializers.ListField(child=serializers.DictField(), help_text="Per value of the grouping, ranked.")
    other = serializers.DictField(allow_null=True, help_text="The compared window's figures.")
    condition = serializers.DictField(allow_null=True, help_text="With against without the condition.")
    timingsMs = serializers.DictField(child=serializers.FloatField(), help_text="Milliseconds per stage.")


class SourcesSerializer(serializers.Serializer):
    cravings = serializers.ListField(child=serializers.UUIDField(), help_text="Ids of the logs the answer used.")
    markers = serializers.ListField(child=serializers.IntegerField(), help_text="Weekly or monthly summaries used.")


class InsightOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    question = serializers.CharField()
    persona = serializers.CharField(source="persona.slug", default=None, allow_null=True, read_only=True)
    selectedBy = serializers.CharField(source="selected_by", help_text="user | bandit | default | fallback")
    status = serializers.CharField()
    answer = serializers.CharField()
    safety = serializers.CharField()
    finding = FindingSerializer(allow_null=True)
    sources = serializers.SerializerMethodField(help_text="What the answer was computed from.")
    contextTokens = serializers.IntegerField(source="context_tokens")
    createdAt = serializers.DateTimeField(source="created_at")
    completedAt = serializers.DateTimeField(source="completed_at", allow_null=True)

    @extend_schema_field(SourcesSerializer)
    def get_sources(self, insight) -> dict:
        # Empty lists while the answer is pending (the stored value is {} until then).
        return {"cravings": insight.sources.get("cravings", []), "markers": insight.sources.get("markers", [])}


class InsightListCreateApi(APIView):
    throttle_classes = [ScopedThrottle]
    throttle_scope = "ai"

    class InsightInputSerializer(serializers.Serializer):
        question = serializers.CharField(max_length=1000)
        persona = serializers.SlugField(required=False)

    @extend_schema(
        operation_id="insights_list",
        summary="Your latest 50 questions and answers",
        responses={200: results_envelope("InsightList", InsightOutputSerializer)},
        examples=[OpenApiExample("Answers", response_only=True, value={"results": [INSIGHT_EXAMPLE]})],
    )
    def get(self, request):
        insights = selectors.insight_list(user=request.user)
        return Response({"results": InsightOutputSerializer(insights, many=True).data})

    @extend_schema(
        summary="Ask a question about your cravings",
        description="202 while the answer is being written (read it with GET /api/v1/insights/{id}); "
        "200 when it was answered at once (a crisis screen, or no logs yet).",
        request=InsightInputSerializer,
        responses={202: InsightOutputSerializer, 200: InsightOutputSerializer},
        examples=[
            OpenApiExample("Question", request_only=True, value={"question": "When do my sugar cravings hit hardest?"}),
            OpenApiExample("Answered", response_only=True, status_codes=["200", "202"], value=INSIGHT_EXAMPLE),
        ],
    )
    def post(self, request):
        data = self.InsightInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        insight = insight_request(
            user=request.user,
            question=data.validated_data["question"],
            persona_slug=data.validated_data.get("persona"),
            locale=request.headers.get("Accept-Language"),
        )
        done = insight.status == Insight.Status.DONE
        return Response(InsightOutputSerializer(insight).data, status=200 if done else 202)


class InsightDetailApi(APIView):
    @extend_schema(
        summary="One answer (poll it until status is done)",
        responses={200: InsightOutputSerializer},
        examples=[OpenApiExample("Answered", response_only=True, value=INSIGHT_EXAMPLE)],
    )
    def get(self, request, insight_id: int):
        insight = selectors.insight_get(user=request.user, insight_id=insight_id)
        return Response(InsightOutputSerializer(insight).data)


class ChatApi(AsyncAPIView):
    """The iOS app's call: {"userQuery"} -> {"message"} in one request. The wait is awaited, not polled:
    under the ASGI server a waiting chat holds no worker or thread."""

    throttle_classes = [ScopedThrottle]
    throttle_scope = "ai"

    class ChatInputSerializer(serializers.Serializer):
        userQuery = serializers.CharField(max_length=1000)

    @extend_schema(
        summary="Ask and wait for the answer (the iOS chat)",
        request=ChatInputSerializer,
        responses={200: inline_serializer("ChatOutput", {"message": serializers.CharField()})},
        examples=[
            OpenApiExample(
                "Question", request_only=True, value={"userQuery": "Which situations set off my sugar urges?"}
            ),
            OpenApiExample("Answer", response_only=True, value={"message": INSIGHT_EXAMPLE["answer"]}),
        ],
    )
    async def post(self, request):
        data = self.ChatInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        insight = await sync_to_async(insight_request)(
            user=request.user, question=data.validated_data["userQuery"], locale=request.headers.get("Accept-Language")
        )
        insight = await insight_wait(insight=insight, timeout=settings.CHAT_TIMEOUT_SECONDS)
        return Response({"message": insight.answer})


class SummaryListApi(APIView):
    class SummaryOutputSerializer(serializers.Serializer):
        periodStart = serializers.DateField(source="period_start")
        periodEnd = serializers.DateField(source="period_end")
        text = serializers.CharField()
        stats = serializers.JSONField()

    @extend_schema(
        summary="Your weekly summaries, newest first",
        responses={200: results_envelope("SummaryList", SummaryOutputSerializer)},
        examples=[
            OpenApiExample(
                "Summaries",
                response_only=True,
                value={
                    "results": [
                        {
                            "periodStart": "2026-11-16",
                            "periodEnd": "2026-11-22",
                            "text": "9 cravings this week, 4 resisted; most often in the evening, most often bored.",
                            "stats": {"totalCravings": 9, "totalResisted": 4},
                        }
                    ]
                },
            )
        ],
    )
    def get(self, request):
        summaries = selectors.summary_list(user=request.user)
        return Response({"results": self.SummaryOutputSerializer(summaries, many=True).data})


class TrendListApi(APIView):
    class TrendOutputSerializer(serializers.Serializer):
        kind = serializers.CharField()
        periodStart = serializers.DateField(source="period_start")
        periodEnd = serializers.DateField(source="period_end")
        text = serializers.CharField()
        summary = serializers.CharField()
        stats = serializers.JSONField()

    @extend_schema(
        summary="Your compressed weekly and monthly trends",
        parameters=[OpenApiParameter("kind", str, enum=["week", "month"])],
        responses={200: results_envelope("TrendList", TrendOutputSerializer)},
        examples=[
            OpenApiExample(
                "Trends",
                response_only=True,
                value={
                    "results": [
                        {
                            "kind": "week",
                            "periodStart": "2026-11-16",
                            "periodEnd": "2026-11-22",
                            "text": "Week of 16 Nov: 9 cravings, average intensity 6.2, 4 resisted.",
                            "summary": "Evenings at home, mostly when bored.",
                            "stats": {"count": 9},
                        }
                    ]
                },
            )
        ],
    )
    def get(self, request):
        markers = selectors.trend_list(user=request.user, kind=request.query_params.get("kind"))
        return Response({"results": self.TrendOutputSerializer(markers, many=True).data})


class TrendCompressApi(APIView):
    throttle_classes = [ScopedThrottle]
    throttle_scope = "ai"

    @extend_schema(
        summary="Recompute your weekly and monthly trends now",
        request=None,
        responses={202: inline_serializer("Queued", {"status": serializers.CharField()})},
        examples=[OpenApiExample("Queued", response_only=True, status_codes=["202"], value={"status": "queued"})],
    )
    def post(self, request):
        trends_compress_request(user=request.user)
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

    @extend_schema(
        summary="Rate an answer",
        request=FeedbackInputSerializer,
        responses={200: FeedbackOutputSerializer},
        examples=[
            OpenApiExample("Helpful", request_only=True, value={"thumbsUp": True, "rating": 5, "comment": "Spot on."}),
            OpenApiExample(
                "Recorded",
                response_only=True,
                value={"thumbsUp": True, "rating": 5, "comment": "Spot on.", "reward": 1.0, "persona": "coach"},
            ),
        ],
    )
    def post(self, request, insight_id: int):
        insight = selectors.insight_get(user=request.user, insight_id=insight_id)
        data = self.FeedbackInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        feedback = feedback_give(
            user=request.user,
            insight=insight,
            thumbs_up=data.validated_data["thumbsUp"],
            rating=data.validated_data.get("rating"),
            comment=data.validated_data["comment"],
        )
        return Response(self.FeedbackOutputSerializer(feedback).data)
