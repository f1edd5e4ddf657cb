"""The project's URLs plus one view that fails, to see what a 500 looks like (tests/test_trust.py)."""

from django.urls import path

from crave.urls import handler400, handler403, handler404, handler500, urlpatterns

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]  # Django reads them here


def fails(request):
    raise RuntimeError("a bug")


urlpatterns = [*urlpatterns, path("fails", fails)]
