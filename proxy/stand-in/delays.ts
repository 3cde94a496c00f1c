// Gong over the internet: a call reaches Gong some tens of ms after it left (the arrival
// jitter), and the answer comes back a few hundred ms after that (the latency, 100 objects a
// call). The stand-in counts a call for its rate limit when it *arrives*, as Gong does, and
// answers after the latency, so pacing can be measured against something that looks like Gong.

/** Milliseconds, each call drawing uniformly from [min, max]. */
export interface DelayRange {
  min: number;
  max: number;
}

export interface Delays {
  /** From the request's receipt to the answer; the arrival jitter is part of it. */
  latency: DelayRange | null;
  /** From the request's receipt until it counts for the rate limit. */
  arrivalJitter: DelayRange | null;
}

export const NO_DELAYS: Delays = { latency: null, arrivalJitter: null };

/** A minute: anything longer is a hang, which the faults model instead. */
const MAX_DELAY_MS = 60_000;

/** `200-800` or `300` (ms); `0` or `none` for no delay. Answers the range, or what is wrong. */
export function parseDelayRange(name: string, text: string): DelayRange | null | string {
  if (text === 'none' || text === '0') return null;
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return `${name} must be milliseconds as MIN-MAX (e.g. 200-800), one number, or none`;
  const min = Number(match[1]);
  const max = Number(match[2] ?? match[1]);
  if (min > max) return `${name}: ${min} is more than ${max}`;
  if (max > MAX_DELAY_MS) return `${name} must be at most ${MAX_DELAY_MS} ms`;
  return { min, max };
}

export const formatDelayRange = (range: DelayRange | null) =>
  range === null ? 'none' : range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`;

export function drawDelay(range: DelayRange | null, random: () => number = Math.random): number {
  if (range === null) return 0;
  return range.min + random() * (range.max - range.min);
}

/** `{"latency":"200-800","arrivalJitter":"30-150"}`, either key optional; null or "none" clears. */
export function parseDelaysBody(body: string, current: Delays): Delays | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'the body must be a JSON object such as {"latency":"200-800","arrivalJitter":"30-150"}';
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'the body must be a JSON object such as {"latency":"200-800","arrivalJitter":"30-150"}';
  }
  const next: Delays = { ...current };
  for (const [key, given] of Object.entries(value)) {
    if (key !== 'latency' && key !== 'arrivalJitter') {
      return `unknown key ${JSON.stringify(key)}: give latency and/or arrivalJitter`;
    }
    if (given !== null && typeof given !== 'string') return `${key} must be a string or null`;
    const range = given === null ? null : parseDelayRange(key, given);
    if (typeof range === 'string') return range;
    next[key] = range;
  }
  return next;
}
