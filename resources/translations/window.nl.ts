<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AudiencesEditor</name>
    <message>
        <source>Audiences</source>
        <translation>Doelgroepen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Creators</source>
        <translation>Makers</translation>
    </message>
    <message>
        <source>Conversationalists</source>
        <translation>Gespreksvoerders</translation>
    </message>
    <message>
        <source>Critics</source>
        <translation>Critici</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Verzamelaars</translation>
    </message>
    <message>
        <source>Joiners</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation>Toeschouwers</translation>
    </message>
    <message>
        <source>Inactives</source>
        <translation>Inactieven</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Share of {group} in this audience; step below 0 for unknown</source>
        <translation>Aandeel {group} in deze doelgroep; onder 0 voor onbekend</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrij&amp;ving:</translation>
    </message>
    <message>
        <source>Technographic profile</source>
        <translation>Technografisch profiel</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>Nieuwe doelgroep</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>BlindEntryDialog</name>
    <message>
        <source>Blind entry — {name}</source>
        <translation>Blind invoeren — {name}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Start rating</source>
        <translation>Beginnen met beoordelen</translation>
    </message>
    <message>
        <source>Finish blind entry</source>
        <translation>Blind invoeren afronden</translation>
    </message>
    <message>
        <source>Next participant</source>
        <translation>Volgende deelnemer</translation>
    </message>
    <message>
        <source>1 participant done. </source>
        <translation>1 deelnemer klaar. </translation>
    </message>
    <message>
        <source>{n} participants done. </source>
        <translation>{n} deelnemers klaar. </translation>
    </message>
    <message>
        <source>Pass the laptop on. Your ratings stay hidden from everyone else.</source>
        <translation>Geef de laptop door. Niemand anders ziet jouw beoordelingen.</translation>
    </message>
    <message>
        <source>Pass the laptop on, then type your name. Your ratings stay hidden from everyone else.</source>
        <translation>Geef de laptop door en typ je naam. Niemand anders ziet jouw beoordelingen.</translation>
    </message>
    <message>
        <source>Type your name first, then Enter.</source>
        <translation>Typ eerst je naam en druk dan op Enter.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Digits choose · ← → step · ↑ ↓ criterion · D don&apos;t know · Enter next · Page Up back</source>
        <translation>Cijfers kiezen · ← → stap · ↑ ↓ criterium · D weet ik niet · Enter volgende · Page Up terug</translation>
    </message>
    <message>
        <source>Initiative {n} of {count}</source>
        <translation>Initiatief {n} van {count}</translation>
    </message>
    <message>
        <source>Done: hide my ratings</source>
        <translation>Klaar: verberg mijn beoordelingen</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>{title} — board pack</source>
        <translation>{title} — bestuursrapportage</translation>
    </message>
    <message>
        <source>{title} · Board pack, {made}</source>
        <translation>{title} · Bestuursrapportage, {made}</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} van {count}</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Bestuursrapportage</translation>
    </message>
    <message>
        <source>Value discipline: {discipline}</source>
        <translation>Waardediscipline: {discipline}</translation>
    </message>
    <message>
        <source>Made on {day} with {creator}</source>
        <translation>Gemaakt op {day} met {creator}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>{heading}, {span} (continued)</source>
        <translation>{heading}, {span} (vervolg)</translation>
    </message>
    <message>
        <source>{heading}, {span}</source>
        <translation>{heading}, {span}</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: kan het bestand niet schrijven ({reason})</translation>
    </message>
    <message>
        <source>{path}: wrote the board pack of “{title}”, {pages} pages on {paper}</source>
        <translation>{path}: bestuursrapportage van “{title}” geschreven, {pages} pagina&apos;s op {paper}</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weet ik niet</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Lag (days)</source>
        <translation>Wachttijd (dagen)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Lag in calendar days after the first one finishes; negative overlaps</source>
        <translation>Wachttijd in kalenderdagen nadat het eerste klaar is; negatief overlapt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>DependencyLists</name>
    <message>
        <source>&amp;Predecessors (finish first)</source>
        <translation>V&amp;oorgangers (eerst klaar)</translation>
    </message>
    <message>
        <source>Double-click a lag to change it; press Delete to remove the predecessor.</source>
        <translation>Dubbelklik op een wachttijd om die te wijzigen; druk op Delete om de voorganger te verwijderen.</translation>
    </message>
    <message>
        <source>Remove the selected predecessor</source>
        <translation>De gekozen voorganger verwijderen</translation>
    </message>
    <message>
        <source>Add a predecessor by name…</source>
        <translation>Voorganger toevoegen op naam…</translation>
    </message>
    <message>
        <source>Successo&amp;rs (start after)</source>
        <translation>Op&amp;volgers (starten daarna)</translation>
    </message>
    <message>
        <source>Double-click a lag to change it; press Delete to remove the successor.</source>
        <translation>Dubbelklik op een wachttijd om die te wijzigen; druk op Delete om de opvolger te verwijderen.</translation>
    </message>
    <message>
        <source>Remove the selected successor</source>
        <translation>De gekozen opvolger verwijderen</translation>
    </message>
    <message>
        <source>Add a successor by name…</source>
        <translation>Opvolger toevoegen op naam…</translation>
    </message>
    <message>
        <source>‘{later}’ may start {lag} after ‘{first}’ finishes</source>
        <translation>‘{later}’ kan beginnen {lag} nadat ‘{first}’ klaar is</translation>
    </message>
    <message>
        <source>no other initiative is called “{name}”</source>
        <translation>geen ander initiatief heet “{name}”</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select one initiative in the table to see and edit its details here.</source>
        <translation>Kies één initiatief in de tabel om de gegevens hier te zien en te bewerken.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <source>Technical effort</source>
        <translation>Technische inspanning</translation>
    </message>
    <message>
        <source>Organisational effort</source>
        <translation>Organisatorische inspanning</translation>
    </message>
    <message>
        <source>&amp;Fixed start</source>
        <translation>&amp;Vaste start</translation>
    </message>
    <message>
        <source>Fix the start on this date; unchecked, the start follows the schedule</source>
        <translation>Zet de start vast op deze datum; zonder vinkje volgt de start de planning</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>mijlpaal</translation>
    </message>
    <message>
        <source>Check the objectives this initiative serves</source>
        <translation>Vink de doelstellingen aan waaraan dit initiatief bijdraagt</translation>
    </message>
    <message>
        <source>Check the audiences this initiative serves</source>
        <translation>Vink de doelgroepen aan waarop dit initiatief zich richt</translation>
    </message>
    <message>
        <source>Running effort</source>
        <translation>Beheerinspanning</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Organisational effort a month to keep it running after launch; step below the scale&apos;s minimum for none</source>
        <translation>Organisatorische inspanning per maand om het na de lancering draaiende te houden; onder het minimum van de schaal voor geen</translation>
    </message>
    <message>
        <source>No running effort</source>
        <translation>Geen beheerinspanning</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>Baa&amp;n:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Be&amp;sluit:</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>B&amp;aat:</translation>
    </message>
    <message>
        <source>Tec&amp;hnical effort:</source>
        <translation>Tec&amp;hnische inspanning:</translation>
    </message>
    <message>
        <source>Or&amp;ganisational effort:</source>
        <translation>Or&amp;ganisatorische inspanning:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation>Doelste&amp;llingen:</translation>
    </message>
    <message>
        <source>Audie&amp;nces:</source>
        <translation>Doelgroe&amp;pen:</translation>
    </message>
    <message>
        <source>Runn&amp;ing effort:</source>
        <translation>Beheer&amp;inspanning:</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Geen baan</translation>
    </message>
    <message>
        <source>The fixed start; uncheck Fixed to let the schedule place it</source>
        <translation>De vaste start; haal het vinkje bij Vaste start weg om de planning hem te laten plaatsen</translation>
    </message>
    <message>
        <source>The earliest start the schedule gives; check Fixed to pin it here</source>
        <translation>De vroegste start volgens de planning; vink Vaste start aan om hem hier vast te zetten</translation>
    </message>
