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
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/background.py" line="+46"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
    <name>BoardPack</name>
    <message>
        <location filename="../../ui/board_pack.py" line="+53"/>
        <source>{title} — board pack</source>
        <translation>{title} — bestuursrapportage</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{title} · Board pack, {made}</source>
        <translation>{title} · Bestuursrapportage, {made}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} van {count}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Board pack</source>
        <translation>Bestuursrapportage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value discipline: {discipline}</source>
        <translation>Waardediscipline: {discipline}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made on {day} with {creator}</source>
        <translation>Gemaakt op {day} met {creator}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{heading}, {span} (continued)</source>
        <translation>{heading}, {span} (vervolg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{heading}, {span}</source>
        <translation>{heading}, {span}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: kan het bestand niet schrijven ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: wrote the board pack of “{title}”, {pages} pages on {paper}</source>
        <translation>{path}: bestuursrapportage van “{title}” geschreven, {pages} pagina’s op {paper}</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/workshop/blind_entry.py" line="-183"/>
        <source>Don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../../ui/table/model.py" line="+89"/>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
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
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange.py" line="+39"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import initiatives</source>
        <translation>Initiatieven importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+2"/>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {name}…</source>
        <translation>{name} lezen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has {n} problems; nothing has been imported.</source>
        <translation>{name} bevat {n} problemen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has 1 problem; nothing has been imported.</source>
        <translation>{name} bevat 1 probleem; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some rows cannot be imported</source>
        <translation>Sommige rijen kunnen niet worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the &amp;good rows</source>
        <translation>De &amp;goede rijen importeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no initiatives.</source>
        <translation>{name} bevat geen initiatieven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {items} initiatives, {dependencies} dependencies</source>
        <translation>{items} initiatieven en {dependencies} afhankelijkheden geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored columns: {columns}</source>
        <translation>genegeerde kolommen: {columns}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out {n} bad rows</source>
        <translation>{n} foute rijen weggelaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan&apos;s strategy kept in {n} places</source>
        <translation>de strategie van het plan op {n} plaatsen behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan&apos;s strategy kept in 1 place</source>
        <translation>de strategie van het plan op 1 plaats behouden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} differs from the plan&apos;s strategy in {n} places; the plan&apos;s is kept.</source>
        <translation>{name} wijkt op {n} plaatsen af van de strategie van het plan; die van het plan blijft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} differs from the plan&apos;s strategy in 1 place; the plan&apos;s is kept.</source>
        <translation>{name} wijkt op 1 plaats af van de strategie van het plan; die van het plan blijft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy kept</source>
        <translation>Strategie behouden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export as Excel workbook</source>
        <translation>Exporteren als Excel-werkmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot export to Excel</source>
        <translation>Kan niet naar Excel exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {name}</source>
        <translation>{name} geëxporteerd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot export the matrix</source>
        <translation>Kan de matrix niet exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported the matrix to {name}</source>
        <translation>Matrix geëxporteerd naar {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot export the roadmap</source>
        <translation>Kan de roadmap niet exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exported the roadmap to {name}</source>
        <translation>Roadmap geëxporteerd naar {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF op A4-papier (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF op US Letter-papier (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the board pack</source>
        <translation>Bestuursrapport exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{plan} board pack.pdf</source>
        <translation>{plan} bestuursrapport.pdf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot export the board pack</source>
        <translation>Kan het bestuursrapport niet exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the board pack to {name}</source>
        <translation>Bestuursrapport geëxporteerd naar {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the matrix</source>
        <translation>Matrix exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{plan} matrix</source>
        <translation>{plan} matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the roadmap</source>
        <translation>Roadmap exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{plan} roadmap</source>
        <translation>{plan} roadmap</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing {name}…</source>
        <translation>{name} schrijven…</translation>
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
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/table/page.py" line="+45"/>
        <source>Search titles, descriptions and owners</source>
        <translation>Zoek in titels, beschrijvingen en eigenaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All decisions</source>
        <translation>Alle besluiten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All quadrants</source>
        <translation>Alle kwadranten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unrated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All lanes</source>
        <translation>Alle banen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All objectives</source>
        <translation>Alle doelstellingen</translation>
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
    <name>InitiativeTableModel</name>
    <message>
        <location filename="../../ui/table/model.py" line="-61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical effort</source>
        <translation>Technische inspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational effort</source>
        <translation>Organisatorische inspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combined effort</source>
        <translation>Gecombineerde inspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (days)</source>
        <translation>Duur (dagen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tech. effort</source>
        <translation>Techn. insp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org. effort</source>
        <translation>Org. insp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Gem. insp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{name}: {tip}</source>
        <translation>{name}: {tip}</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>On the critical path.</source>
        <translation>Op het kritieke pad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dates: {problem}</source>
        <translation>Geen datums: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of the schedule: decided ignore</source>
        <translation>Niet ingepland: besluit is negeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed start (bold); dependencies may still push it later</source>
        <translation>Vaste start (vet); afhankelijkheden kunnen hem nog later zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest start, after the plan start and every dependency</source>
        <translation>Vroegste start, na de start van het plan en elke afhankelijkheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of work</source>
        <translation>Laatste werkdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A milestone: finishes on its start</source>
        <translation>Een mijlpaal: eindigt op de startdag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unrated: rate benefit, technical effort and organisational effort</source>
        <translation>Niet beoordeeld: beoordeel baat, technische inspanning en organisatorische inspanning</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>No lane</source>
        <translation>Geen baan</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Weighted mean of the efforts: {technical} technical, {organisational} organisational</source>
        <translation>Gewogen gemiddelde van de inspanningen: {technical} technisch, {organisational} organisatorisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benefit {benefit} or more is high; combined effort {effort} or more is high</source>
        <translation>Baat {benefit} of meer is hoog; gecombineerde inspanning {effort} of meer is hoog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high} in steps of {step}; clear the cell to leave it unrated</source>
        <translation>{low} tot {high} in stappen van {step}; maak de cel leeg om niet te beoordelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled earliest start; a start you enter is fixed and shown in bold</source>
        <translation>Vroegst geplande start; een start die u invult ligt vast en staat vet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled earliest finish: the last day of work</source>
        <translation>Vroegst gepland einde: de laatste werkdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar days; 0 makes a milestone</source>
        <translation>Kalenderdagen; 0 maakt een mijlpaal</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}” is geen getal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{value}” is not a number of days</source>
        <translation>“{value}” is geen aantal dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number of days</source>
        <translation>{value} is geen heel aantal dagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{value}” is not a date; write it as 2027-03-01</source>
        <translation>“{value}” is geen datum; schrijf bijvoorbeeld 1-3-2027 of 2027-03-01</translation>
    </message>
</context>
<context>
    <name>InitiativeTableView</name>
    <message>
        <location filename="../../ui/table/view.py" line="+25"/>
        <source>Money pits</source>
        <translation>Geldverslinders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan to exec</source>
        <translation>Doelen en ambitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing lead</source>
        <translation>Marketingteam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan to execution</source>
        <translation>Inzicht in de doelgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communications lead</source>
        <translation>Communicatieadviseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals &amp; ambition workshops</source>
        <translation>Workshops doelen en ambitie</translation>
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
    <name>LaneDelegate</name>
    <message>
        <location filename="../../ui/table/delegates.py" line="+110"/>
        <source>No lane</source>
        <translation>Geen baan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+54"/>
        <source>Untitled plan</source>
        <translation>Naamloos plan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Opened plan</source>
        <translation>Plan geopend</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Present the matrix full screen (F5)</source>
        <translation>De matrix schermvullend presenteren (F5)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strate&amp;gy</source>
        <translation>Strate&amp;gie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo history</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+64"/>
        <source>Plan health</source>
        <translation>Plangezondheid</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Plan &amp;health</source>
        <translation>Plan&amp;gezondheid</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title} (untitled)</source>
        <translation>{title} (naamloos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}[*] (read-only)</source>
        <translation>{name}[*] (alleen-lezen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} build</source>
        <translation>{n} bouwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} join</source>
        <translation>{n} aansluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} ignore</source>
        <translation>{n} negeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} undecided</source>
        <translation>{n} onbeslist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} initiatives</source>
        <translation>{n} initiatieven</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Plan health ({count})</source>
        <translation>Plangezondheid ({count})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Showing the plan&apos;s order, so the move can be seen.</source>
        <translation>De volgorde van het plan wordt getoond, zodat de verplaatsing te zien is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the plan cannot be scheduled</source>
        <translation>het plan kan niet worden ingepland</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every start that is not pinned is already as early as possible.</source>
        <translation>Elke start die niet vastligt, is al zo vroeg mogelijk.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../ui/matrix/backdrop.py" line="+16"/>
        <source>Quick win waiting on a big bet</source>
        <translation>Quick win die wacht op een groot project</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Benefit  →</source>
        <translation>Baat  →</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No objective</source>
        <translation>Geen doelstelling</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/export.py" line="+210"/>
        <source>Benefit–effort matrix of “{title}”, benefit up and {effort} across; made with {creator}.</source>
        <translation>Baat-inspanningsmatrix van “{title}”, baat omhoog en {effort} opzij; gemaakt met {creator}.</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/key.py" line="+23"/>
        <source>Key</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>+{n} more: hover them or see the table</source>
        <translation>+{n} meer: wijs ze aan of zie de tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+{n} more: no room for names</source>
        <translation>+{n} meer: geen ruimte voor namen</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/presentation.py" line="+42"/>
        <source>Space or → for the next initiative, ← to go back</source>
        <translation>Spatie of → volgend initiatief, ← terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ or − sizes the labels · L shows all labels · Home shows all initiatives · Esc leaves</source>
        <translation>+ of − labelgrootte · L alle labels · Home alle initiatieven · Esc stopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V shows or hides each vote · + or − sizes the labels · Home shows all · Esc leaves</source>
        <translation>V toont of verbergt de stemmen · + of − labelgrootte · Home alles · Esc stopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space or → next · ← back · Home all initiatives · + or − label size · L all labels · Esc ends</source>
        <translation>Spatie of → volgende · ← terug · Home alle initiatieven · + of − labelgrootte · L alle labels · Esc stopt</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Benefit {value}</source>
        <translation>Baat {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>technical effort {value}</source>
        <translation>technische inspanning {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisational effort {value}</source>
        <translation>organisatorische inspanning {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>combined {value}</source>
        <translation>gecombineerd {value}</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/round_layer.py" line="+166"/>
        <source>The room&apos;s answer</source>
        <translation>Antwoord van de zaal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>middle half of the votes</source>
        <translation>middelste helft van de stemmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest to highest</source>
        <translation>laagste tot hoogste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan&apos;s rating before</source>
        <translation>beoordeling vooraf</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/scene.py" line="+35"/>
        <source>Combined effort</source>
        <translation>Gecombineerde inspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical effort</source>
        <translation>Technische inspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational effort</source>
        <translation>Organisatorische inspanning</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/screens.py" line="+12"/>
        <source>Automatic: another screen when there is one</source>
        <translation>Automatisch: een ander scherm als dat er is</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> — this window</source>
        <translation> — dit venster</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/theme.py" line="+22"/>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/tray.py" line="+23"/>
        <source>Not yet rated ({n})</source>
        <translation>Nog niet beoordeeld ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag one onto the matrix to rate it</source>
        <translation>Sleep er een op de matrix om het te beoordelen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>and {n} more (see the table)</source>
        <translation>en nog {n} (zie de tabel)</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/view.py" line="+33"/>
        <source>The matrix shows a round: its markers are the room&apos;s answer. Hide the round to rate here.</source>
        <translation>De matrix toont een ronde: de markeringen zijn het antwoord van de zaal. Verberg de ronde om hier te beoordelen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dragging sideways on combined effort moves technical and organisational effort by the same amount.</source>
        <translation>Opzij slepen op gecombineerde inspanning verschuift technische en organisatorische inspanning evenveel.</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location line="+297"/>
        <source>Effort axis:</source>
        <translation>As inspanning:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Combined</source>
        <translation>Gecombineerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show {axis} across</source>
        <translation>Toon {axis} opzij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dependencies</source>
        <translation>Afhankelijkheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw an arrow from each initiative to the ones that wait on it</source>
        <translation>Teken een pijl van elk initiatief naar de initiatieven die erop wachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide ignored</source>
        <translation>Verberg genegeerde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the initiatives serving one objective</source>
        <translation>Toon alleen de initiatieven voor één doelstelling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour by:</source>
        <translation>Kleur naar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discuss first</source>
        <translation>Eerst bespreken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the round&apos;s initiatives beside the matrix, the most disputed first</source>
        <translation>Toon de initiatieven van de ronde naast de matrix, de meest omstreden eerst</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All objectives</source>
        <translation>Alle doelstellingen</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location line="-163"/>
        <source>Each vote shown as a dot · V hides them</source>
        <translation>Elke stem als stip getoond · V verbergt ze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Votes hidden · V shows them</source>
        <translation>Stemmen verborgen · V toont ze</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>unrated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit {benefit} · technical effort {technical} · organisational effort {organisational}</source>
        <translation>Baat {benefit} · technische inspanning {technical} · organisatorische inspanning {organisational}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Combined effort {effort} · {quadrant}</source>
        <translation>Gecombineerde inspanning {effort} · {quadrant}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision: {decision}</source>
        <translation>Besluit: {decision}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room: {benefit}</source>
        <translation>De zaal: {benefit}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>benefit</source>
        <translation>baat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not quick after all: it waits on the big bet {titles}</source>
        <translation>Toch niet zo snel: het wacht op het grote project {titles}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag it onto the matrix to rate it</source>
        <translation>Sleep het op de matrix om het te beoordelen</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/menus.py" line="+35"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start an empty plan</source>
        <translation>Begin een leeg plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;template…</source>
        <translation>Nieuw uit &amp;sjabloon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a plan from a framework: its phases as lanes, the readiness checklist</source>
        <translation>Begin een plan vanuit een raamwerk: de fasen als banen, met de checklist voor de start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this plan and start an empty one</source>
        <translation>Dit plan sluiten en een leeg plan beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add initiative</source>
        <translation>Initiatief &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;settings…</source>
        <translation>Planin&amp;stellingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s scales, weights, quadrant names, lanes and dates</source>
        <translation>Schaal, gewichten, kwadrantnamen, banen en datums van het plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Voo&amp;rkeuren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the window speaks</source>
        <translation>De taal van het venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule as &amp;early as possible</source>
        <translation>Zo &amp;vroeg mogelijk inplannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every start that is not pinned to its earliest date</source>
        <translation>Zet elke start die niet vastligt op de vroegste datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unpin all starts</source>
        <translation>Alle starts &amp;losmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let every initiative start as early as its dependencies allow</source>
        <translation>Laat elk initiatief zo vroeg starten als de afhankelijkheden toestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present the matrix</source>
        <translation>De matrix &amp;presenteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, large type, a spotlight on each initiative (Space, ←); + and − size the labels, L shows all; Esc leaves</source>
        <translation>Schermvullend, grote letters, een spotlight op elk initiatief (Spatie, ←); + en − maken de labels groter of kleiner, L toont alles; Esc stopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Matrix as image…</source>
        <translation>&amp;Matrix als afbeelding…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The matrix as PNG, SVG or PDF, with legend and title</source>
        <translation>De matrix als PNG, SVG of PDF, met legenda en titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add initiatives from an Excel workbook or a CSV file</source>
        <translation>Initiatieven toevoegen uit een Excel-werkmap of een CSV-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Excel workbook…</source>
        <translation>&amp;Excel-werkmap…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives, matrix chart, roadmap, dependencies and settings as .xlsx</source>
        <translation>Initiatieven, matrixgrafiek, roadmap, afhankelijkheden en instellingen als .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the current tab</source>
        <translation>Het huidige tabblad afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages to print</source>
        <translation>De pagina&apos;s die worden afgedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Board pack…</source>
        <translation>&amp;Bestuursrapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF for a board: strategy, matrix, ranked initiatives, roadmap and plan health</source>
        <translation>Eén PDF voor een bestuur: strategie, matrix, gerangschikte initiatieven, roadmap en plangezondheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Roadmap as image or PDF…</source>
        <translation>&amp;Roadmap als afbeelding of PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roadmap as PNG, SVG or PDF (tiled over pages), as the tab shows it</source>
        <translation>De roadmap als PNG, SVG of PDF (over pagina&apos;s verdeeld), zoals het tabblad hem toont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Present &amp;on</source>
        <translation>Presenteren &amp;op</translation>
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
    <name>Picture</name>
    <message>
        <location filename="../../ui/matrix/export.py" line="-145"/>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no suffix</source>
        <translation>geen extensie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot export the {view} to a file with {named}; name it .png, .svg or .pdf</source>
        <translation>kan de {view} niet exporteren naar een bestand met {named}; geef het de extensie .png, .svg of .pdf</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>size {size}: each side must be {low} to {high} pixels</source>
        <translation>formaat {size}: elke zijde moet {low} tot {high} pixels zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/roadmap/export.py" line="+454"/>
        <source>scale {scale}: must be more than 0</source>
        <translation>schaal {scale}: moet groter zijn dan 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scale {scale}: a {size} picture would be more than {most} pixels wide or high</source>
        <translation>schaal {scale}: een afbeelding van {size} zou meer dan {most} pixels breed of hoog worden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/roadmap/export.py" line="-191"/>
        <source>scale {scale}: the picture would be smaller than one pixel</source>
        <translation>schaal {scale}: de afbeelding zou kleiner worden dan één pixel</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/roadmap/export.py" line="+4"/>
        <source>not enough memory for a {size} picture</source>
        <translation>niet genoeg geheugen voor een afbeelding van {size}</translation>
    </message>
    <message>
        <location filename="../../ui/roadmap/export.py" line="-180"/>
        <source>the range ends ({last}) before it starts ({first})</source>
        <translation>de periode eindigt ({last}) voordat hij begint ({first})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the plan cannot be scheduled</source>
        <translation>het plan kan niet worden ingepland</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the range {first} to {last} ends before it starts</source>
        <translation>de periode {first} tot {last} eindigt voordat hij begint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} to {last} by the {unit} would be {width} pixels wide; choose a coarser time scale or a shorter range</source>
        <translation>{first} tot {last} per {unit} zou {width} pixels breed worden; kies een grovere tijdschaal of een kortere periode</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>a {size} PNG would be more than {most} pixels wide or high; choose a coarser time scale, a shorter range, a smaller scale, or SVG or PDF</source>
        <translation>een PNG van {size} zou meer dan {most} pixels breed of hoog worden; kies een grovere tijdschaal, een kortere periode, een kleinere schaal, of SVG of PDF</translation>
    </message>
    <message>
        <location filename="../../ui/roadmap/paper.py" line="+63"/>
        <source>the roadmap would take {n} pages, more than {most}; choose a coarser time scale or a shorter range</source>
        <translation>de roadmap zou {n} pagina’s beslaan, meer dan {most}; kies een grovere tijdschaal of een kortere periode</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <location filename="../../ui/plan_files.py" line="+25"/>
        <source>Benefit–Effort plans (*.bep);;All files (*)</source>
        <translation>Baat-inspanningsplannen (*.bep);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Read-only: use Save As to keep changes</source>
        <translation>Alleen-lezen: gebruik Opslaan als om wijzigingen te bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Untitled plan</source>
        <translation>Naamloos plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open plan</source>
        <translation>Plan openen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Cannot open the plan</source>
        <translation>Kan het plan niet openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: cannot read the file ({reason}).</source>
        <translation>{name}: kan het bestand niet lezen ({reason}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Plan in use</source>
        <translation>Plan in gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it read-only, or open it anyway and risk that one copy overwrites the other&apos;s changes?</source>
        <translation>Alleen-lezen openen, of toch openen met het risico dat de ene kopie de wijzigingen van de andere overschrijft?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;read-only</source>
        <translation>Alleen-&amp;lezen openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;anyway</source>
        <translation>&amp;Toch openen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save plan as</source>
        <translation>Plan opslaan als</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot save the plan</source>
        <translation>Kan het plan niet opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {reason}. Your changes are still open here.</source>
        <translation>{name}: {reason}. Uw wijzigingen staan hier nog open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the changes to “{name}” first?</source>
        <translation>Eerst de wijzigingen in “{name}” opslaan?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent plans</source>
        <translation>Geen recente plannen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not write a recovery copy: {reason}</source>
        <translation>Kon geen herstelkopie schrijven: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an untitled plan</source>
        <translation>een naamloos plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefit–Effort Planner closed unexpectedly while “{title}” ({source}) had unsaved changes. Restore the copy from {written}?</source>
        <translation>Benefit–Effort Planner werd onverwacht afgesloten terwijl “{title}” ({source}) niet-opgeslagen wijzigingen had. De kopie van {written} herstellen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot restore</source>
        <translation>Kan niet herstellen</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+32"/>
        <source>&amp;Quick wins:</source>
        <translation>&amp;Quick wins:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bi&amp;g bets:</source>
        <translation>&amp;Grote projecten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill-ins:</source>
        <translation>&amp;Opvullers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ney pits:</source>
        <translation>Geld&amp;verslinders:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Plan settings</source>
        <translation>Planinstellingen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in steps of</source>
        <translation>in stappen van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating s&amp;cale:</source>
        <translation>Beoor&amp;delingsschaal:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tec&amp;hnical:</source>
        <translation>Tec&amp;hnisch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisational:</source>
        <translation>Organisato&amp;risch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share:</source>
        <translation>Aandeel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort weights</source>
        <translation>Gewichten van de inspanning</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Middle of the scale</source>
        <translation>Midden van de schaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Benefit:</source>
        <translation>&amp;Baat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effort:</source>
        <translation>&amp;Inspanning:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quadrant thresholds</source>
        <translation>Grenzen van de kwadranten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating on the threshold counts as high</source>
        <translation>Een beoordeling op de grens telt als hoog</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quadrant names</source>
        <translation>Namen van de kwadranten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this plan calls each quadrant</source>
        <translation>Hoe dit plan elk kwadrant noemt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>To&amp;evoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Her&amp;noemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lanes</source>
        <translation>B&amp;anen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>set at least one above 0</source>
        <translation>zet er minstens één boven 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Technical / organisational share of the combined effort</source>
        <translation>Technisch / organisatorisch aandeel in de gecombineerde inspanning</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>id: {id}</source>
        <translation>id: {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New lane</source>
        <translation>Nieuwe baan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>lane {n} needs a name</source>
        <translation>baan {n} heeft een naam nodig</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="+24"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System ({language})</source>
        <translation>Systeem ({language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menus, views, messages, pictures and workbooks follow it; plans keep their own texts.</source>
        <translation>Menu&apos;s, weergaven, meldingen, afbeeldingen en werkmappen volgen deze taal; plannen houden hun eigen teksten.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/matrix/presentation.py" line="-291"/>
        <source>{title} — presentation</source>
        <translation>{title} — presentatie</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Labels {px} px (the smallest) · + larger, − smaller</source>
        <translation>Labels {px} px (de kleinste) · + groter, − kleiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels {px} px (the largest) · + larger, − smaller</source>
        <translation>Labels {px} px (de grootste) · + groter, − kleiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels {px} px · + larger, − smaller</source>
        <translation>Labels {px} px · + groter, − kleiner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels where they fit · L for all</source>
        <translation>Labels waar ze passen · L voor alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All labels shown · {n} still numbered · L for fewer</source>
        <translation>Alle labels getoond · {n} nog genummerd · L voor minder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All labels shown · L for fewer</source>
        <translation>Alle labels getoond · L voor minder</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{n} on the matrix</source>
        <translation>{n} op de matrix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} of {count}</source>
        <translation>{n} van {count}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ui/matrix/presenter.py" line="+26"/>
        <source>Presenter view</source>
        <translation>Presentatorweergave</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All initiatives on the matrix</source>
        <translation>Alle initiatieven op de matrix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to all initiatives</source>
        <translation>Terug naar alle initiatieven</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+40"/>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>strategy</source>
        <translation>strategie</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Print the {view}</source>
        <translation>De {view} afdrukken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print preview: the {view}</source>
        <translation>Afdrukvoorbeeld: de {view}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Initiatives: all {total} initiatives</source>
        <translation>Initiatieven: alle {total} initiatieven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives: {n} of {total} initiatives (filtered)</source>
        <translation>Initiatieven: {n} van {total} initiatieven (gefilterd)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>initiatives</source>
        <translation>initiatieven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title}: strategy</source>
        <translation>{title}: strategie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} van {count}</translation>
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
        <location line="+54"/>
        <location line="+43"/>
        <source>{done} of {joined}</source>
        <translation>{done} van {joined}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Round ‘{name}’</source>
        <translation>Ronde ‘{name}’</translation>
    </message>
    <message>
        <location line="+42"/>
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
    <name>RatingSpinBox</name>
    <message>
        <location filename="../../ui/table/delegates.py" line="-91"/>
        <source>Unrated</source>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>Relabel</name>
    <message>
        <location filename="../../ui/relabel.py" line="+70"/>
        <source>The language changes once the workshop round is no longer served to phones.</source>
        <translation>De taal verandert zodra de workshopronde niet meer naar telefoons wordt gestuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language changes once the presentation ends.</source>
        <translation>De taal verandert zodra de presentatie stopt.</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../ui/render.py" line="+26"/>
        <source>, round ‘{name}’</source>
        <translation>, ronde ‘{name}’</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no round ‘{name}’ in the plan; its rounds are {names}</source>
        <translation>geen ronde ‘{name}’ in het plan; de rondes zijn {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no round ‘{name}’ in the plan; it has no rounds</source>
        <translation>geen ronde ‘{name}’ in het plan; het heeft geen rondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by half-year</source>
        <translation>per halfjaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no initiatives on the timeline yet</source>
        <translation>nog geen initiatieven op de tijdlijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} page</source>
        <translation>{n} pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pages</source>
        <translation>{n} pagina’s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; {n} of {count} rows left out at the bottom, too many for this size (a PDF shows them all)</source>
        <translation>; {n} van {count} rijen onderaan weggelaten, te veel voor dit formaat (een pdf toont ze allemaal)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path}: cannot write the file (no such folder)</source>
        <translation>{path}: kan het bestand niet schrijven (die map bestaat niet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: kan het bestand niet schrijven ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: drew the {view} of “{title}”, {drawn}</source>
        <translation>{path}: de {view} van “{title}” getekend, {drawn}</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <location filename="../../ui/roadmap/arrows.py" line="+109"/>
        <source>after {title}</source>
        <translation>na {title}</translation>
    </message>
    <message>
        <location filename="../../ui/roadmap/export.py" line="-224"/>
        <source>No initiatives on the timeline yet</source>
        <translation>Nog geen initiatieven op de tijdlijn</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Roadmap of “{title}”, {span}; made with {creator}.</source>
        <translation>Roadmap van “{title}”, {span}; gemaakt met {creator}.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned start</source>
        <translation>Vastgezette start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits for (finish to start)</source>
        <translation>Wacht op (einde tot start)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned earlier than its predecessor allows</source>
        <translation>Eerder vastgezet dan de voorganger toelaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waits for one too far off to draw the line: “after …” names it</source>
        <translation>Wacht op een initiatief te ver weg voor de lijn: “na …” noemt het</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{later} waits for {earlier}</source>
        <translation>{later} wacht op {earlier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and {n} more waits too dense to name here</source>
        <translation>en nog {n} keer wachten, te dicht op elkaar om hier te noemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Critical path</source>
        <translation>Kritiek pad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/roadmap/painter.py" line="+416"/>
        <source>{n} parked (decided ignore), not on the timeline</source>
        <translation>{n} geparkeerd (besluit negeren), niet op de tijdlijn</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Run effort per month (capacity {capacity}, dashed)</source>
        <translation>Beheerinspanning per maand (capaciteit {capacity}, gestreept)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run effort per month</source>
        <translation>Beheerinspanning per maand</translation>
    </message>
    <message>
        <location filename="../../ui/roadmap/paper.py" line="-39"/>
        <source>Lane and initiative</source>
        <translation>Baan en initiatief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision and initiative</source>
        <translation>Besluit en initiatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner and initiative</source>
        <translation>Eigenaar en initiatief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objective and initiative</source>
        <translation>Doelstelling en initiatief</translation>
    </message>
</context>
<context>
    <name>RoadmapPanel</name>
    <message>
        <location filename="../../ui/roadmap/view.py" line="+389"/>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group by:</source>
        <translation>Groeperen op:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarters</source>
        <translation>Kwartalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-years</source>
        <translation>Halfjaren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom so the whole plan fits (Ctrl+wheel zooms)</source>
        <translation>Zoom zo dat het hele plan past (Ctrl+wiel zoomt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale:</source>
        <translation>Schaal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative periods</source>
        <translation>Relatieve perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label periods Month 1, Q1 … from the plan start, as in a proposal</source>
        <translation>Noem perioden Maand 1, Kw 1 … vanaf de start van het plan, zoals in een voorstel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical path</source>
        <translation>Kritiek pad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run load</source>
        <translation>Beheerlast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort per month to keep launched initiatives running, against the capacity</source>
        <translation>Inspanning per maand om gestarte initiatieven draaiende te houden, tegen de capaciteit</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location line="-90"/>
        <source>Unpin ‘{title}’: start as early as possible</source>
        <translation>‘{title}’ losmaken: zo vroeg mogelijk starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove dependency ‘{earlier}’ → ‘{later}’</source>
        <translation>Afhankelijkheid ‘{earlier}’ → ‘{later}’ verwijderen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Slack: {days} · on the critical path</source>
        <translation>Speling: {days} · op het kritieke pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slack: {days}</source>
        <translation>Speling: {days}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start pinned to {day}</source>
        <translation>Start vastgezet op {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waits for {titles} (too far to draw the whole arrow)</source>
        <translation>Wacht op {titles} (te ver weg voor de hele pijl)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{titles} waits for it (too far to draw the whole arrow)</source>
        <translation>{titles} wacht erop (te ver weg voor de hele pijl)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>‘{later}’ waits for ‘{earlier}’, {n} days after</source>
        <translation>‘{later}’ wacht op ‘{earlier}’, {n} dagen erna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘{later}’ waits for ‘{earlier}’</source>
        <translation>‘{later}’ wacht op ‘{earlier}’</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‘{later}’ is pinned {days} before ‘{earlier}’ allows; the schedule starts it later</source>
        <translation>‘{later}’ is {days} eerder vastgezet dan ‘{earlier}’ toelaat; de planning laat het later starten</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <location filename="../../ui/workshop/round_panel.py" line="+45"/>
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
        <location filename="../../ui/workshop/start_dialog.py" line="+40"/>
        <source>Start a workshop round</source>
        <translation>Een workshopronde starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/template_dialog.py" line="+48"/>
        <source>New from template</source>
        <translation>Nieuw uit sjabloon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
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
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="+95"/>
        <source>cannot write the image</source>
        <translation>kan de afbeelding niet schrijven</translation>
    </message>
</context>
</TS>
