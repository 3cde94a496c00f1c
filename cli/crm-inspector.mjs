#!/usr/bin/env node
// The package's bin (`crm-inspector verify …`, `npx crm-inspector verify …`) and `npm run verify`.
// Plain JavaScript, so Node 20 runs it as installed: it loads the TypeScript command (main.ts)
// through tsx, with this package's tsconfig whatever folder it is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('./main.ts');
