// Takes the README screenshot: the English demo article with Whosaid's highlights,
// and the real toolbar popup beside it, in headless Chromium.
//   npx tsx test/helpers/readme-screenshot.ts [OUT.png]   (default .github/screenshot.png)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { launchChromium } from './browsers.js';
import { REPO_ROOT, startStaticServer } from '../../src/dev/static-server.js';
import { readPopupAnswer } from './popup-contract.js';

const out = resolve(process.argv[2] ?? join(REPO_ROOT, '.github/screenshot.png'));
const server = await startStaticServer();
const run = await launchChromium();
try {
  const page = (await run.browser.pages())[0] ?? (await run.browser.newPage());
  await page.setViewport({ width: 900, height: 760, deviceScaleFactor: 1 });
  await page.goto(server.url('/demo/en.html'), { waitUntil: 'load' });
  const extension = (await run.browser.extensions()).get(run.extensionId);
  if (!extension) throw new Error('extension not installed');
  const opened = run.browser.waitForTarget((t) => t.url().startsWith(`${run.extensionOrigin}/popup.html`));
  await page.triggerExtensionAction(extension);
  const popup = await (await opened).asPage();
  const answer = await readPopupAnswer(popup);
  if (answer.state !== 'done') throw new Error(`popup state is ${answer.state}, not done`);
  // Past the site header: the headline and the first highlighted paragraphs.
  await page.evaluate(() => window.scrollTo(0, 110));
  await new Promise((r) => setTimeout(r, 500));
  const article = Buffer.from(await page.screenshot({ type: 'png' })).toString('base64');
  const popupShot = Buffer.from(await popup.screenshot({ type: 'png', fullPage: true })).toString('base64');
  await popup.close();

  // Compose the two side by side in a plain page.
  const canvas = await run.browser.newPage();
  await canvas.setViewport({ width: 1360, height: 800, deviceScaleFactor: 1 });
  await canvas.setContent(`<!doctype html><body style="margin:0;background:#e8eaed;display:flex;gap:20px;padding:20px;align-items:flex-start">
    <img style="box-shadow:0 2px 8px #0003" src="data:image/png;base64,${article}">
    <img style="box-shadow:0 2px 8px #0003;max-height:760px" src="data:image/png;base64,${popupShot}"></body>`);
  await canvas.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  const size = await canvas.evaluate(() => ({ width: document.body.scrollWidth, height: document.body.scrollHeight }));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await canvas.screenshot({ type: 'png', clip: { x: 0, y: 0, ...size } }));
  console.log(`wrote ${relative(REPO_ROOT, out)} (${size.width}×${size.height})`);
} finally {
  await run.close();
  await server.close();
}
