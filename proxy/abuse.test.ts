// Bad input thrown at the proxy's API, as a careless script, a curl typo or a hostile page would
// send it: each must get a clear 4xx naming the problem, Gong must never be called, and the
// server must keep answering. One row per input; README "Reliability" counts them by category.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SANDBOX_INTEGRATION_ID } from './stand-in/stand-in-gong';
import { gongPairForThisFile } from './test-pair';
import { rawRequest } from './test-support';

const TOKEN = 'abuse-token';
const ID = SANDBOX_INTEGRATION_ID;
const JSON_TYPE = { 'content-type': 'application/json' };
const VALID = { integrationId: ID, objectType: 'DEAL', objectsCrmIds: ['0065g00000aACIFAA4'] };

interface Abuse {
  category: string;
  name: string;
  method?: string;
  /** `{port}` is replaced by the proxy's port. Default /api/crm/entities. */
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** errors[0]; null for HEAD, whose answer has no body by definition. */
  error: RegExp | null;
  /** The Allow header a 405 must carry. */
  allow?: string;
  /** Bytes written straight to the socket, for requests no HTTP client would send. */
  raw?: string;
}

/** The valid request with some fields replaced; `undefined` removes a field. */
const entities = (change: Record<string, unknown>) => JSON.stringify({ ...VALID, ...change });
const ids = (count: number, make = (index: number) => `id-${index}`) =>
  Array.from({ length: count }, (_, index) => make(index));

const wrongTypes: Abuse[] = [
  ['a JSON array', '[]', /^the body must be a JSON object$/],
  ['JSON null', 'null', /^the body must be a JSON object$/],
  ['a JSON string', '"DEAL"', /^the body must be a JSON object$/],
  ['a JSON number', '42', /^the body must be a JSON object$/],
  [
    'integrationId as a JSON number',
    `{"integrationId":${ID},"objectType":"DEAL","objectsCrmIds":["a"]}`,
    /^integrationId: must be a string of digits \(not a JSON number: it would be rounded\)$/,
  ],
  [
    'integrationId as null',
    entities({ integrationId: null }),
    /^integrationId: must be a string of digits/,
  ],
  ['objectType as a number', entities({ objectType: 3 }), /^objectType: must be one of ACCOUNT/],
  [
    'objectType as an array',
    entities({ objectType: ['DEAL'] }),
    /^objectType: must be one of ACCOUNT/,
  ],
  [
    'objectsCrmIds as a string',
    entities({ objectsCrmIds: 'a,b' }),
    /^objectsCrmIds: must be an array of id strings$/,
  ],
  [
    'objectsCrmIds as an object',
    entities({ objectsCrmIds: { 0: 'a' } }),
    /^objectsCrmIds: must be an array of id strings$/,
  ],
].map(([name, body, error]) => ({
  category: 'wrong JSON types',
  name: name as string,
  body: body as string,
  status: 400,
  error: error as RegExp,
}));

const fieldRows = (category: string, rows: [string, string, RegExp][]): Abuse[] =>
  rows.map(([name, body, error]) => ({ category, name, body, status: 400, error }));

const missingAndExtra: Abuse[] = [
  ...fieldRows('missing fields', [
    ['an empty object', '{}', /^integrationId: is missing$/],
    ['no integrationId', entities({ integrationId: undefined }), /^integrationId: is missing$/],
    ['no objectType', entities({ objectType: undefined }), /^objectType: is missing$/],
    ['no objectsCrmIds', entities({ objectsCrmIds: undefined }), /^objectsCrmIds: is missing$/],
  ]),
  ...fieldRows('extra fields', [
    ['an unknown field', entities({ limit: 1000 }), /^unknown field "limit"$/],
    [
      'a misspelt field beside the right one',
      entities({ objectsCrmId: ['b'] }),
      /^unknown field "objectsCrmId"$/,
    ],
    [
      'a __proto__ key',
      `{"__proto__":{"isAdmin":true},${entities({}).slice(1)}`,
      /^unknown field "__proto__"$/,
    ],
    [
      'a constructor key',
      `{"constructor":{"prototype":{}},${entities({}).slice(1)}`,
      /^unknown field "constructor"$/,
    ],
  ]),
];

