"""Finding the legislator a sponsorship names: by the source's own identifier first
(Open Legislation `memberId`, Open States person id), then by full name in the same
chamber (and district, when both are known); never by a last name alone. A sponsor the
source identifies but we do not know yet is added as a legislator."""

from campaigns.legislation.models import Legislator

ID_FIELDS = {"openleg": "openleg_member_id", "openstates": "openstates_person_id"}


def _fit(value, name):
    return (value or "")[: Legislator._meta.get_field(name).max_length]


class People:
    """Looks legislators up once per import run, among a jurisdiction's legislators read
    in one query (an import names hundreds of them)."""

    def __init__(self):
        self.known = {}
        self.everyone = {}  # jurisdiction pk -> its legislators, with those added since

    def _people(self, jurisdiction):
        if jurisdiction.pk not in self.everyone:
            people = Legislator.objects.filter(jurisdiction=jurisdiction).order_by("pk")
            self.everyone[jurisdiction.pk] = list(people)
        return self.everyone[jurisdiction.pk]

    def find(self, jurisdiction, sponsor):
        id_field = ID_FIELDS.get(sponsor.source)
        key = (jurisdiction.pk, id_field, sponsor.source_id or sponsor.name.lower())
        if key not in self.known:
            self.known[key] = self._find(jurisdiction, sponsor, id_field)
        return self.known[key]

    def _find(self, jurisdiction, sponsor, id_field):
        people = self._people(jurisdiction)
        if id_field and sponsor.source_id:
            person = next((p for p in people if getattr(p, id_field) == sponsor.source_id), None)
            if person:
                return person
        person = self._by_name(people, sponsor)
        if person and id_field and sponsor.source_id and not getattr(person, id_field):
            setattr(person, id_field, sponsor.source_id)
            person.save(update_fields=[id_field])
        if person or not (id_field and sponsor.source_id and sponsor.chamber):
            return person
        person = Legislator.objects.create(
            jurisdiction=jurisdiction,
            name=_fit(sponsor.name, "name"),
            short_name=_fit(sponsor.short_name, "short_name"),
            chamber=sponsor.chamber,
            district=_fit(sponsor.district, "district"),
            **{id_field: sponsor.source_id},
        )
        people.append(person)
        return person

    @staticmethod
    def _by_name(people, sponsor):
        """The one legislator with this full name in this chamber (and district)."""
        if not sponsor.chamber or len(sponsor.name.split()) < 2:
            return None
        name = sponsor.name.upper()  # as PostgreSQL's iexact compares
        candidates = [p for p in people if p.name.upper() == name and p.chamber == sponsor.chamber]
        if sponsor.district:
            candidates = [p for p in candidates if p.district in ("", sponsor.district)]
        return candidates[0] if len(candidates) == 1 else None
