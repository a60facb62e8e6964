"""The demo's resource library: the library, its three audience entry pages, and
resources for every audience and type, each with real files (library_pdfs.py) in English
and, where the resource exists in Spanish, in Spanish.

Every sentence is written from shared/docs/organization.md and states a legal point no
more precisely than its "Say it precisely" section. The Spanish of each text sits beside
it; `SPANISH_LIBRARY` gives it to the demo's translation (translate.py)."""

import datetime

from wagtail.models import Page

from idp_site.devtools.demo import library_pdfs
from pages.models import Topic
from pages.resources.entries import sync_entry
from pages.resources.models import LibraryFeatured, LibraryIndexPage, ResourceFile, ResourcePage

#: Said at the end of every resource, before the hotline's number.
ASK = (
    "Every case is different: talk to a lawyer before pleading guilty, or call our hotline.",
    "Cada caso es distinto: antes de declararse culpable, consulte con un abogado o llame a "
    "nuestra línea de ayuda.",
)
HOTLINE_IN_PDF = ("Our hotline:", "Nuestra línea de ayuda:")

LIBRARY = {
    "title": ("Resource library", "Biblioteca de recursos"),
    "slug": ("library", "biblioteca"),
    "intro": (
        "Practice advisories, know-your-rights material, toolkits, charts, checklists and "
        "answers to common questions, for community members, defenders, immigration "
        "attorneys and organizers. Each one says when our legal staff last reviewed it.",
        "Guías prácticas, materiales sobre sus derechos, kits de herramientas, tablas, listas "
        "de verificación y respuestas a preguntas frecuentes, para la comunidad, los "
        "defensores, los abogados de inmigración y los organizadores. Cada uno indica cuándo "
        "lo revisó por última vez nuestro equipo legal.",
    ),
}

AUDIENCE_PAGES = [
    {
        "audience": "defense",
        "title": ("For defenders", "Para defensores"),
        "slug": ("for-defenders", "para-defensores"),
        "intro": (
            "For criminal defense attorneys with a noncitizen client: what the law asks "
            "of you, and what to check before a plea.",
            "Para abogados defensores penales con un cliente no ciudadano: lo que la ley les "
            "exige y lo que conviene revisar antes de una declaración de culpabilidad.",
        ),
        "top": ["padilla-2012", "checklist-defenders", "the-364-day-law-chart"],
    },
    {
        "audience": "community",
        "title": ("For our community", "Para nuestra comunidad"),
        "slug": ("for-our-community", "para-nuestra-comunidad"),
        "intro": (
            "For community members and their families: your rights, in plain words, and "
            "where to find help.",
            "Para la comunidad y sus familias: sus derechos, en palabras sencillas, y dónde "
            "encontrar ayuda.",
        ),
        "top": ["going-to-court", "faq-364-days", "raids-toolkit"],
    },
    {
        "audience": "advocates",
        "title": ("For advocates", "Para activistas"),
        "slug": ("for-advocates", "para-activistas"),
        "intro": (
            "For advocates and organizers: trainings, toolkits and the research behind "
            "our campaigns.",
            "Para activistas y organizadores: capacitaciones, kits de herramientas y la "
            "investigación detrás de nuestras campañas.",
        ),
        "top": ["deportation-101", "ice-out-of-courts", "faq-marijuana"],
    },
]

