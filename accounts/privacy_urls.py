from django.urls import path

from . import privacy_apis

urlpatterns = [
    path("export", privacy_apis.ExportApi.as_view(), name="privacy-export"),
    path("delete", privacy_apis.EraseApi.as_view(), name="privacy-delete"),
]
