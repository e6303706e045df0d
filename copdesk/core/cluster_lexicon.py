"""Word lists for grouping sticky notes by meaning, in English and German.

Four kinds of data, all plain lowercase words:

* stop words of both languages (articles, pronouns, auxiliaries, ...);
* *filler* words that sticky notes of a learning-goals workshop or a retro use
  for every topic ("learn", "better", "keep:", "mehr") and that would otherwise
  glue unrelated notes together;
* a small bilingual glossary of the product and community vocabulary, mapping a
  German word to the English word for the same concept, so that "Kunden" and
  "customers" count as one key word when a room writes in both languages.
* a table of concepts of product work and community life (research, pricing,
  hiring, career, rituals, sponsorship, ...), each with its English and German
  words, grouped in broader domains; it describes the field, not one sample.

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

#: Concepts of product work and community life, grouped in domains. Each line:
#: ``concept domain: item, item, ...`` (items English and German, unstemmed; an
#: item of several words is a phrase whose words must all occur in the note).
#: A note carries a concept when it uses one of its items (also as a part of a
#: German compound), and the concept's domain as a weaker, broader feature.
CONCEPT_TABLE = """
research discovery: interview, interviews, interviewing, interviewer, user research, researcher,
    researchers, research, participant, participants, insight, insights, synthesis, synthesise,
    synthesize, affinity, persona, personas, shadowing, field study, diary study, ethnography,
    forschung, nutzerforschung, interviewleitfaden, teilnehmer, erkenntnis, erkenntnisse,
    befragung, kundengespräch, kundengespräche, nutzerinterview, nutzerinterviews
survey discovery: survey, surveys, questionnaire, nps, poll, umfrage, umfragen, fragebogen,
    befragung, befragungen
discovery discovery: discovery, problem space, opportunity, opportunities, jobs-to-be-done,
    jtbd, problem framing, problem statement, pain point, pain points, customer problem,
    customer problems, needs, continuous discovery, dual-track, problemraum, kundenproblem,
    kundenprobleme, bedürfnis, bedürfnisse, entdeckung
experiment discovery: experiment, experiments, experimentation, hypothesis, hypotheses, ab test,
    ab tests, split test, variant, significance, significant, statistical, fake door,
    assumption, assumptions, validate, validation, validating, riskiest, hypothese, hypothesen,
    annahme, annahmen, validieren, validierung, experimente, versuch, signifikanz, signifikant
ideation discovery: ideation, brainstorming, brainstorm, ideas, idea, creativity, creative,
    design thinking, innovation, design sprint, ideen, idee, kreativität, kreativ, innovation,
    ideenfindung
prototype design: prototype, prototypes, prototyping, wireframe, wireframes, mockup, mockups,
    figma, sketch, sketches, clickable, low-fi, hi-fi, prototyp, prototypen, skizze, skizzen,
    klickbar, klickbaren, klickdummy
ux design: ux, ui, usability, user experience, interaction design, heuristics, heuristic,
    designer, designers, design critique, user flow, user flows, ux writing, microcopy,
    benutzerfreundlichkeit, nutzerfreundlichkeit, gestaltung, nutzererlebnis, bedienbarkeit
designsystem design: design system, design systems, designsystem, component, components,
    component library, pattern library, design tokens, tokens, styleguide, style guide,
    consistency, consistent, komponente, komponenten, komponentenbibliothek, bausteine,
    einheitlich, einheitliche, konsistenz, konsistent
accessibility design: accessibility, accessible, a11y, wcag, screen reader, screenreader,
    contrast, keyboard navigation, inclusive, inclusion, disabilities, disability,
    barrierefreiheit, barrierefrei, barrierearm, inklusiv, inklusion, kontrast, farbkontraste,
    sehschwäche, behinderung
metrics data: metric, metrics, kpi, kpis, north star, measure, measuring, measurable, measured,
    retention, churn, activation, conversion, funnel, cohort, cohorts, indicator, indicators,
    leading indicator, lagging, kennzahl, kennzahlen, metrik, metriken, messen, messbar,
    messbare, messbaren, conversion rate, engagement metrics
okr data: okr, okrs, objectives, key results, objective, quartalsziele, zielsystem
dashboard data: dashboard, dashboards, reporting, report, reports, bi, tableau, looker, power
    bi, berichte, bericht, berichtswesen
