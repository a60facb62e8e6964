"""The Spanish of the demo's English text, applied through wagtail-localize
(`translate.py`): English source string -> Spanish.

Keys are the English strings exactly as wagtail-localize extracts them (one per field,
list item or paragraph, inline tags kept). When English demo text changes or grows, add
or update its entry here; `manage.py load_demo_content` lists any English text that has
no entry and leaves that page untranslated (it then falls back to English with a notice).

Written in the terms of docs/glossary-es.md (línea de ayuda, delito menor, pena,
proyecto de ley...). Legal statements say no more than a lawyer would (see "Say it
precisely" in the shared notes): the 364-day law takes many, not all, people out of the
federal categories, and every statement ends with a lawyer and the hotline, even where
the English is shorter.
"""

from idp_site.devtools.demo.translations_es_press import PRESS_ES

#: The hotline element (pages/rich_text.py) as wagtail-localize shows it inside a
#: sentence: the page shows the Help line's live number in its place.
HOTLINE = '<a id="a1"></a>'

#: Said after a legal statement: every case is different, ask before pleading guilty.
ASK_A_LAWYER = (
    "Cada caso es distinto: antes de declararse culpable, consulte con un abogado o llame "
    "a nuestra línea de ayuda."
)

SITE = {
    # Home
    "Immigrant Defense Project": "Immigrant Defense Project",
    "idp": "idp",
    "Immigrant Defense Project: where criminal and immigration law meet": (
        "Immigrant Defense Project: donde se cruzan el derecho penal y el migratorio"
    ),
    "The Immigrant Defense Project works in New York where criminal law and immigration "
    "law meet, so that a criminal case does not end in deportation.": (
        "El Immigrant Defense Project trabaja en Nueva York donde se cruzan el derecho penal y "
        "el migratorio, para que un caso penal no termine en deportación."
    ),
    "A criminal case should not end in deportation": (
        "Un caso penal no debería terminar en deportación"
    ),
    "We defend the rights of immigrants caught where the criminal legal system and the "
    "immigration system meet, in New York and across the country.": (
        "Defendemos los derechos de las personas inmigrantes atrapadas entre el sistema penal "
        "y el sistema de inmigración, en Nueva York y en todo el país."
    ),
    "More than 2 million": "Más de 2 millones",
    "people were deported by the United States in five years.": (
        "de personas fueron deportadas por Estados Unidos en cinco años."
    ),
    "U.S. government removal statistics": "Estadísticas de deportaciones del gobierno de EE. UU.",
    "The federal government names people with criminal convictions as a first target for "
    "deportation. For an immigrant New Yorker, a guilty plea to a minor charge can mean "
    "detention and separation from family.": (
        "El gobierno federal pone a las personas con antecedentes penales en primera fila para la "
        "deportación. Para una persona inmigrante en Nueva York, declararse culpable de un "
        "cargo leve puede acabar en detención y en la separación de su familia."
    ),
    "Defending the rights of immigrants where criminal and immigration law meet.": (
        "Defendemos los derechos de las personas inmigrantes donde se cruzan el derecho penal "
        "y el migratorio."
    ),
    # About, contact, research
    "About us": "Quiénes somos",
    "about": "quienes-somos",
    "Who we are and why we work where criminal and immigration law meet.": (
        "Quiénes somos y por qué trabajamos donde se cruzan el derecho penal y el migratorio."
    ),
    "The Immigrant Defense Project is a New York organization that works where criminal law "
    "and immigration law meet.": (
        "El Immigrant Defense Project es una organización de Nueva York que trabaja donde se "
        "cruzan el derecho penal y el derecho migratorio."
    ),
    "A conviction, even for a minor offense, can lead to detention and deportation. We train "
    "defenders, advise immigrants and their families, and press for laws and practices that "
    "keep a criminal case from turning into a life sentence of exile.": (
        "Una condena, aunque sea por un delito leve, puede llevar a la detención y a la "
        "deportación. Capacitamos a abogados defensores, asesoramos a personas inmigrantes y a "
        "sus familias, y luchamos por leyes y prácticas que impidan que un caso penal se "
        "convierta en un destierro de por vida."
    ),
    "For legal advice, call our hotline. Defense attorneys and journalists can reach us too.": (
        "Para recibir asesoría legal, llame a nuestra línea de ayuda. Los abogados "
        "defensores y los periodistas también pueden contactarnos."
    ),
    f"For legal advice, call our hotline at {HOTLINE}.": (
        f"Para recibir asesoría legal, llame a nuestra línea de ayuda al {HOTLINE}."
    ),
    "Diagonal blue and gold bands (a placeholder image).": (
        "Franjas diagonales azules y doradas (imagen de muestra)."
    ),
    "Contact us": "Contacto",
    "contact": "contacto",
    "How to reach the Immigrant Defense Project.": (
        "Cómo comunicarse con el Immigrant Defense Project."
    ),
    "Attorneys with questions about the immigration consequences of a client's case can use "
    "the attorney line described on our help pages.": (
        "Los abogados con preguntas sobre las consecuencias migratorias del caso de un cliente "
        "pueden usar la vía para abogados que se explica en nuestras páginas de ayuda."
    ),
    "Strategic Research Initiatives": "Iniciativas de investigación estratégica",
    "strategic-research-initiatives": "investigacion-estrategica",
    "How we look for points of intervention in policy, policing, courts and penal codes to "
    "expand the rights of noncitizens and citizens alike.": (
        "Cómo buscamos puntos de intervención en las políticas públicas, la policía, los "
        "tribunales y los códigos penales para ampliar los derechos de ciudadanos y no "
        "ciudadanos."
    ),
    "Our Strategic Research Initiatives look for the places where a change in local, state "
    "or federal practice can keep people out of the arrest-to-deportation pipeline.": (
        "Nuestras iniciativas de investigación estratégica buscan los puntos donde un cambio "
        "en la práctica local, estatal o federal puede evitar que un arresto lleve a la "
        "deportación."
    ),
    "We study policing, the choices of judges and prosecutors, state penal codes and "
    "litigation, looking for points of intervention that expand rights for noncitizens and "
    "citizens alike.": (
        "Estudiamos la actuación policial, las decisiones de jueces y fiscales, los códigos "
        "penales estatales y los litigios, en busca de puntos de intervención que amplíen los "
        "derechos de ciudadanos y no ciudadanos."
    ),
    "We focus on the offenses with the harshest immigration consequences, such as drug and "
    "sex offenses, and on communities that are heavily policed: LGBTQ people, survivors of "
    "domestic violence, young people, and people labeled as gang members.": (
        "Nos centramos en los delitos con las consecuencias migratorias más graves, como los "
        "delitos de drogas y los delitos sexuales, y en las comunidades más vigiladas por la "
        "policía: personas LGBTQ, sobrevivientes de violencia doméstica, jóvenes y personas "
        "señaladas como miembros de pandillas."
    ),
}

HELP = {
    "Get legal help": "Pedir ayuda legal",
    "get-legal-help": "ayuda-legal",
    "Ask our legal team to call you back about immigration and a criminal case. The form is "
    "confidential.": (
        "Pida que nuestro equipo legal le llame sobre inmigración y un caso penal. El "
        "formulario es confidencial."
    ),
    "If you or someone close to you is not a U.S. citizen and has been arrested, charged or "
    "convicted, a criminal case can change what happens with immigration. Tell us how to "
    "reach you and our legal team will call you back. You do not need to explain your case "
    "here.": (
        "Si usted o alguien cercano no es ciudadano de Estados Unidos y fue arrestado, acusado "
        "o condenado, el caso penal puede cambiar su situación migratoria. Díganos cómo "
        "contactarle y nuestro equipo legal le llamará. No hace falta que nos cuente su caso "
        "aquí."
    ),
    "You can also get legal advice by phone at this number. If you are a defense attorney, "
    "please use the page For defense attorneys.": (
        "También puede recibir asesoría legal por teléfono en este número. Si usted es abogado "
        "defensor, use la página Para abogados defensores."
    ),
    "Someone from our legal team will contact you using the phone number or email you gave. "
    "If you told us a message is not safe, we will not leave one. We will ask the questions we "
    "need on the call.": (
        "Una persona de nuestro equipo legal se comunicará con usted al teléfono o correo que "
        "nos dio. Si nos dijo que no es seguro dejar mensajes, no dejaremos ninguno. Las "
        "preguntas necesarias se las haremos en la llamada."
    ),
    "For defense attorneys": "Para abogados defensores",
    "attorneys": "abogados",
    "Defense attorneys can ask our legal team about the immigration consequences of a "
    "client's criminal case.": (
        "Los abogados defensores pueden consultar a nuestro equipo legal sobre las "
        "consecuencias migratorias del caso penal de un cliente."
    ),
    "Representing a noncitizen in a criminal case? Before a plea, ask us how the charge and "
    "the possible dispositions could affect your client's immigration situation. Describe the "
    "case in general terms; do not name your client.": (
        "¿Representa a una persona no ciudadana en un caso penal? Antes de una declaración de "
        "culpabilidad, consúltenos cómo el cargo y las posibles resoluciones podrían afectar su "
        "situación migratoria. Describa el caso en términos generales y no nombre a su cliente."
    ),
    "When a plea or a hearing is close, call rather than write: the same number reaches our "
    "attorneys.": (
        "Si la declaración de culpabilidad o la audiencia están cerca, llame en vez de "
        "escribir: el mismo número comunica con nuestros abogados."
    ),
    "One of our attorneys will answer you using the phone number or email you gave.": (
        "Uno de nuestros abogados le responderá al teléfono o correo que nos dio."
    ),
}

