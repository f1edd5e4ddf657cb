import json

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import Count
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from .models import User
from .privacy import user_erase, user_export


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ("-date_joined",)
    list_display = ("email", "full_name", "craving_count", "is_staff", "is_active", "date_joined")
    list_filter = ("is_staff", "is_active")
    search_fields = ("email", "full_name")
    readonly_fields = ("date_joined", "updated_at", "last_login", "google_sub")
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("full_name", "timezone", "google_sub")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        ("Dates", {"fields": ("last_login", "date_joined", "updated_at")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    actions = ["export_data", "erase_data"]

    @admin.action(description="Export all data (JSON, one user)")
    def export_data(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one user to export.", messages.ERROR)
            return None
        user = queryset.get()
        response = HttpResponse(json.dumps(user_export(user=user), indent=2), content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="crave-export-{user.id}.json"'
        return response

    @admin.action(description="Erase account and all data (GDPR)")
    def erase_data(self, request, queryset):
        """A confirmation page listing what goes first; staff accounts need their own tick."""
        users = list(queryset)
        staff = [u for u in users if u.is_staff]
        confirmed = request.POST.get("confirm") == "yes"
        if confirmed and (not staff or request.POST.get("confirm_staff") == "yes"):
            for user in users:
                user_erase(user=user)
            self.message_user(request, f"Erased {len(users)} account(s).", messages.SUCCESS)
            return None
        if confirmed:
            self.message_user(request, "Tick the box to erase the staff account(s) too.", messages.WARNING)
        rows = [{"user": u, "cravings": u.cravings.count(), "insights": u.insights.count(),
                 "feedback": u.feedback.count(), "summaries": u.summaries.count(), "markers": u.trend_markers.count()}
                for u in users]
        return TemplateResponse(request, "admin/accounts/erase_confirmation.html",
                                {**self.admin_site.each_context(request), "users": rows, "staff_selected": len(staff),
                                 "title": "Erase accounts"})

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(craving_count=Count("cravings"))

    @admin.display(ordering="craving_count", description="cravings")
    def craving_count(self, user):
        """A link to this person's cravings: the cravings list has no filter naming every user."""
        url = reverse("admin:cravings_craving_changelist") + f"?user__id__exact={user.id}"
        return format_html('<a href="{}">{}</a>', url, user.craving_count)
