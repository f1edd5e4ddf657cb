from django.contrib import admin


class ReadOnlyInline(admin.TabularInline):
    """Rows the system writes (residency, versions): staff read them, never edit them here."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None):
        return False


class SystemWrittenAdmin(admin.ModelAdmin):
    """Tables the workers write (heartbeats, residency, insights): staff inspect them, nobody adds rows."""

    def has_add_permission(self, request):
        return False