PROGRAM_AREAS = {
    "Our work": "Nuestro trabajo",
    "our-work": "nuestro-trabajo",
    "The program areas of the Immigrant Defense Project.": (
        "Las áreas de trabajo del Immigrant Defense Project."
    ),
    "We look for the points where a change in policing, courts or the law can keep people "
    "out of the arrest-to-deportation pipeline.": (
        "Buscamos los puntos donde un cambio en la policía, los tribunales o la ley puede "
        "evitar que un arresto termine en deportación."
    ),
    "One day for New Yorkers: the 364-day change": "Un día para Nueva York: el cambio a 364 días",
    "one-day-for-new-yorkers": "un-dia-para-nueva-york",
    "Why cutting New York's maximum misdemeanor sentence by one day protects immigrant New "
    "Yorkers from deportation.": (
        "Por qué rebajar en un día la pena máxima por un delito menor en Nueva York protege a "
        "muchas personas inmigrantes de la deportación."
    ),
    "A New York misdemeanor carries up to 365 days. Under federal immigration law that single "
    "extra day can make a minor conviction a ground for detention and deportation, even when "
    "no jail time is served. Setting the maximum at 364 days removes that consequence for "
    "many people.": (
        "Hasta 2019, un delito menor de clase A en Nueva York tenía una pena máxima de un año. "
        "Según la ley federal de inmigración, ese día de más podía convertir una condena leve "
        "en causal de detención y deportación, aunque la persona no pasara ni un día en la "
        "cárcel. Con un máximo de 364 días, muchas personas, no todas, quedan fuera de esa "
        "consecuencia."
    ),
    "1 day": "1 día",
    "separates a 365-day maximum from a 364-day one": (
        "separa una pena máxima de 365 días de una de 364"
    ),
    "New York Penal Law": "Ley Penal de Nueva York",
    "We started this campaign in 2015 with the Cardozo Law School Immigration Justice Clinic. "
    "The campaign page, with the bills' progress and the statement of support, is listed "
    "below among the related campaigns.": (
        "Iniciamos esta campaña en 2015 con la Immigration Justice Clinic de la Facultad de "
        "Derecho Cardozo. La página de la campaña, con el avance de los proyectos de ley y la "
        "declaración de apoyo, aparece más abajo entre las campañas relacionadas."
    ),
    "Other states had already made the same change before New York considered it.": (
        "Otros estados ya habían hecho el mismo cambio antes de que Nueva York lo estudiara."
    ),
    "Drug policy reform": "Reforma de la política de drogas",
    "drug-policy-reform": "reforma-politica-de-drogas",
    "How drug convictions drive deportations, and our work to end marijuana prohibition in "
    "New York.": (
        "Cómo las condenas por drogas llevan a deportaciones, y nuestro trabajo para acabar con "
        "la prohibición de la marihuana en Nueva York."
    ),
    "Drug offenses carry some of the harshest immigration consequences. We explain them to "
    "advocates and communities and push for reform.": (
        "Los delitos de drogas tienen algunas de las consecuencias migratorias más graves. Las "
        "explicamos a defensores y comunidades y trabajamos por una reforma."
    ),
    "More than 34,000": "Más de 34\u00a0000",
    "people deported between 2007 and 2012 whose most serious conviction was marijuana "
    "possession": (
        "personas deportadas entre 2007 y 2012 cuya condena más grave era por posesión de marihuana"
    ),
    "Human Rights Watch, with help from IDP": "Human Rights Watch, con la ayuda de IDP",
    "With the Drug Policy Alliance we work to end marijuana prohibition in New York, bringing "
    "immigrant-rights allies and the stories of people directly affected into that campaign.": (
        "Junto con la Drug Policy Alliance trabajamos para acabar con la prohibición de la "
        "marihuana en Nueva York, y llevamos a esa campaña a aliados de los derechos de los "
        "inmigrantes y las historias de las personas afectadas."
    ),
    "Pre-arrest diversion": "Desvío previo al arresto",
    "pre-arrest-diversion": "desvio-previo-al-arresto",
    "Keeping people out of the arrest-to-deportation pipeline.": (
        "Evitar que un arresto lleve a la deportación."
    ),
    "An arrest can be the first step toward deportation. Diversion before arrest keeps people "
    "out of that pipeline altogether.": (
        "Un arresto puede ser el primer paso hacia la deportación. Los programas de desvío "
        "previo al arresto evitan que las personas entren en ese camino."
    ),
    "As a member of the LEAD (Law Enforcement Assisted Diversion) National Bureau, we give "
    "other members advice on the immigration side of criminal cases.": (
        "Como miembros del LEAD National Bureau (la red de programas de desvío con ayuda de la "
        "policía, Law Enforcement Assisted Diversion), asesoramos a los demás miembros sobre "
        "las consecuencias migratorias de los casos penales."
    ),
    "Mitigating broken-windows policing": "Frente a la política de «ventanas rotas»",
    "broken-windows-policing": "ventanas-rotas",
    "Quality-of-life policing, municipal ID, and summons-court offenses that bar young New "
    "Yorkers from DACA.": (
        "La vigilancia policial de «calidad de vida», la identificación municipal y las "
        "infracciones de citación que cierran DACA a jóvenes de Nueva York."
    ),
    "Since the 1980s quality-of-life policing in New York City has driven up arrests for "
    "violations and misdemeanors, with lasting immigration harm.": (
        "Desde los años ochenta, la vigilancia policial de «calidad de vida» en la ciudad de "
        "Nueva York ha multiplicado los arrestos por infracciones y delitos menores, con daños "
        "migratorios duraderos."
    ),
    "We support pre-arrest drug and mental-health diversion and give Know-Your-Rights trainings.": (
        "Apoyamos los programas de desvío previo al arresto por drogas y salud mental, y damos "
        "talleres de «Conozca sus derechos»."
    ),
    "We were part of the coalition behind IDNYC, the city's municipal ID, pressing for no "
    "arrests on ICE administrative warrants and for the privacy of applicants' documents.": (
        "Formamos parte de la coalición que impulsó IDNYC, la identificación municipal de la "
        "ciudad, y exigimos que no hubiera arrestos por órdenes administrativas de ICE y que se "
        "protegiera la privacidad de los documentos de los solicitantes."
    ),
    "With the NYU Law School Immigrants' Rights Clinic we work against summons-court offenses "
    "that keep young New Yorkers from DACA.": (
        "Con la Immigrants' Rights Clinic de la Facultad de Derecho de NYU trabajamos contra "
        "las infracciones del tribunal de citaciones que impiden a jóvenes de Nueva York "
        "acceder a DACA."
    ),
}

PUBLICATIONS = {
    "Reports": "Informes",
    "reports": "informes",
    "Research and policy reports by the Immigrant Defense Project.": (
        "Informes de investigación y de políticas públicas del Immigrant Defense Project."
    ),
    "Our research and policy reports, newest first.": (
        "Nuestros informes de investigación y de políticas públicas, del más reciente al más "
        "antiguo."
    ),
    "The Promise of Sanctuary Cities and the Need for Criminal Justice Reforms in an Era of "
    "Mass Deportation": (
        "La promesa de las ciudades santuario y la necesidad de reformar la justicia penal en "
        "una época de deportaciones masivas"
    ),
    "promise-of-sanctuary-cities": "promesa-ciudades-santuario",
    "Our 2017 report with the Fair Punishment Project and the Immigrant Legal Resource "
    "Center: real sanctuary needs criminal justice reform.": (
        "Nuestro informe de 2017 con el Fair Punishment Project y el Immigrant Legal Resource "
        "Center: un santuario de verdad necesita una reforma de la justicia penal."
    ),
    "City leaders who want to protect immigrants cannot stop at refusing to help federal "
    "immigration agents. This report argues they must also end criminal justice practices "
    "that punish poverty and feed people into deportation.": (
        "Las autoridades municipales que quieren proteger a las personas inmigrantes no "
        "pueden limitarse a negar su ayuda a los agentes federales de inmigración. El informe "
        "sostiene que también deben acabar con las prácticas penales que castigan la pobreza y "
        "empujan a las personas hacia la deportación."
    ),
    "Local policing choices decide who enters the deportation system.": (
        "Las decisiones de la policía local determinan quién entra en el sistema de deportación."
    ),
    "Practices that criminalize poverty undercut sanctuary promises.": (
        "Las prácticas que criminalizan la pobreza debilitan las promesas de santuario."
    ),
    "The downloadable file on this demo site is a sample placeholder, not the published report.": (
        "El archivo que se descarga en este sitio de demostración es una muestra, no el informe "
        "publicado."
    ),
    "Stories": "Historias",
    "stories": "historias",
    "Stories of New Yorkers caught between two legal systems (samples).": (
        "Historias de personas de Nueva York atrapadas entre dos sistemas legales (ejemplos)."
    ),
    "People tell us what the arrest-to-deportation pipeline did to their families. The "
    "stories on this demo site are samples written for it.": (
        "Las personas nos cuentan lo que el paso del arresto a la deportación hizo a sus "
        "familias. Las historias de este sitio de demostración son ejemplos escritos para él."
    ),
    "Sample story: one day on a sentence": "Historia de ejemplo: un día de diferencia",
    "sample-story-one-day": "historia-ejemplo-un-dia",
    "Sample story: one day on a sentence. A sample story written for this demo site.": (
        "Historia de ejemplo: un día de diferencia. Escrita para este sitio de demostración."
    ),
    "R. (a pseudonym)": "R. (seudónimo)",
    "A sentence I never served almost cost me my family.": (
        "Una pena que nunca cumplí casi me cuesta mi familia."
    ),
    "SAMPLE: this story was written for the demo site and does not describe a real person.": (
        "EJEMPLO: esta historia se escribió para el sitio de demostración y no describe a una "
        "persona real."
    ),
    "It shows how a minor case in criminal court can lead to detention and the threat of "
    "deportation, and how a small change in the law can help.": (
        "Muestra cómo un caso leve en un tribunal penal puede llevar a la detención y al riesgo "
        "de deportación, y cómo un pequeño cambio en la ley puede ayudar. " + ASK_A_LAWYER
    ),
    "Sample story: a summons and a lost chance at DACA": (
        "Historia de ejemplo: una citación y una oportunidad perdida de DACA"
    ),
    "sample-story-a-summons": "historia-ejemplo-una-citacion",
    "Sample story: a summons and a lost chance at DACA. A sample story written for this demo "
    "site.": (
        "Historia de ejemplo: una citación y una oportunidad perdida de DACA. Escrita para este "
        "sitio de demostración."
    ),
    "J. (a pseudonym)": "J. (seudónimo)",
    "I was seventeen, and a ticket followed me for years.": (
        "Tenía diecisiete años, y una multa me persiguió durante años."
    ),
    "Sample story: an old marijuana conviction": (
        "Historia de ejemplo: una antigua condena por marihuana"
    ),
    "sample-story-old-conviction": "historia-ejemplo-condena-antigua",
    "Sample story: an old marijuana conviction. A sample story written for this demo site.": (
        "Historia de ejemplo: una antigua condena por marihuana. Escrita para este sitio de "
        "demostración."
    ),
    "M. (a pseudonym)": "M. (seudónimo)",
    "It was one small arrest, a long time ago.": "Fue un solo arresto sin importancia, hace mucho.",
}

