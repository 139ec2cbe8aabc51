<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <location filename="../../ui/matrix/export.py" line="+206"/>
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
        <location line="+269"/>
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
        <location line="+4"/>
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
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/matrix/presentation.py" line="-120"/>
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
        <location line="+36"/>
        <source>{n} on the matrix</source>
        <translation>{n} op de matrix</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+42"/>
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
        <location filename="../../ui/roadmap/painter.py" line="+415"/>
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
        <location filename="../../ui/roadmap/view.py" line="+394"/>
        <source>Group by:</source>
        <translation>Groeperen op:</translation>
    </message>
    <message>
        <location line="-5"/>
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
        <location line="+14"/>
        <source>Scale:</source>
        <translation>Schaal:</translation>
    </message>
    <message>
        <location line="-8"/>
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
        <location line="+3"/>
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
</TS>
