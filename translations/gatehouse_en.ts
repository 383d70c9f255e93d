<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Light/Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse will use %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderExplanations</name>
    <message>
        <source>A header the integration sent that API Gateway reserves, passed on under this name instead of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: the method the browser wants to send; the OPTIONS answer must allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: the headers the browser wants to send; each must be in Access-Control-Allow-Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS: the origin allowed to read this response; the browser compares it with the page&apos;s origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS: &quot;true&quot; lets the page read the response of a request sent with cookies; never with Allow-Origin *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS preflight answer: the methods the page may send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS preflight answer: the request headers the page may send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS: the response headers, beyond the simple ones, that the page&apos;s script may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS preflight answer: seconds the browser may reuse this preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s id ($context.requestId); quote it when you look for the request in logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway&apos;s extended request id ($context.extendedRequestId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP API&apos;s request id ($context.requestId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on answers API Gateway made itself: the kind of error (the gateway response type behind it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-Ray trace id of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An X-Ray trace id; API Gateway passes it to the integration, or makes one when absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by Gatehouse (Gateway ▸ Server-Timing header): each step&apos;s time for the browser&apos;s devtools; AWS sends none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key; methods that require one answer 403 Forbidden without a key of a usage plan of this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the method&apos;s authorizer (the token of a Cognito or TOKEN authorizer, a JWT) or, on AWS_IAM methods, the SigV4 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4: when the request was signed; more than 5 minutes off the gateway&apos;s clock makes the signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4: the session token of temporary credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4: the SHA-256 of the body as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks the API: {api-id}.execute-api.{region}.amazonaws.com on AWS, {api-id}.execute-api.localhost here; a custom domain maps to a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s origin: makes this a CORS request; the response needs a matching Access-Control-Allow-Origin for the page to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clients and proxies may cache this response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a REST stage with a cache, max-age=0 asks to invalidate the entry (only callers allowed execute-api:InvalidateCache, unless the stage lets anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s media type; on REST APIs it follows the integration response&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s media type: chooses the REST mapping template and request model, and whether the body counts as binary (binary media types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media types the client takes; on REST APIs it also decides whether a binary response stays binary (binary media types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressions the client takes; REST APIs compress responses above the minimum compression size when it is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the body is compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s size in bytes; API Gateway refuses payloads over 10 MB (413)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is sent in chunks; API Gateway reads it whole before the integration is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client address chain; API Gateway appends the caller&apos;s IP ($context.identity.sourceIp) for HTTP integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client software ($context.identity.userAgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies; HTTP API payload format 2.0 passes them as the event&apos;s cookies array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookie for the client; HTTP API format 2.0 functions return them in cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive or close for this TCP connection; not passed to integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the response was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers the response depends on; caches keep one copy per value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version tag of the response body, for conditional requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to go next (redirects, created resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page the request came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100-continue: the client waits for a go-ahead before sending the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::AccessLogPanel</name>
    <message>
        <source>Stage &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pretty-Print Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the stage&apos;s settings: its access-log format is in the Access logging section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the log file&apos;s path to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with the log files in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter access log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the line at the cursor formatted, when it is JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the view; the log file keeps every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected line, formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages without access logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage writes an access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no stages. Add one in the Explorer, then turn on its access logging in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see the access logs of its stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access logging: %1. To turn it on, open the stage&apos;s settings and check &lt;b&gt;Access logging&lt;/b&gt;, then pick a format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines yet: send a request to this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines yet: start the gateway and send a request to this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway cannot write this stage&apos;s access log (%1). Check that the folder exists and is writable; the lines still show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on a line to see it formatted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not JSON; it is shown as written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ApiKeyEditor</name>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled: requests with this key are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What clients send in the x-api-key header; AWS wants at least 20 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new API key value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the value with 40 random letters and digits, as AWS generates them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plans of the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another API key is called %1; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key needs a value: what clients send in x-api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key %1 has this value already; values must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set value of API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refuses API key values shorter than 20 characters (this one has %1); Gatehouse accepts it locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API key %1 to usage plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove API key %1 from usage plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key %1 no longer exists. Select another item in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::AuthorizerEditor</name>
    <message>
        <source>Simple responses: the function returns {&quot;isAuthorized&quot;: true/false}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token validation expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular expression the token must match, e.g. ^Bearer [-0-9a-zA-Z._]+$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization caching TTL in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito user pool ARNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc or https://example.auth0.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ids or API identifiers, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer payload format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result caching (TTL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User pools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizer function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no Lambda function; use a function of the project or its invocation ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizer URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no WebSocket identity source: use route.request.header.NAME, route.request.querystring.NAME, stageVariables.NAME or context.NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TOKEN authorizer takes exactly one header, e.g. method.request.header.Authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizer needs the header its token is in, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token validation expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result caching TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT authorizer needs at least one audience (AWS requires it): the client id or API identifier tokens carry in aud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 50 audiences; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cognito authorizer needs at least one user pool ARN, e.g. arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user pool ARN: arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT authorizer needs its issuer (the iss of the tokens), e.g. https://example.auth0.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must be an https:// URL; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of authorizer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda, request parameters (REQUEST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda, token (TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito user pool (COGNITO_USER_POOLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda (REQUEST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM (SigV4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway calls the Lambda function with the token from one header; the function returns an IAM policy. Methods use it with Authorization: CUSTOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway calls the Lambda function with the request&apos;s headers, query string, stage variables and context; the function returns an IAM policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway calls the Lambda function with the request; with simple responses it returns {&quot;isAuthorized&quot;: …}, otherwise an IAM policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts ID and access tokens issued by the Cognito user pools below; methods can require OAuth scopes of access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts RSA-signed JWTs from the issuer whose aud (or client_id) is one of the audiences; routes can require scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM authorization (SigV4): requests must be signed with an access key the project knows. There is nothing to set here; choose AWS_IAM as a method&apos;s or route&apos;s authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Lambda REQUEST authorizer of the $connect route: it runs once per connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(enter the function&apos;s URI below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route.request.querystring.token, route.request.header.Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method.request.header.Authorization, method.request.querystring.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$request.header.Authorization, $request.querystring.key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::AutoSaver</name>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy belongs to %1, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::BodyView</name>
    <message>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · binary data, shown as hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · JSON, formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the body as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty: JSON formatted · Raw: as sent · Hex: the bytes · Image: the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; the rest was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a picture Gatehouse can decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · hex, first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 image, %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ConnectionsModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary message, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection id: what $context.connectionId holds and what the @connections API takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IP %1
User agent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorizer ran for $connect, so there is no principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal the $connect authorizer returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected at %1 (gateway clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 messages received from the client, %L2 bytes in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 messages sent to the client (route replies, error messages, @connections POST and this window), %L2 bytes in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the client last sent a message; the idle timeout counts from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API / stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ConnectionsPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open WebSocket connections. Select one to see its messages, send it a message or close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection to see its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message of this connection, both directions. Select one to see its steps here and everything about it in the Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each step took for the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to send to this connection, e.g. {&quot;action&quot;: &quot;ping&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the client as one text message, as a backend&apos;s @connections POST would. Press Enter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message to the client (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection with code 1000 (normal closure), as @connections DELETE does; $disconnect runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: connection %1 has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing %1 with code 1000…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 closed with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 closed with code %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open connections. The gateway is stopped: start it, then connect a WebSocket client to see the connection here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open connections. Connections appear here when a client connects to a WebSocket API; this project has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open connections. Connect to %1 (or another of the %2 WebSocket stages) to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open connections. Connect to %1 to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::CorsEditor</name>
    <message>
        <source>Allow credentials (cookies, Authorization) in cross-origin requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com, http://localhost:3000 — or * for any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;methods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET, POST, PUT — or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content-type, authorization — or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exposed headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-request-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;age (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max age in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: browsers cache preflights 5 s; -1 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CORS configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the CORS configuration: API Gateway then answers no preflight and adds no Access-Control-* headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS traps in this API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1`: browsers leave the default port out of Origin; write %2://%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1`: origins are compared as they are written, so a wildcard inside one matches no browser&apos;s Origin; list each origin, or use * alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` has no scheme: browsers send origins such as https://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1`: browsers send origins without a trailing &apos;/&apos;; write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is not an origin (scheme://host[:port], without a path, query or fragment), so no browser sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allowed origins: API Gateway answers preflights, but no browser page may read the responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With credentials, browsers read allowed methods * as a method literally named &quot;*&quot;: list the methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With credentials, browsers read allowed headers * as a header literally named &quot;*&quot;: list the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With credentials, exposed headers * exposes only a header named &quot;*&quot;: list the headers the page reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed headers * does not cover Authorization: browsers require it by name. Add authorization if pages send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium caches preflights for at most 2 hours and Firefox for 24 hours, whatever max age says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no CORS configuration: its integrations must answer preflights and add Access-Control-* headers themselves. Fill in a field to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CORS configuration of %1 cannot be used: %2. Change a field to replace it, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway answers every preflight (OPTIONS) request of %1 itself and adds these headers to every response, replacing CORS headers the integrations send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;i&gt;Fix: %3.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Browsers&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known CORS traps in this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None to report while the API has no CORS configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max age is a whole number of seconds from -1 (do not cache preflights) to 86400; got “%1”. Leave it empty for the browser&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of CORS of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::CorsLabPanel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with %2 in allowOrigins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to allowOrigins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to allowMethods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to allowHeaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set allowCredentials to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the CORS configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CORS on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 on OPTIONS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the %2 gateway response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the CORS Lab fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin of the page that calls fetch(): scheme, host and port, no path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch()&apos;s credentials option: “include” sends cookies cross-origin, and then the API must allow credentials and name the exact origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/pets/1 (path within the stage; a ?query may follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request as a browser would (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run CORS request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers the page sets with fetch(); names the browser may not set (Cookie, Host, …) are left out as a browser would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab sends its requests to the running gateway (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step / check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the browser found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the advised change in the working copy (one step of Edit ▸ Undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the working copy to the stage, so it serves the fix (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trap and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS traps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (auto-deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to choose an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (once the gateway runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS traps in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found in the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the working copy to compile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first: the lab sends its request to one of its APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is stopped. Start it (F6, or Start Gateway on the left), then run the lab again: it sends real requests through the running gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page origin must be a scheme, host and optional port, such as http://localhost:3000 (no path); got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method must be an HTTP method such as GET or PUT; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request header %1: “%2” is not a valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path does not make a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the page&apos;s origin and the request, then Run (%1). The lab sends the preflight and the request through the running gateway and checks the answers as a browser does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the lab to get advice for a blocked request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page and the API share an origin, so CORS does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CORS-safelisted method (GET, HEAD, POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page sets %1, which is not CORS-safelisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safelisted headers are longer than 1,024 bytes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preflight: %1 is a CORS-safelisted method and every header the page sets is safelisted, so the browser sends the request at once and checks only the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a page at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight OPTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable by the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body and status; no response header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers the page&apos;s JavaScript can read: the CORS-safelisted ones and those named in Access-Control-Expose-Headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: the browser lets the page read the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single change is advised for this failure; the failed checks say what the browser expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API %1 is no longer in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change does not fit the working copy any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply the fix: %1. Run the lab again for fresh advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy changed since this run: run the lab again to see what a browser gets now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in the working copy. Stage %1 deploys automatically, so the fix takes effect at once: run the lab again to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in the working copy. REST APIs: deploy to stage %1 to take effect (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in the working copy. Deploy to stage %1 to take effect (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 serves the fix now: run the lab again to see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::CostLabel</name>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: no prices (the pricing file has an error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this session&apos;s requests would cost on AWS (%1, prices from %2), and a 30-day month at the rate of the last minute, with the monthly tiers and without the free tier. Includes API requests, Lambda requests and GB-seconds, and data sent out; not cache hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 this session · %2/month at this rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 this session · %2/month at this rate · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::CostPanel</name>
    <message>
        <source>&lt;b&gt;No prices: the pricing file has an error.&lt;/b&gt; %1 Fix the file (docs/cost.md describes it) and restart Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST vs HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the requests served so far would have cost on AWS, priced in the monthly tiers from the month&apos;s first request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable requests, messages and connection events this session (requests no API answered cost nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable requests per second over the last minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 30-day month at the rate of the last minute, priced in the monthly tiers without the free tier, plus the project&apos;s REST stage caches (billed by the hour, traffic or not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: %1, from %2. The month is 30 days at the rate of the last minute; the projection falls when traffic stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected month, item by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between REST and HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST and HTTP traffic of the last minute, as a 30-day month on each kind of API (WebSocket traffic is left out). HTTP APIs meter requests in 512 KB increments and have no cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What switching to HTTP APIs would lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alarm goes off when the projected month rises to its threshold: a message in the status bar (and above the editor when this dock is hidden). It goes off again after the projection has fallen below the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another threshold on the projected month (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms at $100, $500 and $1,000 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests a second, steady through a 30-day month (messages a second for WebSocket APIs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload size in KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request&apos;s payload (HTTP APIs meter it in 512 KB increments, WebSocket messages in 32 KB), also each response&apos;s size sent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB (%2 an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A REST stage cache, billed by the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda memory in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory of the function each request invokes (128 to 10,240 MB); 0: no Lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda duration in ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each invocation runs (billed per 1 ms, up to 900,000 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket connections open on average through the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the free tier&apos;s monthly allowance (the first 12 months of an AWS account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Current Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the inputs from the last minute&apos;s traffic: its main flavour, rate and average response size, the average Lambda memory and billed duration (as if every request invoked such a function), the project&apos;s largest REST stage cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if month, item by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month at the last minute&apos;s rate, priced in the monthly tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metered requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests metered in 512 KB increments of their payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metered messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages both ways, metered in 32 KB increments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of the connections that closed in the last minute, a month of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache %1/%2 (%3 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage cache is billed by the hour, traffic or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pricing file has no price for a %1 GB cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every function invoked, authorizers included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB-seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each invocation&apos;s billed duration times its memory, at the x86_64 price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses (status line, headers, body) and messages sent to clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 30-day month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No REST or HTTP traffic yet: send requests to see them priced both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;HTTP would cost %1 less a month&lt;/b&gt; (%2 % less than REST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;REST would cost %1 less a month&lt;/b&gt; (%2 % less than HTTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) (%1)</source>
        <translation>
            <numerusform>%n method (%1)</numerusform>
            <numerusform>%n methods (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 require an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage plans %1 (per-client throttling and quotas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys and usage plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping templates and non-proxy integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; HTTP APIs map parameters only, not bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-amazon-apigateway-policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom gateway responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge-optimized endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP APIs are regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP APIs cannot be private to a VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-amazon-apigateway-minimum-compression-size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito user pool authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: becomes a JWT authorizer with the user pool as issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda TOKEN authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: becomes a REQUEST authorizer with the header as identity source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to see what its REST APIs use that HTTP APIs do not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The project has no REST API.&lt;/b&gt; The figures price its HTTP traffic as REST APIs would bill it; REST would add API keys and usage plans, request validation, body mapping templates, mock integrations, a response cache, resource policies and edge-optimized or private endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Switching to HTTP APIs loses nothing this project uses&lt;/b&gt;: its REST APIs use no API keys, request validation, mapping templates, mock integrations, cache, resource policy or custom gateway responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Switching to HTTP APIs would lose&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Would work differently&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm %1 at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm %1 threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm %1 state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove alarm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alarms: add one to be told when the projected month reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Projected month: %1. %n alarm(s) going off.</source>
        <translation>
            <numerusform>Projected month: %1. %n alarm going off.</numerusform>
            <numerusform>Projected month: %1. %n alarms going off.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::CostTableModel</name>
    <message>
        <source> The free tier&apos;s allowance is taken off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests a month (30 days), priced in the monthly tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metered requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests a month (30 days); each is metered in 512 KB increments of its payload, then priced in the monthly tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metered messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages a month (30 days); each is metered in 32 KB increments, then priced in the monthly tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections open all month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache (%1 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cache is billed by the hour, whatever the traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invocation per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB-seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB for %2 ms each, billed per 1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each response&apos;s payload sent to the client, priced in the monthly tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 30-day month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::DeployDialog</name>
    <message>
        <source>Deploy API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deployment is a snapshot of the working copy. The stage serves it until the next deployment; Edit ▸ Undo takes the deployment back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. “Enable CORS on /pets”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — undeployed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stage to deploy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stage of %1 deploys automatically (%2): changes are served at once, no deployment needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 has no deployment yet; it serves nothing until you deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 serves deployment %2, which differs from the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 already serves the working copy (deployment %2); deploying makes a new, identical deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the stage&apos;s deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage has a canary: the new deployment goes to the canary (%1 % of requests); promote it in the stage editor to serve it to every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the working copy with the stage&apos;s deployment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deployed yet: everything is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since deployment %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since deployment %1 of %2:</source>
        <translation>
            <numerusform>%n change since deployment %1 of %2:</numerusform>
            <numerusform>%n changes since deployment %1 of %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security scheme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request validator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::EditorSupport</name>
    <message>
        <source>%1 (not defined)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::EnableCorsDialog</name>
    <message>
        <source>Access-Control-Allow-&amp;Credentials: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the headers to the DEFAULT_4&amp;XX and DEFAULT_5XX gateway responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CORS on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an OPTIONS method to &lt;b&gt;%1&lt;/b&gt; with a MOCK integration that answers browsers&apos; preflight requests, and Access-Control-Allow-Origin on the chosen methods&apos; 200 responses — what the API Gateway console&apos;s “Enable CORS” generates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 uses a proxy integration: its backend must send Access-Control-Allow-Origin itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OPTIONS method answers the preflight; it is always generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (only CORS-safelisted response headers are readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent (browsers cache 5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-&amp;Expose-Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-&amp;Max-Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without them the browser hides the gateway&apos;s own errors (403, 429, 5xx) from the page as network errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Allow-Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Expose-Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-Control-Max-Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the origin browsers may call from: * for any page, or one origin such as http://localhost:3000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers reject Access-Control-Allow-Origin: * on requests with credentials. Enter the page&apos;s exact origin, such as http://localhost:3000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ExchangeActions</name>
    <message>
        <source>only the first %1 of %2 body bytes were captured; this sends that part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ExplorerPanel</name>
    <message>
        <source>no integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &amp;CORS on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no methods of its own; enable CORS on the resource that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test in the CORS &amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undeployed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy differs from deployment %1, which stage %2 serves. Deploy (F5) to serve the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 has no deployment: it serves nothing until you deploy (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoke URL: start the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Double-click to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Path form: %2
Double-click to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
integration: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, two-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda REQUEST authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path part of the new resource under %1 (e.g. pets, {petId}, or {proxy+} for everything below):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method of %1 (it answers 200 through a MOCK integration until you choose another one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has every method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route key: $connect, $disconnect, $default, or the value the route selection expression %1 gives (e.g. sendmessage):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route key: METHOD /path (e.g. GET /pets/{id}, ANY /{proxy+}), or $default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name (e.g. dev, prod; letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the new authorizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the %1 (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name (letters and digits, e.g. Pet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validator name (e.g. Validate body):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway response to customise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 customises every gateway response already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the reusable integration (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function name (1 to 64 letters, digits, &apos;-&apos; and &apos;_&apos;; what integration URIs name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plan name (e.g. basic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key name (e.g. the client it is for); its value is made at random:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New path part of %1 (sub-resources move with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New route key of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customise this response for another type instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1 (what refers to it follows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers no API stage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · usage plans: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Method %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New HTTP method of %1 %2 (its integration, request and responses stay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New display name of API %1 (its id %1, and so its invoke URL, stays):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 %2 (its integration, request and responses) to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CORS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the CORS configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS  ·  not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway answers preflights and adds the Access-Control-* headers for every route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CORS configuration: the integrations must answer preflights and add Access-Control-* headers themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canary %1 % → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ExportDialog</name>
    <message>
        <source>OpenAPI 3.0 (x-amazon-apigateway-*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger 2.0 (x-amazon-apigateway-*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS SAM template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CloudFormation template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes deployable configuration, as &lt;code&gt;gatehouse export&lt;/code&gt; does. Values that only work on this machine become parameters or variables; the warnings say which, and what to pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the preview to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform is always written as HCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All APIs of the project (%n)</source>
        <translation>
            <numerusform>All APIs of the project (%n)</numerusform>
            <numerusform>All APIs of the project (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A template holds the whole project: every API, stage, usage plan, API key and function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n line · %2</numerusform>
            <numerusform>%1 · %n lines · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export with these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt; — none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings (%1)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to pass when you deploy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &lt;b&gt;%1&lt;/b&gt;: %2. Nothing was written; choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::Formatting</name>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::ui::FunctionEditor</name>
    <message>
        <source>A Node.js handler is FILE.EXPORT: the file (without .js, .cjs or .mjs, may be in a subfolder) and the exported function, e.g. index.handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python handler is MODULE.FUNCTION: the module (without .py; packages with dots) and the function, e.g. app.lambda_handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom runtime&apos;s handler is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter, then letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js and Python handlers run in Gatehouse&apos;s bootstraps; a custom runtime runs the code folder&apos;s own bootstrap executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with the function&apos;s code, relative to the project file&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the code folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code folder check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>128 to 10,240 MB: reported in REPORT lines and priced by the cost model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 900 seconds: the process is stopped past it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set runtime of function %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit environment of function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set memory of function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set timeout of function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handler is required, e.g. index.handler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set handler of function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A function needs a code folder: the folder with its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set code folder of function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder yet; create it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 in the code folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code folder has no bootstrap executable; a custom runtime needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code folder has no %1; invocations will fail until it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No function selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function %1 no longer exists. Select another item in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::FunctionView</name>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request invoked no Lambda function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invocation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max used %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log · empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 for a busy instance (AWS would start another; Gateway ▸ Start a Lambda Instance per Concurrent Request does too)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::GatewayController</name>
    <message>
        <source>The gateway is not stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::HarExporter</name>
    <message>
        <source>cancelled; %1 was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::InspectorPanel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request in Traffic: this tab says what answered it, why, and what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response was sent: the client went away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a cross-origin request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client went away before a response, so there is nothing to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at %1 and the API share an origin, so the browser applies no CORS checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Allowed by the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Blocked by the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preflight: the page at %1 asked whether it may send %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preflight: the page at %1 asked whether it may send %2 %3 with the headers %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser does not send the %1 request itself; the page sees a network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at %1 sent %2 %3, and the browser lets it read the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at %1 sent %2 %3; the request reached the API, but the browser hides the response from the page (a network error in JavaScript).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the browser blocks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CORS Lab (View ▸ CORS Lab) replays such a request and advises the change that fixes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit: decided %1 ago; the function was not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss: the function was called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (answered from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizer returned no context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizer returned no policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 for %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &lt;b&gt;%1&lt;/b&gt;, stage &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched route &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;b&gt;%1&lt;/b&gt; step answered the request itself (&lt;code&gt;%2&lt;/code&gt;), so the steps after it did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step ran and the integration answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway response &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration answered %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed the connection before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id %1 · received %2 · took %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation, mapping and cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bucket and quota as this request found them ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(decoded, not trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM (Signature Version 4): signature valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM (Signature Version 4): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presigned URL (query string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical request (as the gateway computed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource policy: the request may go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource policy: refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no such key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets and quotas, as this request found them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests used, this one included; resets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 requests of the period used; resets %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens before this request; refills %3 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: less than one token, so the request was throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validation: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validation: failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validationErrorString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the body breaks the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(passthrough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: hit (the integration was not called)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control: max-age=0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorized: the entry was invalidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authorized (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and Re&amp;send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request as a curl command line (headers and body exactly as sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request and the response as text, as on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this request to the running gateway again; the answer appears in Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the method, URL, headers or body, then send it to the running gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a HAR file: this gateway did not serve it, so no step ran here and the timings are the file&apos;s. Replay sends the request to the running gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter variables (e.g. identity, authorizer.claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter $context variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$context variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every $context variable with its value for this request, as mapping templates and access logs see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which cold start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This variable has no value for this request; access logs print &quot;-&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served by the stage&apos;s &lt;b&gt;canary&lt;/b&gt; (deployment %1, &lt;code&gt;$context.isCanaryRequest&lt;/code&gt; true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served by the stage&apos;s own deployment %1, not its canary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::IntegrationEditor</name>
    <message>
        <source>Lambda function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body passthrough:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration request mapping template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no integration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda proxy (AWS_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS service (AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy (HTTP_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock (MOCK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function (AWS_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP URL (HTTP_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/{proxy} or arn:aws:apigateway:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: 29000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: 30000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body passthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no template matches the Content-Type (WHEN_NO_MATCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When there are no templates (WHEN_NO_TEMPLATES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (NEVER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passthrough behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request mapping templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP integration needs the URL of its backend, e.g. https://example.com/pets/{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: it needs a host, e.g. https://example.com/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AWS integration URI is an API Gateway service ARN, arn:aws:apigateway:REGION:SERVICE:path/… or …:action/…; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Lambda proxy integration needs a function: choose one of the project&apos;s functions above, or enter its invocation ARN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no Lambda function; use arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout is a whole number of milliseconds from 50 to %1; got “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be from 50 to %1 ms; got %2. Leave it empty for AWS&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(enter an ARN as the URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passthrough (no conversion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to text (CONVERT_TO_TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to binary (CONVERT_TO_BINARY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content handling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC link id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the backend&apos;s resource policy allows API Gateway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role API Gateway assumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s credentials (arn:aws:iam::*:user/*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What API Gateway signs the call to the backend with on AWS. Gatehouse calls local functions without assuming a role; the fidelity report says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration role ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/apigateway-invoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration content handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration connection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet (INTERNET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC link (VPC_LINK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC link id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abc123 or ${stageVariables.vpcLinkId}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Gatehouse does with the VPC link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPC link integration needs the id of its VPC link, e.g. abc123 or ${stageVariables.vpcLinkId}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPC link id has no spaces; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ARN of the IAM role API Gateway assumes to call the backend, e.g. arn:aws:iam::123456789012:role/apigateway-invoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IAM role ARN: write arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME (a 12-digit account id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse cannot reach a VPC: it calls %1 directly from this machine instead of through VPC link %2 (the fidelity report says so). Point the URI at a local server to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse cannot reach a VPC, and %1 names nothing it can call from this machine: requests get the 500 of an unreachable integration (the fidelity report says so). Use an http(s) URI to have Gatehouse call it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::IntegrationResponsesEditor</name>
    <message>
        <source>Method response header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration response parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration response mapping template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add integration response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove integration response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header mappings of the selected response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping templates of the selected response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Integration Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection pattern (a regular expression matched against the backend&apos;s status or Lambda error message; &quot;default&quot; for anything else):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method response status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration response parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration response templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a response for the selection pattern “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selection pattern cannot be empty; use “default” for the response that matches anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection pattern “%1” is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selection pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A method response status is a 3-digit HTTP status from 100 to 599; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration response content handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content handling of the selected response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration response content handling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the name is empty; a name is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a valid name; a name is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is already used by an earlier row; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::LambdaLogView</name>
    <message>
        <source>Function log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::LimitsModel</name>
    <message>
        <source>%1 % left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests used · resets %3 (in %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens · refills %3 per second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::LimitsPanel</name>
    <message>
        <source>Gateway clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time moves for the whole gateway: buckets refill, quota periods end, cached authorizer results and idle function processes expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the gateway clock by one second. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the gateway clock by one minute. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the gateway clock by one hour. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the gateway clock by one day. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To quota reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance the gateway clock to the end of the earliest quota period. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every count: buckets start full and quotas unused with the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit has been checked yet. Buckets and quotas appear with the first request that uses them: usage plans and their API keys, stage and method throttling, and the account limit every request passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets and quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway clock %1 · &lt;b&gt;%2 ahead of real time&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway clock %1 (real time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::LoadProgressWidget</name>
    <message>
        <source>Opening progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop opening the file; the open project stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoke URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS Lab fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Gatehouse project or an OpenAPI / Swagger document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &amp;CORS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CORS on the REST resource selected in the Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS &amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a browser page against the running gateway and see what CORS allows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Invoke URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the invoke URL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the gateway to get an invoke URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy invoke URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Open a Gatehouse project or an OpenAPI document with File ▸ Open (%1), or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project or OpenAPI Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and OpenAPI documents (*.gatehouse.yaml *.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read as a project or OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. Problems (below) says where and why; fix the file, or open another one with File ▸ Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n API(s), in %2 ms</source>
        <translation>
            <numerusform>Opened %1: %n API, in %2 ms</numerusform>
            <numerusform>Opened %1: %n APIs, in %2 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] — Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &amp;CORS on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the working copy to a stage (%1). Every stage serves the working copy now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the working copy to a stage (%1). Undeployed changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deploy, %n stage(s) with undeployed changes</source>
        <translation>
            <numerusform>Deploy, %n stage with undeployed changes</numerusform>
            <numerusform>Deploy, %n stages with undeployed changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a Gatehouse Project (the OpenAPI document stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse projects (*.gatehouse.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The project was not saved.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 deploys automatically; there is nothing to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stage %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed %1 to stage %2 (deployment %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CORS works on a resource of a REST API that has methods; %1 %2 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CORS works on REST APIs; %1 is not one. HTTP APIs have a CORS configuration (x-amazon-apigateway-cors) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CORS was not enabled on %1.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CORS on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CORS on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Enabled CORS on %1&lt;/b&gt; in the working copy of %2: %n change(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Enabled CORS on %1&lt;/b&gt; in the working copy of %2: %n change</numerusform>
            <numerusform>&lt;b&gt;Enabled CORS on %1&lt;/b&gt; in the working copy of %2: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n thing(s) it cannot fix</source>
        <translation>
            <numerusform>, and %n thing it cannot fix</numerusform>
            <numerusform>, and %n things it cannot fix</numerusform>
        </translation>
    </message>
    <message>
        <source> (Problems lists them; Edit ▸ Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST stages serve their last deployment: deploy to %1 to take effect (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test in CORS Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is busy (%2); the gateway runs on port %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the gateway (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway running on http://127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway running on http://127.0.0.1:%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: letting requests in flight finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the gateway (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1, stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1, stage %2
Path form: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;AWS API Gateway on your desktop: design REST and HTTP APIs, run them locally, and watch every request go through the gateway&apos;s steps.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export OpenAPI, Swagger, SAM, CloudFormation or Terraform for AWS (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mint Test Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a JWT with the project&apos;s local identity provider, for JWT and Cognito authorizers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &amp;Template Playground…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a mapping template and see what it renders for the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request in Traffic first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flush Stage Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the selected stage&apos;s cache, as the console&apos;s Flush entire cache does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudWatch&apos;s metrics of the traffic served: Count, errors, latency percentiles per API, stage and route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open WebSocket connections: their messages, and Send and Close for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local identity provider has no key, so JWT and Cognito authorizers cannot verify test tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flush Stage Cache of %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage is selected; select one in the Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of %2 has no cache; add a cache: block to the stage to enable one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flushed the cache of %1/%2: %n cached response(s) dropped.</source>
        <translation>
            <numerusform>Flushed the cache of %1/%2: %n cached response dropped.</numerusform>
            <numerusform>Flushed the cache of %1/%2: %n cached responses dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recovery copy of %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has unsaved changes from %2&lt;/b&gt;, kept when Gatehouse last stopped. Restoring makes them one undoable edit; the file stays as it is until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes were not restored.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the recovered changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Exported to %1 (%n warning).</numerusform>
            <numerusform>Exported to %1 (%n warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1 was canceled; the open project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1 to the resent request; it is the newest row in Traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resent request got no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln request(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln request from %1.</numerusform>
            <numerusform>Imported %Ln requests from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) without an http(s) URL left out (%1).</source>
        <translation>
            <numerusform>%Ln entry without an http(s) URL left out (%1).</numerusform>
            <numerusform>%Ln entries without an http(s) URL left out (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was not imported.&lt;/b&gt; %2. Check that it is a HAR 1.2 file as browsers&apos; devtools (Save all as HAR) or &lt;code&gt;gatehouse serve --har&lt;/code&gt; write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New API…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a REST, HTTP or WebSocket API: blank, from an example, or imported from an OpenAPI document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the requests of a HAR file (from browser devtools or gatehouse serve --har) in Traffic, to inspect and replay them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server-&amp;Timing Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every request with a Server-Timing header holding each step&apos;s time, so browser devtools show the gateway&apos;s breakdown (AWS sends no such header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request shown in the Inspector to the running gateway again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a request with an API key, token or SigV4 identity and send it through the running gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open %1 on its own instead, use File ▸ Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project with API %1; File ▸ Save (%2) asks where to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HAR file is being imported; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway is not running; start it first (Gateway ▸ Start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replay %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 body bytes were captured; that part is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing HAR: %L1 of %L2 requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln request(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln request to %1.</numerusform>
            <numerusform>Wrote %Ln requests to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The HAR file was not written.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export H&amp;AR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the requests Traffic shows (or the selected ones) as a HAR 1.2 file with timings, steps and cost; secrets read REDACTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the traffic would cost on AWS: the session, the month at this rate item by item, REST versus HTTP, billing alarms and a what-if table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing alarm: the projected month is %1, at or over your %2 alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Billing alarm: %1 a month.&lt;/b&gt; At the rate of the last minute this traffic would cost %1 in a 30-day month on AWS, at or over your %2 alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log lines of the stages with access logging on, and the files they are written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to the canary of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed %1 to the canary of stage %2 (deployment %3); promote the canary in the stage editor to serve it to every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic shows no requests to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HAR file is being written; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Lambda &amp;Instance per Concurrent Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As AWS does: every concurrent invocation of a function gets an instance of its own, a cold start each. Off: a busy instance is waited for up to %1 ms first, so a quick function runs on a few warm processes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::MessageLogModel</name>
    <message>
        <source>$connect refused the connection with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(@connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: $connect answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client opened the connection ($connect ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message the client sent to the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the route&apos;s integration answered, sent back to the client (a two-way route, or an error message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message sent to the client on the gateway&apos;s own initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed ($disconnect ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with the Send button of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by a backend through the @connections API (POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1: stopped at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route the route selection expression chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::MethodEditor</name>
    <message>
        <source>Method Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method execution flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy integration passes the backend&apos;s response through as it is: integration responses do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (NONE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM, SigV4-signed requests (AWS_IAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda authorizer (CUSTOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito user pool (COGNITO_USER_POOLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. email, orders/read (comma-separated; empty: an ID token is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add method request parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove method request parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models (content type=model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add method response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove method response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statuses, headers and models the method declares. Headers are names separated by commas; models are CONTENT-TYPE=MODEL pairs naming models of the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method has no integration yet: choose one in Integration Request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration: requests get a 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: 29000 ms (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parameter mapping(s)</source>
        <translation>
            <numerusform>%n parameter mapping</numerusform>
            <numerusform>%n parameter mappings</numerusform>
        </translation>
    </message>
    <message>
        <source>Mock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by API Gateway from the request template&apos;s statusCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend&apos;s response is passed through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No responses: every answer is a 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method responses declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API has no Cognito user pool authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API has no Lambda authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope “%1” has characters OAuth scopes cannot have (spaces, quotes or backslashes); separate scopes with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request parameter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name “%1” has characters a header or query parameter name cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two %1 parameters named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path parameter “%1” is not in the resource path %2; path parameters name a {part} of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A method response status is a 3-digit HTTP status from 100 to 599; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a method response for status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no valid header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not CONTENT-TYPE=MODEL, e.g. application/json=Pet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model “%1” is not defined in this API; add it under Models first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method response %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::MetricsChart</name>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (1 minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::MetricsPanel</name>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics route or method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API (CloudWatch dimension ApiId), or all APIs summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage (dimension Stage), or all of the API&apos;s stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource and method or route (dimensions Resource and Method) that saw traffic, or all of the stage&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes · 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes · 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour · 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day · 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-second periods are kept for the last hour, 1-minute periods for the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Open one with File ▸ Open and send it requests: their Count, errors and latency are charted here, per API, stage and route, as CloudWatch names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-second periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-minute periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All APIs, summed · %1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions %1 · %2 over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections or messages to %1 in %2. Connect to the invoke URL and send a message: it is charted here within a second; older traffic shows with a longer range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests to %1 in %2. Send one to the invoke URL: it is charted here within a second; older traffic shows with a longer range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 · p90 %2 · p99 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 client · %2 integration · %3 execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits · %2 misses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::MintTokenDialog</name>
    <message>
        <source>Mint Test Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with this project&apos;s local identity provider key (%1). JWT authorizers whose issuer is the provider, and Cognito user pools without declared keys, accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, API %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito user pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: issued by the local provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject (sub):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space-separated, e.g. read write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one NAME=VALUE per line, e.g. email=ana@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds until exp; a negative value makes an already expired token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: gatehouse-local-client (the app client id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no local identity provider key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra claims, line %1: write NAME=VALUE, e.g. email=ana@example.com (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not sign the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at %1: authorizers will answer 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ModelEditor</name>
    <message>
        <source>request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is a JSON object (a JSON Schema draft 4 document); this is a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a type is one of array, boolean, integer, null, number, object, string (or a list of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON Schema draft 4: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ref names the model %1, which this API does not have; add it under Models or fix the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ref %1 points outside the API; API Gateway resolves only its own models (#/components/schemas/NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validation cannot use this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits; renaming also renames the references to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway imports every model of an OpenAPI document as application/json; a method&apos;s request body chooses the model per content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the model is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 of API %2 no longer exists. Select another item in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no method yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A valid JSON Schema draft 4 model, as API Gateway validates request bodies with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); line %1: %2</source>
        <translation>
            <numerusform>%n problem; line %1: %2</numerusform>
            <numerusform>%n problems; line %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A model name is letters and digits only (API Gateway&apos;s rule); “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API already has a model called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename model %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::NewApiWizard</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; that is no OpenAPI document Gatehouse imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid YAML or JSON: line %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Gatehouse project, not an OpenAPI document: open it with File ▸ Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and methods, mapping templates, API keys, caching: API Gateway&apos;s first kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes with Lambda or HTTP proxy integrations and JWT authorizers: cheaper and simpler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WebSocket API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lived connections whose messages are routed by a selection expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {apiId} of the invoke URL: lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examples are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OpenAPI Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI and Swagger documents (*.yaml *.yml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API id `%1` may contain only lower-case letters, digits and &apos;-&apos; (it is part of the invoke URL&apos;s host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title for the new API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the OpenAPI 3.0 or Swagger 2.0 document to import (JSON or YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has an API %1; the new one gets a free id beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with the API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::OverviewPage</name>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is stopped. Start it (Gateway ▸ Start) to get invoke URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stages: nothing of this API is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · auto-deploys the working definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undeployed changes: the routes below are what the stage serves, not the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoke URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not served: see the problems below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fidelity: what is not emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything these APIs use is emulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (two-way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1:%2, logical id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS: API Gateway answers preflights and adds the Access-Control-* headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS: not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CORS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure CORS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · canary: %1 % of requests get deployment %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::PairsTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ProblemsPanel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened; the open project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS: %1 Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · authorizer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · validator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · gateway response %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · integration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Double-click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project file to save to yet; use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the OpenAPI document this project was made from; a project file would replace it. Choose another name, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ProjectEdits</name>
    <message>
        <source>Enter a name for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name `%2` may contain only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a stage name such as dev or prod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage name `%1` may contain only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128); HTTP APIs may also have $default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already has a stage %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function name `%1` must be 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a function %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 setting of API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 settings of API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a path part such as pets, {petId} or {proxy+}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1`: a path part cannot contain &apos;/&apos;; add one resource for each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no resource %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid resource path: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sibling (%1) of this resource already has a variable path part -- only one is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is not a route key: write METHOD /path (%2), e.g. GET /pets, or $default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is not a valid route path: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a route key: $connect, $disconnect, $default or the value the route selection expression gives (e.g. sendmessage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route keys starting with $ are reserved: use $connect, $disconnect or $default, or a key without $.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already has a route %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda TOKEN authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda REQUEST authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito user pool authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no API %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an %2: it has routes, not resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is not a method API Gateway has; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a %2 method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add method %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 answers 200 through a MOCK integration until you give it another integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a REST API: add resources and methods instead of routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 has a MOCK integration that accepts the message until you give it another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 has no integration yet and answers 500 until you give it one (HTTP APIs have no MOCK integrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 deploys automatically: it serves every change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 serves deployment %2; deploy (F5) to serve the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 serves nothing until you deploy to it (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot have a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It calls function %1, which the project does not have yet: add it under Functions, or choose another function in the authorizer&apos;s editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already has an authorizer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add authorizer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already has a security scheme %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its user pool %1 is served by the local identity provider (Tools ▸ Mint Test Token) until you name your own pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its issuer in the authorizer&apos;s editor; until then it refuses every token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its issuer is the local identity provider (Tools ▸ Mint Test Token); audience %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse keeps models of REST and HTTP APIs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a model name such as Pet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model name `%1` may contain only letters and digits (AWS&apos;s rule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already has a model %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request validators belong to REST APIs; %1 is an %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a validator name such as &quot;Validate body&quot; (no &apos;:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already has a request validator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add request validator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods use it once you choose it as their request validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway responses belong to REST APIs; %1 is an %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` is not a gateway response type; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already customises gateway response %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gateway response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reusable integrations belong to HTTP APIs; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 already has an integration %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It calls function %1; routes use it once you choose it as their integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It forwards to http://127.0.0.1:8080 until you set its URL; routes use it once you choose it as their integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function %1 runs %2/index.js (export handler) with Node.js 20, relative to the project file; change its runtime, folder and handler in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a usage plan name such as basic (no &apos;:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has a usage plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API stages and limits to usage plan %1 in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API key name such as alice (no &apos;:&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has an API key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 has a new random value; add it to a usage plan in its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also added function(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is its name already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no function %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename function %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no usage plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename usage plan %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no API key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename API key %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename resource %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no route %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename route %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no stage %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no authorizer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename authorizer %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no model %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename model %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no request validator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename request validator %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 does not customise gateway response %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change gateway response %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no integration %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename integration %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy runs the same code folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key uses the copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy has its own random value and the same usage plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a variable path part, and a resource can have only one variable child: add a resource instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same methods and sub-resources as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in a greedy path variable; nothing can be added after it. Add a route instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 serves what %2 serves; no usage plan covers it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate authorizer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate request validator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete function %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete method %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete authorizer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request validator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete gateway response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete integration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete function %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete function %1? It is used by %2; they answer 500 until they call another function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete usage plan %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete usage plan %1? API key(s) %2 leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API key %1? Clients that send it are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API %1 with its %2 and %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 method or route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 methods and routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sub-resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sub-resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and its %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and its %2 and %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete method %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete route %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage %1? Its invoke URL stops answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage %1? Its invoke URL stops answering, and usage plan(s) %2 no longer cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete authorizer %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete authorizer %1? %2 no longer require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model %1? %2 to it will no longer resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request validator %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request validator %1? %2 that choose it no longer validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete gateway response %1? AWS&apos;s default response applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete integration %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete integration %1? %2 keep a copy of it of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a REST API: rename its routes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is its method already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a %2 method: delete or rename that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change method %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for API %1 (its id, and so its invoke URL, stays %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API name is at most 1024 characters long (AWS&apos;s limit); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename API %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has every method; duplicate %2 to another resource instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an %2: duplicate its routes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no resource %2: add it first, or choose one of its resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another method or another resource than %1 %2 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no path parameter for %2; change those integration request parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate method %1 %2 to %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2: a CORS configuration belongs to HTTP APIs. On a REST API, enable CORS on each resource instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS refuses this CORS configuration: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change CORS of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure CORS of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 has no CORS configuration to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CORS of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers now get no Access-Control-* headers from API Gateway for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the CORS configuration of API %1? API Gateway then answers no preflight and adds no Access-Control-* headers; the integrations must do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::ResendDialog</name>
    <message>
        <source>Edit and Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request goes to the running gateway whatever host and port the URL names; the host name picks the API as on AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One header per line: Name: value. Content-Length and Connection are set when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%Ln byte(s) of binary data: sent as captured; not editable here]</source>
        <translation>
            <numerusform>[%Ln byte of binary data: sent as captured; not editable here]</numerusform>
            <numerusform>[%Ln bytes of binary data: sent as captured; not editable here]</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the request cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, line %1: expected &quot;Name: value&quot;, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::RouteEditor</name>
    <message>
        <source>A route key is METHOD /path (e.g. GET /pets/{id}) or $default; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an HTTP method; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path segment “%1” of %2 is not valid: use letters, digits, -._~ or a {parameter}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A greedy {%1} must be the last segment of the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /pets/{id}, ANY /{proxy+} or $default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (NONE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM, SigV4-signed requests (AWS_IAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT authorizer (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda authorizer (CUSTOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. orders/read, orders/write (comma-separated; the token needs one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response parameter mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the response for one status: overwrite:header.NAME, append:header.NAME, remove:header.NAME or overwrite:statuscode, from $response.header.NAME, $response.body.PATH, $context.X or static text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the status is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket route key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$connect, $disconnect, $default or the route selection value, e.g. sendmessage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket integration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function (AWS_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP proxy (HTTP_PROXY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock (MOCK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket integration function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket integration URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket integration timeout in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: 29000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way (route response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the integration&apos;s response back to the client as a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM (AWS_IAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket APIs authorize the $connect route only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock response body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration needs a URI: a function name or ARN, or an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mock response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API has no authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of route %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This route uses the shared integration “%1” (components.x-amazon-apigateway-integrations). Changing it here gives this route its own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket route %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(enter a URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API already has a route %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename route %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API has no JWT authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API has no Lambda authorizer. Add one under Authorizers in the Explorer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope “%1” has characters OAuth scopes cannot have (spaces, quotes or backslashes); separate scopes with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route takes at most 10 scopes; there are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response mappings apply to a status from 200 to 599; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a response modification: use overwrite:header.NAME, append:header.NAME, remove:header.NAME or overwrite:statuscode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route key cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route keys starting with $ are reserved: $connect, $disconnect and $default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::SharedIntegrationEditor</name>
    <message>
        <source>Set %1 of integration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route uses this integration yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1. A change here applies to each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration cannot be read: %1 (%2). Fix it in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::StageEditor</name>
    <message>
        <source>Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy &amp;automatically: the stage serves every change at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default method throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeployed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the working copy to this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this stage is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available as &lt;code&gt;${stageVariables.NAME}&lt;/code&gt; in integration URIs and as &lt;code&gt;$stageVariables.NAME&lt;/code&gt; in mapping templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate (requests/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method to throttle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add method throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected method throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 3600 seconds; 0 caches nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on auto-deploy of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off auto-deploy of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set description of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit variables of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttle %1 on stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove throttling of %1 on stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable cache of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable cache of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cache size of stage %1 to %2 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set cache time to live of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set throttling of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set method throttling of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off access logging of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set access log format of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage %1 of API %2 no longer exists (deleted, renamed or undone). Select another item in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 · %2 (%3 API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys automatically: the stage serves the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage serves nothing: it points at no deployment. Deploy the API to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves deployment &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeployed changes: the working copy differs from what this stage serves; clients see the change after the next deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: the stage serves the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default route throttling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB (not a size AWS offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On AWS: $%1 per hour, about $%2 per month while enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary requests use the stage &amp;cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the stage and exported. While the gateway runs, each request to this stage adds one line in this format to the stage&apos;s access log file: View ▸ Access Logs shows the lines and where the file is. &lt;code&gt;gatehouse serve --stage-access-logs DIR&lt;/code&gt; writes the same files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary releases are for REST API stages: AWS HTTP and WebSocket APIs have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve another deployment to a share of this stage&apos;s requests, picked at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary share of requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100: the percent of requests the canary serves, each picked at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deplo&amp;yment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage variable overrides: canary requests see these values (and these variables) instead of the stage&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary stage variable overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary uses the stage cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: canary requests neither read nor fill the stage cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canary summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage serves the canary&apos;s deployment with its variable overrides, and the canary is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request gets the stage&apos;s deployment again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set canary deployment of stage %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set canary share of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit canary variable overrides of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the canary of stage %1 use the stage cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the canary of stage %1 bypass the stage cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove canary of stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add canary to stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote canary of stage %1 (deployment %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the stage&apos;s own: deploy to send the next version here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a deployment of this API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the API first: a canary serves one of its deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every request gets the stage&apos;s deployment. Turn it on to send a share of the requests to another deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canary serves the stage&apos;s own deployment %1 for now: deploying to this stage sends the new version to the canary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of requests, picked at random, get deployment &lt;b&gt;%2&lt;/b&gt;; the rest get &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their records say canary (traffic filter &lt;code&gt;canary=true&lt;/code&gt;) and &lt;code&gt;$context.isCanaryRequest&lt;/code&gt; is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage has no cache, so there is nothing to share yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeployed changes: the working copy differs from what the canary serves; the next deployment goes to the canary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: the canary serves the working copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;mote Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::TemplateMapEditor</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Type this template applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template for another content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: add a content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Mapping Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type of the request or response it maps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::TemplatePlayground</name>
    <message>
        <source>%1, line %2: write NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters, line %1: write “header NAME: VALUE”, “querystring NAME: VALUE” or “path NAME: VALUE”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body, e.g. {&quot;name&quot;: &quot;Rex&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header X-Id: 7
querystring q: cats
path petId: 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requestId=abc
identity.sourceIp=127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping Template Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Selected Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the body, parameters and $context from the request selected in Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, %1 (API Gateway answers 500 Internal server error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::TestPanel</name>
    <message>
        <source>The gateway did not answer within %1 s. The Traffic dock shows whether the request reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s record of this request did not arrive: the window&apos;s record feed dropped it under load, or the request never reached the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test requests go through the running gateway (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API the request goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage: REST stages serve their last deployment, not the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/pets/1 (within the stage; a ?query may follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request through the running gateway (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit=3&amp;type=dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers sent as typed; Host and Content-Length are set by the panel, and the identity&apos;s headers replace typed ones of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token (local identity provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4 (project access key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the request claims to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as x-api-key; the project&apos;s apiKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token authorizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWT or Cognito authorizer the token is made for: a fresh token is signed with the project&apos;s local identity provider key at every send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes, space-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the request with AWS Signature Version 4 (execute-api, %1) at the gateway clock&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;dog&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this request&apos;s record in the Inspector: $context, identity, mapping, Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undeployed changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project declares no access keys (credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JWT or Cognito authorizer: the token is issued by the local provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to choose an API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (once the gateway runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to test its APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent through the running gateway (127.0.0.1:%1), every step included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is stopped: Send starts it, then sends the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: the local identity provider is not serving yet; start the gateway (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: this project has no local identity provider key, so no token can be minted. Save the project to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: OpenSSL could not sign the token with the key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first: the test panel sends requests to its APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is not running and could not be started; see the status bar, then press Start Gateway (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
--- SigV4 canonical request
%1

--- String to sign
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2. Is the gateway still running on port %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s record of this request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 in the gateway</source>
        <translation>
            <numerusform>%n step, %1 in the gateway</numerusform>
            <numerusform>%n steps, %1 in the gateway</numerusform>
        </translation>
    </message>
    <message>
        <source> · matched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · answered early at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet: compose a request and press Send (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of the request appear here once the gateway has answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::TrafficModel</name>
    <message>
        <source>The client went away before a response was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-origin request from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the browser allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the browser blocks it.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API answered this request, so no AWS account would pay for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Gateway: %1 (%2 metered request(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda: %1 (%2 invocation(s), %3 GB-s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data out: %1 (%L2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the first tier&apos;s prices, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a HAR file: this gateway did not serve it. Replay sends it to the running gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (canary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by the canary of stage %1 (deployment %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by stage %1&apos;s own deployment %2, not its canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: kept when the table is cleared or full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body: %L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration was called: the gateway answered on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole request, as the client saw it ($context.responseLatency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration&apos;s part ($context.integrationLatency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the request would cost on AWS at the first tier&apos;s prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::TrafficPanel</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source> · %L1 older removed (limit %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %L1 dropped while the window was busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: status&gt;=500 and path~&quot;/pets&quot;, latency&gt;100ms, not cors=allowed (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the traffic: fields such as status, method, path, api, stage, step, cors, latency, size and header.NAME, compared with = != &gt; &gt;= &lt; &lt;= ~, joined with and, or, not and parentheses; a bare word searches path, method, API and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and Re&amp;send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s) match the filter</source>
        <translation>
            <numerusform>%L1 of %Ln request matches the filter</numerusform>
            <numerusform>%L1 of %Ln requests match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source> · filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding requests to the table; they wait and arrive together when you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every request from the table but the pinned ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prod (canary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Requests as &amp;curl</source>
        <translation>
            <numerusform>Copy %n Request as &amp;curl</numerusform>
            <numerusform>Copy %n Requests as &amp;curl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n &amp;Exchanges</source>
        <translation>
            <numerusform>Copy %n &amp;Exchange</numerusform>
            <numerusform>Copy %n &amp;Exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replay %n Requests</source>
        <translation>
            <numerusform>&amp;Replay %n Request</numerusform>
            <numerusform>&amp;Replay %n Requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pin %n Requests</source>
        <translation>
            <numerusform>&amp;Pin %n Request</numerusform>
            <numerusform>&amp;Pin %n Requests</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep through Clear and the store limit (at most %L1 pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unpin %n Requests</source>
        <translation>
            <numerusform>&amp;Unpin %n Request</numerusform>
            <numerusform>&amp;Unpin %n Requests</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrival Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the sort: oldest request first, as they arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %Ln pinned</source>
        <translation>
            <numerusform> · %Ln pinned</numerusform>
            <numerusform> · %Ln pinned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · paused, %Ln waiting</source>
        <translation>
            <numerusform> · paused, %Ln waiting</numerusform>
            <numerusform> · paused, %Ln waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::ui::UsagePlanEditor</name>
    <message>
        <source>The API key %1 would be in two usage plans for %2 (%3 and %4); AWS allows one usage plan per API stage for a key. Remove the key from one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttling per API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota per API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plan description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plan problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week (from Sunday, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests taken from the first period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API stages in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A usage plan needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another usage plan is called %1; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set description of usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set throttling of usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set quota of usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1/%2 to usage plan %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1/%2 from usage plan %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API key %1 to usage plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove API key %1 from usage plan %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage plan selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage plan %1 no longer exists. Select another item in the explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no REST API stage; usage plans cover REST API stages only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::VtlLexer</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gw::ui::WaterfallWidget</name>
    <message>
        <source>Step timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request in Traffic to see how long each step took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline step ran for this request (it was refused by the HTTP server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no detail code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: starts at %2, takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step answered the request; later steps did not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