const integrationIds: Abuse[] = fieldRows(
  'integrationId',
  (
    [
      ['negative', '-1', /^integrationId: must be 1 to 19 digits$/],
      ['non-digit', '12ab', /^integrationId: must be 1 to 19 digits$/],
      ['empty', '', /^integrationId: must be 1 to 19 digits$/],
      ['with a space', ' 7302198156228391457', /^integrationId: must be 1 to 19 digits$/],
      ['a decimal', '1.5', /^integrationId: must be 1 to 19 digits$/],
      ['in exponent form', '1e18', /^integrationId: must be 1 to 19 digits$/],
      ['hexadecimal', '0x1F', /^integrationId: must be 1 to 19 digits$/],
      ['full-width digits', '１２３', /^integrationId: must be 1 to 19 digits$/],
      ['20 digits', '12345678901234567890', /^integrationId: must be 1 to 19 digits$/],
      [
        'one above int64',
        '9223372036854775808',
        /^integrationId: is above the largest int64 \(9223372036854775807\)$/,
      ],
      [
        '19 nines, above int64',
        '9999999999999999999',
        /^integrationId: is above the largest int64/,
      ],
    ] as const
  ).map(([name, value, error]) => [name, entities({ integrationId: value }), error]),
);

const objectTypes: Abuse[] = fieldRows(
  'objectType',
  (
    [
      ['unknown', 'OPPORTUNITY'],
      ['lower case', 'deal'],
      ['capitalised', 'Deal'],
      ['empty', ''],
      ['with a space', ' DEAL'],
    ] as const
  ).map(([name, value]) => [
    name,
    entities({ objectType: value }),
    /^objectType: must be one of ACCOUNT, CONTACT, DEAL, LEAD \(upper case\)$/,
  ]),
);

const idLists: Abuse[] = fieldRows('ids', [
  ['an empty id list', entities({ objectsCrmIds: [] }), /^objectsCrmIds: is empty: give/],
  [
    '101 ids',
    entities({ objectsCrmIds: ids(101) }),
    /^objectsCrmIds: holds more than 100 ids: Gong would silently answer only the first 100/,
  ],
  [
    'a number id',
    entities({ objectsCrmIds: ['a', 12345] }),
    /^objectsCrmIds\[1\]: must be a string$/,
  ],
  ['a null id', entities({ objectsCrmIds: [null] }), /^objectsCrmIds\[0\]: must be a string$/],
  [
    'an object id',
    entities({ objectsCrmIds: [{ id: 'a' }] }),
    /^objectsCrmIds\[0\]: must be a string$/,
  ],
  [
    'a nested array id',
    entities({ objectsCrmIds: [['a']] }),
    /^objectsCrmIds\[0\]: must be a string$/,
  ],
  ['an empty-string id', entities({ objectsCrmIds: ['a', ''] }), /^objectsCrmIds\[1\]: is empty$/],
  [
    'an id of 10 kB',
    entities({ objectsCrmIds: ['x'.repeat(10 * 1024)] }),
    /^objectsCrmIds\[0\]: is longer than 256 characters$/,
  ],
  [
    '100 ids of 10 kB each',
    entities({ objectsCrmIds: ids(100, (index) => `${index}`.padEnd(10 * 1024, 'x')) }),
    /^objectsCrmIds\[0\]: is longer than 256 characters$/,
  ],
  [
    'an id with spaces around it',
    entities({ objectsCrmIds: [' 0065g00000aACIFAA4 '] }),
    /^objectsCrmIds\[0\]: has spaces at its start or end$/,
  ],
  [
    'an id holding a NUL byte',
    entities({ objectsCrmIds: ['a\u0000b'] }),
    /^objectsCrmIds\[0\]: holds a control character$/,
  ],
  [
    'an id holding half of a surrogate pair',
    entities({ objectsCrmIds: ['a\ud800b'] }),
    /^objectsCrmIds\[0\]: holds half of a surrogate pair \(not valid Unicode\)$/,
  ],
  [
    'the same id twice',
    entities({ objectsCrmIds: ['a', 'b', 'a'] }),
    /^objectsCrmIds: holds the same id twice/,
  ],
]);

