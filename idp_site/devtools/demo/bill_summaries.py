"""The demo's plain-language summaries of the One Day bills (S.1825 and A.4469), as
staff would write them, in English and in plain Spanish (said as precisely as
/work/shared/docs/organization.md's "Say it precisely" asks)."""

from wagtail.models import Locale

from campaigns.models import Bill, BillPlainSummary

ONE_DAY = (
    "This bill would cut the longest sentence for a class A misdemeanor in New York from one "
    "year to 364 days. Under federal immigration law, a possible or imposed sentence of one "
    "year can make some convictions a ground for deportation or a bar to relief; 364 days "
    "takes many New Yorkers out of those categories.\n\n"
    "It does not protect everyone: a drug conviction (other than one small marijuana "
    "possession), a firearm offense, a domestic-violence or stalking offense and others "
    "can still lead "
    "to deportation, whatever the sentence. Its change became law through the state budget "
    "on 12 April 2019.\n\n"
    "Every case is different: talk to a lawyer before pleading guilty, and call our hotline "
    "(its number is at the top of this page)."
)

#: The bills (session, base print number) that staff summarized.
SUMMARIES = {("2019-2020", "S1825"): ONE_DAY, ("2019-2020", "A4469"): ONE_DAY}

#: Spanish by English segment: wagtail-localize offers a multi-line text as one string
#: whose line breaks are <br/> elements.
BILL_SUMMARIES_ES = {
    ONE_DAY.replace("\n", "<br/>"): (
        "Este proyecto de ley baja de un año a 364 días la pena más larga por un delito menor "
        "de clase A en Nueva York. Para la ley federal de inmigración, una pena de un año "
        "(la que se podía imponer o la que se impuso) puede convertir algunas condenas en "
        "causal de deportación o en un impedimento para obtener alivio migratorio; con 364 "
        "días, muchas personas de Nueva York quedan fuera de esas categorías.\n\n"
        "No protege a todos: una condena por drogas (salvo una única posesión de una pequeña "
        "cantidad de marihuana), un delito con armas de fuego, un delito de violencia "
        "doméstica o de acecho y otros todavía pueden llevar a la deportación, sea cual "
        "sea la pena. El "
        "cambio se hizo ley con el presupuesto estatal el 12 de abril de 2019.\n\n"
        "Cada caso es distinto: consulte con un abogado antes de declararse culpable y llame "
        "a nuestra línea de ayuda (su número está al principio de esta página)."
    ).replace("\n", "<br/>"),
}


def ensure_plain_summaries():
    """Write the English summaries (idempotent); their Spanish comes through
    wagtail-localize with the other snippets."""
    locale = Locale.get_default()
    for (session, number), text in SUMMARIES.items():
        bill = Bill.objects.filter(session__identifier=session, base_print_number=number).first()
        if bill is None:
            continue
        summary = BillPlainSummary.objects.filter(bill=bill, locale_id=locale.pk).first()
        if summary is None:
            BillPlainSummary.objects.create(bill=bill, locale_id=locale.pk, summary=text)
        elif summary.summary != text:
            summary.summary = text
            summary.save()
