// The TotalGest simulator's control API: inject faults and take them away again.

export class Simulator {
  #base;

  constructor(baseUrl) {
    this.#base = baseUrl;
  }

  /** Adds fault rules, e.g. [{ kind: 'status', status: 503, path: '/api/v1/orders', count: 100 }]. */
  async addFaults(rules) {
    await this.#call('POST', '/__sim/faults', { rules });
  }

  async clearFaults() {
    await this.#call('DELETE', '/__sim/faults');
  }

  async #call(method, path, body) {
    const response = await fetch(this.#base + path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`simulator ${method} ${path} answered ${response.status}: ${await response.text()}`);
    }
  }
}