const bodies: Abuse[] = [
  ...fieldRows('body encoding', [
    ['cut-off JSON', '{"integrationId": ', /^the body is not valid JSON \(/],
    ['a trailing comma', `${entities({}).slice(0, -1)},}`, /^the body is not valid JSON \(/],
    ['single quotes', "{'integrationId':'1'}", /^the body is not valid JSON \(/],
    ['an empty body', '', /^the body is not valid JSON \(/],
    ['NaN', `{"integrationId":NaN}`, /^the body is not valid JSON \(/],
    [
      'nesting 100,000 arrays deep',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      /^the body must be a JSON object$/,
    ],
  ]),
  {
    category: 'body encoding',
    name: 'a 5 MB body',
    body: `{"objectsCrmIds":["${'x'.repeat(5 * 1024 * 1024)}"]}`,
    status: 413,
    error: /^the body is larger than 1 MB$/,
  },
];

const contentTypes: Abuse[] = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/json',
  'application/jsonx',
  'application/json-patch+json',
  '',
].map((type) => ({
  category: 'content type',
  name: type || 'no content type',
  headers: type ? { 'content-type': type } : ({} as Record<string, string>),
  body: entities({}),
  status: 415,
  error: new RegExp(
    `^the body must be sent as Content-Type: application/json \\(got ${(type || 'none').replace(/[+.]/g, '\\$&')}\\)$`,
  ),
}));

const hostsAndOrigins: Abuse[] = [
  ...[
    'evil.example',
    '127.0.0.1:1',
    'localhost.evil.example:{port}',
    '127.0.0.1.nip.io:{port}',
  ].map((host) => ({
    category: 'foreign Host',
    name: host,
    headers: { ...JSON_TYPE, host },
    body: entities({}),
    status: 403,
    error: /^Host ".*" is not this server: open http:\/\/localhost:\d+$/,
  })),
  ...['https://evil.example', 'null', 'http://localhost:1', 'https://127.0.0.1:{port}'].map(
    (origin) => ({
      category: 'foreign Origin',
      name: origin,
      headers: { ...JSON_TYPE, origin },
      body: entities({}),
      status: 403,
      error: /^requests from .* are not accepted; use the page this server serves$/,
    }),
  ),
  ...['cross-site', 'same-site'].map((site) => ({
    category: 'foreign Origin',
    name: `Sec-Fetch-Site: ${site}, no Origin`,
    headers: { ...JSON_TYPE, 'sec-fetch-site': site },
    body: entities({}),
    status: 403,
    error: /^cross-site requests are not accepted$/,
  })),
];

const targets: Abuse[] = [
  ...[
    ['GET', 'http://evil.example/api/config'],
    ['POST', 'http://127.0.0.1:{port}/api/crm/entities'],
    ['GET', 'https://api.gong.io/v2/crm/integrations'],
  ].map(([method, path]) => ({
    category: 'absolute-form target',
    name: `${method} ${path}`,
    method,
    path,
    headers: JSON_TYPE,
    body: method === 'POST' ? entities({}) : undefined,
    status: 400,
    error: /^the request target must be a path starting with \/$/,
  })),
  ...[
    '/api/%2e%2e/config',
    '/api/%2E%2E/crm/entities',
    '/api/crm/..%2fconfig',
    '/api/crm/%2fentities',
    '/api/crm/%5centities',
    '/api\\crm\\entities',
    '/api/crm/entities/..',
    '/api/./crm/entities',
  ].map((path) => ({
    category: 'path traversal',
    name: path,
    path,
    body: entities({}),
    status: 400,
    error: /^the path holds dot segments, encoded dots or slashes, or backslashes$/,
  })),
  ...[
    ['GET', '/api'],
    ['GET', '/api/'],
    ['GET', '/api/crm'],
    ['GET', '/api/CONFIG'],
    ['POST', '/api/crm/entities/delete'],
    ['POST', '/api/crm/upload'],
    ['GET', '/api/v2/crm/entities'],
    ['GET', '/api/%252e%252e/config'],
    ['GET', '/api/config%00'],
  ].map(([method, path]) => ({
    category: 'unknown /api paths',
    name: `${method} ${path}`,
    method,
    path,
    body: method === 'POST' ? entities({}) : undefined,
    status: 404,
    error: /^there is no API route /,
  })),
];

const methods: Abuse[] = [
  ...['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'SEARCH'].map((method) => ({
    path: '/api/crm/entities',
    method,
    allow: 'POST',
  })),
  ...['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].map((method) => ({
    path: '/api/config',
    method,
    allow: 'GET',
  })),
  ...['POST', 'PUT', 'DELETE', 'HEAD'].map((method) => ({
    path: '/api/crm/integrations',
    method,
    allow: 'GET',
  })),
].map(({ path, method, allow }) => ({
  category: 'other methods',
  name: `${method} ${path}`,
  method,
  path,
  body: method === 'GET' || method === 'HEAD' ? undefined : entities({}),
  status: 405,
  error: method === 'HEAD' ? null : new RegExp(`^${method} is not served here; use ${allow}$`),
  allow,
}));