analytics data: sql, sql joins, query, queries, database, databases, warehouse, python,
    notebook, notebooks, data analysis, analyst, analysts, tracking, events, dbt, analytics,
    data model, data team, data-driven, datengetrieben, datenanalyse, datenbank, abfrage,
    abfragen, datenabfragen, daten, auswertung, auswertungen, analysieren
roadmap planning: roadmap, roadmaps, now next later, timeline, release plan, quarterly planning,
    planning, plan, fahrplan, planung, quartalsplanung, zeitplan
prioritisation planning: prioritise, prioritize, prioritising, prioritizing, prioritisation,
    prioritization, priority, priorities, backlog, rice, moscow, kano, scoring, say no, feature
    requests, trade-off, trade-offs, tradeoffs, priorisieren, priorisierung, priorität,
    prioritäten, nein sagen
strategy strategy: strategy, strategic, strategies, vision, long-term, wardley, product
    strategy, direction, bets, strategie, strategisch, produktstrategie, vision, produktvision,
    langfristig, langfristige, ausrichtung
market strategy: market, markets, competitor, competitors, competition, competitive, segment,
    segments, target group, positioning, differentiation, markt, marktanalyse, wettbewerb,
    wettbewerber, konkurrenz, zielgruppe, zielgruppen, positionierung
pricing business: pricing, price, prices, monetization, monetisation, monetize, subscription,
    subscriptions, tier, tiers, freemium, trial, discount, discounts, willingness to pay, preis,
    preise, preismodell, preisgestaltung, preiserhöhung, preiserhöhungen, abo, abos, rabatt,
    rabatte, zahlungsbereitschaft
business business: business case, business model, unit economics, revenue, margin, margins,
    profit, profitability, cost, costs, roi, finance, financial, p&l, geschäftsmodell, umsatz,
    umsatzziele, marge, margen, kosten, gewinn, finanzen, wirtschaftlichkeit, rentabilität,
    business
launch delivery: launch, launches, launching, go-to-market, gtm, release notes, rollout, roll
    out, beta, release, releases, announcement, changelog, feature flag, feature flags,
    markteinführung, einführung, veröffentlichung, ankündigung, releases, rollouts
marketing business: marketing, messaging, campaign, campaigns, brand, growth hacking, seo,
    acquisition, kampagne, kampagnen, marke, werbung
sales business: sales, sales team, deal, deals, enterprise, account, accounts, crm, demo, demos,
    vertrieb, vertriebs, verkauf, vertriebler, kundenprojekte
support business: customer support, support tickets, customer success, complaints, helpdesk,
    service desk, kundenservice, kundensupport, beschwerden, reklamationen,
    support, support team, support request, support requests, zendesk, intercom, freshdesk,
    hotline, help center, help centre, helpcenter, faq, faqs, customer service, complaint, call
    center, service team, kundendienst, supportteam, beschwerde, hilfeseiten, servicecenter
specs delivery: prd, prds, spec, specs, specification, specifications, requirements,
    requirement, user story, user stories, acceptance criteria, one-pager, one-pagers, ticket,
    tickets, jira, anforderung, anforderungen, anforderungsdokument, spezifikation,
    produktspezifikation, akzeptanzkriterien, lastenheft, pflichtenheft
writing communication: writing skills, write-up, docs, narrative, narratives, memo, memos,
    six-pager, 6-pager, schriftlich
agile delivery: scrum, sprint, sprints, refinement, estimation, estimate, estimates, story
    points, velocity, kanban, agile, standup, stand-up, planning poker, schätzung, schätzungen,
    schätzen, agil, agile, sprintplanung, aufwände, aufwandsschätzung
engineering delivery: architecture, api, apis, microservices, engineers, engineering,
    developers, developer, devs, code, backend, frontend, cloud, infrastructure, technical,
    deployment, architektur, schnittstelle, schnittstellen, entwickler, entwicklerinnen,
    technik, technisch, technische, programmieren, infrastruktur
techdebt delivery: tech debt, technical debt, legacy, refactoring, refactor, maintenance,
    technische schulden, altlasten, wartung, legacy-code
quality delivery: qa, quality, bugs, bug, test automation, regression, incidents, incident,
    qualität, fehler, qualitätssicherung, störungen
