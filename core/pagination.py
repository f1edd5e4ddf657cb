from rest_framework.pagination import CursorPagination


class NewestFirstCursorPagination(CursorPagination):
    """Stable under inserts: a phone paging back through history never sees a row twice."""

    ordering = ("-occurred_at", "-id")
    page_size = 50
    max_page_size = 200
    page_size_query_param = "pageSize"


def results_envelope(name: str, item_serializer, paginated: bool = False):
    """The schema of {"results": [...]} (plus cursor links when paginated) for drf-spectacular."""
    from drf_spectacular.utils import inline_serializer
    from rest_framework import serializers

    fields = {"results": item_serializer(many=True)}
    if paginated:
        fields["next"] = serializers.URLField(allow_null=True)
        fields["previous"] = serializers.URLField(allow_null=True)
    return inline_serializer(name, fields)