</context>
<context>
    <name>DiscussionList</name>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Middle half</source>
        <translation>Middelste helft</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Verdeeld</translation>
    </message>
    <message>
        <source>Some disagreement</source>
        <translation>Deels oneens</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Eens</translation>
    </message>
    <message>
        <source>Re-voting</source>
        <translation>Opnieuw in stemming</translation>
    </message>
    <message>
        <source>Discuss first</source>
        <translation>Eerst bespreken</translation>
    </message>
    <message>
        <source>Discuss first: no round shown</source>
        <translation>Eerst bespreken: geen ronde getoond</translation>
    </message>
    <message>
        <source>Discuss first: round ‘{name}’, the most disputed at the top; 3.3 → 3.5 is a median and the value Accept writes</source>
        <translation>Eerst bespreken: ronde ‘{name}’, het meest omstreden bovenaan; 3,3 → 3,5 is een mediaan en de waarde die Overnemen invult</translation>
    </message>
    <message>
        <source>{verdict}: {title}</source>
        <translation>{verdict}: {title}</translation>
    </message>
    <message>
        <source>Median {median}; Accept writes {accepted}, the nearest step of the scale</source>
        <translation>Mediaan {median}; Overnemen vult {accepted} in, de dichtstbijzijnde stap van de schaal</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Import initiatives</source>
        <translation>Initiatieven importeren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} lezen…</translation>
    </message>
    <message>
        <source>{name} has {n} problems; nothing has been imported.</source>
        <translation>{name} bevat {n} problemen; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} has 1 problem; nothing has been imported.</source>
        <translation>{name} bevat 1 probleem; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Some rows cannot be imported</source>
        <translation>Sommige rijen kunnen niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Import the &amp;good rows</source>
        <translation>De &amp;goede rijen importeren</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <source>{name} holds no initiatives.</source>
        <translation>{name} bevat geen initiatieven.</translation>
    </message>
    <message>
        <source>Imported {items} initiatives, {dependencies} dependencies</source>
        <translation>{items} initiatieven en {dependencies} afhankelijkheden geïmporteerd</translation>
    </message>
    <message>
        <source>ignored columns: {columns}</source>
        <translation>genegeerde kolommen: {columns}</translation>
    </message>
    <message>
        <source>left out {n} bad rows</source>
        <translation>{n} foute rijen weggelaten</translation>
    </message>
    <message>
        <source>the plan&apos;s strategy kept in {n} places</source>
        <translation>de strategie van het plan op {n} plaatsen behouden</translation>
    </message>
    <message>
        <source>the plan&apos;s strategy kept in 1 place</source>
        <translation>de strategie van het plan op 1 plaats behouden</translation>
    </message>
    <message>
        <source>{name} differs from the plan&apos;s strategy in {n} places; the plan&apos;s is kept.</source>
        <translation>{name} wijkt op {n} plaatsen af van de strategie van het plan; die van het plan blijft.</translation>
    </message>
    <message>
        <source>{name} differs from the plan&apos;s strategy in 1 place; the plan&apos;s is kept.</source>
        <translation>{name} wijkt op 1 plaats af van de strategie van het plan; die van het plan blijft.</translation>
    </message>
    <message>
        <source>Strategy kept</source>
        <translation>Strategie behouden</translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation>Exporteren als Excel-werkmap</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export to Excel</source>
        <translation>Kan niet naar Excel exporteren</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} geëxporteerd</translation>
    </message>
    <message>
        <source>Cannot export the matrix</source>
        <translation>Kan de matrix niet exporteren</translation>
    </message>
    <message>
        <source>Exported the matrix to {name}</source>
        <translation>Matrix geëxporteerd naar {name}</translation>
    </message>
    <message>
        <source>Cannot export the roadmap</source>
        <translation>Kan de roadmap niet exporteren</translation>
    </message>
    <message>
        <source>Exported the roadmap to {name}</source>
        <translation>Roadmap geëxporteerd naar {name}</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF op A4-papier (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF op US Letter-papier (*.pdf)</translation>
    </message>
    <message>
        <source>Export the board pack</source>
        <translation>Bestuursrapportage exporteren</translation>
    </message>
    <message>
        <source>{plan} board pack.pdf</source>
        <translation>{plan} bestuursrapportage.pdf</translation>
    </message>
    <message>
        <source>Cannot export the board pack</source>
        <translation>Kan de bestuursrapportage niet exporteren</translation>
    </message>
    <message>
        <source>Exported the board pack to {name}</source>
        <translation>Bestuursrapportage geëxporteerd naar {name}</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Matrix exporteren</translation>
    </message>
    <message>
        <source>{plan} matrix</source>
        <translation>{plan} matrix</translation>
    </message>
    <message>
        <source>Export the roadmap</source>
        <translation>Roadmap exporteren</translation>
    </message>
    <message>
        <source>{plan} roadmap</source>
        <translation>{plan} roadmap</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} schrijven…</translation>
    </message>
</context>
<context>
    <name>Facilitator</name>
    <message>
        <source>&amp;Start round…</source>
        <translation>Ronde &amp;starten…</translation>
    </message>
    <message>
        <source>Let the room rate, blind, from their phones or on this laptop</source>
        <translation>Laat de groep blind beoordelen, op hun telefoon of op deze laptop</translation>
    </message>
    <message>
        <source>Serve to &amp;phones…</source>
        <translation>Openen voor &amp;telefoons…</translation>
    </message>
    <message>
        <source>Let the room rate this collecting round from their phones again</source>
        <translation>Laat de groep deze lopende ronde weer op hun telefoon beoordelen</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Uitkomst tonen</translation>
    </message>
    <message>
        <source>Stop collecting and show where the room agrees</source>
        <translation>Stop met verzamelen en toon waar de groep het over eens is</translation>
    </message>
    <message>
        <source>Re-&amp;open selected for a re-vote</source>
        <translation>Selectie &amp;heropenen voor een nieuwe stemming</translation>
    </message>
    <message>
        <source>Collect the selected initiatives&apos; ratings again</source>
        <translation>Verzamel opnieuw beoordelingen voor de geselecteerde initiatieven</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>Ronde s&amp;luiten</translation>
    </message>
    <message>
        <source>End the round; it stays in the plan as its history</source>
        <translation>Beëindig de ronde; ze blijft als geschiedenis in het plan</translation>
    </message>
    <message>
        <source>&amp;Accept the room&apos;s ratings for the selected</source>
        <translation>Beoordelingen van de groep &amp;overnemen voor de selectie</translation>
    </message>
    <message>
        <source>Write the room&apos;s medians into the selected initiatives&apos; ratings</source>
        <translation>Neem de medianen van de groep over als beoordelingen van de geselecteerde initiatieven</translation>
    </message>
    <message>
        <source>Accept the room&apos;s ratings for a&amp;ll</source>
        <translation>Beoordelingen van de groep overnemen voor &amp;alle</translation>
    </message>
    <message>
        <source>Write the room&apos;s medians into every rated initiative</source>
        <translation>Neem de medianen van de groep over in elk beoordeeld initiatief</translation>
    </message>
    <message>
        <source>&amp;Blind entry (pass the laptop)…</source>
        <translation>&amp;Blind invoeren (laptop doorgeven)…</translation>
    </message>
    <message>
        <source>One participant after another rates on this laptop, the others&apos; ratings hidden</source>
        <translation>Deelnemers beoordelen om de beurt op deze laptop, zonder elkaars beoordelingen te zien</translation>
    </message>
    <message>
        <source>Rating s&amp;heets…</source>
        <translation>Beoordelings&amp;formulieren…</translation>
    </message>
    <message>
        <source>A workbook per participant, with drop-downs</source>
        <translation>Een werkmap per deelnemer, met keuzelijsten</translation>
    </message>
    <message>
        <source>&amp;Import rating sheets…</source>
        <translation>Beoordelingsformulieren &amp;inlezen…</translation>
    </message>
    <message>
        <source>Take the votes in filled-in rating sheets</source>
        <translation>Neem de beoordelingen uit ingevulde beoordelingsformulieren over</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Overnemen…</translation>
    </message>
    <message>
        <source>Write the room&apos;s medians into the plan&apos;s ratings: one undo step</source>
        <translation>Neem de medianen van de groep over als beoordelingen in het plan: één stap om ongedaan te maken</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Uitkomst tonen</translation>
    </message>
    <message>
        <source>Re-vote selected</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Blind entry…</source>
        <translation>Blind invoeren…</translation>
    </message>
    <message>
        <source>Serve to phones…</source>
        <translation>Via telefoons…</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nieuwe ronde…</translation>
    </message>
    <message>
        <source>Rating sheets…</source>
        <translation>Formulieren…</translation>
    </message>
    <message>
        <source>Import sheets…</source>
        <translation>Formulieren inlezen…</translation>
    </message>
    <message>
        <source>Workshop round</source>
        <translation>Workshopronde</translation>
    </message>
    <message>
        <source>&amp;Workshop round</source>
        <translation>&amp;Workshopronde</translation>
    </message>
    <message>
        <source>The room cannot join from their phones</source>
        <translation>De groep kan niet meedoen met hun telefoon</translation>
    </message>
    <message>
        <source>Select the initiatives to rate again, in the table or on the matrix.</source>
        <translation>Selecteer in de tabel of op de matrix de initiatieven die opnieuw beoordeeld worden.</translation>
    </message>
    <message>
        <source>Select the initiatives whose ratings to accept.</source>
        <translation>Selecteer de initiatieven waarvan je de beoordelingen wilt overnemen.</translation>
    </message>
