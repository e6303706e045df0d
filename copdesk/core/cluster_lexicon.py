"""Word lists for grouping sticky notes by meaning, in English and German.

Three kinds of data, all plain lowercase words:

* stop words of both languages (articles, pronouns, auxiliaries, ...);
* *filler* words that sticky notes of a learning-goals workshop or a retro use
  for every topic ("learn", "better", "keep:", "mehr") and that would otherwise
  glue unrelated notes together;
* a small bilingual glossary of the product and community vocabulary, mapping a
  German word to the English word for the same concept, so that "Kunden" and
  "customers" count as one key word when a room writes in both languages.

Umlauts may be written as such; the lookups fold them.
"""

from __future__ import annotations

EN_STOP_WORDS = frozenset(
    """
    a about above after again against all almost also am an and any are aren around as at be
    because been before being below between both but by can cannot could couldn d did didn
    do does doesn doing don done down during each eg either else etc even ever every few for
    from further had hadn has hasn have haven having he her here hers herself him himself
    his how however i ie if in into is isn it its itself just let ll m me might mine more
    most much must mustn my myself no nor not now of off often on once one only or other
    others our ours ourselves out over own per quite rather re really s same shall she
    should shouldn so some such t than that the their theirs them themselves then there
    these they this those though through thus to too under until up upon us ve very via vs
    was wasn we were weren what when where whether which while who whom whose why will with
    within without won would wouldn yet you your yours yourself yourselves
    """.split()  # noqa: SIM905 - a word list reads best as text
)