PADILLA_HELD = (
    "In Padilla v. Kentucky (2010) the U.S. Supreme Court held that defense counsel must "
    "advise a noncitizen client about the risk of deportation a plea carries.",
    "En Padilla v. Kentucky (2010), la Corte Suprema de los Estados Unidos resolvió que el "
    "abogado defensor debe informar a su cliente no ciudadano del riesgo de deportación que "
    "conlleva una declaración de culpabilidad.",
)
CAP_364 = (
    "Since 12 April 2019, a class A misdemeanor in New York carries a sentence of at most "
    "364 days instead of one year; class B misdemeanors were already capped at three months.",
    "Desde el 12 de abril de 2019, un delito menor de clase A en Nueva York tiene una pena "
    "máxima de 364 días en lugar de un año; los delitos menores de clase B ya tenían un "
    "máximo de tres meses.",
)
NOT_EVERYONE = (
    "It does not protect everyone: a drug conviction (other than a single conviction for "
    "possessing a small amount of marijuana), a firearm offense, a domestic violence or "
    "stalking offense and other convictions can still lead to deportation whatever the "
    "sentence.",
    "No protege a todos: una condena por drogas (salvo una única condena por posesión de "
    "una pequeña cantidad de marihuana), un delito con armas de fuego, un delito de "
    "violencia doméstica o de acoso y otras condenas pueden seguir llevando a la "
    "deportación, sea cual sea la pena.",
)
COURTS_ACT = (
    "New York's Protect Our Courts Act, signed on 15 December 2020, limits civil "
    "immigration arrests of people going to a New York court, at the court, or coming back "
    "from it.",
    "La Ley para Proteger Nuestros Tribunales (Protect Our Courts Act) de Nueva York, "
    "firmada el 15 de diciembre de 2020, limita los arrestos migratorios civiles de "
    "personas que van a un tribunal de Nueva York, están en él o vuelven de él.",
)
COURTHOUSE_MEMO = (
    "On 27 April 2021, ICE and CBP issued a memo on civil immigration enforcement in or "
    "near courthouses.",
    "El 27 de abril de 2021, ICE y CBP publicaron un memorando sobre las medidas migratorias "
    "civiles en los tribunales o cerca de ellos.",
)

