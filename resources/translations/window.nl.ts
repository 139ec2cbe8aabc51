<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AudiencesEditor</name>
    <message>
        <location filename="../../ui/strategy/audiences_editor.py" line="+23"/>
        <source>Audiences</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creators</source>
        <translation>Makers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversationalists</source>
        <translation>Gespreksvoerders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critics</source>
        <translation>Critici</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collectors</source>
        <translation>Verzamelaars</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Joiners</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectators</source>
        <translation>Toeschouwers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactives</source>
        <translation>Inactieven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of {group} in this audience; step below 0 for unknown</source>
        <translation>Aandeel {group} in deze doelgroep; onder 0 voor onbekend</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descri&amp;ption:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technographic profile</source>
        <translation>Technografisch profiel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New audience</source>
        <translation>Nieuwe doelgroep</translation>
    </message>
</context>
<context>
    <name>BlindEntryDialog</name>
    <message>
        <location filename="../../ui/workshop/blind_entry.py" line="+118"/>
        <source>Blind entry — {name}</source>
        <translation>Blind invoeren — {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start rating</source>
        <translation>Begin met scoren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish blind entry</source>
        <translation>Blind invoeren afronden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Next participant</source>
        <translation>Volgende deelnemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 participant done. </source>
        <translation>1 deelnemer klaar. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} participants done. </source>
        <translation>{n} deelnemers klaar. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass the laptop on. Your ratings stay hidden from everyone else.</source>
        <translation>Geef de laptop door. Niemand anders ziet jouw scores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass the laptop on, then type your name. Your ratings stay hidden from everyone else.</source>
        <translation>Geef de laptop door en typ je naam. Niemand anders ziet jouw scores.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your name first, then Enter.</source>
        <translation>Typ eerst je naam en druk dan op Enter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits choose · ← → step · ↑ ↓ criterion · D don&apos;t know · Enter next · Page Up back</source>
        <translation>Cijfers kiezen · ← → stap · ↑ ↓ criterium · D weet ik niet · Enter volgende · Page Up terug</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Initiative {n} of {count}</source>
        <translation>Initiatief {n} van {count}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done: hide my ratings</source>
        <translation>Klaar: verberg mijn scores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location line="-183"/>
        <source>Don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <location filename="../../ui/details/dependencies.py" line="+26"/>
        <location line="+56"/>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lag (days)</source>
        <translation>Wachttijd (dagen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lag in calendar days after the first one finishes; negative overlaps</source>
        <translation>Wachttijd in kalenderdagen nadat het eerste klaar is; negatief overlapt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>DependencyLists</name>
    <message>
        <location line="+129"/>
        <source>&amp;Predecessors (finish first)</source>
        <translation>V&amp;oorgangers (eerst klaar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a lag to change it; press Delete to remove the predecessor.</source>
        <translation>Dubbelklik op een wachttijd om die te wijzigen; druk op Delete om de voorganger te verwijderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected predecessor</source>
        <translation>De gekozen voorganger verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a predecessor by name…</source>
        <translation>Voorganger toevoegen op naam…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successo&amp;rs (start after)</source>
        <translation>Op&amp;volgers (starten daarna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a lag to change it; press Delete to remove the successor.</source>
        <translation>Dubbelklik op een wachttijd om die te wijzigen; druk op Delete om de opvolger te verwijderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected successor</source>
        <translation>De gekozen opvolger verwijderen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a successor by name…</source>
        <translation>Opvolger toevoegen op naam…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>‘{later}’ may start {lag} after ‘{first}’ finishes</source>
        <translation>‘{later}’ kan {lag} nadat ‘{first}’ klaar is beginnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no other initiative is called “{name}”</source>
        <translation>geen ander initiatief heet “{name}”</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../ui/details/panel.py" line="+53"/>
        <source>Select one initiative in the table to see and edit its details here.</source>
        <translation>Kies één initiatief in de tabel om de gegevens hier te zien en te bewerken.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technical effort</source>
        <translation>Technische inspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational effort</source>
        <translation>Organisatorische inspanning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fixed start</source>
        <translation>&amp;Vaste start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the start on this date; unchecked, the start follows the schedule</source>
        <translation>Zet de start vast op deze datum; zonder vinkje volgt de start de planning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check the objectives this initiative serves</source>
        <translation>Vink de doelstellingen aan waaraan dit initiatief bijdraagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the audiences this initiative serves</source>
        <translation>Vink de doelgroepen aan die dit initiatief bedient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running effort</source>
        <translation>Beheerinspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational effort a month to keep it running after launch; step below the scale&apos;s minimum for none</source>
        <translation>Organisatorische inspanning per maand om het na de lancering draaiende te houden; onder het minimum van de schaal voor geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No running effort</source>
        <translation>Geen beheerinspanning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lane:</source>
        <translation>Baa&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;cision:</source>
        <translation>Besli&amp;ssing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benefit:</source>
        <translation>B&amp;aat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tec&amp;hnical effort:</source>
        <translation>Tec&amp;hnische inspanning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisational effort:</source>
        <translation>Or&amp;ganisatorische inspanning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ob&amp;jectives:</source>
        <translation>Doelste&amp;llingen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audie&amp;nces:</source>
        <translation>Doelgroe&amp;pen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runn&amp;ing effort:</source>
        <translation>Beheer&amp;inspanning:</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>No lane</source>
        <translation>Geen baan</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The fixed start; uncheck Fixed to let the schedule place it</source>
        <translation>De vaste start; haal het vinkje bij Vaste start weg om de planning hem te laten plaatsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The earliest start the schedule gives; check Fixed to pin it here</source>
        <translation>De vroegste start volgens de planning; vink Vaste start aan om hem hier vast te zetten</translation>
    </message>
</context>
<context>
    <name>DiscussionList</name>
    <message>
        <location filename="../../ui/workshop/discussion.py" line="+36"/>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle half</source>
        <translation>Middelste helft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benefit</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Split</source>
        <translation>Verdeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some disagreement</source>
        <translation>Deels oneens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees</source>
        <translation>Eens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-voting</source>
        <translation>Wordt opnieuw gescoord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discuss first</source>
        <translation>Eerst bespreken</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Discuss first: no round shown</source>
        <translation>Eerst bespreken: geen ronde getoond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discuss first: round ‘{name}’, the most disputed at the top; 3.3 → 3.5 is a median and the value Accept writes</source>
        <translation>Eerst bespreken: ronde ‘{name}’, het meest omstreden bovenaan; 3,3 → 3,5 is een mediaan en de score die Overnemen invult</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{verdict}: {title}</source>
        <translation>{verdict}: {title}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Median {median}; Accept writes {accepted}, the nearest step of the scale</source>
        <translation>Mediaan {median}; Overnemen vult {accepted} in, de dichtstbijzijnde stap van de schaal</translation>
    </message>
</context>
<context>
    <name>Facilitator</name>
    <message>
        <location filename="../../ui/workshop/facilitator.py" line="+78"/>
        <source>&amp;Start round…</source>
        <translation>Ronde &amp;starten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the room rate, blind, from their phones or on this laptop</source>
        <translation>Laat de groep blind scoren, op hun telefoon of op deze laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve to &amp;phones…</source>
        <translation>Openen voor &amp;telefoons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the room rate this collecting round from their phones again</source>
        <translation>Laat de groep deze lopende ronde weer op hun telefoon scoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;veal</source>
        <translation>&amp;Uitkomst tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting and show where the room agrees</source>
        <translation>Stop met verzamelen en toon waar de groep het over eens is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-&amp;open selected for a re-vote</source>
        <translation>Selectie &amp;heropenen voor nieuwe scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect the selected initiatives&apos; ratings again</source>
        <translation>Verzamel opnieuw scores voor de geselecteerde initiatieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close round</source>
        <translation>Ronde s&amp;luiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the round; it stays in the plan as its history</source>
        <translation>Beëindig de ronde; ze blijft als geschiedenis in het plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept the room&apos;s ratings for the selected</source>
        <translation>Scores van de groep &amp;overnemen voor de selectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the room&apos;s medians into the selected initiatives&apos; ratings</source>
        <translation>Neem de medianen van de groep over als scores van de geselecteerde initiatieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the room&apos;s ratings for a&amp;ll</source>
        <translation>Scores van de groep overnemen voor &amp;alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the room&apos;s medians into every rated initiative</source>
        <translation>Neem de medianen van de groep over in elk gescoord initiatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blind entry (pass the laptop)…</source>
        <translation>&amp;Blind invoeren (laptop doorgeven)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One participant after another rates on this laptop, the others&apos; ratings hidden</source>
        <translation>Deelnemers scoren om de beurt op deze laptop, zonder elkaars scores te zien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating s&amp;heets…</source>
        <translation>Score&amp;formulieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workbook per participant, with drop-downs</source>
        <translation>Een werkmap per deelnemer, met keuzelijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import rating sheets…</source>
        <translation>Scoreformulieren &amp;inlezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the votes in filled-in rating sheets</source>
        <translation>Neem de scores uit ingevulde scoreformulieren over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Accept…</source>
        <translation>&amp;Overnemen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the room&apos;s medians into the plan&apos;s ratings: one undo step</source>
        <translation>Neem de medianen van de groep over als scores in het plan: één stap om ongedaan te maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reveal</source>
        <translation>Uitkomst tonen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-vote selected</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind entry…</source>
        <translation>Blind invoeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serve to phones…</source>
        <translation>Via telefoons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New round…</source>
        <translation>Nieuwe ronde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating sheets…</source>
        <translation>Formulieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import sheets…</source>
        <translation>Scores inlezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop round</source>
        <translation>Workshopronde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Workshop round</source>
        <translation>&amp;Workshopronde</translation>
    </message>
    <message>
        <location line="+162"/>
        <location filename="../../ui/workshop/serve_dialog.py" line="+69"/>
        <source>The room cannot join from their phones</source>
        <translation>De groep kan niet meedoen met hun telefoon</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select the initiatives to rate again, in the table or on the matrix.</source>
        <translation>Selecteer in de tabel of op de matrix de initiatieven die opnieuw gescoord worden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select the initiatives whose ratings to accept.</source>
        <translation>Selecteer de initiatieven waarvan je de scores wilt overnemen.</translation>
    </message>
</context>
<context>
    <name>FactsBox</name>
    <message>
        <location filename="../../ui/details/widgets.py" line="+89"/>
        <source>Computed</source>
        <translation>Berekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Combined effort:</source>
        <translation>Totale inspanning:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quadrant:</source>
        <translation>Kwadrant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled:</source>
        <translation>Gepland:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slack:</source>
        <translation>Speling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical:</source>
        <translation>Kritiek:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>unrated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{start} (milestone)</source>
        <translation>{start} (mijlpaal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, on the critical path</source>
        <translation>Ja, op het kritieke pad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scheduled: decided ignore</source>
        <translation>Niet gepland: besloten te negeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scheduled</source>
        <translation>niet gepland</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../ui/strategy/health_panel.py" line="+34"/>
        <source>1 finding</source>
        <translation>1 bevinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} findings</source>
        <translation>{n} bevindingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation>1 fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} errors</source>
        <translation>{n} fouten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 waarschuwing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} warnings</source>
        <translation>{n} waarschuwingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 note</source>
        <translation>1 opmerking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} notes</source>
        <translation>{n} opmerkingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No findings: the plan passes every check</source>
        <translation>Geen bevindingen: het plan doorstaat elke controle</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the list of findings</source>
        <translation>De lijst met bevindingen verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List the findings</source>
        <translation>De bevindingen tonen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the plan…</source>
        <translation>Het plan wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{severity} ({rule}): {message}</source>
        <translation>{severity} ({rule}): {message}</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <location filename="../../ui/workshop/join_card.py" line="+77"/>
        <source>Rate from your phone</source>
        <translation>Scoor met je telefoon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Room code {code}</source>
        <translation>Sessiecode {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code, or type the address and then the room code. Same Wi-Fi as this laptop; no app, no account.</source>
        <translation>Scan de code, of typ het adres en dan de sessiecode. Zelfde wifi als deze laptop; geen app, geen account.</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <location filename="../../ui/strategy/objectives_editor.py" line="+33"/>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talking</source>
        <translation>Praten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Energizing</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>Ondersteunen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Embracing</source>
        <translation>Omarmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Groundswell objective it pursues</source>
        <translation>Het Groundswell-doel dat ze nastreeft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline date</source>
        <translation>Datum nulmeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Doeldatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business result</source>
        <translation>Bedrijfsresultaat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click a cell to edit; numbers as {number}, dates as {date}, empty for none</source>
        <translation>Dubbelklik op een cel om te bewerken; getallen als {number}, datums als {date}, leeg voor geen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add KPI</source>
        <translation>KPI toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove KPI</source>
        <translation>KPI verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs</source>
        <translation>KPI’s</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>New objective</source>
        <translation>Nieuwe doelstelling</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New KPI</source>
        <translation>Nieuwe KPI</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{text}” is not a date</source>
        <translation>“{text}” is geen datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a number</source>
        <translation>“{text}” is geen getal</translation>
    </message>
</context>
<context>
    <name>ProgressBoard</name>
    <message>
        <location filename="../../ui/workshop/room_progress.py" line="+56"/>
        <source>No one has joined yet</source>
        <translation>Nog niemand doet mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{finished} of {joined} have rated all {count}</source>
        <translation>{finished} van {joined} hebben alle {count} gescoord</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Round ‘{name}’</source>
        <translation>Ronde ‘{name}’</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+43"/>
        <source>{done} of {joined}</source>
        <translation>{done} van {joined}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>and {more} more, the least rated by {least} of {joined}</source>
        <translation>en nog {more}, het minst gescoord door {least} van {joined}</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../ui/details/widgets.py" line="-88"/>
        <source>unrated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}; step below the scale&apos;s minimum to leave it unrated</source>
        <translation>{name}; onder het minimum van de schaal voor niet beoordeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make {name} unrated</source>
        <translation>{name} niet beoordeeld maken</translation>
    </message>