CAMPAIGN = {
    "How a misdemeanor sentence can lead to deportation": (
        "Cómo la pena por un delito menor puede llevar a la deportación"
    ),
    "one-day-background": "un-dia-contexto",
    "Why the longest misdemeanor sentence in New York mattered to immigrants.": (
        "Por qué la pena máxima por un delito menor en Nueva York importa a las personas "
        "inmigrantes."
    ),
    "Federal immigration law counts the sentence a judge could give, not only the one a "
    "person serves.": (
        "La ley federal de inmigración tiene en cuenta la pena que un juez podría imponer, no "
        "solo la que la persona cumple."
    ),
    "Under federal law, some convictions become grounds for deportation when the possible "
    "sentence is a year or more. Until 2019, a class A misdemeanor in New York carried a "
    "possible sentence of 365 days: one day too many.": (
        "Según la ley federal, algunas condenas se convierten en causal de deportación cuando "
        "la pena posible es de un año o más. Hasta el 12 de abril de 2019, un delito menor de "
        "clase A en Nueva York tenía una pena posible de un año: un día de más."
    ),
    "That single day could turn a minor case, even one that ended with no jail time at all, "
    "into a reason to detain and deport a long-time resident.": (
        "Ese único día podía convertir un caso leve, incluso uno que terminó sin ningún día de "
        "cárcel, en motivo para detener y deportar a una persona que llevaba muchos años en el "
        "país. " + ASK_A_LAWYER
    ),
    "The New York City Bar's report in support": (
        "El informe de apoyo del Colegio de Abogados de la Ciudad de Nueva York"
    ),
    "one-day-nyc-bar-report": "un-dia-informe-colegio-de-abogados",
    "A summary of the New York City Bar Association's report supporting the change.": (
        "Un resumen del informe del Colegio de Abogados de la Ciudad de Nueva York a favor del "
        "cambio."
    ),
    "The New York City Bar Association published a report supporting the One Day to Protect "
    "New Yorkers Act.": (
        "El Colegio de Abogados de la Ciudad de Nueva York (New York City Bar Association) "
        "publicó un informe a favor de la ley de los 364 días."
    ),
    "Our summary: the report explains how the 365-day maximum interacts with federal "
    "immigration law, and why a 364-day maximum is fair to every defendant. Read the full "
    "report on the Bar Association's website.": (
        "Nuestro resumen: el informe explica cómo la pena máxima de 365 días se relacionaba con "
        "la ley federal de inmigración, y por qué un máximo de 364 días es justo para todos los "
        "acusados. El informe completo está en el sitio web del Colegio de Abogados (en "
        "inglés)."
    ),
    "One day, one family (a composite story)": "Un día, una familia (historia compuesta)",
    "one-day-story": "un-dia-una-familia",
    "A composite story showing what one day meant for an immigrant family.": (
        "Una historia compuesta que muestra lo que un día significó para una familia inmigrante."
    ),
    "This is a composite story written for this site; it does not describe one real person.": (
        "Es una historia compuesta escrita para este sitio; no describe a una sola persona real."
    ),
    "A parent who had lived in New York for twenty years pleaded guilty to a minor "
    "misdemeanor and served no jail time. Because the possible sentence was 365 days, the "
    "plea put the family at risk of separation.": (
        "Una madre que llevaba veinte años en Nueva York se declaró culpable de un delito menor "
        "y no pasó ningún día en la cárcel. Como la pena posible era de un año, esa declaración "
        "de culpabilidad puso a la familia en riesgo de separación."
    ),
    "With the 364-day law, the same plea no longer carries that risk.": (
        "Con la ley de 364 días, esa misma declaración ya no tendría ese efecto por la duración "
        "de la pena, aunque otros delitos siguen pudiendo llevar a la deportación sea cual sea "
        "la pena. " + ASK_A_LAWYER
    ),
    "Campaigns": "Campañas",
    "campaigns": "campanas",
    "Our campaigns to change laws that lead to deportation.": (
        "Nuestras campañas para cambiar las leyes que llevan a la deportación."
    ),
    "We work with partners to change the laws that turn a criminal case into a deportation "
    "case. Follow each campaign and the bills that carry it.": (
        "Trabajamos con organizaciones aliadas para cambiar las leyes que convierten un caso "
        "penal en un caso de deportación. Siga cada campaña y los proyectos de ley que la "
        "impulsan."
    ),
    "One Day to Protect New Yorkers": "Un día menos: la ley de los 364 días",
    "one-day": "un-dia",
    "How New York capped misdemeanor sentences at 364 days, and why one day protects "
    "immigrant New Yorkers.": (
        "Cómo Nueva York limitó a 364 días la pena por un delito menor de clase A, y por qué un "
        "día protege a muchas personas inmigrantes."
    ),
    "Cap the longest sentence for a misdemeanor in New York at 364 days, so that a minor "
    "conviction no longer triggers deportation.": (
        "Limitar a 364 días la pena máxima por un delito menor de clase A en Nueva York, para "
        "que una condena leve no se convierta en causal de deportación solo por la duración de "
        "la pena posible."
    ),
    "We won. The change became law through the state budget for fiscal year 2020, signed on "
    "12 April 2019 and effective at once, rather than through the campaign's own bills."
    "<br/><br/>Penal Law §70.15 now sets the longest sentence for a class A misdemeanor at "
    "364 days, and the change also applies to sentences given before it.": (
        "Ganamos. El cambio se hizo ley con el presupuesto estatal del año fiscal 2020, firmado "
        "el 12 de abril de 2019 y vigente de inmediato, y no con los proyectos de ley propios "
        "de la campaña.<br/><br/>El artículo 70.15 de la Ley Penal fija ahora en 364 días la "
        "pena máxima por un delito menor de clase A. La ley también alcanza las penas de un año "
        "impuestas antes; cómo tratan las autoridades de inmigración una pena anterior es una "
        "pregunta para un abogado. " + ASK_A_LAWYER
    ),
    "Why one day matters": "Por qué importa un día",
    "Federal immigration law can make a conviction a ground for deportation when the possible "
    "sentence is a year or more, even if the person never spends a day in jail. A 365-day "
    "maximum put every misdemeanor in New York on the wrong side of that line.": (
        "La ley federal de inmigración puede convertir una condena en causal de deportación "
        "cuando la pena posible es de un año o más, aunque la persona no pase ni un día en la "
        "cárcel. Con un máximo de un año, los delitos menores de clase A de Nueva York "
        "quedaban del lado equivocado de esa línea."
    ),
    "It also tied judges' hands: no sentence they chose could undo the immigration penalty "
    "attached to the maximum.": (
        "Además ataba las manos de los jueces: ninguna pena que eligieran podía evitar la "
        "consecuencia migratoria ligada al máximo."
    ),
    "364 days": "364 días",
    "the longest sentence for a misdemeanor in New York since 2019": (
        "la pena máxima por un delito menor de clase A en Nueva York desde 2019"
    ),
    "New York Penal Law §70.15": "Ley Penal de Nueva York, artículo 70.15",
    "Questions and answers": "Preguntas y respuestas",
    "What changed?": "¿Qué cambió?",
    "Since 12 April 2019, the longest sentence for a class A misdemeanor in New York is 364 "
    "days instead of one year.": (
        "Desde el 12 de abril de 2019, la pena máxima por un delito menor de clase A en Nueva "
        "York es de 364 días en lugar de un año. Eso saca a muchas personas, no a todas, de "
        "las categorías de la ley federal que dependen de una pena de un año: una condena por "
        "drogas, por armas de fuego o por violencia doméstica, entre otras, puede seguir "
        "llevando a la deportación sea cual sea la pena."
    ),
    "Does it help people convicted before 2019?": (
        "¿Ayuda a quienes fueron condenados antes de 2019?"
    ),
    "Yes. The new law applies to sentences given before it took effect, as well as to new ones.": (
        "La ley también alcanza las penas de un año impuestas antes de que entrara en vigor. "
        "Cómo tratan las autoridades de inmigración una pena anterior es una pregunta para un "
        "abogado. " + ASK_A_LAWYER
    ),
    "Why was one day so important?": "¿Por qué era tan importante un día?",
    "Federal immigration law treats some convictions with a possible sentence of a year or "
    "more as grounds for deportation, even when no jail time was served. One day less takes "
    "most misdemeanors out of that rule and gives judges back their discretion.": (
        "La ley federal de inmigración trata algunas condenas con una pena posible de un año o "
        "más como causal de deportación, aunque la persona no haya pasado tiempo en la cárcel. "
        "Un día menos saca a muchos delitos menores de esa regla y devuelve a los jueces de "
        "inmigración su margen para valorar cada caso. " + ASK_A_LAWYER
    ),
    "Statement of support: One Day to Protect New Yorkers": (
        "Declaración de apoyo a la ley de los 364 días"
    ),
    "The 364-day cap became law on 12 April 2019, through the state budget, so this "
    "statement no longer takes signatures. It stays here with its signers as a record of "
    "the campaign. The signers listed on this demonstration site are fictional.": (
        "El límite de 364 días se convirtió en ley el 12 de abril de 2019, a través del "
        "presupuesto del estado, por lo que esta declaración de apoyo ya no recibe firmas. "
        "Queda aquí con sus firmantes como registro de la campaña. Los firmantes que "
        "aparecen en este sitio de demostración son ficticios."
    ),
    "statement-of-support": "declaracion-de-apoyo",
    "Organizations and people who support capping misdemeanor sentences at 364 days.": (
        "Organizaciones y personas que apoyan limitar a 364 días la pena por un delito menor."
    ),
    "We, the undersigned organizations and individuals, support setting the longest sentence "
    "for a misdemeanor in New York at 364 days.": (
        "Las organizaciones y personas abajo firmantes apoyamos que la pena máxima por un "
        "delito menor en Nueva York sea de 364 días."
    ),
    "A single day should not decide whether a New Yorker stays with their family. A 364-day "
    "maximum keeps the punishment the legislature chose for a minor offense and removes an "
    "immigration penalty it never meant to attach to it.": (
        "Un solo día no debería decidir si una persona de Nueva York se queda con su familia. "
        "Un máximo de 364 días mantiene el castigo que la legislatura eligió para un delito "
        "leve y quita una consecuencia migratoria que nunca quiso asociarle."
    ),
    "The change treats every defendant alike, citizen or not, and gives judges back the "
    "discretion that a one-year maximum took from them.": (
        "El cambio trata igual a todos los acusados, sean ciudadanos o no, y devuelve a los "
        "jueces el margen de decisión que un máximo de un año les quitaba."
    ),
    "Organizations and individuals can sign. Staff review each signature before it appears in "
    "the list below.": (
        "Pueden firmar organizaciones y personas. Nuestro equipo revisa cada firma antes de que "
        "aparezca en la lista de abajo."
    ),
    "I have read the statement and I am authorized to sign it (for an organization: on its "
    "behalf).": (
        "He leído la declaración y estoy autorizado/a para firmarla (si es una organización, "
        "en su nombre)."
    ),
}

