from rest_framework.pagination import CursorPagination


class NewestFirstCursorPagination(CursorPagination):
    """Stable under inserts: a phone paging back through history never sees a row twice."""

    ordering = ("-occurred_at", "-id")
    page_size = 50
    max_page_size = 200
    page_size_query_param = "pageSize"
