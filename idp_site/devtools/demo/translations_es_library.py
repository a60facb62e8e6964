"""Spanish for the demo's content library: topic names and partners' names and
descriptions (English source text -> Spanish), translated through wagtail-localize like
the pages (`translate.translate_snippets`). Proper names stay as their owners write them
(docs/glossary-es.md, "Kept in English")."""

LIBRARY_ES = {
    # Topics
    "Drug offenses": "Delitos de drogas",
    "Sex offenses": "Delitos sexuales",
    "Policing": "Vigilancia policial",
    "LGBTQ": "Personas LGBTQ",
    "Domestic violence": "Violencia doméstica",
    "Youth": "Jóvenes",
    "Gangs": "Pandillas",
    "DACA": "DACA",
    "Sanctuary policies": "Políticas santuario",
    "Misdemeanors": "Delitos menores",
    "Diversion": "Programas de desvío",
    # Partners: names
    "Drug Policy Alliance": "Drug Policy Alliance",
    "LEAD National Bureau": "LEAD National Bureau",
    "NYU Law School Immigrants' Rights Clinic": (
        "Immigrants' Rights Clinic de la Facultad de Derecho de NYU"
    ),
    "Fair Punishment Project (Harvard Law School)": (
        "Fair Punishment Project (Facultad de Derecho de Harvard)"
    ),
    "Immigrant Legal Resource Center": "Immigrant Legal Resource Center",
    "IDNYC coalition": "Coalición por IDNYC",
    "Human Rights Watch": "Human Rights Watch",
    "New York City Bar Association": "New York City Bar Association",
    "Cardozo Law School Immigration Justice Clinic": (
        "Immigration Justice Clinic de la Facultad de Derecho Cardozo"
    ),
    # Partners: descriptions
    "A national organization working to end the war on drugs; our partner in the "
    "campaign to end marijuana prohibition in New York.": (
        "Una organización nacional que trabaja para poner fin a la guerra contra las drogas; "
        "nuestra aliada en la campaña para acabar con la prohibición de la marihuana en "
        "Nueva York."
    ),
    "The network of Law Enforcement Assisted Diversion programs; we advise its members "
    "on criminal-immigration questions.": (
        "La red de programas de desvío de la policía (Law Enforcement Assisted Diversion); "
        "asesoramos a sus miembros en cuestiones penales y migratorias."
    ),
    "A law school clinic we work with on summons-court offenses that keep young New "
    "Yorkers from DACA.": (
        "Una clínica jurídica universitaria con la que trabajamos contra las infracciones de "
        "los tribunales de citaciones que dejan a jóvenes de Nueva York sin DACA."
    ),
    "A Harvard Law School project on unfair punishment; co-author of our 2017 report "
    "on sanctuary cities.": (
        "Un proyecto de la Facultad de Derecho de Harvard sobre las penas injustas; coautor "
        "de nuestro informe de 2017 sobre las ciudades santuario."
    ),
    "A national center of immigration-law expertise; co-author of our 2017 report on "
    "sanctuary cities.": (
        "Un centro nacional especializado en derecho de inmigración; coautor de nuestro "
        "informe de 2017 sobre las ciudades santuario."
    ),
    "The coalition of groups behind New York City's municipal identity card.": (
        "La coalición de organizaciones que impulsó la tarjeta de identificación municipal "
        "de la ciudad de Nueva York."
    ),
    "An international human rights organization; we helped with its "
    "2015 report on deportations for drug offenses.": (
        "Una organización internacional de derechos humanos; colaboramos en su informe de "
        "2015 sobre las deportaciones por delitos de drogas."
    ),
    "The city's bar association; three of its committees reported in support of the "
    "364-day change.": (
        "El colegio de abogados de la ciudad; tres de sus comités publicaron informes a favor "
        "del cambio a 364 días."
    ),
    "A law school clinic; we launched the One Day for New Yorkers campaign with it in 2015.": (
        "Una clínica jurídica universitaria; con ella lanzamos en 2015 la campaña por la ley "
        "de los 364 días."
    ),
}
