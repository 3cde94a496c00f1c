import { QueryClient } from '@tanstack/react-query';
import { afterEach, expect, it, vi } from 'vitest';
import { entitySchemaQuery } from './schema-query';

afterEach(() => {
  vi.unstubAllGlobals();
});

// Found in review: the panel told people to press Retry failed, a button it does not have.
it('a failure names the panel’s own Read the schema again button', async () => {
  vi.stubGlobal(
    'fetch',
    async () => new Response('{"requestId":"r","errors":[]}', { status: 504 }),
  );
  const asking = new QueryClient().fetchQuery(entitySchemaQuery('1', 'DEAL'));
  await expect(asking).rejects.toThrow(
    'Gong did not answer in time: timeout. Read the schema again may help.',
  );
});
