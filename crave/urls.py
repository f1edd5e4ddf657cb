from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from crave.errors import json_error_view
from crave.health import health

urlpatterns = [
    path("", TemplateView.as_view(template_name="home.html"), name="home"),
    path("admin/", admin.site.urls),
    path("health", health, name="health"),
    path("api/v1/auth/", include("accounts.urls")),
    path("api/v1/cravings/", include("cravings.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
]

handler404 = json_error_view(404, "not_found", "Nothing here.")
handler500 = json_error_view(500, "server_error", "Something went wrong on our side.")
