"""Trends dashboard pages (server-rendered). A user opens theirs through a signed link the app asks for;
staff can open any user's and an overview."""
from __future__ import annotations

from datetime import timedelta

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db.models import Count, Max, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from cravings.models import Craving, EmbeddingStatus

from .analytics import craving_analytics
from .periods import PERIOD_DAYS, analytics_window

LINK_SALT = "crave.dashboard.link"
LINK_MAX_AGE = 120  # seconds: long enough to open a web view, too short to be worth stealing


def dashboard_link_token(user) -> str:
    # Signing last_login makes the link single-use: entering logs in, which changes last_login.
    return signing.dumps({"u": user.id, "l": user.last_login.isoformat() if user.last_login else ""},
                         salt=LINK_SALT)


def dashboard_enter(request, token: str):
    User = get_user_model()
    try:
        payload = signing.loads(token, salt=LINK_SALT, max_age=LINK_MAX_AGE)
    except signing.BadSignature:
        return render(request, "insights/link_expired.html", status=400)
    user = User.objects.filter(id=payload["u"], is_active=True).first()
    if user is None or payload["l"] != (user.last_login.isoformat() if user.last_login else ""):
        return render(request, "insights/link_expired.html", status=400)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect(reverse("dashboard"))


@login_required
def dashboard(request):
    period = request.GET.get("period", "1m")
    if period not in PERIOD_DAYS:
        return HttpResponseBadRequest("Unknown period.")
    subject = request.user
    if request.GET.get("user"):
        if not request.user.is_staff:  # only staff look at someone else's trends
            return redirect(reverse("dashboard"))
        subject = get_object_or_404(get_user_model(), id=request.GET["user"])
    analytics = craving_analytics(user=subject, window=analytics_window(user=subject, period=period))
    return render(request, "insights/dashboard.html", {
        "subject": subject, "analytics": analytics, "period": period, "periods": list(PERIOD_DAYS),
        "viewing_other": subject != request.user,
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
