"""The Spanish of the demo's know-your-rights card and of the card and chart pages
(English source string -> Spanish), in the terms of docs/glossary-es.md. The card
says no more in Spanish than in English."""

CARDS_ES = {
    # The card
    "Not a U.S. citizen? Before you plead guilty": (
        "¿No tiene la ciudadanía estadounidense? Antes de declararse culpable"
    ),
    "Some convictions can lead to deportation whatever the sentence: drug, firearm and "
    "domestic violence offenses, among others.": (
        "Algunas condenas pueden llevar a la deportación sea cual sea la pena: los delitos "
        "de drogas, de armas de fuego y de violencia doméstica, entre otros."
    ),
    "Your defense lawyer must tell you whether a guilty plea puts you at risk of deportation.": (
        "Su abogado defensor debe decirle si declararse culpable le pone en riesgo de deportación."
    ),
    "Every case is different. Talk to a lawyer before you plead guilty.": (
        "Cada caso es distinto. Hable con un abogado antes de declararse culpable."
    ),
    "In New York, the Protect Our Courts Act limits civil immigration arrests of people "
    "going to, at or coming from court.": (
        "En Nueva York, la ley Protect Our Courts Act limita los arrestos migratorios "
        "civiles de personas que van al tribunal, están en él o salen de él."
    ),
    "Questions about your case? Call our hotline. We return every call.": (
        "¿Preguntas sobre su caso? Llame a nuestra línea de ayuda. Devolvemos todas las llamadas."
    ),
    # The cards page
    "Wallet cards for people who are not U.S. citizens and face a criminal case: why to "
    "talk to a lawyer before pleading guilty, and where to call.": (
        "Tarjetas de bolsillo para personas sin ciudadanía estadounidense que enfrentan un "
        "caso penal: por qué hablar con un abogado antes de declararse culpable, y a dónde "
        "llamar."
    ),
    "Immigration consequences of New York offenses, searchable by Penal Law section, with "
    "tips for defense counsel.": (
        "Consecuencias migratorias de delitos de Nueva York, con búsqueda por sección de la "
        "Ley Penal y consejos para la defensa."
    ),
    "Know your rights: wallet cards": "Conozca sus derechos: tarjetas de bolsillo",
    "know-your-rights": "conozca-sus-derechos",
    "Short cards to keep with you if you are not a U.S. citizen and face a criminal case. "
    "Read them on your phone or print them as wallet cards.": (
        "Tarjetas cortas para llevar con usted si no tiene la ciudadanía estadounidense y "
        "enfrenta un caso penal. Léalas en su teléfono o imprímalas en tamaño de bolsillo."
    ),
    "Know-your-rights cards for people who are not U.S. citizens and face a criminal "
    "case, to read on a phone or print as wallet cards.": (
        "Tarjetas de conozca sus derechos para personas sin ciudadanía estadounidense que "
        "enfrentan un caso penal, para leer en el teléfono o imprimir en tamaño de bolsillo."
    ),
    # The chart page
    "Quick Reference Chart": "Tabla de referencia rápida",
    "quick-reference-chart": "tabla-de-referencia-rapida",
    "For criminal defense attorneys: the immigration consequences of selected New York "
    "offenses, offense by offense, with tips for defense counsel.": (
        "Para abogados defensores penales: las consecuencias migratorias de algunos delitos "
        "de Nueva York, delito por delito, con consejos para la defensa. La tabla está en "
        "inglés."
    ),
    "The Quick Reference Chart for criminal defense attorneys: immigration consequences "
    "of selected New York offenses, searchable by Penal Law section.": (
        "La tabla de referencia rápida para abogados defensores penales: consecuencias "
        "migratorias de algunos delitos de Nueva York, con búsqueda por sección del Código "
        "Penal."
    ),
}