ai ai: ai, ki, llm, llms, gpt, chatgpt, copilot, prompt, prompts, prompting, genai, generative,
    machine learning, ml, chatbot, chatbots, hallucination, hallucinations, assistant,
    assistants, agents, claude, gemini, openai, artificial intelligence, künstliche intelligenz,
    sprachmodell, sprachmodelle, halluzination, halluzinationen, ki-tools, assistenten,
    automatisierung, automation
privacy business: privacy, gdpr, data protection, security, compliance, legal, datenschutz,
    dsgvo, rechtlich, recht,
    consent, cookie, cookies, cookie banner, personal data, data privacy, terms and
    conditions, lawyer, lawyers, legal team, regulation, regulations, regulatory, audit, audits,
    security review, anonymise, anonymize, anonymised, deletion, einwilligung, einwilligungen,
    auftragsverarbeitung, löschkonzept, personenbezogene daten, anonymisieren, rechtsabteilung,
    juristen, agb, datensicherheit, regulierung, datenschutzbeauftragte
stakeholder collaboration: stakeholder, stakeholders, buy-in, expectations, alignment, align,
    politics, escalate, escalates, escalation, influence, influencing, without authority,
    stakeholdern, erwartungen, erwartungsmanagement, einbinden, abstimmung, abstimmen,
    überzeugen, einfluss
leadership collaboration: leadership, management, executives, executive, senior leadership,
    c-level, cpo, cto, ceo, vp, head of, führungskräfte, führungskraft, geschäftsführung,
    vorstand, vorgesetzte, vorgesetzten, management, chef, chefin, bereichsleitung, leitung
negotiation collaboration: negotiate, negotiation, conflict, conflicts, difficult conversation,
    difficult conversations, disagreement, pushback, verhandeln, verhandlung, konflikt,
    konflikte, schwierige gespräche, streit, widerspruch,
    disagree, disagreements, clash, clashes, tension, tensions, mediate,
    mediation, nonviolent communication, nvc, bad news, defensive, passive-aggressive,
    auseinandersetzung, auseinandersetzungen, spannungen, eskalieren, eskaliert, gewaltfreie
    kommunikation, schlichten, konfliktlösung, meinungsverschiedenheit, meinungsverschiedenheiten
crossteam collaboration: cross-team, cross-functional, silos, silo, dependencies, dependency,
    collaboration, collaborate, handover, handoff, teamübergreifend, übergreifend,
    zusammenarbeit, zusammenarbeiten, abhängigkeiten, schnittstellen, bereichsübergreifend,
    abteilungen, departments, other teams, andere teams
decisions collaboration: decision, decisions, decide, deciding, decision-making, ownership,
    raci, accountable, responsibility, entscheidung, entscheidungen, entscheiden, verantwortung,
    zuständigkeit, zuständig
presenting communication: present, presenting, presentation, presentations, slides, deck, decks,
    storytelling, public speaking, nervous, nervousness, pitch, pitching, keynote, confident,
    confidence, all-hands, audience, präsentieren, präsentation, präsentationen, folien,
    lampenfieber, vortragen, auftreten, souverän, publikum
facilitation communication: facilitate, facilitating, facilitation, facilitator, workshop,
    workshops, moderate, moderation, moderator, breakout, breakouts, dot voting, liberating
    structures, energizer, moderieren, moderation, moderator, moderatorin
career people: career, careers, promotion, promoted, level, levels, leveling, levelling, ladder,
    career path, ic, seniority, senior pm, principal, salary, salaries, development plan,
    competency, competencies, skills matrix, karriere, karrierepfad, beförderung, befördert,
    gehalt, gehaltsbänder, kompetenzmodell, entwicklungsplan, laufbahn, stufe,
    entwicklungsmöglichkeiten, aufstieg
mentoring people: mentor, mentors, mentoring, mentee, mentees, mentorship, coaching, coach,
    coaches, one-on-one, one-on-ones, 1on1, 1on1s, pairing, shadow, mentorin, mentorinnen,
    coachin, tandem
feedback people: feedback, critique, critiques, rückmeldung, rückmeldungen, kritik, reflection,
    reflektieren