</context>
<context>
    <name>FactsBox</name>
    <message>
        <source>Computed</source>
        <translation>Berekend</translation>
    </message>
    <message>
        <source>Combined effort:</source>
        <translation>Gecombineerde inspanning:</translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation>Kwadrant:</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>Ingepland:</translation>
    </message>
    <message>
        <source>Slack:</source>
        <translation>Speling:</translation>
    </message>
    <message>
        <source>Critical:</source>
        <translation>Kritiek:</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>{start} (milestone)</source>
        <translation>{start} (mijlpaal)</translation>
    </message>
    <message>
        <source>Yes, on the critical path</source>
        <translation>Ja, op het kritieke pad</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Not scheduled: decided ignore</source>
        <translation>Niet ingepland: besluit is negeren</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>niet ingepland</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, descriptions and owners</source>
        <translation>Zoek in titels, beschrijvingen en eigenaren</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle besluiten</translation>
    </message>
    <message>
        <source>All quadrants</source>
        <translation>Alle kwadranten</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Alle banen</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Alle doelstellingen</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>1 finding</source>
        <translation>1 bevinding</translation>
    </message>
    <message>
        <source>{n} findings</source>
        <translation>{n} bevindingen</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 fout</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} fouten</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 waarschuwing</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} waarschuwingen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 opmerking</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} opmerkingen</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check</source>
        <translation>Geen bevindingen: het plan doorstaat elke controle</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide the list of findings</source>
        <translation>De lijst met bevindingen verbergen</translation>
    </message>
    <message>
        <source>List the findings</source>
        <translation>De bevindingen tonen</translation>
    </message>
    <message>
        <source>Checking the plan…</source>
        <translation>Het plan wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>{severity} ({rule}): {message}</source>
        <translation>{severity} ({rule}): {message}</translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <source>Technical effort</source>
        <translation>Technische inspanning</translation>
    </message>
    <message>
        <source>Organisational effort</source>
        <translation>Organisatorische inspanning</translation>
    </message>
    <message>
        <source>Combined effort</source>
        <translation>Gecombineerde inspanning</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Duur (dagen)</translation>
    </message>
    <message>
        <source>Tech. effort</source>
        <translation>Techn. insp.</translation>
    </message>
    <message>
        <source>Org. effort</source>
        <translation>Org. insp.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Gecomb. insp.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>{name}: {tip}</source>
        <translation>{name}: {tip}</translation>
    </message>
    <message>
        <source>On the critical path.</source>
        <translation>Op het kritieke pad.</translation>
    </message>
    <message>
        <source>No dates: {problem}</source>
        <translation>Geen datums: {problem}</translation>
    </message>
    <message>
        <source>Left out of the schedule: decided ignore</source>
        <translation>Niet ingepland: besluit is negeren</translation>
    </message>
    <message>
        <source>Fixed start (bold); dependencies may still push it later</source>
        <translation>Vaste start (vet); afhankelijkheden kunnen hem nog naar later schuiven</translation>
    </message>
    <message>
        <source>Earliest start, after the plan start and every dependency</source>
        <translation>Vroegste start, na de start van het plan en elke afhankelijkheid</translation>
    </message>
    <message>
        <source>Last day of work</source>
        <translation>Laatste werkdag</translation>
    </message>
    <message>
        <source>A milestone: finishes on its start</source>
        <translation>Een mijlpaal: eindigt op de startdag</translation>
    </message>
    <message>
        <source>Unrated: rate benefit, technical effort and organisational effort</source>
        <translation>Niet beoordeeld: beoordeel baat, technische inspanning en organisatorische inspanning</translation>
    </message>
    <message>
        <source>No lane</source>
        <translation>Geen baan</translation>
    </message>
    <message>
        <source>Weighted mean of the efforts: {technical} technical, {organisational} organisational</source>
        <translation>Gewogen gemiddelde van de inspanningen: {technical} technisch, {organisational} organisatorisch</translation>
    </message>
    <message>
        <source>Benefit {benefit} or more is high; combined effort {effort} or more is high</source>
        <translation>Baat {benefit} of meer is hoog; gecombineerde inspanning {effort} of meer is hoog</translation>
    </message>
    <message>
        <source>{low} to {high} in steps of {step}; clear the cell to leave it unrated</source>
        <translation>{low} tot {high} in stappen van {step}; maak de cel leeg om niet te beoordelen</translation>
    </message>
    <message>
        <source>Scheduled earliest start; a start you enter is fixed and shown in bold</source>
        <translation>Vroegst geplande start; een start die je invult ligt vast en staat vet</translation>
    </message>
    <message>
        <source>Scheduled earliest finish: the last day of work</source>
        <translation>Vroegst gepland einde: de laatste werkdag</translation>
    </message>
    <message>
        <source>Calendar days; 0 makes a milestone</source>
        <translation>Kalenderdagen; 0 maakt een mijlpaal</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}” is geen getal</translation>
    </message>
    <message>
        <source>“{value}” is not a number of days</source>
        <translation>“{value}” is geen aantal dagen</translation>
    </message>
    <message>
        <source>{value} is not a whole number of days</source>
        <translation>{value} is geen geheel aantal dagen</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as 2027-03-01</source>
        <translation>“{value}” is geen datum; schrijf bijvoorbeeld 1-3-2027 of 2027-03-01</translation>
    </message>
