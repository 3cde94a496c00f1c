import { parseArgs } from 'node:util';
import { type Delays, parseDelayRange } from './delays';

export interface MainArgs {
  port: number;
  rateLimitPerSecond: number | null;
  control: boolean;
  delays: Delays;
}

export const USAGE =
  'usage: tsx proxy/stand-in/main.ts --port 5180 [--rate-limit 3|none] [--control] [--latency 200-800] [--arrival-jitter 30-150]';

/** Parses the standalone server's flags; throws an Error with a readable message. */
export function parseMainArgs(argv: readonly string[]): MainArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      'rate-limit': { type: 'string', default: '3' },
      control: { type: 'boolean', default: false },
      latency: { type: 'string', default: 'none' },
      'arrival-jitter': { type: 'string', default: 'none' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (values.port === undefined || !/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port must be a port number (0 to 65535)\n${USAGE}`);
  }
  const rateLimit = values['rate-limit'];
  if (rateLimit !== 'none' && !/^[1-9]\d*$/.test(rateLimit)) {
    throw new Error(`--rate-limit must be a positive whole number or "none"\n${USAGE}`);
  }
  const latency = parseDelayRange('--latency', values.latency);
  if (typeof latency === 'string') throw new Error(`${latency}\n${USAGE}`);
  const arrivalJitter = parseDelayRange('--arrival-jitter', values['arrival-jitter']);
  if (typeof arrivalJitter === 'string') throw new Error(`${arrivalJitter}\n${USAGE}`);
  return {
    port,
    rateLimitPerSecond: rateLimit === 'none' ? null : Number(rateLimit),
    control: values.control,
    delays: { latency, arrivalJitter },
  };
}
