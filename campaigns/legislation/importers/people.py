"""Finding the legislator a sponsorship names: by the source's own identifier first
(Open Legislation `memberId`, Open States person id), then by full name in the same
chamber (and district, when both are known); never by a last name alone. A sponsor the
source identifies but we do not know yet is added as a legislator."""

from campaigns.legislation.models import Legislator

ID_FIELDS = {"openleg": "openleg_member_id", "openstates": "openstates_person_id"}


def _fit(value, name):
    return (value or "")[: Legislator._meta.get_field(name).max_length]


class People:
    """Looks legislators up once per import run."""

    def __init__(self):
        self.known = {}

    def find(self, jurisdiction, sponsor):
        id_field = ID_FIELDS.get(sponsor.source)
        key = (jurisdiction.pk, id_field, sponsor.source_id or sponsor.name.lower())
        if key not in self.known:
            self.known[key] = self._find(jurisdiction, sponsor, id_field)
        return self.known[key]

    def _find(self, jurisdiction, sponsor, id_field):
        people = Legislator.objects.filter(jurisdiction=jurisdiction)
        if id_field and sponsor.source_id:
            person = people.filter(**{id_field: sponsor.source_id}).first()
            if person:
                return person
        person = self._by_name(people, sponsor)
        if person and id_field and sponsor.source_id and not getattr(person, id_field):
            setattr(person, id_field, sponsor.source_id)
            person.save(update_fields=[id_field])
        if person or not (id_field and sponsor.source_id and sponsor.chamber):
            return person
        return Legislator.objects.create(
            jurisdiction=jurisdiction,
            name=_fit(sponsor.name, "name"),
            short_name=_fit(sponsor.short_name, "short_name"),
            chamber=sponsor.chamber,
            district=_fit(sponsor.district, "district"),
            **{id_field: sponsor.source_id},
        )

    @staticmethod
    def _by_name(people, sponsor):
        """The one legislator with this full name in this chamber (and district)."""
        if not sponsor.chamber or len(sponsor.name.split()) < 2:
            return None
        candidates = people.filter(name__iexact=sponsor.name, chamber=sponsor.chamber)
        if sponsor.district:
            candidates = [p for p in candidates if p.district in ("", sponsor.district)]
        candidates = list(candidates)
        return candidates[0] if len(candidates) == 1 else None
