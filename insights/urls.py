from django.urls import path

from . import apis

urlpatterns = [
    path("analytics", apis.AnalyticsApi.as_view(), name="analytics"),
    path("dashboard/link", apis.DashboardLinkApi.as_view(), name="dashboard-link"),
    path("insights", apis.InsightListCreateApi.as_view(), name="insights"),
    path("insights/<int:insight_id>", apis.InsightDetailApi.as_view(), name="insight-detail"),
    path("insights/<int:insight_id>/feedback", apis.FeedbackApi.as_view(), name="insight-feedback"),
    path("summaries", apis.SummaryListApi.as_view(), name="summaries"),
    path("trends", apis.TrendListApi.as_view(), name="trends"),
    path("trends/compress", apis.TrendCompressApi.as_view(), name="trends-compress"),
]