</context>
<context>
    <name>InitiativeTableView</name>
    <message>
        <source>Money pits</source>
        <translation>Geldverslinders</translation>
    </message>
    <message>
        <source>Plan to exec</source>
        <translation>Van plan naar uitv.</translation>
    </message>
    <message>
        <source>Marketing lead</source>
        <translation>Marketingmanager</translation>
    </message>
    <message>
        <source>Plan to execution</source>
        <translation>Van plan naar uitvoering</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>Hoofd communicatie</translation>
    </message>
    <message>
        <source>Goals &amp; ambition workshops</source>
        <translation>Workshops doelen &amp; ambitie</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Rate from your phone</source>
        <translation>Beoordeel met je telefoon</translation>
    </message>
    <message>
        <source>Room code {code}</source>
        <translation>Sessiecode {code}</translation>
    </message>
    <message>
        <source>Scan the code, or type the address and then the room code. Same Wi-Fi as this laptop; no app, no account.</source>
        <translation>Scan de code, of typ het adres en dan de sessiecode. Zelfde wifi als deze laptop; geen app, geen account.</translation>
    </message>
</context>
<context>
    <name>LaneDelegate</name>
    <message>
        <source>No lane</source>
        <translation>Geen baan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled plan</source>
        <translation>Naamloos plan</translation>
    </message>
    <message>
        <source>Opened plan</source>
        <translation>Plan geopend</translation>
    </message>
    <message>
        <source>Present the matrix full screen (F5)</source>
        <translation>De matrix schermvullend presenteren (F5)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <source>Strate&amp;gy</source>
        <translation>Strate&amp;gie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Plan health</source>
        <translation>Plangezondheid</translation>
    </message>
    <message>
        <source>Plan &amp;health</source>
        <translation>Plan&amp;gezondheid</translation>
    </message>
    <message>
        <source>{title} (untitled)</source>
        <translation>{title} (naamloos)</translation>
    </message>
    <message>
        <source>{name}[*] (read-only)</source>
        <translation>{name}[*] (alleen-lezen)</translation>
    </message>
    <message>
        <source>{n} build</source>
        <translation>{n} bouwen</translation>
    </message>
    <message>
        <source>{n} join</source>
        <translation>{n} aansluiten</translation>
    </message>
    <message>
        <source>{n} ignore</source>
        <translation>{n} negeren</translation>
    </message>
    <message>
        <source>{n} undecided</source>
        <translation>{n} onbeslist</translation>
    </message>
    <message>
        <source>{n} initiatives</source>
        <translation>{n} initiatieven</translation>
    </message>
    <message>
        <source>Plan health ({count})</source>
        <translation>Plangezondheid ({count})</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <source>Showing the plan&apos;s order, so the move can be seen.</source>
        <translation>De volgorde van het plan wordt getoond, zodat de verplaatsing te zien is.</translation>
    </message>
    <message>
        <source>the plan cannot be scheduled</source>
        <translation>het plan kan niet worden ingepland</translation>
    </message>
    <message>
        <source>Every start that is not pinned is already as early as possible.</source>
        <translation>Elke start die niet vastligt, is al zo vroeg mogelijk.</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Quick win waiting on a big bet</source>
        <translation>Quick win die wacht op een groot project</translation>
    </message>
    <message>
        <source>Benefit  →</source>
        <translation>Baat  →</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Geen doelstelling</translation>
    </message>
    <message>
        <source>Benefit–effort matrix of “{title}”, benefit up and {effort} across; made with {creator}.</source>
        <translation>Baat-inspanningsmatrix van “{title}”, baat verticaal en {effort} horizontaal; gemaakt met {creator}.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nummers</translation>
    </message>
    <message>
        <source>+{n} more: hover them or see the table</source>
        <translation>+{n}: wijs ze aan of kijk in de tabel</translation>
    </message>
    <message>
        <source>+{n} more: no room for names</source>
        <translation>+{n}: geen ruimte voor namen</translation>
    </message>
    <message>
        <source>Space or → for the next initiative, ← to go back</source>
        <translation>Spatie of → volgend initiatief, ← terug</translation>
    </message>
    <message>
        <source>+ or − sizes the labels · L shows all labels · Home shows all initiatives · Esc leaves</source>
        <translation>+ of − labelgrootte · L alle labels · Home alle initiatieven · Esc stopt</translation>
    </message>
    <message>
        <source>V shows or hides each vote · + or − sizes the labels · Home shows all · Esc leaves</source>
        <translation>V toont of verbergt de stemmen · + of − labelgrootte · Home alles · Esc stopt</translation>
    </message>
    <message>
        <source>Space or → next · ← back · Home all initiatives · + or − label size · L all labels · Esc ends</source>
        <translation>Spatie of → volgende · ← terug · Home alle initiatieven · + of − labelgrootte · L alle labels · Esc stopt</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Baat</translation>
    </message>
    <message>
        <source>Benefit {value}</source>
        <translation>Baat {value}</translation>
    </message>
    <message>
        <source>technical effort {value}</source>
        <translation>technische inspanning {value}</translation>
    </message>
    <message>
        <source>organisational effort {value}</source>
        <translation>organisatorische inspanning {value}</translation>
    </message>
    <message>
        <source>combined {value}</source>
        <translation>gecombineerd {value}</translation>
    </message>
    <message>
        <source>The room&apos;s answer</source>
        <translation>Oordeel van de groep</translation>
    </message>
    <message>
        <source>middle half of the votes</source>
        <translation>middelste helft van de stemmen</translation>
    </message>
    <message>
        <source>lowest to highest</source>
        <translation>laagste tot hoogste</translation>
    </message>
    <message>
        <source>the plan&apos;s rating before</source>
        <translation>beoordeling vooraf</translation>
    </message>
    <message>
        <source>Combined effort</source>
        <translation>Gecombineerde inspanning</translation>
    </message>
    <message>
        <source>Technical effort</source>
        <translation>Technische inspanning</translation>
    </message>
    <message>
        <source>Organisational effort</source>
        <translation>Organisatorische inspanning</translation>
    </message>
    <message>
        <source>Automatic: another screen when there is one</source>
        <translation>Automatisch: een ander scherm als dat er is</translation>
    </message>
    <message>
        <source> — this window</source>
        <translation> — dit venster</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>Not yet rated ({n})</source>
        <translation>Nog niet beoordeeld ({n})</translation>
    </message>
    <message>
        <source>Drag one onto the matrix to rate it</source>
        <translation>Sleep er een op de matrix om het te beoordelen</translation>
    </message>
    <message>
        <source>and {n} more (see the table)</source>
        <translation>en nog {n} (zie de tabel)</translation>
    </message>
    <message>
        <source>The matrix shows a round: its markers are the room&apos;s answer. Hide the round to rate here.</source>
        <translation>De matrix toont een ronde: de markeringen zijn het oordeel van de groep. Verberg de ronde om hier te beoordelen.</translation>
    </message>
    <message>
        <source>Dragging sideways on combined effort moves technical and organisational effort by the same amount.</source>
        <translation>Horizontaal slepen bij gecombineerde inspanning verschuift technische en organisatorische inspanning evenveel.</translation>
    </message>
    <message>
        <source>tech. {value}</source>
        <translation>techn. {value}</translation>
    </message>
    <message>
        <source>org. {value}</source>
        <translation>org. {value}</translation>
    </message>
    <message>
        <source>comb. {value}</source>
        <translation>gecomb. {value}</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Effort axis:</source>
        <translation>Inspanningsas:</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Gecombineerd</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation>Organisatorisch</translation>
    </message>
    <message>
        <source>Show {axis} across</source>
        <translation>Toon {axis} op de horizontale as</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Afhankelijkheden</translation>
    </message>
    <message>
        <source>Draw an arrow from each initiative to the ones that wait on it</source>
        <translation>Teken een pijl van elk initiatief naar de initiatieven die erop wachten</translation>
    </message>
    <message>
        <source>Hide ignored</source>
        <translation>Verberg genegeerde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Show only the initiatives serving one objective</source>
        <translation>Toon alleen de initiatieven voor één doelstelling</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Kleur volgens:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Discuss first</source>
        <translation>Eerst bespreken</translation>
    </message>
    <message>
        <source>List the round&apos;s initiatives beside the matrix, the most disputed first</source>
        <translation>Toon de initiatieven van de ronde naast de matrix, de meest omstreden eerst</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Alle doelstellingen</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Each vote shown as a dot · V hides them</source>
        <translation>Elke stem als stip getoond · V verbergt ze</translation>
    </message>
    <message>
        <source>Votes hidden · V shows them</source>
        <translation>Stemmen verborgen · V toont ze</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>Benefit {benefit} · technical effort {technical} · organisational effort {organisational}</source>
        <translation>Baat {benefit} · technische inspanning {technical} · organisatorische inspanning {organisational}</translation>
    </message>
    <message>
        <source>Combined effort {effort} · {quadrant}</source>
        <translation>Gecombineerde inspanning {effort} · {quadrant}</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Besluit: {decision}</translation>
    </message>
    <message>
        <source>The room: {benefit}</source>
        <translation>De groep: {benefit}</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>baat</translation>
    </message>
    <message>
        <source>Not quick after all: it waits on the big bet {titles}</source>
        <translation>Toch niet zo snel: het wacht op het grote project {titles}</translation>
    </message>
    <message>
        <source>Drag it onto the matrix to rate it</source>
        <translation>Sleep het op de matrix om het te beoordelen</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Begin een leeg plan</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Nieuw uit &amp;sjabloon…</translation>
    </message>
    <message>
        <source>Start a plan from a framework: its phases as lanes, the readiness checklist</source>
        <translation>Begin een plan vanuit een raamwerk: de fasen als banen, met de gereedheidschecklist</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Opsl&amp;aan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Close this plan and start an empty one</source>
        <translation>Dit plan sluiten en een leeg plan beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Add initiative</source>
        <translation>Initiatief &amp;toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Plan &amp;settings…</source>
        <translation>Planin&amp;stellingen…</translation>
    </message>
    <message>
        <source>The plan&apos;s scales, weights, quadrant names, lanes and dates</source>
        <translation>Schaal, gewichten, kwadrantnamen, banen en datums van het plan</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Voo&amp;rkeuren…</translation>
    </message>
    <message>
        <source>The language the window speaks</source>
        <translation>De taal van het venster</translation>
    </message>
    <message>
        <source>Schedule as &amp;early as possible</source>
        <translation>Zo &amp;vroeg mogelijk inplannen</translation>
    </message>
    <message>
        <source>Set every start that is not pinned to its earliest date</source>
        <translation>Zet elke start die niet vastligt op de vroegste datum</translation>
    </message>
    <message>
        <source>&amp;Unpin all starts</source>
        <translation>Alle starts &amp;losmaken</translation>
    </message>
    <message>
        <source>Let every initiative start as early as its dependencies allow</source>
        <translation>Laat elk initiatief zo vroeg starten als de afhankelijkheden toestaan</translation>
    </message>
    <message>
        <source>&amp;Present the matrix</source>
        <translation>De matrix &amp;presenteren</translation>
    </message>
    <message>
        <source>Full screen, large type, a spotlight on each initiative (Space, ←); + and − size the labels, L shows all; Esc leaves</source>
        <translation>Schermvullend, grote letters, een spotlight op elk initiatief (Spatie, ←); + en − maken de labels groter of kleiner, L toont alles; Esc stopt</translation>
    </message>
    <message>
        <source>&amp;Matrix as image…</source>
        <translation>&amp;Matrix als afbeelding…</translation>
    </message>
    <message>
        <source>The matrix as PNG, SVG or PDF, with legend and title</source>
        <translation>De matrix als PNG, SVG of PDF, met legenda en titel</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Add initiatives from an Excel workbook or a CSV file</source>
        <translation>Initiatieven toevoegen uit een Excel-werkmap of een CSV-bestand</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>&amp;Excel-werkmap…</translation>
    </message>
    <message>
        <source>Initiatives, matrix chart, roadmap, dependencies and settings as .xlsx</source>
        <translation>Initiatieven, matrixgrafiek, roadmap, afhankelijkheden en instellingen als .xlsx</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the current tab</source>
        <translation>Het huidige tabblad afdrukken</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>The pages to print</source>
        <translation>De pagina&apos;s die worden afgedrukt</translation>
    </message>
    <message>
        <source>&amp;Board pack…</source>
        <translation>&amp;Bestuursrapportage…</translation>
    </message>
    <message>
        <source>One PDF for a board: strategy, matrix, ranked initiatives, roadmap and plan health</source>
        <translation>Eén PDF voor een bestuur: strategie, matrix, gerangschikte initiatieven, roadmap en plangezondheid</translation>
    </message>
    <message>
        <source>&amp;Roadmap as image or PDF…</source>
        <translation>&amp;Roadmap als afbeelding of PDF…</translation>
    </message>
    <message>
        <source>The roadmap as PNG, SVG or PDF (tiled over pages), as the tab shows it</source>
        <translation>De roadmap als PNG, SVG of PDF (over pagina&apos;s verdeeld), zoals het tabblad hem toont</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <source>Present &amp;on</source>
        <translation>Presenteren &amp;op</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Ongedaan maken: {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>Opn&amp;ieuw: {edit}</translation>
    </message>
</context>
<context>
    <name>ObjectivesEditor</name>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Praten</translation>
    </message>
    <message>
        <source>Energizing</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Ondersteunen</translation>
    </message>
    <message>
        <source>Embracing</source>
        <translation>Omarmen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>The Groundswell objective it pursues</source>
        <translation>Het Groundswell-doel dat ze nastreeft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Datum nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>Business result</source>
        <translation>Bedrijfsresultaat</translation>
    </message>
    <message>
        <source>Double-click a cell to edit; numbers as {number}, dates as {date}, empty for none</source>
        <translation>Dubbelklik op een cel om te bewerken; getallen als {number}, datums als {date}, leeg voor geen</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI toevoegen</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI verwijderen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI&apos;s</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nieuwe doelstelling</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nieuwe KPI</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation>“{text}” is geen datum</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}” is geen getal</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>geen extensie</translation>
    </message>
    <message>
        <source>cannot export the {view} to a file with {named}; name it .png, .svg or .pdf</source>
        <translation>kan de {view} niet exporteren naar een bestand met {named}; geef het de extensie .png, .svg of .pdf</translation>
    </message>
    <message>
        <source>size {size}: each side must be {low} to {high} pixels</source>
        <translation>formaat {size}: elke zijde moet {low} tot {high} pixels zijn</translation>
    </message>
    <message>
        <source>scale {scale}: must be more than 0</source>
        <translation>schaal {scale}: moet groter zijn dan 0</translation>
    </message>
    <message>
        <source>scale {scale}: a {size} picture would be more than {most} pixels wide or high</source>
        <translation>schaal {scale}: een afbeelding van {size} zou meer dan {most} pixels breed of hoog worden</translation>
    </message>
    <message>
        <source>scale {scale}: the picture would be smaller than one pixel</source>
        <translation>schaal {scale}: de afbeelding zou kleiner worden dan één pixel</translation>
    </message>
    <message>
        <source>not enough memory for a {size} picture</source>
        <translation>niet genoeg geheugen voor een afbeelding van {size}</translation>
    </message>
    <message>
        <source>the range ends ({last}) before it starts ({first})</source>
        <translation>de periode eindigt ({last}) voordat hij begint ({first})</translation>
    </message>
    <message>
        <source>the plan cannot be scheduled</source>
        <translation>het plan kan niet worden ingepland</translation>
    </message>
    <message>
        <source>the range {first} to {last} ends before it starts</source>
        <translation>de periode {first} tot {last} eindigt voordat hij begint</translation>
    </message>
    <message>
        <source>{first} to {last} by the {unit} would be {width} pixels wide; choose a coarser time scale or a shorter range</source>
        <translation>{first} tot {last} per {unit} zou {width} pixels breed worden; kies een grovere tijdschaal of een kortere periode</translation>
    </message>
    <message>
        <source>a {size} PNG would be more than {most} pixels wide or high; choose a coarser time scale, a shorter range, a smaller scale, or SVG or PDF</source>
        <translation>een PNG van {size} zou meer dan {most} pixels breed of hoog worden; kies een grovere tijdschaal, een kortere periode, een kleinere schaal, of SVG of PDF</translation>
    </message>
    <message>
        <source>the roadmap would take {n} pages, more than {most}; choose a coarser time scale or a shorter range</source>
        <translation>de roadmap zou {n} pagina&apos;s beslaan, meer dan {most}; kies een grovere tijdschaal of een kortere periode</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Benefit–Effort plans (*.bep);;All files (*)</source>
        <translation>Baat-inspanningsplannen (*.bep);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Read-only: use Save As to keep changes</source>
        <translation>Alleen-lezen: gebruik Opslaan als om wijzigingen te bewaren</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Naamloos plan</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan openen</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Kan het plan niet openen</translation>
    </message>
    <message>
        <source>{name}: cannot read the file ({reason}).</source>
        <translation>{name}: kan het bestand niet lezen ({reason}).</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>Plan in gebruik</translation>
    </message>
    <message>
        <source>Open it read-only, or open it anyway and risk that one copy overwrites the other&apos;s changes?</source>
        <translation>Alleen-lezen openen, of toch openen met het risico dat de ene kopie de wijzigingen van de andere overschrijft?</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Alleen-&amp;lezen openen</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>&amp;Toch openen</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>Plan opslaan als</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Kan het plan niet opslaan</translation>
    </message>
    <message>
        <source>{name}: {reason}. Your changes are still open here.</source>
        <translation>{name}: {reason}. Je wijzigingen staan hier nog open.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>Eerst de wijzigingen in “{name}” opslaan?</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Geen recente plannen</translation>
    </message>
    <message>
        <source>Could not write a recovery copy: {reason}</source>
        <translation>Kon geen herstelkopie schrijven: {reason}</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>een naamloos plan</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>Benefit–Effort Planner closed unexpectedly while “{title}” ({source}) had unsaved changes. Restore the copy from {written}?</source>
        <translation>Benefit–Effort Planner werd onverwacht afgesloten terwijl “{title}” ({source}) niet-opgeslagen wijzigingen had. De kopie van {written} herstellen?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <source>&amp;Quick wins:</source>
        <translation>&amp;Quick wins:</translation>
    </message>
    <message>
        <source>Bi&amp;g bets:</source>
        <translation>&amp;Grote projecten:</translation>
    </message>
    <message>
        <source>&amp;Fill-ins:</source>
        <translation>&amp;Opvullers:</translation>
    </message>
    <message>
        <source>Mo&amp;ney pits:</source>
        <translation>Geld&amp;verslinders:</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Planinstellingen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>in steps of</source>
        <translation>in stappen van</translation>
    </message>
    <message>
        <source>Rating s&amp;cale:</source>
        <translation>Beoor&amp;delingsschaal:</translation>
    </message>
    <message>
        <source>Tec&amp;hnical:</source>
        <translation>Tec&amp;hnisch:</translation>
    </message>
    <message>
        <source>&amp;Organisational:</source>
        <translation>Organisato&amp;risch:</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>Aandeel:</translation>
    </message>
    <message>
        <source>Effort weights</source>
        <translation>Gewichten van de inspanning</translation>
    </message>
    <message>
        <source>Middle of the scale</source>
        <translation>Midden van de schaal</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>&amp;Baat:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Inspanning:</translation>
    </message>
    <message>
        <source>Quadrant thresholds</source>
        <translation>Drempels van de kwadranten</translation>
    </message>
    <message>
        <source>A rating on the threshold counts as high</source>
        <translation>Een beoordeling op de drempel telt als hoog</translation>
    </message>
    <message>
        <source>Quadrant names</source>
        <translation>Namen van de kwadranten</translation>
    </message>
    <message>
        <source>What this plan calls each quadrant</source>
        <translation>Hoe dit plan elk kwadrant noemt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>To&amp;evoegen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Her&amp;noemen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>O&amp;mhoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>B&amp;anen</translation>
    </message>
    <message>
        <source>set at least one above 0</source>
        <translation>zet er minstens één boven 0</translation>
    </message>
    <message>
        <source>Technical / organisational share of the combined effort</source>
        <translation>Technisch / organisatorisch aandeel in de gecombineerde inspanning</translation>
    </message>
    <message>
        <source>id: {id}</source>
        <translation>id: {id}</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nieuwe baan</translation>
    </message>
    <message>
        <source>lane {n} needs a name</source>
        <translation>baan {n} heeft een naam nodig</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systeem ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Menus, views, messages, pictures and workbooks follow it; plans keep their own texts.</source>
        <translation>Menu&apos;s, weergaven, meldingen, afbeeldingen en werkmappen volgen deze taal; plannen houden hun eigen teksten.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{title} — presentation</source>
        <translation>{title} — presentatie</translation>
    </message>
    <message>
        <source>Labels {px} px (the smallest) · + larger, − smaller</source>
        <translation>Labels {px} px (de kleinste) · + groter, − kleiner</translation>
    </message>
    <message>
        <source>Labels {px} px (the largest) · + larger, − smaller</source>
        <translation>Labels {px} px (de grootste) · + groter, − kleiner</translation>
    </message>
    <message>
        <source>Labels {px} px · + larger, − smaller</source>
        <translation>Labels {px} px · + groter, − kleiner</translation>
    </message>
    <message>
        <source>Labels where they fit · L for all</source>
        <translation>Labels waar ze passen · L voor alle</translation>
    </message>
    <message>
        <source>All labels shown · {n} still numbered · L for fewer</source>
        <translation>Alle labels getoond · {n} nog genummerd · L voor minder</translation>
    </message>
    <message>
        <source>All labels shown · L for fewer</source>
        <translation>Alle labels getoond · L voor minder</translation>
    </message>
    <message>
        <source>{n} on the matrix</source>
        <translation>{n} op de matrix</translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <translation>{n} van {count}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Presentatorweergave</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <source>All initiatives on the matrix</source>
        <translation>Alle initiatieven op de matrix</translation>
    </message>
    <message>
        <source>Back to all initiatives</source>
        <translation>Terug naar alle initiatieven</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategie</translation>
    </message>
    <message>
        <source>Print the {view}</source>
        <translation>De {view} afdrukken</translation>
    </message>
    <message>
        <source>Print preview: the {view}</source>
        <translation>Afdrukvoorbeeld: de {view}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>initiatieven</translation>
    </message>
    <message>
        <source>{title}: strategy</source>
        <translation>{title}: strategie</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Pagina {number} van {count}</translation>
    </message>
    <message>
        <source>All {total} initiatives</source>
        <translation>Alle {total} initiatieven</translation>
    </message>
    <message>
        <source>{n} of {total} initiatives (filtered)</source>
        <translation>{n} van {total} initiatieven (gefilterd)</translation>
    </message>
