from django.urls import path

from . import apis

urlpatterns = [
    path("cravings", apis.CravingListCreateApi.as_view(), name="craving-list"),
    path("cravings/sync", apis.CravingSyncApi.as_view(), name="craving-sync"),
    path("cravings/search", apis.CravingSearchApi.as_view(), name="craving-search"),
    path("cravings/<uuid:craving_id>", apis.CravingDetailApi.as_view(), name="craving-detail"),
    path("cravings/<uuid:craving_id>/archive", apis.CravingArchiveApi.as_view(), name="craving-archive"),
]
