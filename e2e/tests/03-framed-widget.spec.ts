import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { approveAtSalesforce, ensureConfigured, newPerson, signInToIntranet } from '../support/people.ts';
import { BFF, PORTS } from '../support/stack.ts';

let intranet: Server;
test.beforeAll(async ({ browser }) => {
  await ensureConfigured(browser);
  // An "intranet" page of another origin that frames the widget.
  intranet = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><title>Intranet</title></head><body><h1>Company intranet</h1>
<aside><iframe title="Salesforce search" src="${BFF}/" width="340" height="640"></iframe></aside></body></html>`);
  });
  await new Promise<void>((resolve) => intranet.listen(PORTS.intranet, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => intranet.close(() => resolve())));

test('the widget framed in an intranet page connects through a popup and updates without a reload', async ({ browser }) => {
  const { page, context } = await newPerson(browser);
  await signInToIntranet(page, 'liam.brown');
  await page.goto(`http://127.0.0.1:${PORTS.intranet}/`);
  const widget = page.frameLocator('iframe[title="Salesforce search"]');
  const [popup] = await Promise.all([context.waitForEvent('page'), widget.getByRole('button', { name: 'Connect to Salesforce' }).click()]);
  await approveAtSalesforce(popup, 'liam.brown@globex.example');
  await popup.waitForEvent('close');
  await expect(widget.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  await expect(widget.getByText('Liam Brown', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'screenshots/widget-framed.png' });
});