RESOURCES = [
    {
        "key": "padilla-2010",
        "slug": ("padilla-advisory-2010", "guia-padilla-2010"),
        "title": (
            "Duty of defense counsel after Padilla v. Kentucky (2010 edition)",
            "El deber del abogado defensor después de Padilla v. Kentucky (edición de 2010)",
        ),
        "summary": (
            "Our April 2010 practice advisory on the duty of defense counsel representing "
            "a noncitizen client. Its appendices were updated in January 2012: read the "
            "updated edition.",
            "Nuestra guía práctica de abril de 2010 sobre el deber del abogado defensor que "
            "representa a un cliente no ciudadano. Sus apéndices se actualizaron en enero "
            "de 2012: consulte la edición actualizada.",
        ),
        "paragraphs": [PADILLA_HELD],
        "type": "practice_advisory",
        "audiences": ("defense", "immigration"),
        "topics": (),
        "date": datetime.date(2010, 4, 1),
        "reviewed": datetime.date(2012, 1, 15),
        "languages": ("en",),
        "superseded_by": "padilla-2012",
    },
    {
        "key": "padilla-2012",
        "slug": ("padilla-advisory", "guia-padilla"),
        "title": (
            "Duty of defense counsel after Padilla v. Kentucky",
            "El deber del abogado defensor después de Padilla v. Kentucky",
        ),
        "summary": (
            "What defense counsel owe a noncitizen client after Padilla v. Kentucky: our "
            "practice advisory of April 2010, with its appendices updated in January 2012.",
            "Lo que el abogado defensor le debe a un cliente no ciudadano después de Padilla "
            "v. Kentucky: nuestra guía práctica de abril de 2010, con sus apéndices "
            "actualizados en enero de 2012.",
        ),
        "paragraphs": [
            PADILLA_HELD,
            (
                "This advisory sets out what that duty asks of defenders in practice.",
                "Esta guía explica lo que ese deber exige a los defensores en la práctica.",
            ),
        ],
        "type": "practice_advisory",
        "audiences": ("defense", "immigration"),
        "topics": (),
        "date": datetime.date(2012, 1, 15),
        "reviewed": datetime.date(2026, 3, 2),
        "languages": ("en",),
    },
    {
        "key": "the-364-day-law-chart",
        "slug": ("the-364-day-law-chart", "tabla-ley-364-dias"),
        "title": (
            "The 364-day law: what changed and what did not",
            "La ley de los 364 días: qué cambió y qué no",
        ),
        "summary": (
            "A one-page chart of what New York's 364-day sentence law changed for "
            "noncitizens, and what it left as it was.",
            "Una tabla de una página sobre lo que la ley de los 364 días de Nueva York cambió "
            "para las personas no ciudadanas, y lo que dejó igual.",
        ),
        "paragraphs": [
            CAP_364,
            (
                "A possible or imposed sentence of one year is what turns some offenses into "
                "grounds for deportation under federal law, so 364 days takes many New "
                "Yorkers out of those categories.",
                "Una pena posible o impuesta de un año es lo que convierte algunos delitos en "
                "causales de deportación según la ley federal; por eso, 364 días sacan a "
                "muchos neoyorquinos de esas categorías.",
            ),
            NOT_EVERYONE,
        ],
        "type": "chart",
        "audiences": ("defense", "immigration", "advocates"),
        "topics": ("misdemeanors",),
        "date": datetime.date(2019, 5, 1),
        # Reviewed longer ago than the window: the page shows the review warning.
        "reviewed": datetime.date(2025, 6, 10),
        "languages": ("en", "es"),
    },
    {
        "key": "checklist-defenders",
        "slug": ("consequences-checklist", "lista-de-consecuencias"),
        "title": (
            "Immigration consequences checklist for defenders",
            "Lista de verificación de consecuencias migratorias para defensores",
        ),
        "summary": (
            "A two-page checklist to work through before a noncitizen client takes a plea.",
            "Una lista de dos páginas para repasar antes de que un cliente no ciudadano "
            "se declare culpable.",
        ),
        "paragraphs": [
            PADILLA_HELD,
            (
                "Check whether the offense falls in a category that can lead to deportation "
                "whatever the sentence, such as drug, firearm, domestic violence or stalking "
                "offenses.",
                "Compruebe si el delito pertenece a una categoría que puede llevar a la "
                "deportación sea cual sea la pena, como los delitos de drogas, de armas de "
                "fuego, de violencia doméstica o de acoso.",
            ),
            (
                "Where the length of the sentence matters, consider seeking a sentence of "
                "364 days or less.",
                "Cuando la duración de la pena importa, considere pedir una pena de 364 días "
                "o menos.",
            ),
        ],
        "type": "checklist",
        "audiences": ("defense",),
        "topics": ("misdemeanors", "drug-offenses"),
        "date": datetime.date(2024, 9, 1),
        "reviewed": datetime.date(2026, 5, 4),
        "languages": ("en",),
    },
    {
        "key": "going-to-court",
        "slug": ("going-to-court", "ir-al-tribunal"),
        "title": (
            "Going to court in New York: the Protect Our Courts Act",
            "Ir al tribunal en Nueva York: la Ley para Proteger Nuestros Tribunales",
        ),
        "summary": (
            "A flyer for anyone with a case in a New York court: what the Protect Our "
            "Courts Act says about immigration arrests at courthouses.",
            "Un volante para cualquier persona con un caso en un tribunal de Nueva York: lo "
            "que dice la Ley para Proteger Nuestros Tribunales sobre los arrestos "
            "migratorios en los tribunales.",
        ),
        "paragraphs": [
            COURTS_ACT,
            (
                "If someone you know was arrested by immigration agents on the way to or "
                "from court, tell their lawyer.",
                "Si alguien que usted conoce fue arrestado por agentes de inmigración al ir "
                "o volver del tribunal, avise a su abogado.",
            ),
        ],
        "type": "know_your_rights",
        "audiences": ("community",),
        "topics": ("sanctuary",),
        "date": datetime.date(2021, 1, 15),
        "reviewed": datetime.date(2026, 2, 1),
        "languages": ("en", "es"),
    },
    {
        "key": "faq-courts-act",
        "slug": ("protect-our-courts-act-faq", "preguntas-ley-tribunales"),
        "title": (
            "Questions and answers on the Protect Our Courts Act",
            "Preguntas y respuestas sobre la Ley para Proteger Nuestros Tribunales",
        ),
        "summary": (
            "Short answers to common questions about New York's Protect Our Courts Act, in "
            "English and Spanish.",
            "Respuestas breves a preguntas frecuentes sobre la Ley para Proteger Nuestros "
            "Tribunales de Nueva York, en inglés y en español.",
        ),
        "paragraphs": [
            (
                "When did it become law? It was signed on 15 December 2020 (bills S.425 and "
                "A.2176).",
                "¿Cuándo se convirtió en ley? Se firmó el 15 de diciembre de 2020 (proyectos "
                "S.425 y A.2176).",
            ),
            (
                "What does it do? It limits civil immigration arrests of people going to, "
                "at, or coming from New York courts.",
                "¿Qué hace? Limita los arrestos migratorios civiles de personas que van a los "
                "tribunales de Nueva York, están en ellos o vuelven de ellos.",
            ),
        ],
        "type": "faq",
        "audiences": ("community", "advocates"),
        "topics": ("sanctuary",),
        "date": datetime.date(2021, 2, 1),
        "reviewed": datetime.date(2026, 2, 1),
        "languages": ("en", "es"),
    },
    {
        "key": "faq-364-days",
        "slug": ("364-day-law-faq", "preguntas-ley-364-dias"),
        "title": (
            "Questions and answers on the 364-day law",
            "Preguntas y respuestas sobre la ley de los 364 días",
        ),
        "summary": (
            "Plain answers about New York's 364-day sentence law, for people with a "
            "misdemeanor case and their families.",
            "Respuestas sencillas sobre la ley de los 364 días de Nueva York, para personas "
            "con un caso por delito menor y sus familias.",
        ),
        "paragraphs": [
            CAP_364,
            NOT_EVERYONE,
            (
                "The law also reaches one-year sentences imposed before it took effect; how "
                "immigration authorities treat such an older sentence is a question for a "
                "lawyer.",
                "La ley también alcanza las penas de un año impuestas antes de su entrada en "
                "vigor; cómo tratan las autoridades migratorias una pena así es una pregunta "
                "para un abogado.",
            ),
        ],
        "type": "faq",
        "audiences": ("community",),
        "topics": ("misdemeanors",),
        "date": datetime.date(2019, 6, 1),
        "reviewed": datetime.date(2026, 4, 20),
        "languages": ("en", "es"),
    },
    {
        "key": "raids-toolkit",
        "slug": ("raids-toolkit", "kit-redadas"),
        "title": ("Raids toolkit", "Kit de herramientas ante redadas"),
        "summary": (
            "Our know-your-rights flyers and posters in one kit, for community groups "
            "preparing their neighbors for immigration enforcement.",
            "Nuestros volantes y carteles sobre sus derechos en un solo kit, para los grupos "
            "comunitarios que preparan a sus vecinos ante las medidas migratorias.",
        ),
        "paragraphs": [
            (
                "The kit gathers the know-your-rights flyers, posters and infographics we "
                "publish in several languages, for groups to print and share.",
                "El kit reúne los volantes, carteles e infografías sobre sus derechos que "
                "publicamos en varios idiomas, para que los grupos los impriman y compartan.",
            ),
            (
                "It does not replace advice about a person's own case.",
                "No sustituye el asesoramiento sobre el caso de cada persona.",
            ),
        ],
        "type": "toolkit",
        "audiences": ("community", "advocates"),
        "topics": ("policing",),
        "date": datetime.date(2025, 2, 1),
        "reviewed": datetime.date(2026, 1, 10),
        "languages": ("en", "es"),
    },
    {
        "key": "ice-out-of-courts",
        "slug": ("ice-out-of-courts-toolkit", "kit-ice-fuera-de-los-tribunales"),
        "title": ("ICE Out of Courts toolkit", "Kit ICE fuera de los tribunales"),
        "summary": (
            "For organizers working to keep immigration enforcement out of courthouses: the "
            "law, the federal memo and our research in one place.",
            "Para organizadores que trabajan para mantener las medidas migratorias fuera de "
            "los tribunales: la ley, el memorando federal y nuestra investigación en un solo "
            "lugar.",
        ),
        "paragraphs": [
            COURTS_ACT,
            COURTHOUSE_MEMO,
            (
                "The toolkit includes our analysis of that memo and our reports The "
                "Courthouse Trap (2019) and Denied, Disappeared, and Deported (2020).",
                "El kit incluye nuestro análisis de ese memorando y nuestros informes The "
                "Courthouse Trap (2019) y Denied, Disappeared, and Deported (2020).",
            ),
        ],
        "type": "toolkit",
        "audiences": ("advocates",),
        "topics": ("sanctuary",),
        "date": datetime.date(2021, 6, 1),
        "reviewed": datetime.date(2026, 6, 1),
        "languages": ("en",),
    },
    {
        "key": "deportation-101",
        "slug": ("deportation-101", "deportacion-101"),
        "title": ("Deportation 101", "Deportación 101"),
        "summary": (
            "A free one- or two-day community seminar, with its manual in English and Spanish.",
            "Un seminario comunitario gratuito de uno o dos días, con su manual en inglés y "
            "en español.",
        ),
        "paragraphs": [
            (
                "Deportation 101 is a free one- or two-day seminar for communities and the "
                "people who support them. More than 1,000 people have taken it.",
                "Deportación 101 es un seminario gratuito de uno o dos días para las "
                "comunidades y quienes las apoyan. Más de 1000 personas lo han tomado.",
            ),
            (
                "Its manual was written with Families for Freedom, the National Immigration "
                "Project of the National Lawyers Guild and Detention Watch Network.",
                "Su manual se escribió con Families for Freedom, el National Immigration "
                "Project del National Lawyers Guild y Detention Watch Network.",
            ),
        ],
        "type": "curriculum",
        "audiences": ("advocates", "community"),
        "topics": (),
        "date": datetime.date(2023, 3, 1),
        "reviewed": datetime.date(2026, 3, 15),
        "languages": ("en", "es"),
    },
    {
        "key": "courthouse-memo",
        "slug": ("courthouse-memo-advisory", "guia-memorando-tribunales"),
        "title": (
            "The April 2021 ICE and CBP courthouse memo",
            "El memorando de ICE y CBP sobre los tribunales de abril de 2021",
        ),
        "summary": (
            "Our analysis, for attorneys, of the April 2021 ICE and CBP memo on civil "
            "immigration enforcement in or near courthouses.",
            "Nuestro análisis, para abogados, del memorando de ICE y CBP de abril de 2021 "
            "sobre las medidas migratorias civiles en los tribunales o cerca de ellos.",
        ),
        "paragraphs": [COURTHOUSE_MEMO, COURTS_ACT],
        "type": "practice_advisory",
        "audiences": ("immigration", "defense"),
        "topics": ("sanctuary",),
        "date": datetime.date(2021, 5, 10),
        "reviewed": datetime.date(2026, 5, 10),
        "languages": ("en",),
    },
    {
        "key": "checklist-immigration",
        "slug": ("reading-a-new-york-sentence", "leer-una-pena-de-nueva-york"),
        "title": (
            "Reading a New York sentence after the 364-day law",
            "Cómo leer una pena de Nueva York después de la ley de los 364 días",
        ),
        "summary": (
            "A checklist for immigration attorneys looking at a client's New York "
            "misdemeanor record.",
            "Una lista de verificación para abogados de inmigración que revisan los "
            "antecedentes por delitos menores de un cliente en Nueva York.",
        ),
        "paragraphs": [
            CAP_364,
            (
                "Note the date of each sentence: the law also reaches one-year sentences "
                "imposed before it took effect, and how immigration authorities treat such "
                "a sentence is a question to raise with our attorneys.",
                "Anote la fecha de cada pena: la ley también alcanza las penas de un año "
                "impuestas antes de su entrada en vigor, y cómo tratan las autoridades "
                "migratorias una pena así es una pregunta para nuestros abogados.",
            ),
        ],
        "type": "checklist",
        "audiences": ("immigration",),
        "topics": ("misdemeanors",),
        "date": datetime.date(2020, 2, 1),
        "reviewed": datetime.date(2026, 2, 20),
        "languages": ("en",),
    },
    {
        "key": "faq-marijuana",
        "slug": ("marijuana-and-deportation-faq", "preguntas-marihuana-y-deportacion"),
        "title": (
            "Questions and answers: marijuana convictions and deportation",
            "Preguntas y respuestas: condenas por marihuana y deportación",
        ),
        "summary": (
            "For advocates: what the research shows about deportations after marijuana "
            "possession convictions, and our work to end prohibition in New York.",
            "Para activistas: lo que muestra la investigación sobre las deportaciones tras "
            "condenas por posesión de marihuana, y nuestro trabajo para acabar con la "
            "prohibición en Nueva York.",
        ),
        "paragraphs": [
            (
                "How many people were deported after a marijuana possession conviction? "
                "Human Rights Watch, with our help, found that for more than 34,000 people "
                "deported between 2007 and 2012 the most serious conviction was marijuana "
                "possession.",
                "¿Cuántas personas fueron deportadas tras una condena por posesión de "
                "marihuana? Human Rights Watch, con nuestra ayuda, comprobó que para más de "
                "34 000 personas deportadas entre 2007 y 2012 la condena más grave era por "
                "posesión de marihuana.",
            ),
            (
                "What are we doing about it? We work with the Drug Policy Alliance to end "
                "marijuana prohibition in New York.",
                "¿Qué hacemos al respecto? Trabajamos con la Drug Policy Alliance para acabar "
                "con la prohibición de la marihuana en Nueva York.",
            ),
        ],
        "type": "faq",
        "audiences": ("advocates",),
        "topics": ("drug-offenses",),
        "date": datetime.date(2016, 6, 1),
        "reviewed": datetime.date(2026, 1, 20),
        "languages": ("en",),
    },
]