hiring people: hiring, hire, hires, recruiting, recruiter, recruiters, recruitment, candidate,
    candidates, applicant, applicants, job description, job descriptions, job ad, take-home,
    case study interview, interview loop, scorecard, scorecards, headcount, bewerbung,
    bewerbungen, bewerber, bewerberin, bewerbungsgespräch, vorstellungsgespräch, einstellung,
    einstellen, einstellungsprozess, stellenausschreibung, stellenanzeige, kandidat, kandidaten,
    kandidatin, rekrutierung, personalauswahl, auswahl
peopleleadership people: people manager, people management, team lead, leading a team, manage a
    team, delegation, delegate, line manager, teamleitung, mitarbeiterführung,
    personalverantwortung, delegieren, team führen
wellbeing people: stress, burnout, overload, overwhelmed, wellbeing, well-being, boundaries,
    work-life, balance, energy, exhausted, mental health, überlastung, überlastet, erschöpft,
    gesundheit, ausgleich, belastung,
    burn-out, recovery, breaks, holiday, holidays, vacation, =mindfulness,
    meditation, breathing, switch off, disconnect, sustainable pace, crunch, overtime, tired,
    resilience, sick, erholung, pausen, pause, urlaub, abschalten, feierabend, achtsamkeit,
    stressbewältigung, resilienz, überstunden, erschöpfung, müde, krank, stressig
selfmanagement people: focus time, deep work, inbox, time management, self-organisation,
    procrastination, zeitmanagement, selbstorganisation, produktivität, fokus, konzentration
onboarding community: onboarding, newcomer, newcomers, new joiners, joiners, welcome, welcome
    guide, buddy, pate, patenschaft, new members, first steps, einarbeitung, neulinge,
    neuzugänge, willkommen, willkommensseite, einstieg, einsteiger, neue mitglieder,
    newbie, newbies, first-timers, new joiner, intro,
    introduction, introductions, orientation, starter kit, onboard, onboarded, einsteigen, neuling,
    kennenlernen, vorstellungsrunde
participation community: attendance, participation, participate, engaged, engagement, active,
    passive, quiet, lurkers, show up, same people, contribute, contributors, involvement,
    beteiligung, teilnahme, aktiv, passiv, stumm, mitmachen, einbringen, beitragen
growth community: grow, growing, growth, members, member, join, joining, reach, recruit members,
    bigger, wachsen, wachstum, mitglieder, mitgliedern, gewinnen, größer, reichweite
purpose community: purpose, mission, why we exist, values, identity, raison, zweck, sinn, werte,
    identität, wofür, daseinsberechtigung, leitbild
success community: success, success criteria, successful, impact, outcome, outcomes, erfolg,
    erfolgreich, erfolgsdefinition, erfolgskriterien, wirkung, mehrwert
roles community: roles, role, organiser, organisers, organizer, organizers, core team, host,
    hosts, hosting, volunteer, volunteers, rotate, rotating, rotation, rollen, rolle, orga-team,
    orgateam, kernteam, gastgeber, rotieren, reihum, freiwillige,
    steward, stewards, responsible, responsibilities, timekeeper, note-taker,
    co-organiser, co-organizer, co-host, champion, champions, ambassador, ambassadors,
    maintainer, maintainers, organising team, organizing team, orga,
    aufgabenverteilung, verantwortlich, verantwortlichkeiten, zuständigkeiten, nachfolge,
    organisator, organisatoren, organisatorin, kümmerer, botschafter, orga-team
rhythm community: cadence, rhythm, frequency, biweekly, bi-weekly, fortnightly, every two weeks,
    recurring, ritual, rituals, rhythmus, turnus, zweiwöchentlich, einmal im monat, alle zwei
    wochen, momentum, routine
agenda community: agenda, check-in, check-out, checkin, checkout, timebox, timeboxing,
    timekeeping, on time, late, punctual, overrun, overruns, schedule, tagesordnung, ablauf,
    pünktlich, überziehen, verspätet, zeitrahmen, moderationsplan
timeinvest community: time, hours, hour, busy, capacity, workload, protected time, day job, time
    investment, time budget, zeit, stunden, stunde, aufwand, zeitaufwand, zeitbudget,
    zeitinvestment, kapazität, kapazitäten, tagesgeschäft, auslastung, keine zeit, delivery
    pressure, minutes, minuten
meetings community: meeting, meetings, call, calls, treffen, termin, termine, sitzung,
    sitzungen, calendar, kalender, invite, invites, einladung, cancelled, cancel, abgesagt,
    absagen
