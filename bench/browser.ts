// Headless Chromium for the page bench: Debian's build where installed (Playwright cannot
// download its own here), else CHROMIUM_PATH, else Playwright's, as playwright.config.ts does.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from '@playwright/test';

export const chromiumPath = (): string | undefined =>
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ headless: true, ...(executablePath && { executablePath }) });
}
