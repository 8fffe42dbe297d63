// The browser scenarios: an admin connects the shop to TotalGest, products arrive, orders go out,
// failures show their reason. Started by run.sh, which provides SHOP_URL and SIMULATOR_URL.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { Harness } from './harness.mjs';
import { Shop } from './shop.mjs';
import { Simulator } from './simulator.mjs';

const SHOP_URL = requiredEnv('SHOP_URL');
const SIMULATOR_URL = requiredEnv('SIMULATOR_URL');
const ARTIFACTS_DIR = process.env.ARTIFACTS_DIR ?? new URL('./artifacts', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// The simulator's defaults.
const CREDENTIALS = { business_id: '1001', owner_id: '7', endpoint: SIMULATOR_URL, username: 'shop', password: 'totalgest' };
// Italian VAT numbers: the last digit is a check digit; the simulator refuses a wrong one.
const VALID_IT_VAT = 'IT01234567897';
const INVALID_IT_VAT = 'IT01234567890';

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.setDefaultTimeout(20_000);
const harness = new Harness(page, ARTIFACTS_DIR);
const shop = new Shop(page, SHOP_URL);
const simulator = new Simulator(SIMULATOR_URL);
const notices = page.locator('[data-test="notice"]');
// Ids that later scenarios reuse.
const seen = { productIds: [], syncedOrder: null, rejectedOrder: null, unavailableOrder: null };

await harness.scenario('before the settings are saved, the status column says not connected', async (step) => {
  await shop.open('/admin/products');
  await step('product list');
  assert.equal(await page.getAttribute('tr[data-sku="GIFT-25"] [data-tg-state]', 'data-tg-state'), 'not_connected');
});

await harness.scenario('a missing setting is shown next to its field', async (step) => {
  await shop.saveSettings({ ...CREDENTIALS, business_id: '' });
  await step('refused');
  assert.match(await page.textContent('[data-field="business_id"]'), /ID Negocio/);
  assert.equal(await page.getAttribute('#business_id', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('#connection-state', 'data-state'), 'not_connected');
});

await harness.scenario('a wrong password is refused with its reason and never echoed', async (step) => {
  const wrongPassword = 'wrong-password-4711';
  await shop.saveSettings({ ...CREDENTIALS, password: wrongPassword });
  await step('refused');
  assert.match(await page.textContent('#settings-error'), /Not saved: .*(password|credentials)/i);
  assert.equal(await page.inputValue('#password'), '');
  assert.ok(!(await page.content()).includes(wrongPassword), 'the page contains the password');
  assert.equal(await page.inputValue('#username'), CREDENTIALS.username, 'the other fields keep their values');
  assert.equal(await page.getAttribute('#connection-state', 'data-state'), 'not_connected');
});

await harness.scenario('an unreachable endpoint is refused with its reason', async (step) => {
  await shop.saveSettings({ ...CREDENTIALS, endpoint: 'http://127.0.0.1:9' });
  await step('refused');
  assert.match(await page.textContent('#settings-error'), /Not saved: .*connect/i);
});

await harness.scenario('the right password is verified and saved', async (step) => {
  await shop.saveSettings(CREDENTIALS);
  await step('saved');
  assert.match(await notices.first().textContent(), /Settings saved: connected to Negozio Demo SA/);
  assert.equal(await page.getAttribute('#connection-state', 'data-state'), 'connected');
  assert.equal(await page.inputValue('#password'), '', 'the saved password is not shown');
});

await harness.scenario('products from TotalGest appear as synced', async (step) => {
  const deadline = Date.now() + 60_000;
  while ((seen.productIds = await shop.totalGestProductIds()).length === 0) {
    assert.ok(Date.now() < deadline, 'no product arrived from TotalGest within 60 s');
    await page.waitForTimeout(250);
  }
  await shop.waitForState('product', seen.productIds[0], 'synced');
  await step('product list');
  assert.equal(await page.getAttribute('tr[data-sku="GIFT-25"] [data-tg-state]', 'data-tg-state'), 'not_connected');
});

await harness.scenario('a completed order becomes synced', async (step) => {
  const [first, second] = seen.productIds;
  seen.syncedOrder = await shop.placeOrder({ items: [{ productId: first, quantity: 2 }, { productId: second, quantity: 1 }] });
  await step('order placed');
  await shop.waitForState('order', seen.syncedOrder, 'synced');
  await step('order list');
});

await harness.scenario('an Italian B2B order with a valid VAT number becomes synced', async (step) => {
  const order = await shop.placeOrder({ items: [{ productId: seen.productIds[2], quantity: 3 }], business: { vatNumber: VALID_IT_VAT } });
  await shop.waitForState('order', order, 'synced');
  await step('order list');
});

await harness.scenario('an order with an invalid Italian VAT number shows the error and its reason', async (step) => {
  seen.rejectedOrder = await shop.placeOrder({ items: [{ productId: seen.productIds[0], quantity: 1 }], business: { vatNumber: INVALID_IT_VAT } });
  const cell = await shop.waitForState('order', seen.rejectedOrder, 'error');
  await step('order list');
  assert.match(cell.text, /VAT number rejected/);
});

await harness.scenario('with TotalGest unavailable, an order shows the reason', async (step) => {
  await simulator.addFaults([{ kind: 'status', status: 503, path: '/api/v1/orders', count: 100 }]);
  seen.unavailableOrder = await shop.placeOrder({ items: [{ productId: seen.productIds[1], quantity: 1 }] });
  // A retriable failure keeps the order waiting: the badge's tooltip gives the reason.
  const cell = await shop.waitForCell('order', seen.unavailableOrder, ({ title, text }) => /503|unavailable/i.test(`${title} ${text}`));
  await step('order list');
  assert.notEqual(cell.state, 'synced');
});

await harness.scenario('a manual export while TotalGest is unavailable reports each failure', async (step) => {
  await shop.exportOrders([seen.unavailableOrder]);
  await step('report');
  const report = notices.filter({ hasText: 'Export to TotalGest' });
  assert.match(await report.locator('p').textContent(), /0 exported, 1 failed/);
  assert.match(await report.locator('[data-test="notice-detail"]').textContent(), new RegExp(`Order ${seen.unavailableOrder}: .*(503|unavailable)`, 'i'));
});

await harness.scenario('a manual export of selected orders shows the counts and each failure', async (step) => {
  await simulator.clearFaults();
  await shop.exportOrders([seen.syncedOrder, seen.rejectedOrder, seen.unavailableOrder]);
  await step('report');
  const report = notices.filter({ hasText: 'Export to TotalGest' });
  assert.match(await report.locator('p').textContent(), /2 exported, 1 failed/);
  const details = await report.locator('[data-test="notice-detail"]').allTextContents();
  assert.deepEqual(details.length, 1, `one failure expected: ${details.join(' | ')}`);
  assert.match(details[0], new RegExp(`Order ${seen.rejectedOrder}: VAT number rejected`));
  assert.equal(await page.getAttribute(`tr[data-order-id="${seen.unavailableOrder}"] [data-tg-state]`, 'data-tg-state'), 'synced');
});

await harness.scenario('the queue page lists the failed order and retries it', async (step) => {
  await shop.open('/admin/queue');
  const row = page.locator(`#failed-orders tr[data-order-id="${seen.rejectedOrder}"]`);
  assert.match(await row.textContent(), /VAT number rejected/);
  await step('queue');
  await Promise.all([page.waitForEvent('load'), row.locator('[data-test="retry"]').click()]);
  await step('retried');
  assert.match(await notices.first().textContent(), /1 failed order\(s\) queued again/);
});

await harness.scenario('tampered admin requests get a notice, never an error page', async (step) => {
  // The CSRF token of the session, from the bulk form the order list always shows.
  await shop.open('/admin/orders');
  const csrf_token = await page.getAttribute('#bulk-form input[name="csrf_token"]', 'value');
  const retry = await page.request.post(`${SHOP_URL}/admin/queue/retry`, { form: { csrf_token, 'order_ids[]': '' } });
  assert.equal(retry.status(), 200, 'the retry of an empty order id ends on the queue page');
  assert.match(await retry.text(), /Choose the orders to retry\./);
  // Only the id as the shop writes it names an order.
  await shop.open(`/?order=${seen.syncedOrder}.0`);
  await step('odd order id');
  assert.equal(await page.locator('#order-confirmation').count(), 0);
});

await harness.scenario('the shop database, which holds the password, is readable by its owner only', async () => {
  const database = process.env.DEMO_SHOP_DB;
  assert.ok(database, 'DEMO_SHOP_DB is not set: start the scenarios with run.sh');
  assert.equal(statSync(database).mode & 0o077, 0, `${database} is open to other users`);
});

await browser.close();
process.exitCode = harness.summary() === 0 ? 0 : 1;

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set: start the scenarios with run.sh`);
    process.exit(2);
  }
  return value;
}