#: Home, about, contact, press, privacy, donate and the legal help page.
SITE_PAGES = {
    "We defend the rights of immigrants caught where the criminal legal system and the "
    "immigration system meet, in New York and across the country.": (
        "Defendemos los derechos de las personas inmigrantes atrapadas entre el sistema penal y "
        "el sistema de inmigración, en Nueva York y en todo el país."
    ),
    "people deported between 2007 and 2012 whose most serious conviction was marijuana "
    "possession.": (
        "personas deportadas entre 2007 y 2012 cuya condena más grave era por posesión de "
        "marihuana."
    ),
    "the longest sentence for a class A misdemeanor in New York since 12 April 2019, a change "
    "we campaigned for.": (
        "la pena más larga por un delito menor de clase A en Nueva York desde el 12 de abril de "
        "2019, un cambio por el que hicimos campaña."
    ),
    "The federal government names people with criminal convictions as a first target for "
    "deportation. For an immigrant New Yorker, a guilty plea to a minor charge can mean "
    "detention and separation from family. We give legal advice, train defenders, and "
    "change the laws and practices that feed the arrest-to-deportation pipeline.": (
        "El gobierno federal pone a las personas con antecedentes penales en primera fila para la "
        "deportación. Para una persona inmigrante en Nueva York, declararse culpable de un "
        "cargo leve puede acabar en detención y en la separación de su familia. Damos asesoría "
        "legal, capacitamos a abogados defensores y cambiamos las leyes y prácticas "
        "que llevan del arresto a la deportación."
    ),
    "Support our work": "Apoye nuestro trabajo",
    "Your gift supports our hotline and our defense of immigrant New Yorkers.": (
        "Su donación apoya nuestra línea de ayuda y nuestra defensa de las personas "
        "inmigrantes de Nueva York."
    ),
    "Donate": "Donar",
    "Drawing of a New York skyline at dusk under two arcs that meet, one gold and one white.": (
        "Dibujo del horizonte de Nueva York al atardecer bajo dos arcos que se unen, uno dorado "
        "y otro blanco."
    ),
    "How to reach the Immigrant Defense Project: the hotline, the attorney line, email and "
    "press.": (
        "Cómo comunicarse con el Immigrant Defense Project: la línea de ayuda, la línea para "
        "abogados, el correo electrónico y la prensa."
    ),
    "Defense attorneys with a question about a client's case can write to our attorneys from "
    "the page For defense attorneys, or call the same number when a plea or a hearing is close.": (
        "Los abogados defensores con una pregunta sobre el caso de un cliente pueden escribir a "
        "nuestros abogados desde la página Para abogados defensores, o llamar al mismo número "
        "cuando se acerque una declaración de culpabilidad o una audiencia."
    ),
    "For anything else, write to info@immdefense.org. Journalists can reach our press team at "
    "press@immdefense.org.": (
        "Para cualquier otro asunto, escriba a info@immdefense.org. Los periodistas pueden "
        "comunicarse con nuestro equipo de prensa en press@immdefense.org."
    ),
    "We never ask for your immigration status by email. Do not send documents about your case "
    "by email; we will tell you how to share them safely.": (
        "Nunca le pediremos su estatus migratorio por correo electrónico. No envíe documentos "
        "sobre su caso por correo electrónico; le diremos cómo compartirlos de forma segura."
    ),
    "Press": "Prensa",
    "press": "prensa",
    "Press contacts and background for journalists covering immigration and criminal law.": (
        "Contactos de prensa e información de contexto para periodistas que cubren temas de "
        "inmigración y derecho penal."
    ),
    "Journalists can reach our press team at press@immdefense.org.": (
        "Los periodistas pueden comunicarse con nuestro equipo de prensa en press@immdefense.org."
    ),
    "Our attorneys can explain how a criminal case can lead to deportation, what New York's "
    "364-day law changed and what it did not, and how ICE operates in and around the courts.": (
        "Nuestros abogados pueden explicar cómo un caso penal puede llevar a la deportación, "
        "qué cambió la ley de 364 días de Nueva York y qué no cambió, y cómo actúa ICE dentro y "
        "alrededor de los tribunales."
    ),
    "We do not share the names or stories of people who call our hotline. The stories on this "
    "site are composites.": (
        "No compartimos los nombres ni las historias de las personas que llaman a nuestra línea "
        "de ayuda. Las historias de este sitio son casos compuestos."
    ),
    "Privacy": "Privacidad",
    "privacy": "privacidad",
    "What this website records about its readers, and what it does not.": (
        "Qué registra este sitio web sobre sus lectores y qué no registra."
    ),
    "This site sets no tracking cookies, loads nothing from other websites and does not record "
    "your IP address with the forms you send.": (
        "Este sitio no usa cookies de seguimiento, no carga nada de otros sitios web y no "
        "guarda su dirección IP con los formularios que usted envía."
    ),
    "When you ask for a callback, what you write is encrypted and read only by our intake "
    "staff. We keep a request for at most 90 days after its last change, then delete it.": (
        "Cuando usted pide que le devolvamos la llamada, lo que escribe se cifra y solo lo lee "
        "nuestro personal de admisión. Guardamos cada solicitud un máximo de 90 días después de "
        "su último cambio y luego la borramos."
    ),
    "A form sets one cookie, needed to protect it from forgery. Pages without a form set none.": (
        "Un formulario usa una sola cookie, necesaria para protegerlo contra falsificaciones. "
        "Las páginas sin formulario no usan ninguna."
    ),
    "To leave a help page quickly, use the “Leave this site now” link at its top.": (
        "Para salir rápido de una página de ayuda, use el enlace “Salir de este sitio ahora” "
        "que está arriba."
    ),
    "donate": "donar",
    "Support legal advice for immigrants and the fight against the arrest-to-deportation "
    "pipeline.": (
        "Apoye la asesoría legal para personas inmigrantes y la lucha contra el camino que "
        "lleva del arresto a la deportación."
    ),
    "Your gift supports our hotline and keeps our attorneys at the side of defenders across "
    "New York.": (
        "Su donación apoya nuestra línea de ayuda y mantiene a nuestros abogados al lado de los "
        "defensores de todo Nueva York."
    ),
    "The Immigrant Defense Project is a nonprofit organization. Gifts of every size pay for "
    "our hotline, defender trainings, research and campaigns.": (
        "El Immigrant Defense Project es una organización sin fines de lucro. Las donaciones de "
        "cualquier monto pagan nuestra línea de ayuda, capacitaciones para defensores, "
        "investigación y campañas."
    ),
    "To give by check or to ask about a larger gift, write to info@immdefense.org.": (
        "Para donar con cheque o preguntar por una donación más grande, escriba a "
        "info@immdefense.org."
    ),
}