</context>
<context>
    <name>ProgressBoard</name>
    <message>
        <source>No one has joined yet</source>
        <translation>Nog niemand doet mee</translation>
    </message>
    <message>
        <source>{finished} of {joined} have rated all {count}</source>
        <translation>{finished} van {joined} hebben alle {count} beoordeeld</translation>
    </message>
    <message>
        <source>{done} of {joined}</source>
        <translation>{done} van {joined}</translation>
    </message>
    <message>
        <source>Round ‘{name}’</source>
        <translation>Ronde ‘{name}’</translation>
    </message>
    <message>
        <source>and {more} more, the least rated by {least} of {joined}</source>
        <translation>en nog {more}, het minst beoordeeld door {least} van {joined}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <source>unrated</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>{name}; step below the scale&apos;s minimum to leave it unrated</source>
        <translation>{name}; onder het minimum van de schaal voor niet beoordeeld</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Make {name} unrated</source>
        <translation>{name} niet beoordeeld maken</translation>
    </message>
</context>
<context>
    <name>RatingSheets</name>
    <message>
        <source>Rating sheets belong to a round that is collecting ratings.</source>
        <translation>Beoordelingsformulieren horen bij een ronde die beoordelingen verzamelt.</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Deelnemer {n}</translation>
    </message>
    <message>
        <source>Rating sheets</source>
        <translation>Beoordelingsformulieren</translation>
    </message>
    <message>
        <source>One sheet per participant, named one a line:</source>
        <translation>Eén formulier per deelnemer, één naam per regel:</translation>
    </message>
    <message>
        <source>Save the rating sheets in</source>
        <translation>Beoordelingsformulieren opslaan in</translation>
    </message>
    <message>
        <source>Saved {n} rating sheets in {folder}</source>
        <translation>{n} beoordelingsformulieren opgeslagen in {folder}</translation>
    </message>
    <message>
        <source>Cannot save the rating sheets</source>
        <translation>Kan de beoordelingsformulieren niet opslaan</translation>
    </message>
    <message>
        <source>Import rating sheets</source>
        <translation>Beoordelingsformulieren inlezen</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>{file}: this sheet&apos;s ratings were taken already</source>
        <translation>{file}: de beoordelingen van dit formulier zijn al overgenomen</translation>
    </message>
    <message>
        <source>Took the votes of 1 rating sheet</source>
        <translation>Beoordelingen van 1 beoordelingsformulier overgenomen</translation>
    </message>
    <message>
        <source>Took the votes of {n} rating sheets</source>
        <translation>Beoordelingen van {n} beoordelingsformulieren overgenomen</translation>
    </message>
    <message>
        <source>1 row could not be taken; the others were.</source>
        <translation>1 rij kon niet worden overgenomen; de rest wel.</translation>
    </message>
    <message>
        <source>{n} rows could not be taken; the others were.</source>
        <translation>{n} rijen konden niet worden overgenomen; de rest wel.</translation>
    </message>
    <message>
        <source>Some ratings were left out</source>
        <translation>Sommige beoordelingen zijn niet overgenomen</translation>
    </message>
