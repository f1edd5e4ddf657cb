from django.contrib import admin
from django.contrib.auth.views import LoginView, LogoutView
from django.urls import include, path
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from core.errors import json_error_view
from crave.fleet_metrics import gpu_fleet
from crave.health import health
from insights.apis import ChatApi

# Staff read wide tables (cravings, residency): the page's width goes to them, not to a second app menu.
admin.site.enable_nav_sidebar = False
admin.site.site_header = "CRAVE staff admin"

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("admin/", admin.site.urls),
    path("health", health, name="health"),
    path("metrics/gpu-fleet", gpu_fleet, name="gpu-fleet-metrics"),
    path("api/v1/auth/", include("accounts.urls")),
    path("api/v1/privacy/", include("privacy.urls")),
    path("api/v1/", include("cravings.urls")),
    path("api/v1/", include("insights.urls")),
    path("ai/chat", ChatApi.as_view(), name="ai-chat"),
    path("dashboard/", include("insights.page_urls")),
    path("login/", LoginView.as_view(), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger's start-up script as a file: no inline script for the CSP to allow.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
]

handler400 = json_error_view(400, "bad_request", "The request could not be understood.")
handler403 = json_error_view(403, "permission_denied", "You do not have access to this.")
handler404 = json_error_view(404, "not_found", "Nothing here.")
handler500 = json_error_view(500, "server_error", "Something went wrong on our side.")