#: Program areas, stories and the One Day campaign's resource pages.
WORK_PAGES = {
    "One Day for New Yorkers: the 364-day law": "Un día para Nueva York: la ley de 364 días",
    "How one day less on the longest class A misdemeanor sentence protects many immigrant New "
    "Yorkers, and what it does not change.": (
        "Cómo un día menos en la pena más larga por un delito menor de clase A protege a muchas "
        "personas inmigrantes de Nueva York, y qué no cambia."
    ),
    "Since 12 April 2019, the longest sentence for a class A misdemeanor in New York is 364 "
    "days instead of one year. Federal immigration law uses a one-year sentence, possible or "
    "imposed, to make some convictions grounds for deportation or bars to relief; one day less "
    "takes many New Yorkers out of those categories.": (
        "Desde el 12 de abril de 2019, la pena más larga por un delito menor de clase A en "
        "Nueva York es de 364 días en lugar de un año. La ley federal de inmigración usa una "
        "pena de un año, posible o impuesta, para convertir algunas condenas en causales de "
        "deportación o en impedimentos para obtener alivio migratorio; un día menos saca a "
        "muchas personas de Nueva York de esas categorías, pero no a todas. Cada caso es "
        "distinto: consulte con un abogado o llame a nuestra línea de ayuda."
    ),
    "the longest sentence for a class A misdemeanor in New York since 12 April 2019": (
        "la pena más larga por un delito menor de clase A en Nueva York desde el 12 de abril de "
        "2019"
    ),
    "New York Penal Law §70.15(1)": "Ley Penal de Nueva York §70.15(1)",
    "3 months": "3 meses",
    "the longest sentence for a class B misdemeanor, unchanged": (
        "la pena más larga por un delito menor de clase B, sin cambios"
    ),
    "New York Penal Law §70.15(2)": "Ley Penal de Nueva York §70.15(2)",
    "We started this campaign in 2015 with the Cardozo Law School Immigration Justice Clinic, "
    "and it became law through the state budget signed on 12 April 2019. Washington (2011), "
    "Nevada (2013) and California (2014) had made similar changes before; Utah and Colorado "
    "followed in 2019.": (
        "Empezamos esta campaña en 2015 con la Immigration Justice Clinic de la Facultad de "
        "Derecho Cardozo, y se convirtió en ley con el presupuesto estatal firmado el 12 de "
        "abril de 2019. Washington (2011), Nevada (2013) y California (2014) ya habían hecho "
        "cambios parecidos; Utah y Colorado los siguieron en 2019."
    ),
    "<strong>What it did not change.</strong> The 364-day cap does not protect everyone. A drug "
    "conviction (other than a single small marijuana possession), a firearm offense, a "
    "domestic-violence or stalking offense and other categories can still lead to deportation "
    "whatever the sentence.": (
        "<strong>Lo que no cambió.</strong> El límite de 364 días no protege a todos. Una "
        "condena por drogas (salvo una única posesión de una pequeña cantidad de marihuana), un "
        "delito con armas de fuego, un delito de violencia doméstica o de acecho y otras "
        "categorías todavía pueden llevar a la deportación, sea cual sea la pena."
    ),
    "<strong>Older sentences.</strong> The law also reaches one-year sentences imposed before "
    "it took effect. How immigration authorities treat such an older sentence is a question for "
    "a lawyer.": (
        "<strong>Penas anteriores.</strong> La ley también alcanza a las penas de un año "
        "impuestas antes de que entrara en vigor. Cómo tratan las autoridades de inmigración "
        "una pena anterior así es una pregunta para un abogado."
    ),
    "Every case is different. Talk to a lawyer before pleading guilty, and call our hotline at "
    f"{HOTLINE}.": (
        "Cada caso es distinto. Consulte con un abogado antes de declararse culpable y llame a "
        f"nuestra línea de ayuda al {HOTLINE}."
    ),
    "Drug offenses carry some of the harshest immigration consequences: almost any drug "
    "conviction can lead to deportation whatever the sentence. We explain them to advocates and "
    "communities and push for reform.": (
        "Los delitos de drogas tienen algunas de las consecuencias migratorias más duras: casi "
        "cualquier condena por drogas puede llevar a la deportación, sea cual sea la pena. Las "
        "explicamos a defensores y comunidades y luchamos por una reforma. Si tiene un caso, "
        "llame a nuestra línea de ayuda."
    ),
    "With the Drug Policy Alliance we worked to end marijuana prohibition in New York, bringing "
    "immigrant-rights allies and the stories of people directly affected into that campaign.": (
        "Con la Drug Policy Alliance trabajamos para acabar con la prohibición de la marihuana "
        "en Nueva York, y sumamos a esa campaña a aliados de los derechos de las personas "
        "inmigrantes y las historias de las personas afectadas directamente."
    ),
    "An arrest can be the first step toward deportation. Diversion before arrest sends people "
    "to services instead of court and keeps them out of that pipeline altogether.": (
        "Un arresto puede ser el primer paso hacia la deportación. Los programas de desvío "
        "previo al arresto envían a las personas a servicios en lugar de a los tribunales y las "
        "mantienen fuera de ese camino."
    ),
    "As a member of the LEAD (Law Enforcement Assisted Diversion) National Bureau, we advise "
    "other members on the immigration side of criminal cases, so that diversion programs do not "
    "leave noncitizens exposed by accident.": (
        "Como miembros del LEAD National Bureau (Law Enforcement Assisted Diversion), "
        "asesoramos a otros miembros sobre el lado migratorio de los casos penales, para que "
        "los programas de desvío no dejen expuestas por accidente a las personas no ciudadanas."
    ),
    "Since the 1980s, quality-of-life policing in New York City has driven up arrests for "
    "violations and misdemeanors, and each arrest can reach immigration authorities.": (
        "Desde la década de 1980, la vigilancia policial de las llamadas faltas contra la "
        "calidad de vida en la ciudad de Nueva York ha multiplicado los arrestos por "
        "infracciones y delitos menores, y cada arresto puede llegar a las autoridades de "
        "inmigración."
    ),
    "We support pre-arrest drug and mental-health diversion and give Know-Your-Rights trainings "
    "in community spaces.": (
        "Apoyamos los programas de desvío previo al arresto para casos de drogas y de salud "
        "mental y damos talleres de Conozca sus derechos en espacios comunitarios."
    ),
    "ICE out of the courts": "ICE fuera de los tribunales",
    "ice-out-of-the-courts": "ice-fuera-de-los-tribunales",
    "Documenting ICE arrests in and around New York's courthouses, and working with defenders "
    "and legal services to stop them.": (
        "Documentamos los arrestos de ICE dentro y alrededor de los tribunales de Nueva York y "
        "trabajamos con defensores y servicios legales para detenerlos."
    ),
    "A courthouse should be a place to seek justice, not a trap. Since 2013 we have documented "
    "ICE arrests in and around New York's courts, in criminal, family and civil cases, and we "
    "help coalitions in New York and other states push back.": (
        "Un tribunal debe ser un lugar para buscar justicia, no una trampa. Desde 2013 "
        "documentamos los arrestos de ICE dentro y alrededor de los tribunales de Nueva York, "
        "en casos penales, de familia y civiles, y ayudamos a coaliciones de Nueva York y de "
        "otros estados a hacerles frente."
    ),
    "Our reports count the arrests and tell the stories of people taken while attending court. "
    "Our toolkit shows how defenders, legal services and community groups built a statewide "
    "coalition.": (
        "Nuestros informes cuentan los arrestos y las historias de personas detenidas cuando "
        "acudían al tribunal. Nuestra guía muestra cómo defensores, servicios legales y grupos "
        "comunitarios formaron una coalición en todo el estado."
    ),
    f"If someone you know was arrested by ICE at a courthouse, call our hotline at {HOTLINE}.": (
        "Si ICE arrestó en un tribunal a alguien que usted conoce, llame a nuestra línea de "
        f"ayuda al {HOTLINE}."
    ),
    "Training and advice for defenders": "Capacitación y asesoría para defensores",
    "defender-training": "capacitacion-de-defensores",
    "Our attorneys advise defense lawyers on the immigration consequences of criminal cases and "
    "train defenders across New York.": (
        "Nuestros abogados asesoran a los abogados defensores sobre las consecuencias "
        "migratorias de los casos penales y capacitan a defensores en todo Nueva York."
    ),
    "Since Padilla v. Kentucky (2010), defense lawyers must tell noncitizen clients whether a "
    "plea carries a risk of deportation. We train defenders and answer their questions about a "
    "client's case before the plea.": (
        "Desde el caso Padilla v. Kentucky (2010), los abogados defensores deben decir a sus "
        "clientes no ciudadanos si una declaración de culpabilidad conlleva riesgo de "
        "deportación. Capacitamos a defensores y respondemos sus preguntas sobre el caso de un "
        "cliente antes de la declaración de culpabilidad."
    ),
    "Defense lawyers can ask our attorneys about a client's case on the attorney line. We also "
    "publish practice advisories and a quick reference chart of New York offenses.": (
        "Los abogados defensores pueden consultar a nuestros abogados sobre el caso de un "
        "cliente en la línea para abogados. También publicamos guías prácticas y una tabla de "
        "referencia rápida de delitos de Nueva York (en inglés)."
    ),
    "Stories of New Yorkers caught between two legal systems.": (
        "Historias de personas de Nueva York atrapadas entre dos sistemas legales."
    ),
    "What the arrest-to-deportation pipeline does to families, told through composites of the "
    "experiences people share with us.": (
        "Lo que el camino del arresto a la deportación les hace a las familias, contado con "
        "casos compuestos a partir de lo que las personas nos cuentan."
    ),
    "One day on a sentence": "Un día de diferencia",
    "one-day-on-a-sentence": "un-dia-de-diferencia",
    "Rosa, Queens": "Rosa, de Queens",
    "Rosa came to New York at nine and raised two children here. Years ago she pleaded guilty "
    "to a class A misdemeanor and was sentenced to probation. Because a one-year sentence could "
    "have been imposed, that plea later put her green card application at risk.": (
        "Rosa llegó a Nueva York a los nueve años y crió aquí a sus dos hijos. Hace años se "
        "declaró culpable de un delito menor de clase A y la condenaron a libertad condicional. "
        "Como se le podría haber impuesto una pena de un año, esa declaración de culpabilidad "
        "puso después en riesgo su solicitud de residencia permanente."
    ),
    "Her lawyer called our attorneys before the next hearing. Every case is different; hers "
    "turned on the sentence and on the exact offense.": (
        "Su abogado llamó a nuestros abogados antes de la siguiente audiencia. Cada caso es "
        "distinto; el de ella dependía de la pena y del delito exacto. Si usted tiene una duda "
        "sobre su caso, llame a nuestra línea de ayuda."
    ),
    "A note on these stories: each is a composite, drawn from the experiences of many people "
    "who called us, with names and details changed. No story describes one real person.": (
        "Una nota sobre estas historias: cada una es un caso compuesto, hecho con las "
        "experiencias de muchas personas que nos llamaron, con nombres y detalles cambiados. "
        "Ninguna historia describe a una persona real."
    ),
    "A summons and a lost chance at DACA": "Una citación y una oportunidad perdida de DACA",
    "a-summons-and-daca": "una-citacion-y-daca",
    "Jay, the Bronx": "Jay, del Bronx",
    "At seventeen Jay got a summons on his way home from school. He paid a fine and forgot "
    "about it, until his DACA application asked about every arrest and every conviction.": (
        "A los diecisiete años, Jay recibió una citación de camino a casa desde la escuela. "
        "Pagó una multa y se olvidó del asunto, hasta que su solicitud de DACA le preguntó por "
        "cada arresto y cada condena."
    ),
    "A defender who had trained with us helped him find out what the summons really was, and "
    "what it meant for his application.": (
        "Un defensor que se había capacitado con nosotros le ayudó a averiguar qué era "
        "realmente la citación y qué significaba para su solicitud."
    ),
    "An old marijuana conviction": "Una antigua condena por marihuana",
    "an-old-marijuana-conviction": "una-antigua-condena-por-marihuana",
    "Marcus, Brooklyn": "Marcus, de Brooklyn",
    "Marcus was arrested once, in his twenties, with a small amount of marijuana. Twenty years "
    "later, returning from a family funeral abroad, he was stopped at the airport and "
    "questioned about it.": (
        "A Marcus lo arrestaron una vez, cuando tenía veintitantos años, con una pequeña "
        "cantidad de marihuana. Veinte años después, al volver del funeral de un familiar en el "
        "extranjero, lo detuvieron en el aeropuerto y le hicieron preguntas sobre ese arresto."
    ),
    "Drug convictions carry some of the harshest consequences in immigration law. Marcus called "
    "our hotline, and we referred him to a lawyer the same week.": (
        "Las condenas por drogas tienen algunas de las consecuencias más duras de la ley de "
        "inmigración. Marcus llamó a nuestra línea de ayuda y esa misma semana lo remitimos a "
        "un abogado."
    ),
    "What the 364-day law changed, and what it did not": (
        "Qué cambió la ley de 364 días y qué no cambió"
    ),
    "Why the longest class A misdemeanor sentence in New York matters to immigrants, what "
    "changed on 12 April 2019, and what did not.": (
        "Por qué importa a las personas inmigrantes la pena más larga por un delito menor de "
        "clase A en Nueva York, qué cambió el 12 de abril de 2019 y qué no cambió."
    ),
    "Under federal law, some convictions become grounds for deportation, or bar a person from "
    "relief, when a sentence of one year could be or was imposed: for example a crime involving "
    "moral turpitude within five years of admission, or an aggravated felony such as theft or a "
    "crime of violence with a one-year sentence. Until 12 April 2019, the longest sentence for "
    "a class A misdemeanor in New York was one year (class B misdemeanors were already capped "
    "at three months).": (
        "Según la ley federal, algunas condenas se convierten en causales de deportación, o "
        "impiden obtener alivio migratorio, cuando se podía imponer o se impuso una pena de un "
        "año: por ejemplo, un delito que implica vileza moral (crime involving moral turpitude) "
        "cometido dentro de los cinco años siguientes a la admisión, o un delito grave con "
        "agravantes (aggravated felony), como un robo o un delito violento con una pena de un "
        "año. Hasta el 12 de abril de 2019, la pena más larga por un delito menor de clase A en "
        "Nueva York era de un año (los delitos menores de clase B ya tenían un límite de tres "
        "meses)."
    ),
    "That line could turn a minor case, even one that ended with no jail time at all, into a "
    "reason to detain and deport a long-time resident. Since 12 April 2019, Penal Law §70.15 "
    "caps a class A misdemeanor at 364 days, which takes many New Yorkers out of those "
    "categories.": (
        "Esa línea podía convertir un caso leve, incluso uno que terminó sin ningún día de "
        "cárcel, en un motivo para detener y deportar a una persona que llevaba muchos años "
        "aquí. Desde el 12 de abril de 2019, la Ley Penal §70.15 limita la pena por un delito "
        "menor de clase A a 364 días, lo que saca a muchas personas de Nueva York de esas "
        "categorías, pero no a todas."
    ),
    "<strong>What the law did not change.</strong> It does not protect everyone. A drug "
    "conviction (other than a single small marijuana possession), a firearm offense, a "
    "domestic-violence or stalking offense and other categories can still lead to deportation "
    "whatever the sentence.": (
        "<strong>Lo que la ley no cambió.</strong> No protege a todos. Una condena por drogas "
        "(salvo una única posesión de una pequeña cantidad de marihuana), un delito con armas "
        "de fuego, un delito de violencia doméstica o de acecho y otras categorías todavía "
        "pueden llevar a la deportación, sea cual sea la pena. Cada caso es distinto: antes de "
        "declararse culpable, consulte con un abogado o llame a nuestra línea de ayuda."
    ),
    "Three committees of the New York City Bar Association (criminal courts, criminal justice "
    "operations, immigration and nationality law) reported in support of the One Day to Protect "
    "New Yorkers Act.": (
        "Tres comités de la New York City Bar Association (tribunales penales, funcionamiento "
        "de la justicia penal, y derecho de inmigración y nacionalidad) presentaron un informe "
        "en apoyo de la One Day to Protect New Yorkers Act."
    ),
    "Our summary: the report explains how a one-year maximum for class A misdemeanors met "
    "federal immigration law, which looks at the sentence that could be imposed and not only "
    "the one served, and why one day less is fair to every defendant. First issued in June 2016 "
    "and reissued in May 2018; the City Bar also supported the same change in the 2019–2020 "
    "state budget.": (
        "Nuestro resumen: el informe (en inglés) explica cómo un máximo de un año para los "
        "delitos menores de clase A chocaba con la ley federal de inmigración, que mira la pena "
        "que se podía imponer y no solo la que se cumplió, y por qué un día menos es justo para "
        "todos los acusados. Se publicó en junio de 2016 y de nuevo en mayo de 2018; la City "
        "Bar también apoyó el mismo cambio en el presupuesto estatal 2019–2020."
    ),
    '<a id="a1">Read the report on the New York City Bar\'s website</a>.': (
        '<a id="a1">Leer el informe en el sitio web de la New York City Bar Association</a>.'
    ),
    "One day, one family": "Un día, una familia",
    "A story showing what one day of a possible sentence meant for an immigrant family.": (
        "Una historia que muestra lo que un día de una pena posible significó para una familia "
        "inmigrante."
    ),
    "A parent who had lived in New York for twenty years, a plea, and one day.": (
        "Una madre o un padre que llevaba veinte años en Nueva York, una declaración de "
        "culpabilidad y un día."
    ),
    "A parent who had lived in New York for twenty years pleaded guilty to a class A "
    "misdemeanor and served no jail time. Because a sentence of one year could have been "
    "imposed, the plea put the family at risk of separation.": (
        "Una madre o un padre que llevaba veinte años en Nueva York se declaró culpable de un "
        "delito menor de clase A y no pasó ni un día en la cárcel. Como se podría haber "
        "impuesto una pena de un año, esa declaración de culpabilidad puso a la familia en "
        "riesgo de separación."
    ),
    "Under today's 364-day maximum, that line is no longer crossed for a plea like this one. "
    "Other parts of a case can still matter, which is why every plea deserves a lawyer's advice "
    "first.": (
        "Con el máximo actual de 364 días, una declaración de culpabilidad como esta ya no "
        "cruza esa línea. Otras partes de un caso todavía pueden importar, y por eso toda "
        "declaración de culpabilidad merece antes la asesoría de un abogado. Cada caso es "
        "distinto: llame a nuestra línea de ayuda."
    ),
}

