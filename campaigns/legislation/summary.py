"""The import summary as the commands print it: counts, then every bill by outcome and
everything the import skipped, doubted, refused or cut."""

from django.utils.translation import gettext as _

from campaigns.legislation.stages import STAGE_CHOICES

STAGE_LABELS = dict(STAGE_CHOICES)


def _stage(value):
    return str(STAGE_LABELS.get(value, value))


def summary_lines(summary, dry_run=False):
    counts = _("%(created)d created, %(updated)d updated, %(unchanged)d unchanged.") % {
        key: len(summary[key]) for key in ("created", "updated", "unchanged")
    }
    if summary.skipped or summary.failed:
        counts += " " + _("%(skipped)d skipped, %(failed)d failed.") % {
            "skipped": len(summary.skipped),
            "failed": len(summary.failed),
        }
    if dry_run:
        counts = _("Dry run, nothing written. %(counts)s") % {"counts": counts}
    lines = [counts]
    outcomes = {"created": _("created"), "updated": _("updated"), "unchanged": _("unchanged")}
    for key, word in outcomes.items():
        lines += [f"  {word}: {label}" for label in summary[key]]
    lines += doubt_lines(summary)
    return lines


def doubt_lines(summary):
    """Everything the import skipped, doubted, refused or cut, one line each."""
    lines = [f"  {_('skipped')}: {label}: {reason}" for label, reason in summary.skipped]
    lines += [f"  {_('failed')}: {label}: {error}" for label, error in summary.failed]
    for label, rules, source in summary.disagreements:
        text = _("the source says %(source)s; its actions read as %(rules)s (the source wins)")
        values = {"source": _stage(source), "rules": _stage(rules)}
        lines.append(f"  {_('disagreement')}: {label}: {text % values}")
    for label, name, staff, source in summary.conflicts:
        text = _("%(field)s kept as staff set it (%(staff)s); the source says %(source)s")
        values = {"field": name, "staff": staff, "source": source}
        lines.append(f"  {_('staff edit kept')}: {label}: {text % values}")
    for label, what in summary.kept:
        text = _("would remove %(what)s; nothing removed (run with --replace)") % {"what": what}
        lines.append(f"  {_('kept')}: {label}: {text}")
    for label, name, length, limit in summary.truncated:
        text = _("%(field)s cut from %(length)d to %(limit)d characters")
        values = {"field": name, "length": length, "limit": limit}
        lines.append(f"  {_('truncated')}: {label}: {text % values}")
    return lines