remote community: remote, hybrid, async, asynchronous, asynchron, distributed, home office,
    homeoffice, wfh, video, camera, zoom, time zone, time zones, online, virtual, virtuell,
    zeitzone, zeitzonen, präsenz, vor ort, in person, dial in, dialling, remote-kollegen,
    ortsunabhängig
tools community: slack, miro, mural, confluence, notion, channel, channels, chat, chats, thread,
    threads, tool, tools, platform, email, mailing list, sharepoint, whiteboard, kanal, kanäle,
    kanälen, plattform, werkzeug, werkzeuge, tooling, e-mail, verteiler
knowledge community: documentation, document, documenting, knowledge, knowledge base, knowledge
    sharing, wiki, templates, template, best practices, lessons learned, case studies, summary,
    summaries, recordings, recording, notes, repository, archive, reusable, reuse,
    dokumentation, dokumentieren, wissen, wissensaustausch, wissensmanagement, vorlage,
    vorlagen, zusammenfassung, zusammenfassungen, sammlung, festhalten, protokoll, protokolle,
    aufzeichnung, aufzeichnungen, ablage, ablegen, newsletter, curate, curation, kuratieren,
    reading list, leseliste
reading formats: book club, book, books, reading, article, articles, chapter, lesekreis,
    buchclub, buch, bücher, lesen, artikel, kapitel, lektüre, literatur
talks formats: conference, conferences, meetup, meetups, speaker, speakers, =talks, =vortrag,
    =vorträge, =vorträgen, guest speaker, lecture, lectures, lightning talks, keynote, video,
    videos, watch, watching, konferenz, konferenzen, referent, referentin, gastsprecher,
    kurzvorträge, frontalvorträge, anschauen, schauen, barcamp, productcamp
training formats: course, courses, training, trainings, certification, certificate, bootcamp,
    class, classes, udemy, coursera, kurs, kurse, schulung, schulungen, weiterbildung,
    zertifizierung, fortbildung, seminar, seminare
handson formats: hands-on, hackathon, hackathons, dojo, exercise, exercises, practice, practise,
    practical, lunch and learn, brown bag, fishbowl, show and tell, praxis, praktisch, übung,
    übungen, ausprobieren, hackathon
social community: social, party, pizza, drinks, beer, food, lunch, coffee, offsite, celebrate,
    celebration, fun, team event, getränke, essen, feier, feiern, kaffee, spaß, ausflug,
    celebrations, barbecue, bbq, games night, game night, board games, cooking,
    karaoke, after-work, afterwork, informal, small talk, coffee roulette, get-together,
    drinks, glühwein, grillen, spieleabend, kochkurs, feierabendbier, informell, quatschen,
    plaudern, jahresabschluss, weihnachtsfeier, sommerfest, teamevent, gesellig, geselligkeit
sponsorship community: sponsor, sponsors, sponsoring, sponsorship, support from, backing, backs,
    budget, budgets, funding, money, tickets, expenses, unterstützung, rückendeckung, geld,
    finanzierung, weiterbildungsbudget, förderung, beantragen
recognition community: recognition, recognised, recognized, appreciation, appreciate, credit,
    visibility, visible, thank, thanks, incentive, incentives, reward, rewards, performance
    review, performance reviews, anerkennung, anerkannt, wertschätzung, sichtbarkeit, sichtbar,
    belohnung, anreize, anreiz, danke, honorieren
safety community: safe space, psychological safety, vulnerable, vulnerability, blame,
    fehlerkultur, scheitern, geschützter raum, ehrlich
process operations: product ops, process, processes, operating model, playbook, playbooks,
    governance, standardise, standardize, standard, standards, workflow, workflows, prozess,
    prozesse, standardisieren, vereinheitlichen, abläufe, betriebsmodell,
    product operations, ops, conventions, naming conventions, definition of
    done, status report, status reports, status update, status updates, single source of truth,
    tool sprawl, harmonise, harmonize, business review, qbr, operating rhythm, konventionen,
    statusbericht, statusberichte, harmonisieren, produktbetrieb, einheitliche prozesse
