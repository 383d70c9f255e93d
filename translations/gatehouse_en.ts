<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TemplatePlayground</name>
    <message>
        <source>%1, line %2: write NAME=VALUE</source>
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
    <message>
        <source>%1
integration: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, two-way</source>
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
    <name>gw::ui::TemplatePlayground</name>
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
