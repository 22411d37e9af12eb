<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuthorLoader</name>
    <message>
        <source>The profile of %1 could not be read from the cache (%2). Try again, or check the cache file in Settings.</source>
        <translation>Das Profil von %1 konnte nicht aus dem Cache gelesen werden (%2). Versuchen Sie es erneut oder prüfen Sie die Cache-Datei in den Einstellungen.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be read from the cache. Try again, or check the cache file in Settings.</source>
        <translation>Das Profil von %1 konnte nicht aus dem Cache gelesen werden. Versuchen Sie es erneut oder prüfen Sie die Cache-Datei in den Einstellungen.</translation>
    </message>
    <message>
        <source>The works of %1 could not be read from the cache (%2). Try again, or check the cache file in Settings.</source>
        <translation>Die Werke von %1 konnten nicht aus dem Cache gelesen werden (%2). Versuchen Sie es erneut oder prüfen Sie die Cache-Datei in den Einstellungen.</translation>
    </message>
    <message>
        <source>The citations per year of %1 could not be read from the cache (%2). Try again, or check the cache file in Settings.</source>
        <translation>Die Zitationen pro Jahr von %1 konnten nicht aus dem Cache gelesen werden (%2). Versuchen Sie es erneut oder prüfen Sie die Cache-Datei in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>CoauthorGraph</name>
    <message>
        <source>Papers with more than %1 authors add no co-authors to the network and do not count as shared works; between authors already in it they add only a fractional weight of 1/(n-1), n being the number of authors.</source>
        <translation>Publikationen mit mehr als %1 Autoren fügen dem Netzwerk keine Koautoren hinzu und zählen nicht als gemeinsame Werke; zwischen Autoren, die schon darin sind, tragen sie nur ein anteiliges Gewicht von 1/(n-1) bei, wobei n die Zahl der Autoren ist.</translation>
    </message>
    <message>
        <source>Cannot read the co-author network of %1 from the cache: %2</source>
        <translation>Das Koautorennetzwerk von %1 kann nicht aus dem Cache gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <source>%1, because: &quot;%2&quot;</source>
        <translation>%1, weil: „%2“</translation>
    </message>
    <message>
        <source>Conflicting Corrections</source>
        <translation>Widersprüchliche Korrekturen</translation>
    </message>
    <message>
        <source>&lt;p&gt;You want to %1.&lt;/p&gt;&lt;p&gt;That contradicts what is in effect:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Keep theirs, and yours is kept in the log as declined, with your reason. Apply yours, and theirs stays in the log as superseded; undoing yours brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie wollen %1.&lt;/p&gt;&lt;p&gt;Das widerspricht dem, was gilt:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Behalten Sie die andere Korrektur, bleibt Ihre mit Ihrer Begründung als abgelehnt im Protokoll. Wenden Sie Ihre an, bleibt die andere als ersetzt im Protokoll; wird Ihre rückgängig gemacht, gilt sie wieder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>Apply Mine</source>
        <translation>Meine anwenden</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Publications</source>
        <translation>Publikationen exportieren</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message>
        <source>All works</source>
        <translation>Alle Werke</translation>
    </message>
    <message>
        <source>Works matching the current filter</source>
        <translation>Werke, die zum aktuellen Filter passen</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Ausgewählte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Citation &amp;keys:</source>
        <translation>Zitier&amp;schlüssel:</translation>
    </message>
    <message>
        <source>A JabRef-style pattern such as [auth][year][shorttitle]. Keys already exported stay as they were.</source>
        <translation>Ein Muster im Stil von JabRef wie [auth][year][shorttitle]. Bereits exportierte Schlüssel bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Merge preprints into their published versions</source>
        <translation>Preprints in ihre veröffentlichten Fassungen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Include &amp;abstracts</source>
        <translation>&amp;Abstracts einschließen</translation>
    </message>
    <message>
        <source>ASCII with LaTeX escapes (classic &amp;BibTeX)</source>
        <translation>ASCII mit LaTeX-Maskierung (klassisches &amp;BibTeX)</translation>
    </message>
    <message>
        <source>Byte order mark for &amp;spreadsheets (CSV)</source>
        <translation>Bytereihenfolgemarke für &amp;Tabellenkalkulationen (CSV)</translation>
    </message>
