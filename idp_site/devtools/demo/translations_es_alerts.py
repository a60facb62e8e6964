"""The Spanish of the demo alerts (`alerts.py`), applied by `translate.py` like the rest
of `translations_es`: English source string -> Spanish, in the terms of
docs/glossary-es.md."""

ALERTS_ES = {
    "Alerts": "Alertas",
    "alerts": "alertas",
    "Alerts we have checked against their source: what changed, who is affected and what "
    "to do. Earlier alerts stay here, marked as no longer current.": (
        "Alertas que hemos comprobado con su fuente: qué cambió, a quién afecta y qué hacer. "
        "Las alertas anteriores siguen aquí, marcadas como ya no vigentes."
    ),
    "Verified alerts from the Immigrant Defense Project.": (
        "Alertas verificadas del Immigrant Defense Project."
    ),
    "English, Español": "inglés, español",
    # The current alert
    "Going to court in New York: civil immigration arrests are limited": (
        "Ir a un tribunal en Nueva York: los arrestos de inmigración civiles están limitados"
    ),
    "protect-our-courts": "proteger-nuestros-tribunales",
    "New York law limits civil immigration arrests of people going to, at or coming from "
    "its courts. Keep going to court, and call us with your questions.": (
        "La ley de Nueva York limita los arrestos de inmigración civiles de las personas que "
        "van a sus tribunales, están en ellos o salen de ellos. Siga yendo al tribunal y "
        "llámenos si tiene preguntas."
    ),
    "Protect Our Courts Act (New York, S.425 / A.2176)": (
        "Ley Proteger Nuestros Tribunales (Protect Our Courts Act, Nueva York, S.425 / A.2176)"
    ),
    "The Protect Our Courts Act, signed on 15 December 2020, limits civil immigration "
    "arrests of people who are going to a New York court, are at one, or are coming from "
    "one.": (
        "La Ley Proteger Nuestros Tribunales (Protect Our Courts Act), firmada el 15 de "
        "diciembre de 2020, limita los arrestos de inmigración civiles de las personas que "
        "van a un tribunal de Nueva York, están en uno o salen de uno."
    ),
    "Anyone who has to go to a court in New York State, whatever their immigration status.": (
        "Cualquier persona que tenga que ir a un tribunal del estado de Nueva York, sea cual "
        "sea su situación migratoria."
    ),
    "Keep going to your court dates. Talk to your lawyer before you plead guilty to "
    "anything: every case is different.": (
        "Siga yendo a sus citas en el tribunal. Hable con su abogado antes de declararse "
        "culpable de cualquier cosa: cada caso es distinto."
    ),
    "Do not pass on reports of ICE at a courthouse that nobody has checked: they spread "
    "fear and keep people away from court. Ask us or a lawyer first.": (
        "No comparta avisos de ICE en un tribunal que nadie ha comprobado: siembran miedo y "
        "alejan a la gente de los tribunales. Pregúntenos a nosotros o a un abogado antes."
    ),
    # The expired alert
    "Courthouse enforcement memo of April 2021": (
        "Memorando de abril de 2021 sobre operativos en los tribunales"
    ),
    "courthouse-memo-2021": "memorando-tribunales-2021",
    "ICE and CBP issued a memo on civil immigration enforcement in or near courthouses on "
    "27 April 2021.": (
        "ICE y CBP publicaron el 27 de abril de 2021 un memorando sobre la aplicación civil "
        "de las leyes de inmigración en los tribunales o cerca de ellos."
    ),
    "ICE and CBP memo of 27 April 2021 on enforcement in or near courthouses": (
        "Memorando de ICE y CBP del 27 de abril de 2021 sobre operativos en los tribunales "
        "o cerca de ellos"
    ),
    "On 27 April 2021, ICE and CBP issued a memo on civil immigration enforcement in or "
    "near courthouses. We analysed what it means for people with cases in New York.": (
        "El 27 de abril de 2021, ICE y CBP publicaron un memorando sobre la aplicación civil "
        "de las leyes de inmigración en los tribunales o cerca de ellos. Analizamos lo que "
        "significa para las personas con casos en Nueva York."
    ),
    "People with court dates in New York, and their lawyers.": (
        "Las personas con citas en los tribunales de Nueva York y sus abogados."
    ),
    "Keep going to court, and go over our analysis of the memo with your lawyer.": (
        "Siga yendo al tribunal y revise con su abogado nuestro análisis del memorando."
    ),
    "Do not rely on rumors about courthouse arrests: check what you hear with a lawyer or "
    "with us.": (
        "No se fíe de los rumores sobre arrestos en los tribunales: compruebe lo que oiga con "
        "un abogado o con nosotros."
    ),
}
