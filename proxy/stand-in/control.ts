import { OBJECT_TYPES, type ObjectType } from '../contract';
import { type Answer, errorAnswer, jsonAnswer } from './answers';
import { type Delays, formatDelayRange, parseDelaysBody } from './delays';
import { FAULT_KINDS, type Fault } from './faults';
import { parseJsonKeepingBigInts, toJsonText } from './json-text';
import type { StandIn } from './stand-in-gong';

// The control API lets Playwright specs, which run in another process, steer the stand-in.
// Only the standalone e2e server enables it.

const NUMBER_FIELD_OF_KIND = {
  status: 'status',
  'rate-limit': 'retryAfterSeconds',
  'slow-body': 'chunkDelayMs',
} as const;

const OK = () => jsonAnswer(200, '{"ok":true}');

function parseFaults(body: string): Fault[] | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'the body must be a JSON array of faults';
  }
  if (!Array.isArray(value)) return 'the body must be a JSON array of faults';
  for (const [index, fault] of value.entries()) {
    const kind: unknown = fault?.kind;
    if (!FAULT_KINDS.includes(kind as Fault['kind'])) {
      return `faults[${index}].kind must be one of ${FAULT_KINDS.join(', ')}`;
    }
    const field = NUMBER_FIELD_OF_KIND[kind as keyof typeof NUMBER_FIELD_OF_KIND];
    if (field && typeof fault[field] !== 'number') {
      return `faults[${index}].${field} must be a number`;
    }
  }
  return value as Fault[];
}

function parseFields(body: string): Record<string, unknown> | null | string {
  try {
    const value = parseJsonKeepingBigInts(body);
    if (value === null || (typeof value === 'object' && !Array.isArray(value))) {
      return value as Record<string, unknown> | null;
    }
  } catch {}
  return 'the body must be a JSON object of fields, or null to delete the object';
}

/** Calls as JSON, with Authorization values replaced: recorded calls may be printed in CI logs. */
function callsAnswer(standIn: StandIn): Answer {
  const calls = standIn.calls.map((call) => {
    const authorization = call.headers.authorization;
    if (typeof authorization !== 'string') return call;
    const scheme = authorization.split(' ')[0];
    return { ...call, headers: { ...call.headers, authorization: `${scheme} [redacted]` } };
  });
  return jsonAnswer(200, toJsonText(calls));
}

/** The delays in force, as they are set: `{"latency":"200-800","arrivalJitter":"none"}`. */
const delaysAnswer = (delays: Delays) =>
  jsonAnswer(
    200,
    JSON.stringify({
      latency: formatDelayRange(delays.latency),
      arrivalJitter: formatDelayRange(delays.arrivalJitter),
    }),
  );

export function answerControl(
  method: string,
  path: string,
  body: string,
  standIn: StandIn,
): Answer {
  const objectRoute = /^\/__control\/objects\/([^/]+)\/([^/]+)$/.exec(path);
  if (method === 'POST' && path === '/__control/faults') {
    const faults = parseFaults(body);
    if (typeof faults === 'string') return errorAnswer(400, faults);
    standIn.injectFaults(...faults);
    return OK();
  }
  if (method === 'POST' && path === '/__control/reset') {
    standIn.reset();
    return OK();
  }
  if (method === 'GET' && path === '/__control/calls') return callsAnswer(standIn);
  if (method === 'GET' && path === '/__control/delays') return delaysAnswer(standIn.delays());
  if (method === 'POST' && path === '/__control/delays') {
    const delays = parseDelaysBody(body, standIn.delays());
    if (typeof delays === 'string') return errorAnswer(400, delays);
    standIn.setDelays(delays);
    return delaysAnswer(delays);
  }
  if (method === 'PUT' && objectRoute) {
    const [, objectType = '', id = ''] = objectRoute;
    if (!OBJECT_TYPES.includes(objectType as ObjectType)) {
      return errorAnswer(400, `objectType must be one of ${OBJECT_TYPES.join(', ')}`);
    }
    const fields = parseFields(body);
    if (typeof fields === 'string') return errorAnswer(400, fields);
    standIn.setObject(objectType as ObjectType, decodeURIComponent(id), fields);
    return OK();
  }
  return errorAnswer(404, `No control route ${method} ${path}`);
}
