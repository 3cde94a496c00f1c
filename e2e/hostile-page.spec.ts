// A page on another origin tries every way a browser has to make the proxy call Gong without the
// page's token: speculation-rules prefetch and prerender, an image, an iframe, a form, a beacon
// and a no-cors fetch. The stand-in behind the proxy must see no call at all.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, GONG_MODE_URL, INTEGRATION_ID, standIn, test } from './support';

const schemaUrl = `${GONG_MODE_URL}/api/crm/entity-schema?integrationId=${INTEGRATION_ID}&objectType=DEAL`;
const entitiesUrl = `${GONG_MODE_URL}/api/crm/entities`;

const hostileHtml = `<!doctype html><html><head><title>hostile</title>
<script type="speculationrules">${JSON.stringify({
  prefetch: [{ source: 'list', eagerness: 'immediate', urls: [schemaUrl] }],
  prerender: [{ source: 'list', eagerness: 'immediate', urls: [`${schemaUrl}&x=1`] }],
})}</script></head><body>
<img src="${schemaUrl}&v=img">
<iframe src="${schemaUrl}&v=frame"></iframe>
<form id="f" method="POST" action="${entitiesUrl}" enctype="text/plain">
<input name='{"integrationId":"${INTEGRATION_ID}","objectType":"DEAL","objectsCrmIds":["a"],"x":"' value='"}'>
</form>
<script>
  navigator.sendBeacon(${JSON.stringify(entitiesUrl)}, '{}');
  fetch(${JSON.stringify(`${schemaUrl}&v=fetch`)}, { mode: 'no-cors' }).catch(() => {});
  fetch(${JSON.stringify(entitiesUrl)}, { method: 'POST', mode: 'no-cors', body: '{}' }).catch(() => {});
  setTimeout(() => document.getElementById('f').submit(), 500);
</script></body></html>`;

let hostile: Server;
let hostileUrl: string;
test.beforeAll(async () => {
  hostile = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostileHtml);
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => hostile.close(() => resolve())));

test('a hostile page on another port makes the proxy call Gong not once', async ({ browser }) => {
  await standIn.reset();
  // Its own context: the hostile page's refused requests log errors the console guard would count.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(hostileUrl);
    // The form navigates away after 500 ms; give prefetch, prerender and the rest time to fire.
    await page.waitForTimeout(3000);
    expect(await standIn.calls()).toEqual([]);
  } finally {
    await context.close();
  }
});
