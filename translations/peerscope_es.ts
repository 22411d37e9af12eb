<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuthorLoader</name>
    <message>
        <source>The profile of %1 could not be read from the cache (%2). Try again, or check the cache file in Settings.</source>
        <translation>No se pudo leer de la caché el perfil de %1 (%2). Inténtelo de nuevo o revise el archivo de la caché en Preferencias.</translation>
    </message>
    <message>
        <source>The profile of %1 could not be read from the cache. Try again, or check the cache file in Settings.</source>
        <translation>No se pudo leer de la caché el perfil de %1. Inténtelo de nuevo o revise el archivo de la caché en Preferencias.</translation>
    </message>
    <message>
        <source>The works of %1 could not be read from the cache (%2). Try again, or check the cache file in Settings.</source>
        <translation>No se pudieron leer de la caché los trabajos de %1 (%2). Inténtelo de nuevo o revise el archivo de la caché en Preferencias.</translation>
    </message>
    <message>
        <source>The citations per year of %1 could not be read from the cache (%2). Try again, or check the cache file in Settings.</source>
        <translation>No se pudieron leer de la caché las citas por año de %1 (%2). Inténtelo de nuevo o revise el archivo de la caché en Preferencias.</translation>
    </message>
</context>
<context>
    <name>CoauthorGraph</name>
    <message>
        <source>Papers with more than %1 authors add no co-authors to the network and do not count as shared works; between authors already in it they add only a fractional weight of 1/(n-1), n being the number of authors.</source>
        <translation>Los artículos con más de %1 autores no añaden coautores a la red ni cuentan como trabajos compartidos; entre autores que ya están en ella solo aportan un peso fraccionario de 1/(n-1), siendo n el número de autores.</translation>
    </message>
    <message>
        <source>Cannot read the co-author network of %1 from the cache: %2</source>
        <translation>No se puede leer de la caché la red de coautores de %1: %2</translation>
    </message>
</context>
<context>
    <name>ConflictPrompt</name>
    <message>
        <source>%1, because: &quot;%2&quot;</source>
        <translation>%1, porque: «%2»</translation>
    </message>
    <message>
        <source>Conflicting Corrections</source>
        <translation>Correcciones en conflicto</translation>
    </message>
    <message>
        <source>&lt;p&gt;You want to %1.&lt;/p&gt;&lt;p&gt;That contradicts what is in effect:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Keep theirs, and yours is kept in the log as declined, with your reason. Apply yours, and theirs stays in the log as superseded; undoing yours brings it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quiere %1.&lt;/p&gt;&lt;p&gt;Eso contradice lo vigente:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Si mantiene la otra, la suya queda en el registro como rechazada, con su motivo. Si aplica la suya, la otra queda en el registro como sustituida; al deshacer la suya vuelve.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Mantener la otra</translation>
    </message>
    <message>
        <source>Apply Mine</source>
        <translation>Aplicar la mía</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Publications</source>
        <translation>Exportar publicaciones</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>All works</source>
        <translation>Todos los trabajos</translation>
    </message>
    <message>
        <source>Works matching the current filter</source>
        <translation>Trabajos que coinciden con el filtro actual</translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation>Filas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Citation &amp;keys:</source>
        <translation>&amp;Claves de cita:</translation>
    </message>
    <message>
        <source>A JabRef-style pattern such as [auth][year][shorttitle]. Keys already exported stay as they were.</source>
        <translation>Un patrón al estilo de JabRef, como [auth][year][shorttitle]. Las claves ya exportadas se mantienen como estaban.</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>&amp;Merge preprints into their published versions</source>
        <translation>&amp;Fusionar los preprints con sus versiones publicadas</translation>
    </message>
    <message>
        <source>Include &amp;abstracts</source>
        <translation>Incluir &amp;resúmenes</translation>
    </message>
    <message>
        <source>ASCII with LaTeX escapes (classic &amp;BibTeX)</source>
        <translation>ASCII con escapes de LaTeX (&amp;BibTeX clásico)</translation>
    </message>
    <message>
        <source>Byte order mark for &amp;spreadsheets (CSV)</source>
        <translation>Marca de orden de bytes para &amp;hojas de cálculo (CSV)</translation>
    </message>
