import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { missingScopeOf } from './missing-scope';

describe('missingScopeOf', () => {
  it("reads the scope from Gong's message", () => {
    const error = new ApiError('denied', 401, [
      "You don't have permission to use 'api:crm:schema' in your app.",
    ]);
    expect(missingScopeOf(error, 'api:crm:other')).toBe('api:crm:schema');
  });

  it('falls back to the documented scope for a 401 or 403 that names none', () => {
    expect(missingScopeOf(new ApiError('denied', 403, ['Forbidden']), 'api:crm:schema')).toBe(
      'api:crm:schema',
    );
  });

  it('is undefined for failures that are not about access', () => {
    expect(missingScopeOf(new ApiError('busy', 503, ['busy']), 'api:crm:schema')).toBeUndefined();
    expect(missingScopeOf(new Error('boom'), 'api:crm:schema')).toBeUndefined();
  });
});