#: Publications. Most exist only in English: their pages say so ("solo en inglés").
PUBLICATION_PAGES = {
    "Publications": "Publicaciones",
    "Reports, practice advisories and know-your-rights materials by the Immigrant Defense "
    "Project and its partners.": (
        "Informes, guías prácticas y materiales de Conozca sus derechos del Immigrant Defense "
        "Project y sus aliados."
    ),
    "Our reports, practice advisories for defenders and know-your-rights materials, with work "
    "by our partners, newest first.": (
        "Nuestros informes, guías prácticas para defensores y materiales de Conozca sus "
        "derechos, con trabajos de nuestros aliados, del más reciente al más antiguo."
    ),
    "Refusing to help federal immigration agents is only half of sanctuary. This report asks "
    "city leaders who want to protect immigrants to also end the criminal justice practices "
    "that punish poverty, because every arrest can be the first step toward depo": (
        "Negarse a ayudar a los agentes federales de inmigración es solo la mitad de ser "
        "santuario. Este informe (en inglés) pide a las autoridades municipales que acaben "
        "también con las prácticas penales que castigan la pobreza."
    ),
    "Refusing to help federal immigration agents is only half of sanctuary. This report asks "
    "city leaders who want to protect immigrants to also end the criminal justice practices "
    "that punish poverty, because every arrest can be the first step toward deportation.": (
        "Negarse a ayudar a los agentes federales de inmigración es solo la mitad de ser "
        "santuario. Este informe pide a las autoridades municipales que quieren proteger a las "
        "personas inmigrantes que acaben también con las prácticas de la justicia penal que "
        "castigan la pobreza, porque cada arresto puede ser el primer paso hacia la "
        "deportación. El informe está disponible solo en inglés."
    ),
    "Cities can act now: fewer low-level arrests mean fewer people handed to ICE.": (
        "Las ciudades pueden actuar ya: menos arrestos por faltas leves significan menos "
        "personas entregadas a ICE."
    ),
    "Read the full text": "Leer el texto completo",
    "The complete publication is on its publisher's website.": (
        "La publicación completa está en el sitio web de quien la publica, solo en inglés."
    ),
    "Find the full report on IDP's publications page": (
        "Ver el informe completo en la página de publicaciones del IDP"
    ),
    "The Courthouse Trap: How ICE Operations Impacted New York's Courts in 2018": (
        "La trampa de los tribunales: cómo las operaciones de ICE afectaron a los tribunales de "
        "Nueva York en 2018"
    ),
    "the-courthouse-trap": "la-trampa-de-los-tribunales",
    "Drawing on hundreds of reports gathered through 2018, this report shows ICE arrests and "
    "surveillance in and around New York's courts growing in number, in force and in reach, "
    "into upstate counties and into civil, family and problem-solving courts.": (
        "Con cientos de reportes reunidos durante 2018, este informe (en inglés) muestra que "
        "los arrestos y la vigilancia de ICE dentro y alrededor de los tribunales de Nueva York "
        "crecieron en número, en fuerza y en alcance, hasta condados del norte del estado y "
        "tribunales civiles, de familia y especializados."
    ),
    "ICE made more courthouse arrests and attempted arrests in 2018 than in 2017.": (
        "ICE hizo más arrestos e intentos de arresto en los tribunales en 2018 que en 2017."
    ),
    "Plainclothes agents and the use of force became more common.": (
        "Los agentes vestidos de civil y el uso de la fuerza se volvieron más frecuentes."
    ),
    "Operations spread to counties and kinds of court untouched before.": (
        "Las operaciones llegaron a condados y tipos de tribunal que antes no habían tocado."
    ),
    "Read about our courthouse work and the full report": (
        "Leer sobre nuestro trabajo en los tribunales y el informe completo"
    ),
    "ICE Out of Courts Campaign Toolkit": "Guía de la campaña ICE fuera de los tribunales",
    "ice-out-of-courts-toolkit": "guia-ice-fuera-de-los-tribunales",
    "How defenders, legal services and community groups in New York built a statewide coalition "
    "against courthouse arrests, and how advocates in other states can start their own "
    "campaign: the letters, the demands and the messages that worked.": (
        "Cómo defensores, servicios legales y grupos comunitarios de Nueva York formaron una "
        "coalición en todo el estado contra los arrestos en los tribunales, y cómo activistas "
        "de otros estados pueden empezar su propia campaña: las cartas, las exigencias y los "
        "mensajes que funcionaron. La guía está disponible solo en inglés."
    ),
    "A broad coalition protects everyone who must go to court, not only victims and witnesses.": (
        "Una coalición amplia protege a todas las personas que deben ir al tribunal, no solo a "
        "las víctimas y los testigos."
    ),
    "Documenting each arrest gives a campaign its evidence.": (
        "Documentar cada arresto le da pruebas a una campaña."
    ),
    "Get the toolkit from IDP's courthouse page": (
        "Ver la guía en la página del IDP sobre los tribunales"
    ),
    "A Price Too High: US Families Torn Apart by Deportations for Drug Offenses": (
        "Un precio demasiado alto: familias de EE. UU. separadas por deportaciones por delitos "
        "de drogas"
    ),
    "a-price-too-high": "un-precio-demasiado-alto",
    "Human Rights Watch, with IDP's help, counted the people deported for drug offenses and "
    "found that for more than 34,000 people deported between 2007 and 2012 the most serious "
    "conviction was marijuana possession.": (
        "Human Rights Watch, con la ayuda del IDP, contó a las personas deportadas por delitos "
        "de drogas y encontró que en más de 34\u00a0000 personas deportadas entre 2007 y 2012 la "
        "condena más grave era por posesión de marihuana. El informe está disponible solo en "
        "inglés."
    ),
    "More than 34,000 deportations (2007 to 2012) where marijuana possession was the most "
    "serious conviction.": (
        "Más de 34\u00a0000 deportaciones (de 2007 a 2012) en las que la condena más grave era por "
        "posesión de marihuana."
    ),
    "Immigration judges often cannot weigh family ties after a drug conviction.": (
        "Después de una condena por drogas, los jueces de inmigración muchas veces no pueden "
        "tomar en cuenta los lazos familiares."
    ),
    "Find the report on Human Rights Watch's site": (
        "Ver el informe en el sitio de Human Rights Watch"
    ),
    "Report in Support of the One Day to Protect New Yorkers Act": (
        "Informe en apoyo de la One Day to Protect New Yorkers Act"
    ),
    "one-day-to-protect-new-yorkers-report": "informe-one-day-to-protect-new-yorkers",
    "Three committees of the New York City Bar Association explain why one day less on the "
    "longest class A misdemeanor sentence protects immigrant New Yorkers and makes plea "
    "bargaining simpler. First issued in June 2016, reissued in May 2018.": (
        "Tres comités de la New York City Bar Association explican por qué un día menos en la "
        "pena más larga por un delito menor de clase A protege a las personas inmigrantes de "
        "Nueva York y simplifica los acuerdos de culpabilidad. Publicado en junio de 2016 y de "
        "nuevo en mayo de 2018, solo en inglés."
    ),
    "Federal law looks at the sentence that may be imposed, not only the one served.": (
        "La ley federal mira la pena que se puede imponer, no solo la que se cumple."
    ),
    "A 364-day maximum removes that risk for many class A misdemeanors.": (
        "Un máximo de 364 días elimina ese riesgo para muchos delitos menores de clase A."
    ),
    "Read the report on the New York City Bar's site": (
        "Leer el informe en el sitio de la New York City Bar Association"
    ),
    "The 364-Day Misdemeanor Law: What Changed for Noncitizen Clients": (
        "La ley de 364 días para delitos menores: qué cambió para los clientes no ciudadanos"
    ),
    "364-day-law-practice-advisory": "guia-ley-de-364-dias",
    "For defense lawyers: since 12 April 2019 a class A misdemeanor in New York carries at most "
    "364 days. What that changes for grounds of deportation and relief, what it does not change "
    "(drug, firearm, domestic-violence and other categories), and what to": (
        "Para abogados defensores: desde el 12 de abril de 2019, un delito menor de clase A en "
        "Nueva York tiene una pena máxima de 364 días. Qué cambia eso en las causales de "
        "deportación y el alivio migratorio, y qué no cambia. Solo en inglés."
    ),
    "For defense lawyers: since 12 April 2019 a class A misdemeanor in New York carries at most "
    "364 days. What that changes for grounds of deportation and relief, what it does not change "
    "(drug, firearm, domestic-violence and other categories), and what to check for clients "
    "with older one-year sentences.": (
        "Para abogados defensores: desde el 12 de abril de 2019, un delito menor de clase A en "
        "Nueva York tiene una pena máxima de 364 días. Qué cambia eso en las causales de "
        "deportación y en el alivio migratorio, qué no cambia (drogas, armas de fuego, "
        "violencia doméstica y otras categorías) y qué revisar en clientes con penas de un año "
        "anteriores. La guía está disponible solo en inglés."
    ),
    "A 364-day maximum keeps many class A misdemeanors out of one-year categories.": (
        "Un máximo de 364 días deja muchos delitos menores de clase A fuera de las categorías "
        "que dependen de una pena de un año."
    ),
    "It does not help with grounds that apply whatever the sentence.": (
        "No sirve para las causales que se aplican sea cual sea la pena."
    ),
    "Older one-year sentences need individual advice.": (
        "Las penas de un año anteriores necesitan una asesoría sobre cada caso."
    ),
    "Ask our attorneys about a client's case": (
        "Consultar a nuestros abogados sobre el caso de un cliente"
    ),
    "Questions about a client's case?": "¿Preguntas sobre el caso de un cliente?",
    "Defense lawyers can ask our attorneys about the immigration consequences of a "
    "client's case.": (
        "Los abogados defensores pueden consultar a nuestros abogados sobre las "
        "consecuencias migratorias del caso de un cliente."
    ),
    "Read about the report on IDP's site": "Más sobre el informe en el sitio de IDP (en inglés)",
    "2007–2012": "2007–2012",
    "Quick Reference Chart for Determining Immigration Consequences of Selected New York "
    "Offenses": (
        "Tabla de referencia rápida de las consecuencias migratorias de algunos delitos de "
        "Nueva York"
    ),
    "quick-reference-chart-new-york-offenses": "tabla-de-referencia-rapida-delitos-nueva-york",
    "For defense lawyers: a chart of common New York offenses and the immigration consequences "
    "each may carry, from deportability to bars to relief, with notes on safer pleas. A "
    "starting point before calling our attorneys about a client's case, never a su": (
        "Para abogados defensores: una tabla de delitos comunes de Nueva York y las "
        "consecuencias migratorias que cada uno puede tener. Un punto de partida, nunca un "
        "sustituto de la asesoría caso por caso. Solo en inglés."
    ),
    "For defense lawyers: a chart of common New York offenses and the immigration consequences "
    "each may carry, from deportability to bars to relief, with notes on safer pleas. A "
    "starting point before calling our attorneys about a client's case, never a substitute for "
    "individual advice.": (
        "Para abogados defensores: una tabla de delitos comunes de Nueva York y las "
        "consecuencias migratorias que cada uno puede tener, desde la deportación hasta los "
        "impedimentos para obtener alivio migratorio, con notas sobre declaraciones de "
        "culpabilidad más seguras. Un punto de partida antes de llamar a nuestros abogados "
        "sobre el caso de un cliente, nunca un sustituto de la asesoría caso por caso. La tabla "
        "está disponible solo en inglés."
    ),
    "Drug offenses carry some of the harshest consequences, whatever the sentence.": (
        "Los delitos de drogas tienen algunas de las consecuencias más duras, sea cual sea la pena."
    ),
    "Since April 2019, class A misdemeanors carry at most 364 days.": (
        "Desde abril de 2019, los delitos menores de clase A tienen una pena máxima de 364 días."
    ),
    "Find the current chart on IDP's site": "Ver la tabla actual en el sitio del IDP",
    "Know Your Rights with ICE: At Home, in the Street, in Court": (
        "Conozca sus derechos ante ICE: en casa, en la calle, en el tribunal"
    ),
    "know-your-rights-with-ice": "conozca-sus-derechos-ante-ice",
    "A short guide for community members: you may stay silent; you do not have to open the door "
    "without a warrant signed by a judge; do not sign papers you do not understand; and call a "
    "lawyer or our hotline. Used in our Know-Your-Rights trainings.": (
        "Una guía breve para la comunidad: usted puede guardar silencio; no tiene que abrir la "
        "puerta sin una orden firmada por un juez; no firme papeles que no entienda; y llame a "
        "un abogado o a nuestra línea de ayuda. La usamos en nuestros "
        "talleres de Conozca sus derechos."
    ),
    "An ICE administrative warrant is not signed by a judge.": (
        "Una orden administrativa de ICE no está firmada por un juez."
    ),
    "You have the right to remain silent and to speak with a lawyer.": (
        "Usted tiene derecho a guardar silencio y a hablar con un abogado."
    ),
    "Find printable know-your-rights flyers": "Ver volantes de Conozca sus derechos para imprimir",
    "Representing Immigrant Defendants in New York": (
        "Cómo representar a acusados inmigrantes en Nueva York"
    ),
    "representing-immigrant-defendants-in-new-york": (
        "representar-a-acusados-inmigrantes-en-nueva-york"
    ),
    "Our practice manual for New York defenders: how federal immigration law reads a state "
    "conviction, which dispositions keep a client safest, and how to advise a noncitizen client "
    "before a plea, as the Supreme Court required of defense counsel in Padill": (
        "Nuestro manual para defensores de Nueva York: cómo la ley federal de inmigración lee "
        "una condena estatal, qué resoluciones protegen más al cliente y cómo asesorar a un "
        "cliente no ciudadano antes de declararse culpable. Solo en inglés."
    ),
    "Our practice manual for New York defenders: how federal immigration law reads a state "
    "conviction, which dispositions keep a client safest, and how to advise a noncitizen client "
    "before a plea, as the Supreme Court required of defense counsel in Padilla v. Kentucky "
    "(2010).": (
        "Nuestro manual para defensores de Nueva York: cómo la ley federal de inmigración lee "
        "una condena estatal, qué resoluciones del caso protegen más al cliente y cómo asesorar "
        "a un cliente no ciudadano antes de que se declare culpable, como exigió la Corte "
        "Suprema a los abogados defensores en Padilla v. Kentucky (2010). El manual está "
        "disponible solo en inglés."
    ),
    "Defense counsel must advise noncitizen clients of a plea's deportation risk.": (
        "El abogado defensor debe informar a su cliente no ciudadano del riesgo de deportación "
        "de una declaración de culpabilidad."
    ),
    "The record of conviction matters as much as the charge.": (
        "El expediente de la condena importa tanto como el cargo."
    ),
    "Ask about the current edition": "Preguntar por la edición actual",
}

