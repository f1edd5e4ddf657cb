from django.urls import path

from . import apis

urlpatterns = [
    path("analytics", apis.AnalyticsApi.as_view(), name="analytics"),
    path("dashboard/link", apis.DashboardLinkApi.as_view(), name="dashboard-link"),
]
