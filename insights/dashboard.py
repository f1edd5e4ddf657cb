"""Trends dashboard pages (server-rendered). A user opens theirs through a signed link the app asks for;
staff can open any user's and an overview."""
from __future__ import annotations

import secrets
from datetime import timedelta

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.core import signing
from django.db.models import Count, Max, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from cravings.models import Craving, EmbeddingStatus

from .analytics import craving_analytics
from .periods import PERIOD_DAYS, analytics_window
from .trend_cards import PERIOD_NAMES, cards, period_text

LINK_SALT = "crave.dashboard.link"
LINK_MAX_AGE = 120  # seconds: long enough to open a web view, too short to be worth stealing
SESSION_KEY = "dashboard_user"
SESSION_SECONDS = 3600


def dashboard_link_token(user) -> str:
    """A signed, single-use link: its nonce is claimed once, atomically, when the link is opened."""
    return signing.dumps({"u": user.id, "n": secrets.token_urlsafe(16)}, salt=LINK_SALT)


def link_claimed(nonce: str) -> bool:
    """True for the first opening only (an atomic add in Redis); if that cannot be proven, refuse."""
    try:
        return bool(cache.add(f"dashboard-link:{nonce}", 1, LINK_MAX_AGE + 60))
    except Exception:
        return False


def dashboard_enter(request, token: str):
    """Opens the dashboard for the link's user. This is not a sign-in: the session only names whose trends
    to show, so a staff member's link never opens the admin (that takes the admin's own password login)."""
    try:
        payload = signing.loads(token, salt=LINK_SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature:
        return render(request, "insights/link_expired.html", status=400)
    user = get_user_model().objects.filter(id=payload.get("u"), is_active=True).first()
    if user is None or not link_claimed(str(payload.get("n"))):
        return render(request, "insights/link_expired.html", status=400)
    request.session.cycle_key()
    request.session[SESSION_KEY] = user.id
    request.session.set_expiry(SESSION_SECONDS)
    return redirect(reverse("dashboard"))


def viewer(request):
    """Who is looking: a password-signed-in user, or the user a dashboard link let in."""
    if request.user.is_authenticated:
        return request.user
    user_id = request.session.get(SESSION_KEY)
    return get_user_model().objects.filter(id=user_id, is_active=True).first() if user_id else None


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
        if not request.GET["user"].isdigit():
            return HttpResponseBadRequest("user must be a user id.")
        subject = get_object_or_404(get_user_model(), id=int(request.GET["user"]))
    analytics = craving_analytics(user=subject, window=analytics_window(user=subject, period=period))
    return render(request, "insights/dashboard.html", {
        "subject": subject, "analytics": analytics, "period": period, "periods": PERIOD_NAMES.items(),
        "viewing_other": subject != who, "cards": cards(analytics, period), "dates": period_text(analytics),
        "ever_logged": analytics["totalCravings"] > 0 or Craving.objects.filter(user=subject).exists(),
        "period_name": PERIOD_NAMES[period],
    })


@staff_member_required
def staff_overview(request):
    User = get_user_model()
    search = request.GET.get("q", "").strip()
    users = User.objects.annotate(cravings_count=Count("cravings"), last_logged=Max("cravings__occurred_at"))
    if search:
        users = users.filter(email__icontains=search)
    status_counts = dict(Craving.objects.values_list("embedding_status").annotate(n=Count("id")))
    return render(request, "insights/staff.html", {
        "users": users.order_by("-cravings_count")[:50],
        "search": search,
        "totals": {
            "users": User.objects.count(),
            "cravings": sum(status_counts.values()),
            "embedded": status_counts.get(EmbeddingStatus.DONE, 0),
            "pending": status_counts.get(EmbeddingStatus.PENDING, 0),
            "failed": status_counts.get(EmbeddingStatus.FAILED, 0),
            "active_7d": User.objects.filter(Q(cravings__created_at__gte=_days_ago(7))).distinct().count(),
        },
    })


def _days_ago(days: int):
    return timezone.now() - timedelta(days=days)
