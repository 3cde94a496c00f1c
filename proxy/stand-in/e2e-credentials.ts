// Fixed credentials of the standalone stand-in (`npm run stand-in`), so Playwright specs and
// the proxy they start agree on them without any environment set-up. They open nothing real.
export const E2E_ACCESS_KEY = 'e2e-key';
export const E2E_ACCESS_KEY_SECRET = 'e2e-secret';
export const E2E_BEARER_TOKEN = 'e2e-token';