</context>
<context>
    <name>NetworkRenderer</name>
    <message>
        <source>Co-author network of %1</source>
        <translation>Red de coautores de %1</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Community %1</source>
        <translation>Comunidad %1</translation>
    </message>
    <message>
        <source>Smaller communities</source>
        <translation>Comunidades más pequeñas</translation>
    </message>
    <message>
        <source>Other or unknown</source>
        <translation>Otra o desconocida</translation>
    </message>
    <message>
        <source>Last together %1</source>
        <translation>Última vez juntos: %1</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot read the profile of %1 from the cache: %2</source>
        <translation>No se puede leer de la caché el perfil de %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>The cache %1 is not ready (schema %2).</source>
        <translation>La caché %1 no está lista (esquema %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the cache. Choose another location with --db.</source>
        <translation>No se puede crear la carpeta %1 para la caché. Elija otra ubicación con --db.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose a cache file path with --db.</source>
        <translation>%1 no es un archivo. Elija la ruta de un archivo de caché con --db.</translation>
    </message>
    <message>
        <source>The cache %1 is read-only. Make the file and its folder writable, or choose another cache with --db.</source>
        <translation>La caché %1 es de solo lectura. Haga que el archivo y su carpeta tengan permiso de escritura o elija otra caché con --db.</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>Cannot create the cache %1: %2</source>
        <translation>No se puede crear la caché %1: %2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (%2) and could not be moved aside. Move it away by hand or choose another cache with --db.</source>
        <translation>La caché %1 está dañada (%2) y no se pudo apartar. Muévala a mano o elija otra caché con --db.</translation>
    </message>
    <message>
        <source>Cannot create a fresh cache at %1: %2</source>
        <translation>No se puede crear una caché nueva en %1: %2</translation>
    </message>
    <message>
        <source>The cache was damaged (%1). It was moved to %2 and a fresh cache was created; sync or import again to fill it.</source>
        <translation>La caché estaba dañada (%1). Se movió a %2 y se creó una caché nueva; sincronice o importe de nuevo para llenarla.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Peerscope (schema %2, this version knows %3). Update Peerscope or choose another cache with --db.</source>
        <translation>La caché %1 la escribió un Peerscope más reciente (esquema %2, esta versión conoce el %3). Actualice Peerscope o elija otra caché con --db.</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1: %2</source>
        <translation>No se puede preparar la caché %1: %2</translation>
    </message>
    <message>
        <source>The bundled demo data is missing from this build.</source>
        <translation>Faltan los datos de demostración incluidos en esta compilación.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write to the cache: %2</source>
        <translation>%1: no se puede escribir en la caché: %2</translation>
    </message>
    <message>
        <source>Peerscope</source>
        <translation>Peerscope</translation>
    </message>
    <message>
        <source>Cache recovered</source>
        <translation>Caché recuperada</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <source>%1: no .json files (nor .jsonl, .ndjson or .gz) in this folder</source>
        <translation>%1: no hay archivos .json (ni .jsonl, .ndjson o .gz) en esta carpeta</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formado en el byte %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more unreadable record(s)</source>
        <translation>
            <numerusform>%1: %n registro ilegible más</numerusform>
            <numerusform>%1: %n registros ilegibles más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (after %n record(s); those are kept)</source>
        <translation>
            <numerusform>%1: %2 (tras %n registro; ese se conserva)</numerusform>
            <numerusform>%1: %2 (tras %n registros; esos se conservan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the array is cut short or malformed after %n element(s); those before are kept</source>
        <translation>
            <numerusform>%1: el array está cortado o mal formado tras %n elemento; ese se conserva</numerusform>
            <numerusform>%1: el array está cortado o mal formado tras %n elementos; esos se conservan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no OpenAlex entities: an empty list</source>
        <translation>%1: ninguna entidad de OpenAlex: una lista vacía</translation>
    </message>
    <message>
        <source>%1: %2 was not stored: %3</source>
        <translation>%1: %2 no se guardó: %3</translation>
    </message>
    <message>
        <source>%1: malformed JSON at byte %2: %3</source>
        <translation>%1: JSON mal formado en el byte %2: %3</translation>
    </message>
    <message>
        <source>no OpenAlex entities: an empty list</source>
        <translation>ninguna entidad de OpenAlex: una lista vacía</translation>
    </message>
    <message>
        <source>%1: &quot;results&quot; is not an array</source>
        <translation>%1: «results» no es un array</translation>
    </message>
    <message>
        <source>no OpenAlex entities: a group_by answer</source>
        <translation>ninguna entidad de OpenAlex: una respuesta group_by</translation>
    </message>
    <message>
        <source>an OpenAlex error answer: %1</source>
        <translation>una respuesta de error de OpenAlex: %1</translation>
    </message>
    <message>
        <source>no OpenAlex entities: a record without an OpenAlex id</source>
        <translation>ninguna entidad de OpenAlex: un registro sin ID de OpenAlex</translation>
    </message>
    <message>
        <source>%1: expected a JSON object or array</source>
        <translation>%1: se esperaba un objeto o un array JSON</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the compressed file ends early (truncated download?)</source>
        <translation>el archivo comprimido termina antes de tiempo (¿descarga incompleta?)</translation>
    </message>
    <message>
        <source>Cannot open the cache %1 to import into it: %2</source>
        <translation>No se puede abrir la caché %1 para importar en ella: %2</translation>
    </message>
    <message>
        <source>The team server address %1 cannot be used: %2.</source>
        <translation>La dirección del servidor del equipo %1 no se puede usar: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the team server %1: Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>No se puede llegar al servidor del equipo %1: el controlador PostgreSQL de Qt no está instalado (en Debian: el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: %2</source>
        <translation>No se puede conectar con el servidor del equipo %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the team server %1: %2</source>
        <translation>No se puede usar el servidor del equipo %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 is not ready (schema %2).</source>
        <translation>La base de datos del equipo %1 no está lista (esquema %2).</translation>
    </message>
    <message>
        <source>The team database %1 was prepared by a newer Peerscope (schema %2, this version knows %3). Update Peerscope.</source>
        <translation>La base de datos del equipo %1 la preparó un Peerscope más reciente (esquema %2; esta versión conoce %3). Actualice Peerscope.</translation>
    </message>
    <message>
        <source>Cannot prepare the team database %1: %2</source>
        <translation>No se puede preparar la base de datos del equipo %1: %2</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL connection URI</source>
        <translation>no es una URI de conexión PostgreSQL válida</translation>
    </message>
    <message>
        <source>the database name in a PostgreSQL URI cannot contain &apos;/&apos;</source>
        <translation>el nombre de la base de datos en una URI de PostgreSQL no puede contener &apos;/&apos;</translation>
    </message>
    <message>
        <source>the PostgreSQL URI parameter %1 is not valid</source>
        <translation>el parámetro %1 de la URI de PostgreSQL no es válido</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Needed for syncing since February 2026</source>
        <translation>Necesaria para sincronizar desde febrero de 2026</translation>
    </message>
    <message>
        <source>OpenAlex API key</source>
        <translation>Clave de API de OpenAlex</translation>
    </message>
    <message>
        <source>As&amp;k before syncing:</source>
        <translation>&amp;Preguntar antes de sincronizar:</translation>
    </message>
    <message>
        <source>Ask before a sync that uses more than this share of today&apos;s budget</source>
        <translation>Preguntar antes de una sincronización que use más de esta parte del presupuesto de hoy</translation>
    </message>
    <message>
        <source>Before a sync, Peerscope estimates its cost in OpenAlex list calls. Above this share of what is left of today&apos;s budget it asks first. A free API key has $1 a day; a list call costs $0.0001.</source>
        <translation>Antes de una sincronización, Peerscope estima su coste en llamadas de lista de OpenAlex. Si supera esta parte de lo que queda del presupuesto de hoy, pregunta primero. Una clave de API gratuita tiene $1 al día; una llamada de lista cuesta $0.0001.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>% of what is left today</source>
        <translation>% de lo que queda hoy</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Límite de &amp;velocidad:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <source>OpenAlex allows at most 10 requests per second.</source>
        <translation>OpenAlex permite como máximo 10 solicitudes por segundo.</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> solicitudes/s</translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation>&amp;Tiempo de vida:</translation>
    </message>
    <message>
        <source>Time to live in days</source>
        <translation>Tiempo de vida en días</translation>
    </message>
    <message>
        <source>Cached records older than this are marked stale and synced again when opened.</source>
        <translation>Los registros en caché más antiguos se marcan como obsoletos y se sincronizan de nuevo al abrirlos.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>Archivo de caché</translation>
    </message>
    <message>
        <source>Changing this moves the cache file there (safely: the old file stays until the copy is verified).</source>
        <translation>Cambiarlo mueve el archivo de caché allí (de forma segura: el archivo antiguo se conserva hasta verificar la copia).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose a new cache location</source>
        <translation>Elegir una nueva ubicación para la caché</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Caché:</translation>
    </message>
    <message>
        <source>Where the cache is</source>
        <translation>Dónde está la caché</translation>
    </message>
    <message>
        <source>A file on this computer, or a PostgreSQL database the team shares: the same records, corrections made once and seen by all.</source>
        <translation>Un archivo en este ordenador o una base de datos PostgreSQL que comparte el equipo: los mismos registros, correcciones hechas una vez y vistas por todos.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>Cache &amp;file:</source>
        <translation>&amp;Archivo de caché:</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>&amp;Servidor del equipo:</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Dirección del servidor del equipo</translation>
    </message>
    <message>
        <source>postgresql://you@server/peerscope</source>
        <translation>postgresql://usted@servidor/peerscope</translation>
    </message>
    <message>
        <source>A PostgreSQL connection address. The password goes in ~/.pgpass (or PGPASSWORD), never here.</source>
        <translation>Una dirección de conexión de PostgreSQL. La contraseña va en ~/.pgpass (o PGPASSWORD), nunca aquí.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Test the connection to the team server</source>
        <translation>Probar la conexión con el servidor del equipo</translation>
    </message>
    <message>
        <source>Connected as %1; the team cache is ready (schema version %2).</source>
        <translation>Conectado como %1; la caché del equipo está lista (versión del esquema %2).</translation>
    </message>
</context>
<context>
    <name>WorkQueries</name>
    <message>
        <source>cannot read work %1 from the cache: %2</source>
        <translation>no se puede leer de la caché el trabajo %1: %2</translation>
    </message>
    <message>
        <source>cannot read works %1 to %2 of %3 from the cache: %4</source>
        <translation>no se pueden leer de la caché los trabajos %1 a %2 de %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) no longer in the cache: %1</source>
        <translation>
            <numerusform>%n trabajo ya no está en la caché: %1</numerusform>
            <numerusform>%n trabajos ya no están en la caché: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>peerscope: created %1 with the demo data set.</source>
        <translation>peerscope: se creó %1 con el conjunto de datos de demostración.</translation>
    </message>
    <message>
        <source>peerscope: %1</source>
        <translation>peerscope: %1</translation>
    </message>
    <message>
        <source>Run &apos;peerscope --help&apos; for the list of commands and options.</source>
        <translation>Ejecute «peerscope --help» para ver la lista de órdenes y opciones.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;peerscope --help&apos;</source>
        <translation>opción desconocida «%1»; consulte «peerscope --help»</translation>
    </message>
    <message>
        <source>peerscope: &apos;%1&apos; is not an author ID, ORCID or name.</source>
        <translation>peerscope: «%1» no es un ID de autor, un ORCID ni un nombre.</translation>
    </message>
    <message>
        <source>peerscope: %1 is not in the cache. Run &apos;peerscope sync %1&apos; to fetch it.</source>
        <translation>peerscope: %1 no está en la caché. Ejecute «peerscope sync %1» para obtenerlo.</translation>
    </message>
    <message>
        <source>peerscope: no cached author matches &apos;%1&apos;. Try &apos;peerscope search --remote %1&apos;.</source>
        <translation>peerscope: ningún autor de la caché coincide con «%1». Pruebe «peerscope search --remote %1».</translation>
    </message>
    <message>
        <source>peerscope: &apos;%1&apos; matches %2 cached authors; name one by its ID:</source>
        <translation>peerscope: «%1» coincide con %2 autores de la caché; indique uno por su ID:</translation>
    </message>
    <message>
        <source>peerscope: unknown command &apos;%1&apos;.</source>
        <translation>peerscope: orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Imported %1 files: %2 authors, %3 works, %4 institutions, %5 sources, %6 topics.</source>
        <translation>Se importaron %1 archivos: %2 autores, %3 trabajos, %4 instituciones, %5 fuentes, %6 temas.</translation>
    </message>
    <message>
        <source>demo takes no arguments</source>
        <translation>demo no admite argumentos</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import necesita al menos un archivo o una carpeta</translation>
    </message>
    <message>
        <source>words of the name</source>
        <translation>palabras del nombre</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprimir JSON</translation>
    </message>
    <message>
        <source>list matching cached works instead of authors</source>
        <translation>listar los trabajos de la caché que coinciden en lugar de autores</translation>
    </message>
    <message>
        <source>--works searches the cache only; leave out --remote</source>
        <translation>--works solo busca en la caché; quite --remote</translation>
    </message>
    <message>
        <source>No cached work matches &apos;%1&apos;.</source>
        <translation>Ningún trabajo de la caché coincide con «%1».</translation>
    </message>
    <message>
        <source>ask OpenAlex instead of the cache</source>
        <translation>consultar OpenAlex en lugar de la caché</translation>
    </message>
    <message>
        <source>search needs some text</source>
        <translation>search necesita algo de texto</translation>
    </message>
    <message>
        <source>peerscope: remote search is not available in this build.</source>
        <translation>peerscope: la búsqueda remota no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>No cached author matches &apos;%1&apos;. Try &apos;peerscope search --remote %1&apos;.</source>
        <translation>Ningún autor de la caché coincide con «%1». Pruebe «peerscope search --remote %1».</translation>
    </message>
    <message>
        <source>OpenAlex ID, ORCID or name</source>
        <translation>ID de OpenAlex, ORCID o nombre</translation>
    </message>
    <message>
        <source>show needs an AUTHOR</source>
        <translation>show necesita un AUTHOR</translation>
    </message>
    <message>
        <source>works needs an AUTHOR</source>
        <translation>works necesita un AUTHOR</translation>
    </message>
    <message>
        <source>load the bundled demo data set into the cache</source>
        <translation>cargar en la caché el conjunto de datos de demostración incluido</translation>
    </message>
    <message>
        <source>matching authors: id, name, works, institution; with --works, cached works: id, year, title, first author</source>
        <translation>autores coincidentes: id, nombre, trabajos, institución; con --works, trabajos de la caché: id, año, título, primer autor</translation>
    </message>
    <message>
        <source>the publication list</source>
        <translation>la lista de publicaciones</translation>
    </message>
    <message>
        <source>bibtex, biblatex, ris, csljson, csv, jsonl or markdown</source>
        <translation>bibtex, biblatex, ris, csljson, csv, jsonl o markdown</translation>
    </message>
    <message>
        <source>write to FILE (atomically) instead of standard output</source>
        <translation>escribir en FILE (de forma atómica) en lugar de la salida estándar</translation>
    </message>
    <message>
        <source>BibTeX/BibLaTeX: LaTeX-escaped ASCII instead of UTF-8</source>
        <translation>BibTeX/BibLaTeX: ASCII con escapes de LaTeX en lugar de UTF-8</translation>
    </message>
    <message>
        <source>include abstracts</source>
        <translation>incluir resúmenes</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark</source>
        <translation>CSV: empezar con una marca de orden de bytes UTF-8</translation>
    </message>
    <message>
        <source>fold each preprint into its published version</source>
        <translation>integrar cada preprint en su versión publicada</translation>
    </message>
    <message>
        <source>citation key pattern (default %1)</source>
        <translation>patrón de la clave de cita (por defecto %1)</translation>
    </message>
    <message>
        <source>export needs an AUTHOR</source>
        <translation>export necesita un AUTHOR</translation>
    </message>
    <message>
        <source>export needs --format, one of: %1</source>
        <translation>export necesita --format, uno de: %1</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;; use one of: %2</source>
        <translation>formato de exportación desconocido «%1»; use uno de: %2</translation>
    </message>
    <message>
        <source>peerscope: cannot read the cache: %1</source>
        <translation>peerscope: no se puede leer la caché: %1</translation>
    </message>
    <message>
        <source>Exported %1 works to %2.</source>
        <translation>Se exportaron %1 trabajos a %2.</translation>
    </message>
    <message>
        <source>the publication list for reference managers and spreadsheets</source>
        <translation>la lista de publicaciones para gestores de referencias y hojas de cálculo</translation>
    </message>
    <message>
        <source>1: co-authors; 2: also their co-authors</source>
        <translation>1: coautores; 2: también sus coautores</translation>
    </message>
    <message>
        <source>weigh each shared work 1/(n-1) for n authors instead of 1</source>
        <translation>ponderar cada trabajo compartido con 1/(n-1) para n autores en lugar de 1</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>escribir en FILE en lugar de la salida estándar</translation>
    </message>
    <message>
        <source>the network as it was at the end of YEAR</source>
        <translation>la red tal como era al final de YEAR</translation>
    </message>
    <message>
        <source>community resolution (default 1; higher: smaller communities)</source>
        <translation>resolución de comunidades (por defecto 1; mayor: comunidades más pequeñas)</translation>
    </message>
    <message>
        <source>graph needs an AUTHOR</source>
        <translation>graph necesita un AUTHOR</translation>
    </message>
    <message>
        <source>graph needs --format %1</source>
        <translation>graph necesita --format %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>formato desconocido «%1»; use uno de %2</translation>
    </message>
    <message>
        <source>--hops must be 1 or 2</source>
        <translation>--hops debe ser 1 o 2</translation>
    </message>
    <message>
        <source>--year must be a year such as 2019</source>
        <translation>--year debe ser un año como 2019</translation>
    </message>
    <message>
        <source>--resolution must be a positive number</source>
        <translation>--resolution debe ser un número positivo</translation>
    </message>
    <message>
        <source>peerscope: no cached works for %1; run &apos;peerscope sync %1&apos; first.</source>
        <translation>peerscope: no hay trabajos de %1 en la caché; ejecute primero «peerscope sync %1».</translation>
    </message>
    <message>
        <source>peerscope: cannot write to standard output.</source>
        <translation>peerscope: no se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>work IDs (comma-separated or repeated)</source>
        <translation>ID de trabajos (separados por comas o repetidos)</translation>
    </message>
    <message>
        <source>why, kept with the correction</source>
        <translation>motivo, guardado con la corrección</translation>
    </message>
    <message>
        <source>name of the person split off</source>
        <translation>nombre de la persona separada</translation>
    </message>
    <message>
        <source>identity %1 needs one AUTHOR</source>
        <translation>identity %1 necesita un AUTHOR</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>No likely duplicates of %1 in the cache.</source>
        <translation>No hay duplicados probables de %1 en la caché.</translation>
    </message>
    <message>
        <source>No sign that %1 conflates several people.</source>
        <translation>No hay indicios de que %1 mezcle a varias personas.</translation>
    </message>
    <message>
        <source>identity merge needs the primary AUTHOR and at least one more</source>
        <translation>identity merge necesita el AUTHOR principal y al menos otro más</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>Fusionado en %1.</translation>
    </message>
    <message>
        <source>identity %1 needs one AUTHOR and --works</source>
        <translation>identity %1 necesita un AUTHOR y --works</translation>
    </message>
    <message>
        <source>Split off as %1.</source>
        <translation>Separado como %1.</translation>
    </message>
    <message>
        <source>Excluded from %1.</source>
        <translation>Excluido de %1.</translation>
    </message>
    <message>
        <source>Undone (%1).</source>
        <translation>Deshecho (%1).</translation>
    </message>
    <message>
        <source>Redone (%1).</source>
        <translation>Rehecho (%1).</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>unknown identity action &apos;%1&apos;</source>
        <translation>acción de identity desconocida «%1»</translation>
    </message>
    <message>
        <source>peerscope: %1 needs the network, but --offline is set. Everything already synced stays available offline (search, show, works, export, graph).</source>
        <translation>peerscope: %1 necesita la red, pero --offline está activado. Todo lo ya sincronizado sigue disponible sin conexión (search, show, works, export, graph).</translation>
    </message>
    <message>
        <source>OpenAlex ID or ORCID</source>
        <translation>ID de OpenAlex u ORCID</translation>
    </message>
    <message>
        <source>1: author, works, co-authors; 2: also the co-authors&apos; works</source>
        <translation>1: autor, trabajos, coautores; 2: también los trabajos de los coautores</translation>
    </message>
    <message>
        <source>list all works again even if the author looks unchanged</source>
        <translation>listar de nuevo todos los trabajos aunque el autor parezca sin cambios</translation>
    </message>
    <message>
        <source>sync needs exactly one AUTHOR (an OpenAlex ID or an ORCID)</source>
        <translation>sync necesita exactamente un AUTHOR (un ID de OpenAlex o un ORCID)</translation>
    </message>
    <message>
        <source>--depth must be 1 or 2</source>
        <translation>--depth debe ser 1 o 2</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>sync: OpenAlex asked us to slow down; waiting %1 s</source>
        <translation>sync: OpenAlex nos pidió ir más despacio; esperando %1 s</translation>
    </message>
    <message>
        <source>sync: OpenAlex merged %1 into %2; the cache now uses %2 and still finds %1.</source>
        <translation>sync: OpenAlex fusionó %1 en %2; la caché usa ahora %2 y sigue encontrando %1.</translation>
    </message>
    <message>
        <source>sync: %1 is unchanged since the last sync (%2 API call).</source>
        <translation>sync: %1 no ha cambiado desde la última sincronización (%2 llamada a la API).</translation>
    </message>
    <message>
        <source>search --remote</source>
        <translation>search --remote</translation>
    </message>
    <message>
        <source>peerscope: OpenAlex sent an answer that could not be read: %1</source>
        <translation>peerscope: OpenAlex envió una respuesta que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>%1 OpenAlex matches (1 API call). Fetch one with &apos;peerscope sync ID&apos;.</source>
        <translation>%1 coincidencias en OpenAlex (1 llamada a la API). Obtenga una con «peerscope sync ID».</translation>
    </message>
    <message>
        <source>matching authors on OpenAlex: id, name, works, citations, institution</source>
        <translation>autores coincidentes en OpenAlex: id, nombre, trabajos, citas, institución</translation>
    </message>
    <message>
        <source>%1 problem(s) above: that input was not imported; the cache keeps everything else.</source>
        <translation>%1 problema(s) arriba: esa entrada no se importó; la caché conserva todo lo demás.</translation>
    </message>
    <message>
        <source>Importing: %1% of %2 MB read, %3 entities stored (file %4 of %5)</source>
        <translation>Importando: %1 % de %2 MB leído, %3 entidades guardadas (archivo %4 de %5)</translation>
    </message>
    <message>
        <source>OpenAlex JSON, JSON Lines or gzip JSON Lines files, or folders of them</source>
        <translation>archivos de OpenAlex en JSON, JSON Lines o JSON Lines con gzip, o carpetas que los contengan</translation>
    </message>
    <message>
        <source>Skipped: %1 records without an OpenAlex id, %2 unreadable records, %3 files without entities, %4 records of other kinds, %5 records the cache refused.</source>
        <translation>Omitidos: %1 registros sin ID de OpenAlex, %2 registros ilegibles, %3 archivos sin entidades, %4 registros de otros tipos, %5 registros rechazados por la caché.</translation>
    </message>
    <message>
        <source>load OpenAlex records from files or folders: singletons, list pages, bare arrays, JSON Lines, gzip JSON Lines (the snapshot&apos;s part_NNN.gz)</source>
        <translation>cargar registros de OpenAlex desde archivos o carpetas: registros sueltos, páginas de listas, arrays simples, JSON Lines, JSON Lines con gzip (los part_NNN.gz del snapshot)</translation>
    </message>
    <message>
        <source>peerscope: no API key set; without one OpenAlex allows only a very small daily budget. Set a free key with --api-key KEY or OPENALEX_API_KEY.</source>
        <translation>peerscope: no hay ninguna clave de API; sin ella OpenAlex solo permite un presupuesto diario muy pequeño. Indique una clave gratuita con --api-key KEY o OPENALEX_API_KEY.</translation>
    </message>
    <message>
        <source>%1 API calls (%2 priced, %3)</source>
        <translation>%1 llamadas a la API (%2 de pago, %3)</translation>
    </message>
    <message>
        <source>fetch only the author record (free) and print what the sync would cost</source>
        <translation>obtener solo el registro del autor (gratis) e indicar lo que costaría la sincronización</translation>
    </message>
    <message>
        <source>sync: %1 record(s) without a usable OpenAlex ID were left out.</source>
        <translation>sync: registros omitidos por no tener un ID de OpenAlex utilizable: %1.</translation>
    </message>
    <message>
        <source>sync: %1 done: %2 works and %3 co-author profiles written, %4 changes, %5.</source>
        <translation>sync: %1 terminado: %2 trabajos y %3 perfiles de coautores escritos, %4 cambios, %5.</translation>
    </message>
    <message>
        <source>sync: dry run for %1: nothing was listed (%2).</source>
        <translation>sync: simulación para %1: no se listó nada (%2).</translation>
    </message>
    <message>
        <source>(%1 used)</source>
        <translation>(usado: %1)</translation>
    </message>
    <message>
        <source>The cache keeps everything synced so far; run the sync again to complete it. (%1 used)</source>
        <translation>La caché conserva todo lo sincronizado hasta ahora; ejecute de nuevo la sincronización para completarla. (usado: %1)</translation>
    </message>
    <message>
        <source>budget takes no arguments</source>
        <translation>budget no admite argumentos</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>OpenAlex budget today: %1</source>
        <translation>Presupuesto de OpenAlex hoy: %1</translation>
    </message>
    <message>
        <source>Used:                  %1</source>
        <translation>Usado:                       %1</translation>
    </message>
    <message>
        <source>Left:                  %1 (%2 list calls or %3 searches)</source>
        <translation>Restante:                    %1 (%2 llamadas de lista o %3 búsquedas)</translation>
    </message>
    <message>
        <source>Prepaid credit:        %1</source>
        <translation>Crédito prepagado:           %1</translation>
    </message>
    <message>
        <source>Resets:                %1 UTC (in %2 h %3 min)</source>
        <translation>Se restablece:               %1 UTC (en %2 h %3 min)</translation>
    </message>
    <message>
        <source>Today&apos;s budget is spent: list and search calls wait for the reset; single records are still free.</source>
        <translation>El presupuesto de hoy está agotado: las llamadas de lista y de búsqueda esperan al restablecimiento; los registros individuales siguen siendo gratis.</translation>
    </message>
    <message>
        <source>Single records are free; a list call costs %1, a search %2.</source>
        <translation>Los registros individuales son gratis; una llamada de lista cuesta %1, una búsqueda %2.</translation>
    </message>
    <message>
        <source>today&apos;s OpenAlex budget, what is left, when it resets</source>
        <translation>el presupuesto de OpenAlex de hoy, lo que queda y cuándo se restablece</translation>
    </message>
    <message>
        <source>cannot read the trust evidence: %1</source>
        <translation>no se pueden leer las pruebas de confianza: %1</translation>
    </message>
    <message>
        <source>profile: identity, ids, affiliations, metrics, trust, topics, collaborators</source>
        <translation>perfil: identidad, ID, afiliaciones, métricas, confianza, temas, colaboradores</translation>
    </message>
    <message>
        <source>peerscope: cannot write the export: -o needs a file name</source>
        <translation>peerscope: no se puede escribir la exportación: -o necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>peerscope: could not read the cache to build the network: %1</source>
        <translation>peerscope: no se pudo leer la caché para construir la red: %1</translation>
    </message>
    <message>
        <source>cannot read the cache: %1</source>
        <translation>no se puede leer la caché: %1</translation>
    </message>
    <message>
        <source>Trust %1 · %2</source>
        <translation>Confianza %1 · %2</translation>
    </message>
    <message>
        <source>Verification %1 · %2</source>
        <translation>Verificación %1 · %2</translation>
    </message>
    <message>
        <source>No conflation or duplicate warnings.</source>
        <translation>Sin avisos de confusión ni de duplicados.</translation>
    </message>
    <message>
        <source>compare: peerscope show %1</source>
        <translation>para comparar: peerscope show %1</translation>
    </message>
    <message>
        <source>peerscope: could not read the cache to find &apos;%1&apos;: %2</source>
        <translation>peerscope: no se pudo leer la caché para buscar «%1»: %2</translation>
    </message>
    <message>
        <source>%1 takes an AUTHOR or --works, not both</source>
        <translation>%1 admite un AUTHOR o --works, no ambos</translation>
    </message>
    <message>
        <source>%1 needs an AUTHOR or --works W1,W2,…</source>
        <translation>%1 necesita un AUTHOR o --works W1,W2,…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenAlex work ID (W…)</source>
        <translation>«%1» no es un ID de trabajo de OpenAlex (W…)</translation>
    </message>
    <message>
        <source>--works needs at least one work ID</source>
        <translation>--works necesita al menos un ID de trabajo</translation>
    </message>
    <message>
        <source>peerscope: cannot read the works from the cache: %1</source>
        <translation>peerscope: no se pueden leer de la caché los trabajos: %1</translation>
    </message>
    <message>
        <source>peerscope: not in the cache: %1. Import or sync the works first (&apos;peerscope import FILE&apos; or &apos;peerscope sync AUTHOR&apos;).</source>
        <translation>peerscope: no están en la caché: %1. Importe o sincronice primero los trabajos («peerscope import FILE» o «peerscope sync AUTHOR»).</translation>
    </message>
    <message>
        <source>peerscope: could not read the citations: %1</source>
        <translation>peerscope: no se pudieron leer las citas: %1</translation>
    </message>
    <message>
        <source>data: seeds: %1; with a reference list: %2; without reference data: %3 (OpenAlex lists none, which is not &quot;cites nothing&quot;); reference list never fetched: %4</source>
        <translation>datos: trabajos semilla: %1; con lista de referencias: %2; sin datos de referencias: %3 (OpenAlex no indica ninguna, lo que no significa «no cita nada»); lista de referencias nunca obtenida: %4</translation>
    </message>
    <message>
        <source>      references from the seeds: %1; to cached works: %2 (%3%); dangling: %4 (distinct IDs not in the cache: %5)</source>
        <translation>      referencias de los trabajos semilla: %1; a trabajos en caché: %2 (%3%); sin resolver: %4 (ID distintos que no están en la caché: %5)</translation>
    </message>
    <message>
        <source>; self-citations left out: %1</source>
        <translation>; autocitas excluidas: %1</translation>
    </message>
    <message>
        <source>      known citing works: %1; seeds whose citing works were listed: %2 of %3</source>
        <translation>      trabajos citantes conocidos: %1; trabajos semilla cuyos trabajos citantes se listaron: %2 de %3</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <source>cited seeds whose citing works were never fetched: %1; </source>
        <translation>trabajos semilla citados cuyos trabajos citantes nunca se obtuvieron: %1; </translation>
    </message>
    <message>
        <source>run &apos;peerscope sync %1 --citations&apos; to fetch references and citing works</source>
        <translation>ejecute «peerscope sync %1 --citations» para obtener las referencias y los trabajos citantes</translation>
    </message>
    <message>
        <source>(not cached)</source>
        <translation>(no está en la caché)</translation>
    </message>
    <message>
        <source>cited by seeds</source>
        <translation>citado por semillas</translation>
    </message>
    <message>
        <source>seeds cited</source>
        <translation>semillas citadas</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>first author</source>
        <translation>primer autor</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>shared references</source>
        <translation>referencias compartidas</translation>
    </message>
    <message>
        <source>shared citing works</source>
        <translation>trabajos citantes compartidos</translation>
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
        <translation>títulos</translation>
    </message>
    <message>
        <source>the seed works instead of an author&apos;s</source>
        <translation>los trabajos semilla en lugar de los de un autor</translation>
    </message>
    <message>
        <source>the works the seeds cite, by how many seeds cite them</source>
        <translation>los trabajos citados por las semillas, según cuántas semillas los citan</translation>
    </message>
    <message>
        <source>the works citing the seeds, by how many seeds they cite</source>
        <translation>los trabajos que citan a las semillas, según a cuántas semillas citan</translation>
    </message>
    <message>
        <source>pairs of seeds sharing references (bibliographic coupling)</source>
        <translation>pares de semillas que comparten referencias (acoplamiento bibliográfico)</translation>
    </message>
    <message>
        <source>pairs of seeds cited together (co-citation)</source>
        <translation>pares de semillas citadas juntas (cocitación)</translation>
    </message>
    <message>
        <source>coupling and co-citation: count (default), salton, jaccard or association</source>
        <translation>acoplamiento y cocitación: count (por defecto), salton, jaccard o association</translation>
    </message>
    <message>
        <source>at most N rows (default 50; all with --json)</source>
        <translation>como máximo N filas (por defecto 50; todas con --json)</translation>
    </message>
    <message>
        <source>citations needs exactly one of --foundations, --followups, --coupling, --cocitation</source>
        <translation>citations necesita exactamente una de --foundations, --followups, --coupling, --cocitation</translation>
    </message>
    <message>
        <source>--measure goes with --coupling or --cocitation</source>
        <translation>--measure va con --coupling o --cocitation</translation>
    </message>
    <message>
        <source>unknown measure &apos;%1&apos;; use count, salton, jaccard or association</source>
        <translation>medida desconocida «%1»; use count, salton, jaccard o association</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit debe ser un número positivo</translation>
    </message>
    <message>
        <source>No references of the seed works are stored.</source>
        <translation>No hay referencias guardadas de los trabajos semilla.</translation>
    </message>
    <message>
        <source>No cached work cites the seed works.</source>
        <translation>Ningún trabajo de la caché cita los trabajos semilla.</translation>
    </message>
    <message>
        <source>… %1 more (--limit N to see more)</source>
        <translation>… %1 más (--limit N para ver más)</translation>
    </message>
    <message>
        <source>No two seed works share a reference.</source>
        <translation>Ningún par de trabajos semilla comparte una referencia.</translation>
    </message>
    <message>
        <source>No work is known to cite two of the seed works.</source>
        <translation>No se conoce ningún trabajo que cite dos de los trabajos semilla.</translation>
    </message>
    <message>
        <source>what the works build on, what builds on them, and which of them belong together</source>
        <translation>en qué se basan los trabajos, qué se basa en ellos y cuáles de ellos van juntos</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Se escribieron %1 en %2.</translation>
    </message>
    <message>
        <source>--measure goes with --kind coupling or cocitation</source>
        <translation>--measure va con --kind coupling o cocitation</translation>
    </message>
    <message>
        <source>%1 works and %2 links</source>
        <translation>%1 trabajos y %2 enlaces</translation>
    </message>
    <message>
        <source>could not produce the %1 output</source>
        <translation>no se pudo generar la salida %1</translation>
    </message>
    <message>
        <source>citations, coupling, cocitation: these works instead of an author&apos;s</source>
        <translation>citations, coupling, cocitation: estos trabajos en lugar de los de un autor</translation>
    </message>
    <message>
        <source>coupling, cocitation: count, salton, jaccard or association (default)</source>
        <translation>coupling, cocitation: count, salton, jaccard o association (por defecto)</translation>
    </message>
    <message>
        <source>--works and --measure go with --kind citations, coupling or cocitation</source>
        <translation>--works y --measure van con --kind citations, coupling o cocitation</translation>
    </message>
    <message>
        <source>--hops, --fractional and --year go with --kind coauthors</source>
        <translation>--hops, --fractional y --year van con --kind coauthors</translation>
    </message>
    <message>
        <source>%1 authors and %2 links</source>
        <translation>%1 autores y %2 enlaces</translation>
    </message>
    <message>
        <source>could not read the cache: %1</source>
        <translation>no se pudo leer la caché: %1</translation>
    </message>
    <message>
        <source>%1 API calls (%2 priced: %3 for references, %4 for citing works; %5)</source>
        <translation>%1 llamadas a la API (%2 de pago: %3 para referencias, %4 para trabajos citantes; %5)</translation>
    </message>
    <message>
        <source>sync: citations of %1: %2 referenced works fetched, %3 unknown to OpenAlex (not asked again for 30 days); %4 citing works fetched, %5 of them citing none of their batch&apos;s works by their own reference list; %6 works&apos; citing lists done (%7 complete without a call), %8 left for the next run; %9.</source>
        <translation>sync: citas de %1: %2 trabajos referenciados obtenidos, %3 desconocidos para OpenAlex (no se volverán a consultar en 30 días); %4 trabajos citantes obtenidos, %5 de ellos sin citar, según su propia lista de referencias, ninguno de los trabajos de su lote; listas de trabajos citantes completadas para %6 trabajos (%7 completas sin ninguna llamada), %8 pendientes para la próxima ejecución; %9.</translation>
    </message>
    <message>
        <source>The cache keeps everything fetched; run the sync again to complete the citations.</source>
        <translation>La caché conserva todo lo obtenido; vuelva a ejecutar la sincronización para completar las citas.</translation>
    </message>
    <message>
        <source>then fetch the works the author&apos;s works reference and the works citing them</source>
        <translation>después obtener los trabajos a los que hacen referencia los trabajos del autor y los trabajos que los citan</translation>
    </message>
    <message>
        <source>author + all works + co-author profiles into the cache; progress on stderr; --citations: also references and citing works; --dry-run: only the estimate</source>
        <translation>autor + todos los trabajos + perfiles de coautores en la caché; progreso en stderr; --citations: también referencias y trabajos citantes; --dry-run: solo la estimación</translation>
    </message>
    <message>
        <source>peerscope: could not read the cache to build the map: %1</source>
        <translation>peerscope: no se pudo leer la caché para construir el mapa: %1</translation>
    </message>
    <message>
        <source>%1 nodes and %2 links</source>
        <translation>%1 nodos y %2 enlaces</translation>
    </message>
    <message>
        <source>coauthors (default), context, citations, coupling or cocitation</source>
        <translation>coauthors (por defecto), context, citations, coupling o cocitation</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; use coauthors, context, citations, coupling or cocitation</source>
        <translation>tipo desconocido «%1»; use coauthors, context, citations, coupling o cocitation</translation>
    </message>
    <message>
        <source>--resolution goes with --kind coauthors, citations, coupling or cocitation</source>
        <translation>--resolution va con --kind coauthors, citations, coupling o cocitation</translation>
    </message>
    <message>
        <source>the co-author network, the context map (works, co-authors, institutions, topics, sources), the citation network or a coupling or co-citation map of the works, for Gephi, VOSviewer, Graphviz, a spreadsheet, or as a picture</source>
        <translation>la red de coautores, el mapa de contexto (trabajos, coautores, instituciones, temas, fuentes), la red de citas o un mapa de acoplamiento o cocitación de los trabajos, para Gephi, VOSviewer, Graphviz, una hoja de cálculo o como imagen</translation>
    </message>
    <message>
        <source>conflict: you want to %1</source>
        <translation>conflicto: quiere %1</translation>
    </message>
    <message>
        <source>, because: &quot;%1&quot;</source>
        <translation>, porque: «%1»</translation>
    </message>
    <message>
        <source>but in effect:</source>
        <translation>pero está en vigor:</translation>
    </message>
    <message>
        <source>Nothing was written. Run it again with --on-conflict theirs to keep what is in effect (yours is logged as declined, with your reason), or --on-conflict mine to apply yours (theirs stays in the log, superseded).</source>
        <translation>No se escribió nada. Vuelva a ejecutarlo con --on-conflict theirs para mantener lo vigente (la suya queda registrada como rechazada, con su motivo) o con --on-conflict mine para aplicar la suya (la otra queda en el registro como sustituida).</translation>
    </message>
    <message>
        <source>Kept what is in effect; yours is logged as declined (action %1).</source>
        <translation>Se mantuvo lo vigente; la suya queda registrada como rechazada (acción %1).</translation>
    </message>
    <message>
        <source>suggest, conflation, merge, distinct, split, exclude, list, undo or redo</source>
        <translation>suggest, conflation, merge, distinct, split, exclude, list, undo o redo</translation>
    </message>
    <message>
        <source>when it contradicts a correction in effect: ask (default: write nothing and show both), theirs or mine</source>
        <translation>si contradice una corrección vigente: ask (predeterminado: no escribir nada y mostrar ambas), theirs o mine</translation>
    </message>
    <message>
        <source>identity needs an action: suggest, conflation, merge, distinct, split, exclude, list, undo, redo</source>
        <translation>identity necesita una acción: suggest, conflation, merge, distinct, split, exclude, list, undo, redo</translation>
    </message>
    <message>
        <source>--on-conflict takes ask, theirs or mine, not &apos;%1&apos;</source>
        <translation>--on-conflict admite ask, theirs o mine, no «%1»</translation>
    </message>
    <message>
        <source>identity distinct needs an AUTHOR and at least one record that is someone else</source>
        <translation>identity distinct necesita un AUTHOR y al menos un registro que sea otra persona</translation>
    </message>
    <message>
        <source>Kept apart from %1.</source>
        <translation>Separado de %1.</translation>
    </message>
    <message>
        <source>declined for %1</source>
        <translation>rechazada en favor de %1</translation>
    </message>
    <message>
        <source>superseded by %1</source>
        <translation>sustituida por %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>find duplicate or conflated records and correct them (merge A B, distinct A B, split A --works W...)</source>
        <translation>buscar registros duplicados o mezclados y corregirlos (merge A B, distinct A B, split A --works W...)</translation>
    </message>
    <message>
        <source>No note on %1.</source>
        <translation>No hay nota sobre %1.</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>versión %1, %2</translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation>versión %1, %2 por %3</translation>
    </message>
    <message>
        <source>an author, person or work ID</source>
        <translation>un ID de autor, persona u obra</translation>
    </message>
    <message>
        <source>write this text as the note</source>
        <translation>escribir este texto como nota</translation>
    </message>
    <message>
        <source>the version you are replacing (refused if someone saved since)</source>
        <translation>la versión que sustituye (se rechaza si alguien guardó después)</translation>
    </message>
    <message>
        <source>note needs one ID</source>
        <translation>note necesita un ID</translation>
    </message>
    <message>
        <source>--over takes a version number, as &apos;note ID&apos; prints it</source>
        <translation>--over admite un número de versión, como lo muestra «note ID»</translation>
    </message>
    <message>
        <source>--over goes with --set</source>
        <translation>--over va con --set</translation>
    </message>
    <message>
        <source>cannot write to the cache: %1 %2</source>
        <translation>no se puede escribir en la caché: %1 %2</translation>
    </message>
    <message>
        <source>conflict: the note on %1 changed since version %2; it is now:</source>
        <translation>conflicto: la nota sobre %1 cambió desde la versión %2; ahora es:</translation>
    </message>
    <message>
        <source>Nothing was written. To replace it, run again with --over %1.</source>
        <translation>No se escribió nada. Para sustituirla, vuelva a ejecutarlo con --over %1.</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>Guardada (versión %1).</translation>
    </message>
    <message>
        <source>read or write the shared note on a person or work</source>
        <translation>leer o escribir la nota compartida sobre una persona u obra</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The key pattern has an unclosed &apos;[&apos;.</source>
        <translation>El patrón de clave tiene un «[» sin cerrar.</translation>
    </message>
    <message>
        <source>Unknown key pattern field [%1]. Known: [auth] [authN] [authors] [authorsN] [year] [title] [shorttitle] [veryshorttitle] [firstpage] [lastpage] [openalex], optionally with :lower or :upper.</source>
        <translation>Campo desconocido en el patrón de clave [%1]. Conocidos: [auth] [authN] [authors] [authorsN] [year] [title] [shorttitle] [veryshorttitle] [firstpage] [lastpage] [openalex], opcionalmente con :lower o :upper.</translation>
    </message>
    <message>
        <source>This export format is not available.</source>
        <translation>Este formato de exportación no está disponible.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2. The previous file, if any, is unchanged.</source>
        <translation>Falló la escritura de %1: %2. El archivo anterior, si lo había, no ha cambiado.</translation>
    </message>
    <message>
        <source>Cannot read the pinned citation keys from the cache: %1. Nothing was exported.</source>
        <translation>No se pueden leer de la caché las claves de cita fijadas: %1. No se exportó nada.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1.</source>
        <translation>No se exportó nada: %1.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>same name key &quot;%1&quot;</source>
        <translation>misma clave de nombre «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n shared co-author(s): %1</source>
        <translation>
            <numerusform>%n coautor compartido: %1</numerusform>
            <numerusform>%n coautores compartidos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared institution(s): %1</source>
        <translation>
            <numerusform>%n institución compartida: %1</numerusform>
            <numerusform>%n instituciones compartidas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared topic(s): %1</source>
        <translation>
            <numerusform>%n tema compartido: %1</numerusform>
            <numerusform>%n temas compartidos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ORCID %1 on %n work(s)</source>
        <translation>
            <numerusform>ORCID %1 en %n trabajo</numerusform>
            <numerusform>ORCID %1 en %n trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work(s)</source>
        <translation>
            <numerusform>%1: %n trabajo</numerusform>
            <numerusform>%1: %n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3) and %4 (%5), no shared co-authors</source>
        <translation>%1: %2 (%3) y %4 (%5), sin coautores compartidos</translation>
    </message>
    <message>
        <source>%1 is not in the cache; sync it first.</source>
        <translation>%1 no está en la caché; sincronícelo primero.</translation>
    </message>
    <message>
        <source>Name at least one record to merge into %1.</source>
        <translation>Indique al menos un registro que fusionar en %1.</translation>
    </message>
    <message>
        <source>%1 is already part of %2.</source>
        <translation>%1 ya forma parte de %2.</translation>
    </message>
    <message>
        <source>%1 is a person you split off; undo that split instead of merging it back.</source>
        <translation>%1 es una persona que usted separó; deshaga esa separación en lugar de volver a fusionarla.</translation>
    </message>
    <message>
        <source>Cannot record the merge: %1</source>
        <translation>No se puede registrar la fusión: %1</translation>
    </message>
    <message>
        <source>Name the works to split off with --works.</source>
        <translation>Indique con --works los trabajos que separar.</translation>
    </message>
    <message>
        <source>%1 is not one of %2&apos;s works.</source>
        <translation>%1 no es uno de los trabajos de %2.</translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation>%1 (separado)</translation>
    </message>
    <message>
        <source>Cannot record the split: %1</source>
        <translation>No se puede registrar la separación: %1</translation>
    </message>
    <message>
        <source>%1 is not in the cache.</source>
        <translation>%1 no está en la caché.</translation>
    </message>
    <message>
        <source>Name the works to exclude with --works.</source>
        <translation>Indique con --works los trabajos que excluir.</translation>
    </message>
    <message>
        <source>Cannot record the exclusion: %1</source>
        <translation>No se puede registrar la exclusión: %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>No se puede rehacer: %1</translation>
    </message>
    <message>
        <source>ORCID %1 on the author record, on no cached work</source>
        <translation>ORCID %1 en el registro de autor, en ningún trabajo en caché</translation>
    </message>
    <message numerus="yes">
        <source>Possible conflation: %n different ORCIDs on this record&apos;s works (%1)</source>
        <translation>
            <numerusform>Posible confusión: %n ORCID distinto en los trabajos de este registro (%1)</numerusform>
            <numerusform>Posible confusión: %n ORCID distintos en los trabajos de este registro (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>ORCIDs on the cached authorships</source>
        <translation>ORCID en las autorías en caché</translation>
    </message>
    <message>
        <source>Possible conflation: %1 works in %2; more than %3 a year is implausible for one person</source>
        <translation>Posible confusión: %1 trabajos en %2; más de %3 al año no es plausible para una sola persona</translation>
    </message>
    <message>
        <source>OpenAlex&apos;s yearly counts and the cached works</source>
        <translation>recuentos anuales de OpenAlex y trabajos en caché</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>no co-author in common</source>
        <translation>ningún coautor en común</translation>
    </message>
    <message>
        <source>Possible conflation: works in %1 with no co-author in common</source>
        <translation>Posible confusión: trabajos en %1 sin ningún coautor en común</translation>
    </message>
    <message>
        <source>primary topics and co-authors of the cached works</source>
        <translation>temas principales y coautores de los trabajos en caché</translation>
    </message>
    <message numerus="yes">
        <source>Possible conflation: affiliations in different countries in the same year, with separate co-authors, in %n year(s)</source>
        <translation>
            <numerusform>Posible confusión: afiliaciones en países distintos el mismo año, con coautores separados, en %n año</numerusform>
            <numerusform>Posible confusión: afiliaciones en países distintos el mismo año, con coautores separados, en %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>institutions and co-authors of the cached authorships</source>
        <translation>instituciones y coautores de las autorías en caché</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>No se puede deshacer: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>%1 merged %2 into %3</source>
        <translation>%1 fusionó %2 con %3</translation>
    </message>
    <message>
        <source>%1 said %2 and %3 are two people</source>
        <translation>%1 indicó que %2 y %3 son dos personas</translation>
    </message>
    <message>
        <source>%1 split %2 off %3 as %4</source>
        <translation>%1 separó %2 de %3 como %4</translation>
    </message>
    <message>
        <source>%1 excluded %2 from %3</source>
        <translation>%1 excluyó %2 de %3</translation>
    </message>
    <message>
        <source> on %1 (action %2)</source>
        <translation> el %1 (acción %2)</translation>
    </message>
    <message>
        <source>: &quot;%1&quot;</source>
        <translation>: «%1»</translation>
    </message>
    <message>
        <source>Name at least one record that is someone other than %1.</source>
        <translation>Indique al menos un registro que sea otra persona distinta de %1.</translation>
    </message>
    <message>
        <source>Cannot record that they are two people: %1</source>
        <translation>No se puede registrar que son dos personas: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are the same record.</source>
        <translation>%1 y %2 son el mismo registro.</translation>
    </message>
    <message numerus="yes">
        <source>This contradicts %n correction(s) in effect.</source>
        <translation>
            <numerusform>Esto contradice %n corrección vigente.</numerusform>
            <numerusform>Esto contradice %n correcciones vigentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>merge %1 into %2</source>
        <translation>fusionar %1 con %2</translation>
    </message>
    <message>
        <source>say %1 and %2 are two people</source>
        <translation>indicar que %1 y %2 son dos personas</translation>
    </message>
    <message>
        <source>None of these works is %1&apos;s any more: someone split or excluded them meanwhile.</source>
        <translation>Ninguna de estas obras es ya de %1: alguien las separó o excluyó mientras tanto.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot redo: it contradicts %n correction(s) made since.</source>
        <translation>
            <numerusform>No se puede rehacer: contradice %n corrección hecha después.</numerusform>
            <numerusform>No se puede rehacer: contradice %n correcciones hechas después.</numerusform>
        </translation>
    </message>
    <message>
        <source>redo action %1</source>
        <translation>rehacer la acción %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>peerscope: no display found (DISPLAY is not set), so the window cannot open. Here is the demo profile instead; see &apos;peerscope --help&apos; for the command line.</source>
        <translation>peerscope: no se encontró ninguna pantalla (DISPLAY no está definido), así que la ventana no puede abrirse. Aquí tiene el perfil de demostración; consulte «peerscope --help» para la línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>peerscope::ApiKeyStore</name>
    <message>
        <source>no D-Bus session</source>
        <translation>no hay sesión de D-Bus</translation>
    </message>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>La clave de API está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain answered (%1), so the API key is stored in %2, readable only by you.</source>
        <translation>Ningún llavero del sistema respondió (%1), así que la clave de API se guarda en %2, legible solo por usted.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is stored in %1, readable only by you.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la clave de API se guarda en %1, legible solo por usted.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The system keychain did not give out the API key: %1</source>
        <translation>El llavero del sistema no entregó la clave de API: %1</translation>
    </message>
    <message>
        <source>The system keychain refused the API key: %1</source>
        <translation>El llavero del sistema rechazó la clave de API: %1</translation>
    </message>
    <message>
        <source>The API key file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo de la clave de API %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 could not be removed.</source>
        <translation>No se pudo eliminar el archivo de la clave de API %1.</translation>
    </message>
    <message>
        <source>The folder for the API key file %1 could not be created.</source>
        <translation>No se pudo crear la carpeta para el archivo de la clave de API %1.</translation>
    </message>
    <message>
        <source>The API key file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo de la clave de API %1: %2</translation>
    </message>
</context>
<context>
    <name>peerscope::AuthorNavigator</name>
    <message>
        <source>%1 has no OpenAlex author ID, so there is no profile to open.</source>
        <translation>%1 no tiene ID de autor de OpenAlex, así que no hay perfil que abrir.</translation>
    </message>
    <message>
        <source>%1 is not in the cache, and Peerscope is offline. Connect to the internet and sync this author to see the profile.</source>
        <translation>%1 no está en la caché y Peerscope está sin conexión. Conéctese a Internet y sincronice este autor para ver el perfil.</translation>
    </message>
    <message>
        <source>Fetching %1 from OpenAlex. The profile opens as soon as it has arrived.</source>
        <translation>Obteniendo %1 de OpenAlex. El perfil se abrirá en cuanto haya llegado.</translation>
    </message>
    <message>
        <source>%1 is not in the cache yet. Sync to fetch the profile and works from OpenAlex.</source>
        <translation>%1 aún no está en la caché. Sincronice para obtener el perfil y los trabajos de OpenAlex.</translation>
    </message>
</context>
<context>
    <name>peerscope::AuthorSync</name>
    <message>
        <source>The sync was cancelled. Everything written so far is consistent; the next sync completes it.</source>
        <translation>Se canceló la sincronización. Todo lo escrito hasta ahora es coherente; la próxima sincronización lo completará.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OpenAlex author ID or an ORCID.</source>
        <translation>«%1» no es un ID de autor de OpenAlex ni un ORCID.</translation>
    </message>
    <message>
        <source>OpenAlex redirected the author to an unexpected address.</source>
        <translation>OpenAlex redirigió al autor a una dirección inesperada.</translation>
    </message>
    <message>
        <source>OpenAlex sent an author record that could not be read: %1</source>
        <translation>OpenAlex envió un registro de autor que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent a works page that could not be read: %1</source>
        <translation>OpenAlex envió una página de trabajos que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent a work that could not be read: %1</source>
        <translation>OpenAlex envió un trabajo que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent an author page that could not be read: %1</source>
        <translation>OpenAlex envió una página de autores que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>Could not write to the cache: %1</source>
        <translation>No se pudo escribir en la caché: %1</translation>
    </message>
    <message>
        <source>The author looks unchanged since the last sync: no list call, nothing to pay (1 free call).</source>
        <translation>El autor parece no haber cambiado desde la última sincronización: ninguna llamada de lista, nada que pagar (1 llamada gratuita).</translation>
    </message>
    <message numerus="yes">
        <source>works list: %n call(s)</source>
        <translation>
            <numerusform>lista de trabajos: %n llamada</numerusform>
            <numerusform>lista de trabajos: %n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changed works: up to %n call(s)</source>
        <translation>
            <numerusform>trabajos cambiados: hasta %n llamada</numerusform>
            <numerusform>trabajos cambiados: hasta %n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-author profiles: about %n call(s)</source>
        <translation>
            <numerusform>perfiles de coautores: aproximadamente %n llamada</numerusform>
            <numerusform>perfiles de coautores: aproximadamente %n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-author profiles: %n call(s)</source>
        <translation>
            <numerusform>perfiles de coautores: %n llamada</numerusform>
            <numerusform>perfiles de coautores: %n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>co-authors&apos; works: about %n call(s)</source>
        <translation>
            <numerusform>trabajos de los coautores: aproximadamente %n llamada</numerusform>
            <numerusform>trabajos de los coautores: aproximadamente %n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex budget spent for today</source>
        <translation>Presupuesto de OpenAlex agotado por hoy</translation>
    </message>
    <message>
        <source>OpenAlex: %1 of %2 left today</source>
        <translation>OpenAlex: quedan %1 de %2 hoy</translation>
    </message>
    <message>
        <source>OpenAlex: %1 left today</source>
        <translation>OpenAlex: quedan %1 hoy</translation>
    </message>
    <message>
        <source> (+ %1 prepaid)</source>
        <translation> (+ %1 prepagado)</translation>
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
        <translation>, se restablece a las %1 UTC (en %2)</translation>
    </message>
    <message>
        <source>OpenAlex redirected the work %1 to an unexpected address.</source>
        <translation>OpenAlex redirigió el trabajo %1 a una dirección inesperada.</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: %n list call(s), %1 (%2 works; %3). Single records are free.</source>
        <translation>
            <numerusform>Coste estimado: %n llamada de lista, %1 (%2 trabajos; %3). Los registros individuales son gratuitos.</numerusform>
            <numerusform>Coste estimado: %n llamadas de lista, %1 (%2 trabajos; %3). Los registros individuales son gratuitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>works</source>
        <translation>trabajos</translation>
    </message>
    <message>
        <source>full author lists</source>
        <translation>listas completas de autores</translation>
    </message>
    <message>
        <source>co-author profiles</source>
        <translation>perfiles de coautores</translation>
    </message>
    <message>
        <source>co-authors&apos; works</source>
        <translation>trabajos de los coautores</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>finalizando</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3 · %n API call(s), %4</source>
        <translation>
            <numerusform>%1 %2 de %3 · %n llamada a la API, %4</numerusform>
            <numerusform>%1 %2 de %3 · %n llamadas a la API, %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::Cache</name>
    <message>
        <source>
The team server %1 may be down or out of reach: everything written before this step is kept, and nothing half-written is. Run the same command again once the server answers; it goes on where this one stopped.</source>
        <translation>
El servidor del equipo %1 puede estar caído o fuera de alcance: se conserva todo lo escrito antes de este paso, y nada a medio escribir. Vuelva a ejecutar la misma orden cuando el servidor responda; seguirá donde esta se detuvo.</translation>
    </message>
</context>
<context>
    <name>peerscope::CacheMover</name>
    <message>
        <source>The cache is not open, so it cannot be moved.</source>
        <translation>La caché no está abierta, así que no se puede mover.</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose a new file name for the cache.</source>
        <translation>Ya existe un archivo en %1. Elija un nombre de archivo nuevo para la caché.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose a folder you can write to.</source>
        <translation>No se pudo crear la carpeta %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The cache could not be prepared for moving: %1</source>
        <translation>No se pudo preparar la caché para moverla: %1</translation>
    </message>
    <message>
        <source>The cache is busy (a sync may be writing). Wait for it to finish, then move the cache.</source>
        <translation>La caché está ocupada (puede que una sincronización esté escribiendo). Espere a que termine y luego mueva la caché.</translation>
    </message>
    <message>
        <source>The cache could not be copied to %1. Check that there is enough space and that you may write there.</source>
        <translation>No se pudo copiar la caché a %1. Compruebe que haya espacio suficiente y que pueda escribir allí.</translation>
    </message>
    <message>
        <source>The copy at %1 did not match the cache, so the cache stays where it was.</source>
        <translation>La copia en %1 no coincidía con la caché, así que la caché se queda donde estaba.</translation>
    </message>
    <message>
        <source>The cache changed while it was being copied, so it stays where it was. Move it again.</source>
        <translation>La caché cambió mientras se copiaba, así que se queda donde estaba. Muévala de nuevo.</translation>
    </message>
    <message>
        <source>The moved cache could not be opened (%1), so the cache stays where it was.</source>
        <translation>No se pudo abrir la caché movida (%1), así que la caché se queda donde estaba.</translation>
    </message>
    <message>
        <source>The cache is being moved already.</source>
        <translation>La caché ya se está moviendo.</translation>
    </message>
    <message>
        <source>The cache is on a team server, so there is no file to move.</source>
        <translation>La caché está en un servidor del equipo: no hay ningún archivo que mover.</translation>
    </message>
</context>
<context>
    <name>peerscope::CacheTask</name>
    <message>
        <source>Could not open the cache on a second connection (%1). Try again; if it persists, check the cache file in Settings.</source>
        <translation>No se pudo abrir la caché en una segunda conexión (%1). Inténtelo de nuevo; si el problema persiste, revise el archivo de la caché en Preferencias.</translation>
    </message>
</context>
<context>
    <name>peerscope::ChangeFeedModel</name>
    <message>
        <source>%1 has a new work: “%2”</source>
        <translation>%1 tiene un trabajo nuevo: «%2»</translation>
    </message>
    <message>
        <source>“%1” by %2 went from %3 to %4 citations</source>
        <translation>«%1» de %2 pasó de %3 a %4 citas</translation>
    </message>
    <message>
        <source>%1 has a new co-author: %2</source>
        <translation>%1 tiene un coautor nuevo: %2</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 pasó de %2 a %3</translation>
    </message>
    <message>
        <source>no known institution</source>
        <translation>ninguna institución conocida</translation>
    </message>
    <message>
        <source>OpenAlex no longer lists “%1” for %2</source>
        <translation>OpenAlex ya no incluye «%1» para %2</translation>
    </message>
    <message>
        <source>OpenAlex merged %1 into %2</source>
        <translation>OpenAlex fusionó %1 con %2</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 cambió</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>No leído: %1</translation>
    </message>
    <message>
        <source>Found by the sync of %1</source>
        <translation>Encontrado en la sincronización de %1</translation>
    </message>
    <message>
        <source>Cannot read the change log: %1</source>
        <translation>No se puede leer el registro de cambios: %1</translation>
    </message>
    <message>
        <source>Cannot mark the change read: %1</source>
        <translation>No se puede marcar el cambio como leído: %1</translation>
    </message>
    <message>
        <source>Cannot mark the changes read: %1</source>
        <translation>No se pueden marcar los cambios como leídos: %1</translation>
    </message>
</context>
<context>
    <name>peerscope::CitationGraph</name>
    <message>
        <source>Citations among the seed works (%1), the works they cite and the works citing them</source>
        <translation>Citas entre los trabajos semilla (%1), los trabajos citados por ellos y los trabajos que los citan</translation>
    </message>
    <message>
        <source>Bibliographic coupling of the seed works (%1) by shared references; link strength: %2</source>
        <translation>Acoplamiento bibliográfico de los trabajos semilla (%1) por referencias compartidas; fuerza del enlace: %2</translation>
    </message>
    <message>
        <source>Co-citation of the seed works (%1) by shared citing works; link strength: %2</source>
        <translation>Cocitación de los trabajos semilla (%1) por trabajos citantes compartidos; fuerza del enlace: %2</translation>
    </message>
    <message>
        <source>Shared references</source>
        <translation>Referencias compartidas</translation>
    </message>
    <message>
        <source>Shared citing works</source>
        <translation>Trabajos citantes compartidos</translation>
    </message>
    <message>
        <source>Salton&apos;s cosine</source>
        <translation>Coseno de Salton</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Índice de Jaccard</translation>
    </message>
    <message>
        <source>Association strength</source>
        <translation>Fuerza de asociación</translation>
    </message>
    <message>
        <source>(the strongest %1 of %2 links)</source>
        <translation>(los %1 enlaces más fuertes de %2)</translation>
    </message>
</context>
<context>
    <name>peerscope::CitationSync</name>
    <message>
        <source>Citations: no works of this author are cached yet, so there is nothing to estimate; the citation sync runs after the works are synced.</source>
        <translation>Citas: aún no hay trabajos de este autor en la caché, así que no hay nada que estimar; la sincronización de citas se ejecuta después de sincronizar los trabajos.</translation>
    </message>
    <message numerus="yes">
        <source>references: %n list call(s) for %1 works not cached</source>
        <translation>
            <numerusform>referencias: %n llamada de lista para %1 trabajos que no están en caché</numerusform>
            <numerusform>referencias: %n llamadas de lista para %1 trabajos que no están en caché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) OpenAlex had no record for in the last 30 days not asked again</source>
        <translation>
            <numerusform>%n referencia de la que OpenAlex no tenía registro en los últimos 30 días: no se vuelve a consultar</numerusform>
            <numerusform>%n referencias de las que OpenAlex no tenía registro en los últimos 30 días: no se vuelven a consultar</numerusform>
        </translation>
    </message>
    <message>
        <source>citing works: nothing to list (%1 seeds up to date, %2 never cited, %3 already complete)</source>
        <translation>trabajos citantes: nada que listar (%1 semillas al día, %2 nunca citadas, %3 ya completas)</translation>
    </message>
    <message numerus="yes">
        <source>citing works of %n seed(s): %1 list call(s)</source>
        <translation>
            <numerusform>trabajos citantes de %n semilla: %1 llamada(s) de lista</numerusform>
            <numerusform>trabajos citantes de %n semillas: %1 llamada(s) de lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list call(s), %1</source>
        <translation>
            <numerusform>%n llamada de lista, %1</numerusform>
            <numerusform>%n llamadas de lista, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citations for %n seed work(s): %1 (%2).</source>
        <translation>
            <numerusform>Citas de %n trabajo semilla: %1 (%2).</numerusform>
            <numerusform>Citas de %n trabajos semilla: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>reference batches</source>
        <translation>lotes de referencias</translation>
    </message>
    <message>
        <source>seeds&apos; citing works</source>
        <translation>trabajos citantes de las semillas</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>finalizando</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %3 · %n API call(s), %4</source>
        <translation>
            <numerusform>%1 %2 de %3 · %n llamada a la API, %4</numerusform>
            <numerusform>%1 %2 de %3 · %n llamadas a la API, %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The citation sync was cancelled. Everything written so far is kept; the next run completes it.</source>
        <translation>La sincronización de citas se canceló. Todo lo escrito hasta ahora se conserva; la próxima ejecución la completará.</translation>
    </message>
    <message>
        <source>Name an author or at least one work for the citation sync.</source>
        <translation>Indique un autor o al menos un trabajo para la sincronización de citas.</translation>
    </message>
    <message>
        <source>OpenAlex sent a page of referenced works that could not be read: %1</source>
        <translation>OpenAlex envió una página de trabajos referenciados que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent a page of citing works that could not be read: %1</source>
        <translation>OpenAlex envió una página de trabajos citantes que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>Could not write to the cache: %1</source>
        <translation>No se pudo escribir en la caché: %1</translation>
    </message>
    <message numerus="yes">
        <source>citing works of %n seed(s): about %1 list calls (%2 to %3%4)</source>
        <translation>
            <numerusform>trabajos citantes de %n semilla: unas %1 llamadas de lista (de %2 a %3%4)</numerusform>
            <numerusform>trabajos citantes de %n semillas: unas %1 llamadas de lista (de %2 a %3%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 list calls, %2 (at most %3, %4)</source>
        <translation>unas %1 llamadas de lista, %2 (como máximo %3, %4)</translation>
    </message>
</context>
<context>
    <name>peerscope::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de órdenes</translation>
    </message>
    <message>
        <source>Command, researcher or work</source>
        <translation>Comando, investigador o trabajo</translation>
    </message>
    <message>
        <source>Type a command, a researcher&apos;s name or words from a work</source>
        <translation>Escriba un comando, el nombre de un investigador o palabras de un trabajo</translation>
    </message>
    <message>
        <source>Matching commands, researchers and works</source>
        <translation>Comandos, investigadores y trabajos que coinciden</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter runs, Esc closes.</source>
        <translation>Arriba y Abajo eligen, Intro ejecuta, Esc cierra.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open %1 — %2</source>
        <translation>Abrir %1 — %2</translation>
    </message>
    <message>
        <source>Show work: %1 — %2</source>
        <translation>Mostrar trabajo: %1 — %2</translation>
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
        <translation>CSV (hojas de cálculo)</translation>
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
            <numerusform>Todos los trabajos (%n)</numerusform>
            <numerusform>Todos los trabajos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Works matching the current filter (%n)</source>
        <translation>
            <numerusform>Trabajos que coinciden con el filtro actual (%n)</numerusform>
            <numerusform>Trabajos que coinciden con el filtro actual (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation>
            <numerusform>Filas seleccionadas (%n)</numerusform>
            <numerusform>Filas seleccionadas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) unchecked in the table are left out.</source>
        <translation>
            <numerusform>Se omite %n trabajo desmarcado en la tabla.</numerusform>
            <numerusform>Se omiten %n trabajos desmarcados en la tabla.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>peerscope::FollowsDock</name>
    <message>
        <source>&lt;b&gt;Followed researchers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Investigadores seguidos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Followed researchers</source>
        <translation>Investigadores seguidos</translation>
    </message>
    <message>
        <source>Refresh followed</source>
        <translation>Actualizar seguidos</translation>
    </message>
    <message>
        <source>Refresh all followed researchers</source>
        <translation>Actualizar todos los investigadores seguidos</translation>
    </message>
    <message>
        <source>Sync every followed researcher, one after the other</source>
        <translation>Sincronizar cada investigador seguido, uno tras otro</translation>
    </message>
    <message>
        <source>Whose changes</source>
        <translation>Cambios de quién</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>This researcher</source>
        <translation>Este investigador</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Enter or double-click: mark the change read and open the researcher</source>
        <translation>Intro o doble clic: marcar el cambio como leído y abrir el investigador</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>Mark all changes as read</source>
        <translation>Marcar todos los cambios como leídos</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;What changed&lt;/b&gt; (%n unread)</source>
        <translation>
            <numerusform>&lt;b&gt;Qué ha cambiado&lt;/b&gt; (%n sin leer)</numerusform>
            <numerusform>&lt;b&gt;Qué ha cambiado&lt;/b&gt; (%n sin leer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n new</source>
        <translation>
            <numerusform>%1 — %n nuevo</numerusform>
            <numerusform>%1 — %n nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsoleto)</translation>
    </message>
    <message>
        <source>%1 has not been synced yet.</source>
        <translation>%1 aún no se ha sincronizado.</translation>
    </message>
    <message numerus="yes">
        <source>%1: synced %2, older than %n day(s); refresh to update.</source>
        <translation>
            <numerusform>%1: sincronizado el %2, hace más de %n día; actualícelo para ponerlo al día.</numerusform>
            <numerusform>%1: sincronizado el %2, hace más de %n días; actualícelo para ponerlo al día.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: synced %2.</source>
        <translation>%1: sincronizado el %2.</translation>
    </message>
    <message>
        <source>Follow a researcher (Ctrl+D) to see them here.</source>
        <translation>Siga a un investigador (Ctrl+D) para verlo aquí.</translation>
    </message>
    <message>
        <source>Cannot read the followed authors: %1</source>
        <translation>No se pueden leer los investigadores seguidos: %1</translation>
    </message>
</context>
<context>
    <name>peerscope::GraphExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>no hay nada que escribir</translation>
    </message>
</context>
<context>
    <name>peerscope::IdentityDialog</name>
    <message>
        <source>Identity Corrections</source>
        <translation>Correcciones de identidad</translation>
    </message>
    <message>
        <source>Your corrections to OpenAlex&apos;s author records. They are kept through every sync and apply to metrics, publications, charts, the network and exports.</source>
        <translation>Sus correcciones a los registros de autor de OpenAlex. Se conservan en cada sincronización y se aplican a las métricas, las publicaciones, los gráficos, la red y las exportaciones.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Record or work</source>
        <translation>Registro o trabajo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Undo Latest</source>
        <translation>&amp;Deshacer la última</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Separado</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (deshecho)</translation>
    </message>
    <message>
        <source>No corrections yet. Merge a possible duplicate from a profile&apos;s trust warnings, or use &apos;peerscope identity&apos; on the command line.</source>
        <translation>Aún no hay correcciones. Fusione un posible duplicado desde los avisos de confianza de un perfil o use «peerscope identity» en la línea de órdenes.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Rehecho.</translation>
    </message>
    <message>
        <source>Cannot read the corrections: %1</source>
        <translation>No se pueden leer las correcciones: %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;Undo My Latest</source>
        <translation>&amp;Deshacer mi última</translation>
    </message>
    <message>
        <source>Two people</source>
        <translation>Dos personas</translation>
    </message>
    <message>
        <source>%1 (declined for action %2)</source>
        <translation>%1 (rechazada en favor de la acción %2)</translation>
    </message>
    <message>
        <source>%1 (superseded by action %2)</source>
        <translation>%1 (sustituida por la acción %2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
</context>
<context>
    <name>peerscope::ImportController</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Load OpenAlex records from files: JSON, JSON Lines, or the snapshot&apos;s gzip parts</source>
        <translation>Cargar registros de OpenAlex desde archivos: JSON, JSON Lines o las partes gzip del snapshot</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <source>Load every OpenAlex data file in a folder and its subfolders (the snapshot&apos;s layout)</source>
        <translation>Cargar todos los archivos de datos de OpenAlex de una carpeta y sus subcarpetas (la estructura del snapshot)</translation>
    </message>
    <message>
        <source>Import OpenAlex data</source>
        <translation>Importar datos de OpenAlex</translation>
    </message>
    <message>
        <source>OpenAlex data (*.json *.jsonl *.ndjson *.gz);;All files (*)</source>
        <translation>Datos de OpenAlex (*.json *.jsonl *.ndjson *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder of OpenAlex data</source>
        <translation>Importar una carpeta de datos de OpenAlex</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish, or cancel it, then import again.</source>
        <translation>Hay una importación en curso. Espere a que termine o cancélela y luego vuelva a importar.</translation>
    </message>
    <message>
        <source>This cache is held in memory only, so it cannot be written from the background. Start Peerscope with a cache file to import.</source>
        <translation>Esta caché solo está en memoria, así que no se puede escribir en segundo plano. Inicie Peerscope con un archivo de caché para importar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Stopping after the records being written…</source>
        <translation>Deteniendo tras los registros que se están escribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %1 (file %2 of %3)
%n record(s) stored</source>
        <translation>
            <numerusform>Importando %1 (archivo %2 de %3)
%n registro guardado</numerusform>
            <numerusform>Importando %1 (archivo %2 de %3)
%n registros guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): </source>
        <translation>
            <numerusform>Se importó %n archivo: </numerusform>
            <numerusform>Se importaron %n archivos: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works, %2 authors, %3 institutions, %4 sources, %5 topics.</source>
        <translation>%1 trabajos, %2 autores, %3 instituciones, %4 fuentes, %5 temas.</translation>
    </message>
    <message>
        <source>The import was cancelled; what was written before is kept.</source>
        <translation>Se canceló la importación; lo escrito hasta entonces se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) without an OpenAlex id skipped.</source>
        <translation>
            <numerusform>Se omitió %n registro sin ID de OpenAlex.</numerusform>
            <numerusform>Se omitieron %n registros sin ID de OpenAlex.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable record(s) skipped.</source>
        <translation>
            <numerusform>Se omitió %n registro ilegible.</numerusform>
            <numerusform>Se omitieron %n registros ilegibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) held no OpenAlex records (group_by or error answers, empty lists).</source>
        <translation>
            <numerusform>%n archivo no contenía registros de OpenAlex (respuestas group_by o de error, listas vacías).</numerusform>
            <numerusform>%n archivos no contenían registros de OpenAlex (respuestas group_by o de error, listas vacías).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the cache refused.</source>
        <translation>
            <numerusform>%n registro rechazado por la caché.</numerusform>
            <numerusform>%n registros rechazados por la caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to the cache failed: check free disk space and that the cache file is writable, then import again.</source>
        <translation>No se pudo escribir en la caché: compruebe el espacio libre en disco y que el archivo de caché tenga permiso de escritura, y vuelva a importar.</translation>
    </message>
    <message>
        <source>Some input could not be imported; see the details. Everything else is in the cache.</source>
        <translation>Parte de la entrada no se pudo importar; consulte los detalles. Todo lo demás está en la caché.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::LiveUpdates</name>
    <message>
        <source>Another window or the command line</source>
        <translation>Otra ventana o la línea de órdenes</translation>
    </message>
    <message numerus="yes">
        <source>%1 merged %n record(s) into %2</source>
        <translation>
            <numerusform>%1 fusionó %n registro con %2</numerusform>
            <numerusform>%1 fusionó %n registros con %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 merged records into %2</source>
        <translation>%1 fusionó registros con %2</translation>
    </message>
    <message>
        <source>%1 split works out of %2</source>
        <translation>%1 separó obras de %2</translation>
    </message>
    <message>
        <source>%1 left works out of %2</source>
        <translation>%1 quitó obras de %2</translation>
    </message>
    <message>
        <source>%1 said %2 is a different person</source>
        <translation>%1 indicó que %2 es otra persona</translation>
    </message>
    <message>
        <source>%1 undid a correction of %2</source>
        <translation>%1 deshizo una corrección de %2</translation>
    </message>
    <message>
        <source>%1 redid a correction of %2</source>
        <translation>%1 rehízo una corrección de %2</translation>
    </message>
    <message>
        <source>%1 corrected the identity of %2</source>
        <translation>%1 corrigió la identidad de %2</translation>
    </message>
    <message>
        <source>%1 finished syncing %2</source>
        <translation>%1 terminó de sincronizar a %2</translation>
    </message>
    <message>
        <source>%1 stopped following %2</source>
        <translation>%1 dejó de seguir a %2</translation>
    </message>
    <message>
        <source>%1 followed %2</source>
        <translation>%1 empezó a seguir a %2</translation>
    </message>
    <message>
        <source>%1 changed a note on %2</source>
        <translation>%1 cambió una nota sobre %2</translation>
    </message>
    <message>
        <source>%1 pinned citation keys</source>
        <translation>%1 fijó claves de cita</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 cambió %2</translation>
    </message>
</context>
<context>
    <name>peerscope::MainWindow</name>
    <message numerus="yes">
        <source>Exporting %n work(s)…</source>
        <translation>
            <numerusform>Exportando %n trabajo…</numerusform>
            <numerusform>Exportando %n trabajos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Peerscope</source>
        <translation>Peerscope</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Back to the previous profile (Alt+Left)</source>
        <translation>Volver al perfil anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward to the next profile (Alt+Right)</source>
        <translation>Avanzar al perfil siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Caché: %1</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>en memoria</translation>
    </message>
    <message>
        <source>Find a researcher</source>
        <translation>Buscar un investigador</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Paleta de órdenes…</translation>
    </message>
    <message>
        <source>Refresh this researcher</source>
        <translation>Actualizar este investigador</translation>
    </message>
    <message>
        <source>Sync the researcher on screen from OpenAlex again (F5)</source>
        <translation>Volver a sincronizar desde OpenAlex el investigador en pantalla (F5)</translation>
    </message>
    <message>
        <source>Follow this researcher</source>
        <translation>Seguir a este investigador</translation>
    </message>
    <message>
        <source>Follow or unfollow the researcher on screen (Ctrl+D)</source>
        <translation>Seguir o dejar de seguir al investigador en pantalla (Ctrl+D)</translation>
    </message>
    <message>
        <source>Refresh followed researchers</source>
        <translation>Actualizar los investigadores seguidos</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>Export publications…</source>
        <translation>Exportar publicaciones…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Mostrar la pestaña «%1»</translation>
    </message>
    <message>
        <source>Show followed researchers and changes</source>
        <translation>Mostrar investigadores seguidos y cambios</translation>
    </message>
    <message>
        <source>Back to the previous profile</source>
        <translation>Volver al perfil anterior</translation>
    </message>
    <message>
        <source>Forward to the next profile</source>
        <translation>Avanzar al perfil siguiente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Researcher</source>
        <translation>&amp;Investigador</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Followed and changes</source>
        <translation>Seguidos y cambios</translation>
    </message>
    <message>
        <source>Unfollow this researcher</source>
        <translation>Dejar de seguir a este investigador</translation>
    </message>
    <message>
        <source>Peerscope is offline. Turn off File › Work offline to refresh.</source>
        <translation>Peerscope está sin conexión. Desactive Archivo › Trabajar sin conexión para actualizar.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Ya no sigue a %1.</translation>
    </message>
    <message>
        <source>You follow %1. Their changes appear under What changed after each sync.</source>
        <translation>Sigue a %1. Sus cambios aparecerán en «Qué ha cambiado» después de cada sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n followed researcher(s), one after the other.</source>
        <translation>
            <numerusform>Actualizando %n investigador seguido.</numerusform>
            <numerusform>Actualizando %n investigadores seguidos, uno tras otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings are not available in this window.</source>
        <translation>Las preferencias no están disponibles en esta ventana.</translation>
    </message>
    <message>
        <source>The cache cannot move while a sync is running. Cancel the sync or wait for it, then change the cache location again.</source>
        <translation>La caché no se puede mover mientras hay una sincronización en curso. Cancele la sincronización o espere a que termine y luego cambie de nuevo la ubicación de la caché.</translation>
    </message>
    <message>
        <source>The cache is now at %1.</source>
        <translation>La caché está ahora en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n work(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n trabajo a %1.</numerusform>
            <numerusform>Se exportaron %n trabajos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Could not load this author</source>
        <translation>No se pudo cargar este autor</translation>
    </message>
    <message>
        <source>The cache could not be read. Try again, or check the cache file.</source>
        <translation>No se pudo leer la caché. Inténtelo de nuevo o revise el archivo de caché.</translation>
    </message>
    <message>
        <source>%1 — Peerscope</source>
        <translation>%1 — Peerscope</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cached work(s)</source>
        <translation>
            <numerusform>%1: %n trabajo en caché</numerusform>
            <numerusform>%1: %n trabajos en caché</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo identity correction</source>
        <translation>Deshacer la corrección de identidad</translation>
    </message>
    <message>
        <source>Redo identity correction</source>
        <translation>Rehacer la corrección de identidad</translation>
    </message>
    <message>
        <source>Identity corrections…</source>
        <translation>Correcciones de identidad…</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionar registros</translation>
    </message>
    <message>
        <source>Treat %1 (%2) as the same person as %3 (%4)? Their works will count once, for %3, in every view and export. You can undo this at any time.</source>
        <translation>¿Tratar a %1 (%2) como la misma persona que %3 (%4)? Sus trabajos contarán una sola vez, para %3, en todas las vistas y exportaciones. Puede deshacerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Merged from the duplicate warning in the window</source>
        <translation>Fusionado desde el aviso de duplicado en la ventana</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Undo with %3.</source>
        <translation>%1 fusionado en %2. Deshaga con %3.</translation>
    </message>
    <message>
        <source>Identity correction undone.</source>
        <translation>Corrección de identidad deshecha.</translation>
    </message>
    <message>
        <source>Identity correction redone.</source>
        <translation>Corrección de identidad rehecha.</translation>
    </message>
    <message>
        <source>Sync %1?</source>
        <translation>¿Sincronizar %1?</translation>
    </message>
    <message numerus="yes">
        <source>This sync is estimated at %n list call(s) (%1), more than you asked to spend without confirming: %2.</source>
        <translation>
            <numerusform>Se estima que esta sincronización necesita %n llamada de lista (%1), más de lo que quiso gastar sin confirmación: %2.</numerusform>
            <numerusform>Se estima que esta sincronización necesita %n llamadas de lista (%1), más de lo que quiso gastar sin confirmación: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Cannot read the followed authors: %1</source>
        <translation>No se pueden leer los investigadores seguidos: %1</translation>
    </message>
    <message>
        <source>Moving the cache to %1…</source>
        <translation>Moviendo la caché a %1…</translation>
    </message>
    <message>
        <source>Could not read the cache for the export (%1). Try again, or check the cache file.</source>
        <translation>No se pudo leer la caché para la exportación (%1). Inténtelo de nuevo o revise el archivo de la caché.</translation>
    </message>
    <message>
        <source>Select works in the Publications table first.</source>
        <translation>Seleccione primero trabajos en la tabla «Publicaciones».</translation>
    </message>
    <message>
        <source>Peerscope is offline. Turn off File › Work offline to fetch citations.</source>
        <translation>Peerscope está sin conexión. Desactive Archivo › Trabajar sin conexión para obtener las citas.</translation>
    </message>
    <message>
        <source>Fetching citations needs a connection to OpenAlex, which this window does not have.</source>
        <translation>Obtener las citas requiere una conexión con OpenAlex, que esta ventana no tiene.</translation>
    </message>
    <message>
        <source>Estimating what fetching the citations costs…</source>
        <translation>Estimando lo que cuesta obtener las citas…</translation>
    </message>
    <message>
        <source>Could not estimate the citations to fetch: %1</source>
        <translation>No se pudieron estimar las citas que hay que obtener: %1</translation>
    </message>
    <message>
        <source>Every reference and citing work of these works is already cached.</source>
        <translation>Todas las referencias y los trabajos citantes de estos trabajos ya están en la caché.</translation>
    </message>
    <message>
        <source>Fetch citations?</source>
        <translation>¿Obtener las citas?</translation>
    </message>
    <message>
        <source>Fetch the references and citing works missing from the cache?</source>
        <translation>¿Obtener las referencias y los trabajos citantes que faltan en la caché?</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Obtener</translation>
    </message>
    <message>
        <source>Fetching citations…</source>
        <translation>Obteniendo las citas…</translation>
    </message>
    <message>
        <source>The citation sync failed.</source>
        <translation>La sincronización de citas falló.</translation>
    </message>
    <message numerus="yes">
        <source>Citations fetched: %1 referenced and %2 citing work(s) written, %n list call(s).</source>
        <translation>
            <numerusform>Citas obtenidas: se escribieron %1 trabajos referenciados y %2 citantes, %n llamada de lista.</numerusform>
            <numerusform>Citas obtenidas: se escribieron %1 trabajos referenciados y %2 citantes, %n llamadas de lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Research graph</source>
        <translation>Grafo de investigación</translation>
    </message>
    <message>
        <source>Research graph: context</source>
        <translation>Grafo de investigación: contexto</translation>
    </message>
    <message>
        <source>Research graph: citations</source>
        <translation>Grafo de investigación: citas</translation>
    </message>
    <message>
        <source>Research graph: similarity</source>
        <translation>Grafo de investigación: similitud</translation>
    </message>
    <message>
        <source>Fetch citations…</source>
        <translation>Obtener las citas…</translation>
    </message>
    <message>
        <source>Fetch the references and citing works of this researcher&apos;s works that are missing from the cache, after showing what it costs</source>
        <translation>Obtener las referencias y los trabajos citantes de los trabajos de este investigador que faltan en la caché, tras mostrar lo que cuesta</translation>
    </message>
    <message>
        <source>the team server %1</source>
        <translation>el servidor del equipo %1</translation>
    </message>
    <message>
        <source>Peerscope opens %1 from its next start.</source>
        <translation>Peerscope abrirá %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Kept the other correction; your merge of %1 is in the log as declined.</source>
        <translation>Se mantuvo la otra corrección; su fusión de %1 queda en el registro como rechazada.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere, but could not be read again: %2</source>
        <translation>%1 se cambió en otro lugar, pero no se pudo volver a leer: %2</translation>
    </message>
</context>
<context>
    <name>peerscope::MessageBar</name>
    <message>
        <source>Sync requested for %1; the profile opens from the cache once it has arrived.</source>
        <translation>Sincronización de %1 solicitada; el perfil se abrirá desde la caché en cuanto haya llegado.</translation>
    </message>
    <message>
        <source>Sync this author</source>
        <translation>Sincronizar este autor</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>peerscope::NetworkExport</name>
    <message>
        <source>Could not produce the %1 output.</source>
        <translation>No se pudo generar la salida %1.</translation>
    </message>
</context>
<context>
    <name>peerscope::NetworkPanel</name>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Coautores</translation>
    </message>
    <message>
        <source>Co-authors of co-authors</source>
        <translation>Coautores de los coautores</translation>
    </message>
    <message>
        <source>One hop: the author and their co-authors. Two hops: also the co-authors&apos; co-authors.</source>
        <translation>Un salto: el autor y sus coautores. Dos saltos: también los coautores de los coautores.</translation>
    </message>
    <message>
        <source>Full counting</source>
        <translation>Recuento completo</translation>
    </message>
    <message>
        <source>Fractional counting</source>
        <translation>Recuento fraccionario</translation>
    </message>
    <message>
        <source>Full: a link weighs the number of shared works. Fractional: each shared work adds 1/(n-1), n being its number of authors.</source>
        <translation>Completo: un enlace pesa el número de trabajos compartidos. Fraccionario: cada trabajo compartido suma 1/(n-1), siendo n su número de autores.</translation>
    </message>
    <message>
        <source>Colour by community</source>
        <translation>Colorear por comunidad</translation>
    </message>
    <message>
        <source>Colour by last year together</source>
        <translation>Colorear por último año juntos</translation>
    </message>
    <message>
        <source>Colour by country</source>
        <translation>Colorear por país</translation>
    </message>
    <message>
        <source>Size by works</source>
        <translation>Tamaño por trabajos</translation>
    </message>
    <message>
        <source>Size by shared works</source>
        <translation>Tamaño por trabajos compartidos</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>Community resolution (Leiden, modularity): higher gives more, smaller communities.</source>
        <translation>Resolución de comunidades (Leiden, modularidad): un valor mayor da más comunidades y más pequeñas.</translation>
    </message>
    <message>
        <source>Show the network as it was at the end of a year</source>
        <translation>Mostrar la red tal como era al final de un año</translation>
    </message>
    <message>
        <source>Find an author…</source>
        <translation>Buscar un autor…</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Lista…</translation>
    </message>
    <message>
        <source>Highlight a list of authors (OpenAlex IDs or names, one per line)</source>
        <translation>Resaltar una lista de autores (ID de OpenAlex o nombres, uno por línea)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole network in the view</source>
        <translation>Ajustar toda la red a la vista</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>No cached works for this author: sync them to see a network.</source>
        <translation>No hay trabajos de este autor en la caché: sincronícelos para ver una red.</translation>
    </message>
    <message>
        <source>Building network…</source>
        <translation>Construyendo la red…</translation>
    </message>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n autor</numerusform>
            <numerusform>%n autores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n comunidad</numerusform>
            <numerusform>%n comunidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paper(s) with huge author lists counted fractionally only.</source>
        <translation>
            <numerusform>%n artículo con una lista enorme de autores contado solo de forma fraccionaria.</numerusform>
            <numerusform>%n artículos con listas enormes de autores contados solo de forma fraccionaria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared with %2</source>
        <translation>%1 compartidos con %2</translation>
    </message>
    <message>
        <source>Double-click to open the profile; right-click for more.</source>
        <translation>Doble clic para abrir el perfil; clic derecho para más.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: %n shared work(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;: %n trabajo compartido</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;: %n trabajos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — double-click for details</source>
        <translation>%1 — doble clic para ver detalles</translation>
    </message>
    <message>
        <source>No author in this network matches &apos;%1&apos;.</source>
        <translation>Ningún autor de esta red coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Roster: %1 of %n author(s) are in this network.</source>
        <translation>
            <numerusform>Lista: %1 de %n autor está en esta red.</numerusform>
            <numerusform>Lista: %1 de %n autores están en esta red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight a roster</source>
        <translation>Resaltar una lista</translation>
    </message>
    <message>
        <source>OpenAlex IDs or names, one per line (empty clears the highlight):</source>
        <translation>ID de OpenAlex o nombres, uno por línea (vacío quita el resaltado):</translation>
    </message>
    <message>
        <source>Export the network</source>
        <translation>Exportar la red</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Abrir el perfil de %1</translation>
    </message>
    <message>
        <source>Show the co-authors of %1</source>
        <translation>Mostrar los coautores de %1</translation>
    </message>
    <message>
        <source>Centre the network on %1</source>
        <translation>Centrar la red en %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: gray&quot;&gt;Click a person for details, or a link to list the works the two share. Double-click a person to open their profile.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: gray&quot;&gt;Haga clic en una persona para ver detalles, o en un enlace para listar los trabajos que comparten. Haga doble clic en una persona para abrir su perfil.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Could not read the cache to build the network (%1). Try again.</source>
        <translation>No se pudo leer la caché para construir la red (%1). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not read the shared works from the cache: %1</source>
        <translation>No se pudieron leer de la caché los trabajos compartidos: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
</context>
<context>
    <name>peerscope::OpenAlexClient</name>
    <message>
        <source>&apos;%1&apos; is not a valid API address.</source>
        <translation>«%1» no es una dirección de API válida.</translation>
    </message>
    <message>
        <source>The API address must use https (plain http is allowed only for 127.0.0.1 or localhost): %1</source>
        <translation>La dirección de la API debe usar https (http sin cifrar solo se permite para 127.0.0.1 o localhost): %1</translation>
    </message>
    <message>
        <source>OpenAlex did not answer in time (%1). Check your connection and try again.</source>
        <translation>OpenAlex no respondió a tiempo (%1). Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach OpenAlex at %1: %2</source>
        <translation>No se pudo contactar con OpenAlex en %1: %2</translation>
    </message>
    <message>
        <source>OpenAlex refused the request: plan upgrade required. This query is not available with your API key&apos;s plan.</source>
        <translation>OpenAlex rechazó la solicitud: se necesita un plan superior. Esta consulta no está disponible con el plan de su clave de API.</translation>
    </message>
    <message>
        <source>OpenAlex rejected the API key (HTTP %1). Set a valid key with --api-key KEY or the OPENALEX_API_KEY environment variable; a free key is available from your openalex.org account.</source>
        <translation>OpenAlex rechazó la clave de API (HTTP %1). Indique una clave válida con --api-key KEY o la variable de entorno OPENALEX_API_KEY; puede obtener una clave gratuita en su cuenta de openalex.org.</translation>
    </message>
    <message>
        <source>OpenAlex has no such record (%1).</source>
        <translation>OpenAlex no tiene ese registro (%1).</translation>
    </message>
    <message>
        <source>OpenAlex answered HTTP %1 for %2%3. Try again later.</source>
        <translation>OpenAlex respondió HTTP %1 para %2%3. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>OpenAlex refused the request %1 (HTTP %2)%3.</source>
        <translation>OpenAlex rechazó la solicitud %1 (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>The connection to OpenAlex broke off while reading %1.</source>
        <translation>La conexión con OpenAlex se cortó al leer %1.</translation>
    </message>
    <message>
        <source>OpenAlex sent an unreadable answer for %1 (%2).</source>
        <translation>OpenAlex envió una respuesta ilegible para %1 (%2).</translation>
    </message>
    <message>
        <source>OpenAlex says the daily budget of this API key is spent. It resets at midnight UTC; sync again after that, or add prepaid credit to your openalex.org account. Everything cached stays available.</source>
        <translation>Según OpenAlex, el presupuesto diario de esta clave de API está agotado. Se restablece a medianoche UTC; vuelva a sincronizar después o añada crédito prepagado a su cuenta de openalex.org. Todo lo que está en caché sigue disponible.</translation>
    </message>
    <message>
        <source>OpenAlex says the daily budget of this API key is spent. It resets at %1 UTC (%2 local time); until then list and search calls are refused and look-ups by ID still work. Sync again after the reset, or add prepaid credit to your openalex.org account. Everything cached stays available.</source>
        <translation>Según OpenAlex, el presupuesto diario de esta clave de API está agotado. Se restablece a las %1 UTC (%2 hora local); hasta entonces se rechazan las llamadas de lista y de búsqueda, y las consultas por ID siguen funcionando. Vuelva a sincronizar tras el restablecimiento o añada crédito prepagado a su cuenta de openalex.org. Todo lo que está en caché sigue disponible.</translation>
    </message>
    <message>
        <source>OpenAlex is rate limiting this key (asked to wait %1 s). Lower the request rate, then try again.</source>
        <translation>OpenAlex está limitando esta clave (pidió esperar %1 s). Reduzca la velocidad de solicitudes y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>peerscope::ProfilePanel</name>
    <message numerus="yes">
        <source>The %1 closest of %n co-author(s); the Network tab shows them all.</source>
        <translation>
            <numerusform>Los %1 más cercanos de %n coautor; la pestaña Red los muestra todos.</numerusform>
            <numerusform>Los %1 más cercanos de %n coautores; la pestaña Red los muestra todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Researcher profile</source>
        <translation>Perfil del investigador</translation>
    </message>
    <message>
        <source>Trust snapshot</source>
        <translation>Resumen de confianza</translation>
    </message>
    <message>
        <source>Trust evidence</source>
        <translation>Pruebas de confianza</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Citation metrics</source>
        <translation>Métricas de citas</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Afiliaciones</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Close collaborators</source>
        <translation>Colaboradores cercanos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Works written together</source>
        <translation>Trabajos escritos juntos</translation>
    </message>
    <message>
        <source>Last year with a shared work</source>
        <translation>Último año con un trabajo compartido</translation>
    </message>
    <message>
        <source>No author selected</source>
        <translation>Ningún autor seleccionado</translation>
    </message>
    <message>
        <source>Search for a researcher or load the demo data set.</source>
        <translation>Busque un investigador o cargue el conjunto de datos de demostración.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Computed by Peerscope from the counted cached works</source>
        <translation>Calculado por Peerscope a partir de los trabajos en caché contados</translation>
    </message>
    <message>
        <source>Since year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>Since </source>
        <translation>Desde </translation>
    </message>
    <message>
        <source>The same metrics over works published in this year or later</source>
        <translation>Las mismas métricas para trabajos publicados en este año o después</translation>
    </message>
    <message>
        <source>OpenAlex</source>
        <translation>OpenAlex</translation>
    </message>
    <message>
        <source>The value OpenAlex itself reports, where it has one</source>
        <translation>El valor que indica el propio OpenAlex, cuando lo tiene</translation>
    </message>
    <message>
        <source>(unnamed author)</source>
        <translation>(autor sin nombre)</translation>
    </message>
    <message>
        <source>Also published as: %1</source>
        <translation>También publicado como: %1</translation>
    </message>
    <message>
        <source>No known institution</source>
        <translation>Ninguna institución conocida</translation>
    </message>
    <message>
        <source>no ORCID</source>
        <translation>sin ORCID</translation>
    </message>
    <message numerus="yes">
        <source>%n cached work(s)</source>
        <translation>
            <numerusform>%n trabajo en caché</numerusform>
            <numerusform>%n trabajos en caché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s)</source>
        <translation>
            <numerusform>%n coautor</numerusform>
            <numerusform>%n coautores</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex has deleted this author record (usually merged into another one). Nothing is attributed to it any more.</source>
        <translation>OpenAlex ha eliminado este registro de autor (normalmente fusionado con otro). Ya no se le atribuye nada.</translation>
    </message>
    <message>
        <source>No works of this author are cached yet; sync the author to fetch them.</source>
        <translation>Aún no hay trabajos de este autor en la caché; sincronice el autor para obtenerlos.</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a fecha de %1</translation>
    </message>
    <message>
        <source>Trust %1 · %2</source>
        <translation>Confianza %1 · %2</translation>
    </message>
    <message>
        <source>0–29 Emerging, 30–54 Developing, 55–79 Established, 80–100 Strong; every point is listed below</source>
        <translation>0–29 Emergente, 30–54 En desarrollo, 55–79 Consolidado, 80–100 Sólido; cada punto se detalla abajo</translation>
    </message>
    <message>
        <source>Verification %1 · %2</source>
        <translation>Verificación %1 · %2</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Fuente: %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>No conflation or duplicate warnings.</source>
        <translation>Sin avisos de confusión ni de duplicados.</translation>
    </message>
    <message>
        <source>No affiliation history recorded.</source>
        <translation>No hay historial de afiliaciones registrado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n work(s), %2%</source>
        <translation>
            <numerusform>%1 — %n trabajo, %2 %</numerusform>
            <numerusform>%1 — %n trabajos, %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>No topics recorded.</source>
        <translation>No hay temas registrados.</translation>
    </message>
    <message>
        <source>Share: the topic&apos;s works among all topic assignments of this author (OpenAlex)</source>
        <translation>Proporción: los trabajos del tema entre todas las asignaciones de temas de este autor (OpenAlex)</translation>
    </message>
    <message>
        <source>Open %1&apos;s profile</source>
        <translation>Abrir el perfil de %1</translation>
    </message>
    <message>
        <source>%1 is not cached yet: click to sync the profile</source>
        <translation>%1 aún no está en la caché: haga clic para sincronizar el perfil</translation>
    </message>
    <message>
        <source>merge into this person</source>
        <translation>fusionar con esta persona</translation>
    </message>
</context>
<context>
    <name>peerscope::PublicationTableModel</name>
    <message>
        <source>(n.d.). </source>
        <translation>(s. f.). </translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Counted in the metrics; uncheck to leave this work out</source>
        <translation>Contado en las métricas; desmarque para excluir este trabajo</translation>
    </message>
    <message>
        <source>Left out of the metrics; check to count this work</source>
        <translation>Excluido de las métricas; marque para contar este trabajo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>OA</source>
        <translation>AA</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Counted in the metrics</source>
        <translation>Contado en las métricas</translation>
    </message>
    <message>
        <source>Citations according to OpenAlex</source>
        <translation>Citas según OpenAlex</translation>
    </message>
    <message>
        <source>Open-access status</source>
        <translation>Estado de acceso abierto</translation>
    </message>
    <message>
        <source>Cited %1 times as often as comparable works (same field, type and year)</source>
        <translation>Citado %1 veces tanto como los trabajos comparables (mismo campo, tipo y año)</translation>
    </message>
    <message>
        <source>OpenAlex gives no FWCI for this work</source>
        <translation>OpenAlex no da FWCI para este trabajo</translation>
    </message>
    <message>
        <source>Cited more than %1% of comparable works</source>
        <translation>Más citado que el %1 % de los trabajos comparables</translation>
    </message>
    <message>
        <source>OpenAlex gives no citation percentile for this work</source>
        <translation>OpenAlex no da percentil de citas para este trabajo</translation>
    </message>
    <message>
        <source>FWCI</source>
        <translation>FWCI</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Percentil</translation>
    </message>
    <message>
        <source>Field-weighted citation impact (OpenAlex): citations relative to works of the same field, type and year; 1 is as expected</source>
        <translation>Impacto de citas ponderado por campo (OpenAlex): citas en relación con trabajos del mismo campo, tipo y año; 1 es lo esperado</translation>
    </message>
    <message>
        <source>Citation percentile (OpenAlex): the share of comparable works cited less, in percent</source>
        <translation>Percentil de citas (OpenAlex): la proporción de trabajos comparables menos citados, en porcentaje</translation>
    </message>
</context>
<context>
    <name>peerscope::PublicationsPanel</name>
    <message>
        <source>Search titles, abstracts, venues, authors</source>
        <translation>Buscar títulos, resúmenes, medios, autores</translation>
    </message>
    <message>
        <source>Search works</source>
        <translation>Buscar trabajos</translation>
    </message>
    <message>
        <source>any</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>Earliest publication year (any: no limit)</source>
        <translation>Año de publicación más temprano (todos: sin límite)</translation>
    </message>
    <message>
        <source>Latest publication year (any: no limit)</source>
        <translation>Año de publicación más tardío (todos: sin límite)</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Open access</source>
        <translation>Acceso abierto</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Venue filter</source>
        <translation>Filtro de medio</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Copy as formatted citations</source>
        <translation>Copiar como citas con formato</translation>
    </message>
    <message>
        <source>Loading works…</source>
        <translation>Cargando trabajos…</translation>
    </message>
    <message>
        <source>No works of this author are in the cache.</source>
        <translation>No hay trabajos de este autor en la caché.</translation>
    </message>
    <message numerus="yes">
        <source>Sorting and filtering %n work(s)…</source>
        <translation>
            <numerusform>Ordenando y filtrando %n trabajo…</numerusform>
            <numerusform>Ordenando y filtrando %n trabajos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work(s) match the filters</source>
        <translation>
            <numerusform>%1 de %n trabajo coincide con los filtros</numerusform>
            <numerusform>%1 de %n trabajos coinciden con los filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out of the metrics</source>
        <translation>
            <numerusform>%n excluido de las métricas</numerusform>
            <numerusform>%n excluidos de las métricas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>Se copió %n cita</numerusform>
            <numerusform>Se copiaron %n citas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerscope::RankedWorksTableModel</name>
    <message>
        <source>Own work</source>
        <translation>Trabajo propio</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En caché</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>One of the seeds: a work of the person or of the list asked about</source>
        <translation>Uno de los trabajos semilla: un trabajo de la persona o de la lista consultada</translation>
    </message>
    <message>
        <source>In the local cache: its title, year and authors are known</source>
        <translation>En la caché local: se conocen su título, año y autores</translation>
    </message>
    <message>
        <source>Not in the local cache: only its OpenAlex ID is known</source>
        <translation>No está en la caché local: solo se conoce su ID de OpenAlex</translation>
    </message>
    <message>
        <source>%1: not in the local cache, only its ID is known</source>
        <translation>%1: no está en la caché local, solo se conoce su ID</translation>
    </message>
    <message>
        <source>%1: OpenAlex gives no title</source>
        <translation>%1: OpenAlex no indica ningún título</translation>
    </message>
    <message>
        <source>Unknown: the work is not in the local cache</source>
        <translation>Desconocido: el trabajo no está en la caché local</translation>
    </message>
    <message>
        <source>Not computed, or outside the local citation graph</source>
        <translation>No calculado, o fuera del grafo de citas local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Seeds citing it</source>
        <translation>Semillas que lo citan</translation>
    </message>
    <message>
        <source>Seeds it cites</source>
        <translation>Semillas que cita</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>First author</source>
        <translation>Primer autor</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Own work: one of the seeds; Cached: in the local cache; New: only its OpenAlex ID is known</source>
        <translation>Trabajo propio: uno de los trabajos semilla; En caché: en la caché local; Nuevo: solo se conoce su ID de OpenAlex</translation>
    </message>
    <message>
        <source>How many of the seeds cite this work</source>
        <translation>Cuántas de las semillas citan este trabajo</translation>
    </message>
    <message>
        <source>How many of the seeds this work cites</source>
        <translation>A cuántas de las semillas cita este trabajo</translation>
    </message>
    <message>
        <source>Shared references (what it cites that a seed cites too) plus co-citations (works citing a seed that cite it too)</source>
        <translation>Referencias compartidas (lo que cita y también cita una semilla) más cocitaciones (trabajos que citan una semilla y también lo citan a él)</translation>
    </message>
    <message>
        <source>The share of the seeds with a reference list that cite this work</source>
        <translation>La proporción de las semillas con lista de referencias que citan este trabajo</translation>
    </message>
    <message>
        <source>The share of the seeds this work cites</source>
        <translation>La proporción de las semillas que cita este trabajo</translation>
    </message>
    <message>
        <source>Its count relative to the most similar work&apos;s</source>
        <translation>Su recuento en relación con el del trabajo más similar</translation>
    </message>
    <message>
        <source>Publication year</source>
        <translation>Año de publicación</translation>
    </message>
    <message>
        <source>The first listed author</source>
        <translation>El primer autor de la lista</translation>
    </message>
    <message>
        <source>Citations according to OpenAlex</source>
        <translation>Citas según OpenAlex</translation>
    </message>
    <message>
        <source>PageRank on the local citation graph: seeds, foundations, follow-ups and the citations among them</source>
        <translation>PageRank en el grafo de citas local: semillas, fundamentos, continuaciones y las citas entre ellos</translation>
    </message>
</context>
<context>
    <name>peerscope::ResearchGraph</name>
    <message>
        <source>authored</source>
        <translation>autoría</translation>
    </message>
    <message>
        <source>shared work</source>
        <translation>trabajo compartido</translation>
    </message>
    <message>
        <source>affiliated work</source>
        <translation>trabajo con afiliación</translation>
    </message>
    <message>
        <source>work in the topic</source>
        <translation>trabajo del tema</translation>
    </message>
    <message>
        <source>published in</source>
        <translation>publicado en</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>The works of %1 (%2) with their co-authors (%3 of %4), institutions (%5 of %6), topics (%7 of %8) and sources (%9 of %10)</source>
        <translation>Los trabajos de %1 (%2) con sus coautores (%3 de %4), instituciones (%5 de %6), temas (%7 de %8) y fuentes (%9 de %10)</translation>
    </message>
    <message>
        <source>shared reference</source>
        <translation>referencia compartida</translation>
    </message>
    <message>
        <source>cites both</source>
        <translation>cita a ambos</translation>
    </message>
    <message>
        <source>citing work</source>
        <translation>trabajo citante</translation>
    </message>
    <message>
        <source>cited work</source>
        <translation>trabajo citado</translation>
    </message>
</context>
<context>
    <name>peerscope::ResearchGraphPanel</name>
    <message>
        <source>(n.d.). </source>
        <translation>(s. f.). </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Context: the researcher with their works, co-authors, institutions, topics and sources. Citations: their works with the works they cite and the works citing them, by year. Similarity: their works linked by shared references or shared citing works.</source>
        <translation>Contexto: el investigador con sus trabajos, coautores, instituciones, temas y fuentes. Citas: sus trabajos con los trabajos que citan y los trabajos que los citan, por año. Similitud: sus trabajos enlazados por referencias compartidas o trabajos citantes compartidos.</translation>
    </message>
    <message>
        <source>Show or hide the %1 on the map</source>
        <translation>Mostrar u ocultar en el mapa: %1</translation>
    </message>
    <message>
        <source>Size by citations</source>
        <translation>Tamaño por citas</translation>
    </message>
    <message>
        <source>Size by works</source>
        <translation>Tamaño por trabajos</translation>
    </message>
    <message>
        <source>Bibliographic coupling</source>
        <translation>Acoplamiento bibliográfico</translation>
    </message>
    <message>
        <source>Co-citation</source>
        <translation>Cocitación</translation>
    </message>
    <message>
        <source>Coupling: two works are linked by the references they share. Co-citation: by the works citing both.</source>
        <translation>Acoplamiento: dos trabajos se enlazan por las referencias que comparten. Cocitación: por los trabajos que citan a ambos.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Salton cosine</source>
        <translation>Coseno de Salton</translation>
    </message>
    <message>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <source>Association strength</source>
        <translation>Fuerza de asociación</translation>
    </message>
    <message>
        <source>How a link&apos;s strength is normalised (association strength: observed over expected, as VOSviewer does)</source>
        <translation>Cómo se normaliza la fuerza de un enlace (fuerza de asociación: observado entre esperado, como hace VOSviewer)</translation>
    </message>
    <message>
        <source>Seeds: all works</source>
        <translation>Semillas: todos los trabajos</translation>
    </message>
    <message numerus="yes">
        <source>Seeds: %n selected work(s)</source>
        <translation>
            <numerusform>Semillas: %n trabajo seleccionado</numerusform>
            <numerusform>Semillas: %n trabajos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>The works the citation maps and the tables are about</source>
        <translation>Los trabajos de los que tratan los mapas de citas y las tablas</translation>
    </message>
    <message>
        <source>All the researcher&apos;s works</source>
        <translation>Todos los trabajos del investigador</translation>
    </message>
    <message>
        <source>The works selected in the Publications table</source>
        <translation>Los trabajos seleccionados en la tabla «Publicaciones»</translation>
    </message>
    <message>
        <source>Fetch citations…</source>
        <translation>Obtener las citas…</translation>
    </message>
    <message>
        <source>Fetch the references and citing works missing from the cache, after showing what it costs</source>
        <translation>Obtener las referencias y los trabajos citantes que faltan en la caché, tras mostrar lo que cuesta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the whole map in the view</source>
        <translation>Ajustar todo el mapa a la vista</translation>
    </message>
    <message>
        <source>Show the map as it was at the end of a year</source>
        <translation>Mostrar el mapa tal como era al final de un año</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Buscar un nodo…</translation>
    </message>
    <message>
        <source>Foundations</source>
        <translation>Fundamentos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Continuaciones</translation>
    </message>
    <message>
        <source>Similar works</source>
        <translation>Trabajos similares</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Under it</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>The works the seeds cite, by how many seeds cite them</source>
        <translation>Los trabajos citados por las semillas, según cuántas semillas los citan</translation>
    </message>
    <message>
        <source>The works citing the seeds, by how many seeds they cite</source>
        <translation>Los trabajos que citan a las semillas, según a cuántas semillas citan</translation>
    </message>
    <message>
        <source>Works sharing references or citing works with the seeds</source>
        <translation>Trabajos que comparten referencias o trabajos citantes con las semillas</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color: gray&quot;&gt;Click a node for details, a link for the evidence behind it. Double-click to open; right-click for a path or to fetch citations.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color: gray&quot;&gt;Haga clic en un nodo para ver detalles, o en un enlace para ver las pruebas que lo respaldan. Doble clic para abrir; clic derecho para una ruta o para obtener las citas.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Building the map…</source>
        <translation>Construyendo el mapa…</translation>
    </message>
    <message>
        <source>Could not build the map from the cache (%1). Try again.</source>
        <translation>No se pudo construir el mapa a partir de la caché (%1). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <source>Nothing to draw: sync this researcher&apos;s works (and their citations) first.</source>
        <translation>Nada que dibujar: sincronice primero los trabajos de este investigador (y sus citas).</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most connected of %2 works are drawn.</source>
        <translation>Se dibujan los %1 trabajos más conectados de %2.</translation>
    </message>
    <message>
        <source>The %1 strongest of %2 links are drawn.</source>
        <translation>Se dibujan los %1 enlaces más fuertes de %2.</translation>
    </message>
    <message>
        <source>Drawn: %1 of %2 co-authors, %3 of %4 institutions, %5 of %6 topics, %7 of %8 sources (the most frequent).</source>
        <translation>Dibujados: %1 de %2 coautores, %3 de %4 instituciones, %5 de %6 temas, %7 de %8 fuentes (los más frecuentes).</translation>
    </message>
    <message>
        <source>Similarity over the %1 most cited of %2 seeds.</source>
        <translation>Similitud sobre las %1 semillas más citadas de %2.</translation>
    </message>
    <message>
        <source>Tables: the first %1 of %2 foundations and %3 of %4 follow-ups.</source>
        <translation>Tablas: los primeros %1 de %2 fundamentos y %3 de %4 continuaciones.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;What this rests on&lt;/b&gt; (%n seed work(s))</source>
        <translation>
            <numerusform>&lt;b&gt;En qué se basa&lt;/b&gt; (%n trabajo semilla)</numerusform>
            <numerusform>&lt;b&gt;En qué se basa&lt;/b&gt; (%n trabajos semilla)</numerusform>
        </translation>
    </message>
    <message>
        <source>References: %1 of %2 resolved to cached works, %3 only IDs (%4 distinct).</source>
        <translation>Referencias: %1 de %2 resueltas a trabajos en caché, %3 solo ID (%4 distintos).</translation>
    </message>
    <message>
        <source>Without reference data: %1 seed(s) (OpenAlex lists none), %2 never fetched.</source>
        <translation>Sin datos de referencias: %1 semilla(s) (OpenAlex no indica ninguna), %2 nunca obtenidas.</translation>
    </message>
    <message>
        <source>Citing works known: %1; seeds whose citing works were listed: %2; cited but never listed: %3.</source>
        <translation>Trabajos citantes conocidos: %1; semillas cuyos trabajos citantes se listaron: %2; citadas pero nunca listadas: %3.</translation>
    </message>
    <message>
        <source>Works: never fetched.</source>
        <translation>Trabajos: nunca obtenidos.</translation>
    </message>
    <message>
        <source>Works fetched %1.</source>
        <translation>Trabajos obtenidos el %1.</translation>
    </message>
    <message>
        <source>Works fetched %1 to %2.</source>
        <translation>Trabajos obtenidos del %1 al %2.</translation>
    </message>
    <message>
        <source>Citing works never listed.</source>
        <translation>Trabajos citantes nunca listados.</translation>
    </message>
    <message>
        <source>Citing works listed %1 to %2.</source>
        <translation>Trabajos citantes listados del %1 al %2.</translation>
    </message>
    <message>
        <source>Expand to fetch what is missing</source>
        <translation>Ampliar para obtener lo que falta</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %n work(s), no topic data</source>
        <translation>
            <numerusform>Clúster %1: %n trabajo, sin datos de temas</numerusform>
            <numerusform>Clúster %1: %n trabajos, sin datos de temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %2 (%3% of %n work(s))</source>
        <translation>
            <numerusform>Clúster %1: %2 (%3% de %n trabajo)</numerusform>
            <numerusform>Clúster %1: %2 (%3% de %n trabajos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to highlight its works on the map</source>
        <translation>Haga clic para resaltar sus trabajos en el mapa</translation>
    </message>
    <message>
        <source>Double-click to open; right-click for a path or to fetch citations.</source>
        <translation>Doble clic para abrir; clic derecho para una ruta o para obtener las citas.</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Leyendo la caché…</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>No se pudo leer la caché: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cached work(s)</source>
        <translation>
            <numerusform>%1: %n trabajo en caché</numerusform>
            <numerusform>%1: %n trabajos en caché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n work(s) here</source>
        <translation>
            <numerusform>%1 — %n trabajo aquí</numerusform>
            <numerusform>%1 — %n trabajos aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — double-click to open the profile</source>
        <translation>%1 — doble clic para abrir el perfil</translation>
    </message>
    <message>
        <source>%1 — double-click for details</source>
        <translation>%1 — doble clic para ver detalles</translation>
    </message>
    <message>
        <source>Could not read the evidence from the cache: %1</source>
        <translation>No se pudieron leer de la caché las pruebas: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n work(s) behind this link</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n trabajo detrás de este enlace</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;%2&lt;/b&gt;: %n trabajos detrás de este enlace</numerusform>
        </translation>
    </message>
    <message>
        <source>No path between these two on this map.</source>
        <translation>No hay ninguna ruta entre estos dos en este mapa.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s)</source>
        <translation>
            <numerusform>Ruta de %n paso</numerusform>
            <numerusform>Ruta de %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Fetch the citations of this work…</source>
        <translation>Obtener las citas de este trabajo…</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Abrir el perfil de %1</translation>
    </message>
    <message>
        <source>List what the cache holds under %1</source>
        <translation>Listar lo que la caché contiene bajo %1</translation>
    </message>
    <message>
        <source>Path from here</source>
        <translation>Ruta desde aquí</translation>
    </message>
    <message>
        <source>Now right-click another node: Path to here.</source>
        <translation>Ahora haga clic derecho en otro nodo: Ruta hasta aquí.</translation>
    </message>
    <message>
        <source>Path to here</source>
        <translation>Ruta hasta aquí</translation>
    </message>
    <message>
        <source>Clear the path</source>
        <translation>Borrar la ruta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Copy as citation</source>
        <translation>Copiar como cita</translation>
    </message>
    <message>
        <source>Export the selected rows</source>
        <translation>Exportar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>Exportar todas las filas</translation>
    </message>
    <message>
        <source>Export works</source>
        <translation>Exportar trabajos</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n work(s)…</source>
        <translation>
            <numerusform>Exportando %n trabajo…</numerusform>
            <numerusform>Exportando %n trabajos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Could not read the cache for the export (%1). Try again.</source>
        <translation>No se pudo leer la caché para la exportación (%1). Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>Se copió %n cita</numerusform>
            <numerusform>Se copiaron %n citas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Nothing on this map matches &apos;%1&apos;.</source>
        <translation>Nada en este mapa coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>peerscope::SearchBox</name>
    <message>
        <source>Search researchers</source>
        <translation>Buscar investigadores</translation>
    </message>
    <message>
        <source>Search researchers by name, ORCID or OpenAlex ID (Ctrl+F)</source>
        <translation>Buscar investigadores por nombre, ORCID o ID de OpenAlex (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type a name: cached researchers appear at once, OpenAlex suggestions follow when online. Up and Down choose, Enter opens, Esc closes the list.</source>
        <translation>Escriba un nombre: los investigadores en caché aparecen al instante y las sugerencias de OpenAlex llegan después si hay conexión. Arriba y Abajo eligen, Intro abre, Esc cierra la lista.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>In cache</source>
        <translation>En caché</translation>
    </message>
    <message>
        <source>Searching OpenAlex…</source>
        <translation>Buscando en OpenAlex…</translation>
    </message>
    <message>
        <source>Offline: only cached researchers are shown.</source>
        <translation>Sin conexión: solo se muestran los investigadores en caché.</translation>
    </message>
    <message>
        <source>OpenAlex refused the request. Set your API key in Settings.</source>
        <translation>OpenAlex rechazó la solicitud. Configure su clave de API en Preferencias.</translation>
    </message>
    <message>
        <source>OpenAlex suggestions are unavailable: %1</source>
        <translation>Las sugerencias de OpenAlex no están disponibles: %1</translation>
    </message>
    <message>
        <source>OpenAlex sent an answer that could not be read.</source>
        <translation>OpenAlex envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>No researcher matches on OpenAlex either.</source>
        <translation>Tampoco en OpenAlex coincide ningún investigador.</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>on OpenAlex</source>
        <translation>en OpenAlex</translation>
    </message>
    <message>
        <source>%1 (%2) is in the cache: opens at once.</source>
        <translation>%1 (%2) está en la caché: se abre al instante.</translation>
    </message>
    <message>
        <source>%1 (%2) is on OpenAlex: opening it syncs the profile.</source>
        <translation>%1 (%2) está en OpenAlex: al abrirlo se sincroniza el perfil.</translation>
    </message>
    <message>
        <source>%1, %2, %3 works, %4 citations, %5</source>
        <translation>%1, %2, %3 trabajos, %4 citas, %5</translation>
    </message>
    <message>
        <source>No cached researcher matches.</source>
        <translation>Ningún investigador en caché coincide.</translation>
    </message>
</context>
<context>
    <name>peerscope::SettingsDialog</name>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>Move the cache to</source>
        <translation>Mover la caché a</translation>
    </message>
    <message>
        <source>SQLite cache (*.sqlite *.db);;All files (*)</source>
        <translation>Caché SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file for the cache.</source>
        <translation>Elija un archivo para la caché.</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address, such as postgresql://you@server/peerscope.</source>
        <translation>Introduzca la dirección del servidor del equipo, por ejemplo postgresql://usted@servidor/peerscope.</translation>
    </message>
    <message>
        <source>A team server&apos;s address starts with postgresql://, such as postgresql://you@server/peerscope.</source>
        <translation>La dirección de un servidor del equipo empieza por postgresql://, por ejemplo postgresql://usted@servidor/peerscope.</translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation>No se puede usar la dirección: %1.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: put it in ~/.pgpass (or the PGPASSWORD variable), where PostgreSQL&apos;s own tools find it too.</source>
        <translation>Deje la contraseña fuera de la dirección: póngala en ~/.pgpass (o en la variable PGPASSWORD), donde también la encuentran las herramientas de PostgreSQL.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
</context>
<context>
    <name>peerscope::SyncStatusBar</name>
    <message>
        <source>Stale: cached %1</source>
        <translation>Obsoleto: en caché desde %1</translation>
    </message>
    <message numerus="yes">
        <source>This profile was fetched more than %n day(s) ago. Press F5 to refresh it.</source>
        <translation>
            <numerusform>Este perfil se obtuvo hace más de %n día. Pulse F5 para actualizarlo.</numerusform>
            <numerusform>Este perfil se obtuvo hace más de %n días. Pulse F5 para actualizarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Sincronizando %1…</translation>
    </message>
    <message>
        <source>Syncing %1: %2</source>
        <translation>Sincronizando %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>OpenAlex asked us to slow down: waiting %n second(s) before the next request.</source>
        <translation>
            <numerusform>OpenAlex nos pidió ir más despacio: esperando %n segundo antes de la siguiente solicitud.</numerusform>
            <numerusform>OpenAlex nos pidió ir más despacio: esperando %n segundos antes de la siguiente solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex meters its API in dollars a day: single records are free, a list call costs %1 and a search %2. A free API key has $1 a day, reset at midnight UTC.</source>
        <translation>OpenAlex mide su API en dólares al día: los registros individuales son gratis, una llamada de lista cuesta %1 y una búsqueda %2. Una clave de API gratuita tiene $1 al día, que se restablece a medianoche UTC.</translation>
    </message>
    <message>
        <source>Synced %1: %2 works and %3 co-author profiles written, %4 changes, %5 API calls (%6).</source>
        <translation>%1 sincronizado: %2 trabajos y %3 perfiles de coautores escritos, %4 cambios, %5 llamadas a la API (%6).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is unchanged since the last sync (%n API call(s)).</source>
        <translation>
            <numerusform>%1 no ha cambiado desde la última sincronización (%n llamada a la API).</numerusform>
            <numerusform>%1 no ha cambiado desde la última sincronización (%n llamadas a la API).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync of %1 was cancelled after %n API call(s); what arrived is kept.</source>
        <translation>
            <numerusform>La sincronización de %1 se canceló tras %n llamada a la API; lo que llegó se conserva.</numerusform>
            <numerusform>La sincronización de %1 se canceló tras %n llamadas a la API; lo que llegó se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenAlex refused the request: the API key is missing or not valid. Set your API key in Settings.</source>
        <translation>OpenAlex rechazó la solicitud: falta la clave de API o no es válida. Configure su clave de API en Preferencias.</translation>
    </message>
    <message>
        <source>%1 What was synced is kept; sync again after the reset to complete it. Everything cached stays available.</source>
        <translation>%1 Lo sincronizado se conserva; vuelva a sincronizar tras el restablecimiento para completarlo. Todo lo que está en caché sigue disponible.</translation>
    </message>
    <message>
        <source>OpenAlex says this request needs a higher plan for your API key. Check your OpenAlex account.</source>
        <translation>OpenAlex indica que esta solicitud necesita un plan superior para su clave de API. Revise su cuenta de OpenAlex.</translation>
    </message>
    <message>
        <source>OpenAlex kept asking us to slow down. Lower the rate limit in Settings, then sync again.</source>
        <translation>OpenAlex siguió pidiéndonos ir más despacio. Reduzca el límite de velocidad en Preferencias y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>OpenAlex has no author %1. Check the ID or search by name.</source>
        <translation>OpenAlex no tiene ningún autor %1. Compruebe el ID o busque por nombre.</translation>
    </message>
    <message>
        <source>OpenAlex could not be reached while syncing %1. Check your connection and try again.</source>
        <translation>No se pudo contactar con OpenAlex al sincronizar %1. Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The sync of %1 could not write the cache: %2 Check the free disk space and the cache location in Settings.</source>
        <translation>La sincronización de %1 no pudo escribir en la caché: %2 Compruebe el espacio libre en disco y la ubicación de la caché en Preferencias.</translation>
    </message>
    <message>
        <source>The sync of %1 stopped: %2 Everything written so far is kept; try again to complete it.</source>
        <translation>La sincronización de %1 se detuvo: %2 Todo lo escrito hasta ahora se conserva; inténtelo de nuevo para completarla.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Preferencias</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Peerscope does not use the network. Everything cached stays available; turn off File › Work offline to sync.</source>
        <translation>Peerscope no usa la red. Todo lo que está en caché sigue disponible; desactive Archivo › Trabajar sin conexión para sincronizar.</translation>
    </message>
</context>
<context>
    <name>peerscope::TrustSnapshot</name>
    <message>
        <source>No stable record</source>
        <translation>Sin registro estable</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>No reclamado</translation>
    </message>
    <message>
        <source>Claimed (ORCID)</source>
        <translation>Reclamado (ORCID)</translation>
    </message>
    <message>
        <source>Claimed and corroborated</source>
        <translation>Reclamado y corroborado</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Emergente</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Consolidado</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólido</translation>
    </message>
    <message>
        <source>OpenAlex author record</source>
        <translation>Registro de autor de OpenAlex</translation>
    </message>
    <message numerus="yes">
        <source>cached works (%n)</source>
        <translation>
            <numerusform>trabajo en caché (%n)</numerusform>
            <numerusform>trabajos en caché (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>cached authorships (%1)</source>
        <translation>autorías en caché (%1)</translation>
    </message>
    <message>
        <source>co-authors in cached works</source>
        <translation>coautores en trabajos en caché</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Stable record</source>
        <translation>Registro estable</translation>
    </message>
    <message>
        <source>OpenAlex marks this record as deleted</source>
        <translation>OpenAlex marca este registro como eliminado</translation>
    </message>
    <message>
        <source>No OpenAlex record in the cache</source>
        <translation>No hay ningún registro de OpenAlex en la caché</translation>
    </message>
    <message numerus="yes">
        <source>%n shared co-author(s)</source>
        <translation>
            <numerusform>%n coautor compartido</numerusform>
            <numerusform>%n coautores compartidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared institution(s)</source>
        <translation>
            <numerusform>%n institución compartida</numerusform>
            <numerusform>%n instituciones compartidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared topic(s)</source>
        <translation>
            <numerusform>%n tema compartido</numerusform>
            <numerusform>%n temas compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate: %1 (%2) has the same name key and %3</source>
        <translation>Posible duplicado: %1 (%2) tiene la misma clave de nombre y %3</translation>
    </message>
    <message>
        <source>other cached author records</source>
        <translation>otros registros de autor en la caché</translation>
    </message>
    <message>
        <source>A live OpenAlex author record (%1)</source>
        <translation>Un registro de autor activo de OpenAlex (%1)</translation>
    </message>
    <message>
        <source>ORCID</source>
        <translation>ORCID</translation>
    </message>
    <message>
        <source>Linked to ORCID %1</source>
        <translation>Vinculado al ORCID %1</translation>
    </message>
    <message>
        <source>No ORCID on the record (unclaimed)</source>
        <translation>Sin ORCID en el registro (no reclamado)</translation>
    </message>
    <message>
        <source>ORCID corroborated</source>
        <translation>ORCID corroborado</translation>
    </message>
    <message>
        <source>%1 of %2 cached authorships carry the ORCID</source>
        <translation>%1 de %2 autorías en caché llevan el ORCID</translation>
    </message>
    <message>
        <source>No ORCID to corroborate</source>
        <translation>No hay ORCID que corroborar</translation>
    </message>
    <message>
        <source>Scopus ID</source>
        <translation>ID de Scopus</translation>
    </message>
    <message>
        <source>No Scopus author ID</source>
        <translation>Sin ID de autor de Scopus</translation>
    </message>
    <message>
        <source>Scopus author ID %1</source>
        <translation>ID de autor de Scopus %1</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Current institution</source>
        <translation>Institución actual</translation>
    </message>
    <message>
        <source>Last known: %1</source>
        <translation>Última conocida: %1</translation>
    </message>
    <message>
        <source>No last-known institution</source>
        <translation>Sin institución conocida más reciente</translation>
    </message>
    <message>
        <source>Institution has ROR</source>
        <translation>La institución tiene ROR</translation>
    </message>
    <message>
        <source>Registered in ROR</source>
        <translation>Registrada en ROR</translation>
    </message>
    <message>
        <source>No ROR ID for a current institution</source>
        <translation>No hay ID de ROR para una institución actual</translation>
    </message>
    <message>
        <source>Affiliation history</source>
        <translation>Historial de afiliaciones</translation>
    </message>
    <message numerus="yes">
        <source>Affiliations recorded in %n distinct year(s); 3 or more count</source>
        <translation>
            <numerusform>Afiliaciones registradas en %n año distinto; cuentan a partir de 3</numerusform>
            <numerusform>Afiliaciones registradas en %n años distintos; cuentan a partir de 3</numerusform>
        </translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Coherencia</translation>
    </message>
    <message>
        <source>No conflation signs</source>
        <translation>Sin indicios de confusión</translation>
    </message>
    <message>
        <source>No conflation warning</source>
        <translation>Sin aviso de confusión</translation>
    </message>
    <message numerus="yes">
        <source>%n conflation warning(s), see below</source>
        <translation>
            <numerusform>%n aviso de confusión, véase abajo</numerusform>
            <numerusform>%n avisos de confusión, véase abajo</numerusform>
        </translation>
    </message>
    <message>
        <source>checks on the record and its works</source>
        <translation>comprobaciones del registro y de sus trabajos</translation>
    </message>
    <message>
        <source>Works cached</source>
        <translation>Trabajos en caché</translation>
    </message>
    <message>
        <source>%1 of %2 works OpenAlex counts are cached</source>
        <translation>%1 de los %2 trabajos que cuenta OpenAlex están en caché</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabajos</translation>
    </message>
    <message numerus="yes">
        <source>%n cached work(s); 1/5/20/50 give 2/4/7/10</source>
        <translation>
            <numerusform>%n trabajo en caché; 1/5/20/50 dan 2/4/7/10</numerusform>
            <numerusform>%n trabajos en caché; 1/5/20/50 dan 2/4/7/10</numerusform>
        </translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>%1 citations; 1/10/100/1000 give 2/4/7/10</source>
        <translation>%1 citas; 1/10/100/1000 dan 2/4/7/10</translation>
    </message>
    <message>
        <source>Recency</source>
        <translation>Actualidad</translation>
    </message>
    <message>
        <source>Latest work</source>
        <translation>Trabajo más reciente</translation>
    </message>
    <message>
        <source>Latest cached work in %1</source>
        <translation>Trabajo en caché más reciente de %1</translation>
    </message>
    <message>
        <source>No dated work in the cache</source>
        <translation>Ningún trabajo con fecha en la caché</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Coautores</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct co-author(s); 1/5/15 give 2/4/6</source>
        <translation>
            <numerusform>%n coautor distinto; 1/5/15 dan 2/4/6</numerusform>
            <numerusform>%n coautores distintos; 1/5/15 dan 2/4/6</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat collaboration</source>
        <translation>Colaboración repetida</translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s) with 2 or more shared works</source>
        <translation>
            <numerusform>%n coautor con 2 o más trabajos compartidos</numerusform>
            <numerusform>%n coautores con 2 o más trabajos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Known co-authors</source>
        <translation>Coautores conocidos</translation>
    </message>
    <message numerus="yes">
        <source>%n co-author(s) with a cached profile; 3 or more count</source>
        <translation>
            <numerusform>%n coautor con perfil en caché; cuentan a partir de 3</numerusform>
            <numerusform>%n coautores con perfil en caché; cuentan a partir de 3</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust evidence could not be read from the cache: %1</source>
        <translation>No se pudieron leer de la caché las pruebas de confianza: %1</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>la caché</translation>
    </message>
</context>
<context>
    <name>peerscope::Work</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>peerscope::WorkDetailView</name>
    <message>
        <source>&lt;p&gt;This work is no longer in the cache.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este trabajo ya no está en la caché.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <source>Field-weighted citation impact: citations relative to works of the same field, type and year; 1 is as expected</source>
        <translation>Impacto de citas ponderado por campo: citas en relación con trabajos del mismo campo, tipo y año; 1 es lo esperado</translation>
    </message>
    <message>
        <source>FWCI %1</source>
        <translation>FWCI %1</translation>
    </message>
    <message>
        <source>citation percentile %1</source>
        <translation>percentil de citas %1</translation>
    </message>
    <message>
        <source>top 1%</source>
        <translation>1 % superior</translation>
    </message>
    <message>
        <source>top 10%</source>
        <translation>10 % superior</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>retractado</translation>
    </message>
    <message>
        <source>unnamed author</source>
        <translation>autor sin nombre</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Autores:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>(list cut at 100 by OpenAlex; sync the work for all authors)</source>
        <translation>(lista recortada a 100 por OpenAlex; sincronice el trabajo para ver todos los autores)</translation>
    </message>
    <message>
        <source>no DOI</source>
        <translation>sin DOI</translation>
    </message>
    <message>
        <source>landing page</source>
        <translation>página de destino</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>No abstract available.</source>
        <translation>No hay resumen disponible.</translation>
    </message>
    <message>
        <source>Work details</source>
        <translation>Detalles del trabajo</translation>
    </message>
    <message>
        <source>Select a work to see its authors, abstract and links.</source>
        <translation>Seleccione un trabajo para ver sus autores, resumen y enlaces.</translation>
    </message>
</context>
<context>
    <name>peerscope::citations::CitationNetwork</name>
    <message>
        <source>Give either a person or a list of work IDs as seeds, not both and not neither.</source>
        <translation>Indique como semillas una persona o una lista de ID de trabajos, no ambas cosas ni ninguna.</translation>
    </message>
    <message>
        <source>%1 is not in the cache: fetch the author first, then ask again.</source>
        <translation>%1 no está en la caché: obtenga primero el autor y vuelva a consultar.</translation>
    </message>
    <message>
        <source>Not in the cache: %1. Fetch these works first, or leave them out of the seeds.</source>
        <translation>No están en la caché: %1. Obtenga primero estos trabajos o quítelos de las semillas.</translation>
    </message>
</context>
<context>
    <name>peerscope::metrics</name>
    <message>
        <source>Papers</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Works counted (the checked rows of the publications table).</source>
        <translation>Trabajos contados (las filas marcadas de la tabla de publicaciones).</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Total citations of the counted works, as OpenAlex reports them.</source>
        <translation>Citas totales de los trabajos contados, según las indica OpenAlex.</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Years since the first publication, counting the current year.</source>
        <translation>Años desde la primera publicación, contando el año en curso.</translation>
    </message>
    <message>
        <source>Cites/year</source>
        <translation>Citas/año</translation>
    </message>
    <message>
        <source>Citations divided by years since the first publication.</source>
        <translation>Citas divididas por los años desde la primera publicación.</translation>
    </message>
    <message>
        <source>Cites/paper</source>
        <translation>Citas/artículo</translation>
    </message>
    <message>
        <source>Citations divided by the number of works.</source>
        <translation>Citas divididas por el número de trabajos.</translation>
    </message>
    <message>
        <source>Authors/paper</source>
        <translation>Autores/artículo</translation>
    </message>
    <message>
        <source>Mean number of authors per work.</source>
        <translation>Número medio de autores por trabajo.</translation>
    </message>
    <message>
        <source>h-index</source>
        <translation>índice h</translation>
    </message>
    <message>
        <source>Hirsch: the largest h such that h works have at least h citations each.</source>
        <translation>Hirsch: el mayor h tal que h trabajos tienen al menos h citas cada uno.</translation>
    </message>
    <message>
        <source>i10-index</source>
        <translation>índice i10</translation>
    </message>
    <message>
        <source>Number of works with at least 10 citations (Google Scholar).</source>
        <translation>Número de trabajos con al menos 10 citas (Google Scholar).</translation>
    </message>
    <message>
        <source>g-index</source>
        <translation>índice g</translation>
    </message>
    <message>
        <source>Egghe: the largest g such that the g most cited works have at least g² citations together.</source>
        <translation>Egghe: el mayor g tal que los g trabajos más citados suman al menos g² citas.</translation>
    </message>
    <message>
        <source>e-index</source>
        <translation>índice e</translation>
    </message>
    <message>
        <source>Zhang: square root of the citations of the h-core in excess of h².</source>
        <translation>Zhang: raíz cuadrada de las citas del núcleo h que exceden h².</translation>
    </message>
    <message>
        <source>m-quotient</source>
        <translation>cociente m</translation>
    </message>
    <message>
        <source>Hirsch: h-index divided by the years since the first publication.</source>
        <translation>Hirsch: índice h dividido por los años desde la primera publicación.</translation>
    </message>
    <message>
        <source>hc-index</source>
        <translation>índice hc</translation>
    </message>
    <message>
        <source>Contemporary h-index (Sidiropoulos et al.): each work&apos;s citations are weighted by 4 / age in years, then the h-index of these scores.</source>
        <translation>Índice h contemporáneo (Sidiropoulos et al.): las citas de cada trabajo se ponderan por 4 / edad en años y luego se toma el índice h de esas puntuaciones.</translation>
    </message>
    <message>
        <source>hI,norm</source>
        <translation>hI,norm</translation>
    </message>
    <message>
        <source>Harzing: citations of each work divided by its number of authors, then the h-index of these.</source>
        <translation>Harzing: las citas de cada trabajo divididas por su número de autores y luego el índice h de esos valores.</translation>
    </message>
    <message>
        <source>hI,annual</source>
        <translation>hI,annual</translation>
    </message>
    <message>
        <source>Harzing et al.: hI,norm divided by the years since the first publication.</source>
        <translation>Harzing et al.: hI,norm dividido por los años desde la primera publicación.</translation>
    </message>
    <message>
        <source>hm-index</source>
        <translation>índice hm</translation>
    </message>
    <message>
        <source>Schreiber: the h-index with fractional ranks, each work counting 1 / number of authors.</source>
        <translation>Schreiber: el índice h con rangos fraccionarios, donde cada trabajo cuenta 1 / número de autores.</translation>
    </message>
    <message>
        <source>AWCR</source>
        <translation>AWCR</translation>
    </message>
    <message>
        <source>Age-weighted citation rate (Jin): the sum over works of citations divided by age in years.</source>
        <translation>Tasa de citas ponderada por edad (Jin): la suma sobre los trabajos de las citas divididas por la edad en años.</translation>
    </message>
    <message>
        <source>AWCRpA</source>
        <translation>AWCRpA</translation>
    </message>
    <message>
        <source>Per-author AWCR: as AWCR, with each work&apos;s rate divided by its number of authors.</source>
        <translation>AWCR por autor: como AWCR, con la tasa de cada trabajo dividida por su número de autores.</translation>
    </message>
    <message>
        <source>AW-index</source>
        <translation>índice AW</translation>
    </message>
    <message>
        <source>Square root of the AWCR, comparable to the h-index.</source>
        <translation>Raíz cuadrada del AWCR, comparable al índice h.</translation>
    </message>
    <message>
        <source>acc10</source>
        <translation>acc10</translation>
    </message>
    <message>
        <source>Annual citation count: works with at least 10 citations per year since publication.</source>
        <translation>Recuento anual de citas: trabajos con al menos 10 citas por año desde su publicación.</translation>
    </message>
    <message>
        <source>Mean FWCI</source>
        <translation>FWCI medio</translation>
    </message>
    <message>
        <source>Mean field-weighted citation impact: the average of OpenAlex&apos;s FWCI over the counted works that have one; 1 means cited as often as comparable works (same field, type and year).</source>
        <translation>Impacto de citas ponderado por campo medio: la media del FWCI de OpenAlex sobre los trabajos contados que lo tienen; 1 significa citado tanto como los trabajos comparables (mismo campo, tipo y año).</translation>
    </message>
</context>
<context>
    <name>peerscope::views::NetworkView</name>
    <message>
        <source>Co-author network</source>
        <translation>Red de coautores</translation>
    </message>
    <message>
        <source>No co-author network to show. Open an author with cached works.</source>
        <translation>No hay red de coautores que mostrar. Abra un autor con trabajos en caché.</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s)</source>
        <translation>
            <numerusform>%n trabajo</numerusform>
            <numerusform>%n trabajos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared with %2</source>
        <translation>%1 compartidos con %2</translation>
    </message>
    <message>
        <source>Community %1</source>
        <translation>Comunidad %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n shared work(s), last together %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n trabajo compartido, última vez juntos en %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%n trabajos compartidos, última vez juntos en %3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>First author: %1</source>
        <translation>Primer autor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shared work(s)</source>
        <translation>
            <numerusform>%n trabajo compartido</numerusform>
            <numerusform>%n trabajos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited %1 times</source>
        <translation>Citado %1 veces</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cites &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; cita &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Peso %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Too many links to draw at this zoom: the %1 strongest are drawn; zoom in to see the other %2.</source>
        <translation>Demasiados vínculos para este nivel de zoom: se dibujan los %1 más fuertes; acerque la vista para ver los otros %2.</translation>
    </message>
</context>
<context>
    <name>peerscope::views::YearCharts</name>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>open access</source>
        <translation>acceso abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Works per year</source>
        <translation>Trabajos por año</translation>
    </message>
    <message>
        <source>Citations per year</source>
        <translation>Citas por año</translation>
    </message>
    <message>
        <source>h-index over time</source>
        <translation>Índice h a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Stacked by type</source>
        <translation>Apilado por tipo</translation>
    </message>
    <message>
        <source>Stacked by open access</source>
        <translation>Apilado por acceso abierto</translation>
    </message>
    <message>
        <source>Stack works by</source>
        <translation>Apilar trabajos por</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Guardar el gráfico como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Per-year chart</source>
        <translation>Gráfico por año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>No dated works in the cache for this author</source>
        <translation>No hay trabajos con fecha de este autor en la caché</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabajos</translation>
    </message>
    <message numerus="yes">
        <source>Works published each year, from every cached work (%n work(s) with a known year).</source>
        <translation>
            <numerusform>Trabajos publicados cada año, de todos los trabajos en caché (%n trabajo con año conocido).</numerusform>
            <numerusform>Trabajos publicados cada año, de todos los trabajos en caché (%n trabajos con año conocido).</numerusform>
        </translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Citations received</source>
        <translation>Citas recibidas</translation>
    </message>
    <message>
        <source>Citations received each year by the cached works. OpenAlex reports per-year counts for recent years only; earlier citations are not shown.</source>
        <translation>Citas recibidas cada año por los trabajos en caché. OpenAlex solo da recuentos por año para los años recientes; las citas anteriores no se muestran.</translation>
    </message>
    <message>
        <source>h-index</source>
        <translation>índice h</translation>
    </message>
    <message>
        <source>h-index at the end of each year, estimated from each work&apos;s citations minus those it received later (per-year counts cover recent years only).</source>
        <translation>Índice h al final de cada año, estimado a partir de las citas de cada trabajo menos las recibidas después (los recuentos por año solo cubren los años recientes).</translation>
    </message>
    <message>
        <source>%1: no works</source>
        <translation>%1: ningún trabajo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work(s)</source>
        <translation>
            <numerusform>%1: %n trabajo</numerusform>
            <numerusform>%1: %n trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n citation(s) received</source>
        <translation>
            <numerusform>%1: %n cita recibida</numerusform>
            <numerusform>%1: %n citas recibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>End of %1: h-index %2</source>
        <translation>Final de %1: índice h %2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists and is writable.</source>
        <translation>No se pudo escribir %1. Compruebe que la carpeta existe y permite escribir.</translation>
    </message>
</context>
</TS>