DE_STOP_WORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
    anderes auch auf aus b bei beim bin bis bist bzw da dabei dadurch dafür dagegen daher
    dahin damit dann dar daran darauf daraus darf darin darum darüber das dass davon davor
    dazu dein deine dem den denen denn der deren des dessen dich die dies diese diesem
    diesen dieser dieses dir doch dort du durch eher eigentlich ein eine einem einen einer
    eines einige einigen einmal er es etwa etwas euch euer eure für gegen gewesen ggf hab
    habe haben hat hatte hier hin hinter hätte ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
    ihres im immer in ins ist ja je jede jedem jeden jeder jedes jedoch jetzt kann kannst
    kein keine keinem keinen keiner können könnte man manche manchem manchen mancher manches
    mein meine meinem meinen meiner meines mich mir mit muss musste müssen nach nachdem nein
    nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines
    selbst sich sie sind so solche solchem solchen solcher solches soll sollen sollte sonst
    sowie statt um und uns unser unsere unserem unseren unserer unseres unter usw viel viele
    vom von vor wann war waren warum was weg weil welche welchem welchen welcher welches
    wenn wer werde werden wie wieder will wir wird wirst wo wollen wollte worden wurde
    wurden z zu zum zur zwar zwischen über
    """.split()  # noqa: SIM905 - a word list reads best as text
)

#: Words a note uses whatever its topic: intentions, retro column prefixes,
#: vague verbs and intensifiers. Both languages, unstemmed.
FILLER_WORDS = frozenset(
    """
    able actually add always anfangen aufhören beibehalten besser better bit brauche
    brauchen braucht continue ding dinge drop endlich enough erste ersten first gerne get
    getting good got great gut gute guten hinzufügen how instead keep know learn learned
    learning lerne lernen lernt less lieber like little lot lots mache machen macht made
    make making mal mehr more möchte möchten need needed needs neue neuen neues never new
    next nutzen really richtig sache sachen something start stop ständig thing things try
    trying understand use used using verstehen versuchen want wants way ways weglassen
    weitermachen well weniger wirklich wollen work working
    """.split()  # noqa: SIM905 - a word list reads best as text
)

#: German concept word -> English concept word (both unstemmed, lowercase).
GLOSSARY_DE_EN: dict[str, str] = {
    # people and roles
    "kunde": "customer",
    "kunden": "customers",
    "nutzer": "user",
    "nutzern": "users",
    "benutzer": "user",
    "anwender": "user",
    "teilnehmer": "participants",
    "mitglied": "member",
    "mitglieder": "members",
    "mitgliedern": "members",
    "leute": "people",
    "menschen": "people",
    "kollegen": "colleagues",
    "führungskräfte": "managers",
    "führungskräften": "managers",
    "geschäftsführung": "leadership",
    "vorstand": "leadership",
    "vertrieb": "sales",
    "entwickler": "engineers",
    "entwicklung": "engineering",
    "gestalter": "designers",
    "sprecher": "speaker",
    "referent": "speaker",
    "neulinge": "newcomers",
    "pate": "buddy",
    "patenschaft": "buddy",
    "mentor": "mentor",
    "gemeinschaft": "community",
    "abteilung": "department",
    "abteilungen": "departments",
    "bereich": "department",
    "bereichen": "departments",
    # research and discovery
    "interview": "interview",
    "gespräch": "conversation",
    "gespräche": "conversations",
    "kundengespräch": "interview",
    "kundengespräche": "interviews",
    "kundengesprächen": "interviews",
    "befragung": "survey",
    "umfrage": "survey",
    "forschung": "research",
    "erkenntnis": "insight",
    "erkenntnisse": "insights",
    "frage": "question",
    "fragen": "questions",
    "annahme": "assumption",
    "annahmen": "assumptions",
    "hypothese": "hypothesis",
    "hypothesen": "hypotheses",
    "versuch": "experiment",
    "ergebnis": "result",
    "ergebnisse": "results",
    "auswerten": "analyse",
    "auswertung": "analysis",
    "validieren": "validate",
    "entdeckung": "discovery",
    "problem": "problem",
    "probleme": "problems",
    "lösung": "solution",
    "lösungen": "solutions",
    # measuring
    "kennzahl": "metric",
    "kennzahlen": "metrics",
    "metrik": "metric",
    "metriken": "metrics",
    "messen": "measure",
    "messbar": "measurable",
    "messbare": "measurable",
    "messbaren": "measurable",
    "ziel": "goal",
    "ziele": "goals",
    "zielen": "goals",
    "erfolg": "success",
    "erfolgsdefinition": "success",
    "erfolgskriterien": "success",
    "wachstum": "growth",
    "kurve": "curve",
    "kurven": "curves",
    "daten": "data",
    "datenanalyse": "analysis",
    "analyse": "analysis",
    "abfrage": "query",
    "abfragen": "queries",
    "datenabfragen": "queries",
    "auswertungen": "analysis",
    # planning
    "priorisieren": "prioritise",
    "priorisierung": "prioritisation",
    "planung": "planning",
    "planen": "plan",
    "entscheidung": "decision",
    "entscheidungen": "decisions",
    "anfrage": "request",
    "anfragen": "requests",
    "anforderung": "requirement",
    "anforderungen": "requirements",
    "funktion": "feature",
    "funktionen": "features",
    "erwartung": "expectation",
    "erwartungen": "expectations",
    "erwartungsmanagement": "expectations",
    "vertrauen": "trust",
    "konflikt": "conflict",
    "konflikte": "conflicts",
    "verhandeln": "negotiate",
    "strategie": "strategy",
    "vision": "vision",
    "preis": "price",
    "preise": "pricing",
    "preisgestaltung": "pricing",
    # design
    "gestaltung": "design",
    "entwurf": "draft",
    "barrierefreiheit": "accessibility",
    "benutzerfreundlichkeit": "usability",
    "skizze": "sketch",
    "skizzen": "sketches",
    # ai
    "ki": "ai",
    "künstliche": "artificial",
    "intelligenz": "intelligence",
    "sprachmodell": "llm",
    "sprachmodelle": "llms",
    # time and meetings
    "zeit": "time",
    "zeitaufwand": "time",
    "zeitbudget": "time",
    "zeitinvestment": "time",
    "aufwand": "effort",
    "stunde": "hour",
    "stunden": "hours",
    "minuten": "minutes",
    "monat": "month",
    "woche": "week",
    "wöchentlich": "weekly",
    "monatlich": "monthly",
    "treffen": "meeting",
    "termin": "meeting",
    "termine": "meetings",
    "kalender": "calendar",
    "abgesagt": "cancelled",
    "absagen": "cancel",
    "pünktlich": "punctual",
    "überziehen": "overrun",
    "tagesgeschäft": "delivery",
    # formats
    "buch": "book",
    "bücher": "books",
    "buchclub": "book",
    "lesen": "read",
    "vortrag": "talk",
    "vorträge": "talks",
    "vorträgen": "talks",
    "frontalvorträge": "lecture",
    "konferenz": "conference",
    "besuchen": "visit",
    "austausch": "exchange",
    "diskutieren": "discuss",
    "diskussion": "discussion",
    "format": "format",
    "formate": "formats",
    "ansatz": "approach",
    "einladen": "invite",
    "lernrunde": "circle",
    "lernrunden": "circles",
    "lernkreis": "circle",
    # community
    "zweck": "purpose",
    "sinn": "purpose",
    "werte": "values",
    "rituale": "rituals",
    "einarbeitung": "onboarding",
    "willkommen": "welcome",
    "willkommensseite": "welcome",
    "beitragen": "contribute",
    "gewinnen": "win",
    # tools and channels
    "kanal": "channel",
    "kanäle": "channels",
    "kanälen": "channels",
    "werkzeug": "tool",
    "werkzeuge": "tools",
    "protokoll": "notes",
    "protokolle": "notes",
    "aufzeichnung": "recording",
    "aufzeichnungen": "recordings",
    "unübersichtlich": "noisy",
    "ablegen": "store",
    # presenting
    "präsentieren": "present",
    "präsentation": "presentation",
    "präsentationen": "presentations",
    "präsentationsfolien": "slides",
    "folien": "slides",
    "moderieren": "facilitate",
    "moderation": "facilitation",
    "lampenfieber": "nervousness",
    "geschichte": "story",
    "geschichten": "stories",
}

#: Broader concepts of product and community work. A note that uses any of a
#: concept's words (English or German, unstemmed) also carries the concept as a
#: weaker feature, so "Kundengespräche" and "user interviews" meet even though
#: they share no word.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "research": tuple(
        """
        interview interviews research researcher customer customers user users participant
        participants insight insights survey conversation conversations jobs-to-be-done
        persona personas recruit recruiting synthesis synthesise affinity shadow kunde
        kunden nutzer befragung umfrage gespräch gespräche kundengespräch erkenntnisse
        teilnehmer interviewleitfaden
        """.split()  # noqa: SIM905
    ),
    "experiment": tuple(
        """
        experiment experiments hypothesis hypotheses test tests testing validate validation
        assumption assumptions significance significant statistical fake door ab variant
        hypothese hypothesen annahme annahmen validieren experimente versuch signifikanz
        """.split()  # noqa: SIM905
    ),
    "measure": tuple(
        """
        metric metrics kpi kpis okr okrs measure measurable measured dashboard dashboards
        retention cohort cohorts activation conversion churn indicator indicators north star
        analytics funnel kennzahl kennzahlen metrik metriken messen messbar messbare
        auswertung
        """.split()  # noqa: SIM905
    ),
    "planning": tuple(
        """
        roadmap roadmaps prioritise prioritize prioritisation prioritization priority
        priorities backlog rice scoring outcome outcomes opportunity now next later
        priorisieren priorisierung priorität prioritäten planung
        """.split()  # noqa: SIM905
    ),
    "stakeholder": tuple(
        """
        stakeholder stakeholders sales marketing leadership management executives senior
        buy-in escalate escalates expectations negotiate alignment politics vertrieb
        geschäftsführung führungskräfte erwartungen erwartungsmanagement konflikte
        abteilungen einbinden
        """.split()  # noqa: SIM905
    ),
    "data": tuple(
        """
        sql query queries data database warehouse python notebook notebooks analysis analyst
        analysts tracking events event joins dbt daten datenbank abfrage abfragen
        datenanalyse datenabfragen tracking
        """.split()  # noqa: SIM905
    ),
    "design": tuple(
        """
        figma prototype prototypes prototyping wireframe wireframes usability ux ui design
        designer designers sketch sketches mockup accessibility heuristics flows prototyp
        prototypen gestaltung barrierefreiheit skizze skizzen
        """.split()  # noqa: SIM905
    ),
    "ai": tuple(
        """
        ai llm llms gpt chatgpt prompt prompts prompting genai generative machine model
        models chatbot hallucination hallucinations copilot assistant assistants ki
        künstliche intelligenz sprachmodell chatbot halluzination
        """.split()  # noqa: SIM905
    ),
    "time": tuple(
        """
        time hours hour minutes busy block protected calendar budget overrun overruns
        cancelled cancel delivery pressure long zeit stunden minuten zeitbudget zeitaufwand
        tagesgeschäft abgesagt pünktlich überziehen geblockt
        """.split()  # noqa: SIM905
    ),
    "format": tuple(
        """
        book club reading talks talk conference meetup meetups speaker speakers lecture
        fishbowl format formats session sessions watch watching buch buchclub lesen vortrag
        vorträge konferenz formate frontalvorträge
        """.split()  # noqa: SIM905
    ),
    "members": tuple(
        """
        onboarding newcomer newcomers members member joining join welcome buddy people quiet
        grow growth attendance mitglieder neue neulinge willkommen pate patenschaft leute
        onboarding
        """.split()  # noqa: SIM905
    ),
    "purpose": tuple(
        """
        purpose why mission vision success values goal goals criteria zweck sinn erfolg
        erfolgsdefinition werte ziele wofür
        """.split()  # noqa: SIM905
    ),
    "channel": tuple(
        """
        slack teams miro confluence wiki channel channels tool tools chat threads recordings
        recording links resources pin board kanal kanäle werkzeuge wiki protokolle
        aufzeichnungen chats
        """.split()  # noqa: SIM905
    ),
    "presenting": tuple(
        """
        present presenting presentation presentations slides storytelling story speaking
        speak nervous nervousness confident confidence facilitate facilitation workshop
        workshops audience all-hands präsentieren präsentation präsentationen folien
        moderieren moderation lampenfieber vortragen
        """.split()  # noqa: SIM905
    ),
    "pricing": tuple(
        """
        pricing price prices monetization monetisation revenue subscription willingness
        preis preise preisgestaltung umsatz zahlungsbereitschaft
        """.split()  # noqa: SIM905
    ),
    "engineering": tuple(
        """
        api apis architecture engineers engineering developers tech debt technical
        microservices deployment architektur entwickler technische schulden
        """.split()  # noqa: SIM905
    ),
}
