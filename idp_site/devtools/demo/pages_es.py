"""The Spanish edition of the demo's help pages and one program area, written in
Spanish from the same facts (not a word-for-word rendering of the English)."""

from pages.intake.models import AttorneyHelpPage, LegalHelpPage
from pages.models import ProgramAreaIndexPage, ProgramAreaPage

HOTLINE = "(212) 725-6422"


def load_help_pages_es(upsert_translation):
    legal_help = LegalHelpPage.objects.filter(locale__language_code="en").first()
    attorneys = AttorneyHelpPage.objects.filter(locale__language_code="en").first()
    if legal_help is not None:
        upsert_translation(
            legal_help,
            "es",
            title="Pedir ayuda legal",
            slug="ayuda-legal",
            show_in_menus=True,
            search_description=(
                "Pida que nuestro equipo legal le llame sobre inmigración y un caso penal. "
                "Es gratis y confidencial."
            ),
            intro=(
                "<p>Si usted o alguien cercano no es ciudadano de Estados Unidos y fue "
                "arrestado, acusado o condenado, el caso penal puede cambiar su situación "
                "migratoria. Díganos cómo contactarle y nuestro equipo legal le llamará. "
                "No hace falta que nos cuente su caso aquí.</p>"
            ),
            hotline_text=(
                f"La línea de ayuda, {HOTLINE}, da asesoría gratuita por teléfono de lunes a "
                "viernes. Hablamos inglés y español y buscamos intérpretes para otros "
                "idiomas."
            ),
            next_steps=(
                "<p>Una persona de nuestro equipo legal se comunicará con usted, por lo "
                "general en dos días hábiles, al teléfono o correo que nos dio. Si nos dijo "
                "que no es seguro dejar mensajes, no dejaremos ninguno. Las preguntas "
                "necesarias se las haremos en la llamada.</p>"
            ),
        )
    if attorneys is not None:
        upsert_translation(
            attorneys,
            "es",
            title="Para abogados defensores",
            slug="abogados",
            search_description=(
                "Abogados defensores pueden consultar a nuestro equipo legal sobre las "
                "consecuencias migratorias del caso penal de un cliente."
            ),
            intro=(
                "<p>¿Representa a una persona no ciudadana en un caso penal? Antes de un "
                "acuerdo de culpabilidad, consúltenos cómo el cargo y las posibles "
                "resoluciones podrían afectar su situación migratoria. Describa el caso en "
                "términos generales y no nombre a su cliente.</p>"
            ),
            hotline_text=(
                "Si la audiencia o el acuerdo están cerca, llame en vez de escribir: el "
                "mismo número comunica con nuestros abogados."
            ),
            next_steps=(
                "<p>Uno de nuestros abogados le responderá por teléfono o correo, por lo "
                "general en dos días hábiles, y antes si la audiencia está cerca.</p>"
            ),
        )


def load_program_area_es(upsert_translation):
    index = ProgramAreaIndexPage.objects.filter(locale__language_code="en").first()
    drug = ProgramAreaPage.objects.filter(
        locale__language_code="en", slug="drug-policy-reform"
    ).first()
    if index is None or drug is None:
        return
    upsert_translation(
        index,
        "es",
        title="Nuestro trabajo",
        slug="nuestro-trabajo",
        show_in_menus=True,
        search_description="Las áreas de trabajo del Immigrant Defense Project.",
        intro=(
            "Buscamos los puntos donde un cambio en la policía, los tribunales o la ley "
            "puede evitar que un arresto termine en deportación."
        ),
    )
    upsert_translation(
        drug,
        "es",
        title="Reforma de la política de drogas",
        slug="reforma-politica-de-drogas",
        search_description=(
            "Cómo las condenas por drogas llevan a deportaciones, y nuestro trabajo para "
            "acabar con la prohibición de la marihuana en Nueva York."
        ),
        summary=(
            "Los delitos de drogas tienen algunas de las consecuencias migratorias más "
            "duras. Las explicamos a defensores y comunidades y trabajamos por una reforma."
        ),
        key_figures=[
            {
                "type": "key_figure",
                "value": {
                    "figure": "Más de 34.000",
                    "label": (
                        "personas deportadas entre 2007 y 2012 cuya condena más grave era "
                        "por posesión de marihuana"
                    ),
                    "source": "Human Rights Watch, con la ayuda de IDP",
                },
            }
        ],
        body=[
            {
                "type": "paragraph",
                "value": (
                    "<p>Junto con la Drug Policy Alliance trabajamos para acabar con la "
                    "prohibición de la marihuana en Nueva York, y llevamos a esa campaña a "
                    "aliados de los derechos de inmigrantes y las historias de las personas "
                    "afectadas.</p>"
                ),
            }
        ],
    )
