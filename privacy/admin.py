"""The user list's export and erase actions (accounts registers the list; these reach every app's data, so
they live here, a layer above, on the same admin page)."""

import json

from django.contrib import admin, messages
from django.http import HttpResponse
from django.template.response import TemplateResponse

from accounts.admin import UserAdmin
from accounts.models import User

from .services import user_erase, user_export

admin.site.unregister(User)


@admin.register(User)
class PrivacyUserAdmin(UserAdmin):
    actions = ["export_data", "erase_data"]

    def has_export_permission(self, request) -> bool:
        # Viewing the user list is not reading everything a user wrote: the export has its own permission.
        return request.user.has_perm("accounts.export_user")

    @admin.action(description="Export all data (JSON, one user)", permissions=["export"])
    def export_data(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one user to export.", messages.ERROR)
            return None
        user = queryset.get()
        response = HttpResponse(json.dumps(user_export(user=user), indent=2), content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="crave-export-{user.id}.json"'
        return response

    @admin.action(description="Erase account and all data (GDPR)", permissions=["delete"])
    def erase_data(self, request, queryset):
        """A confirmation page listing what goes first; staff accounts need their own tick, and only a
        superuser may erase a superuser (else a delete permission would remove the people who grant it)."""
        users = list(queryset)
        if not request.user.is_superuser and any(u.is_superuser for u in users):
            self.message_user(request, "Only a superuser can erase a superuser.", messages.ERROR)
            return None
        staff = [u for u in users if u.is_staff]
        confirmed = request.POST.get("confirm") == "yes"
        if confirmed and (not staff or request.POST.get("confirm_staff") == "yes"):
            for user in users:
                user_erase(user=user)
            self.message_user(request, f"Erased {len(users)} account(s).", messages.SUCCESS)
            return None
        if confirmed:
            self.message_user(request, "Tick the box to erase the staff account(s) too.", messages.WARNING)
        rows = [
            {
                "user": u,
                "cravings": u.cravings.count(),
                "insights": u.insights.count(),
                "feedback": u.feedback.count(),
                "summaries": u.summaries.count(),
                "markers": u.trend_markers.count(),
            }
            for u in users
        ]
        return TemplateResponse(
            request,
            "admin/accounts/erase_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "users": rows,
                "staff_selected": len(staff),
                "title": "Erase accounts",
            },
        )
