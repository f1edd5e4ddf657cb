"""Cravings API for the mobile app: one view per operation, each scoped to the token's user."""
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from crave.errors import ApplicationError
from crave.pagination import NewestFirstCursorPagination, results_envelope
from crave.throttling import ScopedThrottle, WriteThrottle
from gpu.embeddings import EmbeddingError, get_provider

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
    OpenApiParameter("emotion", str, many=True, enum=[e.value for e in Emotion], explode=True,
                     description="One or more emotions (repeat the parameter, or comma-separate)."),
    OpenApiParameter("trigger", {"type": "string", "maxLength": 200},
                     description="Trigger text contains this (case-insensitive)."),
    OpenApiParameter("archived", bool, description="true: only archived; false: only active; absent: both."),
    OpenApiParameter("pageSize", {"type": "integer", "minimum": 1, "maximum": 200},
                     description="Items per page (max 200, default 50)."),
    OpenApiParameter("cursor", str, description="Opaque cursor from `next` / `previous`."),
]


def search_vector(text: str) -> list[float]:
    # One short query embeds in ~10 ms on a CPU, less than a round trip through the gpu queue.
    try:
        return get_provider().embed([text])[0]
    except EmbeddingError as exc:
        raise ApplicationError("Search is unavailable right now; try again shortly.", code="search_unavailable",
                               status_code=503) from exc


class CravingListCreateApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(operation_id="cravings_list", parameters=LIST_PARAMETERS,
                   responses={200: results_envelope("CravingPage", CravingOutputSerializer, paginated=True)})
    def get(self, request):
        filters = CravingFilterSerializer.from_query(request.query_params)
        queryset = selectors.craving_list(user=request.user, start=filters.get("start"), end=filters.get("end"),
                                          emotions=filters.get("emotion"), trigger=filters.get("trigger"),
                                          archived=filters.get("archived"))
        paginator = NewestFirstCursorPagination()
        page = paginator.paginate_queryset(queryset, request, view=self)
        return paginator.get_paginated_response(CravingOutputSerializer(page, many=True).data)

    @extend_schema(request=CravingInputSerializer, responses={201: CravingOutputSerializer})
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
        parameters=[OpenApiParameter("q", {"type": "string", "minLength": 1, "maxLength": 500}, required=True,
                                     description="What to look for, in words."),
                    OpenApiParameter("limit", {"type": "integer", "minimum": 1, "maximum": 50},
                                     description="How many (1-50, default 10)."),
                    *LIST_PARAMETERS[:5]],
        responses={200: inline_serializer("SearchOutput", {
            "results": inline_serializer("SearchHit", {
                "similarity": serializers.FloatField(), "craving": CravingOutputSerializer()}, many=True)})},
    )
    def get(self, request):
        query = self.SearchQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        filters = CravingFilterSerializer.from_query(request.query_params)
        hits = selectors.craving_search(
            user=request.user, query_vector=search_vector(query.validated_data["q"]),
            limit=query.validated_data["limit"], start=filters.get("start"), end=filters.get("end"),
            emotions=filters.get("emotion"), trigger=filters.get("trigger"), archived=filters.get("archived"))
        return Response({"results": [
            {"similarity": round(1 - hit.distance, 4), "craving": CravingOutputSerializer(hit).data} for hit in hits
        ]})


class CravingDetailApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(responses={200: CravingOutputSerializer})
    def get(self, request, craving_id):
        craving = selectors.craving_get(user=request.user, uuid=craving_id)
        return Response(CravingOutputSerializer(craving).data)

    @extend_schema(request=CravingInputSerializer, responses={200: CravingOutputSerializer})
    def put(self, request, craving_id):
        return self.update(request, craving_id, partial=False)

    @extend_schema(request=CravingInputSerializer, responses={200: CravingOutputSerializer})
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

    @extend_schema(responses={204: None})
    def delete(self, request, craving_id):
        services.craving_delete(craving=selectors.craving_get(user=request.user, uuid=craving_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class CravingArchiveApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(request=None, responses={200: CravingOutputSerializer})
    def post(self, request, craving_id):
        craving = selectors.craving_get(user=request.user, uuid=craving_id)
        return Response(CravingOutputSerializer(services.craving_archive(craving=craving)).data)

    @extend_schema(request=None, responses={200: CravingOutputSerializer})
    def delete(self, request, craving_id):
        craving = selectors.craving_get(user=request.user, uuid=craving_id)
        return Response(CravingOutputSerializer(services.craving_archive(craving=craving, archived=False)).data)


class CravingSyncApi(APIView):
    throttle_classes = [WriteThrottle]
    throttle_scope = "write"

    @extend_schema(
        request=CravingSyncInputSerializer,
        responses={200: inline_serializer("SyncOutput", {
            "results": inline_serializer("SyncResult", {
                "id": serializers.UUIDField(),
                "status": serializers.ChoiceField(["created", "updated", "unchanged"]),
                "craving": CravingOutputSerializer(),
            }, many=True),
        })},
    )
    def post(self, request):
        data = CravingSyncInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        items = [model_fields(item) for item in data.validated_data["cravings"]]
        results = services.cravings_sync(user=request.user, items=items)
        return Response({"results": [
            {"id": r.id, "status": r.status, "craving": CravingOutputSerializer(r.craving).data} for r in results
        ]})
