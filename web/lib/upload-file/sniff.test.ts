import { expect, test } from 'vitest';
import { looksLikeUploadFile } from './sniff';

test.each([
  ['{"objectId":"a","modifiedDate":"2025-01-01T00:00:00Z"}\n{"objectId":"b"}\n', true],
  ['\uFEFF{"objectId":"a"}', true],
  ['[{"objectId":"a"}]', true],
  ['[\n  {"objectId":"a"}\n]', true],
  ['{\n  "format": "crm-inspector-result",\n  "version": 1,', false],
  ['{"requestId":"x","crmObjectsMap":{"a":null}}', false],
  ['{"format":"crm-inspector-verification","version":1}', false],
  ['\u0089PNG\r\n', false],
  ['', false],
  ['{"objectId":"a", broken', false],
])('%j is an upload file: %s', (head, expected) => {
  expect(looksLikeUploadFile(head)).toBe(expected);
});
