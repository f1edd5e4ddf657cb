"""Cravings API for the mobile app: one view per operation, each scoped to the token's user."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from core.pagination import NewestFirstCursorPagination, results_envelope
from core.throttling import ScopedThrottle, WriteThrottle

from . import selectors, services
from .models import Emotion
from .serializers import (
    CravingFilterSerializer,
    CravingInputSerializer,
    CravingOutputSerializer,
    CravingSyncInputSerializer,
    model_fields,
)

LIST_PARAMETERS = [
    OpenApiParameter("start", OpenApiTypes.DATETIME, description="Occurred at or after this ISO-8601 time."),
    OpenApiParameter("end", OpenApiTypes.DATETIME, description="Occurred before this ISO-8601 time (after start)."),
    OpenApiParameter(
        "emotion",
        str,
        many=True,
        enum=[e.value for e in Emotion],
        explode=True,
        description="One or more emotions (repeat the parameter, or comma-separate).",
    ),
    OpenApiParameter(
        "trigger", {"type": "string", "maxLength": 200}, description="Trigger text contains this (case-insensitive)."
    ),
    OpenApiParameter("archived", bool, description="true: only archived; false: only active; absent: both."),
    OpenApiParameter(
        "pageSize",
        {"type": "integer", "minimum": 1, "maximum": 200},
        description="Items per page (max 200, default 50).",
    ),
    OpenApiParameter("cursor", str, description="Opaque cursor from `next` / `previous`."),
]

# What the app sends and what it gets back (the contract's field names).
CRAVING_IN = {
    "id": "5f0c6a3e-2b8e-4c57-9a61-0f5d2a9b7c11",
    "cravingDescription": "Chocolate after dinner",
    "cravingStrength": 7,
    "confidenceToResist": 8,
    "emotions": ["Bored", "Tired"],
    "timestamp": "2026-11-24T19:38:00-05:00",
    "location": "Home",
    "people": ["Alone"],
    "trigger": "after dinner",
}
CRAVING_OUT = {
    **CRAVING_IN,
    "utcOffsetMinutes": -300,
    "isArchived": False,
    "embeddingStatus": "done",
    "createdAt": "2026-11-25T00:38:02Z",
    "updatedAt": "2026-11-25T00:38:02Z",
}
WRITTEN = OpenApiExample("Logged", value=CRAVING_OUT, response_only=True)


class CravingListCreateApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(
        operation_id="cravings_list",
        summary="Your cravings, newest first",
        parameters=LIST_PARAMETERS,
        responses={200: results_envelope("CravingPage", CravingOutputSerializer, paginated=True)},
        examples=[
            OpenApiExample(
                "A page", response_only=True, value={"results": [CRAVING_OUT], "next": None, "previous": None}
            )
        ],
    )
    def get(self, request):
        filters = CravingFilterSerializer.from_query(request.query_params)
        queryset = selectors.craving_list(
            user=request.user,
            start=filters.get("start"),
            end=filters.get("end"),
            emotions=filters.get("emotion"),
            trigger=filters.get("trigger"),
            archived=filters.get("archived"),
        )
        paginator = NewestFirstCursorPagination()
        page = paginator.paginate_queryset(queryset, request, view=self)
        return paginator.get_paginated_response(CravingOutputSerializer(page, many=True).data)

    @extend_schema(
        summary="Log a craving",
        description="Send your own `id` (a UUID) to make retries safe: the same id and body answer "
        "201 again with Idempotent-Replayed: true, and nothing is logged twice.",
        request=CravingInputSerializer,
        responses={201: CravingOutputSerializer},
        examples=[
            OpenApiExample("A craving", value=CRAVING_IN, request_only=True),
            OpenApiExample("Logged", value=CRAVING_OUT, response_only=True, status_codes=["201"]),
        ],
    )
    def post(self, request):
        data = CravingInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.to_model_fields()
        craving, created = services.craving_create(user=request.user, **fields)
        # A retried create answers exactly as the first did, so an offline phone can resend safely.
        headers = {} if created else {"Idempotent-Replayed": "true"}
        return Response(CravingOutputSerializer(craving).data, status=status.HTTP_201_CREATED, headers=headers)


class CravingSearchApi(APIView):
    throttle_classes = [ScopedThrottle]
    throttle_scope = "ai"

    class SearchQuerySerializer(serializers.Serializer):
        q = serializers.CharField(max_length=500)
        limit = serializers.IntegerField(min_value=1, max_value=50, default=10)

    @extend_schema(
        summary="Search your cravings by meaning",
        parameters=[
            OpenApiParameter(
                "q",
                {"type": "string", "minLength": 1, "maxLength": 500},
                required=True,
                description="What to look for, in words.",
            ),
            OpenApiParameter(
                "limit", {"type": "integer", "minimum": 1, "maximum": 50}, description="How many (1-50, default 10)."
            ),
            *LIST_PARAMETERS[:5],
        ],
        responses={
            200: inline_serializer(
                "SearchOutput",
                {
                    "results": inline_serializer(
                        "SearchHit",
                        {"similarity": serializers.FloatField(), "craving": CravingOutputSerializer()},
                        many=True,
                    )
                },
            )
        },
        examples=[
            OpenApiExample(
                "Hits", response_only=True, value={"results": [{"similarity": 0.62, "craving": CRAVING_OUT}]}
            )
        ],
    )
    def get(self, request):
        query = self.SearchQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        filters = CravingFilterSerializer.from_query(request.query_params)
        hits = selectors.craving_search(
            user=request.user,
            query_vector=selectors.query_vector(query.validated_data["q"]),
            limit=query.validated_data["limit"],
            start=filters.get("start"),
            end=filters.get("end"),
            emotions=filters.get("emotion"),
            trigger=filters.get("trigger"),
            archived=filters.get("archived"),
        )
        return Response(
            {
                "results": [
                    {
                        "similarity": round(1 - hit.distance, 4),  # type: ignore[attr-defined]  # the selector annotates it
                        "craving": CravingOutputSerializer(hit).data,
                    }
                    for hit in hits
                ]
            }
        )


class CravingDetailApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(summary="One craving", responses={200: CravingOutputSerializer}, examples=[WRITTEN])
    def get(self, request, craving_id):
        craving = selectors.craving_get(user=request.user, uuid=craving_id)
        return Response(CravingOutputSerializer(craving).data)

    @extend_schema(
        summary="Replace a craving",
        request=CravingInputSerializer,
        responses={200: CravingOutputSerializer},
        examples=[OpenApiExample("Whole craving", value=CRAVING_IN, request_only=True), WRITTEN],
    )
    def put(self, request, craving_id):
        return self.update(request, craving_id, partial=False)

    @extend_schema(
        summary="Change some fields of a craving",
        request=CravingInputSerializer,
        responses={200: CravingOutputSerializer},
        examples=[OpenApiExample("Stronger than logged", value={"cravingStrength": 9}, request_only=True), WRITTEN],
    )
    def patch(self, request, craving_id):
        return self.update(request, craving_id, partial=True)

    def update(self, request, craving_id, partial: bool):
        craving = selectors.craving_get(user=request.user, uuid=craving_id)
        data = CravingInputSerializer(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        fields = data.to_model_fields()
        fields.pop("uuid", None)  # the id is the URL's; a body id cannot move a craving
        craving = services.craving_update(craving=craving, **fields)
        return Response(CravingOutputSerializer(craving).data)

    @extend_schema(summary="Delete a craving for good", responses={204: None})
    def delete(self, request, craving_id):
        services.craving_delete(craving=selectors.craving_get(user=request.user, uuid=craving_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class CravingArchiveApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(
        summary="Archive a craving",
        request=None,
        responses={200: CravingOutputSerializer},
        examples=[OpenApiExample("Archived", value={**CRAVING_OUT, "isArchived": True}, response_only=True)],
    )
    def post(self, request, craving_id):
        craving = selectors.craving_get(user=request.user, uuid=craving_id)
        return Response(CravingOutputSerializer(services.craving_archive(craving=craving)).data)

    @extend_schema(
        summary="Unarchive a craving", request=None, responses={200: CravingOutputSerializer}, examples=[WRITTEN]
    )
    def delete(self, request, craving_id):
        craving = selectors.craving_get(user=request.user, uuid=craving_id)
        return Response(CravingOutputSerializer(services.craving_archive(craving=craving, archived=False)).data)


class CravingSyncApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(
        summary="Send what the phone logged offline",
        description="Up to 500 cravings, each with its own id: new ones are created, changed ones updated, "
        "repeats left alone. Each gets a status; one bad item fails the batch with its position.",
        request=CravingSyncInputSerializer,
        examples=[
            OpenApiExample("Offline week", value={"cravings": [CRAVING_IN]}, request_only=True),
            OpenApiExample(
                "Synced",
                response_only=True,
                value={"results": [{"id": CRAVING_IN["id"], "status": "created", "craving": CRAVING_OUT}]},
            ),
        ],
        responses={
            200: inline_serializer(
                "SyncOutput",
                {
                    "results": inline_serializer(
                        "SyncResult",
                        {
                            "id": serializers.UUIDField(),
                            "status": serializers.ChoiceField(["created", "updated", "unchanged"]),
                            "craving": CravingOutputSerializer(),
                        },
                        many=True,
                    ),
                },
            )
        },
    )
    def post(self, request):
        data = CravingSyncInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        items = [model_fields(item) for item in data.validated_data["cravings"]]
        results = services.cravings_sync(user=request.user, items=items)
        return Response(
            {
                "results": [
                    {"id": r.id, "status": r.status, "craving": CravingOutputSerializer(r.craving).data}
                    for r in results
                ]
            }
        )
