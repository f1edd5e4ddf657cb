from django.urls import path

from . import pages

urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
    path("staff/", pages.staff_overview, name="dashboard-staff"),
    path("enter/<str:token>", pages.dashboard_enter, name="dashboard-enter"),
]
