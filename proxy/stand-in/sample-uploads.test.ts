import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OBJECT_TYPES } from '../contract';
import { sampleObjects } from './sample-data';
import {
  MISSING_OBJECT_ID_LINE,
  NEVER_STORED_LINE,
  ORPHAN_LINE,
  sampleUploadFileName,
  sampleUploadText,
} from './sample-uploads';

describe('sample upload files', () => {
  it.each(OBJECT_TYPES)(
    'the committed %s file is what the generator writes (run write-sample-uploads.ts)',
    (objectType) => {
      const file = new URL(`sample-uploads/${sampleUploadFileName(objectType)}`, import.meta.url);
      expect(readFileSync(file, 'utf8')).toBe(sampleUploadText(objectType));
    },
  );

  it.each(OBJECT_TYPES)(
    '%s: the lines the request status names are the ones it should be',
    (objectType) => {
      const lines = sampleUploadText(objectType).split('\n');
      expect(lines.at(-1)).toBe('');
      expect(lines[MISSING_OBJECT_ID_LINE - 1]).not.toContain('"objectId"');
      expect(lines[NEVER_STORED_LINE - 1]).toContain(
        `"objectId":"never-stored-${objectType.toLowerCase()}-1"`,
      );
      const stored = new Set(sampleObjects()[objectType].map((object) => object.id));
      expect(stored.has(`never-stored-${objectType.toLowerCase()}-1`)).toBe(false);
    },
  );

  it.each(['DEAL', 'CONTACT'] as const)(
    '%s: one line, sent as stored, points at an account neither the stand-in nor the file holds',
    (objectType) => {
      const lines = sampleUploadText(objectType).trim().split('\n');
      const orphan = JSON.parse(lines[ORPHAN_LINE - 1] ?? '{}');
      const stored = sampleObjects()[objectType].find((object) => object.id === orphan.objectId);
      expect(stored?.fields).toEqual(orphan);
      const accounts = new Set(sampleObjects().ACCOUNT.map((object) => object.id));
      const dangling = lines
        .map((text) => JSON.parse(text).accountId)
        .filter((id) => typeof id === 'string' && !accounts.has(id));
      expect(dangling).toEqual([orphan.accountId]);
    },
  );
});
