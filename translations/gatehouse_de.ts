<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Toggle Light/Dark</source>
        <translation>Hell/Dunkel umschalten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Gatehouse will use %1 from its next start.</source>
        <translation>Gatehouse verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
</context>
<context>
    <name>HeaderExplanations</name>
    <message>
        <source>A header the integration sent that API Gateway reserves, passed on under this name instead of its own</source>
        <translation>Ein Header der Integration, den API Gateway reserviert; wird unter diesem Namen statt unter seinem eigenen weitergegeben</translation>
    </message>
    <message>
        <source>Preflight: the method the browser wants to send; the OPTIONS answer must allow it</source>
        <translation>Preflight: die Methode, die der Browser senden möchte; die OPTIONS-Antwort muss sie erlauben</translation>
    </message>
    <message>
        <source>Preflight: the headers the browser wants to send; each must be in Access-Control-Allow-Headers</source>
        <translation>Preflight: die Header, die der Browser senden möchte; jeder muss in Access-Control-Allow-Headers stehen</translation>
    </message>
    <message>
        <source>CORS: the origin allowed to read this response; the browser compares it with the page&apos;s origin</source>
        <translation>CORS: der Ursprung, der diese Antwort lesen darf; der Browser vergleicht ihn mit dem Ursprung der Seite</translation>
    </message>
    <message>
        <source>CORS: &quot;true&quot; lets the page read the response of a request sent with cookies; never with Allow-Origin *</source>
        <translation>CORS: &quot;true&quot; lässt die Seite die Antwort einer mit Cookies gesendeten Anfrage lesen; nie zusammen mit Allow-Origin *</translation>
    </message>
    <message>
        <source>CORS preflight answer: the methods the page may send</source>
        <translation>CORS-Preflight-Antwort: die Methoden, die die Seite senden darf</translation>
    </message>
    <message>
        <source>CORS preflight answer: the request headers the page may send</source>
        <translation>CORS-Preflight-Antwort: die Anfrage-Header, die die Seite senden darf</translation>
    </message>
    <message>
        <source>CORS: the response headers, beyond the simple ones, that the page&apos;s script may read</source>
        <translation>CORS: die Antwort-Header über die einfachen hinaus, die das Skript der Seite lesen darf</translation>
    </message>
    <message>
        <source>CORS preflight answer: seconds the browser may reuse this preflight</source>
        <translation>CORS-Preflight-Antwort: Sekunden, die der Browser diesen Preflight wiederverwenden darf</translation>
    </message>
    <message>
        <source>The request&apos;s id ($context.requestId); quote it when you look for the request in logs</source>
        <translation>Die ID der Anfrage ($context.requestId); geben Sie sie an, wenn Sie die Anfrage in Protokollen suchen</translation>
    </message>
    <message>
        <source>API Gateway&apos;s extended request id ($context.extendedRequestId)</source>
        <translation>Die erweiterte Anfrage-ID von API Gateway ($context.extendedRequestId)</translation>
    </message>
    <message>
        <source>An HTTP API&apos;s request id ($context.requestId)</source>
        <translation>Die Anfrage-ID einer HTTP-API ($context.requestId)</translation>
    </message>
    <message>
        <source>Set on answers API Gateway made itself: the kind of error (the gateway response type behind it)</source>
        <translation>Gesetzt bei Antworten, die API Gateway selbst erzeugt hat: die Art des Fehlers (der zugrunde liegende Gateway-Antworttyp)</translation>
    </message>
    <message>
        <source>The X-Ray trace id of this request</source>
        <translation>Die X-Ray-Trace-ID dieser Anfrage</translation>
    </message>
    <message>
        <source>An X-Ray trace id; API Gateway passes it to the integration, or makes one when absent</source>
        <translation>Eine X-Ray-Trace-ID; API Gateway gibt sie an die Integration weiter oder erzeugt eine, wenn sie fehlt</translation>
    </message>
    <message>
        <source>Added by Gatehouse (Gateway ▸ Server-Timing header): each step&apos;s time for the browser&apos;s devtools; AWS sends none</source>
        <translation>Von Gatehouse hinzugefügt (Gateway ▸ Server-Timing-Header): die Zeit jedes Schritts für die Entwicklertools des Browsers; AWS sendet keinen</translation>
    </message>
    <message>
        <source>The API key; methods that require one answer 403 Forbidden without a key of a usage plan of this stage</source>
        <translation>Der API-Schlüssel; Methoden, die einen verlangen, antworten ohne einen Schlüssel aus einem Nutzungsplan dieser Stage mit 403 Forbidden</translation>
    </message>
    <message>
        <source>Read by the method&apos;s authorizer (the token of a Cognito or TOKEN authorizer, a JWT) or, on AWS_IAM methods, the SigV4 signature</source>
        <translation>Wird vom Genehmiger der Methode gelesen (das Token eines Cognito- oder TOKEN-Genehmigers, ein JWT); bei AWS_IAM-Methoden enthält er die SigV4-Signatur</translation>
    </message>
    <message>
        <source>SigV4: when the request was signed; more than 5 minutes off the gateway&apos;s clock makes the signature invalid</source>
        <translation>SigV4: wann die Anfrage signiert wurde; weicht dies mehr als 5 Minuten von der Uhr des Gateways ab, ist die Signatur ungültig</translation>
    </message>
    <message>
        <source>SigV4: the session token of temporary credentials</source>
        <translation>SigV4: das Sitzungstoken temporärer Anmeldedaten</translation>
    </message>
    <message>
        <source>SigV4: the SHA-256 of the body as signed</source>
        <translation>SigV4: der SHA-256 des Bodys, wie er signiert wurde</translation>
    </message>
    <message>
        <source>Picks the API: {api-id}.execute-api.{region}.amazonaws.com on AWS, {api-id}.execute-api.localhost here; a custom domain maps to a stage</source>
        <translation>Wählt die API: {api-id}.execute-api.{region}.amazonaws.com bei AWS, hier {api-id}.execute-api.localhost; eine benutzerdefinierte Domain wird einer Stage zugeordnet</translation>
    </message>
    <message>
        <source>The page&apos;s origin: makes this a CORS request; the response needs a matching Access-Control-Allow-Origin for the page to read it</source>
        <translation>Der Ursprung der Seite: macht dies zu einer CORS-Anfrage; damit die Seite die Antwort lesen kann, braucht sie ein passendes Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>How clients and proxies may cache this response</source>
        <translation>Wie Clients und Proxys diese Antwort zwischenspeichern dürfen</translation>
    </message>
    <message>
        <source>On a REST stage with a cache, max-age=0 asks to invalidate the entry (only callers allowed execute-api:InvalidateCache, unless the stage lets anyone)</source>
        <translation>Auf einer REST-Stage mit Cache fordert max-age=0 an, den Eintrag zu invalidieren (nur Aufrufer mit execute-api:InvalidateCache, sofern die Stage es nicht jedem erlaubt)</translation>
    </message>
    <message>
        <source>The body&apos;s media type; on REST APIs it follows the integration response&apos;s template</source>
        <translation>Der Medientyp des Bodys; bei REST-APIs richtet er sich nach der Vorlage der Integrationsantwort</translation>
    </message>
    <message>
        <source>The body&apos;s media type: chooses the REST mapping template and request model, and whether the body counts as binary (binary media types)</source>
        <translation>Der Medientyp des Bodys: wählt die REST-Zuordnungsvorlage und das Anfragemodell und bestimmt, ob der Body als binär gilt (binäre Medientypen)</translation>
    </message>
    <message>
        <source>The media types the client takes; on REST APIs it also decides whether a binary response stays binary (binary media types)</source>
        <translation>Die Medientypen, die der Client annimmt; bei REST-APIs entscheidet dieser Header auch, ob eine binäre Antwort binär bleibt (binäre Medientypen)</translation>
    </message>
    <message>
        <source>Compressions the client takes; REST APIs compress responses above the minimum compression size when it is set</source>
        <translation>Komprimierungen, die der Client annimmt; REST-APIs komprimieren Antworten oberhalb der Mindestgröße für Komprimierung, wenn diese gesetzt ist</translation>
    </message>
    <message>
        <source>How the body is compressed</source>
        <translation>Wie der Body komprimiert ist</translation>
    </message>
    <message>
        <source>The body&apos;s size in bytes; API Gateway refuses payloads over 10 MB (413)</source>
        <translation>Die Größe des Bodys in Bytes; API Gateway lehnt Nutzlasten über 10 MB ab (413)</translation>
    </message>
    <message>
        <source>The body is sent in chunks; API Gateway reads it whole before the integration is called</source>
        <translation>Der Body wird in Blöcken gesendet; API Gateway liest ihn vollständig, bevor die Integration aufgerufen wird</translation>
    </message>
    <message>
        <source>The client address chain; API Gateway appends the caller&apos;s IP ($context.identity.sourceIp) for HTTP integrations</source>
        <translation>Die Kette der Client-Adressen; API Gateway hängt bei HTTP-Integrationen die IP des Aufrufers an ($context.identity.sourceIp)</translation>
    </message>
    <message>
        <source>The client software ($context.identity.userAgent)</source>
        <translation>Die Client-Software ($context.identity.userAgent)</translation>
    </message>
    <message>
        <source>Cookies; HTTP API payload format 2.0 passes them as the event&apos;s cookies array</source>
        <translation>Cookies; das Nutzlastformat 2.0 von HTTP-APIs übergibt sie als cookies-Array des Ereignisses</translation>
    </message>
    <message>
        <source>A cookie for the client; HTTP API format 2.0 functions return them in cookies</source>
        <translation>Ein Cookie für den Client; Funktionen im HTTP-API-Format 2.0 geben sie in cookies zurück</translation>
    </message>
    <message>
        <source>Keep-alive or close for this TCP connection; not passed to integrations</source>
        <translation>Keep-alive oder close für diese TCP-Verbindung; wird nicht an Integrationen weitergegeben</translation>
    </message>
    <message>
        <source>When the response was sent</source>
        <translation>Wann die Antwort gesendet wurde</translation>
    </message>
    <message>
        <source>Request headers the response depends on; caches keep one copy per value</source>
        <translation>Anfrage-Header, von denen die Antwort abhängt; Caches halten pro Wert eine Kopie</translation>
    </message>
    <message>
        <source>A version tag of the response body, for conditional requests</source>
        <translation>Ein Versions-Tag des Antwort-Bodys für bedingte Anfragen</translation>
    </message>
    <message>
        <source>Where to go next (redirects, created resources)</source>
        <translation>Wohin es weitergeht (Weiterleitungen, erstellte Ressourcen)</translation>
    </message>
    <message>
        <source>The page the request came from</source>
        <translation>Die Seite, von der die Anfrage kam</translation>
    </message>
    <message>
        <source>100-continue: the client waits for a go-ahead before sending the body</source>
        <translation>100-continue: Der Client wartet auf eine Freigabe, bevor er den Body sendet</translation>
    </message>
</context>
<context>
    <name>gw::ui::AccessLogPanel</name>
    <message>
        <source>Stage &amp;Settings…</source>
        <translation>Stage-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Pretty-Print Line</source>
        <translation>Zeile &amp;formatieren</translation>
    </message>
    <message>
        <source>C&amp;lear View</source>
        <translation>Ansicht &amp;leeren</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Open the stage&apos;s settings: its access-log format is in the Access logging section</source>
        <translation>Die Einstellungen der Stage öffnen: Ihr Zugriffsprotokollformat steht im Abschnitt Zugriffsprotokollierung</translation>
    </message>
    <message>
        <source>Format in use</source>
        <translation>Verwendetes Format</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Copy the log file&apos;s path to the clipboard</source>
        <translation>Den Pfad der Protokolldatei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Show the folder with the log files in the file manager</source>
        <translation>Den Ordner mit den Protokolldateien im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Log file problem</source>
        <translation>Problem mit der Protokolldatei</translation>
    </message>
    <message>
        <source>Filter lines (plain text)</source>
        <translation>Zeilen filtern (einfacher Text)</translation>
    </message>
    <message>
        <source>Filter access log lines</source>
        <translation>Zeilen des Zugriffsprotokolls filtern</translation>
    </message>
    <message>
        <source>Show the line at the cursor formatted, when it is JSON</source>
        <translation>Die Zeile am Cursor formatiert anzeigen, wenn sie JSON ist</translation>
    </message>
    <message>
        <source>Empty the view; the log file keeps every line</source>
        <translation>Die Ansicht leeren; die Protokolldatei behält jede Zeile</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Access log lines</source>
        <translation>Zeilen des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>Selected line, formatted</source>
        <translation>Ausgewählte Zeile, formatiert</translation>
    </message>
    <message>
        <source>Stages without access logging</source>
        <translation>Stages ohne Zugriffsprotokollierung</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>No stage writes an access log</source>
        <translation>Keine Stage schreibt ein Zugriffsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no stages. Add one in the Explorer, then turn on its access logging in its settings.</source>
        <translation>Dieses Projekt hat keine Stages. Fügen Sie im Explorer eine hinzu und schalten Sie dann in ihren Einstellungen die Zugriffsprotokollierung ein.</translation>
    </message>
    <message>
        <source>Open a project to see the access logs of its stages.</source>
        <translation>Öffnen Sie ein Projekt, um die Zugriffsprotokolle seiner Stages zu sehen.</translation>
    </message>
    <message>
        <source>No access logging: %1. To turn it on, open the stage&apos;s settings and check &lt;b&gt;Access logging&lt;/b&gt;, then pick a format.</source>
        <translation>Keine Zugriffsprotokollierung: %1. Um sie einzuschalten, öffnen Sie die Einstellungen der Stage, aktivieren Sie &lt;b&gt;Zugriffsprotokollierung&lt;/b&gt; und wählen Sie dann ein Format.</translation>
    </message>
    <message>
        <source>Format: custom</source>
        <translation>Format: benutzerdefiniert</translation>
    </message>
    <message>
        <source>Format: %1 preset</source>
        <translation>Format: Vorlage %1</translation>
    </message>
    <message>
        <source>No lines yet: send a request to this stage.</source>
        <translation>Noch keine Zeilen: Senden Sie eine Anfrage an diese Stage.</translation>
    </message>
    <message>
        <source>No lines yet: start the gateway and send a request to this stage.</source>
        <translation>Noch keine Zeilen: Starten Sie das Gateway und senden Sie eine Anfrage an diese Stage.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway cannot write this stage&apos;s access log (%1). Check that the folder exists and is writable; the lines still show here.</source>
        <translation>Das Gateway kann das Zugriffsprotokoll dieser Stage nicht schreiben (%1). Prüfen Sie, ob der Ordner existiert und beschreibbar ist; die Zeilen werden hier weiterhin angezeigt.</translation>
    </message>
    <message>
        <source>Put the cursor on a line to see it formatted.</source>
        <translation>Setzen Sie den Cursor auf eine Zeile, um sie formatiert zu sehen.</translation>
    </message>
    <message>
        <source>This line is not JSON; it is shown as written:
%1</source>
        <translation>Diese Zeile ist kein JSON; sie wird so angezeigt, wie sie geschrieben wurde:
%1</translation>
    </message>
</context>
<context>
    <name>gw::ui::ApiKeyEditor</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Enabled: requests with this key are accepted</source>
        <translation>&amp;Aktiviert: Anfragen mit diesem Schlüssel werden angenommen</translation>
    </message>
    <message>
        <source>API key name</source>
        <translation>Name des API-Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API key value</source>
        <translation>Wert des API-Schlüssels</translation>
    </message>
    <message>
        <source>What clients send in the x-api-key header; AWS wants at least 20 characters</source>
        <translation>Was Clients im x-api-key-Header senden; AWS verlangt mindestens 20 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the API key value</source>
        <translation>Den Wert des API-Schlüssels anzeigen</translation>
    </message>
    <message>
        <source>Generate a new API key value</source>
        <translation>Einen neuen Wert für den API-Schlüssel generieren</translation>
    </message>
    <message>
        <source>Replace the value with 40 random letters and digits, as AWS generates them</source>
        <translation>Den Wert durch 40 zufällige Buchstaben und Ziffern ersetzen, so wie AWS sie generiert</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>API key enabled</source>
        <translation>API-Schlüssel aktiviert</translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation>Problem mit dem API-Schlüssel</translation>
    </message>
    <message>
        <source>Usage plans</source>
        <translation>Nutzungspläne</translation>
    </message>
    <message>
        <source>Usage plans of the API key</source>
        <translation>Nutzungspläne des API-Schlüssels</translation>
    </message>
    <message>
        <source>An API key needs a name.</source>
        <translation>Ein API-Schlüssel benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Another API key is called %1; choose another name.</source>
        <translation>Ein anderer API-Schlüssel heißt bereits %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Rename API key %1</source>
        <translation>API-Schlüssel %1 umbenennen</translation>
    </message>
    <message>
        <source>Enable API key %1</source>
        <translation>API-Schlüssel %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable API key %1</source>
        <translation>API-Schlüssel %1 deaktivieren</translation>
    </message>
    <message>
        <source>An API key needs a value: what clients send in x-api-key.</source>
        <translation>Ein API-Schlüssel benötigt einen Wert: das, was Clients in x-api-key senden.</translation>
    </message>
    <message>
        <source>The API key %1 has this value already; values must be unique.</source>
        <translation>Der API-Schlüssel %1 hat bereits diesen Wert; Werte müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Set value of API key %1</source>
        <translation>Wert von API-Schlüssel %1 festlegen</translation>
    </message>
    <message>
        <source>AWS refuses API key values shorter than 20 characters (this one has %1); Gatehouse accepts it locally.</source>
        <translation>AWS lehnt Werte für API-Schlüssel ab, die kürzer als 20 Zeichen sind (dieser hat %1); Gatehouse akzeptiert ihn lokal.</translation>
    </message>
    <message>
        <source>Add API key %1 to usage plan %2</source>
        <translation>API-Schlüssel %1 zu Nutzungsplan %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove API key %1 from usage plan %2</source>
        <translation>API-Schlüssel %1 aus Nutzungsplan %2 entfernen</translation>
    </message>
    <message>
        <source>No API key selected.</source>
        <translation>Kein API-Schlüssel ausgewählt.</translation>
    </message>
    <message>
        <source>The API key %1 no longer exists. Select another item in the explorer.</source>
        <translation>Der API-Schlüssel %1 existiert nicht mehr. Wählen Sie im Explorer ein anderes Element aus.</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>gw::ui::AuthorizerEditor</name>
    <message>
        <source>Simple responses: the function returns {&quot;isAuthorized&quot;: true/false}</source>
        <translation>Einfache Antworten: Die Funktion gibt {&quot;isAuthorized&quot;: true/false} zurück</translation>
    </message>
    <message>
        <source>Authorizer type</source>
        <translation>Genehmigertyp</translation>
    </message>
    <message>
        <source>Authorizer function</source>
        <translation>Genehmigerfunktion</translation>
    </message>
    <message>
        <source>Authorizer URI</source>
        <translation>Genehmiger-URI</translation>
    </message>
    <message>
        <source>Identity sources</source>
        <translation>Identitätsquellen</translation>
    </message>
    <message>
        <source>Token validation expression</source>
        <translation>Token-Validierungsausdruck</translation>
    </message>
    <message>
        <source>a regular expression the token must match, e.g. ^Bearer [-0-9a-zA-Z._]+$</source>
        <translation>ein regulärer Ausdruck, auf den das Token passen muss, z. B. ^Bearer [-0-9a-zA-Z._]+$</translation>
    </message>
    <message>
        <source>Authorization caching TTL in seconds</source>
        <translation>TTL für das Zwischenspeichern der Autorisierung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cognito user pool ARNs</source>
        <translation>ARNs der Cognito-Benutzerpools</translation>
    </message>
    <message>
        <source>arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID, …</source>
        <translation>arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID, …</translation>
    </message>
    <message>
        <source>JWT issuer</source>
        <translation>JWT-Aussteller</translation>
    </message>
    <message>
        <source>https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc or https://example.auth0.com/</source>
        <translation>https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc oder https://example.auth0.com/</translation>
    </message>
    <message>
        <source>JWT audiences</source>
        <translation>JWT-Zielgruppen</translation>
    </message>
    <message>
        <source>client ids or API identifiers, comma-separated</source>
        <translation>Client-IDs oder API-Bezeichner, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Authorizer payload format version</source>
        <translation>Version des Nutzlastformats des Genehmigers</translation>
    </message>
    <message>
        <source>Simple responses</source>
        <translation>Einfache Antworten</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Lambda function:</source>
        <translation>Lambda-Funktion:</translation>
    </message>
    <message>
        <source>Function URI:</source>
        <translation>Funktions-URI:</translation>
    </message>
    <message>
        <source>Identity sources:</source>
        <translation>Identitätsquellen:</translation>
    </message>
    <message>
        <source>Token validation:</source>
        <translation>Token-Validierung:</translation>
    </message>
    <message>
        <source>Result caching (TTL):</source>
        <translation>Zwischenspeichern der Ergebnisse (TTL):</translation>
    </message>
    <message>
        <source>User pools:</source>
        <translation>Benutzerpools:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation>Zielgruppen:</translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation>Nutzlastformat:</translation>
    </message>
    <message>
        <source>authorizer function</source>
        <translation>Genehmigerfunktion</translation>
    </message>
    <message>
        <source>“%1” names no Lambda function; use a function of the project or its invocation ARN.</source>
        <translation>„%1“ bezeichnet keine Lambda-Funktion; verwenden Sie eine Funktion des Projekts oder ihren Aufruf-ARN.</translation>
    </message>
    <message>
        <source>authorizer URI</source>
        <translation>Genehmiger-URI</translation>
    </message>
    <message>
        <source>“%1” is no WebSocket identity source: use route.request.header.NAME, route.request.querystring.NAME, stageVariables.NAME or context.NAME.</source>
        <translation>„%1“ ist keine WebSocket-Identitätsquelle: Verwenden Sie route.request.header.NAME, route.request.querystring.NAME, stageVariables.NAME oder context.NAME.</translation>
    </message>
    <message>
        <source>Identity sources: %1</source>
        <translation>Identitätsquellen: %1</translation>
    </message>
    <message>
        <source>A TOKEN authorizer takes exactly one header, e.g. method.request.header.Authorization.</source>
        <translation>Ein TOKEN-Genehmiger verwendet genau einen Header, z. B. method.request.header.Authorization.</translation>
    </message>
    <message>
        <source>The authorizer needs the header its token is in, e.g. %1.</source>
        <translation>Der Genehmiger benötigt den Header, in dem sein Token steht, z. B. %1.</translation>
    </message>
    <message>
        <source>identity sources</source>
        <translation>Identitätsquellen</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2).</source>
        <translation>Kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>token validation expression</source>
        <translation>Token-Validierungsausdruck</translation>
    </message>
    <message>
        <source>result caching TTL</source>
        <translation>TTL für das Zwischenspeichern der Ergebnisse</translation>
    </message>
    <message>
        <source>user pools</source>
        <translation>Benutzerpools</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>A JWT authorizer needs at least one audience (AWS requires it): the client id or API identifier tokens carry in aud.</source>
        <translation>Ein JWT-Genehmiger benötigt mindestens eine Zielgruppe (AWS verlangt das): die Client-ID oder den API-Bezeichner, den die Token in aud tragen.</translation>
    </message>
    <message>
        <source>At most 50 audiences; there are %1.</source>
        <translation>Höchstens 50 Zielgruppen; es sind %1.</translation>
    </message>
    <message>
        <source>audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>payload format version</source>
        <translation>Version des Nutzlastformats</translation>
    </message>
    <message>
        <source>simple responses</source>
        <translation>einfache Antworten</translation>
    </message>
    <message>
        <source>A Cognito authorizer needs at least one user pool ARN, e.g. arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123.</source>
        <translation>Ein Cognito-Genehmiger benötigt mindestens einen Benutzerpool-ARN, z. B. arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123.</translation>
    </message>
    <message>
        <source>“%1” is not a user pool ARN: arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID.</source>
        <translation>„%1“ ist kein Benutzerpool-ARN: arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID.</translation>
    </message>
    <message>
        <source>A JWT authorizer needs its issuer (the iss of the tokens), e.g. https://example.auth0.com/.</source>
        <translation>Ein JWT-Genehmiger benötigt seinen Aussteller (das iss der Token), z. B. https://example.auth0.com/.</translation>
    </message>
    <message>
        <source>The issuer must be an https:// URL; got “%1”.</source>
        <translation>Der Aussteller muss eine https://-URL sein; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Set %1 of authorizer %2</source>
        <translation>%1 von Genehmiger %2 festlegen</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Authorizer %1 · %2</source>
        <translation>Genehmiger %1 · %2</translation>
    </message>
    <message>
        <source>Lambda, request parameters (REQUEST)</source>
        <translation>Lambda, Anfrageparameter (REQUEST)</translation>
    </message>
    <message>
        <source>Lambda, token (TOKEN)</source>
        <translation>Lambda, Token (TOKEN)</translation>
    </message>
    <message>
        <source>Cognito user pool (COGNITO_USER_POOLS)</source>
        <translation>Cognito-Benutzerpool (COGNITO_USER_POOLS)</translation>
    </message>
    <message>
        <source>JWT (JWT)</source>
        <translation>JWT (JWT)</translation>
    </message>
    <message>
        <source>Lambda (REQUEST)</source>
        <translation>Lambda (REQUEST)</translation>
    </message>
    <message>
        <source>IAM (SigV4)</source>
        <translation>IAM (SigV4)</translation>
    </message>
    <message>
        <source>API Gateway calls the Lambda function with the token from one header; the function returns an IAM policy. Methods use it with Authorization: CUSTOM.</source>
        <translation>API Gateway ruft die Lambda-Funktion mit dem Token aus einem Header auf; die Funktion gibt eine IAM-Richtlinie zurück. Methoden verwenden sie mit Autorisierung CUSTOM.</translation>
    </message>
    <message>
        <source>API Gateway calls the Lambda function with the request&apos;s headers, query string, stage variables and context; the function returns an IAM policy.</source>
        <translation>API Gateway ruft die Lambda-Funktion mit den Headern, dem Query-String, den Stage-Variablen und dem Kontext der Anfrage auf; die Funktion gibt eine IAM-Richtlinie zurück.</translation>
    </message>
    <message>
        <source>API Gateway calls the Lambda function with the request; with simple responses it returns {&quot;isAuthorized&quot;: …}, otherwise an IAM policy.</source>
        <translation>API Gateway ruft die Lambda-Funktion mit der Anfrage auf; mit einfachen Antworten gibt sie {&quot;isAuthorized&quot;: …} zurück, sonst eine IAM-Richtlinie.</translation>
    </message>
    <message>
        <source>Accepts ID and access tokens issued by the Cognito user pools below; methods can require OAuth scopes of access tokens.</source>
        <translation>Akzeptiert ID- und Zugriffstoken, die von den unten angegebenen Cognito-Benutzerpools ausgestellt wurden; Methoden können OAuth-Bereiche von Zugriffstoken verlangen.</translation>
    </message>
    <message>
        <source>Accepts RSA-signed JWTs from the issuer whose aud (or client_id) is one of the audiences; routes can require scopes.</source>
        <translation>Akzeptiert RSA-signierte JWTs des Ausstellers, deren aud (oder client_id) eine der Zielgruppen ist; Routen können Bereiche verlangen.</translation>
    </message>
    <message>
        <source>IAM authorization (SigV4): requests must be signed with an access key the project knows. There is nothing to set here; choose AWS_IAM as a method&apos;s or route&apos;s authorization.</source>
        <translation>IAM-Autorisierung (SigV4): Anfragen müssen mit einem Zugriffsschlüssel signiert sein, den das Projekt kennt. Hier ist nichts einzustellen; wählen Sie AWS_IAM als Autorisierung einer Methode oder Route.</translation>
    </message>
    <message>
        <source>A Lambda REQUEST authorizer of the $connect route: it runs once per connection.</source>
        <translation>Ein Lambda-REQUEST-Genehmiger der $connect-Route: Er läuft einmal pro Verbindung.</translation>
    </message>
    <message>
        <source>(enter the function&apos;s URI below)</source>
        <translation>(geben Sie unten die URI der Funktion ein)</translation>
    </message>
    <message>
        <source>route.request.querystring.token, route.request.header.Auth</source>
        <translation>route.request.querystring.token, route.request.header.Auth</translation>
    </message>
    <message>
        <source>method.request.header.Authorization, method.request.querystring.key</source>
        <translation>method.request.header.Authorization, method.request.querystring.key</translation>
    </message>
    <message>
        <source>$request.header.Authorization, $request.querystring.key</source>
        <translation>$request.header.Authorization, $request.querystring.key</translation>
    </message>
</context>
<context>
    <name>gw::ui::AutoSaver</name>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The recovery copy belongs to %1, not to %2.</source>
        <translation>Die Wiederherstellungskopie gehört zu %1, nicht zu %2.</translation>
    </message>
    <message>
        <source>Restore unsaved changes from %1</source>
        <translation>Nicht gespeicherte Änderungen aus %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>gw::ui::BodyView</name>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source> · binary data, shown as hex</source>
        <translation> · Binärdaten, als Hex angezeigt</translation>
    </message>
    <message>
        <source> · JSON, formatted</source>
        <translation> · JSON, formatiert</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Show the body as</source>
        <translation>Body anzeigen als</translation>
    </message>
    <message>
        <source>Pretty: JSON formatted · Raw: as sent · Hex: the bytes · Image: the picture</source>
        <translation>Formatiert: JSON formatiert · Roh: wie gesendet · Hex: die Bytes · Bild: das Bild</translation>
    </message>
    <message>
        <source>Body cut</source>
        <translation>Body gekürzt</translation>
    </message>
    <message>
        <source>Body as an image</source>
        <translation>Body als Bild</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the rest was not kept.</source>
        <translation>Die ersten %1 von %2 werden angezeigt; der Rest wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The body is not a picture Gatehouse can decode</source>
        <translation>Der Body ist kein Bild, das Gatehouse dekodieren kann</translation>
    </message>
    <message>
        <source> · raw</source>
        <translation> · roh</translation>
    </message>
    <message>
        <source> · hex, first %1</source>
        <translation> · Hex, die ersten %1</translation>
    </message>
    <message>
        <source> · hex</source>
        <translation> · Hex</translation>
    </message>
    <message>
        <source> · %1 image, %2 × %3</source>
        <translation> · %1-Bild, %2 × %3</translation>
    </message>
</context>
<context>
    <name>gw::ui::ConnectionsModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>binary message, %1</source>
        <translation>Binärnachricht, %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%L1 · %2</source>
        <translation>%L1 · %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Connection id: what $context.connectionId holds and what the @connections API takes</source>
        <translation>Verbindungs-ID: der Wert von $context.connectionId, den auch die @connections-API erwartet</translation>
    </message>
    <message>
        <source>API %1, stage %2</source>
        <translation>API %1, Stage %2</translation>
    </message>
    <message>
        <source>Source IP %1
User agent: %2</source>
        <translation>Quell-IP %1
User-Agent: %2</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(keiner gesendet)</translation>
    </message>
    <message>
        <source>No authorizer ran for $connect, so there is no principal</source>
        <translation>Für $connect lief kein Genehmiger, daher gibt es keinen Prinzipal</translation>
    </message>
    <message>
        <source>The principal the $connect authorizer returned</source>
        <translation>Der Prinzipal, den der $connect-Genehmiger zurückgegeben hat</translation>
    </message>
    <message>
        <source>Connected at %1 (gateway clock)</source>
        <translation>Verbunden um %1 (Gateway-Uhr)</translation>
    </message>
    <message>
        <source>%L1 messages received from the client, %L2 bytes in all</source>
        <translation>%L1 Nachrichten vom Client empfangen, insgesamt %L2 Bytes</translation>
    </message>
    <message>
        <source>%L1 messages sent to the client (route replies, error messages, @connections POST and this window), %L2 bytes in all</source>
        <translation>%L1 Nachrichten an den Client gesendet (Routenantworten, Fehlermeldungen, @connections-POST und dieses Fenster), insgesamt %L2 Bytes</translation>
    </message>
    <message>
        <source>When the client last sent a message; the idle timeout counts from here</source>
        <translation>Wann der Client zuletzt eine Nachricht gesendet hat; das Leerlauf-Timeout zählt ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>API / stage</source>
        <translation>API / Stage</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>gw::ui::ConnectionsPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Close &amp;connection</source>
        <translation>&amp;Verbindung schließen</translation>
    </message>
    <message>
        <source>No open connections</source>
        <translation>Keine offenen Verbindungen</translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation>Offene Verbindungen</translation>
    </message>
    <message>
        <source>The open WebSocket connections. Select one to see its messages, send it a message or close it.</source>
        <translation>Die offenen WebSocket-Verbindungen. Wählen Sie eine aus, um ihre Nachrichten zu sehen, ihr eine Nachricht zu senden oder sie zu schließen.</translation>
    </message>
    <message>
        <source>Select a connection to see its messages.</source>
        <translation>Wählen Sie eine Verbindung aus, um ihre Nachrichten zu sehen.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>Every message of this connection, both directions. Select one to see its steps here and everything about it in the Inspector.</source>
        <translation>Jede Nachricht dieser Verbindung in beide Richtungen. Wählen Sie eine aus, um hier ihre Schritte und im Inspektor alle Details zu sehen.</translation>
    </message>
    <message>
        <source>How long each step took for the selected message</source>
        <translation>Wie lange jeder Schritt der ausgewählten Nachricht gedauert hat</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Text to send to this connection, e.g. {&quot;action&quot;: &quot;ping&quot;}</source>
        <translation>Text, der an diese Verbindung gesendet wird, z. B. {&quot;action&quot;: &quot;ping&quot;}</translation>
    </message>
    <message>
        <source>Sent to the client as one text message, as a backend&apos;s @connections POST would. Press Enter to send.</source>
        <translation>Wird als eine Textnachricht an den Client gesendet, wie es ein @connections-POST eines Backends tun würde. Drücken Sie die Eingabetaste zum Senden.</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Zu sendende Nachricht</translation>
    </message>
    <message>
        <source>Send the message to the client (Enter)</source>
        <translation>Nachricht an den Client senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Close the connection with code 1000 (normal closure), as @connections DELETE does; $disconnect runs</source>
        <translation>Verbindung mit Code 1000 (normales Schließen) schließen, wie es @connections DELETE tut; $disconnect wird ausgeführt</translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is not open.</source>
        <translation>Nichts gesendet: Die Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <source>Nothing was sent: connection %1 has closed.</source>
        <translation>Nichts gesendet: Verbindung %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>%1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>Die Verbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>Closing %1 with code 1000…</source>
        <translation>%1 wird mit Code 1000 geschlossen…</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>principal %1</source>
        <translation>Prinzipal %1</translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation>seit %1 offen</translation>
    </message>
    <message>
        <source>Connection %1 is not open.</source>
        <translation>Verbindung %1 ist nicht offen.</translation>
    </message>
    <message>
        <source>Connection %1: %2.</source>
        <translation>Verbindung %1: %2.</translation>
    </message>
    <message>
        <source>Connection %1 closed with code %2.</source>
        <translation>Verbindung %1 wurde mit Code %2 geschlossen.</translation>
    </message>
    <message>
        <source>Connection %1 closed with code %2 (%3).</source>
        <translation>Verbindung %1 wurde mit Code %2 geschlossen (%3).</translation>
    </message>
    <message>
        <source>No open connections. The gateway is stopped: start it, then connect a WebSocket client to see the connection here.</source>
        <translation>Keine offenen Verbindungen. Das Gateway ist gestoppt: Starten Sie es und verbinden Sie dann einen WebSocket-Client, um die Verbindung hier zu sehen.</translation>
    </message>
    <message>
        <source>No open connections. Connections appear here when a client connects to a WebSocket API; this project has none.</source>
        <translation>Keine offenen Verbindungen. Verbindungen erscheinen hier, wenn sich ein Client mit einer WebSocket-API verbindet; dieses Projekt hat keine.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No open connections. Connect to %1 (or another of the %2 WebSocket stages) to see it here.</source>
        <translation>Keine offenen Verbindungen. Verbinden Sie sich mit %1 (oder einer anderen der %2 WebSocket-Stages), um die Verbindung hier zu sehen.</translation>
    </message>
    <message>
        <source>No open connections. Connect to %1 to see it here.</source>
        <translation>Keine offenen Verbindungen. Verbinden Sie sich mit %1, um die Verbindung hier zu sehen.</translation>
    </message>