</context>
<context>
    <name>RatingSpinBox</name>
    <message>
        <source>Unrated</source>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>Relabel</name>
    <message>
        <source>The language changes once the workshop round is no longer served to phones.</source>
        <translation>De taal verandert zodra de workshopronde niet meer voor telefoons openstaat.</translation>
    </message>
    <message>
        <source>The language changes once the presentation ends.</source>
        <translation>De taal verandert zodra de presentatie stopt.</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <source>, round ‘{name}’</source>
        <translation>, ronde ‘{name}’</translation>
    </message>
    <message>
        <source>no round ‘{name}’ in the plan; its rounds are {names}</source>
        <translation>geen ronde ‘{name}’ in het plan; de rondes zijn {names}</translation>
    </message>
    <message>
        <source>no round ‘{name}’ in the plan; it has no rounds</source>
        <translation>geen ronde ‘{name}’ in het plan; het heeft geen rondes</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>by half-year</source>
        <translation>per halfjaar</translation>
    </message>
    <message>
        <source>by year</source>
        <translation>per jaar</translation>
    </message>
    <message>
        <source>no initiatives on the timeline yet</source>
        <translation>nog geen initiatieven op de tijdlijn</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} pagina</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pagina&apos;s</translation>
    </message>
    <message>
        <source>; {n} of {count} rows left out at the bottom, too many for this size (a PDF shows them all)</source>
        <translation>; {n} van {count} rijen onderaan weggelaten, te veel voor dit formaat (een PDF toont ze allemaal)</translation>
    </message>
    <message>
        <source>{path}: cannot write the file (no such folder)</source>
        <translation>{path}: kan het bestand niet schrijven (die map bestaat niet)</translation>
    </message>
    <message>
        <source>{path}: cannot write the file ({reason})</source>
        <translation>{path}: kan het bestand niet schrijven ({reason})</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>{path}: drew the {view} of “{title}”, {drawn}</source>
        <translation>{path}: de {view} van “{title}” getekend, {drawn}</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>after {title}</source>
        <translation>na {title}</translation>
    </message>
    <message>
        <source>No initiatives on the timeline yet</source>
        <translation>Nog geen initiatieven op de tijdlijn</translation>
    </message>
    <message>
        <source>Roadmap of “{title}”, {span}; made with {creator}.</source>
        <translation>Roadmap van “{title}”, {span}; gemaakt met {creator}.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bouwen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Onbeslist</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <source>Pinned start</source>
        <translation>Vastgezette start</translation>
    </message>
    <message>
        <source>Waits for (finish to start)</source>
        <translation>Wacht op (einde tot start)</translation>
    </message>
    <message>
        <source>Pinned earlier than its predecessor allows</source>
        <translation>Eerder vastgezet dan de voorganger toelaat</translation>
    </message>
    <message>
        <source>Waits for one too far off to draw the line: “after …” names it</source>
        <translation>Wacht op een initiatief te ver weg voor de lijn: “na …” noemt het</translation>
    </message>
    <message>
        <source>{later} waits for {earlier}</source>
        <translation>{later} wacht op {earlier}</translation>
    </message>
    <message>
        <source>and {n} more waits too dense to name here</source>
        <translation>en nog {n} keer wachten, te dicht op elkaar om hier te noemen</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritiek pad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>{n} parked (decided ignore), not on the timeline</source>
        <translation>{n} geparkeerd (besluit negeren), niet op de tijdlijn</translation>
    </message>
    <message>
        <source>Run effort per month (capacity {capacity}, dashed)</source>
        <translation>Beheerinspanning per maand (capaciteit {capacity}, gestreept)</translation>
    </message>
    <message>
        <source>Run effort per month</source>
        <translation>Beheerinspanning per maand</translation>
    </message>
    <message>
        <source>Lane and initiative</source>
        <translation>Baan en initiatief</translation>
    </message>
    <message>
        <source>Decision and initiative</source>
        <translation>Besluit en initiatief</translation>
    </message>
    <message>
        <source>Owner and initiative</source>
        <translation>Eigenaar en initiatief</translation>
    </message>
    <message>
        <source>Objective and initiative</source>
        <translation>Doelstelling en initiatief</translation>
    </message>
    <message>
        <source>{group} (continued)</source>
        <translation>{group} (vervolg)</translation>
    </message>