values culture: values, norms, norm, ground rules, code of conduct, conduct, respect, respectful,
    etiquette, principles, manifesto, working agreement, working agreements, team agreement,
    chatham house, confidentiality, confidential, =openness, honesty, honest, kindness,
    interrupt, interrupting, listen, listening, werte, normen, grundregeln, spielregeln,
    verhaltenskodex, respekt, respektvoll, prinzipien, leitlinien, vertraulichkeit,
    vertraulich, =offenheit, ehrlichkeit, wertschätzend, arbeitsvereinbarung, netiquette,
    spielregel,
    =rules, zuhören
curation content: topic, topics, theme, themes, topic backlog, topic list,
    call for proposals, call for papers, cfp, curate, curated, curating, curation, selection of
    topics, content, contents, depth, in depth, superficial, themen, thema, themenspeicher,
    themenvorschläge, themenvorschlag, themenauswahl, themenliste, inhalte, inhalt,
    kuratieren, kuratiert, kuratierte, oberflächlich, tiefe, jahresprogramm, schwerpunkt,
    schwerpunkte
membership community: membership, who can join, open to everyone, invite-only, invitation only,
    closed group, entry criteria, criteria for joining, exclusive, inclusive community,
    mitgliedschaft, offen für alle, geschlossene gruppe, zugang, aufnahmekriterien, exklusiv
governance organising: governance, consensus, majority, majority vote, poll the group,
    decide together, rules of the community, konsens, mehrheit, mehrheitsentscheid,
    gemeinsam entscheiden
identity community: brand, branding, logo, swag, stickers, merch, merchandise, t-shirts,
    hoodies, identity, =belonging, sense of belonging, zugehörigkeit, zugehörigkeitsgefühl,
    markenauftritt, aufkleber
network network: external, externals, network, networking, other companies, partner, partners,
    partnership, partnerships, alumni, university, universities, students, academia, ecosystem,
    industry, meetup scene, guest, guests, extern, externe, externen, externer, netzwerk,
    netzwerken,
    vernetzen, vernetzung, hochschule, hochschulen, universität, studierende, studenten,
    partnerfirmen, branche, gast, gäste, öffentlich
mobile platform: mobile, app, apps, ios, android, smartphone, smartphones, tablet, tablets, app
    store, play store, push notification, push notifications, native, web app, pwa,
    device, devices, crashlytics, crash, crashes, offline mode, responsive, screen size, small
    screens, handy, handys, geräte, endgeräte, mobil, mobile-first, deep link, deep links,
    app-store, smartphone-app
international strategy: localization, localisation, localise, localize, localized, translation,
    translations, translate, translating, i18n, l10n, internationalisation, internationalization,
    international, countries, country, expansion, expand, expanding, multilingual,
    locale, locales, currency, currencies, right-to-left, lokalisierung, lokalisieren,
    übersetzung, übersetzungen, übersetzen, internationale, internationalen, länder,
    mehrsprachig, mehrsprachigkeit, währung, währungen, auslandsmarkt, auslandsmärkte,
    länderspezifisch, länderspezifische, expandieren
journey design: customer journey, journey map, journey maps, journey mapping, touchpoint,
    touchpoints, service design, service blueprint, end-to-end experience, kundenreise,
    berührungspunkte, customer-journey
ethics strategy: ethics, ethical, dark patterns, responsible design, sustainability,
    sustainable product, carbon, co2, emissions, climate, ethik, ethisch, nachhaltigkeit,
    nachhaltig, klima, emissionen, verantwortungsvoll
platform delivery: platform team, internal platform, api product, developer experience, sdk,
    integrations, integration, partner api, plattformteam, integrationen, entwicklerplattform
"""


#: Concept name -> (domain, items), parsed from :data:`CONCEPT_TABLE`.
CONCEPTS: dict[str, tuple[str, tuple[str, ...]]] = {}


def _parse_concepts(table: str) -> None:
    head = ""
    body: list[str] = []
    entries: list[tuple[str, str]] = []
    for line in table.splitlines():
        if not line.strip():
            continue
        if line[:1].isspace():
            body.append(line)
            continue
        if head:
            entries.append((head, " ".join(body)))
        head, _, first = line.partition(":")
        body = [first]
    if head:
        entries.append((head, " ".join(body)))
    for head, items in entries:
        name, domain = head.split()
        words = tuple(w.strip().lower() for w in items.split(",") if w.strip())
        CONCEPTS[name] = (domain, words)


_parse_concepts(CONCEPT_TABLE)
