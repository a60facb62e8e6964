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

HOTLINE = "(212) 725-6422"

#: Said after a legal statement: every case is different, ask before pleading guilty.
ASK_A_LAWYER = (
    "Cada caso es distinto: antes de declararse culpable, consulte con un abogado o llame "
    f"a nuestra línea de ayuda al {HOTLINE}."
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
        "El gobierno federal pone a las personas con condenas penales en primera fila para la "
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
    "Ask our legal team to call you back about immigration and a criminal case. Free and "
    "confidential.": (
        "Pida que nuestro equipo legal le llame sobre inmigración y un caso penal. Es gratis y "
        "confidencial."
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
    "The hotline gives free advice by phone on weekdays. We speak English and Spanish and "
    "find interpreters for other languages.": (
        "La línea de ayuda da asesoría gratuita por teléfono de lunes a viernes. Hablamos "
        "inglés y español y buscamos intérpretes para otros idiomas."
    ),
    "Someone from our legal team will contact you, usually within two working days, using "
    "the phone number or email you gave. If you told us a message is not safe, we will not "
    "leave one. We will ask the questions we need on the call.": (
        "Una persona de nuestro equipo legal se comunicará con usted, por lo general en dos "
        "días hábiles, al teléfono o correo que nos dio. Si nos dijo que no es seguro dejar "
        "mensajes, no dejaremos ninguno. Las preguntas necesarias se las haremos en la llamada."
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
    "One of our attorneys will answer by phone or email, usually within two working days and "
    "sooner when a hearing is close.": (
        "Uno de nuestros abogados le responderá por teléfono o correo, por lo general en dos "
        "días hábiles, y antes si la audiencia está cerca."
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
    "More than 34,000": "Más de 34.000",
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
    "Pre-arrest diversion": "Desvío antes del arresto",
    "pre-arrest-diversion": "desvio-antes-del-arresto",
    "Keeping people out of the arrest-to-deportation pipeline.": (
        "Evitar que un arresto lleve a la deportación."
    ),
    "An arrest can be the first step toward deportation. Diversion before arrest keeps people "
    "out of that pipeline altogether.": (
        "Un arresto puede ser el primer paso hacia la deportación. Los programas de desvío "
        "antes del arresto evitan que las personas entren en ese camino."
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
        "Apoyamos los programas de desvío antes del arresto por drogas y salud mental, y damos "
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
    "Sample story: one day on a sentence": "Historia de ejemplo: un día en una pena",
    "sample-story-one-day": "historia-ejemplo-un-dia",
    "Sample story: one day on a sentence. A sample story written for this demo site.": (
        "Historia de ejemplo: un día en una pena. Escrita para este sitio de demostración."
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
        "publicó un informe a favor de la ley «Un día para proteger a los neoyorquinos»."
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
    "One Day to Protect New Yorkers": "Un día para proteger a los neoyorquinos",
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
        "Declaración de apoyo: Un día para proteger a los neoyorquinos"
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

#: Everything above, as `translate.translate_tree` takes it.
SPANISH = {**SITE, **HELP, **PROGRAM_AREAS, **PUBLICATIONS, **CAMPAIGN}
