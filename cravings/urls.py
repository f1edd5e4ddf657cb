from django.urls import path

from . import apis

urlpatterns = [
    path("", apis.CravingListCreateApi.as_view(), name="craving-list"),
    path("sync", apis.CravingSyncApi.as_view(), name="craving-sync"),
    path("search", apis.CravingSearchApi.as_view(), name="craving-search"),
    path("<uuid:craving_id>", apis.CravingDetailApi.as_view(), name="craving-detail"),
    path("<uuid:craving_id>/archive", apis.CravingArchiveApi.as_view(), name="craving-archive"),
]