</context>
<context>
    <name>RatingSheets</name>
    <message>
        <location filename="../../ui/workshop/sheets.py" line="+32"/>
        <source>Rating sheets belong to a round that is collecting ratings.</source>
        <translation>Scoreformulieren horen bij een ronde die scores verzamelt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Participant {n}</source>
        <translation>Deelnemer {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating sheets</source>
        <translation>Scoreformulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One sheet per participant, named one a line:</source>
        <translation>Eén formulier per deelnemer, één naam per regel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rating sheets in</source>
        <translation>Scoreformulieren opslaan in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {n} rating sheets in {folder}</source>
        <translation>{n} scoreformulieren opgeslagen in {folder}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save the rating sheets</source>
        <translation>De scoreformulieren kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import rating sheets</source>
        <translation>Scoreformulieren inlezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file}: this sheet&apos;s ratings were taken already</source>
        <translation>{file}: de scores van dit formulier zijn al overgenomen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Took the votes of 1 rating sheet</source>
        <translation>Scores van 1 scoreformulier overgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the votes of {n} rating sheets</source>
        <translation>Scores van {n} scoreformulieren overgenomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 row could not be taken; the others were.</source>
        <translation>1 regel kon niet worden overgenomen; de rest wel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows could not be taken; the others were.</source>
        <translation>{n} regels konden niet worden overgenomen; de rest wel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some ratings were left out</source>
        <translation>Sommige scores zijn niet overgenomen</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <location filename="../../ui/workshop/round_panel.py" line="+44"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rated by</source>
        <translation>Gescoord door</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No round yet. Workshop ▸ Start round… lets the room rate, from their phones or one after another on this laptop.</source>
        <translation>Nog geen ronde. Met Workshop ▸ Ronde starten… laat je de groep scoren, op hun telefoon of om de beurt op deze laptop.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Re-vote on 1 initiative</source>
        <translation>Nieuwe scores voor 1 initiatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-vote on {n} initiatives</source>
        <translation>Nieuwe scores voor {n} initiatieven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · not on the network: serve it to phones, or use blind entry or rating sheets</source>
        <translation> · niet op het netwerk: open de ronde voor telefoons, of gebruik blind invoeren of scoreformulieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 participant joined</source>
        <translation>1 deelnemer doet mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} participants joined</source>
        <translation>{n} deelnemers doen mee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collecting ratings</source>
        <translation>Scores verzamelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed: the matrix shows the room&apos;s answer, the most disputed first</source>
        <translation>Uitkomst getoond: de matrix toont het oordeel van de groep, het meest omstreden eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{done} of {joined}</source>
        <translation>{done} van {joined}</translation>
    </message>