const schemaPath = '/api/crm/entity-schema';
const statusPath = '/api/crm/request-status';
const queries: Abuse[] = [
  [`${schemaPath}`, /^integrationId: is missing$/],
  [`${schemaPath}?integrationId=-5&objectType=DEAL`, /^integrationId: must be 1 to 19 digits$/],
  [`${schemaPath}?integrationId=%ZZ&objectType=DEAL`, /^integrationId: must be 1 to 19 digits$/],
  [`${schemaPath}?integrationId=%C3%28&objectType=DEAL`, /^integrationId: must be 1 to 19 digits$/],
  [`${schemaPath}?integrationId=${'9'.repeat(20)}&objectType=DEAL`, /^integrationId: must be 1/],
  [`${schemaPath}?integrationId=${ID}&objectType=deal`, /^objectType: must be one of ACCOUNT/],
  [
    `${schemaPath}?integrationId=${ID}&objectType=DEAL&objectType=LEAD`,
    /^objectType: given 2 times; give it once$/,
  ],
  [`${schemaPath}?integrationId[]=${ID}&objectType=DEAL`, /^integrationId: is missing$/],
  [
    `${schemaPath}?integrationId=${ID}&objectType=DEAL&debug=1`,
    /^unknown query parameter "debug"$/,
  ],
  ['/api/crm/integrations?integrationId=1', /^unknown query parameter "integrationId"$/],
  [`${statusPath}?integrationId=${ID}&clientRequestId=`, /^clientRequestId: is empty$/],
  [
    `${statusPath}?integrationId=${ID}&clientRequestId=a%00b`,
    /^clientRequestId: holds a control character$/,
  ],
  [
    `${statusPath}?integrationId=${ID}&clientRequestId=${'x'.repeat(7000)}`,
    /^clientRequestId: is longer than 256 characters$/,
  ],
].map(([path, error]) => ({
  category: 'GET query',
  name: String(path).slice(0, 90),
  method: 'GET',
  path: String(path),
  status: 400,
  error: error as RegExp,
}));