</context>
<context>
    <name>gw::ui::CorsEditor</name>
    <message>
        <source>Allow credentials (cookies, Authorization) in cross-origin requests</source>
        <translation>Anmeldedaten (Cookies, Authorization) in ursprungsübergreifenden Anfragen erlauben</translation>
    </message>
    <message>
        <source>Remove CORS</source>
        <translation>CORS entfernen</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>Erlaubte &amp;Ursprünge:</translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>https://app.example.com, http://localhost:3000 — or * for any</source>
        <translation>https://app.example.com, http://localhost:3000 – oder * für alle</translation>
    </message>
    <message>
        <source>Allowed &amp;methods:</source>
        <translation>Erlaubte &amp;Methoden:</translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation>Erlaubte Methoden</translation>
    </message>
    <message>
        <source>GET, POST, PUT — or *</source>
        <translation>GET, POST, PUT – oder *</translation>
    </message>
    <message>
        <source>Allowed &amp;headers:</source>
        <translation>Erlaubte &amp;Header:</translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation>Erlaubte Header</translation>
    </message>
    <message>
        <source>content-type, authorization — or *</source>
        <translation>content-type, authorization – oder *</translation>
    </message>
    <message>
        <source>&amp;Exposed headers:</source>
        <translation>&amp;Offengelegte Header:</translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation>Offengelegte Header</translation>
    </message>
    <message>
        <source>x-request-id</source>
        <translation>x-request-id</translation>
    </message>
    <message>
        <source>Max &amp;age (s):</source>
        <translation>Max. &amp;Alter (s):</translation>
    </message>
    <message>
        <source>Max age in seconds</source>
        <translation>Maximales Alter in Sekunden</translation>
    </message>
    <message>
        <source>not set: browsers cache preflights 5 s; -1 to 86400</source>
        <translation>nicht gesetzt: Browser speichern Preflights 5 s zwischen; -1 bis 86400</translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation>Anmeldedaten erlauben</translation>
    </message>
    <message>
        <source>Remove CORS configuration</source>
        <translation>CORS-Konfiguration entfernen</translation>
    </message>
    <message>
        <source>Delete the CORS configuration: API Gateway then answers no preflight and adds no Access-Control-* headers.</source>
        <translation>Die CORS-Konfiguration löschen: API Gateway beantwortet dann keine Preflights mehr und fügt keine Access-Control-*-Header hinzu.</translation>
    </message>
    <message>
        <source>CORS traps in this API</source>
        <translation>CORS-Fallen in dieser API</translation>
    </message>
    <message>
        <source>CORS traps</source>
        <translation>CORS-Fallen</translation>
    </message>
    <message>
        <source>`%1`: browsers leave the default port out of Origin; write %2://%3.</source>
        <translation>`%1`: Browser lassen den Standardport im Origin weg; schreiben Sie %2://%3.</translation>
    </message>
    <message>
        <source>`%1`: origins are compared as they are written, so a wildcard inside one matches no browser&apos;s Origin; list each origin, or use * alone.</source>
        <translation>`%1`: Ursprünge werden so verglichen, wie sie geschrieben sind, daher passt ein Platzhalter darin zu keinem Origin eines Browsers; führen Sie jeden Ursprung einzeln auf oder verwenden Sie * allein.</translation>
    </message>
    <message>
        <source>`%1` has no scheme: browsers send origins such as https://%1.</source>
        <translation>`%1` hat kein Schema: Browser senden Ursprünge wie https://%1.</translation>
    </message>
    <message>
        <source>`%1`: browsers send origins without a trailing &apos;/&apos;; write %2.</source>
        <translation>`%1`: Browser senden Ursprünge ohne abschließenden &apos;/&apos;; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>`%1` is not an origin (scheme://host[:port], without a path, query or fragment), so no browser sends it.</source>
        <translation>`%1` ist kein Ursprung (schema://host[:port], ohne Pfad, Query oder Fragment), daher sendet ihn kein Browser.</translation>
    </message>
    <message>
        <source>No allowed origins: API Gateway answers preflights, but no browser page may read the responses.</source>
        <translation>Keine erlaubten Ursprünge: API Gateway beantwortet Preflights, aber keine Browserseite darf die Antworten lesen.</translation>
    </message>
    <message>
        <source>With credentials, browsers read allowed methods * as a method literally named &quot;*&quot;: list the methods.</source>
        <translation>Mit Anmeldedaten lesen Browser die erlaubten Methoden * als eine Methode, die wörtlich &quot;*&quot; heißt: Führen Sie die Methoden auf.</translation>
    </message>
    <message>
        <source>With credentials, browsers read allowed headers * as a header literally named &quot;*&quot;: list the headers.</source>
        <translation>Mit Anmeldedaten lesen Browser die erlaubten Header * als einen Header, der wörtlich &quot;*&quot; heißt: Führen Sie die Header auf.</translation>
    </message>
    <message>
        <source>With credentials, exposed headers * exposes only a header named &quot;*&quot;: list the headers the page reads.</source>
        <translation>Mit Anmeldedaten legen offengelegte Header * nur einen Header namens &quot;*&quot; offen: Führen Sie die Header auf, die die Seite liest.</translation>
    </message>
    <message>
        <source>Allowed headers * does not cover Authorization: browsers require it by name. Add authorization if pages send it.</source>
        <translation>Erlaubte Header * decken Authorization nicht ab: Browser verlangen ihn namentlich. Fügen Sie authorization hinzu, wenn Seiten ihn senden.</translation>
    </message>
    <message>
        <source>Chromium caches preflights for at most 2 hours and Firefox for 24 hours, whatever max age says.</source>
        <translation>Chromium speichert Preflights höchstens 2 Stunden zwischen und Firefox 24 Stunden, unabhängig vom maximalen Alter.</translation>
    </message>
    <message>
        <source>CORS · %1</source>
        <translation>CORS · %1</translation>
    </message>
    <message>
        <source>API %1 has no CORS configuration: its integrations must answer preflights and add Access-Control-* headers themselves. Fill in a field to create one.</source>
        <translation>API %1 hat keine CORS-Konfiguration: Ihre Integrationen müssen Preflights selbst beantworten und Access-Control-*-Header selbst hinzufügen. Füllen Sie ein Feld aus, um eine zu erstellen.</translation>
    </message>
    <message>
        <source>The CORS configuration of %1 cannot be used: %2. Change a field to replace it, or remove it.</source>
        <translation>Die CORS-Konfiguration von %1 kann nicht verwendet werden: %2. Ändern Sie ein Feld, um sie zu ersetzen, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>API Gateway answers every preflight (OPTIONS) request of %1 itself and adds these headers to every response, replacing CORS headers the integrations send.</source>
        <translation>API Gateway beantwortet jede Preflight-Anfrage (OPTIONS) von %1 selbst und fügt diese Header jeder Antwort hinzu; CORS-Header, die die Integrationen senden, werden ersetzt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;Fix: %3.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;Korrektur: %3.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browsers&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Browser&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>No known CORS traps in this API.</source>
        <translation>Keine bekannten CORS-Fallen in dieser API.</translation>
    </message>
    <message>
        <source>None to report while the API has no CORS configuration.</source>
        <translation>Nichts zu melden, solange die API keine CORS-Konfiguration hat.</translation>
    </message>
    <message>
        <source>Max age is a whole number of seconds from -1 (do not cache preflights) to 86400; got “%1”. Leave it empty for the browser&apos;s default.</source>
        <translation>Das maximale Alter ist eine ganze Zahl von Sekunden von -1 (Preflights nicht zwischenspeichern) bis 86400; erhalten: „%1“. Lassen Sie das Feld leer für den Standardwert des Browsers.</translation>
    </message>
    <message>
        <source>allowed origins</source>
        <translation>erlaubte Ursprünge</translation>
    </message>
    <message>
        <source>allowed methods</source>
        <translation>erlaubte Methoden</translation>
    </message>
    <message>
        <source>allowed headers</source>
        <translation>erlaubte Header</translation>
    </message>
    <message>
        <source>exposed headers</source>
        <translation>offengelegte Header</translation>
    </message>
    <message>
        <source>max age</source>
        <translation>maximales Alter</translation>
    </message>
    <message>
        <source>allow credentials</source>
        <translation>Anmeldedaten erlauben</translation>
    </message>
    <message>
        <source>Set %1 of CORS of %2</source>
        <translation>%1 der CORS-Konfiguration von %2 festlegen</translation>
    </message>
</context>
<context>
    <name>gw::ui::CorsLabPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Same origin</source>
        <translation>Gleicher Ursprung</translation>
    </message>
    <message>
        <source>Replace %1 with %2 in allowOrigins</source>
        <translation>%1 in allowOrigins durch %2 ersetzen</translation>
    </message>
    <message>
        <source>Add %1 to allowOrigins</source>
        <translation>%1 zu allowOrigins hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to allowMethods</source>
        <translation>%1 zu allowMethods hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 to allowHeaders</source>
        <translation>%1 zu allowHeaders hinzufügen</translation>
    </message>
    <message>
        <source>Set allowCredentials to %1</source>
        <translation>allowCredentials auf %1 setzen</translation>
    </message>
    <message>
        <source>Change the CORS configuration</source>
        <translation>CORS-Konfiguration ändern</translation>
    </message>
    <message>
        <source>Enable CORS on %1</source>
        <translation>CORS für %1 aktivieren</translation>
    </message>
    <message>
        <source>Set %1 on OPTIONS %2</source>
        <translation>%1 für OPTIONS %2 setzen</translation>
    </message>
    <message>
        <source>Map %1 on %2 %3</source>
        <translation>%1 für %2 %3 zuordnen</translation>
    </message>
    <message>
        <source>Add %1 to the %2 gateway response</source>
        <translation>%1 zur Gateway-Antwort %2 hinzufügen</translation>
    </message>
    <message>
        <source>Apply the CORS Lab fix</source>
        <translation>CORS-Lab-Korrektur anwenden</translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s.</source>
        <translation>Das Gateway hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The origin of the page that calls fetch(): scheme, host and port, no path</source>
        <translation>Der Ursprung der Seite, die fetch() aufruft: Schema, Host und Port, ohne Pfad</translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation>Seitenursprung</translation>
    </message>
    <message>
        <source>Page &amp;origin:</source>
        <translation>Seiten&amp;ursprung:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>&amp;Anmeldedaten:</translation>
    </message>
    <message>
        <source>omit</source>
        <translation>omit</translation>
    </message>
    <message>
        <source>same-origin</source>
        <translation>same-origin</translation>
    </message>
    <message>
        <source>include</source>
        <translation>include</translation>
    </message>
    <message>
        <source>fetch()&apos;s credentials option: “include” sends cookies cross-origin, and then the API must allow credentials and name the exact origin</source>
        <translation>Die credentials-Option von fetch(): „include“ sendet Cookies ursprungsübergreifend; dann muss die API Anmeldedaten erlauben und den exakten Ursprung nennen</translation>
    </message>
    <message>
        <source>Credentials mode</source>
        <translation>Anmeldedatenmodus</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>/pets/1 (path within the stage; a ?query may follow)</source>
        <translation>/pets/1 (Pfad innerhalb der Stage; ein ?query kann folgen)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Send the request as a browser would (%1)</source>
        <translation>Die Anfrage so senden, wie es ein Browser tun würde (%1)</translation>
    </message>
    <message>
        <source>Run CORS request</source>
        <translation>CORS-Anfrage ausführen</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Headers the page sets with fetch(); names the browser may not set (Cookie, Host, …) are left out as a browser would</source>
        <translation>Header, die die Seite mit fetch() setzt; Namen, die der Browser nicht setzen darf (Cookie, Host, …), werden wie von einem Browser weggelassen</translation>
    </message>
    <message>
        <source>Add a request header</source>
        <translation>Einen Anfrage-Header hinzufügen</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected request header</source>
        <translation>Den ausgewählten Anfrage-Header entfernen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Start Gateway</source>
        <translation>Gateway starten</translation>
    </message>
    <message>
        <source>The lab sends its requests to the running gateway (F6)</source>
        <translation>Das Lab sendet seine Anfragen an das laufende Gateway (F6)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Request summary</source>
        <translation>Anfragezusammenfassung</translation>
    </message>
    <message>
        <source>Step / check</source>
        <translation>Schritt / Prüfung</translation>
    </message>
    <message>
        <source>What the browser found</source>
        <translation>Was der Browser festgestellt hat</translation>
    </message>
    <message>
        <source>CORS checks</source>
        <translation>CORS-Prüfungen</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie das Problem</translation>
    </message>
    <message>
        <source>Advised fix</source>
        <translation>Empfohlene Korrektur</translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation>&amp;Korrektur anwenden</translation>
    </message>
    <message>
        <source>Make the advised change in the working copy (one step of Edit ▸ Undo)</source>
        <translation>Die empfohlene Änderung in der Arbeitskopie vornehmen (ein Schritt von Bearbeiten ▸ Rückgängig)</translation>
    </message>
    <message>
        <source>Deploy the working copy to the stage, so it serves the fix (F5)</source>
        <translation>Die Arbeitskopie auf der Stage bereitstellen, damit sie die Korrektur ausliefert (F5)</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Fix status</source>
        <translation>Korrekturstatus</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Trap and fix</source>
        <translation>Falle und Korrektur</translation>
    </message>
    <message>
        <source>CORS traps</source>
        <translation>CORS-Fallen</translation>
    </message>
    <message>
        <source>%1 (auto-deploy)</source>
        <translation>%1 (automatisch bereitgestellt)</translation>
    </message>
    <message>
        <source>Open a project to choose an API.</source>
        <translation>Öffnen Sie ein Projekt, um eine API auszuwählen.</translation>
    </message>
    <message>
        <source>%1 (once the gateway runs)</source>
        <translation>%1 (sobald das Gateway läuft)</translation>
    </message>
    <message>
        <source>CORS traps in %1 (%2)</source>
        <translation>CORS-Fallen in %1 (%2)</translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation>%1 Korrektur: %2</translation>
    </message>
    <message>
        <source>None found in the working copy.</source>
        <translation>Keine in der Arbeitskopie gefunden.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>The gateway is stopped.</source>
        <translation>Das Gateway ist gestoppt.</translation>
    </message>
    <message>
        <source>Waiting for the working copy to compile…</source>
        <translation>Warte auf die Kompilierung der Arbeitskopie…</translation>
    </message>
    <message>
        <source>Open a project first: the lab sends its request to one of its APIs.</source>
        <translation>Öffnen Sie zuerst ein Projekt: Das Lab sendet seine Anfrage an eine seiner APIs.</translation>
    </message>
    <message>
        <source>The gateway is stopped. Start it (F6, or Start Gateway on the left), then run the lab again: it sends real requests through the running gateway.</source>
        <translation>Das Gateway ist gestoppt. Starten Sie es (F6 oder „Gateway starten“ links) und führen Sie das Lab dann erneut aus: Es sendet echte Anfragen durch das laufende Gateway.</translation>
    </message>
    <message>
        <source>Choose an API.</source>
        <translation>Wählen Sie eine API aus.</translation>
    </message>
    <message>
        <source>The page origin must be a scheme, host and optional port, such as http://localhost:3000 (no path); got “%1”.</source>
        <translation>Der Seitenursprung muss aus Schema, Host und optionalem Port bestehen, z. B. http://localhost:3000 (ohne Pfad); erhalten: „%1“.</translation>
    </message>
    <message>
        <source>The method must be an HTTP method such as GET or PUT; got “%1”.</source>
        <translation>Die Methode muss eine HTTP-Methode wie GET oder PUT sein; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Request header %1: “%2” is not a valid header name.</source>
        <translation>Anfrage-Header %1: „%2“ ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>The path does not make a valid URL: %1</source>
        <translation>Der Pfad ergibt keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Choose the page&apos;s origin and the request, then Run (%1). The lab sends the preflight and the request through the running gateway and checks the answers as a browser does.</source>
        <translation>Wählen Sie den Ursprung der Seite und die Anfrage und klicken Sie dann auf „Ausführen“ (%1). Das Lab sendet den Preflight und die Anfrage durch das laufende Gateway und prüft die Antworten wie ein Browser.</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Run the lab to get advice for a blocked request.</source>
        <translation>Führen Sie das Lab aus, um Hinweise zu einer blockierten Anfrage zu erhalten.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Response headers (%1)</source>
        <translation>Antwort-Header (%1)</translation>
    </message>
    <message>
        <source>✓ Allowed</source>
        <translation>✓ Erlaubt</translation>
    </message>
    <message>
        <source>✗ Blocked</source>
        <translation>✗ Blockiert</translation>
    </message>
    <message>
        <source>The page and the API share an origin, so CORS does not apply.</source>
        <translation>Seite und API haben denselben Ursprung, daher greift CORS nicht.</translation>
    </message>
    <message>
        <source>%1 is not a CORS-safelisted method (GET, HEAD, POST)</source>
        <translation>%1 ist keine CORS-safelisted-Methode (GET, HEAD, POST)</translation>
    </message>
    <message>
        <source>the page sets %1, which is not CORS-safelisted</source>
        <translation>die Seite setzt %1, der nicht CORS-safelisted ist</translation>
    </message>
    <message>
        <source>the safelisted headers are longer than 1,024 bytes together</source>
        <translation>die safelisted-Header sind zusammen länger als 1.024 Bytes</translation>
    </message>
    <message>
        <source>Preflight needed: %1.</source>
        <translation>Preflight erforderlich: %1.</translation>
    </message>
    <message>
        <source>No preflight: %1 is a CORS-safelisted method and every header the page sets is safelisted, so the browser sends the request at once and checks only the response.</source>
        <translation>Kein Preflight: %1 ist eine CORS-safelisted-Methode und jeder Header, den die Seite setzt, ist safelisted; der Browser sendet die Anfrage daher sofort und prüft nur die Antwort.</translation>
    </message>
    <message>
        <source>from a page at %1</source>
        <translation>von einer Seite auf %1</translation>
    </message>
    <message>
        <source>Preflight OPTIONS</source>
        <translation>Preflight OPTIONS</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>Eigentliche Anfrage %1</translation>
    </message>
    <message>
        <source>Readable by the page</source>
        <translation>Für die Seite lesbar</translation>
    </message>
    <message>
        <source>the body and status; no response header</source>
        <translation>Body und Status; kein Antwort-Header</translation>
    </message>
    <message>
        <source>Response headers the page&apos;s JavaScript can read: the CORS-safelisted ones and those named in Access-Control-Expose-Headers.</source>
        <translation>Antwort-Header, die das JavaScript der Seite lesen kann: die CORS-safelisted-Header und die in Access-Control-Expose-Headers genannten.</translation>
    </message>
    <message>
        <source>Nothing to fix: the browser lets the page read the response.</source>
        <translation>Nichts zu korrigieren: Der Browser lässt die Seite die Antwort lesen.</translation>
    </message>
    <message>
        <source>No single change is advised for this failure; the failed checks say what the browser expected.</source>
        <translation>Für diesen Fehler wird keine einzelne Änderung empfohlen; die fehlgeschlagenen Prüfungen zeigen, was der Browser erwartet hat.</translation>
    </message>
    <message>
        <source>the API %1 is no longer in the project</source>
        <translation>die API %1 ist nicht mehr im Projekt</translation>
    </message>
    <message>
        <source>the change does not fit the working copy any more</source>
        <translation>die Änderung passt nicht mehr zur Arbeitskopie</translation>
    </message>
    <message>
        <source>Could not apply the fix: %1. Run the lab again for fresh advice.</source>
        <translation>Die Korrektur konnte nicht angewendet werden: %1. Führen Sie das Lab erneut aus, um aktuelle Hinweise zu erhalten.</translation>
    </message>
    <message>
        <source>The working copy changed since this run: run the lab again to see what a browser gets now.</source>
        <translation>Die Arbeitskopie hat sich seit diesem Lauf geändert: Führen Sie das Lab erneut aus, um zu sehen, was ein Browser jetzt erhält.</translation>
    </message>
    <message>
        <source>The fix was undone.</source>
        <translation>Die Korrektur wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Fixed in the working copy. Stage %1 deploys automatically, so the fix takes effect at once: run the lab again to see.</source>
        <translation>In der Arbeitskopie korrigiert. Stage %1 wird automatisch bereitgestellt, die Korrektur wirkt also sofort: Führen Sie das Lab zur Kontrolle erneut aus.</translation>
    </message>
    <message>
        <source>Fixed in the working copy. REST APIs: deploy to stage %1 to take effect (F5).</source>
        <translation>In der Arbeitskopie korrigiert. REST-APIs: Stellen Sie auf Stage %1 bereit, damit die Korrektur wirkt (F5).</translation>
    </message>
    <message>
        <source>Fixed in the working copy. Deploy to stage %1 to take effect (F5).</source>
        <translation>In der Arbeitskopie korrigiert. Stellen Sie auf Stage %1 bereit, damit die Korrektur wirkt (F5).</translation>
    </message>
    <message>
        <source>&amp;Deploy to %1</source>
        <translation>Auf %1 &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Stage %1 serves the fix now: run the lab again to see.</source>
        <translation>Stage %1 liefert die Korrektur jetzt aus: Führen Sie das Lab zur Kontrolle erneut aus.</translation>
    </message>
</context>
<context>
    <name>gw::ui::CostLabel</name>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost: no prices (the pricing file has an error)</source>
        <translation>Kosten: keine Preise (die Preisdatei enthält einen Fehler)</translation>
    </message>
    <message>
        <source>What this session&apos;s requests would cost on AWS (%1, prices from %2), and a 30-day month at the rate of the last minute, with the monthly tiers and without the free tier. Includes API requests, Lambda requests and GB-seconds, and data sent out; not cache hours.</source>
        <translation>Was die Anfragen dieser Sitzung bei AWS kosten würden (%1, Preise von %2), und ein 30-Tage-Monat bei der Rate der letzten Minute, mit den monatlichen Preisstufen und ohne kostenloses Kontingent. Enthält API-Anfragen, Lambda-Anfragen und GB-Sekunden sowie ausgehende Daten; keine Cache-Stunden.</translation>
    </message>
    <message>
        <source>Cost: %1 this session · %2/month at this rate</source>
        <translation>Kosten: %1 in dieser Sitzung · %2/Monat bei dieser Rate</translation>
    </message>
    <message>
        <source>Cost: %1 this session · %2/month at this rate · %3</source>
        <translation>Kosten: %1 in dieser Sitzung · %2/Monat bei dieser Rate · %3</translation>
    </message>
</context>
<context>
    <name>gw::ui::CostPanel</name>
    <message>
        <source>&lt;b&gt;No prices: the pricing file has an error.&lt;/b&gt; %1 Fix the file (docs/cost.md describes it) and restart Gatehouse.</source>
        <translation>&lt;b&gt;Keine Preise: Die Preisdatei enthält einen Fehler.&lt;/b&gt; %1 Korrigieren Sie die Datei (docs/cost.md beschreibt sie) und starten Sie Gatehouse neu.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>REST vs HTTP</source>
        <translation>REST vs. HTTP</translation>
    </message>
    <message>
        <source>Billing alarms</source>
        <translation>Abrechnungsalarme</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>What the requests served so far would have cost on AWS, priced in the monthly tiers from the month&apos;s first request.</source>
        <translation>Was die bisher bedienten Anfragen bei AWS gekostet hätten, berechnet in den monatlichen Preisstufen ab der ersten Anfrage des Monats.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Billable requests, messages and connection events this session (requests no API answered cost nothing).</source>
        <translation>Abrechenbare Anfragen, Nachrichten und Verbindungsereignisse in dieser Sitzung (Anfragen, die keine API beantwortet hat, kosten nichts).</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Aktuelle Rate</translation>
    </message>
    <message>
        <source>Billable requests per second over the last minute.</source>
        <translation>Abrechenbare Anfragen pro Sekunde in der letzten Minute.</translation>
    </message>
    <message>
        <source>Projected month</source>
        <translation>Hochgerechneter Monat</translation>
    </message>
    <message>
        <source>A 30-day month at the rate of the last minute, priced in the monthly tiers without the free tier, plus the project&apos;s REST stage caches (billed by the hour, traffic or not).</source>
        <translation>Ein 30-Tage-Monat bei der Rate der letzten Minute, berechnet in den monatlichen Preisstufen ohne kostenloses Kontingent, zuzüglich der REST-Stage-Caches des Projekts (stundenweise abgerechnet, ob mit oder ohne Datenverkehr).</translation>
    </message>
    <message>
        <source>Prices: %1, from %2. The month is 30 days at the rate of the last minute; the projection falls when traffic stops.</source>
        <translation>Preise: %1, von %2. Der Monat umfasst 30 Tage bei der Rate der letzten Minute; die Hochrechnung sinkt, wenn der Datenverkehr endet.</translation>
    </message>
    <message>
        <source>Projected month, item by item</source>
        <translation>Hochgerechneter Monat, Posten für Posten</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>As REST</source>
        <translation>Als REST</translation>
    </message>
    <message>
        <source>As HTTP</source>
        <translation>Als HTTP</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>API-Anfragen</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Lambda</source>
        <translation>Lambda</translation>
    </message>
    <message>
        <source>Data transfer out</source>
        <translation>Ausgehende Datenübertragung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Difference between REST and HTTP</source>
        <translation>Unterschied zwischen REST und HTTP</translation>
    </message>
    <message>
        <source>The REST and HTTP traffic of the last minute, as a 30-day month on each kind of API (WebSocket traffic is left out). HTTP APIs meter requests in 512 KB increments and have no cache.</source>
        <translation>Der REST- und HTTP-Datenverkehr der letzten Minute als 30-Tage-Monat auf jeder API-Art (WebSocket-Datenverkehr bleibt unberücksichtigt). HTTP-APIs rechnen Anfragen in Schritten von 512 KB ab und haben keinen Cache.</translation>
    </message>
    <message>
        <source>What switching to HTTP APIs would lose</source>
        <translation>Was beim Wechsel zu HTTP-APIs verloren ginge</translation>
    </message>
    <message>
        <source>An alarm goes off when the projected month rises to its threshold: a message in the status bar (and above the editor when this dock is hidden). It goes off again after the projection has fallen below the threshold.</source>
        <translation>Ein Alarm löst aus, wenn der hochgerechnete Monat seinen Schwellenwert erreicht: eine Meldung in der Statusleiste (und über dem Editor, wenn dieses Dock ausgeblendet ist). Er löst erneut aus, nachdem die Hochrechnung unter den Schwellenwert gefallen ist.</translation>
    </message>
    <message>
        <source>Add Alarm</source>
        <translation>Alarm hinzufügen</translation>
    </message>
    <message>
        <source>Another threshold on the projected month (up to %1)</source>
        <translation>Ein weiterer Schwellenwert für den hochgerechneten Monat (bis zu %1)</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Alarms at $100, $500 and $1,000 a month</source>
        <translation>Alarme bei 100 $, 500 $ und 1.000 $ pro Monat</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP-API</translation>
    </message>
    <message>
        <source>WebSocket API</source>
        <translation>WebSocket-API</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Requests a second, steady through a 30-day month (messages a second for WebSocket APIs)</source>
        <translation>Anfragen pro Sekunde, gleichmäßig über einen 30-Tage-Monat (bei WebSocket-APIs Nachrichten pro Sekunde)</translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation>Anfragen pro Sekunde:</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Payload size in KB</source>
        <translation>Nutzlastgröße in KB</translation>
    </message>
    <message>
        <source>Each request&apos;s payload (HTTP APIs meter it in 512 KB increments, WebSocket messages in 32 KB), also each response&apos;s size sent out</source>
        <translation>Die Nutzlast jeder Anfrage (HTTP-APIs rechnen sie in Schritten von 512 KB ab, WebSocket-Nachrichten in Schritten von 32 KB), zugleich die Größe jeder gesendeten Antwort</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzlast:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 GB (%2 an hour)</source>
        <translation>%1 GB (%2 pro Stunde)</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cache-Größe</translation>
    </message>
    <message>
        <source>A REST stage cache, billed by the hour</source>
        <translation>Ein REST-Stage-Cache, stundenweise abgerechnet</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No Lambda</source>
        <translation>Kein Lambda</translation>
    </message>
    <message>
        <source>Lambda memory in MB</source>
        <translation>Lambda-Speicher in MB</translation>
    </message>
    <message>
        <source>The memory of the function each request invokes (128 to 10,240 MB); 0: no Lambda</source>
        <translation>Der Speicher der Funktion, die jede Anfrage aufruft (128 bis 10.240 MB); 0: kein Lambda</translation>
    </message>
    <message>
        <source>Lambda memory:</source>
        <translation>Lambda-Speicher:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Lambda duration in ms</source>
        <translation>Lambda-Dauer in ms</translation>
    </message>
    <message>
        <source>How long each invocation runs (billed per 1 ms, up to 900,000 ms)</source>
        <translation>Wie lange jeder Aufruf läuft (abgerechnet pro 1 ms, bis zu 900.000 ms)</translation>
    </message>
    <message>
        <source>Lambda duration:</source>
        <translation>Lambda-Dauer:</translation>
    </message>
    <message>
        <source>WebSocket connections</source>
        <translation>WebSocket-Verbindungen</translation>
    </message>
    <message>
        <source>WebSocket connections open on average through the month</source>
        <translation>Im Monatsdurchschnitt offene WebSocket-Verbindungen</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation>Kostenloses Kontingent</translation>
    </message>
    <message>
        <source>Take off the free tier&apos;s monthly allowance (the first 12 months of an AWS account)</source>
        <translation>Das monatliche kostenlose Kontingent abziehen (die ersten 12 Monate eines AWS-Kontos)</translation>
    </message>
    <message>
        <source>Use Current Traffic</source>
        <translation>Aktuellen Datenverkehr verwenden</translation>
    </message>
    <message>
        <source>Fill the inputs from the last minute&apos;s traffic: its main flavour, rate and average response size, the average Lambda memory and billed duration (as if every request invoked such a function), the project&apos;s largest REST stage cache</source>
        <translation>Die Eingaben aus dem Datenverkehr der letzten Minute übernehmen: dessen Haupt-API-Art, Rate und durchschnittliche Antwortgröße, den durchschnittlichen Lambda-Speicher und die abgerechnete Dauer (als ob jede Anfrage eine solche Funktion aufriefe), den größten REST-Stage-Cache des Projekts</translation>
    </message>
    <message>
        <source>What-if problem</source>
        <translation>Problem in der Was-wäre-wenn-Rechnung</translation>
    </message>
    <message>
        <source>What-if month, item by item</source>
        <translation>Was-wäre-wenn-Monat, Posten für Posten</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>%1 a month at the last minute&apos;s rate, priced in the monthly tiers.</source>
        <translation>%1 pro Monat bei der Rate der letzten Minute, berechnet in den monatlichen Preisstufen.</translation>
    </message>
    <message>
        <source>REST API requests</source>
        <translation>REST-API-Anfragen</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>HTTP API requests</source>
        <translation>HTTP-API-Anfragen</translation>
    </message>
    <message>
        <source>%1 metered requests</source>
        <translation>%1 abgerechnete Anfragen</translation>
    </message>
    <message>
        <source>Requests metered in 512 KB increments of their payload</source>
        <translation>Anfragen, abgerechnet in Schritten von 512 KB ihrer Nutzlast</translation>
    </message>
    <message>
        <source>WebSocket messages</source>
        <translation>WebSocket-Nachrichten</translation>
    </message>
    <message>
        <source>%1 metered messages</source>
        <translation>%1 abgerechnete Nachrichten</translation>
    </message>
    <message>
        <source>Messages both ways, metered in 32 KB increments</source>
        <translation>Nachrichten in beide Richtungen, abgerechnet in Schritten von 32 KB</translation>
    </message>
    <message>
        <source>Connection minutes</source>
        <translation>Verbindungsminuten</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>The minutes of the connections that closed in the last minute, a month of them.</source>
        <translation>Die Minuten der Verbindungen, die in der letzten Minute geschlossen wurden, auf einen Monat hochgerechnet.</translation>
    </message>
    <message>
        <source>Cache %1/%2 (%3 GB)</source>
        <translation>Cache %1/%2 (%3 GB)</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>The stage cache is billed by the hour, traffic or not.</source>
        <translation>Der Stage-Cache wird stundenweise abgerechnet, ob mit oder ohne Datenverkehr.</translation>
    </message>
    <message>
        <source>The pricing file has no price for a %1 GB cache.</source>
        <translation>Die Preisdatei enthält keinen Preis für einen Cache mit %1 GB.</translation>
    </message>
    <message>
        <source>Lambda requests</source>
        <translation>Lambda-Anfragen</translation>
    </message>
    <message>
        <source>%1 invocations</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message>
        <source>Every function invoked, authorizers included.</source>
        <translation>Jede aufgerufene Funktion, einschließlich Genehmiger.</translation>
    </message>
    <message>
        <source>Lambda compute</source>
        <translation>Lambda-Rechenzeit</translation>
    </message>
    <message>
        <source>%1 GB-seconds</source>
        <translation>%1 GB-Sekunden</translation>
    </message>
    <message>
        <source>Each invocation&apos;s billed duration times its memory, at the x86_64 price.</source>
        <translation>Die abgerechnete Dauer jedes Aufrufs mal seinem Speicher, zum x86_64-Preis.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Responses (status line, headers, body) and messages sent to clients.</source>
        <translation>Antworten (Statuszeile, Header, Body) und an Clients gesendete Nachrichten.</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Summe pro Monat</translation>
    </message>
    <message>
        <source>A 30-day month.</source>
        <translation>Ein 30-Tage-Monat.</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>kein Cache</translation>
    </message>
    <message>
        <source>No REST or HTTP traffic yet: send requests to see them priced both ways.</source>
        <translation>Noch kein REST- oder HTTP-Datenverkehr: Senden Sie Anfragen, um sie auf beide Arten berechnet zu sehen.</translation>
    </message>
    <message>
        <source>The same on both.</source>
        <translation>Auf beiden gleich.</translation>
    </message>
    <message>
        <source>&lt;b&gt;HTTP would cost %1 less a month&lt;/b&gt; (%2 % less than REST).</source>
        <translation>&lt;b&gt;HTTP würde %1 pro Monat weniger kosten&lt;/b&gt; (%2 % weniger als REST).</translation>
    </message>
    <message>
        <source>&lt;b&gt;REST would cost %1 less a month&lt;/b&gt; (%2 % less than HTTP).</source>
        <translation>&lt;b&gt;REST würde %1 pro Monat weniger kosten&lt;/b&gt; (%2 % weniger als HTTP).</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) (%1)</source>
        <translation>
            <numerusform>%n Methode (%1)</numerusform>
            <numerusform>%n Methoden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 require an API key</source>
        <translation>%1 verlangen einen API-Schlüssel</translation>
    </message>
    <message>
        <source>usage plans %1 (per-client throttling and quotas)</source>
        <translation>Nutzungspläne %1 (Drosselung und Kontingente pro Client)</translation>
    </message>
    <message>
        <source>API keys and usage plans</source>
        <translation>API-Schlüssel und Nutzungspläne</translation>
    </message>
    <message>
        <source>Request validation</source>
        <translation>Anfragevalidierung</translation>
    </message>
    <message>
        <source>Mapping templates and non-proxy integrations</source>
        <translation>Zuordnungsvorlagen und Nicht-Proxy-Integrationen</translation>
    </message>
    <message>
        <source>%1; HTTP APIs map parameters only, not bodies</source>
        <translation>%1; HTTP-APIs ordnen nur Parameter zu, keine Bodys</translation>
    </message>
    <message>
        <source>Mock integrations</source>
        <translation>Mock-Integrationen</translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <source>stages %1</source>
        <translation>Stages %1</translation>
    </message>
    <message>
        <source>Resource policy</source>
        <translation>Ressourcenrichtlinie</translation>
    </message>
    <message>
        <source>x-amazon-apigateway-policy</source>
        <translation>x-amazon-apigateway-policy</translation>
    </message>
    <message>
        <source>Custom gateway responses</source>
        <translation>Benutzerdefinierte Gateway-Antworten</translation>
    </message>
    <message>
        <source>Edge-optimized endpoint</source>
        <translation>Edge-optimierter Endpunkt</translation>
    </message>
    <message>
        <source>HTTP APIs are regional</source>
        <translation>HTTP-APIs sind regional</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Privater Endpunkt</translation>
    </message>
    <message>
        <source>HTTP APIs cannot be private to a VPC</source>
        <translation>HTTP-APIs können nicht privat in einer VPC sein</translation>
    </message>
    <message>
        <source>Response compression</source>
        <translation>Antwortkomprimierung</translation>
    </message>
    <message>
        <source>x-amazon-apigateway-minimum-compression-size</source>
        <translation>x-amazon-apigateway-minimum-compression-size</translation>
    </message>
    <message>
        <source>Cognito user pool authorizer</source>
        <translation>Cognito-Benutzerpool-Genehmiger</translation>
    </message>
    <message>
        <source>%1: becomes a JWT authorizer with the user pool as issuer</source>
        <translation>%1: wird zu einem JWT-Genehmiger mit dem Benutzerpool als Aussteller</translation>
    </message>
    <message>
        <source>Lambda TOKEN authorizer</source>
        <translation>Lambda-TOKEN-Genehmiger</translation>
    </message>
    <message>
        <source>%1: becomes a REQUEST authorizer with the header as identity source</source>
        <translation>%1: wird zu einem REQUEST-Genehmiger mit dem Header als Identitätsquelle</translation>
    </message>
    <message>
        <source>Open a project to see what its REST APIs use that HTTP APIs do not offer.</source>
        <translation>Öffnen Sie ein Projekt, um zu sehen, was seine REST-APIs verwenden, das HTTP-APIs nicht bieten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The project has no REST API.&lt;/b&gt; The figures price its HTTP traffic as REST APIs would bill it; REST would add API keys and usage plans, request validation, body mapping templates, mock integrations, a response cache, resource policies and edge-optimized or private endpoints.</source>
        <translation>&lt;b&gt;Das Projekt hat keine REST-API.&lt;/b&gt; Die Zahlen berechnen seinen HTTP-Datenverkehr so, wie REST-APIs ihn abrechnen würden; REST brächte zusätzlich API-Schlüssel und Nutzungspläne, Anfragevalidierung, Body-Zuordnungsvorlagen, Mock-Integrationen, einen Antwort-Cache, Ressourcenrichtlinien sowie Edge-optimierte oder private Endpunkte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switching to HTTP APIs loses nothing this project uses&lt;/b&gt;: its REST APIs use no API keys, request validation, mapping templates, mock integrations, cache, resource policy or custom gateway responses.</source>
        <translation>&lt;b&gt;Beim Wechsel zu HTTP-APIs geht nichts verloren, was dieses Projekt verwendet&lt;/b&gt;: Seine REST-APIs verwenden keine API-Schlüssel, Anfragevalidierung, Zuordnungsvorlagen, Mock-Integrationen, Cache, Ressourcenrichtlinie oder benutzerdefinierten Gateway-Antworten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switching to HTTP APIs would lose&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beim Wechsel zu HTTP-APIs ginge verloren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Would work differently&lt;/b&gt;</source>
        <translation>&lt;b&gt;Würde anders funktionieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alarm %1 at</source>
        <translation>Alarm %1 bei</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <source>Alarm %1 threshold</source>
        <translation>Schwellenwert von Alarm %1</translation>
    </message>
    <message>
        <source>Alarm %1 state</source>
        <translation>Zustand von Alarm %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove alarm %1</source>
        <translation>Alarm %1 entfernen</translation>
    </message>
    <message>
        <source>ALARM</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No alarms: add one to be told when the projected month reaches it.</source>
        <translation>Keine Alarme: Fügen Sie einen hinzu, um benachrichtigt zu werden, wenn der hochgerechnete Monat ihn erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>Projected month: %1. %n alarm(s) going off.</source>
        <translation>
            <numerusform>Hochgerechneter Monat: %1. %n Alarm ausgelöst.</numerusform>
            <numerusform>Hochgerechneter Monat: %1. %n Alarme ausgelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzlast</translation>
    </message>
    <message>
        <source>Lambda memory</source>
        <translation>Lambda-Speicher</translation>
    </message>
    <message>
        <source>Lambda duration</source>
        <translation>Lambda-Dauer</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>gw::ui::CostTableModel</name>
    <message>
        <source> The free tier&apos;s allowance is taken off.</source>
        <translation> Das monatliche kostenlose Kontingent ist abgezogen.</translation>
    </message>
    <message>
        <source>API requests</source>
        <translation>API-Anfragen</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 requests a month (30 days), priced in the monthly tiers.</source>
        <translation>%1 Anfragen pro Monat (30 Tage), berechnet in den monatlichen Preisstufen.</translation>
    </message>
    <message>
        <source>%1 metered requests</source>
        <translation>%1 abgerechnete Anfragen</translation>
    </message>
    <message>
        <source>%1 requests a month (30 days); each is metered in 512 KB increments of its payload, then priced in the monthly tiers.</source>
        <translation>%1 Anfragen pro Monat (30 Tage); jede wird in Schritten von 512 KB ihrer Nutzlast abgerechnet und dann in den monatlichen Preisstufen berechnet.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>%1 metered messages</source>
        <translation>%1 abgerechnete Nachrichten</translation>
    </message>
    <message>
        <source>%1 messages a month (30 days); each is metered in 32 KB increments, then priced in the monthly tiers.</source>
        <translation>%1 Nachrichten pro Monat (30 Tage); jede wird in Schritten von 32 KB abgerechnet und dann in den monatlichen Preisstufen berechnet.</translation>
    </message>
    <message>
        <source>Connection minutes</source>
        <translation>Verbindungsminuten</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 connections open all month.</source>
        <translation>%1 Verbindungen, den ganzen Monat offen.</translation>
    </message>
    <message>
        <source>Cache (%1 GB)</source>
        <translation>Cache (%1 GB)</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>A stage cache is billed by the hour, whatever the traffic.</source>
        <translation>Ein Stage-Cache wird stundenweise abgerechnet, unabhängig vom Datenverkehr.</translation>
    </message>
    <message>
        <source>Lambda requests</source>
        <translation>Lambda-Anfragen</translation>
    </message>
    <message>
        <source>%1 invocations</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message>
        <source>One invocation per request.</source>
        <translation>Ein Aufruf pro Anfrage.</translation>
    </message>
    <message>
        <source>Lambda compute</source>
        <translation>Lambda-Rechenzeit</translation>
    </message>
    <message>
        <source>%1 GB-seconds</source>
        <translation>%1 GB-Sekunden</translation>
    </message>
    <message>
        <source>%1 MB for %2 ms each, billed per 1 ms.</source>
        <translation>%1 MB für je %2 ms, abgerechnet pro 1 ms.</translation>
    </message>
    <message>
        <source>Data transfer out</source>
        <translation>Ausgehende Datenübertragung</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Each response&apos;s payload sent to the client, priced in the monthly tiers.</source>
        <translation>Die Nutzlast jeder an den Client gesendeten Antwort, berechnet in den monatlichen Preisstufen.</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Summe pro Monat</translation>
    </message>
    <message>
        <source>A 30-day month.</source>
        <translation>Ein 30-Tage-Monat.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
</context>
<context>
    <name>gw::ui::DeployDialog</name>
    <message>
        <source>Deploy API</source>
        <translation>API bereitstellen</translation>
    </message>
    <message>
        <source>A deployment is a snapshot of the working copy. The stage serves it until the next deployment; Edit ▸ Undo takes the deployment back.</source>
        <translation>Eine Bereitstellung ist ein Snapshot der Arbeitskopie. Die Stage liefert sie bis zur nächsten Bereitstellung aus; Bearbeiten ▸ Rückgängig nimmt die Bereitstellung zurück.</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Be&amp;reitstellen</translation>
    </message>
    <message>
        <source>optional, e.g. “Enable CORS on /pets”</source>
        <translation>optional, z. B. „CORS für /pets aktivieren“</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Deployment description</source>
        <translation>Beschreibung der Bereitstellung</translation>
    </message>
    <message>
        <source>%1 — undeployed changes</source>
        <translation>%1 – nicht bereitgestellte Änderungen</translation>
    </message>
    <message>
        <source>%1 — up to date</source>
        <translation>%1 – aktuell</translation>
    </message>
    <message>
        <source>The project has no API.</source>
        <translation>Das Projekt hat keine API.</translation>
    </message>
    <message>
        <source>%1 has no stage to deploy to.</source>
        <translation>%1 hat keine Stage, auf der bereitgestellt werden kann.</translation>
    </message>
    <message>
        <source>Every stage of %1 deploys automatically (%2): changes are served at once, no deployment needed.</source>
        <translation>Jede Stage von %1 wird automatisch bereitgestellt (%2): Änderungen werden sofort ausgeliefert, keine Bereitstellung nötig.</translation>
    </message>
    <message>
        <source>Stage %1 has no deployment yet; it serves nothing until you deploy.</source>
        <translation>Stage %1 hat noch keine Bereitstellung; sie liefert nichts aus, bis Sie bereitstellen.</translation>
    </message>
    <message>
        <source>Stage %1 serves deployment %2, which differs from the working copy.</source>
        <translation>Stage %1 liefert Bereitstellung %2 aus, die sich von der Arbeitskopie unterscheidet.</translation>
    </message>
    <message>
        <source>Stage %1 already serves the working copy (deployment %2); deploying makes a new, identical deployment.</source>
        <translation>Stage %1 liefert bereits die Arbeitskopie aus (Bereitstellung %2); eine Bereitstellung erzeugt eine neue, identische Bereitstellung.</translation>
    </message>
    <message>
        <source>Changes since the stage&apos;s deployment</source>
        <translation>Änderungen seit der Bereitstellung der Stage</translation>
    </message>
    <message>
        <source>The stage has a canary: the new deployment goes to the canary (%1 % of requests); promote it in the stage editor to serve it to every request.</source>
        <translation>Die Stage hat einen Canary: Die neue Bereitstellung geht an den Canary (%1 % der Anfragen); stufen Sie ihn im Stage-Editor hoch, um sie an jede Anfrage auszuliefern.</translation>
    </message>
    <message>
        <source>Comparing the working copy with the stage&apos;s deployment…</source>
        <translation>Die Arbeitskopie wird mit der Bereitstellung der Stage verglichen…</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>Not deployed yet: everything is new.</source>
        <translation>Noch nicht bereitgestellt: Alles ist neu.</translation>
    </message>
    <message>
        <source>No changes since deployment %1 of %2.</source>
        <translation>Keine Änderungen seit Bereitstellung %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since deployment %1 of %2:</source>
        <translation>
            <numerusform>%n Änderung seit Bereitstellung %1 (%2):</numerusform>
            <numerusform>%n Änderungen seit Bereitstellung %1 (%2):</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <source>authorizer %1</source>
        <translation>Genehmiger %1</translation>
    </message>
    <message>
        <source>security scheme %1</source>
        <translation>Sicherheitsschema %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>request validator %1</source>
        <translation>Anfragevalidator %1</translation>
    </message>
    <message>
        <source>gateway response %1</source>
        <translation>Gateway-Antwort %1</translation>
    </message>
    <message>
        <source>integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
</context>
<context>
    <name>gw::ui::EditorSupport</name>
    <message>
        <source>%1 (not defined)</source>
        <translation>%1 (nicht definiert)</translation>
    </message>
</context>
<context>
    <name>gw::ui::EnableCorsDialog</name>
    <message>
        <source>Access-Control-Allow-&amp;Credentials: true</source>
        <translation>Access-Control-Allow-&amp;Credentials: true</translation>
    </message>
    <message>
        <source>Also add the headers to the DEFAULT_4&amp;XX and DEFAULT_5XX gateway responses</source>
        <translation>Die Header auch zu den Gateway-Antworten DEFAULT_4&amp;XX und DEFAULT_5XX hinzufügen</translation>
    </message>
    <message>
        <source>Enable CORS on %1</source>
        <translation>CORS für %1 aktivieren</translation>
    </message>
    <message>
        <source>Adds an OPTIONS method to &lt;b&gt;%1&lt;/b&gt; with a MOCK integration that answers browsers&apos; preflight requests, and Access-Control-Allow-Origin on the chosen methods&apos; 200 responses — what the API Gateway console&apos;s “Enable CORS” generates.</source>
        <translation>Fügt &lt;b&gt;%1&lt;/b&gt; eine OPTIONS-Methode mit einer MOCK-Integration hinzu, die Preflight-Anfragen von Browsern beantwortet, sowie Access-Control-Allow-Origin zu den 200-Antworten der gewählten Methoden – das, was „CORS aktivieren“ in der API-Gateway-Konsole erzeugt.</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>%1 %2 uses a proxy integration: its backend must send Access-Control-Allow-Origin itself.</source>
        <translation>%1 %2 verwendet eine Proxy-Integration: Ihr Backend muss Access-Control-Allow-Origin selbst senden.</translation>
    </message>
    <message>
        <source>The OPTIONS method answers the preflight; it is always generated.</source>
        <translation>Die OPTIONS-Methode beantwortet den Preflight; sie wird immer erzeugt.</translation>
    </message>
    <message>
        <source>none (only CORS-safelisted response headers are readable)</source>
        <translation>keine (nur CORS-safelisted-Antwort-Header sind lesbar)</translation>
    </message>
    <message>
        <source>not sent (browsers cache 5 s)</source>
        <translation>nicht gesendet (Browser cachen 5 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Access-Control-Allow-&amp;Headers:</source>
        <translation>Access-Control-Allow-&amp;Headers:</translation>
    </message>
    <message>
        <source>Access-Control-Allow-&amp;Origin:</source>
        <translation>Access-Control-Allow-&amp;Origin:</translation>
    </message>
    <message>
        <source>Access-Control-&amp;Expose-Headers:</source>
        <translation>Access-Control-&amp;Expose-Headers:</translation>
    </message>
    <message>
        <source>Access-Control-&amp;Max-Age:</source>
        <translation>Access-Control-&amp;Max-Age:</translation>
    </message>
    <message>
        <source>Without them the browser hides the gateway&apos;s own errors (403, 429, 5xx) from the page as network errors.</source>
        <translation>Ohne sie verbirgt der Browser die eigenen Fehler des Gateways (403, 429, 5xx) vor der Seite als Netzwerkfehler.</translation>
    </message>
    <message>
        <source>&amp;Enable CORS</source>
        <translation>CORS &amp;aktivieren</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers</source>
        <translation>Access-Control-Allow-Headers</translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin</source>
        <translation>Access-Control-Allow-Origin</translation>
    </message>
    <message>
        <source>Access-Control-Expose-Headers</source>
        <translation>Access-Control-Expose-Headers</translation>
    </message>
    <message>
        <source>Access-Control-Max-Age</source>
        <translation>Access-Control-Max-Age</translation>
    </message>
    <message>
        <source>Enter the origin browsers may call from: * for any page, or one origin such as http://localhost:3000.</source>
        <translation>Geben Sie den Ursprung ein, von dem Browser aufrufen dürfen: * für jede Seite oder einen Ursprung wie http://localhost:3000.</translation>
    </message>
    <message>
        <source>Browsers reject Access-Control-Allow-Origin: * on requests with credentials. Enter the page&apos;s exact origin, such as http://localhost:3000.</source>
        <translation>Browser lehnen Access-Control-Allow-Origin: * bei Anfragen mit Anmeldedaten ab. Geben Sie den exakten Ursprung der Seite ein, z. B. http://localhost:3000.</translation>
    </message>
    <message>
        <source>Choose at least one method.</source>
        <translation>Wählen Sie mindestens eine Methode aus.</translation>
    </message>
</context>
<context>
    <name>gw::ui::ExchangeActions</name>
    <message>
        <source>only the first %1 of %2 body bytes were captured; this sends that part</source>
        <translation>nur die ersten %1 von %2 Body-Bytes wurden aufgezeichnet; gesendet wird dieser Teil</translation>
    </message>
</context>
<context>
    <name>gw::ui::ExplorerPanel</name>
    <message>
        <source>no integration</source>
        <translation>keine Integration</translation>
    </message>
    <message>
        <source>Project explorer</source>
        <translation>Projekt-Explorer</translation>
    </message>
    <message>
        <source>Enable &amp;CORS on %1…</source>
        <translation>&amp;CORS für %1 aktivieren…</translation>
    </message>
    <message>
        <source>%1 has no methods of its own; enable CORS on the resource that has them.</source>
        <translation>%1 hat keine eigenen Methoden; aktivieren Sie CORS auf der Ressource, die sie hat.</translation>
    </message>
    <message>
        <source>Test in the CORS &amp;Lab</source>
        <translation>Im CORS-Lab &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Deploy to %1…</source>
        <translation>Auf %1 &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>%1
integration: %2%3</source>
        <translation>%1
Integration: %2%3</translation>
    </message>
    <message>
        <source>, two-way</source>
        <translation>, bidirektional</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>undeployed changes</source>
        <translation>nicht bereitgestellte Änderungen</translation>
    </message>
    <message>
        <source>auto-deploy</source>
        <translation>automatische Bereitstellung</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>Bereitstellung %1</translation>
    </message>
    <message>
        <source>The working copy differs from deployment %1, which stage %2 serves. Deploy (F5) to serve the changes.</source>
        <translation>Die Arbeitskopie unterscheidet sich von Bereitstellung %1, die Stage %2 ausliefert. Stellen Sie bereit (F5), um die Änderungen auszuliefern.</translation>
    </message>
    <message>
        <source>Stage %1 has no deployment: it serves nothing until you deploy (F5).</source>
        <translation>Stage %1 hat keine Bereitstellung: Sie liefert nichts aus, bis Sie bereitstellen (F5).</translation>
    </message>
    <message>
        <source>Invoke URL: start the gateway</source>
        <translation>Aufruf-URL: Starten Sie das Gateway</translation>
    </message>
    <message>
        <source>%1
Double-click to copy.</source>
        <translation>%1
Zum Kopieren doppelklicken.</translation>
    </message>
    <message>
        <source>%1
Path form: %2
Double-click to copy.</source>
        <translation>%1
Pfadform: %2
Zum Kopieren doppelklicken.</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Authorizers</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Lambda REQUEST authorizer</source>
        <translation>Lambda-REQUEST-Genehmiger</translation>
    </message>
    <message>
        <source>%1 authorizer</source>
        <translation>%1-Genehmiger</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Validates nothing</source>
        <translation>Validiert nichts</translation>
    </message>
    <message>
        <source>Validates %1</source>
        <translation>Validiert %1</translation>
    </message>
    <message>
        <source>Gateway responses</source>
        <translation>Gateway-Antworten</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Request Validator</source>
        <translation>Anfragevalidator</translation>
    </message>
    <message>
        <source>Gateway Response</source>
        <translation>Gateway-Antwort</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Usage Plan</source>
        <translation>Nutzungsplan</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Method…</source>
        <translation>&amp;Methode hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Add %1…</source>
        <translation>%1 &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name %1…</source>
        <translation>%1 &amp;umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate %1</source>
        <translation>%1 &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>%1 &amp;löschen…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Path part of the new resource under %1 (e.g. pets, {petId}, or {proxy+} for everything below):</source>
        <translation>Pfadteil der neuen Ressource unter %1 (z. B. pets, {petId} oder {proxy+} für alles darunter):</translation>
    </message>
    <message>
        <source>Method of %1 (it answers 200 through a MOCK integration until you choose another one):</source>
        <translation>Methode von %1 (sie antwortet über eine MOCK-Integration mit 200, bis Sie eine andere wählen):</translation>
    </message>
    <message>
        <source>%1 already has every method.</source>
        <translation>%1 hat bereits jede Methode.</translation>
    </message>
    <message>
        <source>Route key: $connect, $disconnect, $default, or the value the route selection expression %1 gives (e.g. sendmessage):</source>
        <translation>Routenschlüssel: $connect, $disconnect, $default oder der Wert, den der Routenauswahlausdruck %1 liefert (z. B. sendmessage):</translation>
    </message>
    <message>
        <source>Route key: METHOD /path (e.g. GET /pets/{id}, ANY /{proxy+}), or $default:</source>
        <translation>Routenschlüssel: METHODE /pfad (z. B. GET /pets/{id}, ANY /{proxy+}) oder $default:</translation>
    </message>
    <message>
        <source>Stage name (e.g. dev, prod; letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation>Stage-Name (z. B. dev, prod; Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;):</translation>
    </message>
    <message>
        <source>Type of the new authorizer:</source>
        <translation>Typ des neuen Genehmigers:</translation>
    </message>
    <message>
        <source>Name of the %1 (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;):</source>
        <translation>Name für den %1 (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Model name (letters and digits, e.g. Pet):</source>
        <translation>Modellname (Buchstaben und Ziffern, z. B. Pet):</translation>
    </message>
    <message>
        <source>Request validator name (e.g. Validate body):</source>
        <translation>Name des Anfragevalidators (z. B. Validate body):</translation>
    </message>
    <message>
        <source>Gateway response to customise:</source>
        <translation>Anzupassende Gateway-Antwort:</translation>
    </message>
    <message>
        <source>API %1 customises every gateway response already.</source>
        <translation>API %1 passt bereits jede Gateway-Antwort an.</translation>
    </message>
    <message>
        <source>Name of the reusable integration (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;):</source>
        <translation>Name der wiederverwendbaren Integration (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Function name (1 to 64 letters, digits, &apos;-&apos; and &apos;_&apos;; what integration URIs name):</source>
        <translation>Funktionsname (1 bis 64 Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;; so heißt sie in Integrations-URIs):</translation>
    </message>
    <message>
        <source>Usage plan name (e.g. basic):</source>
        <translation>Name des Nutzungsplans (z. B. basic):</translation>
    </message>
    <message>
        <source>API key name (e.g. the client it is for); its value is made at random:</source>
        <translation>Name des API-Schlüssels (z. B. der Client, für den er ist); sein Wert wird zufällig erzeugt:</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>New path part of %1 (sub-resources move with it):</source>
        <translation>Neuer Pfadteil von %1 (Unterressourcen werden mit verschoben):</translation>
    </message>
    <message>
        <source>New route key of %1:</source>
        <translation>Neuer Routenschlüssel von %1:</translation>
    </message>
    <message>
        <source>Customise this response for another type instead:</source>
        <translation>Diese Antwort stattdessen für einen anderen Typ anpassen:</translation>
    </message>
    <message>
        <source>New name of %1 (what refers to it follows):</source>
        <translation>Neuer Name von %1 (Verweise darauf werden angepasst):</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Usage plans</source>
        <translation>Nutzungspläne</translation>
    </message>
    <message>
        <source>Covers no API stage yet</source>
        <translation>Deckt noch keine API-Stage ab</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation>Deckt %1 ab</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 · usage plans: %2</source>
        <translation>%1 · Nutzungspläne: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Target resource</source>
        <translation>Zielressource</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Target method</source>
        <translation>Zielmethode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Change Method %1 %2</source>
        <translation>Methode %1 %2 ändern</translation>
    </message>
    <message>
        <source>New HTTP method of %1 %2 (its integration, request and responses stay):</source>
        <translation>Neue HTTP-Methode für %1 %2 (Integration, Anfrage und Antworten bleiben erhalten):</translation>
    </message>
    <message>
        <source>Rename API %1</source>
        <translation>API %1 umbenennen</translation>
    </message>
    <message>
        <source>New display name of API %1 (its id %1, and so its invoke URL, stays):</source>
        <translation>Neuer Anzeigename der API %1 (ihre ID %1 und damit ihre Aufruf-URL bleiben erhalten):</translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <translation>%1 %2 duplizieren</translation>
    </message>
    <message>
        <source>Copy %1 %2 (its integration, request and responses) to:</source>
        <translation>%1 %2 (mit Integration, Anfrage und Antworten) kopieren nach:</translation>
    </message>
    <message>
        <source>&amp;CORS…</source>
        <translation>&amp;CORS…</translation>
    </message>
    <message>
        <source>Edit the CORS configuration of %1</source>
        <translation>Die CORS-Konfiguration von %1 bearbeiten</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>CORS  ·  not configured</source>
        <translation>CORS  ·  nicht konfiguriert</translation>
    </message>
    <message>
        <source>API Gateway answers preflights and adds the Access-Control-* headers for every route.</source>
        <translation>API Gateway beantwortet Preflights und fügt die Access-Control-*-Header für jede Route hinzu.</translation>
    </message>
    <message>
        <source>No CORS configuration: the integrations must answer preflights and add Access-Control-* headers themselves.</source>
        <translation>Keine CORS-Konfiguration: Die Integrationen müssen Preflights selbst beantworten und Access-Control-*-Header selbst hinzufügen.</translation>
    </message>
    <message>
        <source>canary %1 % → %2</source>
        <translation>Canary %1 % → %2</translation>
    </message>
</context>
<context>
    <name>gw::ui::ExportDialog</name>
    <message>
        <source>OpenAPI 3.0 (x-amazon-apigateway-*)</source>
        <translation>OpenAPI 3.0 (x-amazon-apigateway-*)</translation>
    </message>
    <message>
        <source>Swagger 2.0 (x-amazon-apigateway-*)</source>
        <translation>Swagger 2.0 (x-amazon-apigateway-*)</translation>
    </message>
    <message>
        <source>AWS SAM template</source>
        <translation>AWS-SAM-Vorlage</translation>
    </message>
    <message>
        <source>AWS CloudFormation template</source>
        <translation>AWS-CloudFormation-Vorlage</translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation>Terraform (HCL)</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writes deployable configuration, as &lt;code&gt;gatehouse export&lt;/code&gt; does. Values that only work on this machine become parameters or variables; the warnings say which, and what to pass.</source>
        <translation>Schreibt bereitstellbare Konfiguration, wie es &lt;code&gt;gatehouse export&lt;/code&gt; tut. Werte, die nur auf diesem Rechner funktionieren, werden zu Parametern oder Variablen; die Warnungen sagen, welche das sind und was zu übergeben ist.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <source>Syntax:</source>
        <translation>Syntax:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the preview to the clipboard</source>
        <translation>Die Vorschau in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Generating the export</source>
        <translation>Export wird erzeugt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportvorschau</translation>
    </message>
    <message>
        <source>Export warnings</source>
        <translation>Exportwarnungen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>Terraform is always written as HCL</source>
        <translation>Terraform wird immer als HCL geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>All APIs of the project (%n)</source>
        <translation>
            <numerusform>Alle APIs des Projekts (%n)</numerusform>
            <numerusform>Alle APIs des Projekts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A template holds the whole project: every API, stage, usage plan, API key and function</source>
        <translation>Eine Vorlage enthält das ganze Projekt: jede API, Stage, jeden Nutzungsplan, API-Schlüssel und jede Funktion</translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation>Terraform-Dateien (*.tf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Generating the export…</source>
        <translation>Export wird erzeugt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Zeile · %2</numerusform>
            <numerusform>%1 · %n Zeilen · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export with these options.</source>
        <translation>Mit diesen Optionen gibt es nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation>Export nicht möglich: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt; — none</source>
        <translation>&lt;b&gt;Warnungen&lt;/b&gt; – keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warnungen (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 to pass when you deploy: %2</source>
        <translation>%1, die beim Bereitstellen zu übergeben sind: %2</translation>
    </message>
    <message>
        <source>Could not write &lt;b&gt;%1&lt;/b&gt;: %2. Nothing was written; choose another folder or free some space.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; konnte nicht geschrieben werden: %2. Es wurde nichts geschrieben; wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei.</translation>
    </message>
</context>
<context>
    <name>gw::ui::Formatting</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::ui::FunctionEditor</name>
    <message>
        <source>A Node.js handler is FILE.EXPORT: the file (without .js, .cjs or .mjs, may be in a subfolder) and the exported function, e.g. index.handler.</source>
        <translation>Ein Node.js-Handler hat die Form FILE.EXPORT: die Datei (ohne .js, .cjs oder .mjs, darf in einem Unterordner liegen) und die exportierte Funktion, z. B. index.handler.</translation>
    </message>
    <message>
        <source>A Python handler is MODULE.FUNCTION: the module (without .py; packages with dots) and the function, e.g. app.lambda_handler.</source>
        <translation>Ein Python-Handler hat die Form MODULE.FUNCTION: das Modul (ohne .py; Pakete mit Punkten) und die Funktion, z. B. app.lambda_handler.</translation>
    </message>
    <message>
        <source>A custom runtime&apos;s handler is one line.</source>
        <translation>Der Handler einer benutzerdefinierten Laufzeit ist eine Zeile.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>a letter, then letters, digits and _</source>
        <translation>ein Buchstabe, dann Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Node.js and Python handlers run in Gatehouse&apos;s bootstraps; a custom runtime runs the code folder&apos;s own bootstrap executable</source>
        <translation>Node.js- und Python-Handler laufen in den Bootstraps von Gatehouse; eine benutzerdefinierte Laufzeit führt die eigene ausführbare bootstrap-Datei des Code-Ordners aus</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>&amp;Handler:</translation>
    </message>
    <message>
        <source>Handler check</source>
        <translation>Handler-Prüfung</translation>
    </message>
    <message>
        <source>Code folder</source>
        <translation>Code-Ordner</translation>
    </message>
    <message>
        <source>The folder with the function&apos;s code, relative to the project file&apos;s folder</source>
        <translation>Der Ordner mit dem Code der Funktion, relativ zum Ordner der Projektdatei</translation>
    </message>
    <message>
        <source>Choose the code folder</source>
        <translation>Code-Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Code folder:</source>
        <translation>&amp;Code-Ordner:</translation>
    </message>
    <message>
        <source>Code folder check</source>
        <translation>Code-Ordner-Prüfung</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>128 to 10,240 MB: reported in REPORT lines and priced by the cost model</source>
        <translation>128 bis 10.240 MB: wird in REPORT-Zeilen gemeldet und vom Kostenmodell bepreist</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>1 to 900 seconds: the process is stopped past it</source>
        <translation>1 bis 900 Sekunden: Danach wird der Prozess gestoppt</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Set runtime of function %1 to %2</source>
        <translation>Laufzeit von Funktion %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit environment of function %1</source>
        <translation>Umgebung von Funktion %1 bearbeiten</translation>
    </message>
    <message>
        <source>Set memory of function %1</source>
        <translation>Arbeitsspeicher von Funktion %1 festlegen</translation>
    </message>
    <message>
        <source>Set timeout of function %1</source>
        <translation>Timeout von Funktion %1 festlegen</translation>
    </message>
    <message>
        <source>A handler is required, e.g. index.handler.</source>
        <translation>Ein Handler ist erforderlich, z. B. index.handler.</translation>
    </message>
    <message>
        <source>Set handler of function %1</source>
        <translation>Handler von Funktion %1 festlegen</translation>
    </message>
    <message>
        <source>A function needs a code folder: the folder with its code.</source>
        <translation>Eine Funktion benötigt einen Code-Ordner: den Ordner mit ihrem Code.</translation>
    </message>
    <message>
        <source>Set code folder of function %1</source>
        <translation>Code-Ordner von Funktion %1 festlegen</translation>
    </message>
    <message>
        <source>Code folder of %1</source>
        <translation>Code-Ordner von %1</translation>
    </message>
    <message>
        <source>%1 is not a folder yet; create it or choose another.</source>
        <translation>%1 ist noch kein Ordner; legen Sie ihn an oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>✓ %1 in the code folder</source>
        <translation>✓ %1 im Code-Ordner</translation>
    </message>
    <message>
        <source>The code folder has no bootstrap executable; a custom runtime needs one.</source>
        <translation>Der Code-Ordner enthält keine ausführbare bootstrap-Datei; eine benutzerdefinierte Laufzeit benötigt eine.</translation>
    </message>
    <message>
        <source>The code folder has no %1; invocations will fail until it exists.</source>
        <translation>Der Code-Ordner enthält kein %1; Aufrufe schlagen fehl, bis es existiert.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>No function selected.</source>
        <translation>Keine Funktion ausgewählt.</translation>
    </message>
    <message>
        <source>The function %1 no longer exists. Select another item in the explorer.</source>
        <translation>Die Funktion %1 existiert nicht mehr. Wählen Sie im Explorer ein anderes Element aus.</translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation>Funktion %1</translation>
    </message>
</context>
<context>
    <name>gw::ui::FunctionView</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Function error</source>
        <translation>Funktionsfehler</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Kein Ereignis</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Nothing returned</source>
        <translation>Nichts zurückgegeben</translation>
    </message>
    <message>
        <source>Event and output</source>
        <translation>Ereignis und Ausgabe</translation>
    </message>
    <message>
        <source>This request invoked no Lambda function.</source>
        <translation>Diese Anfrage hat keine Lambda-Funktion aufgerufen.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The function returned</source>
        <translation>Die Funktion hat zurückgegeben</translation>
    </message>
    <message>
        <source>The invocation failed</source>
        <translation>Der Aufruf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lambda request id %1</source>
        <translation>Lambda-Anfrage-ID %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Log · empty</source>
        <translation>Protokoll · leer</translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation>Kaltstart</translation>
    </message>
    <message>
        <source>init %1</source>
        <translation>Init %1</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>billed %1 ms</source>
        <translation>abgerechnet %1 ms</translation>
    </message>
    <message>
        <source>memory %1 MB</source>
        <translation>Speicher %1 MB</translation>
    </message>
    <message>
        <source>max used %1 MB</source>
        <translation>max. genutzt %1 MB</translation>
    </message>
    <message>
        <source>waited %1 for a busy instance (AWS would start another; Gateway ▸ Start a Lambda Instance per Concurrent Request does too)</source>
        <translation>%1 auf eine belegte Instanz gewartet (AWS würde eine weitere starten; Gateway ▸ Lambda-Instanz pro gleichzeitiger Anfrage starten ebenso)</translation>
    </message>
</context>
<context>
    <name>gw::ui::GatewayController</name>
    <message>
        <source>The gateway is not stopped.</source>
        <translation>Das Gateway ist nicht gestoppt.</translation>
    </message>
</context>
<context>
    <name>gw::ui::HarExporter</name>
    <message>
        <source>cancelled; %1 was left as it was</source>
        <translation>abgebrochen; %1 wurde nicht verändert</translation>
    </message>
</context>
<context>
    <name>gw::ui::InspectorPanel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Exchange</source>
        <translation>&amp;Austausch kopieren</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Edit and Re&amp;send…</source>
        <translation>Bearbeiten und erneut &amp;senden…</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Copy the request as a curl command line (headers and body exactly as sent)</source>
        <translation>Die Anfrage als curl-Befehlszeile kopieren (Header und Body genau wie gesendet)</translation>
    </message>
    <message>
        <source>Copy the request and the response as text, as on the wire</source>
        <translation>Anfrage und Antwort als Text kopieren, wie sie über die Leitung gingen</translation>
    </message>
    <message>
        <source>Send this request to the running gateway again; the answer appears in Traffic</source>
        <translation>Diese Anfrage erneut an das laufende Gateway senden; die Antwort erscheint unter „Datenverkehr“</translation>
    </message>
    <message>
        <source>Change the method, URL, headers or body, then send it to the running gateway</source>
        <translation>Methode, URL, Header oder Body ändern und dann an das laufende Gateway senden</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>CORS verdict</source>
        <translation>CORS-Befund</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Identity and limits</source>
        <translation>Identität und Limits</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Validation, mapping and cache</source>
        <translation>Validierung, Zuordnung und Cache</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Keine Anfrage ausgewählt.</translation>
    </message>
    <message>
        <source>Select a request in Traffic: this tab says what answered it, why, and what to change.</source>
        <translation>Wählen Sie unter „Datenverkehr“ eine Anfrage aus: Dieser Tab zeigt, was sie beantwortet hat, warum, und was zu ändern ist.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No response was sent: the client went away first.</source>
        <translation>Es wurde keine Antwort gesendet: Der Client hat die Verbindung vorher getrennt.</translation>
    </message>
    <message>
        <source>Each bucket and quota as this request found them ▸</source>
        <translation>Jeder Bucket und jedes Kontingent, wie diese Anfrage sie vorgefunden hat ▸</translation>
    </message>
    <message>
        <source>Not a cross-origin request</source>
        <translation>Keine ursprungsübergreifende Anfrage</translation>
    </message>
    <message>
        <source>The client went away before a response, so there is nothing to judge.</source>
        <translation>Der Client hat die Verbindung vor einer Antwort getrennt, es gibt also nichts zu beurteilen.</translation>
    </message>
    <message>
        <source>The page at %1 and the API share an origin, so the browser applies no CORS checks.</source>
        <translation>Die Seite auf %1 und die API haben denselben Ursprung, daher wendet der Browser keine CORS-Prüfungen an.</translation>
    </message>
    <message>
        <source>✓ Allowed by the browser</source>
        <translation>✓ Vom Browser erlaubt</translation>
    </message>
    <message>
        <source>✗ Blocked by the browser</source>
        <translation>✗ Vom Browser blockiert</translation>
    </message>
    <message>
        <source>A preflight: the page at %1 asked whether it may send %2 %3.</source>
        <translation>Ein Preflight: Die Seite auf %1 hat gefragt, ob sie %2 %3 senden darf.</translation>
    </message>
    <message>
        <source>A preflight: the page at %1 asked whether it may send %2 %3 with the headers %4.</source>
        <translation>Ein Preflight: Die Seite auf %1 hat gefragt, ob sie %2 %3 mit den Headern %4 senden darf.</translation>
    </message>
    <message>
        <source>The browser does not send the %1 request itself; the page sees a network error.</source>
        <translation>Der Browser sendet die eigentliche %1-Anfrage nicht; die Seite sieht einen Netzwerkfehler.</translation>
    </message>
    <message>
        <source>The page at %1 sent %2 %3, and the browser lets it read the response.</source>
        <translation>Die Seite auf %1 hat %2 %3 gesendet, und der Browser lässt sie die Antwort lesen.</translation>
    </message>
    <message>
        <source>The page at %1 sent %2 %3; the request reached the API, but the browser hides the response from the page (a network error in JavaScript).</source>
        <translation>Die Seite auf %1 hat %2 %3 gesendet; die Anfrage hat die API erreicht, aber der Browser verbirgt die Antwort vor der Seite (ein Netzwerkfehler in JavaScript).</translation>
    </message>
    <message>
        <source>Why the browser blocks it</source>
        <translation>Warum der Browser sie blockiert</translation>
    </message>
    <message>
        <source>The CORS Lab (View ▸ CORS Lab) replays such a request and advises the change that fixes it.</source>
        <translation>Das CORS-Lab (Ansicht ▸ CORS-Lab) spielt eine solche Anfrage erneut ab und empfiehlt die Änderung, die das Problem behebt.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Authorizer failed</source>
        <translation>Genehmiger fehlgeschlagen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Verified with</source>
        <translation>Geprüft mit</translation>
    </message>
    <message>
        <source>Scopes required</source>
        <translation>Erforderliche Bereiche</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>Token-Bereiche</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Token header</source>
        <translation>Token-Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>(verified)</source>
        <translation>(verifiziert)</translation>
    </message>
    <message>
        <source>(decoded, not trusted)</source>
        <translation>(dekodiert, nicht vertrauenswürdig)</translation>
    </message>
    <message>
        <source>Method ARN</source>
        <translation>Methoden-ARN</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>hit: decided %1 ago; the function was not called</source>
        <translation>Treffer: vor %1 entschieden; die Funktion wurde nicht aufgerufen</translation>
    </message>
    <message>
        <source>miss: the function was called</source>
        <translation>Fehlschlag: die Funktion wurde aufgerufen</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Integration latency</source>
        <translation>Integrationslatenz</translation>
    </message>
    <message>
        <source>— (answered from the cache)</source>
        <translation>– (aus dem Cache beantwortet)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The authorizer returned no context.</source>
        <translation>Der Genehmiger hat keinen Kontext zurückgegeben.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The authorizer returned no policy.</source>
        <translation>Der Genehmiger hat keine Richtlinie zurückgegeben.</translation>
    </message>
    <message>
        <source>Checks, in order</source>
        <translation>Prüfungen, in Reihenfolge</translation>
    </message>
    <message>
        <source>IAM (Signature Version 4): signature valid</source>
        <translation>IAM (Signature Version 4): Signatur gültig</translation>
    </message>
    <message>
        <source>IAM (Signature Version 4): refused</source>
        <translation>IAM (Signature Version 4): abgelehnt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>presigned URL (query string)</source>
        <translation>vorsignierte URL (Query-String)</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Declared in</source>
        <translation>Deklariert in</translation>
    </message>
    <message>
        <source>Region / service</source>
        <translation>Region / Service</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Signed headers</source>
        <translation>Signierte Header</translation>
    </message>
    <message>
        <source>Caller ARN</source>
        <translation>Aufrufer-ARN</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Gateway response</source>
        <translation>Gateway-Antwort</translation>
    </message>
    <message>
        <source>Canonical request (as the gateway computed it)</source>
        <translation>Kanonische Anfrage (wie das Gateway sie berechnet hat)</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>Zu signierende Zeichenfolge</translation>
    </message>
    <message>
        <source>Resource policy: the request may go on</source>
        <translation>Ressourcenrichtlinie: Die Anfrage darf fortfahren</translation>
    </message>
    <message>
        <source>Resource policy: refused (%1)</source>
        <translation>Ressourcenrichtlinie: abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>Policy verdict</source>
        <translation>Richtlinienbefund</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>decides</source>
        <translation>entscheidet</translation>
    </message>
    <message>
        <source>API key and limits</source>
        <translation>API-Schlüssel und Limits</translation>
    </message>
    <message>
        <source>(no such key)</source>
        <translation>(kein solcher Schlüssel)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key id</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Usage plan</source>
        <translation>Nutzungsplan</translation>
    </message>
    <message>
        <source>Buckets and quotas, as this request found them</source>
        <translation>Buckets und Kontingente, wie diese Anfrage sie vorgefunden hat</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 of %2 requests used, this one included; resets %3</source>
        <translation>%1 von %2 Anfragen verbraucht, diese eingeschlossen; wird am %3 zurückgesetzt</translation>
    </message>
    <message>
        <source>all %1 requests of the period used; resets %2</source>
        <translation>alle %1 Anfragen des Zeitraums verbraucht; wird am %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 of %2 tokens before this request; refills %3 per second</source>
        <translation>%1 von %2 Token vor dieser Anfrage; füllt %3 pro Sekunde auf</translation>
    </message>
    <message>
        <source>empty: less than one token, so the request was throttled</source>
        <translation>leer: weniger als ein Token, daher wurde die Anfrage gedrosselt</translation>
    </message>
    <message>
        <source>Request validation: passed</source>
        <translation>Anfragevalidierung: bestanden</translation>
    </message>
    <message>
        <source>Request validation: failed (%1)</source>
        <translation>Anfragevalidierung: fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>body and parameters</source>
        <translation>Body und Parameter</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Required parameters</source>
        <translation>Erforderliche Parameter</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>validationErrorString</source>
        <translation>validationErrorString</translation>
    </message>
    <message>
        <source>Where the body breaks the model</source>
        <translation>Wo der Body gegen das Modell verstößt</translation>
    </message>
    <message>
        <source>(the whole body)</source>
        <translation>(der gesamte Body)</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>%1 template %2</source>
        <translation>%1-Vorlage %2</translation>
    </message>
    <message>
        <source>(passthrough)</source>
        <translation>(Durchreichen)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Integration response</source>
        <translation>Integrationsantwort</translation>
    </message>
    <message>
        <source>Matched against</source>
        <translation>Abgeglichen mit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Response parameters</source>
        <translation>Antwortparameter</translation>
    </message>
    <message>
        <source>Cache: hit (the integration was not called)</source>
        <translation>Cache: Treffer (die Integration wurde nicht aufgerufen)</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Entry age</source>
        <translation>Alter des Eintrags</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cache-Control: max-age=0</source>
        <translation>Cache-Control: max-age=0</translation>
    </message>
    <message>
        <source>authorized: the entry was invalidated</source>
        <translation>autorisiert: Der Eintrag wurde invalidiert</translation>
    </message>
    <message>
        <source>not authorized (%1)</source>
        <translation>nicht autorisiert (%1)</translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation>%1 %2 für %3 %4</translation>
    </message>
    <message>
        <source>No response for %1 %2</source>
        <translation>Keine Antwort für %1 %2</translation>
    </message>
    <message>
        <source>Imported from a HAR file: this gateway did not serve it, so no step ran here and the timings are the file&apos;s. Replay sends the request to the running gateway.</source>
        <translation>Aus einer HAR-Datei importiert: Dieses Gateway hat sie nicht ausgeliefert, daher lief hier kein Schritt und die Zeiten stammen aus der Datei. „Wiederholen“ sendet die Anfrage an das laufende Gateway.</translation>
    </message>
    <message>
        <source>API &lt;b&gt;%1&lt;/b&gt;, stage &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>API &lt;b&gt;%1&lt;/b&gt;, Stage &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>matched route &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Route &lt;code&gt;%1&lt;/code&gt; zugeordnet</translation>
    </message>
    <message>
        <source>The &lt;b&gt;%1&lt;/b&gt; step answered the request itself (&lt;code&gt;%2&lt;/code&gt;), so the steps after it did not run.</source>
        <translation>Der Schritt &lt;b&gt;%1&lt;/b&gt; hat die Anfrage selbst beantwortet (&lt;code&gt;%2&lt;/code&gt;), daher liefen die folgenden Schritte nicht.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Every step ran and the integration answered.</source>
        <translation>Jeder Schritt lief und die Integration hat geantwortet.</translation>
    </message>
    <message>
        <source>Gateway response &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Gateway-Antwort &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The integration answered %1 in %2.</source>
        <translation>Die Integration hat %1 in %2 geantwortet.</translation>
    </message>
    <message>
        <source>The client closed the connection before the response was complete.</source>
        <translation>Der Client hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Request id %1 · received %2 · took %3</source>
        <translation>Anfrage-ID %1 · empfangen %2 · dauerte %3</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Filter variables (e.g. identity, authorizer.claims)</source>
        <translation>Variablen filtern (z. B. identity, authorizer.claims)</translation>
    </message>
    <message>
        <source>Filter $context variables</source>
        <translation>$context-Variablen filtern</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>$context variables</source>
        <translation>$context-Variablen</translation>
    </message>
    <message>
        <source>$context</source>
        <translation>$context</translation>
    </message>
    <message>
        <source>Every $context variable with its value for this request, as mapping templates and access logs see it</source>
        <translation>Jede $context-Variable mit ihrem Wert für diese Anfrage, so wie Zuordnungsvorlagen und Zugriffsprotokolle sie sehen</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <source>authorizer %1</source>
        <translation>Genehmiger %1</translation>
    </message>
    <message>
        <source>integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>of which cold start %1</source>
        <translation>davon Kaltstart %1</translation>
    </message>
    <message>
        <source>Where the time went:</source>
        <translation>Wohin die Zeit ging:</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>This variable has no value for this request; access logs print &quot;-&quot;</source>
        <translation>Diese Variable hat für diese Anfrage keinen Wert; Zugriffsprotokolle schreiben &quot;-&quot;</translation>
    </message>
    <message>
        <source>served by the stage&apos;s &lt;b&gt;canary&lt;/b&gt; (deployment %1, &lt;code&gt;$context.isCanaryRequest&lt;/code&gt; true)</source>
        <translation>ausgeliefert vom &lt;b&gt;Canary&lt;/b&gt; der Stage (Bereitstellung %1, &lt;code&gt;$context.isCanaryRequest&lt;/code&gt; true)</translation>
    </message>
    <message>
        <source>served by the stage&apos;s own deployment %1, not its canary</source>
        <translation>ausgeliefert von der eigenen Bereitstellung %1 der Stage, nicht von ihrem Canary</translation>
    </message>
</context>
<context>
    <name>gw::ui::IntegrationEditor</name>
    <message>
        <source>Lambda function:</source>
        <translation>Lambda-Funktion:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>HTTP method:</source>
        <translation>HTTP-Methode:</translation>
    </message>
    <message>
        <source>Request body passthrough:</source>
        <translation>Durchreichen des Anfrage-Body:</translation>
    </message>
    <message>
        <source>Payload format version:</source>
        <translation>Version des Nutzlastformats:</translation>
    </message>
    <message>
        <source>Request parameters:</source>
        <translation>Anfrageparameter:</translation>
    </message>
    <message>
        <source>Integration parameter</source>
        <translation>Integrationsparameter</translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation>Zugeordnet aus</translation>
    </message>
    <message>
        <source>Integration request parameters</source>
        <translation>Parameter der Integrationsanfrage</translation>
    </message>
    <message>
        <source>Mapping templates:</source>
        <translation>Zuordnungsvorlagen:</translation>
    </message>
    <message>
        <source>Integration request mapping template</source>
        <translation>Zuordnungsvorlage der Integrationsanfrage</translation>
    </message>
    <message>
        <source>Integration type</source>
        <translation>Integrationstyp</translation>
    </message>
    <message>
        <source>(no integration)</source>
        <translation>(keine Integration)</translation>
    </message>
    <message>
        <source>Lambda proxy (AWS_PROXY)</source>
        <translation>Lambda-Proxy (AWS_PROXY)</translation>
    </message>
    <message>
        <source>AWS service (AWS)</source>
        <translation>AWS-Service (AWS)</translation>
    </message>
    <message>
        <source>HTTP proxy (HTTP_PROXY)</source>
        <translation>HTTP-Proxy (HTTP_PROXY)</translation>
    </message>
    <message>
        <source>HTTP (HTTP)</source>
        <translation>HTTP (HTTP)</translation>
    </message>
    <message>
        <source>Mock (MOCK)</source>
        <translation>Mock (MOCK)</translation>
    </message>
    <message>
        <source>Lambda function (AWS_PROXY)</source>
        <translation>Lambda-Funktion (AWS_PROXY)</translation>
    </message>
    <message>
        <source>HTTP URL (HTTP_PROXY)</source>
        <translation>HTTP-URL (HTTP_PROXY)</translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation>Lambda-Funktion</translation>
    </message>
    <message>
        <source>Integration URI</source>
        <translation>Integrations-URI</translation>
    </message>
    <message>
        <source>https://example.com/{proxy} or arn:aws:apigateway:…</source>
        <translation>https://example.com/{proxy} oder arn:aws:apigateway:…</translation>
    </message>
    <message>
        <source>Integration HTTP method</source>
        <translation>HTTP-Methode der Integration</translation>
    </message>
    <message>
        <source>Integration timeout in milliseconds</source>
        <translation>Integrations-Timeout in Millisekunden</translation>
    </message>
    <message>
        <source>default: 29000</source>
        <translation>Standard: 29000</translation>
    </message>
    <message>
        <source>default: 30000</source>
        <translation>Standard: 30000</translation>
    </message>
    <message>
        <source>Request body passthrough</source>
        <translation>Durchreichen des Anfrage-Body</translation>
    </message>
    <message>
        <source>When no template matches the Content-Type (WHEN_NO_MATCH)</source>
        <translation>Wenn keine Vorlage zum Content-Type passt (WHEN_NO_MATCH)</translation>
    </message>
    <message>
        <source>When there are no templates (WHEN_NO_TEMPLATES)</source>
        <translation>Wenn es keine Vorlagen gibt (WHEN_NO_TEMPLATES)</translation>
    </message>
    <message>
        <source>Never (NEVER)</source>
        <translation>Nie (NEVER)</translation>
    </message>
    <message>
        <source>Payload format version</source>
        <translation>Version des Nutzlastformats</translation>
    </message>
    <message>
        <source>Integration type:</source>
        <translation>Integrationstyp:</translation>
    </message>
    <message>
        <source>Timeout (ms):</source>
        <translation>Timeout (ms):</translation>
    </message>
    <message>
        <source>integration URI</source>
        <translation>Integrations-URI</translation>
    </message>
    <message>
        <source>integration HTTP method</source>
        <translation>HTTP-Methode der Integration</translation>
    </message>
    <message>
        <source>integration timeout</source>
        <translation>Integrations-Timeout</translation>
    </message>
    <message>
        <source>passthrough behaviour</source>
        <translation>Durchreichverhalten</translation>
    </message>
    <message>
        <source>payload format version</source>
        <translation>Version des Nutzlastformats</translation>
    </message>
    <message>
        <source>integration request parameters</source>
        <translation>Parameter der Integrationsanfrage</translation>
    </message>
    <message>
        <source>request mapping templates</source>
        <translation>Zuordnungsvorlagen der Anfrage</translation>
    </message>
    <message>
        <source>An HTTP integration needs the URL of its backend, e.g. https://example.com/pets/{id}.</source>
        <translation>Eine HTTP-Integration benötigt die URL ihres Backends, z. B. https://example.com/pets/{id}.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://; got “%1”.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: it needs a host, e.g. https://example.com/path.</source>
        <translation>„%1“ ist keine gültige URL: Sie benötigt einen Host, z. B. https://example.com/path.</translation>
    </message>
    <message>
        <source>An AWS integration URI is an API Gateway service ARN, arn:aws:apigateway:REGION:SERVICE:path/… or …:action/…; got “%1”.</source>
        <translation>Eine AWS-Integrations-URI ist ein API-Gateway-Service-ARN, arn:aws:apigateway:REGION:SERVICE:path/… oder …:action/…; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>A Lambda proxy integration needs a function: choose one of the project&apos;s functions above, or enter its invocation ARN.</source>
        <translation>Eine Lambda-Proxy-Integration benötigt eine Funktion: Wählen Sie oben eine der Funktionen des Projekts aus oder geben Sie ihren Aufruf-ARN ein.</translation>
    </message>
    <message>
        <source>“%1” names no Lambda function; use arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations.</source>
        <translation>„%1“ bezeichnet keine Lambda-Funktion; verwenden Sie arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations.</translation>
    </message>
    <message>
        <source>The timeout is a whole number of milliseconds from 50 to %1; got “%2”.</source>
        <translation>Das Timeout ist eine ganze Zahl von Millisekunden zwischen 50 und %1; erhalten: „%2“.</translation>
    </message>
    <message>
        <source>The timeout must be from 50 to %1 ms; got %2. Leave it empty for AWS&apos;s default.</source>
        <translation>Das Timeout muss zwischen 50 und %1 ms liegen; erhalten: %2. Lassen Sie das Feld leer, um den AWS-Standardwert zu verwenden.</translation>
    </message>
    <message>
        <source>(enter an ARN as the URI)</source>
        <translation>(einen ARN als URI eingeben)</translation>
    </message>
    <message>
        <source>integration type</source>
        <translation>Integrationstyp</translation>
    </message>
    <message>
        <source>Passthrough (no conversion)</source>
        <translation>Durchreichen (keine Konvertierung)</translation>
    </message>
    <message>
        <source>Convert to text (CONVERT_TO_TEXT)</source>
        <translation>In Text konvertieren (CONVERT_TO_TEXT)</translation>
    </message>
    <message>
        <source>Convert to binary (CONVERT_TO_BINARY)</source>
        <translation>In Binärdaten konvertieren (CONVERT_TO_BINARY)</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Anmeldedaten:</translation>
    </message>
    <message>
        <source>Content handling:</source>
        <translation>Inhaltsbehandlung:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>VPC link id:</source>
        <translation>VPC-Link-ID:</translation>
    </message>
    <message>
        <source>Integration credentials</source>
        <translation>Anmeldedaten der Integration</translation>
    </message>
    <message>
        <source>None (the backend&apos;s resource policy allows API Gateway)</source>
        <translation>Keine (die Ressourcenrichtlinie des Backends erlaubt API Gateway)</translation>
    </message>
    <message>
        <source>IAM role API Gateway assumes</source>
        <translation>IAM-Rolle, die API Gateway übernimmt</translation>
    </message>
    <message>
        <source>Caller&apos;s credentials (arn:aws:iam::*:user/*)</source>
        <translation>Anmeldedaten des Aufrufers (arn:aws:iam::*:user/*)</translation>
    </message>
    <message>
        <source>What API Gateway signs the call to the backend with on AWS. Gatehouse calls local functions without assuming a role; the fidelity report says so.</source>
        <translation>Womit API Gateway bei AWS den Aufruf des Backends signiert. Gatehouse ruft lokale Funktionen auf, ohne eine Rolle zu übernehmen; der Genauigkeitsbericht weist darauf hin.</translation>
    </message>
    <message>
        <source>Integration role ARN</source>
        <translation>ARN der Integrationsrolle</translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/apigateway-invoke</source>
        <translation>arn:aws:iam::123456789012:role/apigateway-invoke</translation>
    </message>
    <message>
        <source>Integration content handling</source>
        <translation>Inhaltsbehandlung der Integration</translation>
    </message>
    <message>
        <source>Integration connection type</source>
        <translation>Verbindungstyp der Integration</translation>
    </message>
    <message>
        <source>Internet (INTERNET)</source>
        <translation>Internet (INTERNET)</translation>
    </message>
    <message>
        <source>VPC link (VPC_LINK)</source>
        <translation>VPC-Link (VPC_LINK)</translation>
    </message>
    <message>
        <source>VPC link id</source>
        <translation>VPC-Link-ID</translation>
    </message>
    <message>
        <source>abc123 or ${stageVariables.vpcLinkId}</source>
        <translation>abc123 oder ${stageVariables.vpcLinkId}</translation>
    </message>
    <message>
        <source>What Gatehouse does with the VPC link</source>
        <translation>Was Gatehouse mit dem VPC-Link macht</translation>
    </message>
    <message>
        <source>integration credentials</source>
        <translation>Anmeldedaten der Integration</translation>
    </message>
    <message>
        <source>integration role</source>
        <translation>Integrationsrolle</translation>
    </message>
    <message>
        <source>content handling</source>
        <translation>Inhaltsbehandlung</translation>
    </message>
    <message>
        <source>integration connection</source>
        <translation>Integrationsverbindung</translation>
    </message>
    <message>
        <source>A VPC link integration needs the id of its VPC link, e.g. abc123 or ${stageVariables.vpcLinkId}.</source>
        <translation>Eine VPC-Link-Integration braucht die ID ihres VPC-Links, z. B. abc123 oder ${stageVariables.vpcLinkId}.</translation>
    </message>
    <message>
        <source>A VPC link id has no spaces; got “%1”.</source>
        <translation>Eine VPC-Link-ID enthält keine Leerzeichen; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Enter the ARN of the IAM role API Gateway assumes to call the backend, e.g. arn:aws:iam::123456789012:role/apigateway-invoke.</source>
        <translation>Geben Sie den ARN der IAM-Rolle ein, die API Gateway übernimmt, um das Backend aufzurufen, z. B. arn:aws:iam::123456789012:role/apigateway-invoke.</translation>
    </message>
    <message>
        <source>“%1” is not an IAM role ARN: write arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME (a 12-digit account id).</source>
        <translation>„%1“ ist kein ARN einer IAM-Rolle: Schreiben Sie arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME (mit einer 12-stelligen Konto-ID).</translation>
    </message>
    <message>
        <source>Gatehouse cannot reach a VPC: it calls %1 directly from this machine instead of through VPC link %2 (the fidelity report says so). Point the URI at a local server to test.</source>
        <translation>Gatehouse kann keine VPC erreichen: Es ruft %1 direkt von diesem Rechner auf statt über VPC-Link %2 (der Genauigkeitsbericht weist darauf hin). Lassen Sie die URI zum Testen auf einen lokalen Server zeigen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Gatehouse cannot reach a VPC, and %1 names nothing it can call from this machine: requests get the 500 of an unreachable integration (the fidelity report says so). Use an http(s) URI to have Gatehouse call it directly.</source>
        <translation>Gatehouse kann keine VPC erreichen, und %1 bezeichnet nichts, was es von diesem Rechner aus aufrufen kann: Anfragen erhalten den Fehler 500 einer nicht erreichbaren Integration (der Genauigkeitsbericht weist darauf hin). Verwenden Sie eine http(s)-URI, damit Gatehouse sie direkt aufruft.</translation>
    </message>
    <message>
        <source>an empty URI</source>
        <translation>eine leere URI</translation>
    </message>
</context>
<context>
    <name>gw::ui::IntegrationResponsesEditor</name>
    <message>
        <source>Method response header</source>
        <translation>Header der Methodenantwort</translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation>Zugeordnet aus</translation>
    </message>
    <message>
        <source>Integration response parameters</source>
        <translation>Parameter der Integrationsantwort</translation>
    </message>
    <message>
        <source>Integration response mapping template</source>
        <translation>Zuordnungsvorlage der Integrationsantwort</translation>
    </message>
    <message>
        <source>Selection pattern</source>
        <translation>Auswahlmuster</translation>
    </message>
    <message>
        <source>Method response status</source>
        <translation>Status der Methodenantwort</translation>
    </message>
    <message>
        <source>Integration responses</source>
        <translation>Integrationsantworten</translation>
    </message>
    <message>
        <source>Add Response…</source>
        <translation>Antwort hinzufügen…</translation>
    </message>
    <message>
        <source>Add integration response</source>
        <translation>Integrationsantwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove integration response</source>
        <translation>Integrationsantwort entfernen</translation>
    </message>
    <message>
        <source>Header mappings of the selected response:</source>
        <translation>Header-Zuordnungen der ausgewählten Antwort:</translation>
    </message>
    <message>
        <source>Mapping templates of the selected response:</source>
        <translation>Zuordnungsvorlagen der ausgewählten Antwort:</translation>
    </message>
    <message>
        <source>Add Integration Response</source>
        <translation>Integrationsantwort hinzufügen</translation>
    </message>
    <message>
        <source>Selection pattern (a regular expression matched against the backend&apos;s status or Lambda error message; &quot;default&quot; for anything else):</source>
        <translation>Auswahlmuster (ein regulärer Ausdruck, der mit dem Status des Backends oder der Lambda-Fehlermeldung abgeglichen wird; &quot;default&quot; für alles andere):</translation>
    </message>
    <message>
        <source>Method response status:</source>
        <translation>Status der Methodenantwort:</translation>
    </message>
    <message>
        <source>integration responses</source>
        <translation>Integrationsantworten</translation>
    </message>
    <message>
        <source>integration response parameters</source>
        <translation>Parameter der Integrationsantwort</translation>
    </message>
    <message>
        <source>integration response templates</source>
        <translation>Vorlagen der Integrationsantwort</translation>
    </message>
    <message>
        <source>There is already a response for the selection pattern “%1”.</source>
        <translation>Für das Auswahlmuster „%1“ gibt es bereits eine Antwort.</translation>
    </message>
    <message>
        <source>A selection pattern cannot be empty; use “default” for the response that matches anything.</source>
        <translation>Ein Auswahlmuster darf nicht leer sein; verwenden Sie „default“ für die Antwort, die auf alles passt.</translation>
    </message>
    <message>
        <source>Selection pattern “%1” is not a valid regular expression: %2</source>
        <translation>Das Auswahlmuster „%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>selection pattern</source>
        <translation>Auswahlmuster</translation>
    </message>
    <message>
        <source>A method response status is a 3-digit HTTP status from 100 to 599; got “%1”.</source>
        <translation>Ein Status der Methodenantwort ist ein dreistelliger HTTP-Status von 100 bis 599; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>integration response status</source>
        <translation>Status der Integrationsantwort</translation>
    </message>
    <message>
        <source>Integration response content handling</source>
        <translation>Inhaltsbehandlung der Integrationsantwort</translation>
    </message>
    <message>
        <source>Content handling of the selected response:</source>
        <translation>Inhaltsbehandlung der ausgewählten Antwort:</translation>
    </message>
    <message>
        <source>integration response content handling</source>
        <translation>Inhaltsbehandlung der Integrationsantwort</translation>
    </message>
</context>
<context>
    <name>gw::ui::KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation>Ausgewählte Zeile entfernen (%1)</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Row %1: the name is empty; a name is %2.</source>
        <translation>Zeile %1: Der Name ist leer; ein Name ist %2.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid name; a name is %3.</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Name; ein Name ist %3.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is already used by an earlier row; names must be unique.</source>
        <translation>Zeile %1: „%2“ wird bereits von einer früheren Zeile verwendet; Namen müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>gw::ui::LambdaLogView</name>
    <message>
        <source>Function log</source>
        <translation>Funktionsprotokoll</translation>
    </message>
</context>
<context>
    <name>gw::ui::LimitsModel</name>
    <message>
        <source>%1 % left</source>
        <translation>%1 % übrig</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>1 day %1 h</source>
        <translation>1 Tag %1 h</translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation>%1 Tage %2 h</translation>
    </message>
    <message>
        <source>%1 of %2 requests used · resets %3 (in %4)</source>
        <translation>%1 von %2 Anfragen verbraucht · wird am %3 zurückgesetzt (in %4)</translation>
    </message>
    <message>
        <source>%1 of %2 tokens · refills %3 per second</source>
        <translation>%1 von %2 Token · füllt %3 pro Sekunde auf</translation>
    </message>
</context>
<context>
    <name>gw::ui::LimitsPanel</name>
    <message>
        <source>Gateway clock</source>
        <translation>Gateway-Uhr</translation>
    </message>
    <message>
        <source>Time moves for the whole gateway: buckets refill, quota periods end, cached authorizer results and idle function processes expire.</source>
        <translation>Die Zeit läuft für das ganze Gateway: Buckets füllen sich auf, Kontingentzeiträume enden, zwischengespeicherte Genehmiger-Ergebnisse und inaktive Funktionsprozesse laufen ab.</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>Advance the gateway clock by one second. %1</source>
        <translation>Die Gateway-Uhr um eine Sekunde vorstellen. %1</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Advance the gateway clock by one minute. %1</source>
        <translation>Die Gateway-Uhr um eine Minute vorstellen. %1</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>Advance the gateway clock by one hour. %1</source>
        <translation>Die Gateway-Uhr um eine Stunde vorstellen. %1</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 Tag</translation>
    </message>
    <message>
        <source>Advance the gateway clock by one day. %1</source>
        <translation>Die Gateway-Uhr um einen Tag vorstellen. %1</translation>
    </message>
    <message>
        <source>To quota reset</source>
        <translation>Bis zum Kontingent-Reset</translation>
    </message>
    <message>
        <source>Advance the gateway clock to the end of the earliest quota period. %1</source>
        <translation>Die Gateway-Uhr auf das Ende des frühesten Kontingentzeitraums vorstellen. %1</translation>
    </message>
    <message>
        <source>Refill all</source>
        <translation>Alle auffüllen</translation>
    </message>
    <message>
        <source>Forget every count: buckets start full and quotas unused with the next request.</source>
        <translation>Alle Zählungen vergessen: Mit der nächsten Anfrage beginnen Buckets voll und Kontingente unverbraucht.</translation>
    </message>
    <message>
        <source>No limit has been checked yet. Buckets and quotas appear with the first request that uses them: usage plans and their API keys, stage and method throttling, and the account limit every request passes.</source>
        <translation>Es wurde noch kein Limit geprüft. Buckets und Kontingente erscheinen mit der ersten Anfrage, die sie nutzt: Nutzungspläne und ihre API-Schlüssel, Drosselung von Stages und Methoden sowie das Kontolimit, das jede Anfrage durchläuft.</translation>
    </message>
    <message>
        <source>Buckets and quotas</source>
        <translation>Buckets und Kontingente</translation>
    </message>
    <message>
        <source>Gateway clock %1 · &lt;b&gt;%2 ahead of real time&lt;/b&gt;</source>
        <translation>Gateway-Uhr %1 · &lt;b&gt;%2 der Echtzeit voraus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gateway clock %1 (real time)</source>
        <translation>Gateway-Uhr %1 (Echtzeit)</translation>
    </message>
</context>
<context>
    <name>gw::ui::LoadProgressWidget</name>
    <message>
        <source>Opening progress</source>
        <translation>Fortschritt beim Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the file; the open project stays as it is</source>
        <translation>Das Öffnen der Datei abbrechen; das geöffnete Projekt bleibt unverändert</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>gw::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>The gateway answered %1 to the resent request; it is the newest row in Traffic.</source>
        <translation>Das Gateway hat auf die erneut gesendete Anfrage mit %1 geantwortet; sie ist die neueste Zeile unter „Datenverkehr“.</translation>
    </message>
    <message>
        <source>The resent request got no answer: %1</source>
        <translation>Die erneut gesendete Anfrage hat keine Antwort erhalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln request(s) from %1.</source>
        <translation>
            <numerusform>%Ln Anfrage aus %1 importiert.</numerusform>
            <numerusform>%Ln Anfragen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) without an http(s) URL left out (%1).</source>
        <translation>
            <numerusform>%Ln Eintrag ohne http(s)-URL ausgelassen (%1).</numerusform>
            <numerusform>%Ln Einträge ohne http(s)-URL ausgelassen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported.&lt;/b&gt; %2. Check that it is a HAR 1.2 file as browsers&apos; devtools (Save all as HAR) or &lt;code&gt;gatehouse serve --har&lt;/code&gt; write it.</source>
        <translation>&lt;b&gt;%1 wurde nicht importiert.&lt;/b&gt; %2. Prüfen Sie, ob es eine HAR-1.2-Datei ist, wie sie die Entwicklertools von Browsern („Alle als HAR speichern“) oder &lt;code&gt;gatehouse serve --har&lt;/code&gt; schreiben.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Invoke URL</source>
        <translation>Aufruf-URL</translation>
    </message>
    <message>
        <source>CORS Lab fix</source>
        <translation>CORS-Lab-Korrektur</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Gatehouse project or an OpenAPI / Swagger document (%1)</source>
        <translation>Ein Gatehouse-Projekt oder ein OpenAPI-/Swagger-Dokument öffnen (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project (%1)</source>
        <translation>Das Projekt speichern (%1)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export OpenAPI, Swagger, SAM, CloudFormation or Terraform for AWS (%1)</source>
        <translation>OpenAPI, Swagger, SAM, CloudFormation oder Terraform für AWS exportieren (%1)</translation>
    </message>
    <message>
        <source>Import &amp;HAR…</source>
        <translation>&amp;HAR importieren…</translation>
    </message>
    <message>
        <source>Show the requests of a HAR file (from browser devtools or gatehouse serve --har) in Traffic, to inspect and replay them</source>
        <translation>Die Anfragen einer HAR-Datei (aus den Entwicklertools eines Browsers oder von gatehouse serve --har) unter „Datenverkehr“ anzeigen, um sie zu untersuchen und erneut zu senden</translation>
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
        <source>&amp;Deploy…</source>
        <translation>Be&amp;reitstellen…</translation>
    </message>
    <message>
        <source>&amp;Mint Test Token…</source>
        <translation>&amp;Test-Token ausstellen…</translation>
    </message>
    <message>
        <source>Sign a JWT with the project&apos;s local identity provider, for JWT and Cognito authorizers</source>
        <translation>Ein JWT mit dem lokalen Identitätsanbieter des Projekts signieren, für JWT- und Cognito-Genehmiger</translation>
    </message>
    <message>
        <source>Mapping &amp;Template Playground…</source>
        <translation>&amp;Spielwiese für Zuordnungsvorlagen…</translation>
    </message>
    <message>
        <source>Write a mapping template and see what it renders for the selected request</source>
        <translation>Eine Zuordnungsvorlage schreiben und sehen, was sie für die ausgewählte Anfrage erzeugt</translation>
    </message>
    <message>
        <source>Select a request in Traffic first.</source>
        <translation>Wählen Sie zuerst unter „Datenverkehr“ eine Anfrage aus.</translation>
    </message>
    <message>
        <source>Enable &amp;CORS…</source>
        <translation>&amp;CORS aktivieren…</translation>
    </message>
    <message>
        <source>Enable CORS on the REST resource selected in the Explorer</source>
        <translation>CORS für die im Explorer ausgewählte REST-Ressource aktivieren</translation>
    </message>
    <message>
        <source>CORS &amp;Lab</source>
        <translation>CORS-&amp;Lab</translation>
    </message>
    <message>
        <source>Play a browser page against the running gateway and see what CORS allows (%1)</source>
        <translation>Eine Browserseite gegen das laufende Gateway ausführen und sehen, was CORS erlaubt (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Copy Invoke URL</source>
        <translation>Aufruf-URL kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the invoke URL (%1)</source>
        <translation>Die Aufruf-URL kopieren (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear Traffic</source>
        <translation>Datenverkehr l&amp;eeren</translation>
    </message>
    <message>
        <source>&amp;Flush Stage Cache</source>
        <translation>Stage-Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the selected stage&apos;s cache, as the console&apos;s Flush entire cache does</source>
        <translation>Den Cache der ausgewählten Stage leeren, wie es „Gesamten Cache leeren“ in der Konsole tut</translation>
    </message>
    <message>
        <source>Add Server-&amp;Timing Header</source>
        <translation>Server-&amp;Timing-Header hinzufügen</translation>
    </message>
    <message>
        <source>Answer every request with a Server-Timing header holding each step&apos;s time, so browser devtools show the gateway&apos;s breakdown (AWS sends no such header)</source>
        <translation>Jede Anfrage mit einem Server-Timing-Header beantworten, der die Zeit jedes Schritts enthält, sodass die Entwicklertools des Browsers die Aufschlüsselung des Gateways zeigen (AWS sendet keinen solchen Header)</translation>
    </message>
    <message>
        <source>&amp;Replay Request</source>
        <translation>Anfrage &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send the request shown in the Inspector to the running gateway again (%1)</source>
        <translation>Die im Inspektor angezeigte Anfrage erneut an das laufende Gateway senden (%1)</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>Ü&amp;ber Gatehouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
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
        <source>&amp;API</source>
        <translation>A&amp;PI</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Start the gateway to get an invoke URL</source>
        <translation>Starten Sie das Gateway, um eine Aufruf-URL zu erhalten</translation>
    </message>
    <message>
        <source>Copy invoke URL</source>
        <translation>Aufruf-URL kopieren</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>CORS Lab</source>
        <translation>CORS-Lab</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>CloudWatch&apos;s metrics of the traffic served: Count, errors, latency percentiles per API, stage and route</source>
        <translation>CloudWatch-Metriken des ausgelieferten Datenverkehrs: Count, Fehler, Latenzperzentile pro API, Stage und Route</translation>
    </message>
    <message>
        <source>The open WebSocket connections: their messages, and Send and Close for each</source>
        <translation>Die offenen WebSocket-Verbindungen: ihre Nachrichten sowie Senden und Schließen für jede</translation>
    </message>
    <message>
        <source>Gateway state</source>
        <translation>Gateway-Zustand</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Bearbeitete Anfragen</translation>
    </message>
    <message>
        <source>No project is open. Open a Gatehouse project or an OpenAPI document with File ▸ Open (%1), or drop one on this window.</source>
        <translation>Es ist kein Projekt geöffnet. Öffnen Sie ein Gatehouse-Projekt oder ein OpenAPI-Dokument mit Datei ▸ Öffnen (%1) oder ziehen Sie eines auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open Project or OpenAPI Document</source>
        <translation>Projekt oder OpenAPI-Dokument öffnen</translation>
    </message>
    <message>
        <source>Projects and OpenAPI documents (*.gatehouse.yaml *.yaml *.yml *.json);;All files (*)</source>
        <translation>Projekte und OpenAPI-Dokumente (*.gatehouse.yaml *.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the file could not be read as a project or OpenAPI document</source>
        <translation>die Datei konnte nicht als Projekt oder OpenAPI-Dokument gelesen werden</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened. Problems (below) says where and why; fix the file, or open another one with File ▸ Open.</source>
        <translation>%1 konnte nicht geöffnet werden. „Probleme“ (unten) zeigt, wo und warum; korrigieren Sie die Datei oder öffnen Sie mit Datei ▸ Öffnen eine andere.</translation>
    </message>
    <message>
        <source>the local identity provider has no key, so JWT and Cognito authorizers cannot verify test tokens: %1</source>
        <translation>der lokale Identitätsanbieter hat keinen Schlüssel, daher können JWT- und Cognito-Genehmiger Test-Token nicht verifizieren: %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n API(s), in %2 ms</source>
        <translation>
            <numerusform>%1 geöffnet: %n API, in %2 ms</numerusform>
            <numerusform>%1 geöffnet: %n APIs, in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] — Gatehouse</source>
        <translation>%1[*] — Gatehouse</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Gatehouse</source>
        <translation>%1[*] — %2 — Gatehouse</translation>
    </message>
    <message>
        <source>Enable &amp;CORS on %1…</source>
        <translation>&amp;CORS für %1 aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Flush Stage Cache of %1/%2</source>
        <translation>Stage-Cache von %1/%2 &amp;leeren</translation>
    </message>
    <message>
        <source>No stage is selected; select one in the Explorer.</source>
        <translation>Es ist keine Stage ausgewählt; wählen Sie eine im Explorer aus.</translation>
    </message>
    <message>
        <source>Stage %1 of %2 has no cache; add a cache: block to the stage to enable one.</source>
        <translation>Stage %1 von %2 hat keinen Cache; fügen Sie der Stage einen cache:-Block hinzu, um einen zu aktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>Flushed the cache of %1/%2: %n cached response(s) dropped.</source>
        <translation>
            <numerusform>Cache von %1/%2 geleert: %n zwischengespeicherte Antwort verworfen.</numerusform>
            <numerusform>Cache von %1/%2 geleert: %n zwischengespeicherte Antworten verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation>Bereitstellen…</translation>
    </message>
    <message>
        <source>Deploy… (%1)</source>
        <translation>Bereitstellen… (%1)</translation>
    </message>
    <message>
        <source>Deploy the working copy to a stage (%1). Every stage serves the working copy now.</source>
        <translation>Die Arbeitskopie auf einer Stage bereitstellen (%1). Jede Stage liefert jetzt die Arbeitskopie aus.</translation>
    </message>
    <message>
        <source>Deploy the working copy to a stage (%1). Undeployed changes: %2</source>
        <translation>Die Arbeitskopie auf einer Stage bereitstellen (%1). Nicht bereitgestellte Änderungen: %2</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message numerus="yes">
        <source>Deploy, %n stage(s) with undeployed changes</source>
        <translation>
            <numerusform>Bereitstellen, %n Stage mit nicht bereitgestellten Änderungen</numerusform>
            <numerusform>Bereitstellen, %n Stages mit nicht bereitgestellten Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Save as a Gatehouse Project (the OpenAPI document stays as it is)</source>
        <translation>Als Gatehouse-Projekt speichern (das OpenAPI-Dokument bleibt unverändert)</translation>
    </message>
    <message>
        <source>Gatehouse projects (*.gatehouse.yaml);;All files (*)</source>
        <translation>Gatehouse-Projekte (*.gatehouse.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The project was not saved.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Projekt wurde nicht gespeichert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>A recovery copy of %1 could not be read: %2.</source>
        <translation>Eine Wiederherstellungskopie von %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has unsaved changes from %2&lt;/b&gt;, kept when Gatehouse last stopped. Restoring makes them one undoable edit; the file stays as it is until you save.</source>
        <translation>&lt;b&gt;%1 hat nicht gespeicherte Änderungen (Stand %2)&lt;/b&gt;, aufbewahrt, als Gatehouse zuletzt beendet wurde. Beim Wiederherstellen werden sie zu einer Bearbeitung, die sich rückgängig machen lässt; die Datei bleibt unverändert, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Restore unsaved changes from %1</source>
        <translation>Nicht gespeicherte Änderungen aus %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them.</source>
        <translation>Die nicht gespeicherten Änderungen wurden wiederhergestellt; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes were not restored.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Änderungen wurden nicht wiederhergestellt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discarded the recovered changes.</source>
        <translation>Die wiederhergestellten Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before closing the project?</source>
        <translation>Sollen sie vor dem Schließen des Projekts gespeichert werden?</translation>
    </message>
    <message>
        <source>Stage %1 deploys automatically; there is nothing to deploy.</source>
        <translation>Stage %1 wird automatisch bereitgestellt; es gibt nichts bereitzustellen.</translation>
    </message>
    <message>
        <source>%1 has no stage %2.</source>
        <translation>%1 hat keine Stage %2.</translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation>%1 auf %2 bereitstellen</translation>
    </message>
    <message>
        <source>Deployed %1 to stage %2 (deployment %3).</source>
        <translation>%1 auf Stage %2 bereitgestellt (Bereitstellung %3).</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Nach %1 exportiert (%n Warnung).</numerusform>
            <numerusform>Nach %1 exportiert (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable CORS works on a resource of a REST API that has methods; %1 %2 is not one.</source>
        <translation>„CORS aktivieren“ funktioniert für eine Ressource einer REST-API, die Methoden hat; %1 %2 ist keine solche.</translation>
    </message>
    <message>
        <source>Enable CORS works on REST APIs; %1 is not one. HTTP APIs have a CORS configuration (x-amazon-apigateway-cors) instead.</source>
        <translation>„CORS aktivieren“ funktioniert für REST-APIs; %1 ist keine. HTTP-APIs haben stattdessen eine CORS-Konfiguration (x-amazon-apigateway-cors).</translation>
    </message>
    <message>
        <source>&lt;b&gt;CORS was not enabled on %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;CORS wurde für %1 nicht aktiviert.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Enable CORS on %1</source>
        <translation>CORS für %1 aktivieren</translation>
    </message>
    <message>
        <source>Enable CORS on %1 (%2)</source>
        <translation>CORS für %1 aktivieren (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Enabled CORS on %1&lt;/b&gt; in the working copy of %2: %n change(s)</source>
        <translation>
            <numerusform>&lt;b&gt;CORS für %1 aktiviert&lt;/b&gt; in der Arbeitskopie von %2: %n Änderung</numerusform>
            <numerusform>&lt;b&gt;CORS für %1 aktiviert&lt;/b&gt; in der Arbeitskopie von %2: %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n thing(s) it cannot fix</source>
        <translation>
            <numerusform>, und %n Punkt, den es nicht beheben kann</numerusform>
            <numerusform>, und %n Punkte, die es nicht beheben kann</numerusform>
        </translation>
    </message>
    <message>
        <source> (Problems lists them; Edit ▸ Undo takes it back).</source>
        <translation> („Probleme“ listet sie auf; Bearbeiten ▸ Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>REST stages serve their last deployment: deploy to %1 to take effect (%2).</source>
        <translation>REST-Stages liefern ihre letzte Bereitstellung aus: Stellen Sie auf %1 bereit, damit es wirkt (%2).</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Test in CORS Lab</source>
        <translation>Im CORS-Lab testen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>The gateway could not start: %1</source>
        <translation>Das Gateway konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>port %1 is busy</source>
        <translation>Port %1 ist belegt</translation>
    </message>
    <message>
        <source>Port %1 is busy (%2); the gateway runs on port %3 instead.</source>
        <translation>Port %1 ist belegt (%2); das Gateway läuft stattdessen auf Port %3.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the gateway (%1)</source>
        <translation>Das Gateway stoppen (%1)</translation>
    </message>
    <message>
        <source>Gateway running on http://127.0.0.1:%1</source>
        <translation>Gateway läuft auf http://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Gateway running on http://127.0.0.1:%1 (%2)</source>
        <translation>Gateway läuft auf http://127.0.0.1:%1 (%2)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Stopping: letting requests in flight finish…</source>
        <translation>Wird gestoppt: Laufende Anfragen werden noch abgeschlossen…</translation>
    </message>
    <message>
        <source>Start the gateway (%1)</source>
        <translation>Das Gateway starten (%1)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway stoppen</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Gateway starten</translation>
    </message>
    <message>
        <source>API %1, stage %2</source>
        <translation>API %1, Stage %2</translation>
    </message>
    <message>
        <source>API %1, stage %2
Path form: %3</source>
        <translation>API %1, Stage %2
Pfadform: %3</translation>
    </message>
    <message>
        <source>%L1 requests</source>
        <translation>%L1 Anfragen</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copied the %1: %2</source>
        <translation>%1 kopiert: %2</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;AWS API Gateway on your desktop: design REST and HTTP APIs, run them locally, and watch every request go through the gateway&apos;s steps.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;AWS API Gateway auf Ihrem Desktop: REST- und HTTP-APIs entwerfen, lokal ausführen und jede Anfrage auf ihrem Weg durch die Schritte des Gateways verfolgen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QScintilla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>HAR importieren</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR-Dateien (*.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A HAR file is being imported; wait for it to finish.</source>
        <translation>Es wird gerade eine HAR-Datei importiert; warten Sie, bis der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>the gateway is not running; start it first (Gateway ▸ Start)</source>
        <translation>das Gateway läuft nicht; starten Sie es zuerst (Gateway ▸ Starten)</translation>
    </message>
    <message>
        <source>Cannot replay %1 %2: %3</source>
        <translation>%1 %2 kann nicht wiederholt werden: %3</translation>
    </message>
    <message>
        <source>Replaying %1 %2…</source>
        <translation>%1 %2 wird wiederholt…</translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 body bytes were captured; that part is sent.</source>
        <translation>Nur die ersten %L1 von %L2 Body-Bytes wurden aufgezeichnet; dieser Teil wird gesendet.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Compose a request with an API key, token or SigV4 identity and send it through the running gateway</source>
        <translation>Eine Anfrage mit API-Schlüssel, Token oder SigV4-Identität zusammenstellen und durch das laufende Gateway senden</translation>
    </message>
    <message>
        <source>&amp;New API…</source>
        <translation>&amp;Neue API…</translation>
    </message>
    <message>
        <source>Add a REST, HTTP or WebSocket API: blank, from an example, or imported from an OpenAPI document (%1)</source>
        <translation>Eine REST-, HTTP- oder WebSocket-API hinzufügen: leer, aus einem Beispiel oder aus einem OpenAPI-Dokument importiert (%1)</translation>
    </message>
    <message>
        <source>To open %1 on its own instead, use File ▸ Open.</source>
        <translation>Um %1 stattdessen eigenständig zu öffnen, verwenden Sie Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <source>New project with API %1; File ▸ Save (%2) asks where to keep it.</source>
        <translation>Neues Projekt mit API %1; Datei ▸ Speichern (%2) fragt, wo es gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Opening %1 was canceled; the open project is unchanged.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen; das geöffnete Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Opening %1 was canceled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Writing HAR: %L1 of %L2 requests…</source>
        <translation>HAR wird geschrieben: %L1 von %L2 Anfragen…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to %1.</source>
        <translation>
            <numerusform>%Ln Anfrage in %1 geschrieben.</numerusform>
            <numerusform>%Ln Anfragen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The HAR file was not written.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die HAR-Datei wurde nicht geschrieben.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Export H&amp;AR…</source>
        <translation>H&amp;AR exportieren…</translation>
    </message>
    <message>
        <source>Write the requests Traffic shows (or the selected ones) as a HAR 1.2 file with timings, steps and cost; secrets read REDACTED</source>
        <translation>Die unter „Datenverkehr“ angezeigten (oder die ausgewählten) Anfragen als HAR-1.2-Datei mit Zeiten, Schritten und Kosten schreiben; Geheimnisse erscheinen als REDACTED</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What the traffic would cost on AWS: the session, the month at this rate item by item, REST versus HTTP, billing alarms and a what-if table</source>
        <translation>Was der Datenverkehr bei AWS kosten würde: die Sitzung, der Monat bei dieser Rate Posten für Posten, REST gegenüber HTTP, Abrechnungsalarme und eine Was-wäre-wenn-Tabelle</translation>
    </message>
    <message>
        <source>Billing alarm: the projected month is %1, at or over your %2 alarm.</source>
        <translation>Abrechnungsalarm: Der hochgerechnete Monat beträgt %1 und erreicht oder überschreitet damit Ihren Alarm bei %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Billing alarm: %1 a month.&lt;/b&gt; At the rate of the last minute this traffic would cost %1 in a 30-day month on AWS, at or over your %2 alarm.</source>
        <translation>&lt;b&gt;Abrechnungsalarm: %1 pro Monat.&lt;/b&gt; Bei der Rate der letzten Minute würde dieser Datenverkehr bei AWS in einem 30-Tage-Monat %1 kosten und damit Ihren Alarm bei %2 erreichen oder überschreiten.</translation>
    </message>
    <message>
        <source>Show Cost</source>
        <translation>Kosten anzeigen</translation>
    </message>
    <message>
        <source>Access Logs</source>
        <translation>Zugriffsprotokolle</translation>
    </message>
    <message>
        <source>The access log lines of the stages with access logging on, and the files they are written to</source>
        <translation>Die Zeilen der Zugriffsprotokolle der Stages mit eingeschalteter Zugriffsprotokollierung und die Dateien, in die sie geschrieben werden</translation>
    </message>
    <message>
        <source>Deploy %1 to the canary of %2</source>
        <translation>%1 auf dem Canary von %2 bereitstellen</translation>
    </message>
    <message>
        <source>Deployed %1 to the canary of stage %2 (deployment %3); promote the canary in the stage editor to serve it to every request.</source>
        <translation>%1 auf dem Canary von Stage %2 bereitgestellt (Bereitstellung %3); stufen Sie den Canary im Stage-Editor hoch, um sie an jede Anfrage auszuliefern.</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation>HAR-Dateien (*.har);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Traffic shows no requests to export.</source>
        <translation>Unter „Datenverkehr“ werden keine Anfragen zum Exportieren angezeigt.</translation>
    </message>
    <message>
        <source>A HAR file is being written; wait for it to finish.</source>
        <translation>Es wird gerade eine HAR-Datei geschrieben; warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Start a Lambda &amp;Instance per Concurrent Request</source>
        <translation>Lambda-&amp;Instanz pro gleichzeitiger Anfrage starten</translation>
    </message>
    <message>
        <source>As AWS does: every concurrent invocation of a function gets an instance of its own, a cold start each. Off: a busy instance is waited for up to %1 ms first, so a quick function runs on a few warm processes</source>
        <translation>Wie bei AWS: Jeder gleichzeitige Aufruf einer Funktion erhält eine eigene Instanz, jeweils mit Kaltstart. Aus: Auf eine belegte Instanz wird zuerst bis zu %1 ms gewartet, sodass eine schnelle Funktion auf wenigen warmen Prozessen läuft</translation>
    </message>
</context>
<context>
    <name>gw::ui::MessageLogModel</name>
    <message>
        <source>$connect refused the connection with %1</source>
        <translation>$connect hat die Verbindung mit %1 abgelehnt</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>→ in</source>
        <translation>→ ein</translation>
    </message>
    <message>
        <source>← reply</source>
        <translation>← Antwort</translation>
    </message>
    <message>
        <source>← out</source>
        <translation>← aus</translation>
    </message>
    <message>
        <source>disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>(this window)</source>
        <translation>(dieses Fenster)</translation>
    </message>
    <message>
        <source>(@connections)</source>
        <translation>(@connections)</translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation>(keine Route)</translation>
    </message>
    <message>
        <source>connected from %1</source>
        <translation>verbunden von %1</translation>
    </message>
    <message>
        <source>refused: $connect answered %1</source>
        <translation>abgelehnt: $connect hat mit %1 geantwortet</translation>
    </message>
    <message>
        <source>closed with code %1</source>
        <translation>mit Code %1 geschlossen</translation>
    </message>
    <message>
        <source>closed with code %1: %2</source>
        <translation>mit Code %1 geschlossen: %2</translation>
    </message>
    <message>
        <source>The client opened the connection ($connect ran)</source>
        <translation>Der Client hat die Verbindung geöffnet ($connect lief)</translation>
    </message>
    <message>
        <source>A message the client sent to the gateway</source>
        <translation>Eine Nachricht, die der Client an das Gateway gesendet hat</translation>
    </message>
    <message>
        <source>What the route&apos;s integration answered, sent back to the client (a two-way route, or an error message)</source>
        <translation>Die Antwort der Integration der Route, an den Client zurückgesendet (eine bidirektionale Route oder eine Fehlermeldung)</translation>
    </message>
    <message>
        <source>A message sent to the client on the gateway&apos;s own initiative</source>
        <translation>Eine Nachricht, die das Gateway von sich aus an den Client gesendet hat</translation>
    </message>
    <message>
        <source>The connection closed ($disconnect ran)</source>
        <translation>Die Verbindung wurde geschlossen ($disconnect lief)</translation>
    </message>
    <message>
        <source>Sent with the Send button of this view</source>
        <translation>Mit der Schaltfläche „Senden“ dieser Ansicht gesendet</translation>
    </message>
    <message>
        <source>Sent by a backend through the @connections API (POST)</source>
        <translation>Von einem Backend über die @connections-API gesendet (POST)</translation>
    </message>
    <message>
        <source>Route %1: stopped at %2</source>
        <translation>Route %1: angehalten bei %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The route the route selection expression chose</source>
        <translation>Die Route, die der Routenauswahlausdruck gewählt hat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>gw::ui::MethodEditor</name>
    <message>
        <source>Method Request</source>
        <translation>Methodenanfrage</translation>
    </message>
    <message>
        <source>Integration Request</source>
        <translation>Integrationsanfrage</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Integration Response</source>
        <translation>Integrationsantwort</translation>
    </message>
    <message>
        <source>Method Response</source>
        <translation>Methodenantwort</translation>
    </message>
    <message>
        <source>Method execution flow</source>
        <translation>Ablauf der Methodenausführung</translation>
    </message>
    <message>
        <source>A proxy integration passes the backend&apos;s response through as it is: integration responses do not apply.</source>
        <translation>Eine Proxy-Integration reicht die Antwort des Backends unverändert durch: Integrationsantworten gelten nicht.</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>None (NONE)</source>
        <translation>Keine (NONE)</translation>
    </message>
    <message>
        <source>IAM, SigV4-signed requests (AWS_IAM)</source>
        <translation>IAM, mit SigV4 signierte Anfragen (AWS_IAM)</translation>
    </message>
    <message>
        <source>Lambda authorizer (CUSTOM)</source>
        <translation>Lambda-Genehmiger (CUSTOM)</translation>
    </message>
    <message>
        <source>Cognito user pool (COGNITO_USER_POOLS)</source>
        <translation>Cognito-Benutzerpool (COGNITO_USER_POOLS)</translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Authorization scopes</source>
        <translation>Autorisierungsbereiche</translation>
    </message>
    <message>
        <source>e.g. email, orders/read (comma-separated; empty: an ID token is enough)</source>
        <translation>z. B. email, orders/read (durch Kommas getrennt; leer: ein ID-Token genügt)</translation>
    </message>
    <message>
        <source>API key required</source>
        <translation>API-Schlüssel erforderlich</translation>
    </message>
    <message>
        <source>Request validator</source>
        <translation>Anfragevalidator</translation>
    </message>
    <message>
        <source>Method request parameters</source>
        <translation>Parameter der Methodenanfrage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Add method request parameter</source>
        <translation>Parameter der Methodenanfrage hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove method request parameter</source>
        <translation>Parameter der Methodenanfrage entfernen</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <source>Authorizer:</source>
        <translation>Genehmiger:</translation>
    </message>
    <message>
        <source>OAuth scopes:</source>
        <translation>OAuth-Bereiche:</translation>
    </message>
    <message>
        <source>Request validator:</source>
        <translation>Anfragevalidator:</translation>
    </message>
    <message>
        <source>Request parameters:</source>
        <translation>Anfrageparameter:</translation>
    </message>
    <message>
        <source>request validator</source>
        <translation>Anfragevalidator</translation>
    </message>
    <message>
        <source>request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>Method responses</source>
        <translation>Methodenantworten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Models (content type=model)</source>
        <translation>Modelle (Inhaltstyp=Modell)</translation>
    </message>
    <message>
        <source>Add Response</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Add method response</source>
        <translation>Methodenantwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove method response</source>
        <translation>Methodenantwort entfernen</translation>
    </message>
    <message>
        <source>The statuses, headers and models the method declares. Headers are names separated by commas; models are CONTENT-TYPE=MODEL pairs naming models of the API.</source>
        <translation>Die Status, Header und Modelle, die die Methode deklariert. Header sind durch Kommas getrennte Namen; Modelle sind CONTENT-TYPE=MODEL-Paare, die Modelle der API benennen.</translation>
    </message>
    <message>
        <source>method responses</source>
        <translation>Methodenantworten</translation>
    </message>
    <message>
        <source>Set %1 of %2 %3</source>
        <translation>%1 von %2 %3 festlegen</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Location of parameter %1</source>
        <translation>Ort von Parameter %1</translation>
    </message>
    <message>
        <source>This method has no integration yet: choose one in Integration Request.</source>
        <translation>Diese Methode hat noch keine Integration: Wählen Sie eine unter „Integrationsanfrage“.</translation>
    </message>
    <message>
        <source>Authorization: %1</source>
        <translation>Autorisierung: %1</translation>
    </message>
    <message>
        <source>API key required: %1</source>
        <translation>API-Schlüssel erforderlich: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Request validator: %1</source>
        <translation>Anfragevalidator: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No request parameters</source>
        <translation>Keine Anfrageparameter</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>No integration: requests get a 500</source>
        <translation>Keine Integration: Anfragen erhalten eine 500</translation>
    </message>
    <message>
        <source>Click to choose one</source>
        <translation>Klicken, um eine auszuwählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>HTTP method: %1</source>
        <translation>HTTP-Methode: %1</translation>
    </message>
    <message>
        <source>Timeout: %1 ms</source>
        <translation>Timeout: %1 ms</translation>
    </message>
    <message>
        <source>Timeout: 29000 ms (default)</source>
        <translation>Timeout: 29000 ms (Standard)</translation>
    </message>
    <message>
        <source>Templates: %1</source>
        <translation>Vorlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter mapping(s)</source>
        <translation>
            <numerusform>%n Parameterzuordnung</numerusform>
            <numerusform>%n Parameterzuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mock</source>
        <translation>Mock</translation>
    </message>
    <message>
        <source>Answered by API Gateway from the request template&apos;s statusCode</source>
        <translation>Von API Gateway anhand des statusCode der Anfragevorlage beantwortet</translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation>Lambda-Funktion</translation>
    </message>
    <message>
        <source>not defined in this project</source>
        <translation>in diesem Projekt nicht definiert</translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation>AWS-Service</translation>
    </message>
    <message>
        <source>HTTP endpoint</source>
        <translation>HTTP-Endpunkt</translation>
    </message>
    <message>
        <source>(no URL)</source>
        <translation>(keine URL)</translation>
    </message>
    <message>
        <source>Proxy integration</source>
        <translation>Proxy-Integration</translation>
    </message>
    <message>
        <source>The backend&apos;s response is passed through</source>
        <translation>Die Antwort des Backends wird durchgereicht</translation>
    </message>
    <message>
        <source>No responses: every answer is a 500</source>
        <translation>Keine Antworten: Jede Antwort ist eine 500</translation>
    </message>
    <message>
        <source>No method responses declared</source>
        <translation>Keine Methodenantworten deklariert</translation>
    </message>
    <message>
        <source>This API has no Cognito user pool authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation>Diese API hat keinen Cognito-Benutzerpool-Genehmiger. Fügen Sie zuerst im Explorer unter „Genehmiger“ einen hinzu.</translation>
    </message>
    <message>
        <source>This API has no Lambda authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation>Diese API hat keinen Lambda-Genehmiger. Fügen Sie zuerst im Explorer unter „Genehmiger“ einen hinzu.</translation>
    </message>
    <message>
        <source>Scope “%1” has characters OAuth scopes cannot have (spaces, quotes or backslashes); separate scopes with commas.</source>
        <translation>Der Bereich „%1“ enthält Zeichen, die OAuth-Bereiche nicht enthalten dürfen (Leerzeichen, Anführungszeichen oder Backslashes); trennen Sie Bereiche durch Kommas.</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>authorization scopes</source>
        <translation>Autorisierungsbereiche</translation>
    </message>
    <message>
        <source>A request parameter needs a name.</source>
        <translation>Ein Anfrageparameter benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Parameter name “%1” has characters a header or query parameter name cannot have.</source>
        <translation>Der Parametername „%1“ enthält Zeichen, die ein Header- oder Query-Parametername nicht enthalten darf.</translation>
    </message>
    <message>
        <source>There are two %1 parameters named “%2”.</source>
        <translation>Es gibt zwei %1-Parameter mit dem Namen „%2“.</translation>
    </message>
    <message>
        <source>Path parameter “%1” is not in the resource path %2; path parameters name a {part} of it.</source>
        <translation>Der Pfadparameter „%1“ ist nicht im Ressourcenpfad %2 enthalten; Pfadparameter benennen einen {Teil} davon.</translation>
    </message>
    <message>
        <source>A method response status is a 3-digit HTTP status from 100 to 599; got “%1”.</source>
        <translation>Ein Status der Methodenantwort ist ein dreistelliger HTTP-Status von 100 bis 599; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>There is already a method response for status %1.</source>
        <translation>Für Status %1 gibt es bereits eine Methodenantwort.</translation>
    </message>
    <message>
        <source>“%1” is no valid header name.</source>
        <translation>„%1“ ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>“%1” is not CONTENT-TYPE=MODEL, e.g. application/json=Pet.</source>
        <translation>„%1“ hat nicht die Form CONTENT-TYPE=MODEL, z. B. application/json=Pet.</translation>
    </message>
    <message>
        <source>Model “%1” is not defined in this API; add it under Models first.</source>
        <translation>Das Modell „%1“ ist in dieser API nicht definiert; fügen Sie es zuerst unter „Modelle“ hinzu.</translation>
    </message>
    <message>
        <source>method response %1</source>
        <translation>Methodenantwort %1</translation>
    </message>
</context>
<context>
    <name>gw::ui::MetricsChart</name>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>%1 (1 second)</source>
        <translation>%1 (1 Sekunde)</translation>
    </message>
    <message>
        <source>%1 to %2 (1 minute)</source>
        <translation>%1 bis %2 (1 Minute)</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Whole range: %1</source>
        <translation>Gesamter Bereich: %1</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>gw::ui::MetricsPanel</name>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Metrics API</source>
        <translation>Metriken-API</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Metrics stage</source>
        <translation>Metriken-Stage</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Metrics route or method</source>
        <translation>Metriken-Route oder -Methode</translation>
    </message>
    <message>
        <source>The API (CloudWatch dimension ApiId), or all APIs summed</source>
        <translation>Die API (CloudWatch-Dimension ApiId) oder alle APIs summiert</translation>
    </message>
    <message>
        <source>The stage (dimension Stage), or all of the API&apos;s stages</source>
        <translation>Die Stage (Dimension Stage) oder alle Stages der API</translation>
    </message>
    <message>
        <source>The resource and method or route (dimensions Resource and Method) that saw traffic, or all of the stage&apos;s</source>
        <translation>Die Ressource und Methode oder die Route (Dimensionen Resource und Method), die Datenverkehr hatte, oder alle der Stage</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Metrics range</source>
        <translation>Metriken-Zeitraum</translation>
    </message>
    <message>
        <source>Last 5 minutes · 1 s</source>
        <translation>Letzte 5 Minuten · 1 s</translation>
    </message>
    <message>
        <source>Last 15 minutes · 1 s</source>
        <translation>Letzte 15 Minuten · 1 s</translation>
    </message>
    <message>
        <source>Last hour · 1 min</source>
        <translation>Letzte Stunde · 1 min</translation>
    </message>
    <message>
        <source>Last day · 1 min</source>
        <translation>Letzter Tag · 1 min</translation>
    </message>
    <message>
        <source>1-second periods are kept for the last hour, 1-minute periods for the last day</source>
        <translation>1-Sekunden-Perioden werden für die letzte Stunde aufbewahrt, 1-Minuten-Perioden für den letzten Tag</translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation>Alle APIs</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stages</translation>
    </message>
    <message>
        <source>All routes</source>
        <translation>Alle Routen</translation>
    </message>
    <message>
        <source>any API</source>
        <translation>jede API</translation>
    </message>
    <message>
        <source>the last 5 minutes</source>
        <translation>die letzten 5 Minuten</translation>
    </message>
    <message>
        <source>the last 15 minutes</source>
        <translation>die letzten 15 Minuten</translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation>die letzte Stunde</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>den letzten Tag</translation>
    </message>
    <message>
        <source>No project is open. Open one with File ▸ Open and send it requests: their Count, errors and latency are charted here, per API, stage and route, as CloudWatch names them.</source>
        <translation>Es ist kein Projekt geöffnet. Öffnen Sie eines mit Datei ▸ Öffnen und senden Sie ihm Anfragen: Deren Count, Fehler und Latenz werden hier pro API, Stage und Route als Diagramm dargestellt, so wie CloudWatch sie benennt.</translation>
    </message>
    <message>
        <source>1-second periods</source>
        <translation>1-Sekunden-Perioden</translation>
    </message>
    <message>
        <source>1-minute periods</source>
        <translation>1-Minuten-Perioden</translation>
    </message>
    <message>
        <source>All APIs, summed · %1 over %2</source>
        <translation>Alle APIs, summiert · %1 über %2</translation>
    </message>
    <message>
        <source>Dimensions %1 · %2 over %3</source>
        <translation>Dimensionen %1 · %2 über %3</translation>
    </message>
    <message>
        <source>No connections or messages to %1 in %2. Connect to the invoke URL and send a message: it is charted here within a second; older traffic shows with a longer range.</source>
        <translation>Keine Verbindungen oder Nachrichten zu %1 in %2. Verbinden Sie sich mit der Aufruf-URL und senden Sie eine Nachricht: Sie erscheint hier innerhalb einer Sekunde; älterer Datenverkehr wird bei einem längeren Zeitraum angezeigt.</translation>
    </message>
    <message>
        <source>No requests to %1 in %2. Send one to the invoke URL: it is charted here within a second; older traffic shows with a longer range.</source>
        <translation>Keine Anfragen an %1 in %2. Senden Sie eine an die Aufruf-URL: Sie erscheint hier innerhalb einer Sekunde; älterer Datenverkehr wird bei einem längeren Zeitraum angezeigt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>p50 %1 · p90 %2 · p99 %3</source>
        <translation>p50 %1 · p90 %2 · p99 %3</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation>%1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>connects</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>1 connect</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>%1 connects</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 client · %2 integration · %3 execution</source>
        <translation>%1 Client · %2 Integration · %3 Ausführung</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>%1 hits · %2 misses</source>
        <translation>%1 Treffer · %2 Fehlschläge</translation>
    </message>
</context>
<context>
    <name>gw::ui::MintTokenDialog</name>
    <message>
        <source>Mint Test Token</source>
        <translation>Test-Token ausstellen</translation>
    </message>
    <message>
        <source>Signed with this project&apos;s local identity provider key (%1). JWT authorizers whose issuer is the provider, and Cognito user pools without declared keys, accept it.</source>
        <translation>Signiert mit dem Schlüssel des lokalen Identitätsanbieters dieses Projekts (%1). JWT-Genehmiger, deren Aussteller dieser Anbieter ist, und Cognito-Benutzerpools ohne deklarierte Schlüssel akzeptieren es.</translation>
    </message>
    <message>
        <source>%1 (%2, API %3)</source>
        <translation>%1 (%2, API %3)</translation>
    </message>
    <message>
        <source>Cognito user pool</source>
        <translation>Cognito-Benutzerpool</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>None: issued by the local provider (%1)</source>
        <translation>Keiner: ausgestellt vom lokalen Anbieter (%1)</translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>&amp;Authorizer:</source>
        <translation>&amp;Genehmiger:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>&amp;Subject (sub):</source>
        <translation>&amp;Subjekt (sub):</translation>
    </message>
    <message>
        <source>space-separated, e.g. read write</source>
        <translation>durch Leerzeichen getrennt, z. B. read write</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>&amp;Bereiche:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>one NAME=VALUE per line, e.g. email=ana@example.com</source>
        <translation>ein NAME=WERT pro Zeile, z. B. email=ana@example.com</translation>
    </message>
    <message>
        <source>Extra claims</source>
        <translation>Weitere Claims</translation>
    </message>
    <message>
        <source>E&amp;xtra claims:</source>
        <translation>&amp;Weitere Claims:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds until exp; a negative value makes an already expired token.</source>
        <translation>Sekunden bis exp; ein negativer Wert erzeugt ein bereits abgelaufenes Token.</translation>
    </message>
    <message>
        <source>Lifetime in seconds</source>
        <translation>Lebensdauer in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Claims of the token</source>
        <translation>Claims des Tokens</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>&amp;Mint</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation>&amp;Token kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Header</source>
        <translation>Als &amp;Header kopieren</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>default: gatehouse-local-client (the app client id)</source>
        <translation>Standard: gatehouse-local-client (die App-Client-ID)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This project has no local identity provider key.</source>
        <translation>Dieses Projekt hat keinen Schlüssel für einen lokalen Identitätsanbieter.</translation>
    </message>
    <message>
        <source>Extra claims, line %1: write NAME=VALUE, e.g. email=ana@example.com (got “%2”).</source>
        <translation>Weitere Claims, Zeile %1: Schreiben Sie NAME=WERT, z. B. email=ana@example.com (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the token.</source>
        <translation>OpenSSL konnte das Token nicht signieren.</translation>
    </message>
    <message>
        <source>Expired at %1: authorizers will answer 401.</source>
        <translation>Abgelaufen am %1: Genehmiger antworten mit 401.</translation>
    </message>
    <message>
        <source>Valid until %1 (UTC).</source>
        <translation>Gültig bis %1 (UTC).</translation>
    </message>
</context>
<context>
    <name>gw::ui::ModelEditor</name>
    <message>
        <source>request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>JSON syntax: %1</source>
        <translation>JSON-Syntax: %1</translation>
    </message>
    <message>
        <source>A model is a JSON object (a JSON Schema draft 4 document); this is a %1.</source>
        <translation>Ein Modell ist ein JSON-Objekt (ein Dokument nach JSON Schema Draft 4); dies hat den Typ %1.</translation>
    </message>
    <message>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <source>%1: a type is one of array, boolean, integer, null, number, object, string (or a list of them).</source>
        <translation>%1: Ein Typ ist einer von array, boolean, integer, null, number, object, string (oder eine Liste davon).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON Schema draft 4: %2</source>
        <translation>%1 ist kein gültiges JSON Schema Draft 4: %2</translation>
    </message>
    <message>
        <source>$ref names the model %1, which this API does not have; add it under Models or fix the name.</source>
        <translation>$ref nennt das Modell %1, das diese API nicht hat; fügen Sie es unter „Modelle“ hinzu oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>$ref %1 points outside the API; API Gateway resolves only its own models (#/components/schemas/NAME).</source>
        <translation>$ref %1 verweist außerhalb der API; API Gateway löst nur eigene Modelle auf (#/components/schemas/NAME).</translation>
    </message>
    <message>
        <source>Request validation cannot use this model: %1</source>
        <translation>Dieses Modell kann von der Anfragevalidierung nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>Letters and digits; renaming also renames the references to the model</source>
        <translation>Buchstaben und Ziffern; beim Umbenennen werden auch die Verweise auf das Modell umbenannt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Model content type</source>
        <translation>Inhaltstyp des Modells</translation>
    </message>
    <message>
        <source>API Gateway imports every model of an OpenAPI document as application/json; a method&apos;s request body chooses the model per content type</source>
        <translation>API Gateway importiert jedes Modell eines OpenAPI-Dokuments als application/json; der Anfrage-Body einer Methode wählt das Modell pro Inhaltstyp</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>Where the model is used</source>
        <translation>Wo das Modell verwendet wird</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON Schema</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Schema-Prüfung</translation>
    </message>
    <message>
        <source>No model selected.</source>
        <translation>Kein Modell ausgewählt.</translation>
    </message>
    <message>
        <source>The model %1 of API %2 no longer exists. Select another item in the explorer.</source>
        <translation>Das Modell %1 der API %2 existiert nicht mehr. Wählen Sie im Explorer ein anderes Element aus.</translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation>Modell %1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no method yet</source>
        <translation>noch keine Methode</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Edit model %1</source>
        <translation>Modell %1 bearbeiten</translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema draft 4 model, as API Gateway validates request bodies with it.</source>
        <translation>✓ Ein gültiges Modell nach JSON Schema Draft 4, so wie API Gateway damit Anfrage-Bodys validiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); line %1: %2</source>
        <translation>
            <numerusform>%n Problem; Zeile %1: %2</numerusform>
            <numerusform>%n Probleme; Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A model name is letters and digits only (API Gateway&apos;s rule); “%1” is not one.</source>
        <translation>Ein Modellname besteht nur aus Buchstaben und Ziffern (Regel von API Gateway); „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>The API already has a model called %1.</source>
        <translation>Die API hat bereits ein Modell namens %1.</translation>
    </message>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Modell %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>gw::ui::NewApiWizard</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; that is no OpenAPI document Gatehouse imports.</source>
        <translation>%1 ist größer als %2 MB; das ist kein OpenAPI-Dokument, das Gatehouse importiert.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML or JSON: line %2: %3.</source>
        <translation>%1 ist kein gültiges YAML oder JSON: Zeile %2: %3.</translation>
    </message>
    <message>
        <source>%1 is a Gatehouse project, not an OpenAPI document: open it with File ▸ Open.</source>
        <translation>%1 ist ein Gatehouse-Projekt, kein OpenAPI-Dokument: Öffnen Sie es mit Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>it holds no API.</source>
        <translation>es enthält keine API.</translation>
    </message>
    <message>
        <source>New API</source>
        <translation>Neue API</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;REST API</source>
        <translation>&amp;REST-API</translation>
    </message>
    <message>
        <source>Resources and methods, mapping templates, API keys, caching: API Gateway&apos;s first kind</source>
        <translation>Ressourcen und Methoden, Zuordnungsvorlagen, API-Schlüssel, Caching: die erste Art von API Gateway</translation>
    </message>
    <message>
        <source>&amp;HTTP API</source>
        <translation>&amp;HTTP-API</translation>
    </message>
    <message>
        <source>Routes with Lambda or HTTP proxy integrations and JWT authorizers: cheaper and simpler</source>
        <translation>Routen mit Lambda- oder HTTP-Proxy-Integrationen und JWT-Genehmigern: günstiger und einfacher</translation>
    </message>
    <message>
        <source>&amp;WebSocket API</source>
        <translation>&amp;WebSocket-API</translation>
    </message>
    <message>
        <source>Long-lived connections whose messages are routed by a selection expression</source>
        <translation>Langlebige Verbindungen, deren Nachrichten über einen Auswahlausdruck geroutet werden</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation>&amp;Beispiel</translation>
    </message>
    <message>
        <source>&amp;OpenAPI document</source>
        <translation>&amp;OpenAPI-Dokument</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Reading the examples…</source>
        <translation>Beispiele werden gelesen…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>OpenAPI-Dokument</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose an OpenAPI document</source>
        <translation>Ein OpenAPI-Dokument auswählen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Orders</source>
        <translation>z. B. Orders</translation>
    </message>
    <message>
        <source>API id</source>
        <translation>API-ID</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>aus dem Titel</translation>
    </message>
    <message>
        <source>The {apiId} of the invoke URL: lower-case letters, digits and &apos;-&apos;</source>
        <translation>Die {apiId} der Aufruf-URL: Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>API &amp;id:</source>
        <translation>API-&amp;ID:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>No examples are installed</source>
        <translation>Es sind keine Beispiele installiert</translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation>%1 (%2, aus %3)</translation>
    </message>
    <message>
        <source>Import OpenAPI Document</source>
        <translation>OpenAPI-Dokument importieren</translation>
    </message>
    <message>
        <source>OpenAPI and Swagger documents (*.yaml *.yml *.json);;All files (*)</source>
        <translation>OpenAPI- und Swagger-Dokumente (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The API id `%1` may contain only lower-case letters, digits and &apos;-&apos; (it is part of the invoke URL&apos;s host name).</source>
        <translation>Die API-ID `%1` darf nur Kleinbuchstaben, Ziffern und &apos;-&apos; enthalten (sie ist Teil des Hostnamens der Aufruf-URL).</translation>
    </message>
    <message>
        <source>Enter a title for the new API.</source>
        <translation>Geben Sie einen Titel für die neue API ein.</translation>
    </message>
    <message>
        <source>Choose the OpenAPI 3.0 or Swagger 2.0 document to import (JSON or YAML).</source>
        <translation>Wählen Sie das zu importierende OpenAPI-3.0- oder Swagger-2.0-Dokument aus (JSON oder YAML).</translation>
    </message>
    <message>
        <source>Choose an example.</source>
        <translation>Wählen Sie ein Beispiel aus.</translation>
    </message>
    <message>
        <source>The project already has an API %1; the new one gets a free id beside it.</source>
        <translation>Das Projekt hat bereits eine API %1; die neue erhält eine freie ID daneben.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Created with the API</source>
        <translation>Mit der API erstellt</translation>
    </message>
</context>
<context>
    <name>gw::ui::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>gw::ui::OverviewPage</name>
    <message>
        <source>copy</source>
        <translation>kopieren</translation>
    </message>
    <message>
        <source>Project overview</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>The gateway is stopped. Start it (Gateway ▸ Start) to get invoke URLs.</source>
        <translation>Das Gateway ist gestoppt. Starten Sie es (Gateway ▸ Starten), um Aufruf-URLs zu erhalten.</translation>
    </message>
    <message>
        <source>No stages: nothing of this API is served.</source>
        <translation>Keine Stages: Von dieser API wird nichts ausgeliefert.</translation>
    </message>
    <message>
        <source>Stage &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Stage &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · auto-deploys the working definition</source>
        <translation> · stellt die Arbeitsdefinition automatisch bereit</translation>
    </message>
    <message>
        <source> · deployment %1</source>
        <translation> · Bereitstellung %1</translation>
    </message>
    <message>
        <source>undeployed changes: the routes below are what the stage serves, not the working copy</source>
        <translation>nicht bereitgestellte Änderungen: Die Routen unten zeigen, was die Stage ausliefert, nicht die Arbeitskopie</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>bereitstellen</translation>
    </message>
    <message>
        <source>Invoke URL</source>
        <translation>Aufruf-URL</translation>
    </message>
    <message>
        <source>Path form</source>
        <translation>Pfadform</translation>
    </message>
    <message>
        <source>Not served: see the problems below.</source>
        <translation>Nicht ausgeliefert: Siehe die Probleme unten.</translation>
    </message>
    <message>
        <source>Route selection:</source>
        <translation>Routenauswahl:</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source> (two-way)</source>
        <translation> (bidirektional)</translation>
    </message>
    <message>
        <source>No routes.</source>
        <translation>Keine Routen.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Fidelity: what is not emulated</source>
        <translation>Genauigkeit: was nicht emuliert wird</translation>
    </message>
    <message>
        <source>Everything these APIs use is emulated.</source>
        <translation>Alles, was diese APIs verwenden, wird emuliert.</translation>
    </message>
    <message>
        <source>partly emulated</source>
        <translation>teilweise emuliert</translation>
    </message>
    <message>
        <source>not emulated</source>
        <translation>nicht emuliert</translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation> (Stage %1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source> (%1:%2, logical id %3)</source>
        <translation> (%1:%2, logische ID %3)</translation>
    </message>
    <message>
        <source>CORS: API Gateway answers preflights and adds the Access-Control-* headers.</source>
        <translation>CORS: API Gateway beantwortet Preflights und fügt die Access-Control-*-Header hinzu.</translation>
    </message>
    <message>
        <source>CORS: not configured.</source>
        <translation>CORS: nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Edit CORS…</source>
        <translation>CORS bearbeiten…</translation>
    </message>
    <message>
        <source>Configure CORS…</source>
        <translation>CORS konfigurieren…</translation>
    </message>
    <message>
        <source> · canary: %1 % of requests get deployment %2</source>
        <translation> · Canary: %1 % der Anfragen erhalten Bereitstellung %2</translation>
    </message>
</context>
<context>
    <name>gw::ui::PairsTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>gw::ui::ProblemsPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>(input)</source>
        <translation>(Eingabe)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>last edit</source>
        <translation>letzte Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>This file could not be opened; the open project is unchanged.</source>
        <translation>Diese Datei konnte nicht geöffnet werden; das geöffnete Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>This file could not be opened.</source>
        <translation>Diese Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>CORS: %1 Fix: %2</source>
        <translation>CORS: %1 Korrektur: %2</translation>
    </message>
    <message>
        <source>usage plan %1</source>
        <translation>Nutzungsplan %1</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>Funktion %1</translation>
    </message>
    <message>
        <source>%1 · authorizer %2</source>
        <translation>%1 · Genehmiger %2</translation>
    </message>
    <message>
        <source>%1 · model %2</source>
        <translation>%1 · Modell %2</translation>
    </message>
    <message>
        <source>%1 · validator %2</source>
        <translation>%1 · Validator %2</translation>
    </message>
    <message>
        <source>%1 · gateway response %2</source>
        <translation>%1 · Gateway-Antwort %2</translation>
    </message>
    <message>
        <source>%1 · integration %2</source>
        <translation>%1 · Integration %2</translation>
    </message>
    <message>
        <source>%1 · stage %2</source>
        <translation>%1 · Stage %2</translation>
    </message>
    <message>
        <source>%1
%2
Double-click to open it.</source>
        <translation>%1
%2
Zum Öffnen doppelklicken.</translation>
    </message>
    <message>
        <source>%1
Double-click to open it.</source>
        <translation>%1
Zum Öffnen doppelklicken.</translation>
    </message>
</context>
<context>
    <name>gw::ui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>There is no project file to save to yet; use Save As.</source>
        <translation>Es gibt noch keine Projektdatei zum Speichern; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>%1 is the OpenAPI document this project was made from; a project file would replace it. Choose another name, such as %2.</source>
        <translation>%1 ist das OpenAPI-Dokument, aus dem dieses Projekt erstellt wurde; eine Projektdatei würde es ersetzen. Wählen Sie einen anderen Namen, z. B. %2.</translation>
    </message>
</context>
<context>
    <name>gw::ui::ProjectEdits</name>
    <message>
        <source>Enter a name for the %1.</source>
        <translation>%1: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The %1 name `%2` may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der %1-Name `%2` darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <source>Enter a stage name such as dev or prod.</source>
        <translation>Geben Sie einen Stage-Namen wie dev oder prod ein.</translation>
    </message>
    <message>
        <source>The stage name `%1` may contain only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128); HTTP APIs may also have $default.</source>
        <translation>Der Stage-Name `%1` darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten (höchstens 128); HTTP-APIs können auch $default haben.</translation>
    </message>
    <message>
        <source>API %1 already has a stage %2.</source>
        <translation>API %1 hat bereits eine Stage %2.</translation>
    </message>
    <message>
        <source>The function name `%1` must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Der Funktionsname `%1` muss aus 1 bis 64 Buchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; bestehen.</translation>
    </message>
    <message>
        <source>The project already has a function %1.</source>
        <translation>Das Projekt hat bereits eine Funktion %1.</translation>
    </message>
    <message>
        <source>Enter a path part such as pets, {petId} or {proxy+}.</source>
        <translation>Geben Sie einen Pfadteil wie pets, {petId} oder {proxy+} ein.</translation>
    </message>
    <message>
        <source>`%1`: a path part cannot contain &apos;/&apos;; add one resource for each part.</source>
        <translation>`%1`: Ein Pfadteil darf kein &apos;/&apos; enthalten; fügen Sie für jeden Teil eine Ressource hinzu.</translation>
    </message>
    <message>
        <source>API %1 has no resource %2.</source>
        <translation>API %1 hat keine Ressource %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid resource path: %2.</source>
        <translation>%1 ist kein gültiger Ressourcenpfad: %2.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>A sibling (%1) of this resource already has a variable path part -- only one is allowed.</source>
        <translation>Eine Geschwister-Ressource (%1) dieser Ressource hat bereits einen variablen Pfadteil – nur einer ist erlaubt.</translation>
    </message>
    <message>
        <source>`%1` is not a route key: write METHOD /path (%2), e.g. GET /pets, or $default.</source>
        <translation>`%1` ist kein Routenschlüssel: Schreiben Sie METHODE /pfad (%2), z. B. GET /pets, oder $default.</translation>
    </message>
    <message>
        <source>`%1` is not a valid route path: %2.</source>
        <translation>`%1` ist kein gültiger Routenpfad: %2.</translation>
    </message>
    <message>
        <source>Enter a route key: $connect, $disconnect, $default or the value the route selection expression gives (e.g. sendmessage).</source>
        <translation>Geben Sie einen Routenschlüssel ein: $connect, $disconnect, $default oder den Wert, den der Routenauswahlausdruck liefert (z. B. sendmessage).</translation>
    </message>
    <message>
        <source>Route keys starting with $ are reserved: use $connect, $disconnect or $default, or a key without $.</source>
        <translation>Routenschlüssel, die mit $ beginnen, sind reserviert: Verwenden Sie $connect, $disconnect oder $default oder einen Schlüssel ohne $.</translation>
    </message>
    <message>
        <source>API %1 already has a route %2.</source>
        <translation>API %1 hat bereits eine Route %2.</translation>
    </message>
    <message>
        <source>REST API</source>
        <translation>REST-API</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP-API</translation>
    </message>
    <message>
        <source>WebSocket API</source>
        <translation>WebSocket-API</translation>
    </message>
    <message>
        <source>Lambda TOKEN authorizer</source>
        <translation>Lambda-TOKEN-Genehmiger</translation>
    </message>
    <message>
        <source>Lambda REQUEST authorizer</source>
        <translation>Lambda-REQUEST-Genehmiger</translation>
    </message>
    <message>
        <source>Cognito user pool authorizer</source>
        <translation>Cognito-Benutzerpool-Genehmiger</translation>
    </message>
    <message>
        <source>JWT authorizer</source>
        <translation>JWT-Genehmiger</translation>
    </message>
    <message>
        <source>The project has no API %1.</source>
        <translation>Das Projekt hat keine API %1.</translation>
    </message>
    <message>
        <source>%1 is an %2: it has routes, not resources.</source>
        <translation>%1 ist eine %2: Sie hat Routen, keine Ressourcen.</translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation>Ressource %1 hinzufügen</translation>
    </message>
    <message>
        <source>`%1` is not a method API Gateway has; choose one of %2.</source>
        <translation>`%1` ist keine Methode, die API Gateway kennt; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>%1 already has a %2 method.</source>
        <translation>%1 hat bereits eine %2-Methode.</translation>
    </message>
    <message>
        <source>Add method %1 %2</source>
        <translation>Methode %1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 %2 answers 200 through a MOCK integration until you give it another integration.</source>
        <translation>%1 %2 antwortet über eine MOCK-Integration mit 200, bis Sie ihr eine andere Integration zuweisen.</translation>
    </message>
    <message>
        <source>%1 is a REST API: add resources and methods instead of routes.</source>
        <translation>%1 ist eine REST-API: Fügen Sie Ressourcen und Methoden statt Routen hinzu.</translation>
    </message>
    <message>
        <source>Add route %1</source>
        <translation>Route %1 hinzufügen</translation>
    </message>
    <message>
        <source>Route %1 has a MOCK integration that accepts the message until you give it another one.</source>
        <translation>Route %1 hat eine MOCK-Integration, die die Nachricht annimmt, bis Sie ihr eine andere zuweisen.</translation>
    </message>
    <message>
        <source>Route %1 has no integration yet and answers 500 until you give it one (HTTP APIs have no MOCK integrations).</source>
        <translation>Route %1 hat noch keine Integration und antwortet mit 500, bis Sie ihr eine zuweisen (HTTP-APIs haben keine MOCK-Integrationen).</translation>
    </message>
    <message>
        <source>Stage %1 deploys automatically: it serves every change at once.</source>
        <translation>Stage %1 wird automatisch bereitgestellt: Sie liefert jede Änderung sofort aus.</translation>
    </message>
    <message>
        <source>Stage %1 serves deployment %2; deploy (F5) to serve the working copy.</source>
        <translation>Stage %1 liefert Bereitstellung %2 aus; stellen Sie bereit (F5), um die Arbeitskopie auszuliefern.</translation>
    </message>
    <message>
        <source>Stage %1 serves nothing until you deploy to it (F5).</source>
        <translation>Stage %1 liefert nichts aus, bis Sie auf ihr bereitstellen (F5).</translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>Stage %1 hinzufügen</translation>
    </message>
    <message>
        <source>authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>A %1 cannot have a %2.</source>
        <translation>Eine %1 kann keinen %2 haben.</translation>
    </message>
    <message>
        <source>It calls function %1, which the project does not have yet: add it under Functions, or choose another function in the authorizer&apos;s editor.</source>
        <translation>Er ruft die Funktion %1 auf, die das Projekt noch nicht hat: Fügen Sie sie unter „Funktionen“ hinzu oder wählen Sie im Editor des Genehmigers eine andere Funktion.</translation>
    </message>
    <message>
        <source>API %1 already has an authorizer %2.</source>
        <translation>API %1 hat bereits einen Genehmiger %2.</translation>
    </message>
    <message>
        <source>Add authorizer %1</source>
        <translation>Genehmiger %1 hinzufügen</translation>
    </message>
    <message>
        <source>API %1 already has a security scheme %2.</source>
        <translation>API %1 hat bereits ein Sicherheitsschema %2.</translation>
    </message>
    <message>
        <source>Its user pool %1 is served by the local identity provider (Tools ▸ Mint Test Token) until you name your own pool.</source>
        <translation>Sein Benutzerpool %1 wird vom lokalen Identitätsanbieter bedient (Extras ▸ Test-Token ausstellen), bis Sie Ihren eigenen Pool angeben.</translation>
    </message>
    <message>
        <source>Set its issuer in the authorizer&apos;s editor; until then it refuses every token.</source>
        <translation>Legen Sie seinen Aussteller im Editor des Genehmigers fest; bis dahin lehnt er jedes Token ab.</translation>
    </message>
    <message>
        <source>Its issuer is the local identity provider (Tools ▸ Mint Test Token); audience %1.</source>
        <translation>Sein Aussteller ist der lokale Identitätsanbieter (Extras ▸ Test-Token ausstellen); Zielgruppe %1.</translation>
    </message>
    <message>
        <source>Gatehouse keeps models of REST and HTTP APIs only.</source>
        <translation>Gatehouse verwaltet Modelle nur für REST- und HTTP-APIs.</translation>
    </message>
    <message>
        <source>Enter a model name such as Pet.</source>
        <translation>Geben Sie einen Modellnamen wie Pet ein.</translation>
    </message>
    <message>
        <source>The model name `%1` may contain only letters and digits (AWS&apos;s rule).</source>
        <translation>Der Modellname `%1` darf nur Buchstaben und Ziffern enthalten (Regel von AWS).</translation>
    </message>
    <message>
        <source>API %1 already has a model %2.</source>
        <translation>API %1 hat bereits ein Modell %2.</translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation>Modell %1 hinzufügen</translation>
    </message>
    <message>
        <source>Request validators belong to REST APIs; %1 is an %2.</source>
        <translation>Anfragevalidatoren gehören zu REST-APIs; %1 ist eine %2.</translation>
    </message>
    <message>
        <source>Enter a validator name such as &quot;Validate body&quot; (no &apos;:&apos;).</source>
        <translation>Geben Sie einen Validatornamen wie &quot;Validate body&quot; ein (ohne &apos;:&apos;).</translation>
    </message>
    <message>
        <source>API %1 already has a request validator %2.</source>
        <translation>API %1 hat bereits einen Anfragevalidator %2.</translation>
    </message>
    <message>
        <source>Add request validator %1</source>
        <translation>Anfragevalidator %1 hinzufügen</translation>
    </message>
    <message>
        <source>Methods use it once you choose it as their request validator.</source>
        <translation>Methoden verwenden ihn, sobald Sie ihn als ihren Anfragevalidator auswählen.</translation>
    </message>
    <message>
        <source>Gateway responses belong to REST APIs; %1 is an %2.</source>
        <translation>Gateway-Antworten gehören zu REST-APIs; %1 ist eine %2.</translation>
    </message>
    <message>
        <source>`%1` is not a gateway response type; choose one of %2.</source>
        <translation>`%1` ist kein Gateway-Antworttyp; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>API %1 already customises gateway response %2.</source>
        <translation>API %1 passt die Gateway-Antwort %2 bereits an.</translation>
    </message>
    <message>
        <source>Add gateway response %1</source>
        <translation>Gateway-Antwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>Reusable integrations belong to HTTP APIs; %1 is a %2.</source>
        <translation>Wiederverwendbare Integrationen gehören zu HTTP-APIs; %1 ist eine %2.</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>API %1 already has an integration %2.</source>
        <translation>API %1 hat bereits eine Integration %2.</translation>
    </message>
    <message>
        <source>It calls function %1; routes use it once you choose it as their integration.</source>
        <translation>Sie ruft die Funktion %1 auf; Routen verwenden sie, sobald Sie sie als ihre Integration auswählen.</translation>
    </message>
    <message>
        <source>It forwards to http://127.0.0.1:8080 until you set its URL; routes use it once you choose it as their integration.</source>
        <translation>Sie leitet an http://127.0.0.1:8080 weiter, bis Sie ihre URL festlegen; Routen verwenden sie, sobald Sie sie als ihre Integration auswählen.</translation>
    </message>
    <message>
        <source>Add integration %1</source>
        <translation>Integration %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add function %1</source>
        <translation>Funktion %1 hinzufügen</translation>
    </message>
    <message>
        <source>Function %1 runs %2/index.js (export handler) with Node.js 20, relative to the project file; change its runtime, folder and handler in its editor.</source>
        <translation>Funktion %1 führt %2/index.js (export handler) mit Node.js 20 aus, relativ zur Projektdatei; ändern Sie Laufzeit, Ordner und Handler in ihrem Editor.</translation>
    </message>
    <message>
        <source>Enter a usage plan name such as basic (no &apos;:&apos;).</source>
        <translation>Geben Sie einen Nutzungsplannamen wie basic ein (ohne &apos;:&apos;).</translation>
    </message>
    <message>
        <source>The project already has a usage plan %1.</source>
        <translation>Das Projekt hat bereits einen Nutzungsplan %1.</translation>
    </message>
    <message>
        <source>Add usage plan %1</source>
        <translation>Nutzungsplan %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add API stages and limits to usage plan %1 in its editor.</source>
        <translation>Fügen Sie dem Nutzungsplan %1 in seinem Editor API-Stages und Limits hinzu.</translation>
    </message>
    <message>
        <source>Enter an API key name such as alice (no &apos;:&apos;).</source>
        <translation>Geben Sie einen API-Schlüsselnamen wie alice ein (ohne &apos;:&apos;).</translation>
    </message>
    <message>
        <source>The project already has an API key %1.</source>
        <translation>Das Projekt hat bereits einen API-Schlüssel %1.</translation>
    </message>
    <message>
        <source>Add API key %1</source>
        <translation>API-Schlüssel %1 hinzufügen</translation>
    </message>
    <message>
        <source>API key %1 has a new random value; add it to a usage plan in its editor.</source>
        <translation>API-Schlüssel %1 hat einen neuen zufälligen Wert; fügen Sie ihn in seinem Editor einem Nutzungsplan hinzu.</translation>
    </message>
    <message>
        <source>Add API %1</source>
        <translation>API %1 hinzufügen</translation>
    </message>
    <message>
        <source>Also added function(s) %1.</source>
        <translation>Außerdem Funktion(en) %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>This item cannot be renamed.</source>
        <translation>Dieses Element kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>That is its name already.</source>
        <translation>Das ist bereits sein Name.</translation>
    </message>
    <message>
        <source>The project has no function %1.</source>
        <translation>Das Projekt hat keine Funktion %1.</translation>
    </message>
    <message>
        <source>Rename function %1 to %2</source>
        <translation>Funktion %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>The project has no usage plan %1.</source>
        <translation>Das Projekt hat keinen Nutzungsplan %1.</translation>
    </message>
    <message>
        <source>Rename usage plan %1 to %2</source>
        <translation>Nutzungsplan %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>The project has no API key %1.</source>
        <translation>Das Projekt hat keinen API-Schlüssel %1.</translation>
    </message>
    <message>
        <source>Rename API key %1 to %2</source>
        <translation>API-Schlüssel %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Rename resource %1 to %2</source>
        <translation>Ressource %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>API %1 has no route %2.</source>
        <translation>API %1 hat keine Route %2.</translation>
    </message>
    <message>
        <source>Rename route %1 to %2</source>
        <translation>Route %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>API %1 has no stage %2.</source>
        <translation>API %1 hat keine Stage %2.</translation>
    </message>
    <message>
        <source>Rename stage %1 to %2</source>
        <translation>Stage %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>API %1 has no authorizer %2.</source>
        <translation>API %1 hat keinen Genehmiger %2.</translation>
    </message>
    <message>
        <source>Rename authorizer %1 to %2</source>
        <translation>Genehmiger %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>API %1 has no model %2.</source>
        <translation>API %1 hat kein Modell %2.</translation>
    </message>
    <message>
        <source>Rename model %1 to %2</source>
        <translation>Modell %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>API %1 has no request validator %2.</source>
        <translation>API %1 hat keinen Anfragevalidator %2.</translation>
    </message>
    <message>
        <source>Rename request validator %1 to %2</source>
        <translation>Anfragevalidator %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>API %1 does not customise gateway response %2.</source>
        <translation>API %1 passt die Gateway-Antwort %2 nicht an.</translation>
    </message>
    <message>
        <source>Change gateway response %1 to %2</source>
        <translation>Gateway-Antwort %1 in %2 ändern</translation>
    </message>
    <message>
        <source>API %1 has no integration %2.</source>
        <translation>API %1 hat keine Integration %2.</translation>
    </message>
    <message>
        <source>Rename integration %1 to %2</source>
        <translation>Integration %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>This item cannot be duplicated.</source>
        <translation>Dieses Element kann nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>Duplicate function %1</source>
        <translation>Funktion %1 duplizieren</translation>
    </message>
    <message>
        <source>The copy runs the same code folder.</source>
        <translation>Die Kopie führt denselben Code-Ordner aus.</translation>
    </message>
    <message>
        <source>Duplicate usage plan %1</source>
        <translation>Nutzungsplan %1 duplizieren</translation>
    </message>
    <message>
        <source>No API key uses the copy yet.</source>
        <translation>Noch kein API-Schlüssel verwendet die Kopie.</translation>
    </message>
    <message>
        <source>Duplicate API key %1</source>
        <translation>API-Schlüssel %1 duplizieren</translation>
    </message>
    <message>
        <source>The copy has its own random value and the same usage plans.</source>
        <translation>Die Kopie hat einen eigenen zufälligen Wert und dieselben Nutzungspläne.</translation>
    </message>
    <message>
        <source>%1 is a variable path part, and a resource can have only one variable child: add a resource instead.</source>
        <translation>%1 ist ein variabler Pfadteil, und eine Ressource kann nur ein variables Kind haben: Fügen Sie stattdessen eine Ressource hinzu.</translation>
    </message>
    <message>
        <source>Duplicate resource %1</source>
        <translation>Ressource %1 duplizieren</translation>
    </message>
    <message>
        <source>%1 has the same methods and sub-resources as %2.</source>
        <translation>%1 hat dieselben Methoden und Unterressourcen wie %2.</translation>
    </message>
    <message>
        <source>Duplicate route %1</source>
        <translation>Route %1 duplizieren</translation>
    </message>
    <message>
        <source>%1 ends in a greedy path variable; nothing can be added after it. Add a route instead.</source>
        <translation>%1 endet mit einer gierigen Pfadvariablen; danach kann nichts angefügt werden. Fügen Sie stattdessen eine Route hinzu.</translation>
    </message>
    <message>
        <source>Duplicate stage %1</source>
        <translation>Stage %1 duplizieren</translation>
    </message>
    <message>
        <source>Stage %1 serves what %2 serves; no usage plan covers it yet.</source>
        <translation>Stage %1 liefert aus, was %2 ausliefert; noch deckt kein Nutzungsplan sie ab.</translation>
    </message>
    <message>
        <source>Duplicate authorizer %1</source>
        <translation>Genehmiger %1 duplizieren</translation>
    </message>
    <message>
        <source>Duplicate model %1</source>
        <translation>Modell %1 duplizieren</translation>
    </message>
    <message>
        <source>Duplicate request validator %1</source>
        <translation>Anfragevalidator %1 duplizieren</translation>
    </message>
    <message>
        <source>Duplicate integration %1</source>
        <translation>Integration %1 duplizieren</translation>
    </message>
    <message>
        <source>API %1 has no %2 %3.</source>
        <translation>API %1 hat kein %2 %3.</translation>
    </message>
    <message>
        <source>This item cannot be deleted.</source>
        <translation>Dieses Element kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete function %1</source>
        <translation>Funktion %1 löschen</translation>
    </message>
    <message>
        <source>Delete usage plan %1</source>
        <translation>Nutzungsplan %1 löschen</translation>
    </message>
    <message>
        <source>Delete API key %1</source>
        <translation>API-Schlüssel %1 löschen</translation>
    </message>
    <message>
        <source>Delete API %1</source>
        <translation>API %1 löschen</translation>
    </message>
    <message>
        <source>Delete resource %1</source>
        <translation>Ressource %1 löschen</translation>
    </message>
    <message>
        <source>%1 has no %2 method.</source>
        <translation>%1 hat keine %2-Methode.</translation>
    </message>
    <message>
        <source>Delete method %1 %2</source>
        <translation>Methode %1 %2 löschen</translation>
    </message>
    <message>
        <source>Delete route %1</source>
        <translation>Route %1 löschen</translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation>Stage %1 löschen</translation>
    </message>
    <message>
        <source>Delete authorizer %1</source>
        <translation>Genehmiger %1 löschen</translation>
    </message>
    <message>
        <source>Delete model %1</source>
        <translation>Modell %1 löschen</translation>
    </message>
    <message>
        <source>Delete request validator %1</source>
        <translation>Anfragevalidator %1 löschen</translation>
    </message>
    <message>
        <source>Delete gateway response %1</source>
        <translation>Gateway-Antwort %1 löschen</translation>
    </message>
    <message>
        <source>Delete integration %1</source>
        <translation>Integration %1 löschen</translation>
    </message>
    <message>
        <source>Delete function %1?</source>
        <translation>Funktion %1 löschen?</translation>
    </message>
    <message>
        <source>Delete function %1? It is used by %2; they answer 500 until they call another function.</source>
        <translation>Funktion %1 löschen? Sie wird von %2 verwendet; diese antworten mit 500, bis sie eine andere Funktion aufrufen.</translation>
    </message>
    <message>
        <source>Delete usage plan %1?</source>
        <translation>Nutzungsplan %1 löschen?</translation>
    </message>
    <message>
        <source>Delete usage plan %1? API key(s) %2 leave it.</source>
        <translation>Nutzungsplan %1 löschen? API-Schlüssel %2 werden daraus entfernt.</translation>
    </message>
    <message>
        <source>Delete API key %1? Clients that send it are refused.</source>
        <translation>API-Schlüssel %1 löschen? Clients, die ihn senden, werden abgewiesen.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete method %1 %2?</source>
        <translation>Methode %1 %2 löschen?</translation>
    </message>
    <message>
        <source>Delete route %1?</source>
        <translation>Route %1 löschen?</translation>
    </message>
    <message>
        <source>Delete stage %1? Its invoke URL stops answering.</source>
        <translation>Stage %1 löschen? Ihre Aufruf-URL antwortet dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete stage %1? Its invoke URL stops answering, and usage plan(s) %2 no longer cover it.</source>
        <translation>Stage %1 löschen? Ihre Aufruf-URL antwortet dann nicht mehr, und Nutzungsplan/-pläne %2 decken sie nicht mehr ab.</translation>
    </message>
    <message>
        <source>Delete authorizer %1?</source>
        <translation>Genehmiger %1 löschen?</translation>
    </message>
    <message>
        <source>Delete authorizer %1? %2 no longer require it.</source>
        <translation>Genehmiger %1 löschen? %2 benötigen ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete model %1?</source>
        <translation>Modell %1 löschen?</translation>
    </message>
    <message>
        <source>Delete request validator %1?</source>
        <translation>Anfragevalidator %1 löschen?</translation>
    </message>
    <message>
        <source>Delete gateway response %1? AWS&apos;s default response applies again.</source>
        <translation>Gateway-Antwort %1 löschen? Die Standardantwort von AWS gilt dann wieder.</translation>
    </message>
    <message>
        <source>Delete integration %1?</source>
        <translation>Integration %1 löschen?</translation>
    </message>
    <message>
        <source>Delete integration %1? %2 keep a copy of it of their own.</source>
        <translation>Integration %1 löschen? %2 behalten jeweils eine eigene Kopie davon.</translation>
    </message>
    <message>
        <source>%1 setting of API %2</source>
        <translation>%1 Einstellung von API %2</translation>
    </message>
    <message>
        <source>%1 settings of API %2</source>
        <translation>%1 Einstellungen von API %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Delete API %1 with its %2 and %3?</source>
        <translation>API %1 samt %2 und %3 löschen?</translation>
    </message>
    <message>
        <source>%1 method or route</source>
        <translation>%1 Methode oder Route</translation>
    </message>
    <message>
        <source>%1 methods and routes</source>
        <translation>%1 Methoden und Routen</translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation>%1 Stage</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 Stages</translation>
    </message>
    <message>
        <source>%1 method</source>
        <translation>%1 Methode</translation>
    </message>
    <message>
        <source>%1 methods</source>
        <translation>%1 Methoden</translation>
    </message>
    <message>
        <source>%1 sub-resource</source>
        <translation>%1 Unterressource</translation>
    </message>
    <message>
        <source>%1 sub-resources</source>
        <translation>%1 Unterressourcen</translation>
    </message>
    <message>
        <source>Delete %1 and its %2?</source>
        <translation>%1 samt %2 löschen?</translation>
    </message>
    <message>
        <source>Delete %1 and its %2 and %3?</source>
        <translation>%1 samt %2 und %3 löschen?</translation>
    </message>
    <message>
        <source>Delete model %1? %2 to it will no longer resolve.</source>
        <translation>Modell %1 löschen? Darauf verweisende Stellen werden dann nicht mehr aufgelöst (%2).</translation>
    </message>
    <message>
        <source>%1 reference</source>
        <translation>%1 Verweis</translation>
    </message>
    <message>
        <source>%1 references</source>
        <translation>%1 Verweise</translation>
    </message>
    <message>
        <source>Delete request validator %1? %2 that choose it no longer validate.</source>
        <translation>Anfragevalidator %1 löschen? Stellen, die ihn auswählen, validieren dann nicht mehr (%2).</translation>
    </message>
    <message>
        <source>%1 place</source>
        <translation>%1 Stelle</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <source>%1 is not a REST API: rename its routes instead.</source>
        <translation>%1 ist keine REST-API: Benennen Sie stattdessen ihre Routen um.</translation>
    </message>
    <message>
        <source>That is its method already.</source>
        <translation>Das ist bereits ihre Methode.</translation>
    </message>
    <message>
        <source>%1 already has a %2 method: delete or rename that one first.</source>
        <translation>%1 hat bereits eine %2-Methode: Löschen Sie diese zuerst oder benennen Sie sie um.</translation>
    </message>
    <message>
        <source>Change method %1 %2 to %3</source>
        <translation>Methode %1 %2 in %3 ändern</translation>
    </message>
    <message>
        <source>Enter a name for API %1 (its id, and so its invoke URL, stays %1).</source>
        <translation>Geben Sie einen Namen für API %1 ein (ihre ID und damit ihre Aufruf-URL bleibt %1).</translation>
    </message>
    <message>
        <source>An API name is at most 1024 characters long (AWS&apos;s limit); this one has %1.</source>
        <translation>Ein API-Name ist höchstens 1024 Zeichen lang (Limit von AWS); dieser hat %1.</translation>
    </message>
    <message>
        <source>Rename API %1 to %2</source>
        <translation>API %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>%1 already has every method; duplicate %2 to another resource instead.</source>
        <translation>%1 hat bereits jede Methode; duplizieren Sie %2 stattdessen in eine andere Ressource.</translation>
    </message>
    <message>
        <source>%1 is an %2: duplicate its routes instead.</source>
        <translation>%1 ist eine %2: Duplizieren Sie stattdessen ihre Routen.</translation>
    </message>
    <message>
        <source>API %1 has no resource %2: add it first, or choose one of its resources.</source>
        <translation>API %1 hat keine Ressource %2: Fügen Sie sie zuerst hinzu oder wählen Sie eine ihrer Ressourcen.</translation>
    </message>
    <message>
        <source>Choose another method or another resource than %1 %2 itself.</source>
        <translation>Wählen Sie eine andere Methode oder eine andere Ressource als %1 %2 selbst.</translation>
    </message>
    <message>
        <source>%1 has no path parameter for %2; change those integration request parameters.</source>
        <translation>%1 hat keinen Pfadparameter für %2; ändern Sie diese Parameter der Integrationsanfrage.</translation>
    </message>
    <message>
        <source>Duplicate method %1 %2 to %3 %4</source>
        <translation>Methode %1 %2 nach %3 %4 duplizieren</translation>
    </message>
    <message>
        <source>%1 is a %2: a CORS configuration belongs to HTTP APIs. On a REST API, enable CORS on each resource instead.</source>
        <translation>%1 ist eine %2: Eine CORS-Konfiguration gehört zu HTTP-APIs. Aktivieren Sie CORS bei einer REST-API stattdessen für jede Ressource.</translation>
    </message>
    <message>
        <source>AWS refuses this CORS configuration: %1.</source>
        <translation>AWS lehnt diese CORS-Konfiguration ab: %1.</translation>
    </message>
    <message>
        <source>Change CORS of %1</source>
        <translation>CORS von %1 ändern</translation>
    </message>
    <message>
        <source>Configure CORS of %1</source>
        <translation>CORS von %1 konfigurieren</translation>
    </message>
    <message>
        <source>API %1 has no CORS configuration to remove.</source>
        <translation>API %1 hat keine CORS-Konfiguration, die entfernt werden könnte.</translation>
    </message>
    <message>
        <source>Remove CORS of %1</source>
        <translation>CORS von %1 entfernen</translation>
    </message>
    <message>
        <source>Browsers now get no Access-Control-* headers from API Gateway for %1.</source>
        <translation>Browser erhalten von API Gateway für %1 jetzt keine Access-Control-*-Header mehr.</translation>
    </message>
    <message>
        <source>Remove the CORS configuration of API %1? API Gateway then answers no preflight and adds no Access-Control-* headers; the integrations must do it.</source>
        <translation>Die CORS-Konfiguration von API %1 entfernen? API Gateway beantwortet dann keine Preflights mehr und fügt keine Access-Control-*-Header hinzu; das müssen dann die Integrationen tun.</translation>
    </message>
</context>
<context>
    <name>gw::ui::ResendDialog</name>
    <message>
        <source>Edit and Resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The request goes to the running gateway whatever host and port the URL names; the host name picks the API as on AWS.</source>
        <translation>Die Anfrage geht an das laufende Gateway, egal welchen Host und Port die URL nennt; der Hostname wählt wie bei AWS die API aus.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>One header per line: Name: value. Content-Length and Connection are set when sending.</source>
        <translation>Ein Header pro Zeile: Name: Wert. Content-Length und Connection werden beim Senden gesetzt.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message numerus="yes">
        <source>[%Ln byte(s) of binary data: sent as captured; not editable here]</source>
        <translation>
            <numerusform>[%Ln Byte Binärdaten: wird wie aufgezeichnet gesendet; hier nicht bearbeitbar]</numerusform>
            <numerusform>[%Ln Bytes Binärdaten: werden wie aufgezeichnet gesendet; hier nicht bearbeitbar]</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the request cannot be sent</source>
        <translation>Warum die Anfrage nicht gesendet werden kann</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Headers, line %1: expected &quot;Name: value&quot;, got &quot;%2&quot;.</source>
        <translation>Header, Zeile %1: &quot;Name: Wert&quot; erwartet, erhalten: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>gw::ui::RouteEditor</name>
    <message>
        <source>A route key is METHOD /path (e.g. GET /pets/{id}) or $default; got “%1”.</source>
        <translation>Ein Routenschlüssel hat die Form METHODE /pfad (z. B. GET /pets/{id}) oder $default; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not an HTTP method; use one of %2.</source>
        <translation>„%1“ ist keine HTTP-Methode; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Path segment “%1” of %2 is not valid: use letters, digits, -._~ or a {parameter}.</source>
        <translation>Pfadsegment „%1“ von %2 ist ungültig: Verwenden Sie Buchstaben, Ziffern, -._~ oder einen {parameter}.</translation>
    </message>
    <message>
        <source>A greedy {%1} must be the last segment of the path.</source>
        <translation>Ein gieriges {%1} muss das letzte Segment des Pfads sein.</translation>
    </message>
    <message>
        <source>Route key</source>
        <translation>Routenschlüssel</translation>
    </message>
    <message>
        <source>GET /pets/{id}, ANY /{proxy+} or $default</source>
        <translation>GET /pets/{id}, ANY /{proxy+} oder $default</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>None (NONE)</source>
        <translation>Keine (NONE)</translation>
    </message>
    <message>
        <source>IAM, SigV4-signed requests (AWS_IAM)</source>
        <translation>IAM, mit SigV4 signierte Anfragen (AWS_IAM)</translation>
    </message>
    <message>
        <source>JWT authorizer (JWT)</source>
        <translation>JWT-Genehmiger (JWT)</translation>
    </message>
    <message>
        <source>Lambda authorizer (CUSTOM)</source>
        <translation>Lambda-Genehmiger (CUSTOM)</translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Authorization scopes</source>
        <translation>Autorisierungsbereiche</translation>
    </message>
    <message>
        <source>e.g. orders/read, orders/write (comma-separated; the token needs one of them)</source>
        <translation>z. B. orders/read, orders/write (durch Kommas getrennt; das Token benötigt einen davon)</translation>
    </message>
    <message>
        <source>Response status to map</source>
        <translation>Zuzuordnender Antwortstatus</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response parameter mapping</source>
        <translation>Zuordnung der Antwortparameter</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route key:</source>
        <translation>Routenschlüssel:</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorisierung:</translation>
    </message>
    <message>
        <source>Authorizer:</source>
        <translation>Genehmiger:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Changes the response for one status: overwrite:header.NAME, append:header.NAME, remove:header.NAME or overwrite:statuscode, from $response.header.NAME, $response.body.PATH, $context.X or static text.</source>
        <translation>Ändert die Antwort für einen Status: overwrite:header.NAME, append:header.NAME, remove:header.NAME oder overwrite:statuscode, aus $response.header.NAME, $response.body.PATH, $context.X oder statischem Text.</translation>
    </message>
    <message>
        <source>When the status is:</source>
        <translation>Wenn der Status lautet:</translation>
    </message>
    <message>
        <source>WebSocket route key</source>
        <translation>WebSocket-Routenschlüssel</translation>
    </message>
    <message>
        <source>$connect, $disconnect, $default or the route selection value, e.g. sendmessage</source>
        <translation>$connect, $disconnect, $default oder der Routenauswahlwert, z. B. sendmessage</translation>
    </message>
    <message>
        <source>WebSocket integration type</source>
        <translation>WebSocket-Integrationstyp</translation>
    </message>
    <message>
        <source>Lambda function (AWS_PROXY)</source>
        <translation>Lambda-Funktion (AWS_PROXY)</translation>
    </message>
    <message>
        <source>HTTP proxy (HTTP_PROXY)</source>
        <translation>HTTP-Proxy (HTTP_PROXY)</translation>
    </message>
    <message>
        <source>HTTP (HTTP)</source>
        <translation>HTTP (HTTP)</translation>
    </message>
    <message>
        <source>Mock (MOCK)</source>
        <translation>Mock (MOCK)</translation>
    </message>
    <message>
        <source>WebSocket integration function</source>
        <translation>WebSocket-Integrationsfunktion</translation>
    </message>
    <message>
        <source>WebSocket integration URI</source>
        <translation>WebSocket-Integrations-URI</translation>
    </message>
    <message>
        <source>WebSocket integration timeout in milliseconds</source>
        <translation>WebSocket-Integrations-Timeout in Millisekunden</translation>
    </message>
    <message>
        <source>default: 29000</source>
        <translation>Standard: 29000</translation>
    </message>
    <message>
        <source>Mock status</source>
        <translation>Mock-Status</translation>
    </message>
    <message>
        <source>Mock response body</source>
        <translation>Mock-Antwort-Body</translation>
    </message>
    <message>
        <source>Route response</source>
        <translation>Routenantwort</translation>
    </message>
    <message>
        <source>WebSocket authorization</source>
        <translation>WebSocket-Autorisierung</translation>
    </message>
    <message>
        <source>IAM (AWS_IAM)</source>
        <translation>IAM (AWS_IAM)</translation>
    </message>
    <message>
        <source>WebSocket authorizer</source>
        <translation>WebSocket-Genehmiger</translation>
    </message>
    <message>
        <source>WebSocket APIs authorize the $connect route only.</source>
        <translation>WebSocket-APIs autorisieren nur die $connect-Route.</translation>
    </message>
    <message>
        <source>Integration type:</source>
        <translation>Integrationstyp:</translation>
    </message>
    <message>
        <source>Lambda function:</source>
        <translation>Lambda-Funktion:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Timeout (ms):</source>
        <translation>Timeout (ms):</translation>
    </message>
    <message>
        <source>Mock status:</source>
        <translation>Mock-Status:</translation>
    </message>
    <message>
        <source>Mock response body:</source>
        <translation>Mock-Antwort-Body:</translation>
    </message>
    <message>
        <source>integration type</source>
        <translation>Integrationstyp</translation>
    </message>
    <message>
        <source>integration function</source>
        <translation>Integrationsfunktion</translation>
    </message>
    <message>
        <source>The integration needs a URI: a function name or ARN, or an http(s) URL.</source>
        <translation>Die Integration benötigt eine URI: einen Funktionsnamen oder ARN oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>integration URI</source>
        <translation>Integrations-URI</translation>
    </message>
    <message>
        <source>integration timeout</source>
        <translation>Integrations-Timeout</translation>
    </message>
    <message>
        <source>mock status</source>
        <translation>Mock-Status</translation>
    </message>
    <message>
        <source>mock response body</source>
        <translation>Mock-Antwort-Body</translation>
    </message>
    <message>
        <source>route response</source>
        <translation>Routenantwort</translation>
    </message>
    <message>
        <source>This API has no authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation>Diese API hat keinen Genehmiger. Fügen Sie zuerst im Explorer unter „Genehmiger“ einen hinzu.</translation>
    </message>
    <message>
        <source>authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Set %1 of route %2</source>
        <translation>%1 von Route %2 festlegen</translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation>Route %1 · %2</translation>
    </message>
    <message>
        <source>This route uses the shared integration “%1” (components.x-amazon-apigateway-integrations). Changing it here gives this route its own copy.</source>
        <translation>Diese Route verwendet die gemeinsame Integration „%1“ (components.x-amazon-apigateway-integrations). Eine Änderung hier gibt dieser Route eine eigene Kopie.</translation>
    </message>
    <message>
        <source>WebSocket route %1 · %2</source>
        <translation>WebSocket-Route %1 · %2</translation>
    </message>
    <message>
        <source>(enter a URI)</source>
        <translation>(eine URI eingeben)</translation>
    </message>
    <message>
        <source>The API already has a route %1.</source>
        <translation>Die API hat bereits eine Route %1.</translation>
    </message>
    <message>
        <source>Rename route %1 to %2</source>
        <translation>Route %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>This API has no JWT authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation>Diese API hat keinen JWT-Genehmiger. Fügen Sie zuerst im Explorer unter „Genehmiger“ einen hinzu.</translation>
    </message>
    <message>
        <source>This API has no Lambda authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation>Diese API hat keinen Lambda-Genehmiger. Fügen Sie zuerst im Explorer unter „Genehmiger“ einen hinzu.</translation>
    </message>
    <message>
        <source>Scope “%1” has characters OAuth scopes cannot have (spaces, quotes or backslashes); separate scopes with commas.</source>
        <translation>Der Bereich „%1“ enthält Zeichen, die OAuth-Bereiche nicht enthalten dürfen (Leerzeichen, Anführungszeichen oder Backslashes); trennen Sie Bereiche durch Kommas.</translation>
    </message>
    <message>
        <source>A route takes at most 10 scopes; there are %1.</source>
        <translation>Eine Route akzeptiert höchstens 10 Bereiche; es sind %1.</translation>
    </message>
    <message>
        <source>authorizer</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>authorization scopes</source>
        <translation>Autorisierungsbereiche</translation>
    </message>
    <message>
        <source>Response mappings apply to a status from 200 to 599; got “%1”.</source>
        <translation>Antwortzuordnungen gelten für einen Status von 200 bis 599; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a response modification: use overwrite:header.NAME, append:header.NAME, remove:header.NAME or overwrite:statuscode.</source>
        <translation>„%1“ ist keine Antwortänderung: Verwenden Sie overwrite:header.NAME, append:header.NAME, remove:header.NAME oder overwrite:statuscode.</translation>
    </message>
    <message>
        <source>response parameters</source>
        <translation>Antwortparameter</translation>
    </message>
    <message>
        <source>A route key cannot be empty.</source>
        <translation>Ein Routenschlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Route keys starting with $ are reserved: $connect, $disconnect and $default.</source>
        <translation>Routenschlüssel, die mit $ beginnen, sind reserviert: $connect, $disconnect und $default.</translation>
    </message>
    <message>
        <source>Two-way (route response)</source>
        <translation>Bidirektional (Routenantwort)</translation>
    </message>
    <message>
        <source>Send the integration&apos;s response back to the client as a message</source>
        <translation>Die Antwort der Integration als Nachricht an den Client zurücksenden</translation>
    </message>
</context>
<context>
    <name>gw::ui::SharedIntegrationEditor</name>
    <message>
        <source>Set %1 of integration %2</source>
        <translation>%1 von Integration %2 festlegen</translation>
    </message>
    <message>
        <source>Integration %1 · %2</source>
        <translation>Integration %1 · %2</translation>
    </message>
    <message>
        <source>No route uses this integration yet.</source>
        <translation>Noch keine Route verwendet diese Integration.</translation>
    </message>
    <message>
        <source>Used by %1. A change here applies to each of them.</source>
        <translation>Verwendet von %1. Eine Änderung hier gilt für jede dieser Routen.</translation>
    </message>
    <message>
        <source>This integration cannot be read: %1 (%2). Fix it in the project file.</source>
        <translation>Diese Integration kann nicht gelesen werden: %1 (%2). Korrigieren Sie sie in der Projektdatei.</translation>
    </message>
</context>
<context>
    <name>gw::ui::StageEditor</name>
    <message>
        <source>Deploy…</source>
        <translation>Bereitstellen…</translation>
    </message>
    <message>
        <source>Deploy &amp;automatically: the stage serves every change at once</source>
        <translation>&amp;Automatisch bereitstellen: Die Stage liefert jede Änderung sofort aus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>letters, digits and _</source>
        <translation>Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>Default method throttling</source>
        <translation>Standard-Drosselung für Methoden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stage cache</source>
        <translation>Stage-Cache</translation>
    </message>
    <message>
        <source>Access logging</source>
        <translation>Zugriffsprotokollierung</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Deployment served</source>
        <translation>Ausgelieferte Bereitstellung</translation>
    </message>
    <message>
        <source>Undeployed changes</source>
        <translation>Nicht bereitgestellte Änderungen</translation>
    </message>
    <message>
        <source>Deploy to this stage</source>
        <translation>Auf dieser Stage bereitstellen</translation>
    </message>
    <message>
        <source>Deploy the working copy to this stage</source>
        <translation>Die Arbeitskopie auf dieser Stage bereitstellen</translation>
    </message>
    <message>
        <source>Deploy automatically</source>
        <translation>Automatisch bereitstellen</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Stage-Beschreibung</translation>
    </message>
    <message>
        <source>What this stage is for</source>
        <translation>Wofür diese Stage gedacht ist</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Stage variables</source>
        <translation>Stage-Variablen</translation>
    </message>
    <message>
        <source>Available as &lt;code&gt;${stageVariables.NAME}&lt;/code&gt; in integration URIs and as &lt;code&gt;$stageVariables.NAME&lt;/code&gt; in mapping templates.</source>
        <translation>Verfügbar als &lt;code&gt;${stageVariables.NAME}&lt;/code&gt; in Integrations-URIs und als &lt;code&gt;$stageVariables.NAME&lt;/code&gt; in Zuordnungsvorlagen.</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation>Burst-Limit</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>B&amp;urst:</translation>
    </message>
    <message>
        <source>Method throttling</source>
        <translation>Methodendrosselung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Rate (requests/s)</source>
        <translation>Rate (Anfragen/s)</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>Method to throttle</source>
        <translation>Zu drosselnde Methode</translation>
    </message>
    <message>
        <source>Add method throttling</source>
        <translation>Methodendrosselung hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected method throttling</source>
        <translation>Ausgewählte Methodendrosselung entfernen</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cache-Größe</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cache time to live</source>
        <translation>Cache-Lebensdauer (TTL)</translation>
    </message>
    <message>
        <source>0 to 3600 seconds; 0 caches nothing</source>
        <translation>0 bis 3600 Sekunden; 0 speichert nichts zwischen</translation>
    </message>
    <message>
        <source>Cache price</source>
        <translation>Cache-Preis</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation>&amp;Lebensdauer (TTL):</translation>
    </message>
    <message>
        <source>Access log preset</source>
        <translation>Vorlage für das Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Access log format</source>
        <translation>Format des Zugriffsprotokolls</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Turn on auto-deploy of stage %1</source>
        <translation>Automatische Bereitstellung für Stage %1 einschalten</translation>
    </message>
    <message>
        <source>Turn off auto-deploy of stage %1</source>
        <translation>Automatische Bereitstellung für Stage %1 ausschalten</translation>
    </message>
    <message>
        <source>Set description of stage %1</source>
        <translation>Beschreibung von Stage %1 festlegen</translation>
    </message>
    <message>
        <source>Edit variables of stage %1</source>
        <translation>Variablen von Stage %1 bearbeiten</translation>
    </message>
    <message>
        <source>Throttle %1 on stage %2</source>
        <translation>%1 auf Stage %2 drosseln</translation>
    </message>
    <message>
        <source>Remove throttling of %1 on stage %2</source>
        <translation>Drosselung von %1 auf Stage %2 entfernen</translation>
    </message>
    <message>
        <source>Enable cache of stage %1</source>
        <translation>Cache von Stage %1 aktivieren</translation>
    </message>
    <message>
        <source>Disable cache of stage %1</source>
        <translation>Cache von Stage %1 deaktivieren</translation>
    </message>
    <message>
        <source>Set cache size of stage %1 to %2 GB</source>
        <translation>Cache-Größe von Stage %1 auf %2 GB setzen</translation>
    </message>
    <message>
        <source>Set cache time to live of stage %1</source>
        <translation>Cache-Lebensdauer von Stage %1 festlegen</translation>
    </message>
    <message>
        <source>Set throttling of stage %1</source>
        <translation>Drosselung von Stage %1 festlegen</translation>
    </message>
    <message>
        <source>Set method throttling of stage %1</source>
        <translation>Methodendrosselung von Stage %1 festlegen</translation>
    </message>
    <message>
        <source>Turn off access logging of stage %1</source>
        <translation>Zugriffsprotokollierung von Stage %1 ausschalten</translation>
    </message>
    <message>
        <source>Set access log format of stage %1</source>
        <translation>Format des Zugriffsprotokolls von Stage %1 festlegen</translation>
    </message>
    <message>
        <source>Rate limit of %1</source>
        <translation>Ratenlimit von %1</translation>
    </message>
    <message>
        <source>Burst limit of %1</source>
        <translation>Burst-Limit von %1</translation>
    </message>
    <message>
        <source>No stage selected.</source>
        <translation>Keine Stage ausgewählt.</translation>
    </message>
    <message>
        <source>The stage %1 of API %2 no longer exists (deleted, renamed or undone). Select another item in the explorer.</source>
        <translation>Die Stage %1 der API %2 existiert nicht mehr (gelöscht, umbenannt oder rückgängig gemacht). Wählen Sie im Explorer ein anderes Element aus.</translation>
    </message>
    <message>
        <source>Stage %1 · %2 (%3 API)</source>
        <translation>Stage %1 · %2 (%3-API)</translation>
    </message>
    <message>
        <source>Deploys automatically: the stage serves the working copy.</source>
        <translation>Wird automatisch bereitgestellt: Die Stage liefert die Arbeitskopie aus.</translation>
    </message>
    <message>
        <source>The stage serves nothing: it points at no deployment. Deploy the API to it.</source>
        <translation>Die Stage liefert nichts aus: Sie verweist auf keine Bereitstellung. Stellen Sie die API auf ihr bereit.</translation>
    </message>
    <message>
        <source>Serves deployment &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Liefert Bereitstellung &lt;b&gt;%1&lt;/b&gt; aus</translation>
    </message>
    <message>
        <source>, created %1</source>
        <translation>, erstellt %1</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <source>Undeployed changes: the working copy differs from what this stage serves; clients see the change after the next deployment.</source>
        <translation>Nicht bereitgestellte Änderungen: Die Arbeitskopie unterscheidet sich von dem, was diese Stage ausliefert; Clients sehen die Änderung nach der nächsten Bereitstellung.</translation>
    </message>
    <message>
        <source>Up to date: the stage serves the working copy.</source>
        <translation>Aktuell: Die Stage liefert die Arbeitskopie aus.</translation>
    </message>
    <message>
        <source>Default route throttling</source>
        <translation>Standard-Drosselung für Routen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>%1 GB (not a size AWS offers)</source>
        <translation>%1 GB (keine Größe, die AWS anbietet)</translation>
    </message>
    <message>
        <source>On AWS: $%1 per hour, about $%2 per month while enabled.</source>
        <translation>Bei AWS: $%1 pro Stunde, etwa $%2 pro Monat, solange aktiviert.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Canary requests use the stage &amp;cache</source>
        <translation>Canary-Anfragen verwenden den Stage-&amp;Cache</translation>
    </message>
    <message>
        <source>Remove Canary</source>
        <translation>Canary entfernen</translation>
    </message>
    <message>
        <source>Kept with the stage and exported. While the gateway runs, each request to this stage adds one line in this format to the stage&apos;s access log file: View ▸ Access Logs shows the lines and where the file is. &lt;code&gt;gatehouse serve --stage-access-logs DIR&lt;/code&gt; writes the same files.</source>
        <translation>Wird mit der Stage gespeichert und exportiert. Während das Gateway läuft, fügt jede Anfrage an diese Stage der Zugriffsprotokolldatei der Stage eine Zeile in diesem Format hinzu: Ansicht ▸ Zugriffsprotokolle zeigt die Zeilen und wo die Datei liegt. &lt;code&gt;gatehouse serve --stage-access-logs DIR&lt;/code&gt; schreibt dieselben Dateien.</translation>
    </message>
    <message>
        <source>Canary releases are for REST API stages: AWS HTTP and WebSocket APIs have none.</source>
        <translation>Canary-Releases gibt es nur für REST-API-Stages: HTTP- und WebSocket-APIs von AWS haben keine.</translation>
    </message>
    <message>
        <source>Serve another deployment to a share of this stage&apos;s requests, picked at random</source>
        <translation>Eine andere Bereitstellung an einen zufällig ausgewählten Anteil der Anfragen dieser Stage ausliefern</translation>
    </message>
    <message>
        <source>Canary deployment</source>
        <translation>Canary-Bereitstellung</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Canary share of requests</source>
        <translation>Canary-Anteil der Anfragen</translation>
    </message>
    <message>
        <source>0 to 100: the percent of requests the canary serves, each picked at random</source>
        <translation>0 bis 100: der Prozentsatz der Anfragen, die der Canary ausliefert, jeweils zufällig ausgewählt</translation>
    </message>
    <message>
        <source>Deplo&amp;yment:</source>
        <translation>Bereit&amp;stellung:</translation>
    </message>
    <message>
        <source>Stage variable overrides: canary requests see these values (and these variables) instead of the stage&apos;s.</source>
        <translation>Überschreibungen von Stage-Variablen: Canary-Anfragen sehen diese Werte (und diese Variablen) statt denen der Stage.</translation>
    </message>
    <message>
        <source>Canary stage variable overrides</source>
        <translation>Überschreibungen der Stage-Variablen für den Canary</translation>
    </message>
    <message>
        <source>Canary uses the stage cache</source>
        <translation>Canary verwendet den Stage-Cache</translation>
    </message>
    <message>
        <source>Off: canary requests neither read nor fill the stage cache</source>
        <translation>Aus: Canary-Anfragen lesen den Stage-Cache nicht und füllen ihn nicht</translation>
    </message>
    <message>
        <source>Canary summary</source>
        <translation>Canary-Zusammenfassung</translation>
    </message>
    <message>
        <source>Promote canary</source>
        <translation>Canary hochstufen</translation>
    </message>
    <message>
        <source>The stage serves the canary&apos;s deployment with its variable overrides, and the canary is removed</source>
        <translation>Die Stage liefert die Bereitstellung des Canary mit seinen Variablenüberschreibungen aus, und der Canary wird entfernt</translation>
    </message>
    <message>
        <source>Remove canary</source>
        <translation>Canary entfernen</translation>
    </message>
    <message>
        <source>Every request gets the stage&apos;s deployment again</source>
        <translation>Jede Anfrage erhält wieder die Bereitstellung der Stage</translation>
    </message>
    <message>
        <source>Set canary deployment of stage %1 to %2</source>
        <translation>Canary-Bereitstellung von Stage %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set canary share of stage %1</source>
        <translation>Canary-Anteil von Stage %1 festlegen</translation>
    </message>
    <message>
        <source>Edit canary variable overrides of stage %1</source>
        <translation>Canary-Variablenüberschreibungen von Stage %1 bearbeiten</translation>
    </message>
    <message>
        <source>Let the canary of stage %1 use the stage cache</source>
        <translation>Canary von Stage %1 den Stage-Cache verwenden lassen</translation>
    </message>
    <message>
        <source>Let the canary of stage %1 bypass the stage cache</source>
        <translation>Canary von Stage %1 den Stage-Cache umgehen lassen</translation>
    </message>
    <message>
        <source>Remove canary of stage %1</source>
        <translation>Canary von Stage %1 entfernen</translation>
    </message>
    <message>
        <source>Add canary to stage %1</source>
        <translation>Canary zu Stage %1 hinzufügen</translation>
    </message>
    <message>
        <source>Promote canary of stage %1 (deployment %2)</source>
        <translation>Canary von Stage %1 hochstufen (Bereitstellung %2)</translation>
    </message>
    <message>
        <source> (the stage&apos;s own: deploy to send the next version here)</source>
        <translation> (die eigene der Stage: Stellen Sie bereit, um die nächste Version hierher zu senden)</translation>
    </message>
    <message>
        <source>%1 (not a deployment of this API)</source>
        <translation>%1 (keine Bereitstellung dieser API)</translation>
    </message>
    <message>
        <source>Deploy the API first: a canary serves one of its deployments.</source>
        <translation>Stellen Sie die API zuerst bereit: Ein Canary liefert eine ihrer Bereitstellungen aus.</translation>
    </message>
    <message>
        <source>Off: every request gets the stage&apos;s deployment. Turn it on to send a share of the requests to another deployment.</source>
        <translation>Aus: Jede Anfrage erhält die Bereitstellung der Stage. Schalten Sie den Canary ein, um einen Anteil der Anfragen an eine andere Bereitstellung zu senden.</translation>
    </message>
    <message>
        <source>The canary serves the stage&apos;s own deployment %1 for now: deploying to this stage sends the new version to the canary.</source>
        <translation>Der Canary liefert vorerst die eigene Bereitstellung %1 der Stage aus: Eine Bereitstellung auf dieser Stage sendet die neue Version an den Canary.</translation>
    </message>
    <message>
        <source>%1 % of requests, picked at random, get deployment &lt;b&gt;%2&lt;/b&gt;; the rest get &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 % der Anfragen, zufällig ausgewählt, erhalten Bereitstellung &lt;b&gt;%2&lt;/b&gt;; die übrigen erhalten &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Their records say canary (traffic filter &lt;code&gt;canary=true&lt;/code&gt;) and &lt;code&gt;$context.isCanaryRequest&lt;/code&gt; is true.</source>
        <translation>Ihre Datensätze sind als Canary gekennzeichnet (Datenverkehrsfilter &lt;code&gt;canary=true&lt;/code&gt;), und &lt;code&gt;$context.isCanaryRequest&lt;/code&gt; ist true.</translation>
    </message>
    <message>
        <source>The stage has no cache, so there is nothing to share yet.</source>
        <translation>Die Stage hat keinen Cache, es gibt also noch nichts zu teilen.</translation>
    </message>
    <message>
        <source>Undeployed changes: the working copy differs from what the canary serves; the next deployment goes to the canary.</source>
        <translation>Nicht bereitgestellte Änderungen: Die Arbeitskopie unterscheidet sich von dem, was der Canary ausliefert; die nächste Bereitstellung geht an den Canary.</translation>
    </message>
    <message>
        <source>Up to date: the canary serves the working copy.</source>
        <translation>Aktuell: Der Canary liefert die Arbeitskopie aus.</translation>
    </message>
    <message>
        <source>Pro&amp;mote Canary</source>
        <translation>Canary &amp;hochstufen</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>A&amp;nfragen:</translation>
    </message>
</context>
<context>
    <name>gw::ui::TemplateMapEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1: content type</source>
        <translation>%1: Inhaltstyp</translation>
    </message>
    <message>
        <source>%1: add a content type</source>
        <translation>%1: einen Inhaltstyp hinzufügen</translation>
    </message>
    <message>
        <source>%1: remove the content type</source>
        <translation>%1: den Inhaltstyp entfernen</translation>
    </message>
    <message>
        <source>Add Mapping Template</source>
        <translation>Zuordnungsvorlage hinzufügen</translation>
    </message>
    <message>
        <source>Content type of the request or response it maps:</source>
        <translation>Inhaltstyp der Anfrage oder Antwort, die sie zuordnet:</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>The Content-Type this template applies to</source>
        <translation>Der Content-Type, für den diese Vorlage gilt</translation>
    </message>
    <message>
        <source>Add a template for another content type</source>
        <translation>Eine Vorlage für einen weiteren Content-Type hinzufügen</translation>
    </message>
</context>
<context>
    <name>gw::ui::TemplatePlayground</name>
    <message>
        <source>%1, line %2: write NAME=VALUE</source>
        <translation>%1, Zeile %2: Schreiben Sie NAME=WERT</translation>
    </message>
    <message>
        <source>parameters, line %1: write “header NAME: VALUE”, “querystring NAME: VALUE” or “path NAME: VALUE”</source>
        <translation>Parameter, Zeile %1: Schreiben Sie „header NAME: WERT“, „querystring NAME: WERT“ oder „path NAME: WERT“</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>the request body, e.g. {&quot;name&quot;: &quot;Rex&quot;}</source>
        <translation>der Anfrage-Body, z. B. {&quot;name&quot;: &quot;Rex&quot;}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>header X-Id: 7
querystring q: cats
path petId: 7</source>
        <translation>header X-Id: 7
querystring q: cats
path petId: 7</translation>
    </message>
    <message>
        <source>Stage variables</source>
        <translation>Stage-Variablen</translation>
    </message>
    <message>
        <source>NAME=VALUE, one per line</source>
        <translation>NAME=WERT, einer pro Zeile</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>requestId=abc
identity.sourceIp=127.0.0.1</source>
        <translation>requestId=abc
identity.sourceIp=127.0.0.1</translation>
    </message>
    <message>
        <source>Rendered output</source>
        <translation>Erzeugte Ausgabe</translation>
    </message>
    <message>
        <source>Mapping Template Playground</source>
        <translation>Spielwiese für Zuordnungsvorlagen</translation>
    </message>
    <message>
        <source>Mapping template</source>
        <translation>Zuordnungsvorlage</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>$context</source>
        <translation>$context</translation>
    </message>
    <message>
        <source>Use Selected Request</source>
        <translation>Ausgewählte Anfrage verwenden</translation>
    </message>
    <message>
        <source>Fill the body, parameters and $context from the request selected in Traffic</source>
        <translation>Body, Parameter und $context aus der unter „Datenverkehr“ ausgewählten Anfrage übernehmen</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>stage variables</source>
        <translation>Stage-Variablen</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>warning, line %1: %2</source>
        <translation>Warnung, Zeile %1: %2</translation>
    </message>
    <message>
        <source>Error, %1 (API Gateway answers 500 Internal server error)</source>
        <translation>Fehler, %1 (API Gateway antwortet mit 500 Internal server error)</translation>
    </message>
    <message>
        <source>Rendered in %1.</source>
        <translation>Erzeugt in %1.</translation>
    </message>
</context>
<context>
    <name>gw::ui::TestPanel</name>
    <message>
        <source>The gateway did not answer within %1 s. The Traffic dock shows whether the request reached it.</source>
        <translation>Das Gateway hat nicht innerhalb von %1 s geantwortet. Das Dock „Datenverkehr“ zeigt, ob die Anfrage es erreicht hat.</translation>
    </message>
    <message>
        <source>The gateway&apos;s record of this request did not arrive: the window&apos;s record feed dropped it under load, or the request never reached the gateway.</source>
        <translation>Der Datensatz des Gateways zu dieser Anfrage ist nicht angekommen: Der Datensatz-Feed des Fensters hat ihn unter Last verworfen, oder die Anfrage hat das Gateway nie erreicht.</translation>
    </message>
    <message>
        <source>Gateway state</source>
        <translation>Gateway-Zustand</translation>
    </message>
    <message>
        <source>Start Gateway</source>
        <translation>Gateway starten</translation>
    </message>
    <message>
        <source>Test requests go through the running gateway (F6)</source>
        <translation>Testanfragen laufen durch das laufende Gateway (F6)</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Gateway starten</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>The API the request goes to</source>
        <translation>Die API, an die die Anfrage geht</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>The stage: REST stages serve their last deployment, not the working copy</source>
        <translation>Die Stage: REST-Stages liefern ihre letzte Bereitstellung aus, nicht die Arbeitskopie</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>/pets/1 (within the stage; a ?query may follow)</source>
        <translation>/pets/1 (innerhalb der Stage; ein ?query kann folgen)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request through the running gateway (%1)</source>
        <translation>Die Anfrage durch das laufende Gateway senden (%1)</translation>
    </message>
    <message>
        <source>Send test request</source>
        <translation>Testanfrage senden</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <source>Query string</source>
        <translation>Query-String</translation>
    </message>
    <message>
        <source>limit=3&amp;type=dog</source>
        <translation>limit=3&amp;type=dog</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Headers sent as typed; Host and Content-Length are set by the panel, and the identity&apos;s headers replace typed ones of the same name</source>
        <translation>Header werden wie eingegeben gesendet; Host und Content-Length setzt das Panel, und die Header der Identität ersetzen eingegebene Header mit demselben Namen</translation>
    </message>
    <message>
        <source>Add a request header</source>
        <translation>Einen Anfrage-Header hinzufügen</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected request header</source>
        <translation>Den ausgewählten Anfrage-Header entfernen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Bearer token (local identity provider)</source>
        <translation>Bearer-Token (lokaler Identitätsanbieter)</translation>
    </message>
    <message>
        <source>SigV4 (project access key)</source>
        <translation>SigV4 (Zugriffsschlüssel des Projekts)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Who the request claims to be</source>
        <translation>Als wer sich die Anfrage ausgibt</translation>
    </message>
    <message>
        <source>Sent as x-api-key; the project&apos;s apiKeys</source>
        <translation>Als x-api-key gesendet; die apiKeys des Projekts</translation>
    </message>
    <message>
        <source>Token authorizer</source>
        <translation>Token-Genehmiger</translation>
    </message>
    <message>
        <source>The JWT or Cognito authorizer the token is made for: a fresh token is signed with the project&apos;s local identity provider key at every send</source>
        <translation>Der JWT- oder Cognito-Genehmiger, für den das Token bestimmt ist: Bei jedem Senden wird ein neues Token mit dem Schlüssel des lokalen Identitätsanbieters des Projekts signiert</translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation>Token-Bereiche</translation>
    </message>
    <message>
        <source>scopes, space-separated</source>
        <translation>Bereiche, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Signs the request with AWS Signature Version 4 (execute-api, %1) at the gateway clock&apos;s time</source>
        <translation>Signiert die Anfrage mit AWS Signature Version 4 (execute-api, %1) zur Zeit der Gateway-Uhr</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;dog&quot;}</source>
        <translation>{&quot;type&quot;: &quot;dog&quot;}</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Show in &amp;Inspector</source>
        <translation>Im Inspe&amp;ktor anzeigen</translation>
    </message>
    <message>
        <source>Open this request&apos;s record in the Inspector: $context, identity, mapping, Explain</source>
        <translation>Den Datensatz dieser Anfrage im Inspektor öffnen: $context, Identität, Zuordnung, Erklärung</translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation>Im Inspektor anzeigen</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Steps note</source>
        <translation>Hinweis zu den Schritten</translation>
    </message>
    <message>
        <source>Step waterfall</source>
        <translation>Schritt-Wasserfall</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Anfrage wie gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (undeployed changes)</source>
        <translation>%1 (nicht bereitgestellte Änderungen)</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1, deaktiviert</translation>
    </message>
    <message>
        <source>%1, temporary</source>
        <translation>%1, temporär</translation>
    </message>
    <message>
        <source>Cognito</source>
        <translation>Cognito</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>The project has no API keys</source>
        <translation>Das Projekt hat keine API-Schlüssel</translation>
    </message>
    <message>
        <source>The project declares no access keys (credentials)</source>
        <translation>Das Projekt deklariert keine Zugriffsschlüssel (Anmeldedaten)</translation>
    </message>
    <message>
        <source>No JWT or Cognito authorizer: the token is issued by the local provider</source>
        <translation>Kein JWT- oder Cognito-Genehmiger: Das Token wird vom lokalen Anbieter ausgestellt</translation>
    </message>
    <message>
        <source>Open a project to choose an API.</source>
        <translation>Öffnen Sie ein Projekt, um eine API auszuwählen.</translation>
    </message>
    <message>
        <source>%1 (once the gateway runs)</source>
        <translation>%1 (sobald das Gateway läuft)</translation>
    </message>
    <message>
        <source>Open a project to test its APIs.</source>
        <translation>Öffnen Sie ein Projekt, um seine APIs zu testen.</translation>
    </message>
    <message>
        <source>The gateway is stopping.</source>
        <translation>Das Gateway wird gestoppt.</translation>
    </message>
    <message>
        <source>Starting the gateway…</source>
        <translation>Gateway wird gestartet…</translation>
    </message>
    <message>
        <source>The gateway is stopped: Send starts it, then sends the request.</source>
        <translation>Das Gateway ist gestoppt: „Senden“ startet es und sendet dann die Anfrage.</translation>
    </message>
    <message>
        <source>Identity: the local identity provider is not serving yet; start the gateway (F6).</source>
        <translation>Identität: Der lokale Identitätsanbieter läuft noch nicht; starten Sie das Gateway (F6).</translation>
    </message>
    <message>
        <source>Identity: this project has no local identity provider key, so no token can be minted. Save the project to a file first.</source>
        <translation>Identität: Dieses Projekt hat keinen Schlüssel für einen lokalen Identitätsanbieter, daher kann kein Token ausgestellt werden. Speichern Sie das Projekt zuerst in einer Datei.</translation>
    </message>
    <message>
        <source>Identity: OpenSSL could not sign the token with the key in %1.</source>
        <translation>Identität: OpenSSL konnte das Token nicht mit dem Schlüssel in %1 signieren.</translation>
    </message>
    <message>
        <source>Open a project first: the test panel sends requests to its APIs.</source>
        <translation>Öffnen Sie zuerst ein Projekt: Das Test-Panel sendet Anfragen an seine APIs.</translation>
    </message>
    <message>
        <source>The gateway is not running and could not be started; see the status bar, then press Start Gateway (F6).</source>
        <translation>Das Gateway läuft nicht und konnte nicht gestartet werden; sehen Sie in der Statusleiste nach und klicken Sie dann auf „Gateway starten“ (F6).</translation>
    </message>
    <message>
        <source>
--- SigV4 canonical request
%1

--- String to sign
%2
</source>
        <translation>
--- SigV4: kanonische Anfrage
%1

--- Zu signierende Zeichenfolge
%2
</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2. Is the gateway still running on port %3?</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2. Läuft das Gateway noch auf Port %3?</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s record of this request…</source>
        <translation>Warte auf den Datensatz des Gateways zu dieser Anfrage…</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 in the gateway</source>
        <translation>
            <numerusform>%n Schritt, %1 im Gateway</numerusform>
            <numerusform>%n Schritte, %1 im Gateway</numerusform>
        </translation>
    </message>
    <message>
        <source> · matched %1</source>
        <translation> · %1 zugeordnet</translation>
    </message>
    <message>
        <source> · answered early at %1 (%2)</source>
        <translation> · vorzeitig beantwortet bei %1 (%2)</translation>
    </message>
    <message>
        <source>No response yet: compose a request and press Send (%1).</source>
        <translation>Noch keine Antwort: Stellen Sie eine Anfrage zusammen und klicken Sie auf „Senden“ (%1).</translation>
    </message>
    <message>
        <source>The steps of the request appear here once the gateway has answered.</source>
        <translation>Die Schritte der Anfrage erscheinen hier, sobald das Gateway geantwortet hat.</translation>
    </message>
    <message>
        <source>Sent through the running gateway (127.0.0.1:%1), every step included.</source>
        <translation>Über das laufende Gateway gesendet (127.0.0.1:%1), mit allen Schritten.</translation>
    </message>
</context>
<context>
    <name>gw::ui::TrafficModel</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Imported from a HAR file: this gateway did not serve it. Replay sends it to the running gateway.</source>
        <translation>Aus einer HAR-Datei importiert: Dieses Gateway hat sie nicht ausgeliefert. „Wiederholen“ sendet sie an das laufende Gateway.</translation>
    </message>
    <message>
        <source>The client went away before a response was sent</source>
        <translation>Der Client hat die Verbindung getrennt, bevor eine Antwort gesendet wurde</translation>
    </message>
    <message>
        <source>No API answered this request, so no AWS account would pay for it</source>
        <translation>Keine API hat diese Anfrage beantwortet, daher würde kein AWS-Konto dafür bezahlen</translation>
    </message>
    <message>
        <source>API Gateway: %1 (%2 metered request(s))</source>
        <translation>API Gateway: %1 (%2 abgerechnete Anfrage(n))</translation>
    </message>
    <message>
        <source>Lambda: %1 (%2 invocation(s), %3 GB-s)</source>
        <translation>Lambda: %1 (%2 Aufruf(e), %3 GB-s)</translation>
    </message>
    <message>
        <source>Data out: %1 (%L2 bytes)</source>
        <translation>Ausgehende Daten: %1 (%L2 Bytes)</translation>
    </message>
    <message>
        <source>At the first tier&apos;s prices, from %1</source>
        <translation>Zu den Preisen der ersten Stufe, von %1</translation>
    </message>
    <message>
        <source>Preflight for %1</source>
        <translation>Preflight für %1</translation>
    </message>
    <message>
        <source>Cross-origin request from %1</source>
        <translation>Ursprungsübergreifende Anfrage von %1</translation>
    </message>
    <message>
        <source>%1: the browser allows it.</source>
        <translation>%1: Der Browser erlaubt sie.</translation>
    </message>
    <message>
        <source>%1: the browser blocks it.
%2</source>
        <translation>%1: Der Browser blockiert sie.
%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation>Angehalten bei</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 (canary)</source>
        <translation>%1 (Canary)</translation>
    </message>
    <message>
        <source>Served by the canary of stage %1 (deployment %2)</source>
        <translation>Ausgeliefert vom Canary von Stage %1 (Bereitstellung %2)</translation>
    </message>
    <message>
        <source>Served by stage %1&apos;s own deployment %2, not its canary</source>
        <translation>Ausgeliefert von der eigenen Bereitstellung %2 von Stage %1, nicht von ihrem Canary</translation>
    </message>
    <message>
        <source>Pinned: kept when the table is cleared or full</source>
        <translation>Angeheftet: bleibt erhalten, wenn die Tabelle geleert wird oder voll ist</translation>
    </message>
    <message>
        <source>Response body: %L1 bytes</source>
        <translation>Antwort-Body: %L1 Bytes</translation>
    </message>
    <message>
        <source>No integration was called: the gateway answered on its own</source>
        <translation>Es wurde keine Integration aufgerufen: Das Gateway hat selbst geantwortet</translation>
    </message>
    <message>
        <source>The whole request, as the client saw it ($context.responseLatency)</source>
        <translation>Die gesamte Anfrage, wie der Client sie erlebt hat ($context.responseLatency)</translation>
    </message>
    <message>
        <source>The integration&apos;s part ($context.integrationLatency)</source>
        <translation>Der Anteil der Integration ($context.integrationLatency)</translation>
    </message>
    <message>
        <source>The response body&apos;s size</source>
        <translation>Die Größe des Antwort-Bodys</translation>
    </message>
    <message>
        <source>What the request would cost on AWS at the first tier&apos;s prices</source>
        <translation>Was die Anfrage bei AWS zu den Preisen der ersten Stufe kosten würde</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>gw::ui::TrafficPanel</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear traffic</source>
        <translation>Datenverkehr leeren</translation>
    </message>
    <message>
        <source>Request count</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Exchange</source>
        <translation>&amp;Austausch kopieren</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Edit and Re&amp;send…</source>
        <translation>Bearbeiten und erneut &amp;senden…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 older removed (limit %L2)</source>
        <translation> · %L1 ältere entfernt (Limit %L2)</translation>
    </message>
    <message>
        <source> · %L1 dropped while the window was busy</source>
        <translation> · %L1 verworfen, während das Fenster ausgelastet war</translation>
    </message>
    <message>
        <source>Filter: status&gt;=500 and path~&quot;/pets&quot;, latency&gt;100ms, not cors=allowed (Ctrl+F)</source>
        <translation>Filter: status&gt;=500 and path~&quot;/pets&quot;, latency&gt;100ms, not cors=allowed (Strg+F)</translation>
    </message>
    <message>
        <source>Traffic filter</source>
        <translation>Datenverkehrsfilter</translation>
    </message>
    <message>
        <source>Filter progress</source>
        <translation>Filterfortschritt</translation>
    </message>
    <message>
        <source>Filtering %p%</source>
        <translation>Wird gefiltert: %p%</translation>
    </message>
    <message>
        <source>The filter is valid</source>
        <translation>Der Filter ist gültig</translation>
    </message>
    <message>
        <source>Filter error: %1</source>
        <translation>Filterfehler: %1</translation>
    </message>
    <message>
        <source>Filter the traffic: fields such as status, method, path, api, stage, step, cors, latency, size and header.NAME, compared with = != &gt; &gt;= &lt; &lt;= ~, joined with and, or, not and parentheses; a bare word searches path, method, API and status.</source>
        <translation>Den Datenverkehr filtern: Felder wie status, method, path, api, stage, step, cors, latency, size und header.NAME, verglichen mit = != &gt; &gt;= &lt; &lt;= ~, verknüpft mit and, or, not und Klammern; ein einzelnes Wort durchsucht Pfad, Methode, API und Status.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s) match the filter</source>
        <translation>
            <numerusform>%L1 von %Ln Anfrage passen zum Filter</numerusform>
            <numerusform>%L1 von %Ln Anfragen passen zum Filter</numerusform>
        </translation>
    </message>
    <message>
        <source> · filtering…</source>
        <translation> · wird gefiltert…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop adding requests to the table; they wait and arrive together when you resume</source>
        <translation>Keine Anfragen mehr zur Tabelle hinzufügen; sie warten und kommen gesammelt an, wenn Sie fortsetzen</translation>
    </message>
    <message>
        <source>Pause traffic</source>
        <translation>Datenverkehr pausieren</translation>
    </message>
    <message>
        <source>Remove every request from the table but the pinned ones</source>
        <translation>Alle Anfragen außer den angehefteten aus der Tabelle entfernen</translation>
    </message>
    <message>
        <source>prod (canary)</source>
        <translation>prod (Canary)</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Requests as &amp;curl</source>
        <translation>
            <numerusform>%n Anfrage als &amp;curl kopieren</numerusform>
            <numerusform>%n Anfragen als &amp;curl kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n &amp;Exchanges</source>
        <translation>
            <numerusform>%n &amp;Austausch kopieren</numerusform>
            <numerusform>%n &amp;Austausche kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replay %n Requests</source>
        <translation>
            <numerusform>%n Anfrage &amp;wiederholen</numerusform>
            <numerusform>%n Anfragen &amp;wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pin %n Requests</source>
        <translation>
            <numerusform>%n Anfrage an&amp;heften</numerusform>
            <numerusform>%n Anfragen an&amp;heften</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>An&amp;heften</translation>
    </message>
    <message>
        <source>Keep through Clear and the store limit (at most %L1 pinned)</source>
        <translation>Bei „Leeren“ und beim Speicherlimit behalten (höchstens %L1 angeheftete)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unpin %n Requests</source>
        <translation>
            <numerusform>%n Anfrage &amp;lösen</numerusform>
            <numerusform>%n Anfragen &amp;lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Unpin &amp;All</source>
        <translation>All&amp;e lösen</translation>
    </message>
    <message>
        <source>&amp;Arrival Order</source>
        <translation>Eingangs&amp;reihenfolge</translation>
    </message>
    <message>
        <source>Undo the sort: oldest request first, as they arrived</source>
        <translation>Die Sortierung aufheben: älteste Anfrage zuerst, in der Reihenfolge des Eingangs</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln pinned</source>
        <translation>
            <numerusform> · %Ln angeheftet</numerusform>
            <numerusform> · %Ln angeheftet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · paused, %Ln waiting</source>
        <translation>
            <numerusform> · pausiert, %Ln wartet</numerusform>
            <numerusform> · pausiert, %Ln warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::ui::UsagePlanEditor</name>
    <message>
        <source>The API key %1 would be in two usage plans for %2 (%3 and %4); AWS allows one usage plan per API stage for a key. Remove the key from one of them first.</source>
        <translation>Der API-Schlüssel %1 wäre für %2 in zwei Nutzungsplänen (%3 und %4); AWS erlaubt für einen Schlüssel einen Nutzungsplan pro API-Stage. Entfernen Sie den Schlüssel zuerst aus einem der beiden.</translation>
    </message>
    <message>
        <source>Throttling per API key</source>
        <translation>Drosselung pro API-Schlüssel</translation>
    </message>
    <message>
        <source>Quota per API key</source>
        <translation>Kontingent pro API-Schlüssel</translation>
    </message>
    <message>
        <source>Usage plan name</source>
        <translation>Name des Nutzungsplans</translation>
    </message>
    <message>
        <source>Usage plan description</source>
        <translation>Beschreibung des Nutzungsplans</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Usage plan problem</source>
        <translation>Problem mit dem Nutzungsplan</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation>Burst-Limit</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>B&amp;urst:</translation>
    </message>
    <message>
        <source>Quota limit</source>
        <translation>Kontingentlimit</translation>
    </message>
    <message>
        <source>per day (UTC)</source>
        <translation>pro Tag (UTC)</translation>
    </message>
    <message>
        <source>per week (from Sunday, UTC)</source>
        <translation>pro Woche (ab Sonntag, UTC)</translation>
    </message>
    <message>
        <source>per month (UTC)</source>
        <translation>pro Monat (UTC)</translation>
    </message>
    <message>
        <source>Quota period</source>
        <translation>Kontingentzeitraum</translation>
    </message>
    <message>
        <source>Quota offset</source>
        <translation>Kontingentversatz</translation>
    </message>
    <message>
        <source>Requests taken from the first period</source>
        <translation>Vom ersten Zeitraum abgezogene Anfragen</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Versatz:</translation>
    </message>
    <message>
        <source>API stages</source>
        <translation>API-Stages</translation>
    </message>
    <message>
        <source>API stages in the plan</source>
        <translation>API-Stages im Plan</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API keys in the plan</source>
        <translation>API-Schlüssel im Plan</translation>
    </message>
    <message>
        <source>A usage plan needs a name.</source>
        <translation>Ein Nutzungsplan benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Another usage plan is called %1; choose another name.</source>
        <translation>Ein anderer Nutzungsplan heißt bereits %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Rename usage plan %1</source>
        <translation>Nutzungsplan %1 umbenennen</translation>
    </message>
    <message>
        <source>Set description of usage plan %1</source>
        <translation>Beschreibung von Nutzungsplan %1 festlegen</translation>
    </message>
    <message>
        <source>Set throttling of usage plan %1</source>
        <translation>Drosselung von Nutzungsplan %1 festlegen</translation>
    </message>
    <message>
        <source>Set quota of usage plan %1</source>
        <translation>Kontingent von Nutzungsplan %1 festlegen</translation>
    </message>
    <message>
        <source>Add %1/%2 to usage plan %3</source>
        <translation>%1/%2 zu Nutzungsplan %3 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1/%2 from usage plan %3</source>
        <translation>%1/%2 aus Nutzungsplan %3 entfernen</translation>
    </message>
    <message>
        <source>Add API key %1 to usage plan %2</source>
        <translation>API-Schlüssel %1 zu Nutzungsplan %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove API key %1 from usage plan %2</source>
        <translation>API-Schlüssel %1 aus Nutzungsplan %2 entfernen</translation>
    </message>
    <message>
        <source>No usage plan selected.</source>
        <translation>Kein Nutzungsplan ausgewählt.</translation>
    </message>
    <message>
        <source>The usage plan %1 no longer exists. Select another item in the explorer.</source>
        <translation>Der Nutzungsplan %1 existiert nicht mehr. Wählen Sie im Explorer ein anderes Element aus.</translation>
    </message>
    <message>
        <source>Usage plan %1</source>
        <translation>Nutzungsplan %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The project has no REST API stage; usage plans cover REST API stages only.</source>
        <translation>Das Projekt hat keine REST-API-Stage; Nutzungspläne gelten nur für REST-API-Stages.</translation>
    </message>
</context>
<context>
    <name>gw::ui::VtlLexer</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Direktive</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>gw::ui::WaterfallWidget</name>
    <message>
        <source>Step timings</source>
        <translation>Schrittzeiten</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Select a request in Traffic to see how long each step took.</source>
        <translation>Wählen Sie unter „Datenverkehr“ eine Anfrage aus, um zu sehen, wie lange jeder Schritt gedauert hat.</translation>
    </message>
    <message>
        <source>No pipeline step ran for this request (it was refused by the HTTP server).</source>
        <translation>Für diese Anfrage lief kein Pipeline-Schritt (sie wurde vom HTTP-Server abgewiesen).</translation>
    </message>
    <message>
        <source>answered here: %1</source>
        <translation>hier beantwortet: %1</translation>
    </message>
    <message>
        <source>(no detail code)</source>
        <translation>(kein Detailcode)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: starts at %2, takes %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: beginnt bei %2, dauert %3</translation>
    </message>
    <message>
        <source>This step answered the request; later steps did not run.</source>
        <translation>Dieser Schritt hat die Anfrage beantwortet; spätere Schritte liefen nicht.</translation>
    </message>
</context>
</TS>