</context>
<context>
    <name>ServeDialog</name>
    <message>
        <location filename="../../ui/workshop/serve_dialog.py" line="-51"/>
        <source>Serve to phones</source>
        <translation>Openen voor telefoons</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>any free port</source>
        <translation>elke vrije poort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round ‘{name}’ collects: the room rates it from their phones on this network. Phones that rated it before find their ratings again on the same port.</source>
        <translation>Ronde ‘{name}’ verzamelt scores: de groep scoort met hun telefoon op dit netwerk. Telefoons die al scoorden, vinden hun scores terug op dezelfde poort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Serve</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net&amp;work:</source>
        <translation>Net&amp;werk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no network interface to serve on.</source>
        <translation>Deze computer heeft geen netwerkverbinding om de ronde op te openen.</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../ui/workshop/start_dialog.py" line="+39"/>
        <source>Start a workshop round</source>
        <translation>Een workshopronde starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All initiatives ({n})</source>
        <translation>Alle initiatieven ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those the table&apos;s filter shows ({n})</source>
        <translation>Wat het filter van de tabel toont ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected initiatives ({n})</source>
        <translation>De geselecteerde initiatieven ({n})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Anonymous: participants are numbered, names are not asked</source>
        <translation>Anoniem: deelnemers krijgen een nummer, namen worden niet gevraagd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No network: blind entry and rating sheets only</source>
        <translation>Geen netwerk: alleen blind invoeren en scoreformulieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any free port</source>
        <translation>elke vrije poort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start round</source>
        <translation>Ronde &amp;starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives:</source>
        <translation>Initiatieven:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate:</source>
        <translation>Scoren op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net&amp;work:</source>
        <translation>Net&amp;werk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the round a name.</source>
        <translation>Geef de ronde een naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one thing to rate.</source>
        <translation>Kies minstens één criterium om te scoren.</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../ui/strategy/view.py" line="+51"/>
        <source>Operational excellence</source>
        <translation>Operational excellence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product leadership</source>
        <translation>Productleiderschap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer intimacy</source>
        <translation>Klantpartnerschap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treacy &amp; Wiersema: what the organisation chooses to excel at</source>
        <translation>Treacy &amp; Wiersema: waarin de organisatie kiest uit te blinken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One sentence on what the organisation wants to become</source>
        <translation>Eén zin over wat de organisatie wil worden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisational effort a month the organisation can sustain, on the rating scale; step below 0 for none</source>
        <translation>Organisatorische inspanning per maand die de organisatie kan volhouden, op de beoordelingsschaal; onder 0 voor geen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Value discipline:</source>
        <translation>&amp;Waardediscipline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ambition:</source>
        <translation>&amp;Ambitie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly &amp;capacity:</source>
        <translation>Maandelijkse &amp;capaciteit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least two enthusiasts who pull it</source>
        <translation>Minstens twee enthousiastelingen die het trekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget for experiments</source>
        <translation>Budget voor experimenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A long breath: the first year is an investment</source>
        <translation>Een lange adem: het eerste jaar is een investering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexibility to react within hours</source>
        <translation>Flexibiliteit om binnen enkele uren te reageren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Willingness to share knowledge</source>
        <translation>Bereidheid om kennis te delen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Readiness</source>
        <translation>Gereedheid</translation>
    </message>
</context>
<context>
    <name>VoteIntake</name>
    <message>
        <location filename="../../ui/workshop/vote_intake.py" line="+66"/>
        <source>A vote could not be taken: {reason}</source>
        <translation>Een score kon niet worden overgenomen: {reason}</translation>
    </message>
</context>
</TS>
