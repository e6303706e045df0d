<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About copdesk</source>
        <translation>Über copdesk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>An offline desktop app for facilitators of a product Community of Practice: sticky-note boards for learning-goal workshops and community retros, a timer the room can read, learning circles, and Community Canvas posters to print.</source>
        <translation>Eine Offline-Desktop-App für Moderatorinnen und Moderatoren einer Produkt-Community of Practice: Notiz-Boards für Lernziel-Workshops und Community-Retros, ein Timer, den der ganze Raum lesen kann, Lernzirkel und Community-Canvas-Poster zum Ausdrucken.</translation>
    </message>
    <message>
        <source>Free software under the {license} licence.</source>
        <translation>Freie Software unter der {license}-Lizenz.</translation>
    </message>
    <message>
        <source>It bundles fonts and a sound by other authors: see Credits.</source>
        <translation>Enthält Schriften und einen Klang anderer Urheber: siehe Mitwirkende.</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Klänge</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>by {author} · licence: {license}</source>
        <translation>von {author} · Lizenz: {license}</translation>
    </message>
    <message>
        <source>copdesk is under the {license} licence; see the LICENSE file.</source>
        <translation>copdesk steht unter der {license}-Lizenz; siehe die Datei LICENSE.</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From session</source>
        <translation>Aus Sitzung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als fertig markieren</translation>
    </message>
    <message>
        <source>Mark carried over</source>
        <translation>Als übertragen markieren</translation>
    </message>
    <message>
        <source>Mark dropped</source>
        <translation>Als verworfen markieren</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Rückblick: %1</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>Remove %1 actions</source>
        <translation>%1 Maßnahmen entfernen</translation>
    </message>
    <message>
        <source>Review: 1 open action from earlier sessions · %2 still to decide</source>
        <translation>Rückblick: 1 offene Maßnahme aus früheren Sitzungen · %2 noch zu entscheiden</translation>
    </message>
    <message>
        <source>Review: %1 open actions from earlier sessions · %2 still to decide</source>
        <translation>Rückblick: %1 offene Maßnahmen aus früheren Sitzungen · %2 noch zu entscheiden</translation>
    </message>
    <message>
        <source>Review: no open actions from the previous retro.</source>
        <translation>Rückblick: keine offenen Maßnahmen aus der letzten Retro.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda steps</source>
        <translation>Agendapunkte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Ins)</source>
        <translation>Einen Punkt nach dem ausgewählten hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected step (Del in the list)</source>
        <translation>Den ausgewählten Punkt entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Punkt nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Punkt nach unten (Alt+Runter)</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Springen</translation>
    </message>
    <message>
        <source>Make the selected step the current one (Enter)</source>
        <translation>Den ausgewählten Punkt zum aktuellen machen (Eingabe)</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Punkts</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Facilitator notes (not shown to the room)</source>
        <translation>Notizen für die Moderation (für den Raum unsichtbar)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <source>Planned %1 · spent %2 · 1 step</source>
        <translation>Geplant %1 · verbraucht %2 · 1 Punkt</translation>
    </message>
    <message>
        <source>Planned %1 · spent %2 · %3 steps</source>
        <translation>Geplant %1 · verbraucht %2 · %3 Schritte</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>copdesk — audience</source>
        <extracomment>Room between a focused frame and the screen edge, as a share of the height. The timer&apos;s height as a share of the screen height (and its width : height). Room around a cluster in focus (board units) and the largest zoom of focus mode, so a cluster of two notes does not fill the wall. The smallest note text (screen pixels) the room can read from the back. The fixed header of a frame in focus is never narrower than this (pixels). Keys clickers send that must not do anything else here (F5 / Shift+F5 toggles). the focus moved: the FocusTarget shown, or None when following the facilitator the audience asked to follow the facilitator again (F key)</extracomment>
        <translation>copdesk — Publikum</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <source>Choose or create a session first.</source>
        <extracomment>the desk changed a session other than the shown one (undo/redo elsewhere) a session-level change is done: refresh the sidebar (select this id) a session JSON file became a new session (shown now): the Session</extracomment>
        <translation>Wählen oder erstellen Sie zuerst eine Sitzung.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Recolour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Delete %1 notes</source>
        <translation>%1 Notizen löschen</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Notizgröße ändern</translation>
    </message>
    <message>
        <source>Resize notes</source>
        <translation>Notizgrößen ändern</translation>
    </message>
    <message>
        <source>Move frame</source>
        <translation>Rahmen verschieben</translation>
    </message>
    <message>
        <source>New frame</source>
        <translation>Neuer Rahmen</translation>
    </message>
    <message>
        <source>Add frame</source>
        <translation>Rahmen hinzufügen</translation>
    </message>
    <message>
        <source>Delete frame</source>
        <translation>Rahmen löschen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Drop notes</source>
        <translation>Notizen ablegen</translation>
    </message>
    <message>
        <source>“%1” holds no notes.</source>
        <translation>„%1“ enthält keine Notizen.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>A session file is what File ▸ Export saves as “Session JSON”. A template is imported with File ▸ Import Template.</source>
        <translation>Eine Sitzungsdatei ist das, was Datei ▸ Exportieren als „Session JSON“ speichert. Eine Vorlage wird mit Datei ▸ Vorlage importieren importiert.</translation>
    </message>
    <message>
        <source>Import session</source>
        <translation>Sitzung importieren</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>The frame new notes go into (Up / Down to change)</source>
        <extracomment>(text, frame id or None, colour, author)</extracomment>
        <translation>Der Rahmen für neue Notizen (Pfeil hoch / runter zum Wechseln)</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Author or table (Tab / Shift+Tab to change; click to edit)</source>
        <translation>Autor oder Tisch (Tab / Umschalt+Tab zum Wechseln; klicken zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Type a note and press Enter…</source>
        <translation>Notiz tippen und Eingabe drücken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Capture into</source>
        <translation>Erfassen in</translation>
    </message>
    <message>
        <source>Board (no frame)</source>
        <translation>Board (kein Rahmen)</translation>
    </message>
    <message>
        <source>Untitled frame</source>
        <translation>Rahmen ohne Titel</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(kein Autor)</translation>
    </message>
    <message>
        <source>Authors and tables</source>
        <translation>Autoren und Tische</translation>
    </message>
    <message>
        <source>Names, separated by commas:</source>
        <translation>Namen, durch Kommas getrennt:</translation>
    </message>
</context>
<context>
    <name>CirclesView</name>
    <message>
        <source>Circles of three</source>
        <extracomment>the template whose boards show a saved round of circles as notes a round was saved, or its saving undone or redone: boards may show other notes</extracomment>
        <translation>Dreiergruppen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Suggest circles</source>
        <translation>Zirkel vorschlagen</translation>
    </message>
    <message>
        <source>Regenerate the rest</source>
        <translation>Rest neu bilden</translation>
    </message>
    <message>
        <source>Swap the two selected</source>
        <translation>Die zwei Ausgewählten tauschen</translation>
    </message>
    <message>
        <source>Keep the two apart</source>
        <translation>Die zwei trennen</translation>
    </message>
    <message>
        <source>Learning circles %1</source>
        <translation>Lernzirkel %1</translation>
    </message>
    <message>
        <source>Save round</source>
        <translation>Runde speichern</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>%1 circles for %2 members</source>
        <translation>%1 Zirkel für %2 Mitglieder</translation>
    </message>
    <message>
        <source> · %1 pair(s) met in an earlier round</source>
        <translation> · %1 Paar(e) gab es schon in einer früheren Runde</translation>
    </message>
    <message>
        <source>These two are already in the same circle.</source>
        <translation>Diese beiden sind schon im selben Zirkel.</translation>
    </message>
    <message>
        <source>A locked circle cannot change. Unlock it first.</source>
        <translation>Ein gesperrter Zirkel kann sich nicht ändern. Entsperren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>%1 and %2 will be kept apart. Regenerate to apply.</source>
        <translation>%1 und %2 werden getrennt. Zum Übernehmen den Rest neu bilden.</translation>
    </message>
    <message>
        <source>Suggest circles first.</source>
        <translation>Schlagen Sie zuerst Zirkel vor.</translation>
    </message>
    <message>
        <source>Save round “%1”</source>
        <translation>Runde „%1“ speichern</translation>
    </message>
    <message>
        <source>The round could not be saved.</source>
        <translation>Die Runde konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved “%1”, starting on %2.</source>
        <translation>„%1“ gespeichert, Beginn am %2.</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>Open topic</source>
        <translation>Offenes Thema</translation>
    </message>
    <message>
        <source>Locked together</source>
        <translation>Fest zusammen</translation>
    </message>
</context>
<context>
    <name>ClusterController</name>
    <message>
        <source>Select a cluster first (click its label or one of its notes).</source>
        <extracomment>a plain sentence for the status bar a suggestion is on show (after the executor finished) the worker (made on first use by ``executor_factory``); tests set a synchronous one ``[(note_id, text)] -&gt; proposals``; the core&apos;s suggest_clusters by default</extracomment>
        <translation>Wählen Sie zuerst ein Cluster aus (auf seinen Namen oder eine seiner Notizen klicken).</translation>
    </message>
    <message>
        <source>Select the notes to group first.</source>
        <translation>Wählen Sie zuerst die Notizen zum Gruppieren aus.</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Tidy cluster</source>
        <translation>Cluster aufräumen</translation>
    </message>
    <message>
        <source>Tidy %1 clusters</source>
        <translation>%1 Cluster aufräumen</translation>
    </message>
    <message>
        <source>Every note is already in a cluster. Select notes to regroup them, or ungroup a cluster first.</source>
        <translation>Jede Notiz ist schon in einem Cluster. Wählen Sie Notizen aus, um sie neu zu gruppieren, oder lösen Sie zuerst ein Cluster auf.</translation>
    </message>
    <message>
        <source>Suggesting clusters for %1 notes…</source>
        <translation>Cluster für %1 Notizen werden vorgeschlagen…</translation>
    </message>
    <message>
        <source>Clusters could not be suggested.</source>
        <translation>Es konnten keine Cluster vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>Details are in the log file.</source>
        <translation>Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>1 cluster suggested. Choose groups, then Accept selected.</source>
        <translation>1 Cluster vorgeschlagen. Gruppen wählen, dann „Auswahl übernehmen“.</translation>
    </message>
    <message>
        <source>%1 clusters suggested. Choose groups, then Accept selected.</source>
        <translation>%1 Cluster vorgeschlagen. Gruppen wählen, dann „Auswahl übernehmen“.</translation>
    </message>
    <message>
        <source>1 cluster made. Undo takes them back.</source>
        <translation>1 Cluster gebildet. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>%1 clusters made. Undo takes them back.</source>
        <translation>%1 Cluster gebildet. Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Suggestion dismissed; the board is unchanged.</source>
        <translation>Vorschlag verworfen; das Board ist unverändert.</translation>
    </message>
</context>
<context>
    <name>ClusterVotingTools</name>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
</context>
<context>
    <name>CommunityWindow</name>
    <message>
        <source>Community — %1</source>
        <extracomment>the export each tab offers first (format ids of copdesk.export.formats)</extracomment>
        <translation>Community — %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Learning circles</source>
        <translation>Lernzirkel</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Rituals &amp;&amp; rhythm</source>
        <translation>Rituale &amp;&amp; Rhythmus</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the community overview (PDF), the learning circles or the actions</source>
        <translation>Community-Überblick (PDF), Lernzirkel oder Maßnahmen exportieren</translation>
    </message>
</context>
<context>
    <name>ControlBar</name>
    <message>
        <source>▶ Start</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Weiter</translation>
    </message>
    <message>
        <source>copdesk — presenter controls</source>
        <extracomment>a presenter key pressed while the bar has the focus (forwarded by the controller)</extracomment>
        <translation>copdesk — Präsentationssteuerung</translation>
    </message>
    <message>
        <source>Drag to move the bar</source>
        <translation>Ziehen, um die Leiste zu verschieben</translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>Timer starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Next step ▸</source>
        <translation>Nächster Punkt ▸</translation>
    </message>
    <message>
        <source>Next agenda step</source>
        <translation>Nächster Agendapunkt</translation>
    </message>
    <message>
        <source>Previous frame or cluster (PageUp)</source>
        <translation>Vorheriger Rahmen oder Cluster (Bild auf)</translation>
    </message>
    <message>
        <source>Next frame or cluster (PageDown)</source>
        <translation>Nächster Rahmen oder Cluster (Bild ab)</translation>
    </message>
    <message>
        <source>Follow me</source>
        <translation>Mir folgen</translation>
    </message>
    <message>
        <source>Show what my window shows (F)</source>
        <translation>Zeigen, was mein Fenster zeigt (F)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>Blank the screen (B)</source>
        <translation>Bildschirm schwarz schalten (B)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Leave presenter mode (Esc)</source>
        <translation>Präsentation verlassen (Esc)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>1 · Micro-learning clusters</source>
        <extracomment>The three steps of a growing community, each with its quick starts (template id, button text). The step number shows once, in the step&apos;s heading: the learning-goals workshop and the community retro both belong to step 2.</extracomment>
        <translation>1 · Micro-Learning-Gruppen</translation>
    </message>
    <message>
        <source>Learning circles — pair people up by interest</source>
        <translation>Lernzirkel — Menschen nach Interessen zusammenbringen</translation>
    </message>
    <message>
        <source>2 · Structure</source>
        <translation>2 · Struktur</translation>
    </message>
    <message>
        <source>Learning-goals workshop — goals, topics, formats</source>
        <translation>Lernziel-Workshop — Ziele, Themen, Formate</translation>
    </message>
    <message>
        <source>Community retro — Keep / Drop / Add, actions</source>
        <translation>Community-Retro — Behalten / Weglassen / Ergänzen, Maßnahmen</translation>
    </message>
    <message>
        <source>3 · Formalize</source>
        <translation>3 · Formalisieren</translation>
    </message>
    <message>
        <source>Community canvas — the poster</source>
        <translation>Community Canvas — das Poster</translation>
    </message>
    <message>
        <source>Start your first session</source>
        <translation>Ihre erste Sitzung beginnen</translation>
    </message>
    <message>
        <source>Everything of this community lives in one file. Pick where your community stands — you can add more sessions at any time.</source>
        <translation>Alles zu dieser Community steckt in einer Datei. Wählen Sie, wo Ihre Community steht — weitere Sitzungen können Sie jederzeit hinzufügen.</translation>
    </message>
    <message>
        <source>All templates…  (Ctrl+N)</source>
        <translation>Alle Vorlagen…  (Strg+N)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Print the guiding questions</source>
        <translation>Leitfragen mitdrucken</translation>
    </message>
    <message>
        <source>This session&apos;s frames</source>
        <translation>Rahmen dieser Sitzung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Open the file when it is ready</source>
        <translation>Datei öffnen, sobald sie fertig ist</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Image scale</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exportieren als</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Canvas poster (PDF, one page)</source>
        <translation>Canvas-Poster (PDF, eine Seite)</translation>
    </message>
    <message>
        <source>Session summary (PDF, A4)</source>
        <translation>Sitzungszusammenfassung (PDF, A4)</translation>
    </message>
    <message>
        <source>Open actions by owner (PDF, A4)</source>
        <translation>Offene Maßnahmen nach Verantwortlichen (PDF, A4)</translation>
    </message>
    <message>
        <source>Community overview (PDF, A4)</source>
        <translation>Community-Überblick (PDF, A4)</translation>
    </message>
    <message>
        <source>Blank worksheet (PDF)</source>
        <translation>Leeres Arbeitsblatt (PDF)</translation>
    </message>
    <message>
        <source>Markdown for a wiki page</source>
        <translation>Markdown für eine Wiki-Seite</translation>
    </message>
    <message>
        <source>Notes as CSV for a spreadsheet</source>
        <translation>Notizen als CSV für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Learning circles as Markdown</source>
        <translation>Lernzirkel als Markdown</translation>
    </message>
    <message>
        <source>Session JSON (re-importable)</source>
        <translation>Sitzungs-JSON (wieder importierbar)</translation>
    </message>
    <message>
        <source>Board image (PNG)</source>
        <translation>Board als Bild (PNG)</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportiere</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find notes…</source>
        <translation>Notizen suchen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 match(es)</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Open community file</source>
        <translation>Community-Datei öffnen</translation>
    </message>
    <message>
        <source>copdesk files (*.copdesk);;All files (*)</source>
        <translation>copdesk-Dateien (*.copdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>Templates whose sessions are retros: they open with the review of open actions.</extracomment>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Imported the session “%1”. Undo (Ctrl+Z) removes it.</source>
        <translation>Sitzung „%1“ importiert. Rückgängig (Strg+Z) entfernt sie.</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Sitzung duplizieren</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Session deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Sitzung gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Select a frame first (click its title).</source>
        <translation>Wählen Sie zuerst einen Rahmen aus (auf seinen Titel klicken).</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Rahmen umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 notes imported.</source>
        <translation>%1 Notizen importiert.</translation>
    </message>
    <message>
        <source>Choose a session to export.</source>
        <translation>Wählen Sie eine Sitzung zum Exportieren.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Notes or a session (*.csv *.txt *.json);;All files (*)</source>
        <translation>Notizen oder eine Sitzung (*.csv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>1 note imported.</source>
        <translation>1 Notiz importiert.</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>Save a copy of the community file</source>
        <translation>Eine Kopie der Community-Datei speichern</translation>
    </message>
    <message>
        <source>copdesk files (*.copdesk)</source>
        <translation>copdesk-Dateien (*.copdesk)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>The file is gone</source>
        <translation>Die Datei ist weg</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved while it was open. Its board now lives only in this window: save a copy to keep it.</source>
        <translation>„%1“ wurde gelöscht oder verschoben, während sie geöffnet war. Ihr Board gibt es jetzt nur noch in diesem Fenster: Speichern Sie eine Kopie, um es zu behalten.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Discard the Board</source>
        <translation>Board verwerfen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Capture note</source>
        <translation>Notiz erfassen</translation>
    </message>
    <message>
        <source>Save session as template</source>
        <translation>Sitzung als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template (frames and agenda are kept, notes are not):</source>
        <translation>Name der Vorlage (Rahmen und Agenda bleiben erhalten, Notizen nicht):</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Saved the template “%1”.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Eine Vorlage importieren</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Imported the template “%1”.</source>
        <translation>Vorlage „%1“ importiert.</translation>
    </message>
    <message>
        <source>Export a template</source>
        <translation>Eine Vorlage exportieren</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Vorlage exportieren</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team / role</source>
        <translation>Team / Rolle</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Filter by name, team or interest</source>
        <translation>Nach Name, Team oder Interesse filtern</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 Mitglieder</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>%1 von %2 Mitgliedern angezeigt</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Import a member roster</source>
        <translation>Mitgliederliste importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The roster could not be imported.</source>
        <translation>Die Mitgliederliste konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported 1 new member, updated %2 from %3.</source>
        <translation>1 neues Mitglied importiert und %2 aktualisiert aus %3.</translation>
    </message>
    <message>
        <source>Imported 1 new member from %3.</source>
        <translation>1 neues Mitglied aus %3 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 new members, updated %2 from %3.</source>
        <translation>%1 neue Mitglieder importiert und %2 aktualisiert aus %3.</translation>
    </message>
    <message>
        <source>Imported %1 new members from %3.</source>
        <translation>%1 neue Mitglieder aus %3 importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>Sitzung &amp;erstellen</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Mitgelieferte Vorlagen</translation>
    </message>
    <message>
        <source>This community&apos;s templates</source>
        <translation>Vorlagen dieser Community</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Total: %1 min</source>
        <translation>Gesamt: %1 Min.</translation>
    </message>
</context>
<context>
    <name>ProposalBar</name>
    <message>
        <source>Accept selected</source>
        <extracomment>Distinct, projector-safe group colours; the rest group is grey.</extracomment>
        <translation>Auswahl übernehmen</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Suggesting clusters for %1 notes…</source>
        <translation>Cluster für %1 Notizen werden vorgeschlagen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Suggested: 1 cluster — click a group or its notes to choose</source>
        <translation>Vorschlag: 1 Cluster — zum Auswählen eine Gruppe oder ihre Notizen anklicken</translation>
    </message>
    <message>
        <source>Suggested: %1 clusters — click a group or its notes to choose</source>
        <translation>Vorschlag: %1 Cluster — zum Auswählen eine Gruppe oder ihre Notizen anklicken</translation>
    </message>
    <message>
        <source>Key words: %1</source>
        <translation>Schlüsselwörter: %1</translation>
    </message>
    <message>
        <source>Notes that resemble no other note</source>
        <translation>Notizen, die keiner anderen ähneln</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>Pinned question</source>
        <translation>Angeheftete Frage</translation>
    </message>
    <message>
        <source>Filter questions…</source>
        <translation>Fragen filtern…</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leitfragen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Show the selected question large, also on the projector</source>
        <translation>Die ausgewählte Frage groß zeigen, auch auf dem Beamer</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Untitled frame</source>
        <translation>Rahmen ohne Titel</translation>
    </message>
    <message>
        <source>This board has no guiding questions.</source>
        <translation>Dieses Board hat keine Leitfragen.</translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation>Keine Frage passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Cluster or note</source>
        <extracomment>(kind, target id) of a row the facilitator wants to see on the board</extracomment>
        <translation>Cluster oder Notiz</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Arrange by votes</source>
        <translation>Nach Punkten anordnen</translation>
    </message>
    <message>
        <source>Lay clusters and notes out in rank order (undoable)</source>
        <translation>Cluster und Notizen nach Rang anordnen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>No voting round yet. Board ▸ Start Voting… begins one.</source>
        <translation>Noch keine Abstimmungsrunde. Board ▸ Abstimmung starten… beginnt eine.</translation>
    </message>
    <message>
        <source>The counts are hidden until you reveal them (Board ▸ Reveal Votes).</source>
        <translation>Die Zahlen bleiben verborgen, bis Sie sie aufdecken (Board ▸ Punkte aufdecken).</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source> · %1 without dots</source>
        <translation> · %1 ohne Punkte</translation>
    </message>
    <message>
        <source>Round %1 · %2 with dots%3</source>
        <translation>Runde %1 · %2 mit Punkten%3</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; “%1” is open for reading only%2. You can look, search and export, but not change the board.</source>
        <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; „%1“ ist nur zum Lesen geöffnet%2. Sie können ansehen, suchen und exportieren, das Board aber nicht ändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file is gone:&lt;/b&gt; “%1” was deleted or moved while open. Your board is still here — save a copy to keep it.</source>
        <translation>&lt;b&gt;Die Datei ist weg:&lt;/b&gt; „%1“ wurde gelöscht oder verschoben, während sie geöffnet war. Ihr Board ist noch da — speichern Sie eine Kopie, um es zu behalten.</translation>
    </message>
</context>
<context>
    <name>RitualsView</name>
    <message>
        <source>Ritual</source>
        <translation>Ritual</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Erster Termin</translation>
    </message>
    <message>
        <source>Per person / month</source>
        <translation>Pro Person / Monat</translation>
    </message>
    <message>
        <source>Total / month</source>
        <translation>Gesamt / Monat</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>Add ritual</source>
        <translation>Ritual hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Time per month: %1 for someone at every ritual · %2 person-hours in total</source>
        <translation>Zeit pro Monat: %1 für jemanden bei jedem Ritual · %2 Personenstunden insgesamt</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>New ritual</source>
        <translation>Neues Ritual</translation>
    </message>
    <message>
        <source>Remove ritual</source>
        <translation>Ritual entfernen</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SessionDocks</name>
    <message>
        <source>Timer</source>
        <extracomment>an undo/redo changed the agenda of a session not on show</extracomment>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leitfragen</translation>
    </message>
    <message>
        <source>Open a session to use its timer.</source>
        <translation>Öffnen Sie eine Sitzung, um ihren Timer zu nutzen.</translation>
    </message>
    <message>
        <source>Open a session to see its agenda.</source>
        <translation>Öffnen Sie eine Sitzung, um ihre Agenda zu sehen.</translation>
    </message>
</context>
<context>
    <name>SessionsSidebar</name>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create a session from a template</source>
        <translation>Eine Sitzung aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the session</source>
        <translation>Die Sitzung umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the session with all its notes</source>
        <translation>Die Sitzung mit allen Notizen kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the session (undo brings it back)</source>
        <translation>Die Sitzung löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Neue Sitzung…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Auf dem Board</translation>
    </message>
    <message>
        <source>Move selected notes</source>
        <translation>Ausgewählte Notizen verschieben</translation>
    </message>
    <message>
        <source>Arrow keys (Shift: bigger steps)</source>
        <translation>Pfeiltasten (Umschalt: größere Schritte)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Double-click the board</source>
        <translation>Doppelklick auf das Board</translation>
    </message>
    <message>
        <source>Resize a note</source>
        <translation>Größe einer Notiz ändern</translation>
    </message>
    <message>
        <source>Drag the corner of a selected note</source>
        <translation>Ecke einer ausgewählten Notiz ziehen</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch</source>
        <translation>Strg+Mausrad, Zwei-Finger-Zoom</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben der Ansicht</translation>
    </message>
    <message>
        <source>Wheel, middle-drag, Space+drag</source>
        <translation>Mausrad, mittlere Maustaste ziehen, Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>While editing a note</source>
        <translation>Beim Bearbeiten einer Notiz</translation>
    </message>
    <message>
        <source>Enter done, Shift+Enter new line, Esc cancel</source>
        <translation>Eingabe fertig, Umschalt+Eingabe neue Zeile, Esc abbrechen</translation>
    </message>
    <message>
        <source>Capture bar</source>
        <translation>Erfassungsleiste</translation>
    </message>
    <message>
        <source>Enter adds the note, Tab changes the author</source>
        <translation>Eingabe fügt die Notiz hinzu, Tab wechselt die Person</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot-Voting</translation>
    </message>
    <message>
        <source>Click adds a dot; right-click or Alt+click removes one</source>
        <translation>Klick setzt einen Punkt; Rechtsklick oder Alt+Klick nimmt einen weg</translation>
    </message>
    <message>
        <source>Quick timer of %1 minutes</source>
        <translation>Schneller Timer über %1 Minuten</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Presenter view (on the projector)</source>
        <translation>Präsentationsansicht (am Beamer)</translation>
    </message>
    <message>
        <source>Next frame or cluster</source>
        <translation>Nächster Rahmen oder Cluster</translation>
    </message>
    <message>
        <source>Previous frame or cluster</source>
        <translation>Vorheriger Rahmen oder Cluster</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Bildschirm schwarz schalten</translation>
    </message>
    <message>
        <source>Follow your view of the board</source>
        <translation>Ihrer Ansicht des Boards folgen</translation>
    </message>
    <message>
        <source>Leave the presenter view</source>
        <translation>Präsentationsansicht verlassen</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Timer</source>
        <extracomment>(background, foreground) per phase. Wider than this (width / height) puts the step title beside the digits. The step title never gets smaller than this (pixels); longer titles are cut with &quot;…&quot;.</extracomment>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>◀ Prev</source>
        <extracomment>The countdown never gets shorter than this in the dock (pixels): the digits stay readable across the room even when the dock starts small.</extracomment>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous agenda step</source>
        <translation>Vorheriger Agendapunkt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>Timer starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the full timebox</source>
        <translation>Zurück zur vollen Zeit</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 Min.</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Eine Minute weniger</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Eine Minute mehr</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Vor ▶</translation>
    </message>
    <message>
        <source>Next agenda step</source>
        <translation>Nächster Agendapunkt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Quick:</source>
        <translation>Schnell:</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>A free %1-minute timer, not tied to the agenda</source>
        <translation>Ein freier %1-Minuten-Timer, unabhängig von der Agenda</translation>
    </message>
    <message>
        <source>Run sheet: advance by itself</source>
        <translation>Ablaufplan: selbst weiterschalten</translation>
    </message>
    <message>
        <source>When a step&apos;s time is up, chime and move on to the next step automatically</source>
        <translation>Wenn die Zeit eines Punkts abgelaufen ist, ertönt ein Signal und es geht automatisch zum nächsten Punkt</translation>
    </message>
    <message>
        <source>Quick timer</source>
        <translation>Schnell-Timer</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot-Voting</translation>
    </message>
    <message>
        <source>Votes per person:</source>
        <translation>Punkte pro Person:</translation>
    </message>
    <message>
        <source>Hide counts until reveal</source>
        <translation>Zahlen bis zum Aufdecken verbergen</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Runde starten</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Wer vergibt:</translation>
    </message>
    <message>
        <source>“Room” counts the dots of the whole room; type a name to count each person&apos;s dots</source>
        <translation>„Raum“ zählt die Punkte des ganzen Raums; geben Sie einen Namen ein, um die Punkte jeder Person zu zählen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Runde schließen</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Arrange by votes</source>
        <translation>Nach Punkten anordnen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Leave voting (the round stays as it is)</source>
        <translation>Abstimmung verlassen (die Runde bleibt, wie sie ist)</translation>
    </message>
    <message>
        <source>Hide counts</source>
        <translation>Zahlen verbergen</translation>
    </message>
    <message>
        <source> · counts hidden</source>
        <translation> · Zahlen verborgen</translation>
    </message>
    <message>
        <source>Voting: %1 per person%2</source>
        <translation>Abstimmung: %1 pro Person%2</translation>
    </message>
    <message>
        <source>Click a note or cluster to add a dot; right-click removes one</source>
        <translation>Notiz oder Cluster anklicken, um einen Punkt zu vergeben; Rechtsklick nimmt einen weg</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 dots</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>counts hidden</source>
        <translation>Zahlen verborgen</translation>
    </message>
    <message>
        <source>results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Round closed: %1 · %2</source>
        <translation>Runde geschlossen: %1 · %2</translation>
    </message>
    <message>
        <source>Room count · 1 dot cast</source>
        <translation>Raumzählung · 1 Punkt vergeben</translation>
    </message>
    <message>
        <source>Room count · %1 dots cast</source>
        <translation>Raumzählung · %1 Punkte vergeben</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: %2 von %3 übrig</translation>
    </message>
</context>
<context>
    <name>VotingController</name>
    <message>
        <source>Voting started: click notes or clusters to add dots.</source>
        <extracomment>the votes or the round changed (the ranking panel refreshes)</extracomment>
        <translation>Abstimmung gestartet: Notizen oder Cluster anklicken, um Punkte zu vergeben.</translation>
    </message>
    <message>
        <source>No voting round yet: Board ▸ Start Voting.</source>
        <translation>Noch keine Abstimmungsrunde: Board ▸ Abstimmung starten.</translation>
    </message>
    <message>
        <source>No votes yet: start a voting round first.</source>
        <translation>Noch keine Punkte: Starten Sie zuerst eine Abstimmungsrunde.</translation>
    </message>
    <message>
        <source>Arrange by votes</source>
        <translation>Nach Punkten anordnen</translation>
    </message>
    <message>
        <source>This file is open read-only: votes cannot be added.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet: Es können keine Punkte vergeben werden.</translation>
    </message>
    <message>
        <source>%1 has used all %2 votes. Right-click one of their dots to move it.</source>
        <translation>%1 hat alle %2 Punkte vergeben. Rechtsklick auf einen der Punkte, um ihn umzusetzen.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Open Community File…</source>
        <translation>Community-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>Notizen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Save Session as &amp;Template…</source>
        <translation>Sitzung als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Import Te&amp;mplate…</source>
        <translation>Vorlage i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Export Temp&amp;late…</source>
        <translation>Vorlage e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Board</source>
        <translation>Ganzes &amp;Board</translation>
    </message>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Sessions Sidebar</source>
        <translation>&amp;Sitzungsleiste</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>The board for the room on the second screen (F5; Esc leaves)</source>
        <translation>Das Board für den Raum auf dem zweiten Bildschirm (F5; Esc beendet)</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>&amp;Neue Notiz</translation>
    </message>
    <message>
        <source>A new note at the mouse (or double-click the board)</source>
        <translation>Eine neue Notiz am Mauszeiger (oder Doppelklick auf das Board)</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>Notiz &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Capture Bar</source>
        <translation>&amp;Erfassungsleiste</translation>
    </message>
    <message>
        <source>Type note after note; Enter adds, Tab changes the author</source>
        <translation>Notiz für Notiz tippen; Eingabe fügt hinzu, Tab wechselt den Autor</translation>
    </message>
    <message>
        <source>Bring to &amp;Front</source>
        <translation>In den &amp;Vordergrund</translation>
    </message>
    <message>
        <source>Colour &amp;%1</source>
        <translation>Farbe &amp;%1</translation>
    </message>
    <message>
        <source>Add &amp;Frame</source>
        <translation>&amp;Rahmen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename Frame…</source>
        <translation>Rahmen &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Delete F&amp;rame</source>
        <translation>Rahmen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppieren</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>Gruppierung auf&amp;heben</translation>
    </message>
    <message>
        <source>Rename &amp;Cluster…</source>
        <translation>&amp;Cluster umbenennen…</translation>
    </message>
    <message>
        <source>C&amp;ollapse / Expand Cluster</source>
        <translation>Cluster ein-/&amp;ausklappen</translation>
    </message>
    <message>
        <source>&amp;Tidy Cluster</source>
        <translation>Cluster auf&amp;räumen</translation>
    </message>
    <message>
        <source>&amp;Suggest Clusters…</source>
        <translation>Cluster vor&amp;schlagen…</translation>
    </message>
    <message>
        <source>Group notes by what their text means; you choose before anything changes</source>
        <translation>Notizen nach ihrer Bedeutung gruppieren; Sie entscheiden, bevor sich etwas ändert</translation>
    </message>
    <message>
        <source>Start &amp;Voting…</source>
        <translation>&amp;Abstimmung starten…</translation>
    </message>
    <message>
        <source>Re&amp;veal Votes</source>
        <translation>Punkte auf&amp;decken</translation>
    </message>
    <message>
        <source>&amp;Arrange by Votes</source>
        <translation>Nach Punkten an&amp;ordnen</translation>
    </message>
    <message>
        <source>Show Ran&amp;king</source>
        <translation>Rang&amp;folge zeigen</translation>
    </message>
    <message>
        <source>&amp;Timer Panel</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Agenda Panel</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Guiding &amp;Questions</source>
        <translation>&amp;Leitfragen</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Mitglieder…</translation>
    </message>
    <message>
        <source>Learning &amp;Circles…</source>
        <translation>&amp;Lernzirkel…</translation>
    </message>
    <message>
        <source>&amp;Actions…</source>
        <translation>M&amp;aßnahmen…</translation>
    </message>
    <message>
        <source>&amp;Rituals &amp;&amp; Rhythm…</source>
        <translation>&amp;Rituale &amp;&amp; Rhythmus…</translation>
    </message>
    <message>
        <source>&amp;Export Community Overview…</source>
        <translation>Community-Überblick &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About copdesk</source>
        <translation>Ü&amp;ber copdesk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open community file</source>
        <translation>Community-Datei öffnen</translation>
    </message>
    <message>
        <source>copdesk files (*.copdesk);;All files (*)</source>
        <translation>copdesk-Dateien (*.copdesk);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <source>Cluster</source>
        <extracomment>Beside a frame title the chip may be cut down to this width (its text elided).</extracomment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>1 note · collapsed</source>
        <extracomment>notes being dragged right now: left out of the outline so a drag out shows the frame headers of the board, which the chip must not cover (set by the layer)</extracomment>
        <translation>1 Notiz · eingeklappt</translation>
    </message>
    <message>
        <source>%1 notes · collapsed</source>
        <translation>%1 Notizen · eingeklappt</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <source>The clipboard holds more than %1 notes; split them and paste the parts one after the other.</source>
        <translation>Die Zwischenablage enthält mehr als %1 Notizen; teilen Sie sie auf und fügen Sie die Teile nacheinander ein.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Group notes</source>
        <translation>Notizen gruppieren</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Ungroup %1 clusters</source>
        <translation>%1 Cluster auflösen</translation>
    </message>
    <message>
        <source>Join cluster</source>
        <translation>Cluster beitreten</translation>
    </message>
    <message>
        <source>Leave cluster</source>
        <translation>Cluster verlassen</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster umbenennen</translation>
    </message>
    <message>
        <source>Collapse cluster</source>
        <translation>Cluster einklappen</translation>
    </message>
    <message>
        <source>Expand cluster</source>
        <translation>Cluster ausklappen</translation>
    </message>
    <message>
        <source>Accept suggested cluster</source>
        <translation>Vorgeschlagenes Cluster übernehmen</translation>
    </message>
    <message>
        <source>Accept %1 suggested clusters</source>
        <translation>%1 vorgeschlagene Cluster übernehmen</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Rahmen umbenennen</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Abstimmung starten</translation>
    </message>
    <message>
        <source>Close voting round</source>
        <translation>Abstimmungsrunde schließen</translation>
    </message>
    <message>
        <source>Reveal votes</source>
        <translation>Punkte aufdecken</translation>
    </message>
    <message>
        <source>Hide votes</source>
        <translation>Punkte verbergen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Punkt vergeben</translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>Punkt entfernen</translation>
    </message>
    <message>
        <source>Add step “%1”</source>
        <translation>Punkt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove step “%1”</source>
        <translation>Punkt „%1“ entfernen</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Agenda umordnen</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Punkt umbenennen</translation>
    </message>
    <message>
        <source>Change step length</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Sorry, something unexpected went wrong. Your board is saved; the details were written to the log file.</source>
        <translation>Entschuldigung, etwas Unerwartetes ist schiefgegangen. Ihr Board ist gespeichert; die Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>B&amp;oard</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
</context>
<context>
    <name>rituals</name>
    <message>
        <source>every week</source>
        <extracomment>A ritual&apos;s rhythm in the rituals table. The German text must be one that parse_cadence reads back when the cell is edited: wöchentlich, alle zwei Wochen, monatlich, vierteljährlich, jährlich.</extracomment>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jährlich</translation>
    </message>
</context>
</TS>
