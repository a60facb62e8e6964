from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Demo content, the benchmark and development-only commands.

    Installed by the development, test and benchmark settings only; production code
    never imports it.
    """

    name = "idp_site.devtools"
    label = "devtools"
    verbose_name = "Development tools"
