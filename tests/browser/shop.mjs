// What an admin and a customer do in the demo shop, as page actions the scenarios combine.

const POLL_INTERVAL_MS = 250;

export class Shop {
  #page;
  #base;

  constructor(page, baseUrl) {
    this.#page = page;
    this.#base = baseUrl;
  }

  async open(path) {
    await this.#page.goto(this.#base + path);
  }

  /** Fills in the settings form and submits it; returns once the answer page is loaded. */
  async saveSettings(settings) {
    await this.open('/admin/settings');
    for (const [name, value] of Object.entries(settings)) {
      await this.#page.fill(`#${name}`, value);
    }
    await Promise.all([this.#page.waitForEvent('load'), this.#page.click('#save-settings')]);
  }

  /** Ids of products imported from TotalGest (their SKU starts with "TG-"). */
  async totalGestProductIds() {
    await this.open('/admin/products');
    return this.#page.locator('#product-list tr[data-sku^="TG-"]').evaluateAll(
      (rows) => rows.map((row) => row.dataset.productId),
    );
  }

  /**
   * Completes an order in the storefront and returns its id.
   * items: [{ productId, quantity }]; business: { vatNumber } makes it an Italian B2B order.
   */
  async placeOrder({ items, business = null }) {
    await this.open('/');
    for (const [index, item] of items.entries()) {
      await this.#page.selectOption(`#product_${index + 1}`, item.productId);
      await this.#page.fill(`#quantity_${index + 1}`, String(item.quantity));
    }
    if (business !== null) {
      await this.#page.check('#b2b');
      await this.#page.fill('#vat_number', business.vatNumber);
      await this.#page.fill('#sdi_code', 'M5UXCR1');
      await this.#page.fill('#pec', 'amministrazione@pec.rossiforniture.it');
    }
    await Promise.all([this.#page.waitForEvent('load'), this.#page.click('#place-order')]);
    const confirmation = this.#page.locator('#order-confirmation');
    if ((await confirmation.count()) === 0) {
      const errors = await this.#page.locator('[data-test="field-error"]').allTextContents();
      throw new Error(`the order was not placed: ${errors.join('; ') || await this.#page.title()}`);
    }
    return confirmation.getAttribute('data-order-id');
  }

  /** The TotalGest badge of a row in the product or order list. */
  statusCell(kind, id) {
    return this.#page.locator(`tr[data-${kind}-id="${id}"] [data-tg-state]`);
  }

  /**
   * Reloads a list until the row's TotalGest badge satisfies accept({ state, text, title }): the
   * cron loop changes it in the background. Returns what the badge showed last.
   */
  async waitForCell(kind, id, accept, timeoutMs = 60_000) {
    const path = kind === 'order' ? '/admin/orders' : '/admin/products';
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.open(path);
      const cell = this.statusCell(kind, id);
      const seen = (await cell.count()) === 0
        ? { state: null, text: '', title: '' }
        : {
          state: await cell.getAttribute('data-tg-state'),
          text: (await cell.innerText()).trim(),
          title: (await cell.getAttribute('title')) ?? '',
        };
      if (accept(seen)) {
        return seen;
      }
      if (Date.now() > deadline) {
        throw new Error(`${kind} ${id}: after ${timeoutMs} ms its TotalGest cell is still ${JSON.stringify(seen)}`);
      }
      await this.#page.waitForTimeout(POLL_INTERVAL_MS);
    }
  }

  /** waitForCell() for a state. */
  async waitForState(kind, id, state, timeoutMs = 60_000) {
    return this.waitForCell(kind, id, (seen) => seen.state === state, timeoutMs);
  }

  /** Selects orders in the order list and applies "Export to TotalGest". */
  async exportOrders(ids) {
    await this.open('/admin/orders');
    for (const id of ids) {
      await this.#page.check(`#select-${id}`);
    }
    await this.#page.selectOption('#bulk-action', { label: 'Export to TotalGest' });
    await Promise.all([this.#page.waitForEvent('load'), this.#page.click('#apply-bulk-action')]);
  }
}