def _texts(entry):
    """Every (English, Spanish) pair of an entry, for the translation table."""
    pairs = [entry[k] for k in ("title", "slug", "summary", "intro") if k in entry]
    return pairs + list(entry.get("paragraphs", ()))


def spanish_library():
    """English -> Spanish for every text of the library's pages."""
    pairs = [ASK, *_texts(LIBRARY)]
    for entry in [*AUDIENCE_PAGES, *RESOURCES]:
        pairs += _texts(entry)
    return dict(pairs)


def _body(entry):
    paragraphs = "".join(f"<p>{en}</p>" for en, _es in entry["paragraphs"])
    return [
        {"type": "paragraph", "value": paragraphs},
        {"type": "hotline", "value": {"heading": "", "text": ASK[0]}},
    ]


def _files(entry):
    """The resource's documents, one per language, written from its own text."""
    files = []
    for code in entry["languages"]:
        i = 0 if code == "en" else 1
        texts = [entry["summary"][i], *(p[i] for p in entry["paragraphs"]), ASK[i]]
        title = f"{entry['title'][i]} (PDF, {code})"
        files.append((code, library_pdfs.document(title, texts, code, HOTLINE_IN_PDF[i])))
    return files


def _sync_relations(page, topics, files):
    """The page's topics and files as wanted; republished only when they change."""
    have_topics = sorted(t.pk for t in page.topics.all())
    have_files = [(f.language, f.document_id) for f in page.files.order_by("sort_order")]
    wanted_files = [(code, doc.pk) for code, doc in files]
    if have_topics == sorted(t.pk for t in topics) and have_files == wanted_files:
        return
    page.topics = topics
    page.files = [
        ResourceFile(language=code, document=doc, sort_order=i)
        for i, (code, doc) in enumerate(files)
    ]
    page.save_revision().publish()