</context>
<context>
    <name>RoadmapPanel</name>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Groeperen op:</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kwartalen</translation>
    </message>
    <message>
        <source>Half-years</source>
        <translation>Halfjaren</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Zoom so the whole plan fits (Ctrl+wheel zooms)</source>
        <translation>Zoom zo dat het hele plan past (Ctrl+wiel zoomt)</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Schaal:</translation>
    </message>
    <message>
        <source>Relative periods</source>
        <translation>Relatieve perioden</translation>
    </message>
    <message>
        <source>Label periods Month 1, Q1 … from the plan start, as in a proposal</source>
        <translation>Noem perioden Maand 1, Kw 1 … vanaf de start van het plan, zoals in een voorstel</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritiek pad</translation>
    </message>
    <message>
        <source>Run load</source>
        <translation>Beheerinspanning</translation>
    </message>
    <message>
        <source>Effort per month to keep launched initiatives running, against the capacity</source>
        <translation>Inspanning per maand om gelanceerde initiatieven draaiende te houden, tegenover de capaciteit</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>Unpin ‘{title}’: start as early as possible</source>
        <translation>‘{title}’ losmaken: zo vroeg mogelijk starten</translation>
    </message>
    <message>
        <source>Remove dependency ‘{earlier}’ → ‘{later}’</source>
        <translation>Afhankelijkheid ‘{earlier}’ → ‘{later}’ verwijderen</translation>
    </message>
    <message>
        <source>Slack: {days} · on the critical path</source>
        <translation>Speling: {days} · op het kritieke pad</translation>
    </message>
    <message>
        <source>Slack: {days}</source>
        <translation>Speling: {days}</translation>
    </message>
    <message>
        <source>Start pinned to {day}</source>
        <translation>Start vastgezet op {day}</translation>
    </message>
    <message>
        <source>Waits for {titles} (too far to draw the whole arrow)</source>
        <translation>Wacht op {titles} (te ver weg voor de hele pijl)</translation>
    </message>
    <message>
        <source>{titles} waits for it (too far to draw the whole arrow)</source>
        <translation>{titles} wacht erop (te ver weg voor de hele pijl)</translation>
    </message>
    <message>
        <source>‘{later}’ waits for ‘{earlier}’, {n} days after</source>
        <translation>‘{later}’ wacht op ‘{earlier}’, {n} dagen erna</translation>
    </message>
    <message>
        <source>‘{later}’ waits for ‘{earlier}’</source>
        <translation>‘{later}’ wacht op ‘{earlier}’</translation>
    </message>
    <message>
        <source>‘{later}’ is pinned {days} before ‘{earlier}’ allows; the schedule starts it later</source>
        <translation>‘{later}’ is {days} eerder vastgezet dan ‘{earlier}’ toelaat; de planning laat het later starten</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>No round yet. Workshop ▸ Start round… lets the room rate, from their phones or one after another on this laptop.</source>
        <translation>Nog geen ronde. Met Workshop ▸ Ronde starten… laat je de groep beoordelen, op hun telefoon of om de beurt op deze laptop.</translation>
    </message>
    <message>
        <source>Re-vote on 1 initiative</source>
        <translation>Nieuwe stemming over 1 initiatief</translation>
    </message>
    <message>
        <source>Re-vote on {n} initiatives</source>
        <translation>Nieuwe stemming over {n} initiatieven</translation>
    </message>
    <message>
        <source> · not on the network: serve it to phones, or use blind entry or rating sheets</source>
        <translation> · niet op het netwerk: open de ronde voor telefoons, of gebruik blind invoeren of beoordelingsformulieren</translation>
    </message>
    <message>
        <source>1 participant joined</source>
        <translation>1 deelnemer doet mee</translation>
    </message>
    <message>
        <source>{n} participants joined</source>
        <translation>{n} deelnemers doen mee</translation>
    </message>
    <message>
        <source>Collecting ratings</source>
        <translation>Beoordelingen verzamelen</translation>
    </message>
    <message>
        <source>Revealed: the matrix shows the room&apos;s answer, the most disputed first</source>
        <translation>Uitkomst getoond: de matrix toont het oordeel van de groep, het meest omstreden eerst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>{done} of {joined}</source>
        <translation>{done} van {joined}</translation>
    </message>
