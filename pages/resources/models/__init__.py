"""The resource library's models, one module per concern."""

from .entries import FACETS, LibraryEntry, LibraryFacet
from .library import LibraryFeatured, LibraryIndexPage
from .library_item import AUDIENCES, FILE_LANGUAGES, RESOURCE_TYPES, LibraryItem
from .resource import ResourceFile, ResourcePage
from .review_settings import LibrarySettings

__all__ = [
    "AUDIENCES",
    "FACETS",
    "FILE_LANGUAGES",
    "LibraryEntry",
    "LibraryFacet",
    "LibraryFeatured",
    "LibraryIndexPage",
    "LibraryItem",
    "LibrarySettings",
    "RESOURCE_TYPES",
    "ResourceFile",
    "ResourcePage",
]
