"""URL map. Public pages live under a language prefix (/en/, /es/); `/` redirects by
the browser's language. The admin, documents, sitemap and robots.txt are unprefixed."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView, TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from idp_site import health
from idp_site.accounts import mfa
from idp_site.caching.middleware import same_in_every_language
from pages import feeds as page_feeds
from pages import i18n as page_i18n
from pages import sitemap
from pages import views as page_views
from pages.alerts.alert_feed import AlertsFeed
from pages.resources import feeds as library_feeds

handler400 = "idp_site.errors.bad_request"
handler404 = "idp_site.errors.page_not_found"
handler500 = "idp_site.errors.server_error"

urlpatterns = [
    path("admin/mfa/setup/", mfa.setup, name="mfa_setup"),
    path("admin/mfa/verify/", mfa.verify, name="mfa_verify"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap.section, name="sitemap_section"),
    path("health/", health.health, name="health"),
    path(
        "robots.txt",
        same_in_every_language(
            TemplateView.as_view(template_name="robots.txt", content_type="text/plain")
        ),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", page_views.search, name="search"),
    path("feeds/reports/", page_feeds.ReportsFeed(), name="feed_reports"),
    path("feeds/updates/", page_feeds.UpdatesFeed(), name="feed_updates"),
    path("feeds/library/", library_feeds.LibraryFeed(), name="feed_library"),
    path("feeds/alerts/", AlertsFeed(), name="feed_alerts"),
    # Wagtail's own routes, with its page view swapped for one that falls back to the
    # English page when a language has no translation at that path (see pages/i18n.py).
    # Wagtail's front-end login asks for the password alone: it leads to the two-step
    # sign-in instead, keeping `next` (checked there), see accounts/restricted_pages.py.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="wagtailadmin_login", query_string=True),
        name="wagtailcore_login",
    ),
    *[p for p in wagtail_urls.urlpatterns if p.name not in ("wagtail_serve", "wagtailcore_login")],
    re_path(serve_pattern, page_i18n.serve, name="wagtail_serve"),
)