#: The three campaigns.
CAMPAIGN_PAGES = {
    "How New York capped class A misdemeanor sentences at 364 days, and why one day protects "
    "many immigrant New Yorkers.": (
        "Cómo Nueva York limitó a 364 días la pena por un delito menor de clase A, y por qué un "
        "día protege a muchas personas inmigrantes de Nueva York."
    ),
    "Cap the longest sentence for a class A misdemeanor in New York at 364 days, one day under "
    "the one-year line that federal immigration law uses, so that many New Yorkers with a minor "
    "conviction are not exposed to deportation by that line alone.": (
        "Limitar a 364 días la pena más larga por un delito menor de clase A en Nueva York, un "
        "día por debajo de la línea de un año que usa la ley federal de inmigración, para que "
        "muchas personas de Nueva York con una condena leve no queden expuestas a la "
        "deportación solo por esa línea."
    ),
    "We won. The change became law through the state budget for fiscal year 2020, signed on 12 "
    "April 2019 and effective at once, rather than through the campaign's own "
    "bills.<br/><br/>Penal Law §70.15 now sets the longest sentence for a class A misdemeanor "
    "at 364 days. It also reaches one-year sentences imposed before it took effect; how "
    "immigration authorities treat such an older sentence is a question for a lawyer.": (
        "Ganamos. El cambio se convirtió en ley con el presupuesto estatal del año fiscal 2020, "
        "firmado el 12 de abril de 2019 y en vigor de inmediato, y no con los proyectos de ley "
        "de la propia campaña.<br/><br/>La Ley Penal §70.15 fija ahora en 364 días la pena más "
        "larga por un delito menor de clase A. También alcanza a las penas de un año impuestas "
        "antes de que entrara en vigor; cómo tratan las autoridades de inmigración una pena "
        "anterior así es una pregunta para un abogado: llame a nuestra línea de ayuda."
    ),
    "Federal immigration law can make a conviction a ground for deportation, or a bar to "
    "relief, when a sentence of one year could be or was imposed, even if the person never "
    "spends a day in jail. Until April 2019 a class A misdemeanor in New York carried up to one "
    "year, which put many minor offenses on the wrong side of that line.": (
        "La ley federal de inmigración puede convertir una condena en causal de deportación, o "
        "en un impedimento para obtener alivio migratorio, cuando se podía imponer o se impuso "
        "una pena de un año, aunque la persona nunca pase un día en la cárcel. Hasta abril de "
        "2019, un delito menor de clase A en Nueva York tenía una pena de hasta un año, lo que "
        "dejaba muchos delitos leves del lado equivocado de esa línea."
    ),
    "It also tied immigration judges' hands: a one-year sentence could take away their "
    "discretion to weigh family ties, hardship and years in the United States.": (
        "También ataba las manos a los jueces de inmigración: una pena de un año podía "
        "quitarles el margen para tomar en cuenta los lazos familiares, las dificultades y los "
        "años vividos en Estados Unidos."
    ),
    "What the law did not change": "Lo que la ley no cambió",
    "The 364-day cap does not protect everyone. A drug conviction (other than a single small "
    "marijuana possession), a firearm offense, a domestic-violence or stalking offense and "
    "other categories can still lead to deportation whatever the sentence.": (
        "El límite de 364 días no protege a todos. Una condena por drogas (salvo una única "
        "posesión de una pequeña cantidad de marihuana), un delito con armas de fuego, un "
        "delito de violencia doméstica o de acecho y otras categorías todavía pueden llevar a "
        "la deportación, sea cual sea la pena."
    ),
    "The law also reaches one-year sentences imposed before it took effect; how immigration "
    "authorities treat such an older sentence is a question for a lawyer.": (
        "La ley también alcanza a las penas de un año impuestas antes de que entrara en vigor; "
        "cómo tratan las autoridades de inmigración una pena anterior así es una pregunta para "
        "un abogado. Llame a nuestra línea de ayuda."
    ),
    "The law also reaches one-year sentences imposed before it took effect. How immigration "
    "authorities treat such an older sentence is a question for a lawyer: call our hotline at "
    f"{HOTLINE}.": (
        "La ley también alcanza a las penas de un año impuestas antes de que entrara en vigor. "
        "Cómo tratan las autoridades de inmigración una pena anterior así es una pregunta para "
        f"un abogado: llame a nuestra línea de ayuda al {HOTLINE}."
    ),
    "Federal immigration law treats some convictions as grounds for deportation, or as a bar to "
    "relief, when a sentence of one year could be or was imposed, even when no jail time was "
    "served. One day less takes many class A misdemeanors out of those rules and gives "
    "immigration judges back their discretion.": (
        "La ley federal de inmigración trata algunas condenas como causales de deportación, o "
        "como impedimentos para obtener alivio migratorio, cuando se podía imponer o se impuso "
        "una pena de un año, aunque no se haya pasado ningún día en la cárcel. Un día menos "
        "saca a muchos delitos menores de clase A de esas reglas y devuelve a los jueces de "
        "inmigración su margen de decisión."
    ),
    "Can a misdemeanor still lead to deportation?": (
        "¿Un delito menor todavía puede llevar a la deportación?"
    ),
    "Yes. A drug conviction (other than a single small marijuana possession), a firearm "
    "offense, a domestic-violence or stalking offense and other categories can still lead to "
    "deportation whatever the sentence. Every case is different: talk to a lawyer before "
    f"pleading guilty, and call our hotline at {HOTLINE}.": (
        "Sí. Una condena por drogas (salvo una única posesión de una pequeña cantidad de "
        "marihuana), un delito con armas de fuego, un delito de violencia doméstica o de acecho "
        "y otras categorías todavía pueden llevar a la deportación, sea cual sea la pena. Cada "
        "caso es distinto: consulte con un abogado antes de declararse culpable y llame a "
        f"nuestra línea de ayuda al {HOTLINE}."
    ),
    "Keep a summons from closing the door to DACA": (
        "Que una citación no le cierre la puerta a DACA"
    ),
    "summonses-and-daca": "citaciones-y-daca",
    "With the NYU Law School Immigrants' Rights Clinic, we work against summons-court offenses "
    "that keep young New Yorkers from DACA.": (
        "Con la Immigrants' Rights Clinic de la Facultad de Derecho de NYU, trabajamos contra "
        "las infracciones de los tribunales de citaciones que dejan a jóvenes de Nueva York sin "
        "DACA."
    ),
    "Change how New York City handles low-level summons-court offenses, so that a ticket a "
    "teenager paid years ago does not stand between a young New Yorker and DACA.": (
        "Cambiar cómo la ciudad de Nueva York trata las infracciones leves que van a los "
        "tribunales de citaciones, para que una multa que alguien pagó de adolescente hace años "
        "no se interponga entre una persona joven de Nueva York y DACA."
    ),
    "Quality-of-life policing hands out summonses for minor violations by the hundreds of "
    "thousands. For most people a summons ends with a fine. For a young immigrant applying for "
    "DACA, how the offense was charged and recorded can decide the application.": (
        "La vigilancia policial de las faltas contra la calidad de vida reparte cientos de "
        "miles de citaciones por infracciones leves. Para la mayoría de las personas, una "
        "citación termina con una multa. Para una persona inmigrante joven que solicita DACA, "
        "cómo se acusó y se registró la infracción puede decidir su solicitud."
    ),
    "With the NYU Law School Immigrants' Rights Clinic we document these cases, advise "
    "defenders and press the city and the courts for changes. If a summons worries you, call "
    f"our hotline at {HOTLINE} before you apply.": (
        "Con la Immigrants' Rights Clinic de la Facultad de Derecho de NYU documentamos estos "
        "casos, asesoramos a defensores y presionamos a la ciudad y a los tribunales para que "
        f"cambien. Si una citación le preocupa, llame a nuestra línea de ayuda al {HOTLINE} "
        "antes de presentar su solicitud."
    ),
    "IDNYC: a city ID that stays private": (
        "IDNYC: una identificación municipal que se mantiene privada"
    ),
    "idnyc-privacy": "privacidad-idnyc",
    "The coalition behind IDNYC pressed for the privacy of applicants' documents and for no "
    "arrests on ICE administrative warrants.": (
        "La coalición que impulsó IDNYC exigió la privacidad de los documentos de los "
        "solicitantes y que no se hicieran arrestos con órdenes administrativas de ICE."
    ),
    "Keep the documents New Yorkers show to get a municipal ID private, and keep the city from "
    "making arrests on ICE administrative warrants.": (
        "Mantener privados los documentos que las personas de Nueva York muestran para obtener "
        "una identificación municipal, y evitar que la ciudad haga arrestos con órdenes "
        "administrativas de ICE."
    ),
    "We were part of the coalition behind IDNYC, New York City's municipal ID, open to every "
    "New Yorker whatever their status. The coalition pressed for the privacy of applicants' "
    "documents and against arrests on ICE administrative warrants, which no judge signs.": (
        "Formamos parte de la coalición que impulsó IDNYC, la identificación municipal de la "
        "ciudad de Nueva York, abierta a todas las personas de Nueva York sea cual sea su "
        "estatus. La coalición exigió la privacidad de los documentos de los solicitantes y se "
        "opuso a los arrestos con órdenes administrativas de ICE, que ningún juez firma."
    ),
    "This campaign is not active now. We watch for any change to the city's rules on "
    "applicants' documents and will take it up again if they are threatened.": (
        "Esta campaña no está activa ahora. Vigilamos cualquier cambio en las normas de la "
        "ciudad sobre los documentos de los solicitantes y la retomaremos si se ven amenazados."
    ),
}

#: Everything above, as `translate.translate_tree` takes it.
SPANISH = {
    **SITE,
    **HELP,
    **PROGRAM_AREAS,
    **PUBLICATIONS,
    **CAMPAIGN,
    **SITE_PAGES,
    **WORK_PAGES,
    **PUBLICATION_PAGES,
    **CAMPAIGN_PAGES,
    **PRESS_ES,
}
