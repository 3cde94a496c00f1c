import { expect, test } from 'vitest';
import { readUpload } from '../../lib/upload-file/read-upload';
import { lineDescriber } from './line-describer';

test('each line of the open file with its objectId, or what is wrong with it', async () => {
  const text = [
    '{"objectId":"a","modifiedDate":"2025-01-01T00:00:00Z"}',
    '{"modifiedDate":"2025-01-01T00:00:00Z"}',
    '{"objectId":"a","modifiedDate":"2025-01-02T00:00:00Z"}',
    'oops',
    '',
  ].join('\n');
  const read = await readUpload([text], { objectType: 'ACCOUNT' });
  const describeLine = lineDescriber('up.ldjson', read);
  expect(describeLine(0)).toBe('the whole file up.ldjson');
  expect(describeLine(1)).toBe('up.ldjson line 1: objectId a');
  expect(describeLine(3)).toBe('up.ldjson line 3: objectId a');
  expect(describeLine(2)).toBe('up.ldjson line 2: Mandatory field objectId is missing');
  expect(describeLine(4)).toMatch(/^up\.ldjson line 4: Not JSON/);
  expect(describeLine(99)).toBe('up.ldjson has no line 99 (it has 4)');
});
