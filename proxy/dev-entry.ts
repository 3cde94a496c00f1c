// `npm run dev` loads this through Vite; Vite serves the page, this app answers /api.
import { readConfigFromProcess } from './config';
import { startRuntime } from './runtime';

const result = readConfigFromProcess();
if (!result.ok) {
  throw new Error(`crm-inspector settings are wrong:\n  - ${result.errors.join('\n  - ')}`);
}
const runtime = await startRuntime(result.config, { log: (line) => console.log(line) });
console.log(`crm-inspector API · mode ${result.config.upstream.mode}`);

export default runtime.app;