const rawRows: Abuse[] = [
  [
    'CONNECT, as to a forward proxy',
    'CONNECT api.gong.io:443 HTTP/1.1\r\nHost: api.gong.io:443\r\n\r\n',
    405,
    /^CONNECT is not served: this server is not a forward proxy$/,
  ],
  [
    'a made-up method',
    'BREW /api/config HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n',
    400,
    /^the request does not start with an HTTP method$/,
  ],
  [
    'no Host header',
    'GET /api/config HTTP/1.1\r\nConnection: close\r\n\r\n',
    400,
    /^the request has no Host header$/,
  ],
  [
    'an empty Host header',
    'GET /api/config HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n',
    400,
    /^the request has no Host header$/,
  ],
  [
    'the asterisk target',
    'OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n',
    400,
    /^the request target must be a path starting with \/$/,
  ],
  [
    'a 20 kB URL',
    `GET /api/crm/request-status?clientRequestId=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n`,
    431,
    /^the request line and headers are over 16 kB: send a shorter URL$/,
  ],
  [
    'binary garbage',
    '\u0000\u0001\u0002\u00ff hello\r\n\r\n',
    400,
    /^the request does not start with an HTTP method$/,
  ],
  [
    'a header line without a colon',
    'GET /api/config HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n',
    400,
    /^the request is not valid HTTP \(HPE_INVALID_HEADER_TOKEN\)$/,
  ],
].map(([name, raw, status, error]) => ({
  category: 'malformed HTTP',
  name: name as string,
  raw: raw as string,
  status: status as number,
  error: error as RegExp,
}));

const ABUSES: Abuse[] = [
  ...wrongTypes,
  ...missingAndExtra,
  ...integrationIds,
  ...objectTypes,
  ...idLists,
  ...bodies,
  ...contentTypes,
  ...hostsAndOrigins,
  ...targets,
  ...methods,
  ...queries,
  ...rawRows,
];

const pair = gongPairForThisFile({
  token: TOKEN,
  proxy: {
    rateLimitPerSecond: 100,
  },
});

const withPort = (text: string) => text.replaceAll('{port}', String(pair.proxy.port));

describe('bad input at the proxy API', () => {
  it('tries at least 40 bad inputs, none of them twice', () => {
    expect(ABUSES.length).toBeGreaterThanOrEqual(40);
    const keys = ABUSES.map((row) => `${row.category}: ${row.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ABUSES.map((row) => [row.category, row.name, row] as const))(
    '%s: %s',
    async (_category, _name, row) => {
      const headers = Object.fromEntries(
        Object.entries(row.headers ?? JSON_TYPE).map(([name, value]) => [name, withPort(value)]),
      );
      const answer = row.raw
        ? await rawSocket(pair.proxy.port, withPort(row.raw))
        : await rawRequest(pair.proxy.port, {
            method: row.method ?? 'POST',
            path: withPort(row.path ?? '/api/crm/entities'),
            headers,
            body: row.body,
          });
      expect(answer.status).toBe(row.status);
      if (row.allow) expect(answer.headers.allow).toBe(row.allow);
      if (row.error) {
        expect(answer.headers['content-type']).toMatch(/^application\/json/);
        expect(JSON.parse(answer.body).errors[0]).toMatch(row.error);
      } else {
        expect(answer.body).toBe('');
      }
      expect(pair.standIn.calls).toEqual([]);
      const config = await rawRequest(pair.proxy.port, { path: '/api/config' });
      expect(config.status).toBe(200);
    },
  );
});

/** Writes `text` to a fresh connection and reads the answer until the server closes it. */
function rawSocket(
  port: number,
  text: string,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    // Bounded: a server that neither answers nor closes fails the row instead of hanging it.
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = answer.split('\r\n\r\n', 2);
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body });
    });
    socket.end(Buffer.from(text, 'latin1'));
  });
}
