// The floor for the proxy's own cost: a bare Node pass-through doing the least a proxy of
// Gong's GET-with-a-body must do. Parse the caller's JSON, GET with the ids as body over a
// kept-alive socket, check the answer is JSON, pass its bytes on. No checks, no logging.
// `node bench/minimal-proxy.mjs <port> <upstream url> <authorization>`; prints its URL.
import http from 'node:http';

const [port, upstream, authorization] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let input;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const body = JSON.stringify(input.objectsCrmIds);
    const query = new URLSearchParams({
      integrationId: input.integrationId,
      objectType: input.objectType,
    });
    const headers = {
      authorization,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    };
    const out = http.request(
      new URL(`/v2/crm/entities?${query}`, upstream),
      { method: 'GET', agent, headers },
      (answer) => {
        const parts = [];
        answer.on('data', (part) => parts.push(part));
        answer.on('end', () => {
          const bytes = Buffer.concat(parts);
          try {
            JSON.parse(bytes.toString('latin1'));
          } catch {
            res.writeHead(502).end();
            return;
          }
          res
            .writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' })
            .end(bytes);
        });
      },
    );
    out.on('error', () => res.writeHead(502).end());
    out.end(body);
  });
});
server.listen(Number(port), '127.0.0.1', () =>
  console.log(`http://127.0.0.1:${server.address().port}`),
);
process.on('SIGTERM', () => process.exit(0));
