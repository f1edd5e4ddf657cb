"""Trends dashboard pages (server-rendered). A user opens theirs through a signed link the app asks for;
staff can open any user's and an overview."""

from __future__ import annotations

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse

from . import selectors
from .periods import PERIOD_DAYS
from .services import dashboard_link_open
from .trend_cards import PERIOD_NAMES, cards, period_text

SESSION_KEY = "dashboard_user"
# The token version the link carried: revoking the user's tokens ends the page session as it ends the app's.
SESSION_VERSION_KEY = "dashboard_token_version"
# The model permissions the admin grants: staff pages ask for the same ones as the admin's own lists.
LIST_USERS = "accounts.view_user"
READ_LOGS = "cravings.view_craving"
SESSION_SECONDS = 3600


def dashboard_enter(request, token: str):
    """Opens the dashboard for the link's user. This is not a sign-in: the session only names whose trends
    to show, so a staff member's link never opens the admin (that takes the admin's own password login)."""
    user = dashboard_link_open(token)
    if user is None:
        return render(request, "insights/link_expired.html", status=400)
    request.session.cycle_key()
    request.session[SESSION_KEY] = user.id
    request.session[SESSION_VERSION_KEY] = user.token_version
    request.session.set_expiry(SESSION_SECONDS)
    return redirect(reverse("dashboard"))


def viewer(request):
    """Who is looking: a password-signed-in user, or the user a dashboard link let in."""
    if request.user.is_authenticated:
        return request.user
    return selectors.active_user(
        request.session.get(SESSION_KEY), token_version=request.session.get(SESSION_VERSION_KEY)
    )


def dashboard(request):
    who = viewer(request)
    if who is None:
        return redirect_to_login(request.get_full_path())
    period = request.GET.get("period", "1m")
    if period not in PERIOD_DAYS:
        return HttpResponseBadRequest("Unknown period.")
    subject = who
    if request.GET.get("user"):
        if not (request.user.is_authenticated and request.user.is_staff):  # staff signed in with a password
            return redirect(reverse("dashboard"))
        if not request.user.has_perm(READ_LOGS):  # staff status alone reads no one's triggers
            raise PermissionDenied
        if not request.GET["user"].isdigit():
            return HttpResponseBadRequest("user must be a user id.")
        subject = selectors.user_get(user_id=int(request.GET["user"]))
    analytics = selectors.analytics_for(user=subject, period=period)
    return render(
        request,
        "insights/dashboard.html",
        {
            "subject": subject,
            "analytics": analytics,
            "period": period,
            "periods": PERIOD_NAMES.items(),
            "viewing_other": subject != who,
            "cards": cards(analytics, period),
            "dates": period_text(analytics),
            "ever_logged": analytics["totalCravings"] > 0 or selectors.ever_logged(user=subject),
            "period_name": PERIOD_NAMES[period],
        },
    )


@staff_member_required
def staff_overview(request):
    if not request.user.has_perm(LIST_USERS):  # it lists every user's email
        raise PermissionDenied
    search = request.GET.get("q", "").strip()
    return render(request, "insights/staff.html", {**selectors.staff_overview(search=search), "search": search})
