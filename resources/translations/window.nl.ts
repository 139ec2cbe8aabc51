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
        <translation>Nu</translation>
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
</TS>
