"""Page types, snippets and settings of the shared app, one module per family."""

from .base import BasePage
from .home import HomePage, HomePageFeaturedItem
from .settings import SiteSettings
from .standard import StandardPage

__all__ = [
    "BasePage",
    "HomePage",
    "HomePageFeaturedItem",
    "SiteSettings",
    "StandardPage",
]
