from django.urls import path

from . import apis

urlpatterns = [
    path("export", apis.ExportApi.as_view(), name="privacy-export"),
    path("delete", apis.EraseApi.as_view(), name="privacy-delete"),
]
