<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>%1 bytes, first %2 KB shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, first %2 shown</source>
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
        <source>Invocation details</source>
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
        <source>request id %1</source>
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
        <source>Authorizer decision</source>
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
</context>
<context>
    <name>gw::ui::LambdaLogView</name>
    <message>
        <source>Function log</source>
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
</context>
<context>
    <name>gw::ui::TrafficPanel</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every request from the table</source>
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