def _upsert_resource(upsert_page, library, entry, topics):
    fields = {
        "title": entry["title"][0],
        "summary": entry["summary"][0],
        "search_description": entry["summary"][0],
        "body": _body(entry),
        "resource_type": entry["type"],
        "publication_date": entry["date"],
        "last_reviewed_on": entry["reviewed"],
    }
    for code, name in ResourcePage.AUDIENCE_FIELDS.items():
        fields[name] = code in entry["audiences"]
    page = upsert_page(library, ResourcePage, entry["slug"][0], **fields)
    _sync_relations(page, [topics[slug] for slug in entry["topics"]], _files(entry))
    return page


def _supersede(pages):
    for entry in RESOURCES:
        newer = entry.get("superseded_by")
        page = pages[entry["key"]]
        if newer and page.superseded_by_id != pages[newer].pk:
            page.superseded_by = pages[newer]
            page.save_revision().publish()


def _upsert_library(upsert_page, home, entry, parent=None, audience=""):
    return upsert_page(
        parent or home,
        LibraryIndexPage,
        entry["slug"][0],
        title=entry["title"][0],
        intro=entry["intro"][0],
        search_description=entry["intro"][0],
        audience=audience,
        show_in_menus=True,
    )


def _feature(page, keys, resources):
    wanted = [resources[key].pk for key in keys]
    have = [f.resource_id for f in page.featured.order_by("sort_order")]
    if have != wanted:
        page.featured = [
            LibraryFeatured(resource_id=pk, sort_order=i) for i, pk in enumerate(wanted)
        ]
        page.save_revision().publish()


def load(command, home, upsert_page):
    """The library, its audience pages and its resources under the English home."""
    topics = {t.slug: t for t in Topic.objects.filter(locale=home.locale)}
    library = _upsert_library(upsert_page, home, LIBRARY)
    resources = {
        entry["key"]: _upsert_resource(upsert_page, library, entry, topics) for entry in RESOURCES
    }
    _supersede(resources)
    for entry in AUDIENCE_PAGES:
        page = _upsert_library(upsert_page, home, entry, library, entry["audience"])
        _feature(page, entry["top"], resources)
    for page in Page.objects.filter(pk__in=[p.pk for p in resources.values()]):
        sync_entry(page)
    command.stdout.write(f"library: {len(resources)} resources with generated PDFs")
    return library