</context>
<context>
    <name>NetworkRenderer</name>
    <message>
        <source>Co-author network of %1</source>
        <translation>Koautorennetzwerk von %1</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Community %1</source>
        <translation>Gemeinschaft %1</translation>
    </message>
    <message>
        <source>Smaller communities</source>
        <translation>Kleinere Gemeinschaften</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Andere oder unbekannt</translation>
    </message>
    <message>
        <source>Last together %1</source>
        <translation>Zuletzt gemeinsam %1</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot read the profile of %1 from the cache: %2</source>
        <translation>Das Profil von %1 kann nicht aus dem Cache gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 is not ready (schema %2).</source>
        <translation>Der Cache %1 ist nicht bereit (Schema %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the cache. Choose another location with --db.</source>
        <translation>Der Ordner %1 für den Cache kann nicht angelegt werden. Wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a cache file path with --db.</source>
        <translation>%1 ist keine Datei. Wählen Sie mit --db den Pfad einer Cache-Datei.</translation>
    </message>
    <message>
        <source>The cache %1 is read-only. Make the file and its folder writable, or choose another cache with --db.</source>
        <translation>Der Cache %1 ist schreibgeschützt. Machen Sie die Datei und ihren Ordner beschreibbar oder wählen Sie mit --db einen anderen Cache.</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Cannot create the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2) and could not be moved aside. Move it away by hand or choose another cache with --db.</source>
        <translation>Der Cache %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden. Verschieben Sie ihn von Hand oder wählen Sie mit --db einen anderen Cache.</translation>
    </message>
    <message>
        <source>Cannot create a fresh cache at %1: %2</source>
        <translation>Unter %1 kann kein neuer Cache angelegt werden: %2</translation>
    </message>
    <message>
        <source>The cache was damaged (%1). It was moved to %2 and a fresh cache was created; sync or import again to fill it.</source>
        <translation>Der Cache war beschädigt (%1). Er wurde nach %2 verschoben und ein neuer Cache wurde angelegt; synchronisieren oder importieren Sie erneut, um ihn zu füllen.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Peerscope (schema %2, this version knows %3). Update Peerscope or choose another cache with --db.</source>
        <translation>Der Cache %1 stammt von einem neueren Peerscope (Schema %2, diese Version kennt %3). Aktualisieren Sie Peerscope oder wählen Sie mit --db einen anderen Cache.</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1: %2</source>
        <translation>Der Cache %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The bundled demo data is missing from this build.</source>
        <translation>Die mitgelieferten Demodaten fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write to the cache: %2</source>
        <translation>%1: kann nicht in den Cache schreiben: %2</translation>
    </message>
    <message>
        <source>Peerscope</source>
        <translation>Peerscope</translation>
    </message>
    <message>
        <source>Cache recovered</source>
        <translation>Cache wiederhergestellt</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>%1: no .json files (nor .jsonl, .ndjson or .gz) in this folder</source>
        <translation>%1: keine .json-Dateien (auch keine .jsonl-, .ndjson- oder .gz-Dateien) in diesem Ordner</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more unreadable record(s)</source>
        <translation>
            <numerusform>%1: %n weiterer unlesbarer Datensatz</numerusform>
            <numerusform>%1: %n weitere unlesbare Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (after %n record(s); those are kept)</source>
        <translation>
            <numerusform>%1: %2 (nach %n Datensatz; dieser bleibt erhalten)</numerusform>
            <numerusform>%1: %2 (nach %n Datensätzen; diese bleiben erhalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the array is cut short or malformed after %n element(s); those before are kept</source>
        <translation>
            <numerusform>%1: das Array ist nach %n Element abgeschnitten oder fehlerhaft; dieses bleibt erhalten</numerusform>
            <numerusform>%1: das Array ist nach %n Elementen abgeschnitten oder fehlerhaft; diese bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no OpenAlex entities: an empty list</source>
        <translation>%1: keine OpenAlex-Entitäten: eine leere Liste</translation>
    </message>
    <message>
        <source>%1: %2 was not stored: %3</source>
        <translation>%1: %2 wurde nicht gespeichert: %3</translation>
    </message>
    <message>
        <source>%1: malformed JSON at byte %2: %3</source>
        <translation>%1: fehlerhaftes JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>no OpenAlex entities: an empty list</source>
        <translation>keine OpenAlex-Entitäten: eine leere Liste</translation>
    </message>
    <message>
        <source>%1: &quot;results&quot; is not an array</source>
        <translation>%1: „results“ ist kein Array</translation>
    </message>
    <message>
        <source>no OpenAlex entities: a group_by answer</source>
        <translation>keine OpenAlex-Entitäten: eine group_by-Antwort</translation>
    </message>
    <message>
        <source>an OpenAlex error answer: %1</source>
        <translation>eine Fehlerantwort von OpenAlex: %1</translation>
    </message>
    <message>
        <source>no OpenAlex entities: a record without an OpenAlex id</source>
        <translation>keine OpenAlex-Entitäten: ein Datensatz ohne OpenAlex-ID</translation>
    </message>
    <message>
        <source>%1: expected a JSON object or array</source>
        <translation>%1: JSON-Objekt oder -Array erwartet</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the compressed file ends early (truncated download?)</source>
        <translation>die komprimierte Datei endet vorzeitig (Download unvollständig?)</translation>
    </message>
    <message>
        <source>Cannot open the cache %1 to import into it: %2</source>
        <translation>Der Cache %1 kann für den Import nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The team server address %1 cannot be used: %2.</source>
        <translation>Die Adresse des Teamservers %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the team server %1: Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>Der Teamserver %1 ist nicht erreichbar: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian: das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: %2</source>
        <translation>Keine Verbindung zum Teamserver %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the team server %1: %2</source>
        <translation>Der Teamserver %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not ready (schema %2).</source>
        <translation>Die Teamdatenbank %1 ist nicht bereit (Schema %2).</translation>
    </message>
    <message>
        <source>The team database %1 was prepared by a newer Peerscope (schema %2, this version knows %3). Update Peerscope.</source>
        <translation>Die Teamdatenbank %1 wurde von einem neueren Peerscope eingerichtet (Schema %2, diese Version kennt %3). Aktualisieren Sie Peerscope.</translation>
    </message>
    <message>
        <source>Cannot prepare the team database %1: %2</source>
        <translation>Die Teamdatenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL connection URI</source>
        <translation>keine gültige PostgreSQL-Verbindungsadresse (URI)</translation>
    </message>
    <message>
        <source>the database name in a PostgreSQL URI cannot contain &apos;/&apos;</source>
        <translation>der Datenbankname in einer PostgreSQL-URI darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>the PostgreSQL URI parameter %1 is not valid</source>
        <translation>der PostgreSQL-URI-Parameter %1 ist ungültig</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Needed for syncing since February 2026</source>
        <translation>Seit Februar 2026 für die Synchronisierung nötig</translation>
    </message>
    <message>
        <source>OpenAlex API key</source>
        <translation>OpenAlex-API-Schlüssel</translation>
    </message>
    <message>
        <source>As&amp;k before syncing:</source>
        <translation>Vor dem Synchronisieren &amp;nachfragen:</translation>
    </message>
    <message>
        <source>Ask before a sync that uses more than this share of today&apos;s budget</source>
        <translation>Vor einer Synchronisierung nachfragen, die mehr als diesen Anteil des heutigen Kontingents verbraucht</translation>
    </message>
    <message>
        <source>Before a sync, Peerscope estimates its cost in OpenAlex list calls. Above this share of what is left of today&apos;s budget it asks first. A free API key has $1 a day; a list call costs $0.0001.</source>
        <translation>Vor einer Synchronisierung schätzt Peerscope ihre Kosten in OpenAlex-Listenaufrufen. Liegen sie über diesem Anteil des heute noch verfügbaren Kontingents, fragt es zuerst nach. Ein kostenloser API-Schlüssel hat $1 pro Tag; ein Listenaufruf kostet $0.0001.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>% of what is left today</source>
        <translation>% des heute noch Verfügbaren</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Anfrage&amp;rate:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>OpenAlex allows at most 10 requests per second.</source>
        <translation>OpenAlex erlaubt höchstens 10 Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation>&amp;Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Time to live in days</source>
        <translation>Gültigkeitsdauer in Tagen</translation>
    </message>
    <message>
        <source>Cached records older than this are marked stale and synced again when opened.</source>
        <translation>Datensätze im Cache, die älter sind, werden als veraltet markiert und beim Öffnen erneut synchronisiert.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>Cache-Datei</translation>
    </message>
    <message>
        <source>Changing this moves the cache file there (safely: the old file stays until the copy is verified).</source>
        <translation>Eine Änderung verschiebt die Cache-Datei dorthin (sicher: Die alte Datei bleibt, bis die Kopie geprüft ist).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a new cache location</source>
        <translation>Einen neuen Ort für den Cache wählen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Where the cache is</source>
        <translation>Wo der Cache liegt</translation>
    </message>
    <message>
        <source>A file on this computer, or a PostgreSQL database the team shares: the same records, corrections made once and seen by all.</source>
        <translation>Eine Datei auf diesem Computer oder eine PostgreSQL-Datenbank, die das Team teilt: dieselben Datensätze, Korrekturen einmal gemacht und von allen gesehen.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>Cache &amp;file:</source>
        <translation>Cache-&amp;Datei:</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>Team-&amp;Server:</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Adresse des Team-Servers</translation>
    </message>
    <message>
        <source>postgresql://you@server/peerscope</source>
        <translation>postgresql://sie@server/peerscope</translation>
    </message>
    <message>
        <source>A PostgreSQL connection address. The password goes in ~/.pgpass (or PGPASSWORD), never here.</source>
        <translation>Eine PostgreSQL-Verbindungsadresse. Das Passwort gehört in ~/.pgpass (oder PGPASSWORD), nie hierher.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test the connection to the team server</source>
        <translation>Die Verbindung zum Team-Server testen</translation>
    </message>
    <message>
        <source>Connected as %1; the team cache is ready (schema version %2).</source>
        <translation>Verbunden als %1; der Team-Cache ist bereit (Schemaversion %2).</translation>
    </message>
</context>
<context>
    <name>WorkQueries</name>
    <message>
        <source>cannot read work %1 from the cache: %2</source>
        <translation>Werk %1 kann nicht aus dem Cache gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read works %1 to %2 of %3 from the cache: %4</source>
        <translation>Werke %1 bis %2 von %3 können nicht aus dem Cache gelesen werden: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) no longer in the cache: %1</source>
        <translation>
            <numerusform>%n Werk nicht mehr im Cache: %1</numerusform>
            <numerusform>%n Werke nicht mehr im Cache: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>peerscope: created %1 with the demo data set.</source>
        <translation>peerscope: %1 wurde mit dem Demo-Datensatz angelegt.</translation>
    </message>
    <message>
        <source>peerscope: %1</source>
        <translation>peerscope: %1</translation>
    </message>
    <message>
        <source>Run &apos;peerscope --help&apos; for the list of commands and options.</source>
        <translation>Führen Sie „peerscope --help“ aus, um die Befehle und Optionen aufzulisten.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;peerscope --help&apos;</source>
        <translation>unbekannte Option „%1“; siehe „peerscope --help“</translation>
    </message>
    <message>
        <source>peerscope: &apos;%1&apos; is not an author ID, ORCID or name.</source>
        <translation>peerscope: „%1“ ist weder eine Autoren-ID noch eine ORCID noch ein Name.</translation>
    </message>
    <message>
        <source>peerscope: %1 is not in the cache. Run &apos;peerscope sync %1&apos; to fetch it.</source>
        <translation>peerscope: %1 ist nicht im Cache. Führen Sie „peerscope sync %1“ aus, um es abzurufen.</translation>
    </message>
    <message>
        <source>peerscope: no cached author matches &apos;%1&apos;. Try &apos;peerscope search --remote %1&apos;.</source>
        <translation>peerscope: Kein Autor im Cache passt zu „%1“. Versuchen Sie „peerscope search --remote %1“.</translation>
    </message>
    <message>
        <source>peerscope: &apos;%1&apos; matches %2 cached authors; name one by its ID:</source>
        <translation>peerscope: „%1“ passt zu %2 Autoren im Cache; nennen Sie einen über seine ID:</translation>
    </message>
    <message>
        <source>peerscope: unknown command &apos;%1&apos;.</source>
        <translation>peerscope: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Imported %1 files: %2 authors, %3 works, %4 institutions, %5 sources, %6 topics.</source>
        <translation>%1 Dateien importiert: %2 Autoren, %3 Werke, %4 Einrichtungen, %5 Quellen, %6 Themen.</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo nimmt keine Argumente</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>words of the name</source>
        <translation>Wörter des Namens</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>list matching cached works instead of authors</source>
        <translation>passende Werke im Cache statt Autoren auflisten</translation>
    </message>
    <message>
        <source>--works searches the cache only; leave out --remote</source>
        <translation>--works durchsucht nur den Cache; lassen Sie --remote weg</translation>
    </message>
    <message>
        <source>No cached work matches &apos;%1&apos;.</source>
        <translation>Kein Werk im Cache passt zu „%1“.</translation>
    </message>
    <message>
        <source>ask OpenAlex instead of the cache</source>
        <translation>OpenAlex statt des Caches fragen</translation>
    </message>
    <message>
        <source>search needs some text</source>
        <translation>search braucht etwas Text</translation>
    </message>
    <message>
        <source>peerscope: remote search is not available in this build.</source>
        <translation>peerscope: Die Fernsuche ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>No cached author matches &apos;%1&apos;. Try &apos;peerscope search --remote %1&apos;.</source>
        <translation>Kein Autor im Cache passt zu „%1“. Versuchen Sie „peerscope search --remote %1“.</translation>
    </message>
    <message>
        <source>OpenAlex ID, ORCID or name</source>
        <translation>OpenAlex-ID, ORCID oder Name</translation>
    </message>
    <message>
        <source>show needs an AUTHOR</source>
        <translation>show braucht einen AUTHOR</translation>
    </message>
    <message>
        <source>works needs an AUTHOR</source>
        <translation>works braucht einen AUTHOR</translation>
    </message>
    <message>
        <source>load the bundled demo data set into the cache</source>
        <translation>den mitgelieferten Demodatensatz in den Cache laden</translation>
    </message>
    <message>
        <source>matching authors: id, name, works, institution; with --works, cached works: id, year, title, first author</source>
        <translation>passende Autoren: ID, Name, Werke, Einrichtung; mit --works Werke im Cache: ID, Jahr, Titel, Erstautor</translation>
    </message>
    <message>
        <source>the publication list</source>
        <translation>die Publikationsliste</translation>
    </message>
    <message>
        <source>bibtex, biblatex, ris, csljson, csv, jsonl or markdown</source>
        <translation>bibtex, biblatex, ris, csljson, csv, jsonl oder markdown</translation>
    </message>
    <message>
        <source>write to FILE (atomically) instead of standard output</source>
        <translation>in FILE schreiben (atomar) statt in die Standardausgabe</translation>
    </message>
    <message>
        <source>BibTeX/BibLaTeX: LaTeX-escaped ASCII instead of UTF-8</source>
        <translation>BibTeX/BibLaTeX: LaTeX-maskiertes ASCII statt UTF-8</translation>
    </message>
    <message>
        <source>include abstracts</source>
        <translation>Abstracts einschließen</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen</translation>
    </message>
    <message>
        <source>fold each preprint into its published version</source>
        <translation>jeden Preprint in seine veröffentlichte Fassung einfalten</translation>
    </message>
    <message>
        <source>citation key pattern (default %1)</source>
        <translation>Muster für Zitierschlüssel (Standard %1)</translation>
    </message>
    <message>
        <source>export needs an AUTHOR</source>
        <translation>export braucht einen AUTHOR</translation>
    </message>
    <message>
        <source>export needs --format, one of: %1</source>
        <translation>export braucht --format, eines von: %1</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;; use one of: %2</source>
        <translation>unbekanntes Exportformat „%1“; verwenden Sie eines von: %2</translation>
    </message>
    <message>
        <source>peerscope: cannot read the cache: %1</source>
        <translation>peerscope: Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Exported %1 works to %2.</source>
        <translation>%1 Werke nach %2 exportiert.</translation>
    </message>
    <message>
        <source>the publication list for reference managers and spreadsheets</source>
        <translation>die Publikationsliste für Literaturverwaltungen und Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>1: co-authors; 2: also their co-authors</source>
        <translation>1: Koautoren; 2: auch deren Koautoren</translation>
    </message>
    <message>
        <source>weigh each shared work 1/(n-1) for n authors instead of 1</source>
        <translation>jedes gemeinsame Werk bei n Autoren mit 1/(n-1) statt 1 gewichten</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>in FILE statt in die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>the network as it was at the end of YEAR</source>
        <translation>das Netzwerk, wie es am Ende von YEAR war</translation>
    </message>
    <message>
        <source>community resolution (default 1; higher: smaller communities)</source>
        <translation>Auflösung der Gemeinschaften (Standard 1; höher: kleinere Gemeinschaften)</translation>
    </message>
    <message>
        <source>graph needs an AUTHOR</source>
        <translation>graph braucht einen AUTHOR</translation>
    </message>
    <message>
        <source>graph needs --format %1</source>
        <translation>graph braucht --format %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>unbekanntes Format „%1“; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>--hops must be 1 or 2</source>
        <translation>--hops muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>--year must be a year such as 2019</source>
        <translation>--year muss ein Jahr wie 2019 sein</translation>
    </message>
    <message>
        <source>--resolution must be a positive number</source>
        <translation>--resolution muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>peerscope: no cached works for %1; run &apos;peerscope sync %1&apos; first.</source>
        <translation>peerscope: keine Werke von %1 im Cache; führen Sie zuerst „peerscope sync %1“ aus.</translation>
    </message>
    <message>
        <source>peerscope: cannot write to standard output.</source>
        <translation>peerscope: Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>work IDs (comma-separated or repeated)</source>
        <translation>Werk-IDs (durch Kommas getrennt oder wiederholt)</translation>
    </message>
    <message>
        <source>why, kept with the correction</source>
        <translation>Begründung, wird mit der Korrektur gespeichert</translation>
    </message>
    <message>
        <source>name of the person split off</source>
        <translation>Name der abgetrennten Person</translation>
    </message>
    <message>
        <source>identity %1 needs one AUTHOR</source>
        <translation>identity %1 braucht genau einen AUTHOR</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <source>No likely duplicates of %1 in the cache.</source>
        <translation>Keine wahrscheinlichen Duplikate von %1 im Cache.</translation>
    </message>
    <message>
        <source>No sign that %1 conflates several people.</source>
        <translation>Kein Anzeichen, dass %1 mehrere Personen vermischt.</translation>
    </message>
    <message>
        <source>identity merge needs the primary AUTHOR and at least one more</source>
        <translation>identity merge braucht den primären AUTHOR und mindestens einen weiteren</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Mit %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>identity %1 needs one AUTHOR and --works</source>
        <translation>identity %1 braucht genau einen AUTHOR und --works</translation>
    </message>
    <message>
        <source>Split off as %1.</source>
        <translation>Abgetrennt als %1.</translation>
    </message>
    <message>
        <source>Excluded from %1.</source>
        <translation>Von %1 ausgeschlossen.</translation>
    </message>
    <message>
        <source>Undone (%1).</source>
        <translation>Rückgängig gemacht (%1).</translation>
    </message>
    <message>
        <source>Redone (%1).</source>
        <translation>Wiederhergestellt (%1).</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>unknown identity action &apos;%1&apos;</source>
        <translation>unbekannte identity-Aktion „%1“</translation>
    </message>
    <message>
        <source>peerscope: %1 needs the network, but --offline is set. Everything already synced stays available offline (search, show, works, export, graph).</source>
        <translation>peerscope: %1 braucht das Netzwerk, aber --offline ist gesetzt. Alles bereits Synchronisierte bleibt offline verfügbar (search, show, works, export, graph).</translation>
    </message>
    <message>
        <source>OpenAlex ID or ORCID</source>
        <translation>OpenAlex-ID oder ORCID</translation>
    </message>
    <message>
        <source>1: author, works, co-authors; 2: also the co-authors&apos; works</source>
        <translation>1: Autor, Werke, Koautoren; 2: auch die Werke der Koautoren</translation>
    </message>
    <message>
        <source>list all works again even if the author looks unchanged</source>
        <translation>alle Werke erneut abrufen, auch wenn der Autor unverändert scheint</translation>
    </message>
    <message>
        <source>sync needs exactly one AUTHOR (an OpenAlex ID or an ORCID)</source>
        <translation>sync braucht genau einen AUTHOR (eine OpenAlex-ID oder eine ORCID)</translation>
    </message>
    <message>
        <source>--depth must be 1 or 2</source>
        <translation>--depth muss 1 oder 2 sein</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>sync: OpenAlex asked us to slow down; waiting %1 s</source>
        <translation>sync: OpenAlex bittet um Verlangsamung; %1 s Wartezeit</translation>
    </message>
    <message>
        <source>sync: OpenAlex merged %1 into %2; the cache now uses %2 and still finds %1.</source>
        <translation>sync: OpenAlex hat %1 mit %2 zusammengeführt; der Cache verwendet jetzt %2 und findet auch %1.</translation>
    </message>
    <message>
        <source>sync: %1 is unchanged since the last sync (%2 API call).</source>
        <translation>sync: %1 ist seit der letzten Synchronisierung unverändert (%2 API-Aufruf).</translation>
    </message>
    <message>
        <source>search --remote</source>
        <translation>search --remote</translation>
    </message>
    <message>
        <source>peerscope: OpenAlex sent an answer that could not be read: %1</source>
        <translation>peerscope: OpenAlex hat eine Antwort gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>%1 OpenAlex matches (1 API call). Fetch one with &apos;peerscope sync ID&apos;.</source>
        <translation>%1 Treffer bei OpenAlex (1 API-Aufruf). Rufen Sie einen mit „peerscope sync ID“ ab.</translation>
    </message>
    <message>
        <source>matching authors on OpenAlex: id, name, works, citations, institution</source>
        <translation>passende Autoren bei OpenAlex: ID, Name, Werke, Zitationen, Einrichtung</translation>
    </message>
    <message>
        <source>%1 problem(s) above: that input was not imported; the cache keeps everything else.</source>
        <translation>%1 Problem(e) oben: diese Eingabe wurde nicht importiert; der Cache behält alles andere.</translation>
    </message>
    <message>
        <source>Importing: %1% of %2 MB read, %3 entities stored (file %4 of %5)</source>
        <translation>Import: %1 % von %2 MB gelesen, %3 Entitäten gespeichert (Datei %4 von %5)</translation>
    </message>
    <message>
        <source>OpenAlex JSON, JSON Lines or gzip JSON Lines files, or folders of them</source>
        <translation>OpenAlex-Dateien in JSON, JSON Lines oder gzip-komprimiertem JSON Lines, oder Ordner mit solchen Dateien</translation>
    </message>
    <message>
        <source>Skipped: %1 records without an OpenAlex id, %2 unreadable records, %3 files without entities, %4 records of other kinds, %5 records the cache refused.</source>
        <translation>Übersprungen: %1 Datensätze ohne OpenAlex-ID, %2 unlesbare Datensätze, %3 Dateien ohne Entitäten, %4 Datensätze anderer Art, %5 vom Cache abgelehnte Datensätze.</translation>
    </message>
    <message>
        <source>load OpenAlex records from files or folders: singletons, list pages, bare arrays, JSON Lines, gzip JSON Lines (the snapshot&apos;s part_NNN.gz)</source>
        <translation>OpenAlex-Datensätze aus Dateien oder Ordnern laden: Einzeldatensätze, Listenseiten, bloße Arrays, JSON Lines, gzip-komprimiertes JSON Lines (die part_NNN.gz des Snapshots)</translation>
    </message>
    <message>
        <source>peerscope: no API key set; without one OpenAlex allows only a very small daily budget. Set a free key with --api-key KEY or OPENALEX_API_KEY.</source>
        <translation>peerscope: kein API-Schlüssel gesetzt; ohne einen erlaubt OpenAlex nur ein sehr kleines Tageskontingent. Legen Sie mit --api-key KEY oder OPENALEX_API_KEY einen kostenlosen Schlüssel fest.</translation>
    </message>
    <message>
        <source>%1 API calls (%2 priced, %3)</source>
        <translation>%1 API-Aufrufe (%2 kostenpflichtig, %3)</translation>
    </message>
    <message>
        <source>fetch only the author record (free) and print what the sync would cost</source>
        <translation>nur den Autorendatensatz abrufen (kostenlos) und ausgeben, was die Synchronisierung kosten würde</translation>
    </message>
    <message>
        <source>sync: %1 record(s) without a usable OpenAlex ID were left out.</source>
        <translation>sync: ausgelassene Datensätze ohne brauchbare OpenAlex-ID: %1.</translation>
    </message>
    <message>
        <source>sync: %1 done: %2 works and %3 co-author profiles written, %4 changes, %5.</source>
        <translation>sync: %1 fertig: %2 Werke und %3 Koautorenprofile geschrieben, %4 Änderungen, %5.</translation>
    </message>
    <message>
        <source>sync: dry run for %1: nothing was listed (%2).</source>
        <translation>sync: Probelauf für %1: nichts wurde aufgelistet (%2).</translation>
    </message>
    <message>
        <source>(%1 used)</source>
        <translation>(verbraucht: %1)</translation>
    </message>
    <message>
        <source>The cache keeps everything synced so far; run the sync again to complete it. (%1 used)</source>
        <translation>Der Cache behält alles bisher Synchronisierte; führen Sie die Synchronisierung erneut aus, um sie abzuschließen. (verbraucht: %1)</translation>
    </message>
    <message>
        <source>budget takes no arguments</source>
        <translation>budget nimmt keine Argumente</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>OpenAlex budget today: %1</source>
        <translation>OpenAlex-Kontingent heute: %1</translation>
    </message>
    <message>
        <source>Used:                  %1</source>
        <translation>Verbraucht:                %1</translation>
    </message>
    <message>
        <source>Left:                  %1 (%2 list calls or %3 searches)</source>
        <translation>Übrig:                     %1 (%2 Listenaufrufe oder %3 Suchen)</translation>
    </message>
    <message>
        <source>Prepaid credit:        %1</source>
        <translation>Vorausbezahltes Guthaben:  %1</translation>
    </message>
    <message>
        <source>Resets:                %1 UTC (in %2 h %3 min)</source>
        <translation>Zurücksetzung:             %1 UTC (in %2 h %3 min)</translation>
    </message>
    <message>
        <source>Today&apos;s budget is spent: list and search calls wait for the reset; single records are still free.</source>
        <translation>Das heutige Kontingent ist aufgebraucht: Listen- und Suchaufrufe warten auf die Zurücksetzung; einzelne Datensätze bleiben kostenlos.</translation>
    </message>
    <message>
        <source>Single records are free; a list call costs %1, a search %2.</source>
        <translation>Einzelne Datensätze sind kostenlos; ein Listenaufruf kostet %1, eine Suche %2.</translation>
    </message>
    <message>
        <source>today&apos;s OpenAlex budget, what is left, when it resets</source>
        <translation>das heutige OpenAlex-Kontingent, was davon übrig ist, wann es zurückgesetzt wird</translation>
    </message>
    <message>
        <source>cannot read the trust evidence: %1</source>
        <translation>Die Belege für Vertrauen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>profile: identity, ids, affiliations, metrics, trust, topics, collaborators</source>
        <translation>Profil: Identität, IDs, Zugehörigkeiten, Kennzahlen, Vertrauen, Themen, Mitarbeitende</translation>
    </message>
    <message>
        <source>peerscope: cannot write the export: -o needs a file name</source>
        <translation>peerscope: Der Export kann nicht geschrieben werden: -o braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>peerscope: could not read the cache to build the network: %1</source>
        <translation>peerscope: Der Cache konnte nicht gelesen werden, um das Netzwerk zu erstellen: %1</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Trust %1 · %2</source>
        <translation>Vertrauen %1 · %2</translation>
    </message>
    <message>
        <source>Verification %1 · %2</source>
        <translation>Verifizierung %1 · %2</translation>
    </message>
    <message>
        <source>No conflation or duplicate warnings.</source>
        <translation>Keine Warnungen vor Verwechslungen oder Duplikaten.</translation>
    </message>
    <message>
        <source>compare: peerscope show %1</source>
        <translation>zum Vergleich: peerscope show %1</translation>
    </message>
    <message>
        <source>peerscope: could not read the cache to find &apos;%1&apos;: %2</source>
        <translation>peerscope: Der Cache konnte nicht gelesen werden, um „%1“ zu finden: %2</translation>
    </message>
    <message>
        <source>%1 takes an AUTHOR or --works, not both</source>
        <translation>%1 nimmt einen AUTHOR oder --works, nicht beides</translation>
    </message>
    <message>
        <source>%1 needs an AUTHOR or --works W1,W2,…</source>
        <translation>%1 braucht einen AUTHOR oder --works W1,W2,…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenAlex work ID (W…)</source>
        <translation>„%1“ ist keine OpenAlex-Werk-ID (W…)</translation>
    </message>
    <message>
        <source>--works needs at least one work ID</source>
        <translation>--works braucht mindestens eine Werk-ID</translation>
    </message>
    <message>
        <source>peerscope: cannot read the works from the cache: %1</source>
        <translation>peerscope: Die Werke können nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>peerscope: not in the cache: %1. Import or sync the works first (&apos;peerscope import FILE&apos; or &apos;peerscope sync AUTHOR&apos;).</source>
        <translation>peerscope: nicht im Cache: %1. Importieren oder synchronisieren Sie die Werke zuerst („peerscope import FILE“ oder „peerscope sync AUTHOR“).</translation>
    </message>
    <message>
        <source>peerscope: could not read the citations: %1</source>
        <translation>peerscope: Die Zitationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>data: seeds: %1; with a reference list: %2; without reference data: %3 (OpenAlex lists none, which is not &quot;cites nothing&quot;); reference list never fetched: %4</source>
        <translation>Daten: Ausgangswerke: %1; mit Literaturliste: %2; ohne Literaturdaten: %3 (OpenAlex führt keine auf, was nicht „zitiert nichts“ bedeutet); Literaturliste nie abgerufen: %4</translation>
    </message>
    <message>
        <source>      references from the seeds: %1; to cached works: %2 (%3%); dangling: %4 (distinct IDs not in the cache: %5)</source>
        <translation>      Referenzen der Ausgangswerke: %1; auf Werke im Cache: %2 (%3%); unaufgelöst: %4 (verschiedene IDs nicht im Cache: %5)</translation>
    </message>
    <message>
        <source>; self-citations left out: %1</source>
        <translation>; ausgelassene Selbstzitationen: %1</translation>
    </message>
    <message>
        <source>      known citing works: %1; seeds whose citing works were listed: %2 of %3</source>
        <translation>      bekannte zitierende Werke: %1; Ausgangswerke, deren zitierende Werke aufgelistet wurden: %2 von %3</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <source>cited seeds whose citing works were never fetched: %1; </source>
        <translation>zitierte Ausgangswerke, deren zitierende Werke nie abgerufen wurden: %1; </translation>
    </message>
    <message>
        <source>run &apos;peerscope sync %1 --citations&apos; to fetch references and citing works</source>
        <translation>führen Sie „peerscope sync %1 --citations“ aus, um Referenzen und zitierende Werke abzurufen</translation>
    </message>
    <message>
        <source>(not cached)</source>
        <translation>(nicht im Cache)</translation>
    </message>
    <message>
        <source>cited by seeds</source>
        <translation>von Ausgangswerken zitiert</translation>
    </message>
    <message>
        <source>seeds cited</source>
        <translation>zitierte Ausgangswerke</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>first author</source>
        <translation>Erstautor</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>shared references</source>
        <translation>gemeinsame Referenzen</translation>
    </message>
    <message>
        <source>shared citing works</source>
        <translation>gemeinsame zitierende Werke</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>the seed works instead of an author&apos;s</source>
        <translation>die Ausgangswerke statt der Werke eines Autors</translation>
    </message>
    <message>
        <source>the works the seeds cite, by how many seeds cite them</source>
        <translation>die von den Ausgangswerken zitierten Werke, danach, von wie vielen Ausgangswerken sie zitiert werden</translation>
    </message>
    <message>
        <source>the works citing the seeds, by how many seeds they cite</source>
        <translation>die Werke, die die Ausgangswerke zitieren, danach, wie viele Ausgangswerke sie zitieren</translation>
    </message>
    <message>
        <source>pairs of seeds sharing references (bibliographic coupling)</source>
        <translation>Paare von Ausgangswerken mit gemeinsamen Referenzen (bibliographische Kopplung)</translation>
    </message>
    <message>
        <source>pairs of seeds cited together (co-citation)</source>
        <translation>Paare von Ausgangswerken, die gemeinsam zitiert werden (Kozitation)</translation>
    </message>
    <message>
        <source>coupling and co-citation: count (default), salton, jaccard or association</source>
        <translation>Kopplung und Kozitation: count (Standard), salton, jaccard oder association</translation>
    </message>
    <message>
        <source>at most N rows (default 50; all with --json)</source>
        <translation>höchstens N Zeilen (Standard 50; alle mit --json)</translation>
    </message>
    <message>
        <source>citations needs exactly one of --foundations, --followups, --coupling, --cocitation</source>
        <translation>citations braucht genau eine von --foundations, --followups, --coupling, --cocitation</translation>
    </message>
    <message>
        <source>--measure goes with --coupling or --cocitation</source>
        <translation>--measure gehört zu --coupling oder --cocitation</translation>
    </message>
    <message>
        <source>unknown measure &apos;%1&apos;; use count, salton, jaccard or association</source>
        <translation>unbekanntes Maß „%1“; verwenden Sie count, salton, jaccard oder association</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>No references of the seed works are stored.</source>
        <translation>Von den Ausgangswerken sind keine Referenzen gespeichert.</translation>
    </message>
    <message>
        <source>No cached work cites the seed works.</source>
        <translation>Kein Werk im Cache zitiert die Ausgangswerke.</translation>
    </message>
    <message>
        <source>… %1 more (--limit N to see more)</source>
        <translation>… %1 weitere (--limit N, um mehr zu sehen)</translation>
    </message>
    <message>
        <source>No two seed works share a reference.</source>
        <translation>Keine zwei Ausgangswerke haben eine gemeinsame Referenz.</translation>
    </message>
    <message>
        <source>No work is known to cite two of the seed works.</source>
        <translation>Von keinem Werk ist bekannt, dass es zwei der Ausgangswerke zitiert.</translation>
    </message>
    <message>
        <source>what the works build on, what builds on them, and which of them belong together</source>
        <translation>worauf die Werke aufbauen, was auf ihnen aufbaut und welche von ihnen zusammengehören</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>--measure goes with --kind coupling or cocitation</source>
        <translation>--measure gehört zu --kind coupling oder cocitation</translation>
    </message>
    <message>
        <source>%1 works and %2 links</source>
        <translation>%1 Werke und %2 Verbindungen</translation>
    </message>
    <message>
        <source>could not produce the %1 output</source>
        <translation>die Ausgabe %1 konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>citations, coupling, cocitation: these works instead of an author&apos;s</source>
        <translation>citations, coupling, cocitation: diese Werke statt der Werke eines Autors</translation>
    </message>
    <message>
        <source>coupling, cocitation: count, salton, jaccard or association (default)</source>
        <translation>coupling, cocitation: count, salton, jaccard oder association (Standard)</translation>
    </message>
    <message>
        <source>--works and --measure go with --kind citations, coupling or cocitation</source>
        <translation>--works und --measure gehören zu --kind citations, coupling oder cocitation</translation>
    </message>
    <message>
        <source>--hops, --fractional and --year go with --kind coauthors</source>
        <translation>--hops, --fractional und --year gehören zu --kind coauthors</translation>
    </message>
    <message>
        <source>%1 authors and %2 links</source>
        <translation>%1 Autoren und %2 Verbindungen</translation>
    </message>
    <message>
        <source>could not read the cache: %1</source>
        <translation>der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 API calls (%2 priced: %3 for references, %4 for citing works; %5)</source>
        <translation>%1 API-Aufrufe (%2 kostenpflichtig: %3 für Referenzen, %4 für zitierende Werke; %5)</translation>
    </message>
    <message>
        <source>sync: citations of %1: %2 referenced works fetched, %3 unknown to OpenAlex (not asked again for 30 days); %4 citing works fetched, %5 of them citing none of their batch&apos;s works by their own reference list; %6 works&apos; citing lists done (%7 complete without a call), %8 left for the next run; %9.</source>
        <translation>sync: Zitationen von %1: %2 referenzierte Werke abgerufen, %3 OpenAlex unbekannt (30 Tage lang nicht erneut angefragt); %4 zitierende Werke abgerufen, davon %5, die laut eigener Literaturliste keines der Werke ihres Stapels zitieren; Listen zitierender Werke für %6 Werke erledigt (%7 ohne Aufruf vollständig), %8 für den nächsten Lauf übrig; %9.</translation>
    </message>
    <message>
        <source>The cache keeps everything fetched; run the sync again to complete the citations.</source>
        <translation>Der Cache behält alles Abgerufene; führen Sie die Synchronisierung erneut aus, um die Zitationen zu vervollständigen.</translation>
    </message>
    <message>
        <source>then fetch the works the author&apos;s works reference and the works citing them</source>
        <translation>danach die von den Werken des Autors referenzierten Werke und die sie zitierenden Werke abrufen</translation>
    </message>
    <message>
        <source>author + all works + co-author profiles into the cache; progress on stderr; --citations: also references and citing works; --dry-run: only the estimate</source>
        <translation>Autor + alle Werke + Koautorenprofile in den Cache; Fortschritt auf stderr; --citations: auch Referenzen und zitierende Werke; --dry-run: nur die Schätzung</translation>
    </message>
    <message>
        <source>peerscope: could not read the cache to build the map: %1</source>
        <translation>peerscope: Der Cache konnte nicht gelesen werden, um die Karte zu erstellen: %1</translation>
    </message>
    <message>
        <source>%1 nodes and %2 links</source>
        <translation>%1 Knoten und %2 Verbindungen</translation>
    </message>
    <message>
        <source>coauthors (default), context, citations, coupling or cocitation</source>
        <translation>coauthors (Standard), context, citations, coupling oder cocitation</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; use coauthors, context, citations, coupling or cocitation</source>
        <translation>unbekannte Art „%1“; verwenden Sie coauthors, context, citations, coupling oder cocitation</translation>
    </message>
    <message>
        <source>--resolution goes with --kind coauthors, citations, coupling or cocitation</source>
        <translation>--resolution gehört zu --kind coauthors, citations, coupling oder cocitation</translation>
    </message>
    <message>
        <source>the co-author network, the context map (works, co-authors, institutions, topics, sources), the citation network or a coupling or co-citation map of the works, for Gephi, VOSviewer, Graphviz, a spreadsheet, or as a picture</source>
        <translation>das Koautorennetzwerk, die Kontextkarte (Werke, Koautoren, Einrichtungen, Themen, Quellen), das Zitationsnetzwerk oder eine Kopplungs- oder Kozitationskarte der Werke, für Gephi, VOSviewer, Graphviz, eine Tabellenkalkulation oder als Bild</translation>
    </message>
    <message>
        <source>conflict: you want to %1</source>
        <translation>Konflikt: Sie wollen %1</translation>
    </message>
    <message>
        <source>, because: &quot;%1&quot;</source>
        <translation>, weil: „%1“</translation>
    </message>
    <message>
        <source>but in effect:</source>
        <translation>aber in Kraft ist:</translation>
    </message>
    <message>
        <source>Nothing was written. Run it again with --on-conflict theirs to keep what is in effect (yours is logged as declined, with your reason), or --on-conflict mine to apply yours (theirs stays in the log, superseded).</source>
        <translation>Es wurde nichts geschrieben. Führen Sie den Befehl mit --on-conflict theirs erneut aus, um das Geltende zu behalten (Ihre Korrektur wird mit Ihrer Begründung als abgelehnt protokolliert), oder mit --on-conflict mine, um Ihre anzuwenden (die andere bleibt als ersetzt im Protokoll).</translation>
    </message>
    <message>
        <source>Kept what is in effect; yours is logged as declined (action %1).</source>
        <translation>Das Geltende wurde behalten; Ihre Korrektur ist als abgelehnt protokolliert (Aktion %1).</translation>
    </message>
    <message>
        <source>suggest, conflation, merge, distinct, split, exclude, list, undo or redo</source>
        <translation>suggest, conflation, merge, distinct, split, exclude, list, undo oder redo</translation>
    </message>
    <message>
        <source>when it contradicts a correction in effect: ask (default: write nothing and show both), theirs or mine</source>
        <translation>wenn sie einer geltenden Korrektur widerspricht: ask (Standard: nichts schreiben und beide zeigen), theirs oder mine</translation>
    </message>
    <message>
        <source>identity needs an action: suggest, conflation, merge, distinct, split, exclude, list, undo, redo</source>
        <translation>identity braucht eine Aktion: suggest, conflation, merge, distinct, split, exclude, list, undo, redo</translation>
    </message>
    <message>
        <source>--on-conflict takes ask, theirs or mine, not &apos;%1&apos;</source>
        <translation>--on-conflict nimmt ask, theirs oder mine, nicht „%1“</translation>
    </message>
    <message>
        <source>identity distinct needs an AUTHOR and at least one record that is someone else</source>
        <translation>identity distinct braucht einen AUTHOR und mindestens einen Datensatz einer anderen Person</translation>
    </message>
    <message>
        <source>Kept apart from %1.</source>
        <translation>Von %1 getrennt gehalten.</translation>
    </message>
    <message>
        <source>declined for %1</source>
        <translation>abgelehnt zugunsten von %1</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>ersetzt durch %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>find duplicate or conflated records and correct them (merge A B, distinct A B, split A --works W...)</source>
        <translation>doppelte oder vermengte Datensätze finden und korrigieren (merge A B, distinct A B, split A --works W...)</translation>
    </message>
    <message>
        <source>No note on %1.</source>
        <translation>Keine Notiz zu %1.</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation>Version %1, %2 von %3</translation>
    </message>
    <message>
        <source>an author, person or work ID</source>
        <translation>eine Autoren-, Personen- oder Werk-ID</translation>
    </message>
    <message>
        <source>write this text as the note</source>
        <translation>diesen Text als Notiz schreiben</translation>
    </message>
    <message>
        <source>the version you are replacing (refused if someone saved since)</source>
        <translation>die Version, die Sie ersetzen (abgelehnt, wenn inzwischen jemand gespeichert hat)</translation>
    </message>
    <message>
        <source>note needs one ID</source>
        <translation>note braucht eine ID</translation>
    </message>
    <message>
        <source>--over takes a version number, as &apos;note ID&apos; prints it</source>
        <translation>--over nimmt eine Versionsnummer, wie „note ID“ sie ausgibt</translation>
    </message>
    <message>
        <source>--over goes with --set</source>
        <translation>--over gehört zu --set</translation>
    </message>
    <message>
        <source>cannot write to the cache: %1 %2</source>
        <translation>Der Cache kann nicht beschrieben werden: %1 %2</translation>
    </message>
    <message>
        <source>conflict: the note on %1 changed since version %2; it is now:</source>
        <translation>Konflikt: Die Notiz zu %1 hat sich seit Version %2 geändert; sie lautet jetzt:</translation>
    </message>
    <message>
        <source>Nothing was written. To replace it, run again with --over %1.</source>
        <translation>Es wurde nichts geschrieben. Um sie zu ersetzen, führen Sie den Befehl mit --over %1 erneut aus.</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>Gespeichert (Version %1).</translation>
    </message>
    <message>
        <source>read or write the shared note on a person or work</source>
        <translation>die geteilte Notiz zu einer Person oder einem Werk lesen oder schreiben</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The key pattern has an unclosed &apos;[&apos;.</source>
        <translation>Im Schlüsselmuster fehlt die schließende Klammer zu „[“.</translation>
    </message>
    <message>
        <source>Unknown key pattern field [%1]. Known: [auth] [authN] [authors] [authorsN] [year] [title] [shorttitle] [veryshorttitle] [firstpage] [lastpage] [openalex], optionally with :lower or :upper.</source>
        <translation>Unbekanntes Feld im Schlüsselmuster [%1]. Bekannt: [auth] [authN] [authors] [authorsN] [year] [title] [shorttitle] [veryshorttitle] [firstpage] [lastpage] [openalex], wahlweise mit :lower oder :upper.</translation>
    </message>
    <message>
        <source>This export format is not available.</source>
        <translation>Dieses Exportformat ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. The previous file, if any, is unchanged.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2. Die vorherige Datei, falls vorhanden, ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot read the pinned citation keys from the cache: %1. Nothing was exported.</source>
        <translation>Die festgelegten Zitierschlüssel können nicht aus dem Cache gelesen werden: %1. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>Es wurde nichts exportiert: %1.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>same name key &quot;%1&quot;</source>
        <translation>gleicher Namensschlüssel „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n shared co-author(s): %1</source>
        <translation>
            <numerusform>%n gemeinsamer Koautor: %1</numerusform>
            <numerusform>%n gemeinsame Koautoren: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared institution(s): %1</source>
        <translation>
            <numerusform>%n gemeinsame Einrichtung: %1</numerusform>
            <numerusform>%n gemeinsame Einrichtungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared topic(s): %1</source>
        <translation>
            <numerusform>%n gemeinsames Thema: %1</numerusform>
            <numerusform>%n gemeinsame Themen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ORCID %1 on %n work(s)</source>
        <translation>
            <numerusform>ORCID %1 bei %n Werk</numerusform>
            <numerusform>ORCID %1 bei %n Werken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work(s)</source>
        <translation>
            <numerusform>%1: %n Werk</numerusform>
            <numerusform>%1: %n Werke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3) and %4 (%5), no shared co-authors</source>
        <translation>%1: %2 (%3) und %4 (%5), keine gemeinsamen Koautoren</translation>
    </message>
    <message>
        <source>%1 is not in the cache; sync it first.</source>
        <translation>%1 ist nicht im Cache; synchronisieren Sie es zuerst.</translation>
    </message>
    <message>
        <source>Name at least one record to merge into %1.</source>
        <translation>Nennen Sie mindestens einen Datensatz, der mit %1 zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>%1 is already part of %2.</source>
        <translation>%1 ist bereits Teil von %2.</translation>
    </message>
    <message>
        <source>%1 is a person you split off; undo that split instead of merging it back.</source>
        <translation>%1 ist eine Person, die Sie abgetrennt haben; machen Sie diese Abtrennung rückgängig, statt sie wieder zusammenzuführen.</translation>
    </message>
    <message>
        <source>Cannot record the merge: %1</source>
        <translation>Die Zusammenführung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Name the works to split off with --works.</source>
        <translation>Nennen Sie die abzutrennenden Werke mit --works.</translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s works.</source>
        <translation>%1 ist keines der Werke von %2.</translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation>%1 (abgetrennt)</translation>
    </message>
    <message>
        <source>Cannot record the split: %1</source>
        <translation>Die Abtrennung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not in the cache.</source>
        <translation>%1 ist nicht im Cache.</translation>
    </message>
    <message>
        <source>Name the works to exclude with --works.</source>
        <translation>Nennen Sie die auszuschließenden Werke mit --works.</translation>
    </message>
    <message>
        <source>Cannot record the exclusion: %1</source>
        <translation>Der Ausschluss kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>Wiederherstellen nicht möglich: %1</translation>
    </message>
    <message>
        <source>ORCID %1 on the author record, on no cached work</source>
        <translation>ORCID %1 im Autorendatensatz, bei keinem Werk im Cache</translation>
    </message>
    <message numerus="yes">
        <source>Possible conflation: %n different ORCIDs on this record&apos;s works (%1)</source>
        <translation>
            <numerusform>Mögliche Verwechslung: %n verschiedene ORCID bei den Werken dieses Datensatzes (%1)</numerusform>
            <numerusform>Mögliche Verwechslung: %n verschiedene ORCIDs bei den Werken dieses Datensatzes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>ORCIDs on the cached authorships</source>
        <translation>ORCIDs in den Autorschaften im Cache</translation>
    </message>
    <message>
        <source>Possible conflation: %1 works in %2; more than %3 a year is implausible for one person</source>
        <translation>Mögliche Verwechslung: %1 Werke in %2; mehr als %3 pro Jahr ist für eine Person unplausibel</translation>
    </message>
    <message>
        <source>OpenAlex&apos;s yearly counts and the cached works</source>
        <translation>Zahlen pro Jahr von OpenAlex und Werke im Cache</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>no co-author in common</source>
        <translation>kein gemeinsamer Koautor</translation>
    </message>
    <message>
        <source>Possible conflation: works in %1 with no co-author in common</source>
        <translation>Mögliche Verwechslung: Werke in %1 ohne gemeinsamen Koautor</translation>
    </message>
    <message>
        <source>primary topics and co-authors of the cached works</source>
        <translation>Hauptthemen und Koautoren der Werke im Cache</translation>
    </message>
    <message numerus="yes">
        <source>Possible conflation: affiliations in different countries in the same year, with separate co-authors, in %n year(s)</source>
        <translation>
            <numerusform>Mögliche Verwechslung: Zugehörigkeiten in verschiedenen Ländern im selben Jahr, mit getrennten Koautoren, in %n Jahr</numerusform>
            <numerusform>Mögliche Verwechslung: Zugehörigkeiten in verschiedenen Ländern im selben Jahr, mit getrennten Koautoren, in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>institutions and co-authors of the cached authorships</source>
        <translation>Einrichtungen und Koautoren der Autorschaften im Cache</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Rückgängigmachen nicht möglich: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 merged %2 into %3</source>
        <translation>%1 hat %2 mit %3 zusammengeführt</translation>
    </message>
    <message>
        <source>%1 said %2 and %3 are two people</source>
        <translation>%1 hat erklärt, dass %2 und %3 zwei Personen sind</translation>
    </message>
    <message>
        <source>%1 split %2 off %3 as %4</source>
        <translation>%1 hat %2 von %3 als %4 abgetrennt</translation>
    </message>
    <message>
        <source>%1 excluded %2 from %3</source>
        <translation>%1 hat %2 von %3 ausgeschlossen</translation>
    </message>
    <message>
        <source> on %1 (action %2)</source>
        <translation> am %1 (Aktion %2)</translation>
    </message>
    <message>
        <source>: &quot;%1&quot;</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <source>Name at least one record that is someone other than %1.</source>
        <translation>Nennen Sie mindestens einen Datensatz einer anderen Person als %1.</translation>
    </message>
    <message>
        <source>Cannot record that they are two people: %1</source>
        <translation>Es kann nicht festgehalten werden, dass es zwei Personen sind: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are the same record.</source>
        <translation>%1 und %2 sind derselbe Datensatz.</translation>
    </message>
    <message numerus="yes">
        <source>This contradicts %n correction(s) in effect.</source>
        <translation>
            <numerusform>Das widerspricht %n geltenden Korrektur.</numerusform>
            <numerusform>Das widerspricht %n geltenden Korrekturen.</numerusform>
        </translation>
    </message>
    <message>
        <source>merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>say %1 and %2 are two people</source>
        <translation>erklären, dass %1 und %2 zwei Personen sind</translation>
    </message>
    <message>
        <source>None of these works is %1&apos;s any more: someone split or excluded them meanwhile.</source>
        <translation>Keines dieser Werke gehört mehr zu %1: Jemand hat sie inzwischen abgetrennt oder ausgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot redo: it contradicts %n correction(s) made since.</source>
        <translation>
            <numerusform>Wiederherstellen nicht möglich: Es widerspricht %n seither gemachten Korrektur.</numerusform>
            <numerusform>Wiederherstellen nicht möglich: Es widerspricht %n seither gemachten Korrekturen.</numerusform>
        </translation>
    </message>
    <message>
        <source>redo action %1</source>
        <translation>Aktion %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>peerscope: no display found (DISPLAY is not set), so the window cannot open. Here is the demo profile instead; see &apos;peerscope --help&apos; for the command line.</source>
        <translation>peerscope: keine Anzeige gefunden (DISPLAY ist nicht gesetzt), daher kann das Fenster nicht geöffnet werden. Hier stattdessen das Demoprofil; siehe „peerscope --help“ für die Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>peerscope::ApiKeyStore</name>
    <message>
        <source>no D-Bus session</source>
        <translation>keine D-Bus-Sitzung</translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>Der API-Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain answered (%1), so the API key is stored in %2, readable only by you.</source>
        <translation>Kein Schlüsselbund des Systems hat geantwortet (%1), daher ist der API-Schlüssel in %2 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is stored in %1, readable only by you.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, daher ist der API-Schlüssel in %1 gespeichert, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The system keychain did not give out the API key: %1</source>
        <translation>Der Schlüsselbund des Systems hat den API-Schlüssel nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>The system keychain refused the API key: %1</source>
        <translation>Der Schlüsselbund des Systems hat den API-Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>The API key file %1 could not be read: %2</source>
        <translation>Die API-Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The API key file %1 could not be removed.</source>
        <translation>Die API-Schlüsseldatei %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The folder for the API key file %1 could not be created.</source>
        <translation>Der Ordner für die API-Schlüsseldatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The API key file %1 could not be written: %2</source>
        <translation>Die API-Schlüsseldatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>peerscope::AuthorNavigator</name>
    <message>
        <source>%1 has no OpenAlex author ID, so there is no profile to open.</source>
        <translation>%1 hat keine OpenAlex-Autoren-ID, daher gibt es kein Profil zum Öffnen.</translation>
    </message>
    <message>
        <source>%1 is not in the cache, and Peerscope is offline. Connect to the internet and sync this author to see the profile.</source>
        <translation>%1 ist nicht im Cache und Peerscope ist offline. Verbinden Sie sich mit dem Internet und synchronisieren Sie diesen Autor, um das Profil zu sehen.</translation>
    </message>
    <message>
        <source>Fetching %1 from OpenAlex. The profile opens as soon as it has arrived.</source>
        <translation>%1 wird von OpenAlex abgerufen. Das Profil öffnet sich, sobald es angekommen ist.</translation>
    </message>
    <message>
        <source>%1 is not in the cache yet. Sync to fetch the profile and works from OpenAlex.</source>
        <translation>%1 ist noch nicht im Cache. Synchronisieren Sie, um Profil und Werke von OpenAlex abzurufen.</translation>
    </message>
</context>
<context>
    <name>peerscope::AuthorSync</name>
    <message>
        <source>The sync was cancelled. Everything written so far is consistent; the next sync completes it.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Alles bisher Geschriebene ist konsistent; die nächste Synchronisierung vervollständigt es.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenAlex author ID or an ORCID.</source>
        <translation>„%1“ ist weder eine OpenAlex-Autoren-ID noch eine ORCID.</translation>
    </message>
    <message>
        <source>OpenAlex redirected the author to an unexpected address.</source>
        <translation>OpenAlex hat den Autor an eine unerwartete Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>OpenAlex sent an author record that could not be read: %1</source>
        <translation>OpenAlex hat einen Autorendatensatz gesendet, der nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent a works page that could not be read: %1</source>
        <translation>OpenAlex hat eine Seite mit Werken gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent a work that could not be read: %1</source>
        <translation>OpenAlex hat ein Werk gesendet, das nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent an author page that could not be read: %1</source>
        <translation>OpenAlex hat eine Seite mit Autoren gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>Could not write to the cache: %1</source>
        <translation>Konnte nicht in den Cache schreiben: %1</translation>
    </message>
    <message>
        <source>The author looks unchanged since the last sync: no list call, nothing to pay (1 free call).</source>
        <translation>Der Autor scheint seit der letzten Synchronisierung unverändert: kein Listenaufruf, nichts zu bezahlen (1 kostenloser Aufruf).</translation>
    </message>
    <message numerus="yes">
        <source>works list: %n call(s)</source>
        <translation>
            <numerusform>Werkliste: %n Aufruf</numerusform>
            <numerusform>Werkliste: %n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed works: up to %n call(s)</source>
        <translation>
            <numerusform>geänderte Werke: bis zu %n Aufruf</numerusform>
            <numerusform>geänderte Werke: bis zu %n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-author profiles: about %n call(s)</source>
        <translation>
            <numerusform>Koautorenprofile: etwa %n Aufruf</numerusform>
            <numerusform>Koautorenprofile: etwa %n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-author profiles: %n call(s)</source>
        <translation>
            <numerusform>Koautorenprofile: %n Aufruf</numerusform>
            <numerusform>Koautorenprofile: %n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-authors&apos; works: about %n call(s)</source>
        <translation>
            <numerusform>Werke der Koautoren: etwa %n Aufruf</numerusform>
            <numerusform>Werke der Koautoren: etwa %n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex budget spent for today</source>
        <translation>OpenAlex-Kontingent für heute aufgebraucht</translation>
    </message>
    <message>
        <source>OpenAlex: %1 of %2 left today</source>
        <translation>OpenAlex: heute noch %1 von %2</translation>
    </message>
    <message>
        <source>OpenAlex: %1 left today</source>
        <translation>OpenAlex: heute noch %1</translation>
    </message>
    <message>
        <source> (+ %1 prepaid)</source>
        <translation> (+ %1 Guthaben)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>, resets %1 UTC (in %2)</source>
        <translation>, Zurücksetzung um %1 UTC (in %2)</translation>
    </message>
    <message>
        <source>OpenAlex redirected the work %1 to an unexpected address.</source>
        <translation>OpenAlex hat das Werk %1 an eine unerwartete Adresse umgeleitet.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: %n list call(s), %1 (%2 works; %3). Single records are free.</source>
        <translation>
            <numerusform>Geschätzte Kosten: %n Listenaufruf, %1 (%2 Werke; %3). Einzelne Datensätze sind kostenlos.</numerusform>
            <numerusform>Geschätzte Kosten: %n Listenaufrufe, %1 (%2 Werke; %3). Einzelne Datensätze sind kostenlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>works</source>
        <translation>Werke</translation>
    </message>
    <message>
        <source>full author lists</source>
        <translation>vollständige Autorenlisten</translation>
    </message>
    <message>
        <source>co-author profiles</source>
        <translation>Koautorenprofile</translation>
    </message>
    <message>
        <source>co-authors&apos; works</source>
        <translation>Werke der Koautoren</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3 · %n API call(s), %4</source>
        <translation>
            <numerusform>%1 %2 von %3 · %n API-Aufruf, %4</numerusform>
            <numerusform>%1 %2 von %3 · %n API-Aufrufe, %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::Cache</name>
    <message>
        <source>
The team server %1 may be down or out of reach: everything written before this step is kept, and nothing half-written is. Run the same command again once the server answers; it goes on where this one stopped.</source>
        <translation>
Der Teamserver %1 ist womöglich ausgefallen oder nicht erreichbar: Alles, was vor diesem Schritt geschrieben wurde, bleibt erhalten, halb Geschriebenes nicht. Führen Sie denselben Befehl erneut aus, sobald der Server antwortet; er macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>peerscope::CacheMover</name>
    <message>
        <source>The cache is not open, so it cannot be moved.</source>
        <translation>Der Cache ist nicht geöffnet und kann daher nicht verschoben werden.</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose a new file name for the cache.</source>
        <translation>Unter %1 gibt es bereits eine Datei. Wählen Sie einen neuen Dateinamen für den Cache.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The cache could not be prepared for moving: %1</source>
        <translation>Der Cache konnte nicht für das Verschieben vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The cache is busy (a sync may be writing). Wait for it to finish, then move the cache.</source>
        <translation>Der Cache ist belegt (möglicherweise schreibt gerade eine Synchronisierung). Warten Sie, bis sie fertig ist, und verschieben Sie den Cache dann.</translation>
    </message>
    <message>
        <source>The cache could not be copied to %1. Check that there is enough space and that you may write there.</source>
        <translation>Der Cache konnte nicht nach %1 kopiert werden. Prüfen Sie, ob genug Platz vorhanden ist und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The copy at %1 did not match the cache, so the cache stays where it was.</source>
        <translation>Die Kopie unter %1 stimmte nicht mit dem Cache überein, daher bleibt der Cache, wo er war.</translation>
    </message>
    <message>
        <source>The cache changed while it was being copied, so it stays where it was. Move it again.</source>
        <translation>Der Cache hat sich während des Kopierens geändert, daher bleibt er, wo er war. Verschieben Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The moved cache could not be opened (%1), so the cache stays where it was.</source>
        <translation>Der verschobene Cache konnte nicht geöffnet werden (%1), daher bleibt der Cache, wo er war.</translation>
    </message>
    <message>
        <source>The cache is being moved already.</source>
        <translation>Der Cache wird bereits verschoben.</translation>
    </message>
    <message>
        <source>The cache is on a team server, so there is no file to move.</source>
        <translation>Der Cache liegt auf einem Teamserver; es gibt keine Datei zum Verschieben.</translation>
    </message>
</context>
<context>
    <name>peerscope::CacheTask</name>
    <message>
        <source>Could not open the cache on a second connection (%1). Try again; if it persists, check the cache file in Settings.</source>
        <translation>Der Cache konnte nicht über eine zweite Verbindung geöffnet werden (%1). Versuchen Sie es erneut; wenn das Problem bleibt, prüfen Sie die Cache-Datei in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>peerscope::ChangeFeedModel</name>
    <message>
        <source>%1 has a new work: “%2”</source>
        <translation>%1 hat ein neues Werk: „%2“</translation>
    </message>
    <message>
        <source>“%1” by %2 went from %3 to %4 citations</source>
        <translation>„%1“ von %2 stieg von %3 auf %4 Zitationen</translation>
    </message>
    <message>
        <source>%1 has a new co-author: %2</source>
        <translation>%1 hat einen neuen Koautor: %2</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 ist von %2 zu %3 gewechselt</translation>
    </message>
    <message>
        <source>no known institution</source>
        <translation>keine bekannte Einrichtung</translation>
    </message>
    <message>
        <source>OpenAlex no longer lists “%1” for %2</source>
        <translation>OpenAlex führt „%1“ nicht mehr für %2</translation>
    </message>
    <message>
        <source>OpenAlex merged %1 into %2</source>
        <translation>OpenAlex hat %1 mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 geändert</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
    <message>
        <source>Found by the sync of %1</source>
        <translation>Gefunden bei der Synchronisierung von %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>Das Änderungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot mark the change read: %1</source>
        <translation>Die Änderung kann nicht als gelesen markiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot mark the changes read: %1</source>
        <translation>Die Änderungen können nicht als gelesen markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>peerscope::CitationGraph</name>
    <message>
        <source>Citations among the seed works (%1), the works they cite and the works citing them</source>
        <translation>Zitationen zwischen den Ausgangswerken (%1), den von ihnen zitierten Werken und den sie zitierenden Werken</translation>
    </message>
    <message>
        <source>Bibliographic coupling of the seed works (%1) by shared references; link strength: %2</source>
        <translation>Bibliographische Kopplung der Ausgangswerke (%1) über gemeinsame Referenzen; Verbindungsstärke: %2</translation>
    </message>
    <message>
        <source>Co-citation of the seed works (%1) by shared citing works; link strength: %2</source>
        <translation>Kozitation der Ausgangswerke (%1) über gemeinsame zitierende Werke; Verbindungsstärke: %2</translation>
    </message>
    <message>
        <source>Shared references</source>
        <translation>Gemeinsame Referenzen</translation>
    </message>
    <message>
        <source>Shared citing works</source>
        <translation>Gemeinsame zitierende Werke</translation>
    </message>
    <message>
        <source>Salton&apos;s cosine</source>
        <translation>Salton-Kosinus</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Jaccard-Index</translation>
    </message>
    <message>
        <source>Association strength</source>
        <translation>Assoziationsstärke</translation>
    </message>
    <message>
        <source>(the strongest %1 of %2 links)</source>
        <translation>(die stärksten %1 von %2 Verbindungen)</translation>
    </message>
</context>
<context>
    <name>peerscope::CitationSync</name>
    <message>
        <source>Citations: no works of this author are cached yet, so there is nothing to estimate; the citation sync runs after the works are synced.</source>
        <translation>Zitationen: Von diesem Autor sind noch keine Werke im Cache, daher gibt es nichts zu schätzen; die Zitationssynchronisierung läuft, nachdem die Werke synchronisiert sind.</translation>
    </message>
    <message numerus="yes">
        <source>references: %n list call(s) for %1 works not cached</source>
        <translation>
            <numerusform>Referenzen: %n Listenaufruf für %1 Werke, die nicht im Cache sind</numerusform>
            <numerusform>Referenzen: %n Listenaufrufe für %1 Werke, die nicht im Cache sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) OpenAlex had no record for in the last 30 days not asked again</source>
        <translation>
            <numerusform>%n Referenz, für die OpenAlex in den letzten 30 Tagen keinen Datensatz hatte, nicht erneut angefragt</numerusform>
            <numerusform>%n Referenzen, für die OpenAlex in den letzten 30 Tagen keinen Datensatz hatte, nicht erneut angefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>citing works: nothing to list (%1 seeds up to date, %2 never cited, %3 already complete)</source>
        <translation>zitierende Werke: nichts aufzulisten (%1 Ausgangswerke aktuell, %2 nie zitiert, %3 bereits vollständig)</translation>
    </message>
    <message numerus="yes">
        <source>citing works of %n seed(s): %1 list call(s)</source>
        <translation>
            <numerusform>zitierende Werke von %n Ausgangswerk: %1 Listenaufruf(e)</numerusform>
            <numerusform>zitierende Werke von %n Ausgangswerken: %1 Listenaufruf(e)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list call(s), %1</source>
        <translation>
            <numerusform>%n Listenaufruf, %1</numerusform>
            <numerusform>%n Listenaufrufe, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citations for %n seed work(s): %1 (%2).</source>
        <translation>
            <numerusform>Zitationen für %n Ausgangswerk: %1 (%2).</numerusform>
            <numerusform>Zitationen für %n Ausgangswerke: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>reference batches</source>
        <translation>Referenzstapel</translation>
    </message>
    <message>
        <source>seeds&apos; citing works</source>
        <translation>zitierende Werke der Ausgangswerke</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3 · %n API call(s), %4</source>
        <translation>
            <numerusform>%1 %2 von %3 · %n API-Aufruf, %4</numerusform>
            <numerusform>%1 %2 von %3 · %n API-Aufrufe, %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The citation sync was cancelled. Everything written so far is kept; the next run completes it.</source>
        <translation>Die Zitationssynchronisierung wurde abgebrochen. Alles bisher Geschriebene bleibt erhalten; der nächste Lauf schließt sie ab.</translation>
    </message>
    <message>
        <source>Name an author or at least one work for the citation sync.</source>
        <translation>Nennen Sie einen Autor oder mindestens ein Werk für die Zitationssynchronisierung.</translation>
    </message>
    <message>
        <source>OpenAlex sent a page of referenced works that could not be read: %1</source>
        <translation>OpenAlex hat eine Seite referenzierter Werke gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent a page of citing works that could not be read: %1</source>
        <translation>OpenAlex hat eine Seite zitierender Werke gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>Could not write to the cache: %1</source>
        <translation>Konnte nicht in den Cache schreiben: %1</translation>
    </message>
    <message numerus="yes">
        <source>citing works of %n seed(s): about %1 list calls (%2 to %3%4)</source>
        <translation>
            <numerusform>zitierende Werke von %n Ausgangswerk: etwa %1 Listenaufrufe (%2 bis %3%4)</numerusform>
            <numerusform>zitierende Werke von %n Ausgangswerken: etwa %1 Listenaufrufe (%2 bis %3%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 list calls, %2 (at most %3, %4)</source>
        <translation>etwa %1 Listenaufrufe, %2 (höchstens %3, %4)</translation>
    </message>
</context>
<context>
    <name>peerscope::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command, researcher or work</source>
        <translation>Befehl, Forscher oder Werk</translation>
    </message>
    <message>
        <source>Type a command, a researcher&apos;s name or words from a work</source>
        <translation>Geben Sie einen Befehl, den Namen eines Forschers oder Wörter aus einem Werk ein</translation>
    </message>
    <message>
        <source>Matching commands, researchers and works</source>
        <translation>Passende Befehle, Forscher und Werke</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter runs, Esc closes.</source>
        <translation>Auf und Ab wählen, Enter führt aus, Esc schließt.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open %1 — %2</source>
        <translation>%1 öffnen — %2</translation>
    </message>
    <message>
        <source>Show work: %1 — %2</source>
        <translation>Werk zeigen: %1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>peerscope::ExportDialog</name>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>BibLaTeX</source>
        <translation>BibLaTeX</translation>
    </message>
    <message>
        <source>RIS (Zotero, EndNote, Mendeley)</source>
        <translation>RIS (Zotero, EndNote, Mendeley)</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, Pandoc)</source>
        <translation>CSL-JSON (Zotero, Pandoc)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message numerus="yes">
        <source>All works (%n)</source>
        <translation>
            <numerusform>Alle Werke (%n)</numerusform>
            <numerusform>Alle Werke (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Works matching the current filter (%n)</source>
        <translation>
            <numerusform>Werke, die zum aktuellen Filter passen (%n)</numerusform>
            <numerusform>Werke, die zum aktuellen Filter passen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation>
            <numerusform>Ausgewählte Zeilen (%n)</numerusform>
            <numerusform>Ausgewählte Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) unchecked in the table are left out.</source>
        <translation>
            <numerusform>%n in der Tabelle abgewähltes Werk wird ausgelassen.</numerusform>
            <numerusform>%n in der Tabelle abgewählte Werke werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>peerscope::FollowsDock</name>
    <message>
        <source>&lt;b&gt;Followed researchers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefolgte Forscher&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Followed researchers</source>
        <translation>Gefolgte Forscher</translation>
    </message>
    <message>
        <source>Refresh followed</source>
        <translation>Gefolgte aktualisieren</translation>
    </message>
    <message>
        <source>Refresh all followed researchers</source>
        <translation>Alle gefolgten Forscher aktualisieren</translation>
    </message>
    <message>
        <source>Sync every followed researcher, one after the other</source>
        <translation>Jeden gefolgten Forscher synchronisieren, einen nach dem anderen</translation>
    </message>
    <message>
        <source>Whose changes</source>
        <translation>Wessen Änderungen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>This researcher</source>
        <translation>Dieser Forscher</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Enter or double-click: mark the change read and open the researcher</source>
        <translation>Enter oder Doppelklick: Änderung als gelesen markieren und den Forscher öffnen</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all changes as read</source>
        <translation>Alle Änderungen als gelesen markieren</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;What changed&lt;/b&gt; (%n unread)</source>
        <translation>
            <numerusform>&lt;b&gt;Was sich geändert hat&lt;/b&gt; (%n ungelesen)</numerusform>
            <numerusform>&lt;b&gt;Was sich geändert hat&lt;/b&gt; (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n neu</numerusform>
            <numerusform>%1 — %n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>%1 has not been synced yet.</source>
        <translation>%1 wurde noch nicht synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: synced %2, older than %n day(s); refresh to update.</source>
        <translation>
            <numerusform>%1: synchronisiert %2, älter als %n Tag; zum Aktualisieren neu laden.</numerusform>
            <numerusform>%1: synchronisiert %2, älter als %n Tage; zum Aktualisieren neu laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: synced %2.</source>
        <translation>%1: synchronisiert %2.</translation>
    </message>
    <message>
        <source>Follow a researcher (Ctrl+D) to see them here.</source>
        <translation>Folgen Sie einem Forscher (Strg+D), um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Cannot read the followed authors: %1</source>
        <translation>Die gefolgten Forscher können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>peerscope::GraphExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
</context>
<context>
    <name>peerscope::IdentityDialog</name>
    <message>
        <source>Identity Corrections</source>
        <translation>Identitätskorrekturen</translation>
    </message>
    <message>
        <source>Your corrections to OpenAlex&apos;s author records. They are kept through every sync and apply to metrics, publications, charts, the network and exports.</source>
        <translation>Ihre Korrekturen an den Autorendatensätzen von OpenAlex. Sie bleiben bei jeder Synchronisierung erhalten und gelten für Kennzahlen, Publikationen, Diagramme, das Netzwerk und Exporte.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Record or work</source>
        <translation>Datensatz oder Werk</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Undo Latest</source>
        <translation>Letzte &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Abgetrennt</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>No corrections yet. Merge a possible duplicate from a profile&apos;s trust warnings, or use &apos;peerscope identity&apos; on the command line.</source>
        <translation>Noch keine Korrekturen. Führen Sie ein mögliches Duplikat über die Vertrauenswarnungen eines Profils zusammen oder verwenden Sie „peerscope identity“ auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot read the corrections: %1</source>
        <translation>Die Korrekturen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Undo My Latest</source>
        <translation>Meine letzte &amp;rückgängig</translation>
    </message>
    <message>
        <source>Two people</source>
        <translation>Zwei Personen</translation>
    </message>
    <message>
        <source>%1 (declined for action %2)</source>
        <translation>%1 (abgelehnt zugunsten von Aktion %2)</translation>
    </message>
    <message>
        <source>%1 (superseded by action %2)</source>
        <translation>%1 (ersetzt durch Aktion %2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>peerscope::ImportController</name>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Load OpenAlex records from files: JSON, JSON Lines, or the snapshot&apos;s gzip parts</source>
        <translation>OpenAlex-Datensätze aus Dateien laden: JSON, JSON Lines oder die gzip-Teile des Snapshots</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
    <message>
        <source>Load every OpenAlex data file in a folder and its subfolders (the snapshot&apos;s layout)</source>
        <translation>Alle OpenAlex-Datendateien eines Ordners und seiner Unterordner laden (der Aufbau des Snapshots)</translation>
    </message>
    <message>
        <source>Import OpenAlex data</source>
        <translation>OpenAlex-Daten importieren</translation>
    </message>
    <message>
        <source>OpenAlex data (*.json *.jsonl *.ndjson *.gz);;All files (*)</source>
        <translation>OpenAlex-Daten (*.json *.jsonl *.ndjson *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of OpenAlex data</source>
        <translation>Einen Ordner mit OpenAlex-Daten importieren</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish, or cancel it, then import again.</source>
        <translation>Ein Import läuft. Warten Sie, bis er fertig ist, oder brechen Sie ihn ab, und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>This cache is held in memory only, so it cannot be written from the background. Start Peerscope with a cache file to import.</source>
        <translation>Dieser Cache liegt nur im Arbeitsspeicher und kann daher nicht im Hintergrund beschrieben werden. Starten Sie Peerscope mit einer Cache-Datei, um zu importieren.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Stopping after the records being written…</source>
        <translation>Wird nach den gerade geschriebenen Datensätzen beendet …</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 (file %2 of %3)
%n record(s) stored</source>
        <translation>
            <numerusform>%1 wird importiert (Datei %2 von %3)
%n Datensatz gespeichert</numerusform>
            <numerusform>%1 wird importiert (Datei %2 von %3)
%n Datensätze gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): </source>
        <translation>
            <numerusform>%n Datei importiert: </numerusform>
            <numerusform>%n Dateien importiert: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works, %2 authors, %3 institutions, %4 sources, %5 topics.</source>
        <translation>%1 Werke, %2 Autoren, %3 Einrichtungen, %4 Quellen, %5 Themen.</translation>
    </message>
    <message>
        <source>The import was cancelled; what was written before is kept.</source>
        <translation>Der Import wurde abgebrochen; das bereits Geschriebene bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) without an OpenAlex id skipped.</source>
        <translation>
            <numerusform>%n Datensatz ohne OpenAlex-ID übersprungen.</numerusform>
            <numerusform>%n Datensätze ohne OpenAlex-ID übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s) skipped.</source>
        <translation>
            <numerusform>%n unlesbarer Datensatz übersprungen.</numerusform>
            <numerusform>%n unlesbare Datensätze übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held no OpenAlex records (group_by or error answers, empty lists).</source>
        <translation>
            <numerusform>%n Datei enthielt keine OpenAlex-Datensätze (group_by- oder Fehlerantworten, leere Listen).</numerusform>
            <numerusform>%n Dateien enthielten keine OpenAlex-Datensätze (group_by- oder Fehlerantworten, leere Listen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the cache refused.</source>
        <translation>
            <numerusform>%n Datensatz vom Cache abgelehnt.</numerusform>
            <numerusform>%n Datensätze vom Cache abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to the cache failed: check free disk space and that the cache file is writable, then import again.</source>
        <translation>Das Schreiben in den Cache ist fehlgeschlagen: Prüfen Sie den freien Speicherplatz und ob die Cache-Datei beschreibbar ist, und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Some input could not be imported; see the details. Everything else is in the cache.</source>
        <translation>Einige Eingaben konnten nicht importiert werden; siehe Details. Alles andere ist im Cache.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::LiveUpdates</name>
    <message>
        <source>Another window or the command line</source>
        <translation>Ein anderes Fenster oder die Kommandozeile</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged %n record(s) into %2</source>
        <translation>
            <numerusform>%1 hat %n Datensatz mit %2 zusammengeführt</numerusform>
            <numerusform>%1 hat %n Datensätze mit %2 zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged records into %2</source>
        <translation>%1 hat Datensätze mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>%1 split works out of %2</source>
        <translation>%1 hat Werke von %2 abgetrennt</translation>
    </message>
    <message>
        <source>%1 left works out of %2</source>
        <translation>%1 hat Werke aus %2 herausgenommen</translation>
    </message>
    <message>
        <source>%1 said %2 is a different person</source>
        <translation>%1 hat erklärt, dass %2 eine andere Person ist</translation>
    </message>
    <message>
        <source>%1 undid a correction of %2</source>
        <translation>%1 hat eine Korrektur an %2 rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 redid a correction of %2</source>
        <translation>%1 hat eine Korrektur an %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 corrected the identity of %2</source>
        <translation>%1 hat die Identität von %2 korrigiert</translation>
    </message>
    <message>
        <source>%1 finished syncing %2</source>
        <translation>%1 hat die Synchronisierung von %2 abgeschlossen</translation>
    </message>
    <message>
        <source>%1 stopped following %2</source>
        <translation>%1 folgt %2 nicht mehr</translation>
    </message>
    <message>
        <source>%1 followed %2</source>
        <translation>%1 folgt jetzt %2</translation>
    </message>
    <message>
        <source>%1 changed a note on %2</source>
        <translation>%1 hat eine Notiz zu %2 geändert</translation>
    </message>
    <message>
        <source>%1 pinned citation keys</source>
        <translation>%1 hat Zitierschlüssel festgelegt</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 hat %2 geändert</translation>
    </message>
</context>
<context>
    <name>peerscope::MainWindow</name>
    <message numerus="yes">
        <source>Exporting %n work(s)…</source>
        <translation>
            <numerusform>%n Werk wird exportiert…</numerusform>
            <numerusform>%n Werke werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Peerscope</source>
        <translation>Peerscope</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back to the previous profile (Alt+Left)</source>
        <translation>Zurück zum vorigen Profil (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward to the next profile (Alt+Right)</source>
        <translation>Vorwärts zum nächsten Profil (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Find a researcher</source>
        <translation>Forscher suchen</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Befehlspalette …</translation>
    </message>
    <message>
        <source>Refresh this researcher</source>
        <translation>Diesen Forscher aktualisieren</translation>
    </message>
    <message>
        <source>Sync the researcher on screen from OpenAlex again (F5)</source>
        <translation>Den angezeigten Forscher erneut von OpenAlex synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Follow this researcher</source>
        <translation>Diesem Forscher folgen</translation>
    </message>
    <message>
        <source>Follow or unfollow the researcher on screen (Ctrl+D)</source>
        <translation>Dem angezeigten Forscher folgen oder nicht mehr folgen (Strg+D)</translation>
    </message>
    <message>
        <source>Refresh followed researchers</source>
        <translation>Gefolgte Forscher aktualisieren</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>Export publications…</source>
        <translation>Publikationen exportieren …</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Reiter „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show followed researchers and changes</source>
        <translation>Gefolgte Forscher und Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Back to the previous profile</source>
        <translation>Zurück zum vorigen Profil</translation>
    </message>
    <message>
        <source>Forward to the next profile</source>
        <translation>Vorwärts zum nächsten Profil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Researcher</source>
        <translation>&amp;Forscher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Followed and changes</source>
        <translation>Gefolgt und Änderungen</translation>
    </message>
    <message>
        <source>Unfollow this researcher</source>
        <translation>Diesem Forscher nicht mehr folgen</translation>
    </message>
    <message>
        <source>Peerscope is offline. Turn off File › Work offline to refresh.</source>
        <translation>Peerscope ist offline. Schalten Sie Datei › Offline arbeiten aus, um zu aktualisieren.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Sie folgen %1 nicht mehr.</translation>
    </message>
    <message>
        <source>You follow %1. Their changes appear under What changed after each sync.</source>
        <translation>Sie folgen %1. Die Änderungen erscheinen nach jeder Synchronisierung unter „Was sich geändert hat“.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n followed researcher(s), one after the other.</source>
        <translation>
            <numerusform>%n gefolgter Forscher wird aktualisiert.</numerusform>
            <numerusform>%n gefolgte Forscher werden nacheinander aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings are not available in this window.</source>
        <translation>Einstellungen sind in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <source>The cache cannot move while a sync is running. Cancel the sync or wait for it, then change the cache location again.</source>
        <translation>Der Cache kann nicht verschoben werden, während eine Synchronisierung läuft. Brechen Sie sie ab oder warten Sie darauf und ändern Sie dann den Ort des Caches erneut.</translation>
    </message>
    <message>
        <source>The cache is now at %1.</source>
        <translation>Der Cache liegt jetzt unter %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n work(s) to %1.</source>
        <translation>
            <numerusform>%n Werk nach %1 exportiert.</numerusform>
            <numerusform>%n Werke nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Could not load this author</source>
        <translation>Dieser Autor konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The cache could not be read. Try again, or check the cache file.</source>
        <translation>Der Cache konnte nicht gelesen werden. Versuchen Sie es erneut oder prüfen Sie die Cache-Datei.</translation>
    </message>
    <message>
        <source>%1 — Peerscope</source>
        <translation>%1 — Peerscope</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cached work(s)</source>
        <translation>
            <numerusform>%1: %n Werk im Cache</numerusform>
            <numerusform>%1: %n Werke im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo identity correction</source>
        <translation>Identitätskorrektur rückgängig machen</translation>
    </message>
    <message>
        <source>Redo identity correction</source>
        <translation>Identitätskorrektur wiederherstellen</translation>
    </message>
    <message>
        <source>Identity corrections…</source>
        <translation>Identitätskorrekturen …</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Datensätze zusammenführen</translation>
    </message>
    <message>
        <source>Treat %1 (%2) as the same person as %3 (%4)? Their works will count once, for %3, in every view and export. You can undo this at any time.</source>
        <translation>%1 (%2) als dieselbe Person wie %3 (%4) behandeln? Die Werke zählen dann einmal, für %3, in jeder Ansicht und jedem Export. Sie können das jederzeit rückgängig machen.</translation>
    </message>
    <message>
        <source>Merged from the duplicate warning in the window</source>
        <translation>Aus der Duplikatwarnung im Fenster zusammengeführt</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo with %3.</source>
        <translation>%1 mit %2 zusammengeführt. Rückgängig mit %3.</translation>
    </message>
    <message>
        <source>Identity correction undone.</source>
        <translation>Identitätskorrektur rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Identity correction redone.</source>
        <translation>Identitätskorrektur wiederhergestellt.</translation>
    </message>
    <message>
        <source>Sync %1?</source>
        <translation>%1 synchronisieren?</translation>
    </message>
    <message numerus="yes">
        <source>This sync is estimated at %n list call(s) (%1), more than you asked to spend without confirming: %2.</source>
        <translation>
            <numerusform>Diese Synchronisierung braucht schätzungsweise %n Listenaufruf (%1), mehr als Sie ohne Rückfrage ausgeben wollten: %2.</numerusform>
            <numerusform>Diese Synchronisierung braucht schätzungsweise %n Listenaufrufe (%1), mehr als Sie ohne Rückfrage ausgeben wollten: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Cannot read the followed authors: %1</source>
        <translation>Die gefolgten Forscher können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Moving the cache to %1…</source>
        <translation>Der Cache wird nach %1 verschoben …</translation>
    </message>
    <message>
        <source>Could not read the cache for the export (%1). Try again, or check the cache file.</source>
        <translation>Der Cache konnte für den Export nicht gelesen werden (%1). Versuchen Sie es erneut oder prüfen Sie die Cache-Datei.</translation>
    </message>
    <message>
        <source>Select works in the Publications table first.</source>
        <translation>Wählen Sie zuerst Werke in der Tabelle „Publikationen“ aus.</translation>
    </message>
    <message>
        <source>Peerscope is offline. Turn off File › Work offline to fetch citations.</source>
        <translation>Peerscope ist offline. Schalten Sie Datei › Offline arbeiten aus, um Zitationen abzurufen.</translation>
    </message>
    <message>
        <source>Fetching citations needs a connection to OpenAlex, which this window does not have.</source>
        <translation>Zum Abrufen von Zitationen ist eine Verbindung zu OpenAlex nötig, die dieses Fenster nicht hat.</translation>
    </message>
    <message>
        <source>Estimating what fetching the citations costs…</source>
        <translation>Die Kosten für das Abrufen der Zitationen werden geschätzt …</translation>
    </message>
    <message>
        <source>Could not estimate the citations to fetch: %1</source>
        <translation>Die abzurufenden Zitationen konnten nicht geschätzt werden: %1</translation>
    </message>
    <message>
        <source>Every reference and citing work of these works is already cached.</source>
        <translation>Alle Referenzen und zitierenden Werke dieser Werke sind bereits im Cache.</translation>
    </message>
    <message>
        <source>Fetch citations?</source>
        <translation>Zitationen abrufen?</translation>
    </message>
    <message>
        <source>Fetch the references and citing works missing from the cache?</source>
        <translation>Die Referenzen und zitierenden Werke abrufen, die im Cache fehlen?</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Fetching citations…</source>
        <translation>Zitationen werden abgerufen …</translation>
    </message>
    <message>
        <source>The citation sync failed.</source>
        <translation>Die Zitationssynchronisierung ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Citations fetched: %1 referenced and %2 citing work(s) written, %n list call(s).</source>
        <translation>
            <numerusform>Zitationen abgerufen: %1 referenzierte und %2 zitierende Werke geschrieben, %n Listenaufruf.</numerusform>
            <numerusform>Zitationen abgerufen: %1 referenzierte und %2 zitierende Werke geschrieben, %n Listenaufrufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Research graph</source>
        <translation>Forschungsgraph</translation>
    </message>
    <message>
        <source>Research graph: context</source>
        <translation>Forschungsgraph: Kontext</translation>
    </message>
    <message>
        <source>Research graph: citations</source>
        <translation>Forschungsgraph: Zitationen</translation>
    </message>
    <message>
        <source>Research graph: similarity</source>
        <translation>Forschungsgraph: Ähnlichkeit</translation>
    </message>
    <message>
        <source>Fetch citations…</source>
        <translation>Zitationen abrufen …</translation>
    </message>
    <message>
        <source>Fetch the references and citing works of this researcher&apos;s works that are missing from the cache, after showing what it costs</source>
        <translation>Die Referenzen und zitierenden Werke der Werke dieses Forschers abrufen, die im Cache fehlen, nachdem die Kosten angezeigt wurden</translation>
    </message>
    <message>
        <source>the team server %1</source>
        <translation>den Team-Server %1</translation>
    </message>
    <message>
        <source>Peerscope opens %1 from its next start.</source>
        <translation>Peerscope öffnet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Kept the other correction; your merge of %1 is in the log as declined.</source>
        <translation>Die andere Korrektur wurde behalten; Ihre Zusammenführung von %1 steht als abgelehnt im Protokoll.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere, but could not be read again: %2</source>
        <translation>%1 wurde anderswo geändert, konnte aber nicht erneut gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>peerscope::MessageBar</name>
    <message>
        <source>Sync requested for %1; the profile opens from the cache once it has arrived.</source>
        <translation>Synchronisierung von %1 angefordert; das Profil öffnet sich aus dem Cache, sobald es angekommen ist.</translation>
    </message>
    <message>
        <source>Sync this author</source>
        <translation>Diesen Autor synchronisieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung schließen</translation>
    </message>
</context>
<context>
    <name>peerscope::NetworkExport</name>
    <message>
        <source>Could not produce the %1 output.</source>
        <translation>Die Ausgabe im Format %1 konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>peerscope::NetworkPanel</name>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Koautoren</translation>
    </message>
    <message>
        <source>Co-authors of co-authors</source>
        <translation>Koautoren der Koautoren</translation>
    </message>
    <message>
        <source>One hop: the author and their co-authors. Two hops: also the co-authors&apos; co-authors.</source>
        <translation>Ein Schritt: der Autor und seine Koautoren. Zwei Schritte: auch die Koautoren der Koautoren.</translation>
    </message>
    <message>
        <source>Full counting</source>
        <translation>Volle Zählung</translation>
    </message>
    <message>
        <source>Fractional counting</source>
        <translation>Anteilige Zählung</translation>
    </message>
    <message>
        <source>Full: a link weighs the number of shared works. Fractional: each shared work adds 1/(n-1), n being its number of authors.</source>
        <translation>Voll: Eine Verbindung wiegt so viel wie die Zahl gemeinsamer Werke. Anteilig: Jedes gemeinsame Werk trägt 1/(n-1) bei, wobei n die Zahl seiner Autoren ist.</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Nach Gemeinschaft färben</translation>
    </message>
    <message>
        <source>Colour by last year together</source>
        <translation>Nach letztem gemeinsamen Jahr färben</translation>
    </message>
    <message>
        <source>Colour by country</source>
        <translation>Nach Land färben</translation>
    </message>
    <message>
        <source>Size by works</source>
        <translation>Größe nach Werken</translation>
    </message>
    <message>
        <source>Size by shared works</source>
        <translation>Größe nach gemeinsamen Werken</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Community resolution (Leiden, modularity): higher gives more, smaller communities.</source>
        <translation>Auflösung der Gemeinschaften (Leiden, Modularität): höher ergibt mehr, kleinere Gemeinschaften.</translation>
    </message>
    <message>
        <source>Show the network as it was at the end of a year</source>
        <translation>Das Netzwerk so zeigen, wie es am Ende eines Jahres war</translation>
    </message>
    <message>
        <source>Find an author…</source>
        <translation>Autor suchen …</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Liste …</translation>
    </message>
    <message>
        <source>Highlight a list of authors (OpenAlex IDs or names, one per line)</source>
        <translation>Eine Liste von Autoren hervorheben (OpenAlex-IDs oder Namen, einer pro Zeile)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole network in the view</source>
        <translation>Das ganze Netzwerk in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>No cached works for this author: sync them to see a network.</source>
        <translation>Keine Werke dieses Autors im Cache: Synchronisieren Sie sie, um ein Netzwerk zu sehen.</translation>
    </message>
    <message>
        <source>Building network…</source>
        <translation>Netzwerk wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n Autor</numerusform>
            <numerusform>%n Autoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n Gemeinschaft</numerusform>
            <numerusform>%n Gemeinschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) with huge author lists counted fractionally only.</source>
        <translation>
            <numerusform>%n Publikation mit riesiger Autorenliste nur anteilig gezählt.</numerusform>
            <numerusform>%n Publikationen mit riesigen Autorenlisten nur anteilig gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n Werk</numerusform>
            <numerusform>%n Werke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared with %2</source>
        <translation>%1 gemeinsam mit %2</translation>
    </message>
    <message>
        <source>Double-click to open the profile; right-click for more.</source>
        <translation>Doppelklick öffnet das Profil; Rechtsklick für mehr.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n shared work(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;: %n gemeinsames Werk</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;: %n gemeinsame Werke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — double-click for details</source>
        <translation>%1 — Doppelklick für Details</translation>
    </message>
    <message>
        <source>No author in this network matches &apos;%1&apos;.</source>
        <translation>Kein Autor in diesem Netzwerk passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Roster: %1 of %n author(s) are in this network.</source>
        <translation>
            <numerusform>Liste: %1 von %n Autor ist in diesem Netzwerk.</numerusform>
            <numerusform>Liste: %1 von %n Autoren sind in diesem Netzwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight a roster</source>
        <translation>Eine Liste hervorheben</translation>
    </message>
    <message>
        <source>OpenAlex IDs or names, one per line (empty clears the highlight):</source>
        <translation>OpenAlex-IDs oder Namen, einer pro Zeile (leer hebt die Hervorhebung auf):</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Das Netzwerk exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Das Profil von %1 öffnen</translation>
    </message>
    <message>
        <source>Show the co-authors of %1</source>
        <translation>Die Koautoren von %1 zeigen</translation>
    </message>
    <message>
        <source>Centre the network on %1</source>
        <translation>Das Netzwerk auf %1 zentrieren</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: gray&quot;&gt;Click a person for details, or a link to list the works the two share. Double-click a person to open their profile.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: gray&quot;&gt;Klicken Sie auf eine Person für Details oder auf eine Verbindung, um die gemeinsamen Werke der beiden aufzulisten. Doppelklicken Sie auf eine Person, um ihr Profil zu öffnen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Could not read the cache to build the network (%1). Try again.</source>
        <translation>Der Cache konnte nicht gelesen werden, um das Netzwerk zu erstellen (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not read the shared works from the cache: %1</source>
        <translation>Die gemeinsamen Werke konnten nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert …</translation>
    </message>
</context>
<context>
    <name>peerscope::OpenAlexClient</name>
    <message>
        <source>&apos;%1&apos; is not a valid API address.</source>
        <translation>„%1“ ist keine gültige API-Adresse.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is allowed only for 127.0.0.1 or localhost): %1</source>
        <translation>Die API-Adresse muss https verwenden (einfaches http ist nur für 127.0.0.1 oder localhost erlaubt): %1</translation>
    </message>
    <message>
        <source>OpenAlex did not answer in time (%1). Check your connection and try again.</source>
        <translation>OpenAlex hat nicht rechtzeitig geantwortet (%1). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach OpenAlex at %1: %2</source>
        <translation>OpenAlex unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>OpenAlex refused the request: plan upgrade required. This query is not available with your API key&apos;s plan.</source>
        <translation>OpenAlex hat die Anfrage abgelehnt: höherer Tarif erforderlich. Diese Abfrage ist mit dem Tarif Ihres API-Schlüssels nicht verfügbar.</translation>
    </message>
    <message>
        <source>OpenAlex rejected the API key (HTTP %1). Set a valid key with --api-key KEY or the OPENALEX_API_KEY environment variable; a free key is available from your openalex.org account.</source>
        <translation>OpenAlex hat den API-Schlüssel abgelehnt (HTTP %1). Legen Sie mit --api-key KEY oder der Umgebungsvariablen OPENALEX_API_KEY einen gültigen Schlüssel fest; einen kostenlosen Schlüssel erhalten Sie über Ihr Konto bei openalex.org.</translation>
    </message>
    <message>
        <source>OpenAlex has no such record (%1).</source>
        <translation>OpenAlex hat keinen solchen Datensatz (%1).</translation>
    </message>
    <message>
        <source>OpenAlex answered HTTP %1 for %2%3. Try again later.</source>
        <translation>OpenAlex hat mit HTTP %1 für %2%3 geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>OpenAlex refused the request %1 (HTTP %2)%3.</source>
        <translation>OpenAlex hat die Anfrage %1 abgelehnt (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>The connection to OpenAlex broke off while reading %1.</source>
        <translation>Die Verbindung zu OpenAlex brach beim Lesen von %1 ab.</translation>
    </message>
    <message>
        <source>OpenAlex sent an unreadable answer for %1 (%2).</source>
        <translation>OpenAlex hat für %1 eine unlesbare Antwort gesendet (%2).</translation>
    </message>
    <message>
        <source>OpenAlex says the daily budget of this API key is spent. It resets at midnight UTC; sync again after that, or add prepaid credit to your openalex.org account. Everything cached stays available.</source>
        <translation>Laut OpenAlex ist das Tageskontingent dieses API-Schlüssels aufgebraucht. Es wird um Mitternacht UTC zurückgesetzt; synchronisieren Sie danach erneut oder laden Sie Guthaben auf Ihr Konto bei openalex.org. Alles im Cache bleibt verfügbar.</translation>
    </message>
    <message>
        <source>OpenAlex says the daily budget of this API key is spent. It resets at %1 UTC (%2 local time); until then list and search calls are refused and look-ups by ID still work. Sync again after the reset, or add prepaid credit to your openalex.org account. Everything cached stays available.</source>
        <translation>Laut OpenAlex ist das Tageskontingent dieses API-Schlüssels aufgebraucht. Es wird um %1 UTC (%2 Ortszeit) zurückgesetzt; bis dahin werden Listen- und Suchaufrufe abgelehnt, Abrufe per ID funktionieren weiterhin. Synchronisieren Sie nach der Zurücksetzung erneut oder laden Sie Guthaben auf Ihr Konto bei openalex.org. Alles im Cache bleibt verfügbar.</translation>
    </message>
    <message>
        <source>OpenAlex is rate limiting this key (asked to wait %1 s). Lower the request rate, then try again.</source>
        <translation>OpenAlex drosselt diesen Schlüssel (Wartezeit %1 s erbeten). Verringern Sie die Anfragerate und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>peerscope::ProfilePanel</name>
    <message numerus="yes">
        <source>The %1 closest of %n co-author(s); the Network tab shows them all.</source>
        <translation>
            <numerusform>Die %1 engsten von %n Koautor; der Reiter „Netzwerk“ zeigt alle.</numerusform>
            <numerusform>Die %1 engsten von %n Koautoren; der Reiter „Netzwerk“ zeigt alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Researcher profile</source>
        <translation>Forscherprofil</translation>
    </message>
    <message>
        <source>Trust snapshot</source>
        <translation>Vertrauensübersicht</translation>
    </message>
    <message>
        <source>Trust evidence</source>
        <translation>Belege für Vertrauen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Citation metrics</source>
        <translation>Zitationskennzahlen</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Zugehörigkeiten</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Close collaborators</source>
        <translation>Enge Mitarbeitende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Works written together</source>
        <translation>Gemeinsam geschriebene Werke</translation>
    </message>
    <message>
        <source>Last year with a shared work</source>
        <translation>Letztes Jahr mit einem gemeinsamen Werk</translation>
    </message>
    <message>
        <source>No author selected</source>
        <translation>Kein Autor ausgewählt</translation>
    </message>
    <message>
        <source>Search for a researcher or load the demo data set.</source>
        <translation>Suchen Sie nach einem Forscher oder laden Sie den Demodatensatz.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Computed by Peerscope from the counted cached works</source>
        <translation>Von Peerscope aus den gezählten Werken im Cache berechnet</translation>
    </message>
    <message>
        <source>Since year</source>
        <translation>Seit Jahr</translation>
    </message>
    <message>
        <source>Since </source>
        <translation>Seit </translation>
    </message>
    <message>
        <source>The same metrics over works published in this year or later</source>
        <translation>Dieselben Kennzahlen für Werke, die in diesem Jahr oder später erschienen sind</translation>
    </message>
    <message>
        <source>OpenAlex</source>
        <translation>OpenAlex</translation>
    </message>
    <message>
        <source>The value OpenAlex itself reports, where it has one</source>
        <translation>Der Wert, den OpenAlex selbst angibt, sofern vorhanden</translation>
    </message>
    <message>
        <source>(unnamed author)</source>
        <translation>(unbenannter Autor)</translation>
    </message>
    <message>
        <source>Also published as: %1</source>
        <translation>Auch veröffentlicht als: %1</translation>
    </message>
    <message>
        <source>No known institution</source>
        <translation>Keine bekannte Einrichtung</translation>
    </message>
    <message>
        <source>no ORCID</source>
        <translation>keine ORCID</translation>
    </message>
    <message numerus="yes">
        <source>%n cached work(s)</source>
        <translation>
            <numerusform>%n Werk im Cache</numerusform>
            <numerusform>%n Werke im Cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n Zitation</numerusform>
            <numerusform>%n Zitationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s)</source>
        <translation>
            <numerusform>%n Koautor</numerusform>
            <numerusform>%n Koautoren</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex has deleted this author record (usually merged into another one). Nothing is attributed to it any more.</source>
        <translation>OpenAlex hat diesen Autorendatensatz gelöscht (meist in einen anderen zusammengeführt). Ihm wird nichts mehr zugeordnet.</translation>
    </message>
    <message>
        <source>No works of this author are cached yet; sync the author to fetch them.</source>
        <translation>Von diesem Autor sind noch keine Werke im Cache; synchronisieren Sie den Autor, um sie abzurufen.</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source>Trust %1 · %2</source>
        <translation>Vertrauen %1 · %2</translation>
    </message>
    <message>
        <source>0–29 Emerging, 30–54 Developing, 55–79 Established, 80–100 Strong; every point is listed below</source>
        <translation>0–29 Aufkommend, 30–54 Wachsend, 55–79 Etabliert, 80–100 Stark; jeder Punkt ist unten aufgeführt</translation>
    </message>
    <message>
        <source>Verification %1 · %2</source>
        <translation>Verifizierung %1 · %2</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Quelle: %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>No conflation or duplicate warnings.</source>
        <translation>Keine Warnungen vor Verwechslungen oder Duplikaten.</translation>
    </message>
    <message>
        <source>No affiliation history recorded.</source>
        <translation>Kein Verlauf der Zugehörigkeiten erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n work(s), %2%</source>
        <translation>
            <numerusform>%1 — %n Werk, %2 %</numerusform>
            <numerusform>%1 — %n Werke, %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>No topics recorded.</source>
        <translation>Keine Themen erfasst.</translation>
    </message>
    <message>
        <source>Share: the topic&apos;s works among all topic assignments of this author (OpenAlex)</source>
        <translation>Anteil: die Werke des Themas unter allen Themenzuordnungen dieses Autors (OpenAlex)</translation>
    </message>
    <message>
        <source>Open %1&apos;s profile</source>
        <translation>Profil von %1 öffnen</translation>
    </message>
    <message>
        <source>%1 is not cached yet: click to sync the profile</source>
        <translation>%1 ist noch nicht im Cache: Klicken, um das Profil zu synchronisieren</translation>
    </message>
    <message>
        <source>merge into this person</source>
        <translation>mit dieser Person zusammenführen</translation>
    </message>
</context>
<context>
    <name>peerscope::PublicationTableModel</name>
    <message>
        <source>(n.d.). </source>
        <translation>(o. J.). </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Counted in the metrics; uncheck to leave this work out</source>
        <translation>In den Kennzahlen gezählt; abwählen, um dieses Werk auszulassen</translation>
    </message>
    <message>
        <source>Left out of the metrics; check to count this work</source>
        <translation>Bei den Kennzahlen ausgelassen; auswählen, um dieses Werk zu zählen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Publikationsort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Zit.</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>OA</source>
        <translation>OA</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Counted in the metrics</source>
        <translation>In den Kennzahlen gezählt</translation>
    </message>
    <message>
        <source>Citations according to OpenAlex</source>
        <translation>Zitationen laut OpenAlex</translation>
    </message>
    <message>
        <source>Open-access status</source>
        <translation>Open-Access-Status</translation>
    </message>
    <message>
        <source>Cited %1 times as often as comparable works (same field, type and year)</source>
        <translation>%1-mal so oft zitiert wie vergleichbare Werke (gleiches Fachgebiet, gleicher Typ, gleiches Jahr)</translation>
    </message>
    <message>
        <source>OpenAlex gives no FWCI for this work</source>
        <translation>OpenAlex gibt für dieses Werk keinen FWCI an</translation>
    </message>
    <message>
        <source>Cited more than %1% of comparable works</source>
        <translation>Häufiger zitiert als %1 % der vergleichbaren Werke</translation>
    </message>
    <message>
        <source>OpenAlex gives no citation percentile for this work</source>
        <translation>OpenAlex gibt für dieses Werk kein Zitationsperzentil an</translation>
    </message>
    <message>
        <source>FWCI</source>
        <translation>FWCI</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Field-weighted citation impact (OpenAlex): citations relative to works of the same field, type and year; 1 is as expected</source>
        <translation>Fachgewichtete Zitationswirkung (OpenAlex): Zitationen im Verhältnis zu Werken desselben Fachgebiets, Typs und Jahres; 1 entspricht der Erwartung</translation>
    </message>
    <message>
        <source>Citation percentile (OpenAlex): the share of comparable works cited less, in percent</source>
        <translation>Zitationsperzentil (OpenAlex): der Anteil vergleichbarer Werke, die seltener zitiert wurden, in Prozent</translation>
    </message>
</context>
<context>
    <name>peerscope::PublicationsPanel</name>
    <message>
        <source>Search titles, abstracts, venues, authors</source>
        <translation>Titel, Abstracts, Orte, Autoren durchsuchen</translation>
    </message>
    <message>
        <source>Search works</source>
        <translation>Werke durchsuchen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Ab Jahr</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Bis Jahr</translation>
    </message>
    <message>
        <source>Earliest publication year (any: no limit)</source>
        <translation>Frühestes Erscheinungsjahr (alle: keine Grenze)</translation>
    </message>
    <message>
        <source>Latest publication year (any: no limit)</source>
        <translation>Spätestes Erscheinungsjahr (alle: keine Grenze)</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Werktyp</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Open access</source>
        <translation>Open Access</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Publikationsort</translation>
    </message>
    <message>
        <source>Venue filter</source>
        <translation>Filter für den Publikationsort</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <source>Copy as formatted citations</source>
        <translation>Als formatierte Zitate kopieren</translation>
    </message>
    <message>
        <source>Loading works…</source>
        <translation>Werke werden geladen …</translation>
    </message>
    <message>
        <source>No works of this author are in the cache.</source>
        <translation>Von diesem Autor sind keine Werke im Cache.</translation>
    </message>
    <message numerus="yes">
        <source>Sorting and filtering %n work(s)…</source>
        <translation>
            <numerusform>%n Werk wird sortiert und gefiltert…</numerusform>
            <numerusform>%n Werke werden sortiert und gefiltert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n Werk</numerusform>
            <numerusform>%n Werke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work(s) match the filters</source>
        <translation>
            <numerusform>%1 von %n Werk passt zu den Filtern</numerusform>
            <numerusform>%1 von %n Werken passen zu den Filtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of the metrics</source>
        <translation>
            <numerusform>%n bei den Kennzahlen ausgelassen</numerusform>
            <numerusform>%n bei den Kennzahlen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>%n Zitat kopiert</numerusform>
            <numerusform>%n Zitate kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::RankedWorksTableModel</name>
    <message>
        <source>Own work</source>
        <translation>Eigenes Werk</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>One of the seeds: a work of the person or of the list asked about</source>
        <translation>Eines der Ausgangswerke: ein Werk der Person oder der angefragten Liste</translation>
    </message>
    <message>
        <source>In the local cache: its title, year and authors are known</source>
        <translation>Im lokalen Cache: Titel, Jahr und Autoren sind bekannt</translation>
    </message>
    <message>
        <source>Not in the local cache: only its OpenAlex ID is known</source>
        <translation>Nicht im lokalen Cache: Nur die OpenAlex-ID ist bekannt</translation>
    </message>
    <message>
        <source>%1: not in the local cache, only its ID is known</source>
        <translation>%1: nicht im lokalen Cache, nur die ID ist bekannt</translation>
    </message>
    <message>
        <source>%1: OpenAlex gives no title</source>
        <translation>%1: OpenAlex nennt keinen Titel</translation>
    </message>
    <message>
        <source>Unknown: the work is not in the local cache</source>
        <translation>Unbekannt: Das Werk ist nicht im lokalen Cache</translation>
    </message>
    <message>
        <source>Not computed, or outside the local citation graph</source>
        <translation>Nicht berechnet oder außerhalb des lokalen Zitationsgraphen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seeds citing it</source>
        <translation>Zitierende Ausgangswerke</translation>
    </message>
    <message>
        <source>Seeds it cites</source>
        <translation>Zitierte Ausgangswerke</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>Erstautor</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Own work: one of the seeds; Cached: in the local cache; New: only its OpenAlex ID is known</source>
        <translation>Eigenes Werk: eines der Ausgangswerke; Im Cache: im lokalen Cache; Neu: nur die OpenAlex-ID ist bekannt</translation>
    </message>
    <message>
        <source>How many of the seeds cite this work</source>
        <translation>Wie viele der Ausgangswerke dieses Werk zitieren</translation>
    </message>
    <message>
        <source>How many of the seeds this work cites</source>
        <translation>Wie viele der Ausgangswerke dieses Werk zitiert</translation>
    </message>
    <message>
        <source>Shared references (what it cites that a seed cites too) plus co-citations (works citing a seed that cite it too)</source>
        <translation>Gemeinsame Referenzen (was es zitiert und auch ein Ausgangswerk zitiert) plus Kozitationen (Werke, die ein Ausgangswerk und auch dieses Werk zitieren)</translation>
    </message>
    <message>
        <source>The share of the seeds with a reference list that cite this work</source>
        <translation>Der Anteil der Ausgangswerke mit Literaturliste, die dieses Werk zitieren</translation>
    </message>
    <message>
        <source>The share of the seeds this work cites</source>
        <translation>Der Anteil der Ausgangswerke, die dieses Werk zitiert</translation>
    </message>
    <message>
        <source>Its count relative to the most similar work&apos;s</source>
        <translation>Seine Zahl im Verhältnis zu der des ähnlichsten Werks</translation>
    </message>
    <message>
        <source>Publication year</source>
        <translation>Erscheinungsjahr</translation>
    </message>
    <message>
        <source>The first listed author</source>
        <translation>Der erste aufgeführte Autor</translation>
    </message>
    <message>
        <source>Citations according to OpenAlex</source>
        <translation>Zitationen laut OpenAlex</translation>
    </message>
    <message>
        <source>PageRank on the local citation graph: seeds, foundations, follow-ups and the citations among them</source>
        <translation>PageRank im lokalen Zitationsgraphen: Ausgangswerke, Grundlagen, Folgearbeiten und die Zitationen zwischen ihnen</translation>
    </message>
</context>
<context>
    <name>peerscope::ResearchGraph</name>
    <message>
        <source>authored</source>
        <translation>verfasst</translation>
    </message>
    <message>
        <source>shared work</source>
        <translation>gemeinsames Werk</translation>
    </message>
    <message>
        <source>affiliated work</source>
        <translation>Werk mit Zugehörigkeit</translation>
    </message>
    <message>
        <source>work in the topic</source>
        <translation>Werk im Thema</translation>
    </message>
    <message>
        <source>published in</source>
        <translation>veröffentlicht in</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>The works of %1 (%2) with their co-authors (%3 of %4), institutions (%5 of %6), topics (%7 of %8) and sources (%9 of %10)</source>
        <translation>Die Werke von %1 (%2) mit ihren Koautoren (%3 von %4), Einrichtungen (%5 von %6), Themen (%7 von %8) und Quellen (%9 von %10)</translation>
    </message>
    <message>
        <source>shared reference</source>
        <translation>gemeinsame Referenz</translation>
    </message>
    <message>
        <source>cites both</source>
        <translation>zitiert beide</translation>
    </message>
    <message>
        <source>citing work</source>
        <translation>zitierendes Werk</translation>
    </message>
    <message>
        <source>cited work</source>
        <translation>zitiertes Werk</translation>
    </message>
</context>
<context>
    <name>peerscope::ResearchGraphPanel</name>
    <message>
        <source>(n.d.). </source>
        <translation>(o. J.). </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Context: the researcher with their works, co-authors, institutions, topics and sources. Citations: their works with the works they cite and the works citing them, by year. Similarity: their works linked by shared references or shared citing works.</source>
        <translation>Kontext: der Forscher mit seinen Werken, Koautoren, Einrichtungen, Themen und Quellen. Zitationen: seine Werke mit den von ihnen zitierten und den sie zitierenden Werken, nach Jahr. Ähnlichkeit: seine Werke, verbunden über gemeinsame Referenzen oder gemeinsame zitierende Werke.</translation>
    </message>
    <message>
        <source>Show or hide the %1 on the map</source>
        <translation>Auf der Karte ein- oder ausblenden: %1</translation>
    </message>
    <message>
        <source>Size by citations</source>
        <translation>Größe nach Zitationen</translation>
    </message>
    <message>
        <source>Size by works</source>
        <translation>Größe nach Werken</translation>
    </message>
    <message>
        <source>Bibliographic coupling</source>
        <translation>Bibliographische Kopplung</translation>
    </message>
    <message>
        <source>Co-citation</source>
        <translation>Kozitation</translation>
    </message>
    <message>
        <source>Coupling: two works are linked by the references they share. Co-citation: by the works citing both.</source>
        <translation>Kopplung: Zwei Werke sind über ihre gemeinsamen Referenzen verbunden. Kozitation: über die Werke, die beide zitieren.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Salton cosine</source>
        <translation>Salton-Kosinus</translation>
    </message>
    <message>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <source>Association strength</source>
        <translation>Assoziationsstärke</translation>
    </message>
    <message>
        <source>How a link&apos;s strength is normalised (association strength: observed over expected, as VOSviewer does)</source>
        <translation>Wie die Stärke einer Verbindung normiert wird (Assoziationsstärke: beobachtet durch erwartet, wie in VOSviewer)</translation>
    </message>
    <message>
        <source>Seeds: all works</source>
        <translation>Ausgangswerke: alle Werke</translation>
    </message>
    <message numerus="yes">
        <source>Seeds: %n selected work(s)</source>
        <translation>
            <numerusform>Ausgangswerke: %n ausgewähltes Werk</numerusform>
            <numerusform>Ausgangswerke: %n ausgewählte Werke</numerusform>
        </translation>
    </message>
    <message>
        <source>The works the citation maps and the tables are about</source>
        <translation>Die Werke, um die es in den Zitationskarten und den Tabellen geht</translation>
    </message>
    <message>
        <source>All the researcher&apos;s works</source>
        <translation>Alle Werke des Forschers</translation>
    </message>
    <message>
        <source>The works selected in the Publications table</source>
        <translation>Die in der Tabelle „Publikationen“ ausgewählten Werke</translation>
    </message>
    <message>
        <source>Fetch citations…</source>
        <translation>Zitationen abrufen …</translation>
    </message>
    <message>
        <source>Fetch the references and citing works missing from the cache, after showing what it costs</source>
        <translation>Die Referenzen und zitierenden Werke abrufen, die im Cache fehlen, nachdem die Kosten angezeigt wurden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole map in the view</source>
        <translation>Die ganze Karte in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Show the map as it was at the end of a year</source>
        <translation>Die Karte so zeigen, wie sie am Ende eines Jahres war</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Knoten suchen …</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgearbeiten</translation>
    </message>
    <message>
        <source>Similar works</source>
        <translation>Ähnliche Werke</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Under it</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The works the seeds cite, by how many seeds cite them</source>
        <translation>Die von den Ausgangswerken zitierten Werke, danach, von wie vielen Ausgangswerken sie zitiert werden</translation>
    </message>
    <message>
        <source>The works citing the seeds, by how many seeds they cite</source>
        <translation>Die Werke, die die Ausgangswerke zitieren, danach, wie viele Ausgangswerke sie zitieren</translation>
    </message>
    <message>
        <source>Works sharing references or citing works with the seeds</source>
        <translation>Werke, die Referenzen oder zitierende Werke mit den Ausgangswerken teilen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: gray&quot;&gt;Click a node for details, a link for the evidence behind it. Double-click to open; right-click for a path or to fetch citations.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: gray&quot;&gt;Klicken Sie auf einen Knoten für Details oder auf eine Verbindung für die Belege dahinter. Doppelklick zum Öffnen; Rechtsklick für einen Pfad oder zum Abrufen von Zitationen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Building the map…</source>
        <translation>Karte wird erstellt …</translation>
    </message>
    <message>
        <source>Could not build the map from the cache (%1). Try again.</source>
        <translation>Die Karte konnte nicht aus dem Cache erstellt werden (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>Nothing to draw: sync this researcher&apos;s works (and their citations) first.</source>
        <translation>Nichts zu zeichnen: Synchronisieren Sie zuerst die Werke dieses Forschers (und ihre Zitationen).</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most connected of %2 works are drawn.</source>
        <translation>Die %1 am stärksten vernetzten von %2 Werken werden gezeichnet.</translation>
    </message>
    <message>
        <source>The %1 strongest of %2 links are drawn.</source>
        <translation>Die %1 stärksten von %2 Verbindungen werden gezeichnet.</translation>
    </message>
    <message>
        <source>Drawn: %1 of %2 co-authors, %3 of %4 institutions, %5 of %6 topics, %7 of %8 sources (the most frequent).</source>
        <translation>Gezeichnet: %1 von %2 Koautoren, %3 von %4 Einrichtungen, %5 von %6 Themen, %7 von %8 Quellen (die häufigsten).</translation>
    </message>
    <message>
        <source>Similarity over the %1 most cited of %2 seeds.</source>
        <translation>Ähnlichkeit über die %1 meistzitierten von %2 Ausgangswerken.</translation>
    </message>
    <message>
        <source>Tables: the first %1 of %2 foundations and %3 of %4 follow-ups.</source>
        <translation>Tabellen: die ersten %1 von %2 Grundlagen und %3 von %4 Folgearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;What this rests on&lt;/b&gt; (%n seed work(s))</source>
        <translation>
            <numerusform>&lt;b&gt;Worauf das beruht&lt;/b&gt; (%n Ausgangswerk)</numerusform>
            <numerusform>&lt;b&gt;Worauf das beruht&lt;/b&gt; (%n Ausgangswerke)</numerusform>
        </translation>
    </message>
    <message>
        <source>References: %1 of %2 resolved to cached works, %3 only IDs (%4 distinct).</source>
        <translation>Referenzen: %1 von %2 auf Werke im Cache aufgelöst, %3 nur IDs (%4 verschiedene).</translation>
    </message>
    <message>
        <source>Without reference data: %1 seed(s) (OpenAlex lists none), %2 never fetched.</source>
        <translation>Ohne Literaturdaten: %1 Ausgangswerk(e) (OpenAlex führt keine auf), %2 nie abgerufen.</translation>
    </message>
    <message>
        <source>Citing works known: %1; seeds whose citing works were listed: %2; cited but never listed: %3.</source>
        <translation>Bekannte zitierende Werke: %1; Ausgangswerke, deren zitierende Werke aufgelistet wurden: %2; zitiert, aber nie aufgelistet: %3.</translation>
    </message>
    <message>
        <source>Works: never fetched.</source>
        <translation>Werke: nie abgerufen.</translation>
    </message>
    <message>
        <source>Works fetched %1.</source>
        <translation>Werke abgerufen am %1.</translation>
    </message>
    <message>
        <source>Works fetched %1 to %2.</source>
        <translation>Werke abgerufen vom %1 bis %2.</translation>
    </message>
    <message>
        <source>Citing works never listed.</source>
        <translation>Zitierende Werke nie aufgelistet.</translation>
    </message>
    <message>
        <source>Citing works listed %1 to %2.</source>
        <translation>Zitierende Werke aufgelistet vom %1 bis %2.</translation>
    </message>
    <message>
        <source>Expand to fetch what is missing</source>
        <translation>Erweitern, um das Fehlende abzurufen</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %n work(s), no topic data</source>
        <translation>
            <numerusform>Cluster %1: %n Werk, keine Themendaten</numerusform>
            <numerusform>Cluster %1: %n Werke, keine Themendaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %2 (%3% of %n work(s))</source>
        <translation>
            <numerusform>Cluster %1: %2 (%3% von %n Werk)</numerusform>
            <numerusform>Cluster %1: %2 (%3% von %n Werken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to highlight its works on the map</source>
        <translation>Klicken, um seine Werke auf der Karte hervorzuheben</translation>
    </message>
    <message>
        <source>Double-click to open; right-click for a path or to fetch citations.</source>
        <translation>Doppelklick zum Öffnen; Rechtsklick für einen Pfad oder zum Abrufen von Zitationen.</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Cache wird gelesen …</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>Der Cache konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cached work(s)</source>
        <translation>
            <numerusform>%1: %n Werk im Cache</numerusform>
            <numerusform>%1: %n Werke im Cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n work(s) here</source>
        <translation>
            <numerusform>%1 — %n Werk hier</numerusform>
            <numerusform>%1 — %n Werke hier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — double-click to open the profile</source>
        <translation>%1 — Doppelklick öffnet das Profil</translation>
    </message>
    <message>
        <source>%1 — double-click for details</source>
        <translation>%1 — Doppelklick für Details</translation>
    </message>
    <message>
        <source>Could not read the evidence from the cache: %1</source>
        <translation>Die Belege konnten nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n work(s) behind this link</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n Werk hinter dieser Verbindung</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n Werke hinter dieser Verbindung</numerusform>
        </translation>
    </message>
    <message>
        <source>No path between these two on this map.</source>
        <translation>Kein Pfad zwischen diesen beiden auf dieser Karte.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s)</source>
        <translation>
            <numerusform>Pfad mit %n Schritt</numerusform>
            <numerusform>Pfad mit %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Fetch the citations of this work…</source>
        <translation>Die Zitationen dieses Werks abrufen …</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Das Profil von %1 öffnen</translation>
    </message>
    <message>
        <source>List what the cache holds under %1</source>
        <translation>Auflisten, was der Cache unter %1 enthält</translation>
    </message>
    <message>
        <source>Path from here</source>
        <translation>Pfad von hier</translation>
    </message>
    <message>
        <source>Now right-click another node: Path to here.</source>
        <translation>Klicken Sie jetzt mit der rechten Maustaste auf einen anderen Knoten: Pfad hierher.</translation>
    </message>
    <message>
        <source>Path to here</source>
        <translation>Pfad hierher</translation>
    </message>
    <message>
        <source>Clear the path</source>
        <translation>Pfad entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy as citation</source>
        <translation>Als Zitat kopieren</translation>
    </message>
    <message>
        <source>Export the selected rows</source>
        <translation>Die ausgewählten Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>Alle Zeilen exportieren</translation>
    </message>
    <message>
        <source>Export works</source>
        <translation>Werke exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n work(s)…</source>
        <translation>
            <numerusform>%n Werk wird exportiert …</numerusform>
            <numerusform>%n Werke werden exportiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not read the cache for the export (%1). Try again.</source>
        <translation>Der Cache konnte für den Export nicht gelesen werden (%1). Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>%n Zitat kopiert</numerusform>
            <numerusform>%n Zitate kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Die Karte exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Wird nach %1 exportiert …</translation>
    </message>
    <message>
        <source>Nothing on this map matches &apos;%1&apos;.</source>
        <translation>Nichts auf dieser Karte passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>peerscope::SearchBox</name>
    <message>
        <source>Search researchers</source>
        <translation>Forscher suchen</translation>
    </message>
    <message>
        <source>Search researchers by name, ORCID or OpenAlex ID (Ctrl+F)</source>
        <translation>Forscher nach Name, ORCID oder OpenAlex-ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Type a name: cached researchers appear at once, OpenAlex suggestions follow when online. Up and Down choose, Enter opens, Esc closes the list.</source>
        <translation>Geben Sie einen Namen ein: Forscher im Cache erscheinen sofort, Vorschläge von OpenAlex folgen, wenn Sie online sind. Auf und Ab wählen, Enter öffnet, Esc schließt die Liste.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <source>In cache</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Searching OpenAlex…</source>
        <translation>OpenAlex wird durchsucht …</translation>
    </message>
    <message>
        <source>Offline: only cached researchers are shown.</source>
        <translation>Offline: Nur Forscher im Cache werden angezeigt.</translation>
    </message>
    <message>
        <source>OpenAlex refused the request. Set your API key in Settings.</source>
        <translation>OpenAlex hat die Anfrage abgelehnt. Legen Sie Ihren API-Schlüssel in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>OpenAlex suggestions are unavailable: %1</source>
        <translation>Vorschläge von OpenAlex sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent an answer that could not be read.</source>
        <translation>OpenAlex hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>No researcher matches on OpenAlex either.</source>
        <translation>Auch bei OpenAlex passt kein Forscher.</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>im Cache</translation>
    </message>
    <message>
        <source>on OpenAlex</source>
        <translation>bei OpenAlex</translation>
    </message>
    <message>
        <source>%1 (%2) is in the cache: opens at once.</source>
        <translation>%1 (%2) ist im Cache: öffnet sofort.</translation>
    </message>
    <message>
        <source>%1 (%2) is on OpenAlex: opening it syncs the profile.</source>
        <translation>%1 (%2) ist bei OpenAlex: Öffnen synchronisiert das Profil.</translation>
    </message>
    <message>
        <source>%1, %2, %3 works, %4 citations, %5</source>
        <translation>%1, %2, %3 Werke, %4 Zitationen, %5</translation>
    </message>
    <message>
        <source>No cached researcher matches.</source>
        <translation>Kein Forscher im Cache passt.</translation>
    </message>
</context>
<context>
    <name>peerscope::SettingsDialog</name>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Move the cache to</source>
        <translation>Cache verschieben nach</translation>
    </message>
    <message>
        <source>SQLite cache (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Cache (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file for the cache.</source>
        <translation>Wählen Sie eine Datei für den Cache.</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address, such as postgresql://you@server/peerscope.</source>
        <translation>Geben Sie die Adresse des Team-Servers ein, etwa postgresql://sie@server/peerscope.</translation>
    </message>
    <message>
        <source>A team server&apos;s address starts with postgresql://, such as postgresql://you@server/peerscope.</source>
        <translation>Die Adresse eines Team-Servers beginnt mit postgresql://, etwa postgresql://sie@server/peerscope.</translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation>Die Adresse kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: put it in ~/.pgpass (or the PGPASSWORD variable), where PostgreSQL&apos;s own tools find it too.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: Legen Sie es in ~/.pgpass (oder die Variable PGPASSWORD), wo auch die Werkzeuge von PostgreSQL es finden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>peerscope::SyncStatusBar</name>
    <message>
        <source>Stale: cached %1</source>
        <translation>Veraltet: im Cache seit %1</translation>
    </message>
    <message numerus="yes">
        <source>This profile was fetched more than %n day(s) ago. Press F5 to refresh it.</source>
        <translation>
            <numerusform>Dieses Profil wurde vor mehr als %n Tag abgerufen. Drücken Sie F5, um es zu aktualisieren.</numerusform>
            <numerusform>Dieses Profil wurde vor mehr als %n Tagen abgerufen. Drücken Sie F5, um es zu aktualisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert …</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>%1 wird synchronisiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>OpenAlex asked us to slow down: waiting %n second(s) before the next request.</source>
        <translation>
            <numerusform>OpenAlex bittet um Verlangsamung: %n Sekunde Wartezeit vor der nächsten Anfrage.</numerusform>
            <numerusform>OpenAlex bittet um Verlangsamung: %n Sekunden Wartezeit vor der nächsten Anfrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex meters its API in dollars a day: single records are free, a list call costs %1 and a search %2. A free API key has $1 a day, reset at midnight UTC.</source>
        <translation>OpenAlex rechnet seine API in Dollar pro Tag ab: Einzelne Datensätze sind kostenlos, ein Listenaufruf kostet %1 und eine Suche %2. Ein kostenloser API-Schlüssel hat $1 pro Tag, zurückgesetzt um Mitternacht UTC.</translation>
    </message>
    <message>
        <source>Synced %1: %2 works and %3 co-author profiles written, %4 changes, %5 API calls (%6).</source>
        <translation>%1 synchronisiert: %2 Werke und %3 Koautorenprofile geschrieben, %4 Änderungen, %5 API-Aufrufe (%6).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is unchanged since the last sync (%n API call(s)).</source>
        <translation>
            <numerusform>%1 ist seit der letzten Synchronisierung unverändert (%n API-Aufruf).</numerusform>
            <numerusform>%1 ist seit der letzten Synchronisierung unverändert (%n API-Aufrufe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync of %1 was cancelled after %n API call(s); what arrived is kept.</source>
        <translation>
            <numerusform>Die Synchronisierung von %1 wurde nach %n API-Aufruf abgebrochen; was angekommen ist, bleibt erhalten.</numerusform>
            <numerusform>Die Synchronisierung von %1 wurde nach %n API-Aufrufen abgebrochen; was angekommen ist, bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex refused the request: the API key is missing or not valid. Set your API key in Settings.</source>
        <translation>OpenAlex hat die Anfrage abgelehnt: Der API-Schlüssel fehlt oder ist ungültig. Legen Sie Ihren API-Schlüssel in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>%1 What was synced is kept; sync again after the reset to complete it. Everything cached stays available.</source>
        <translation>%1 Das bisher Synchronisierte bleibt erhalten; synchronisieren Sie nach der Zurücksetzung erneut, um es zu vervollständigen. Alles im Cache bleibt verfügbar.</translation>
    </message>
    <message>
        <source>OpenAlex says this request needs a higher plan for your API key. Check your OpenAlex account.</source>
        <translation>Laut OpenAlex erfordert diese Anfrage einen höheren Tarif für Ihren API-Schlüssel. Prüfen Sie Ihr OpenAlex-Konto.</translation>
    </message>
    <message>
        <source>OpenAlex kept asking us to slow down. Lower the rate limit in Settings, then sync again.</source>
        <translation>OpenAlex hat wiederholt um Verlangsamung gebeten. Senken Sie die Anfragerate in den Einstellungen und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>OpenAlex has no author %1. Check the ID or search by name.</source>
        <translation>OpenAlex kennt keinen Autor %1. Prüfen Sie die ID oder suchen Sie nach dem Namen.</translation>
    </message>
    <message>
        <source>OpenAlex could not be reached while syncing %1. Check your connection and try again.</source>
        <translation>OpenAlex war während der Synchronisierung von %1 nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sync of %1 could not write the cache: %2 Check the free disk space and the cache location in Settings.</source>
        <translation>Die Synchronisierung von %1 konnte nicht in den Cache schreiben: %2 Prüfen Sie den freien Speicherplatz und den Ort des Caches in den Einstellungen.</translation>
    </message>
    <message>
        <source>The sync of %1 stopped: %2 Everything written so far is kept; try again to complete it.</source>
        <translation>Die Synchronisierung von %1 wurde angehalten: %2 Alles bisher Geschriebene bleibt erhalten; versuchen Sie es erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Peerscope does not use the network. Everything cached stays available; turn off File › Work offline to sync.</source>
        <translation>Peerscope nutzt das Netzwerk nicht. Alles im Cache bleibt verfügbar; schalten Sie Datei › Offline arbeiten aus, um zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>peerscope::TrustSnapshot</name>
    <message>
        <source>No stable record</source>
        <translation>Kein stabiler Datensatz</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Nicht beansprucht</translation>
    </message>
    <message>
        <source>Claimed (ORCID)</source>
        <translation>Beansprucht (ORCID)</translation>
    </message>
    <message>
        <source>Claimed and corroborated</source>
        <translation>Beansprucht und bestätigt</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Aufkommend</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Wachsend</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Etabliert</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>OpenAlex author record</source>
        <translation>OpenAlex-Autorendatensatz</translation>
    </message>
    <message numerus="yes">
        <source>cached works (%n)</source>
        <translation>
            <numerusform>Werke im Cache (%n)</numerusform>
            <numerusform>Werke im Cache (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>cached authorships (%1)</source>
        <translation>Autorschaften im Cache (%1)</translation>
    </message>
    <message>
        <source>co-authors in cached works</source>
        <translation>Koautoren in Werken im Cache</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Stable record</source>
        <translation>Stabiler Datensatz</translation>
    </message>
    <message>
        <source>OpenAlex marks this record as deleted</source>
        <translation>OpenAlex markiert diesen Datensatz als gelöscht</translation>
    </message>
    <message>
        <source>No OpenAlex record in the cache</source>
        <translation>Kein OpenAlex-Datensatz im Cache</translation>
    </message>
    <message numerus="yes">
        <source>%n shared co-author(s)</source>
        <translation>
            <numerusform>%n gemeinsamer Koautor</numerusform>
            <numerusform>%n gemeinsame Koautoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared institution(s)</source>
        <translation>
            <numerusform>%n gemeinsame Einrichtung</numerusform>
            <numerusform>%n gemeinsame Einrichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared topic(s)</source>
        <translation>
            <numerusform>%n gemeinsames Thema</numerusform>
            <numerusform>%n gemeinsame Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: %1 (%2) has the same name key and %3</source>
        <translation>Mögliches Duplikat: %1 (%2) hat denselben Namensschlüssel und %3</translation>
    </message>
    <message>
        <source>other cached author records</source>
        <translation>andere Autorendatensätze im Cache</translation>
    </message>
    <message>
        <source>A live OpenAlex author record (%1)</source>
        <translation>Ein aktiver OpenAlex-Autorendatensatz (%1)</translation>
    </message>
    <message>
        <source>ORCID</source>
        <translation>ORCID</translation>
    </message>
    <message>
        <source>Linked to ORCID %1</source>
        <translation>Mit ORCID %1 verknüpft</translation>
    </message>
    <message>
        <source>No ORCID on the record (unclaimed)</source>
        <translation>Keine ORCID im Datensatz (nicht beansprucht)</translation>
    </message>
    <message>
        <source>ORCID corroborated</source>
        <translation>ORCID bestätigt</translation>
    </message>
    <message>
        <source>%1 of %2 cached authorships carry the ORCID</source>
        <translation>%1 von %2 Autorschaften im Cache tragen die ORCID</translation>
    </message>
    <message>
        <source>No ORCID to corroborate</source>
        <translation>Keine ORCID zu bestätigen</translation>
    </message>
    <message>
        <source>Scopus ID</source>
        <translation>Scopus-ID</translation>
    </message>
    <message>
        <source>No Scopus author ID</source>
        <translation>Keine Scopus-Autoren-ID</translation>
    </message>
    <message>
        <source>Scopus author ID %1</source>
        <translation>Scopus-Autoren-ID %1</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Current institution</source>
        <translation>Aktuelle Einrichtung</translation>
    </message>
    <message>
        <source>Last known: %1</source>
        <translation>Zuletzt bekannt: %1</translation>
    </message>
    <message>
        <source>No last-known institution</source>
        <translation>Keine zuletzt bekannte Einrichtung</translation>
    </message>
    <message>
        <source>Institution has ROR</source>
        <translation>Einrichtung hat ROR</translation>
    </message>
    <message>
        <source>Registered in ROR</source>
        <translation>Im ROR registriert</translation>
    </message>
    <message>
        <source>No ROR ID for a current institution</source>
        <translation>Keine ROR-ID für eine aktuelle Einrichtung</translation>
    </message>
    <message>
        <source>Affiliation history</source>
        <translation>Verlauf der Zugehörigkeiten</translation>
    </message>
    <message numerus="yes">
        <source>Affiliations recorded in %n distinct year(s); 3 or more count</source>
        <translation>
            <numerusform>Zugehörigkeiten in %n Jahr erfasst; ab 3 zählt es</numerusform>
            <numerusform>Zugehörigkeiten in %n verschiedenen Jahren erfasst; ab 3 zählt es</numerusform>
        </translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>No conflation signs</source>
        <translation>Keine Anzeichen einer Verwechslung</translation>
    </message>
    <message>
        <source>No conflation warning</source>
        <translation>Keine Warnung vor Verwechslung</translation>
    </message>
    <message numerus="yes">
        <source>%n conflation warning(s), see below</source>
        <translation>
            <numerusform>%n Warnung vor Verwechslung, siehe unten</numerusform>
            <numerusform>%n Warnungen vor Verwechslung, siehe unten</numerusform>
        </translation>
    </message>
    <message>
        <source>checks on the record and its works</source>
        <translation>Prüfungen des Datensatzes und seiner Werke</translation>
    </message>
    <message>
        <source>Works cached</source>
        <translation>Werke im Cache</translation>
    </message>
    <message>
        <source>%1 of %2 works OpenAlex counts are cached</source>
        <translation>%1 der %2 von OpenAlex gezählten Werke sind im Cache</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message numerus="yes">
        <source>%n cached work(s); 1/5/20/50 give 2/4/7/10</source>
        <translation>
            <numerusform>%n Werk im Cache; 1/5/20/50 ergeben 2/4/7/10</numerusform>
            <numerusform>%n Werke im Cache; 1/5/20/50 ergeben 2/4/7/10</numerusform>
        </translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <source>%1 citations; 1/10/100/1000 give 2/4/7/10</source>
        <translation>%1 Zitationen; 1/10/100/1000 ergeben 2/4/7/10</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Latest work</source>
        <translation>Neuestes Werk</translation>
    </message>
    <message>
        <source>Latest cached work in %1</source>
        <translation>Neuestes Werk im Cache aus %1</translation>
    </message>
    <message>
        <source>No dated work in the cache</source>
        <translation>Kein datiertes Werk im Cache</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Koautoren</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct co-author(s); 1/5/15 give 2/4/6</source>
        <translation>
            <numerusform>%n Koautor; 1/5/15 ergeben 2/4/6</numerusform>
            <numerusform>%n verschiedene Koautoren; 1/5/15 ergeben 2/4/6</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat collaboration</source>
        <translation>Wiederholte Zusammenarbeit</translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s) with 2 or more shared works</source>
        <translation>
            <numerusform>%n Koautor mit 2 oder mehr gemeinsamen Werken</numerusform>
            <numerusform>%n Koautoren mit 2 oder mehr gemeinsamen Werken</numerusform>
        </translation>
    </message>
    <message>
        <source>Known co-authors</source>
        <translation>Bekannte Koautoren</translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s) with a cached profile; 3 or more count</source>
        <translation>
            <numerusform>%n Koautor mit Profil im Cache; ab 3 zählt es</numerusform>
            <numerusform>%n Koautoren mit Profil im Cache; ab 3 zählt es</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust evidence could not be read from the cache: %1</source>
        <translation>Die Belege für Vertrauen konnten nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>der Cache</translation>
    </message>
</context>
<context>
    <name>peerscope::Work</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>peerscope::WorkDetailView</name>
    <message>
        <source>&lt;p&gt;This work is no longer in the cache.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Werk ist nicht mehr im Cache.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n Zitation</numerusform>
            <numerusform>%n Zitationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Field-weighted citation impact: citations relative to works of the same field, type and year; 1 is as expected</source>
        <translation>Fachgewichtete Zitationswirkung: Zitationen im Verhältnis zu Werken desselben Fachgebiets, Typs und Jahres; 1 entspricht der Erwartung</translation>
    </message>
    <message>
        <source>FWCI %1</source>
        <translation>FWCI %1</translation>
    </message>
    <message>
        <source>citation percentile %1</source>
        <translation>Zitationsperzentil %1</translation>
    </message>
    <message>
        <source>top 1%</source>
        <translation>Top 1 %</translation>
    </message>
    <message>
        <source>top 10%</source>
        <translation>Top 10 %</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>unnamed author</source>
        <translation>unbenannter Autor</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Autoren:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>(list cut at 100 by OpenAlex; sync the work for all authors)</source>
        <translation>(Liste von OpenAlex bei 100 gekürzt; synchronisieren Sie das Werk für alle Autoren)</translation>
    </message>
    <message>
        <source>no DOI</source>
        <translation>keine DOI</translation>
    </message>
    <message>
        <source>landing page</source>
        <translation>Landingpage</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>No abstract available.</source>
        <translation>Kein Abstract verfügbar.</translation>
    </message>
    <message>
        <source>Work details</source>
        <translation>Details zum Werk</translation>
    </message>
    <message>
        <source>Select a work to see its authors, abstract and links.</source>
        <translation>Wählen Sie ein Werk aus, um Autoren, Abstract und Links zu sehen.</translation>
    </message>
</context>
<context>
    <name>peerscope::citations::CitationNetwork</name>
    <message>
        <source>Give either a person or a list of work IDs as seeds, not both and not neither.</source>
        <translation>Geben Sie als Ausgangsmenge entweder eine Person oder eine Liste von Werk-IDs an, nicht beides und nicht keines von beiden.</translation>
    </message>
    <message>
        <source>%1 is not in the cache: fetch the author first, then ask again.</source>
        <translation>%1 ist nicht im Cache: Rufen Sie zuerst den Autor ab und fragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Not in the cache: %1. Fetch these works first, or leave them out of the seeds.</source>
        <translation>Nicht im Cache: %1. Rufen Sie diese Werke zuerst ab oder lassen Sie sie bei den Ausgangswerken weg.</translation>
    </message>
</context>
<context>
    <name>peerscope::metrics</name>
    <message>
        <source>Papers</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <source>Works counted (the checked rows of the publications table).</source>
        <translation>Gezählte Werke (die ausgewählten Zeilen der Publikationstabelle).</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <source>Total citations of the counted works, as OpenAlex reports them.</source>
        <translation>Gesamtzitationen der gezählten Werke, wie OpenAlex sie angibt.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Years since the first publication, counting the current year.</source>
        <translation>Jahre seit der ersten Publikation, das laufende Jahr mitgezählt.</translation>
    </message>
    <message>
        <source>Cites/year</source>
        <translation>Zit./Jahr</translation>
    </message>
    <message>
        <source>Citations divided by years since the first publication.</source>
        <translation>Zitationen geteilt durch die Jahre seit der ersten Publikation.</translation>
    </message>
    <message>
        <source>Cites/paper</source>
        <translation>Zit./Publikation</translation>
    </message>
    <message>
        <source>Citations divided by the number of works.</source>
        <translation>Zitationen geteilt durch die Zahl der Werke.</translation>
    </message>
    <message>
        <source>Authors/paper</source>
        <translation>Autoren/Publikation</translation>
    </message>
    <message>
        <source>Mean number of authors per work.</source>
        <translation>Mittlere Zahl der Autoren pro Werk.</translation>
    </message>
    <message>
        <source>h-index</source>
        <translation>h-Index</translation>
    </message>
    <message>
        <source>Hirsch: the largest h such that h works have at least h citations each.</source>
        <translation>Hirsch: das größte h, bei dem h Werke jeweils mindestens h Zitationen haben.</translation>
    </message>
    <message>
        <source>i10-index</source>
        <translation>i10-Index</translation>
    </message>
    <message>
        <source>Number of works with at least 10 citations (Google Scholar).</source>
        <translation>Zahl der Werke mit mindestens 10 Zitationen (Google Scholar).</translation>
    </message>
    <message>
        <source>g-index</source>
        <translation>g-Index</translation>
    </message>
    <message>
        <source>Egghe: the largest g such that the g most cited works have at least g² citations together.</source>
        <translation>Egghe: das größte g, bei dem die g meistzitierten Werke zusammen mindestens g² Zitationen haben.</translation>
    </message>
    <message>
        <source>e-index</source>
        <translation>e-Index</translation>
    </message>
    <message>
        <source>Zhang: square root of the citations of the h-core in excess of h².</source>
        <translation>Zhang: Quadratwurzel der Zitationen des h-Kerns, die über h² hinausgehen.</translation>
    </message>
    <message>
        <source>m-quotient</source>
        <translation>m-Quotient</translation>
    </message>
    <message>
        <source>Hirsch: h-index divided by the years since the first publication.</source>
        <translation>Hirsch: h-Index geteilt durch die Jahre seit der ersten Publikation.</translation>
    </message>
    <message>
        <source>hc-index</source>
        <translation>hc-Index</translation>
    </message>
    <message>
        <source>Contemporary h-index (Sidiropoulos et al.): each work&apos;s citations are weighted by 4 / age in years, then the h-index of these scores.</source>
        <translation>Zeitgemäßer h-Index (Sidiropoulos et al.): Die Zitationen jedes Werks werden mit 4 / Alter in Jahren gewichtet, dann der h-Index dieser Werte.</translation>
    </message>
    <message>
        <source>hI,norm</source>
        <translation>hI,norm</translation>
    </message>
    <message>
        <source>Harzing: citations of each work divided by its number of authors, then the h-index of these.</source>
        <translation>Harzing: Zitationen jedes Werks geteilt durch die Zahl seiner Autoren, dann deren h-Index.</translation>
    </message>
    <message>
        <source>hI,annual</source>
        <translation>hI,annual</translation>
    </message>
    <message>
        <source>Harzing et al.: hI,norm divided by the years since the first publication.</source>
        <translation>Harzing et al.: hI,norm geteilt durch die Jahre seit der ersten Publikation.</translation>
    </message>
    <message>
        <source>hm-index</source>
        <translation>hm-Index</translation>
    </message>
    <message>
        <source>Schreiber: the h-index with fractional ranks, each work counting 1 / number of authors.</source>
        <translation>Schreiber: der h-Index mit anteiligen Rängen, jedes Werk zählt 1 / Zahl der Autoren.</translation>
    </message>
    <message>
        <source>AWCR</source>
        <translation>AWCR</translation>
    </message>
    <message>
        <source>Age-weighted citation rate (Jin): the sum over works of citations divided by age in years.</source>
        <translation>Altersgewichtete Zitationsrate (Jin): Summe über die Werke aus Zitationen geteilt durch Alter in Jahren.</translation>
    </message>
    <message>
        <source>AWCRpA</source>
        <translation>AWCRpA</translation>
    </message>
    <message>
        <source>Per-author AWCR: as AWCR, with each work&apos;s rate divided by its number of authors.</source>
        <translation>AWCR pro Autor: wie AWCR, wobei die Rate jedes Werks durch die Zahl seiner Autoren geteilt wird.</translation>
    </message>
    <message>
        <source>AW-index</source>
        <translation>AW-Index</translation>
    </message>
    <message>
        <source>Square root of the AWCR, comparable to the h-index.</source>
        <translation>Quadratwurzel der AWCR, vergleichbar mit dem h-Index.</translation>
    </message>
    <message>
        <source>acc10</source>
        <translation>acc10</translation>
    </message>
    <message>
        <source>Annual citation count: works with at least 10 citations per year since publication.</source>
        <translation>Jährliche Zitationszahl: Werke mit mindestens 10 Zitationen pro Jahr seit Erscheinen.</translation>
    </message>
    <message>
        <source>Mean FWCI</source>
        <translation>Mittlerer FWCI</translation>
    </message>
    <message>
        <source>Mean field-weighted citation impact: the average of OpenAlex&apos;s FWCI over the counted works that have one; 1 means cited as often as comparable works (same field, type and year).</source>
        <translation>Mittlere fachgewichtete Zitationswirkung: der Durchschnitt des FWCI von OpenAlex über die gezählten Werke, die einen haben; 1 bedeutet so oft zitiert wie vergleichbare Werke (gleiches Fachgebiet, gleicher Typ, gleiches Jahr).</translation>
    </message>
</context>
<context>
    <name>peerscope::views::NetworkView</name>
    <message>
        <source>Co-author network</source>
        <translation>Koautorennetzwerk</translation>
    </message>
    <message>
        <source>No co-author network to show. Open an author with cached works.</source>
        <translation>Kein Koautorennetzwerk zum Anzeigen. Öffnen Sie einen Autor mit Werken im Cache.</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n Werk</numerusform>
            <numerusform>%n Werke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared with %2</source>
        <translation>%1 gemeinsam mit %2</translation>
    </message>
    <message>
        <source>Community %1</source>
        <translation>Gemeinschaft %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n shared work(s), last together %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n gemeinsames Werk, zuletzt gemeinsam %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n gemeinsame Werke, zuletzt gemeinsam %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>First author: %1</source>
        <translation>Erstautor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shared work(s)</source>
        <translation>
            <numerusform>%n gemeinsames Werk</numerusform>
            <numerusform>%n gemeinsame Werke</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited %1 times</source>
        <translation>%1-mal zitiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cites &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zitiert &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Too many links to draw at this zoom: the %1 strongest are drawn; zoom in to see the other %2.</source>
        <translation>Zu viele Verbindungen für diese Zoomstufe: Die %1 stärksten werden gezeichnet; vergrößern Sie, um die übrigen %2 zu sehen.</translation>
    </message>
</context>
<context>
    <name>peerscope::views::YearCharts</name>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>open access</source>
        <translation>Open Access</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Works per year</source>
        <translation>Werke pro Jahr</translation>
    </message>
    <message>
        <source>Citations per year</source>
        <translation>Zitationen pro Jahr</translation>
    </message>
    <message>
        <source>h-index over time</source>
        <translation>h-Index im Zeitverlauf</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Stacked by type</source>
        <translation>Nach Typ gestapelt</translation>
    </message>
    <message>
        <source>Stacked by open access</source>
        <translation>Nach Open Access gestapelt</translation>
    </message>
    <message>
        <source>Stack works by</source>
        <translation>Werke stapeln nach</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Das Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Per-year chart</source>
        <translation>Diagramm pro Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>No dated works in the cache for this author</source>
        <translation>Keine datierten Werke dieses Autors im Cache</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werke</translation>
    </message>
    <message numerus="yes">
        <source>Works published each year, from every cached work (%n work(s) with a known year).</source>
        <translation>
            <numerusform>Pro Jahr veröffentlichte Werke, aus allen Werken im Cache (%n Werk mit bekanntem Jahr).</numerusform>
            <numerusform>Pro Jahr veröffentlichte Werke, aus allen Werken im Cache (%n Werke mit bekanntem Jahr).</numerusform>
        </translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <source>Citations received</source>
        <translation>Erhaltene Zitationen</translation>
    </message>
    <message>
        <source>Citations received each year by the cached works. OpenAlex reports per-year counts for recent years only; earlier citations are not shown.</source>
        <translation>Zitationen, die die Werke im Cache pro Jahr erhalten haben. OpenAlex meldet Zahlen pro Jahr nur für die letzten Jahre; frühere Zitationen werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>h-index</source>
        <translation>h-Index</translation>
    </message>
    <message>
        <source>h-index at the end of each year, estimated from each work&apos;s citations minus those it received later (per-year counts cover recent years only).</source>
        <translation>h-Index am Ende jedes Jahres, geschätzt aus den Zitationen jedes Werks abzüglich der später erhaltenen (Zahlen pro Jahr gibt es nur für die letzten Jahre).</translation>
    </message>
    <message>
        <source>%1: no works</source>
        <translation>%1: keine Werke</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work(s)</source>
        <translation>
            <numerusform>%1: %n Werk</numerusform>
            <numerusform>%1: %n Werke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n citation(s) received</source>
        <translation>
            <numerusform>%1: %n Zitation erhalten</numerusform>
            <numerusform>%1: %n Zitationen erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>End of %1: h-index %2</source>
        <translation>Ende %1: h-Index %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
</TS>
