import { QueryClient } from '@tanstack/react-query';
import { expect, it } from 'vitest';
import { failNextCall, pageProxyForThisFile } from '../../test-support';
import { entitySchemaQuery } from './schema-query';

const servers = pageProxyForThisFile();

// Found in review: the panel told people to press Retry failed, a button it does not have.
it('a failure names the panel’s own Read the schema again button', async () => {
  failNextCall(servers());
  const asking = new QueryClient().fetchQuery(entitySchemaQuery('1', 'DEAL'));
  await expect(asking).rejects.toThrow(
    'Gong failed (503). Gong said: Service Unavailable. Read the schema again may help.',
  );
});