</context>
<context>
    <name>ServeDialog</name>
    <message>
        <source>Serve to phones</source>
        <translation>Openen voor telefoons</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>elke vrije poort</translation>
    </message>
    <message>
        <source>Round ‘{name}’ collects: the room rates it from their phones on this network. Phones that rated it before find their ratings again on the same port.</source>
        <translation>Ronde ‘{name}’ verzamelt beoordelingen: de groep beoordeelt met hun telefoon op dit netwerk. Telefoons die al beoordeelden, vinden hun beoordelingen terug op dezelfde poort.</translation>
    </message>
    <message>
        <source>&amp;Serve</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Net&amp;werk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>This computer has no network interface to serve on.</source>
        <translation>Deze computer heeft geen netwerkverbinding om de ronde op te openen.</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <source>Start a workshop round</source>
        <translation>Een workshopronde starten</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Ronde {n}</translation>
    </message>
    <message>
        <source>All initiatives ({n})</source>
        <translation>Alle initiatieven ({n})</translation>
    </message>
    <message>
        <source>Those the table&apos;s filter shows ({n})</source>
        <translation>Wat het filter van de tabel toont ({n})</translation>
    </message>
    <message>
        <source>The selected initiatives ({n})</source>
        <translation>De geselecteerde initiatieven ({n})</translation>
    </message>
    <message>
        <source>Anonymous: participants are numbered, names are not asked</source>
        <translation>Anoniem: deelnemers krijgen een nummer, namen worden niet gevraagd</translation>
    </message>
    <message>
        <source>No network: blind entry and rating sheets only</source>
        <translation>Geen netwerk: alleen blind invoeren en beoordelingsformulieren</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>elke vrije poort</translation>
    </message>
    <message>
        <source>&amp;Start round</source>
        <translation>Ronde &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Initiatives:</source>
        <translation>Initiatieven:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Beoordelen op:</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>Net&amp;werk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Give the round a name.</source>
        <translation>Geef de ronde een naam.</translation>
    </message>
    <message>
        <source>Choose at least one thing to rate.</source>
        <translation>Kies minstens één criterium om te beoordelen.</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <source>Treacy &amp; Wiersema: what the organisation chooses to excel at</source>
        <translation>Treacy &amp; Wiersema: waarin de organisatie wil uitblinken</translation>
    </message>
    <message>
        <source>One sentence on what the organisation wants to become</source>
        <translation>Eén zin over wat de organisatie wil worden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Organisational effort a month the organisation can sustain, on the rating scale; step below 0 for none</source>
        <translation>Organisatorische inspanning per maand die de organisatie kan volhouden, op de beoordelingsschaal; onder 0 voor geen</translation>
    </message>
    <message>
        <source>&amp;Value discipline:</source>
        <translation>&amp;Waardediscipline:</translation>
    </message>
    <message>
        <source>&amp;Ambition:</source>
        <translation>&amp;Ambitie:</translation>
    </message>
    <message>
        <source>Monthly &amp;capacity:</source>
        <translation>Maandelijkse &amp;capaciteit:</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>At least two enthusiasts who pull it</source>
        <translation>Minstens twee enthousiastelingen die het trekken</translation>
    </message>
    <message>
        <source>Budget for experiments</source>
        <translation>Budget voor experimenten</translation>
    </message>
    <message>
        <source>A long breath: the first year is an investment</source>
        <translation>Een lange adem: het eerste jaar is een investering</translation>
    </message>
    <message>
        <source>Flexibility to react within hours</source>
        <translation>Flexibiliteit om binnen enkele uren te reageren</translation>
    </message>
    <message>
        <source>Willingness to share knowledge</source>
        <translation>Bereidheid om kennis te delen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Gereedheid</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from template</source>
        <translation>Nieuw uit sjabloon</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>VoteIntake</name>
    <message>
        <source>A vote could not be taken: {reason}</source>
        <translation>Een stem kon niet worden ontvangen: {reason}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>cannot write the image</source>
        <translation>kan de afbeelding niet schrijven</translation>
    </message>
</context>
</TS>
