"""The Spanish of the demo's statements, press room, newsletter and donate pages
(idp_site/devtools/demo/press.py), in the terms of docs/glossary-es.md. Legal points say
no more than the English, and end with a lawyer and the hotline."""

#: The hotline element inside a sentence, as wagtail-localize shows it.
HOTLINE = '<a id="a1"></a>'

CLOSING = (
    "Cada caso es distinto. Toda persona no ciudadana acusada de un delito debe "
    "consultar con un abogado antes de declararse culpable. Nuestra línea de ayuda da "
    f"asesoría legal: {HOTLINE}."
)

PRESS_ES = {
    # Statements index
    "statements": "declaraciones",
    "Statements and press releases": "Declaraciones y comunicados de prensa",
    "Statements and press releases from the Immigrant Defense Project.": (
        "Declaraciones y comunicados de prensa del Immigrant Defense Project."
    ),
    "Our statements on new laws and policies, and our press releases, newest first.": (
        "Nuestras declaraciones sobre nuevas leyes y políticas, y nuestros comunicados de "
        "prensa, del más reciente al más antiguo."
    ),
    "NEW YORK": "NUEVA YORK",
    "Press office": "Oficina de prensa",
    "press@immdefense.org": "press@immdefense.org",
    # The 364-day law
    "364-day-law": "ley-364-dias",
    "New York caps misdemeanor sentences at 364 days": (
        "Nueva York limita a 364 días la pena por un delito menor"
    ),
    "From today a class A misdemeanor in New York carries at most 364 days. One day "
    "less takes many New Yorkers out of the reach of deportation rules built on a "
    "one-year sentence.": (
        "Desde hoy, un delito menor de clase A en Nueva York tiene una pena máxima de 364 "
        "días. Un día menos deja a muchas personas de Nueva York, no a todas, fuera del "
        "alcance de las reglas de deportación que dependen de una pena de un año."
    ),
    "Under New York Penal Law \u00a770.15, a class A misdemeanor sentence is now "
    "capped at 364 days instead of one year. Under federal immigration law, a "
    "possible or imposed sentence of one year is what turns some offenses into "
    "grounds for deportation or a bar to relief.": (
        "Según el artículo 70.15 del Código Penal de Nueva York, la pena por un delito "
        "menor de clase A tiene ahora un máximo de 364 días, no de un año. En la ley "
        "federal de inmigración, una pena posible o impuesta de un año es lo que convierte "
        "algunos delitos en causa de deportación o en un impedimento para obtener alivio."
    ),
    "The change does not protect everyone. A drug conviction (other than one for "
    "a small amount of marijuana), a firearm offense, a domestic-violence or "
    "stalking offense and other categories can still lead to deportation, "
    "whatever the sentence.": (
        "El cambio no protege a todos. Una condena por drogas (salvo una por posesión de "
        "una pequeña cantidad de marihuana), un delito con armas de fuego, un delito de "
        "violencia doméstica o de acecho y otras categorías pueden llevar todavía a la "
        "deportación, sea cual sea la pena."
    ),
    "The law also reaches one-year sentences imposed before it took effect. How "
    "immigration authorities will treat such an older sentence is a question to "
    "put to a lawyer.": (
        "La ley también alcanza las penas de un año impuestas antes de su entrada en "
        "vigor. Cómo tratarán las autoridades de inmigración una pena así es una pregunta "
        "para un abogado."
    ),
    # Protect Our Courts Act
    "protect-our-courts-act-signed": "ley-proteger-tribunales-firmada",
    "The Protect Our Courts Act is law in New York": (
        "La Ley para Proteger Nuestros Tribunales ya es ley en Nueva York"
    ),
    "New York now limits civil immigration arrests of people going to court, at "
    "court, or on their way home from it.": (
        "Nueva York limita ahora los arrestos civiles de inmigración de las personas que "
        "van al tribunal, están en él o vuelven de él."
    ),
    "The Protect Our Courts Act (S.425 / A.2176) was signed today. It limits civil "
    "immigration arrests of people on their way to a New York court, at the "
    "courthouse and on their way back.": (
        "Hoy se firmó la Ley para Proteger Nuestros Tribunales (Protect Our Courts Act, "
        "S.425 / A.2176). Limita los arrestos civiles de inmigración de las personas que "
        "van a un tribunal de Nueva York, están en el edificio del tribunal o vuelven de él."
    ),
    "Our reports \u201cThe Courthouse Trap\u201d (2019) and \u201cDenied, "
    "Disappeared, and Deported\u201d (2020) documented what courthouse arrests do "
    "to people who come to court, and to the courts themselves.": (
        "Nuestros informes \u201cThe Courthouse Trap\u201d (2019) y \u201cDenied, "
        "Disappeared, and Deported\u201d (2020) documentaron lo que los arrestos en los "
        "tribunales causan a quienes acuden a ellos, y a los propios tribunales."
    ),
    # The 2021 memo
    "courthouse-enforcement-memo": "memorando-arrestos-tribunales",
    "Our reading of the federal memo on courthouse arrests": (
        "Nuestra lectura del memorando federal sobre arrestos en los tribunales"
    ),
    "ICE and CBP issued a memo today on civil immigration enforcement in or near "
    "courthouses. We are analysing what it changes and what it leaves in place.": (
        "ICE y CBP publicaron hoy un memorando sobre la aplicación civil de las leyes de "
        "inmigración en los tribunales o cerca de ellos. Estamos analizando qué cambia y "
        "qué deja igual."
    ),
    "On 27 April 2021 ICE and CBP issued a memo on civil immigration enforcement "
    "in or near courthouses. We will publish our analysis for defenders and "
    "community members.": (
        "El 27 de abril de 2021, ICE y CBP publicaron un memorando sobre la aplicación "
        "civil de las leyes de inmigración en los tribunales o cerca de ellos. "
        "Publicaremos nuestro análisis para abogados defensores y para la comunidad."
    ),
    "In New York, the Protect Our Courts Act, signed on 15 December 2020, already "
    "limits civil immigration arrests of people going to, at or coming from court.": (
        "En Nueva York, la Ley para Proteger Nuestros Tribunales, firmada el 15 de "
        "diciembre de 2020, ya limita los arrestos civiles de inmigración de las personas "
        "que van al tribunal, están en él o vuelven de él."
    ),
    # Every statement ends here.
    "Every case is different. Anyone facing a criminal charge who is not a U.S. citizen "
    "should talk to a lawyer before pleading guilty. Our hotline gives legal advice: "
    f"{HOTLINE}.": CLOSING,
    # Press room
    "press-room": "sala-de-prensa",
    "Press room": "Sala de prensa",
    "Media contacts, logos and the latest statements and reports.": (
        "Contactos de prensa, logotipos y las declaraciones e informes más recientes."
    ),
    "For journalists: who to contact, who we are, and what we have published lately.": (
        "Para periodistas: a quién contactar, quiénes somos y qué hemos publicado últimamente."
    ),
    "The Immigrant Defense Project (IDP) is a New York organization working where "
    "criminal law and immigration law meet. It advises immigrants and their defenders, "
    "trains defense lawyers and communities, publishes research, and campaigns for laws "
    "and practices that keep a criminal case from ending in deportation.": (
        "El Immigrant Defense Project (IDP) es una organización de Nueva York que trabaja "
        "donde se encuentran el derecho penal y el derecho de inmigración. Asesora a "
        "inmigrantes y a sus abogados defensores, capacita a abogados y a comunidades, "
        "publica investigaciones y promueve leyes y prácticas para que un caso penal no "
        "termine en deportación."
    ),
    "Logo (PDF)": "Logotipo (PDF)",
    # Newsletter
    "newsletter": "boletin",
    "Subscribe to our newsletter": "Suscríbase a nuestro boletín",
    "News of our campaigns, reports and trainings, by email.": (
        "Noticias de nuestras campañas, informes y capacitaciones, por correo electrónico."
    ),
    # Donate
    "give": "donar",
    "Give to the Immigrant Defense Project": "Done al Immigrant Defense Project",
    "How to give online or by check.": "Cómo donar en línea o con un cheque.",
    "Gifts of every size support our hotline, defender trainings, research and campaigns.": (
        "Las donaciones de cualquier monto sostienen nuestra línea de ayuda, las "
        "capacitaciones para abogados defensores, la investigación y las campañas."
    ),
}
