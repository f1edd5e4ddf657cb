from django.urls import path

from . import dashboard

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("staff/", dashboard.staff_overview, name="dashboard-staff"),
    path("enter/<str:token>", dashboard.dashboard_enter, name="dashboard-enter"),
]
