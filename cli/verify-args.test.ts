import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCommand, userDirectory } from './verify-args';

const BASE = '/home/dev/project';

describe('parseCommand', () => {
  test('every flag, paths resolved from where the command was run', () => {
    const parsed = parseCommand(
      [
        'verify',
        'uploads/deals.ldjson',
        '--integration',
        '2271307570613351879',
        '--type',
        'deal',
        '--report',
        'out/report.json',
        '--markdown',
        '/tmp/summary.md',
        '--sample',
        '500',
        '--json',
        '--strict',
      ],
      BASE,
    );
    expect(parsed).toEqual({
      kind: 'verify',
      args: {
        file: path.join(BASE, 'uploads/deals.ldjson'),
        fileLabel: 'uploads/deals.ldjson',
        // Kept as digits: above 2^53, a number would round it.
        integrationId: '2271307570613351879',
        objectType: 'DEAL',
        report: path.join(BASE, 'out/report.json'),
        markdown: '/tmp/summary.md',
        sample: 500,
        json: true,
        strict: true,
      },
    });
  });

  test('every problem at once', () => {
    expect(
      parseCommand(
        ['verify', 'a.ldjson', 'b.ldjson', '--integration', '12x', '--sample', '1.5'],
        BASE,
      ),
    ).toEqual({
      kind: 'usage-error',
      errors: [
        'one FILE only; also given: b.ldjson',
        '--integration must be 1 to 19 digits',
        '--type is missing',
        '--sample must be a whole number of objects, 1 or more',
      ],
    });
  });

  test('-h and --help', () => {
    expect(parseCommand(['-h'], BASE)).toEqual({ kind: 'help' });
    expect(parseCommand(['verify', '--help'], BASE)).toEqual({ kind: 'help' });
  });
});

describe('userDirectory', () => {
  const npmRun = {
    npm_package_name: 'crm-inspector',
    npm_lifecycle_event: 'verify',
    INIT_CWD: '/home/dev/uploads',
  };
  test('npm run verify: where npm was run, not the package folder npm runs scripts in', () => {
    expect(userDirectory(npmRun, BASE)).toBe('/home/dev/uploads');
  });
  test('the bin, or another package script calling it: the working directory', () => {
    expect(userDirectory({}, BASE)).toBe(BASE);
    expect(userDirectory({ ...npmRun, npm_package_name: 'my-integration' }, BASE)).toBe(BASE);
  });
});
