// A minimal sequential scenario runner: a screenshot after every step, a summary line at the end.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export class Harness {
  #page;
  #artifacts;
  #results = [];
  #shots = 0;

  constructor(page, artifactsDir) {
    this.#page = page;
    this.#artifacts = artifactsDir;
    mkdirSync(artifactsDir, { recursive: true });
  }

  /** Runs one scenario; a failure is recorded with a screenshot and the next scenario still runs. */
  async scenario(name, body) {
    const started = Date.now();
    try {
      await body((label) => this.#screenshot(name, label));
      this.#results.push({ name, ok: true });
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      await this.#screenshot(name, 'failure').catch(() => {});
      this.#results.push({ name, ok: false });
      console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).split('\n').join('\n  ')}`);
    }
  }

  /** Prints "N passed, N failed" as the last line and returns the number of failures. */
  summary() {
    const failed = this.#results.filter((result) => !result.ok).length;
    console.log(`${this.#results.length - failed} passed, ${failed} failed`);
    return failed;
  }

  async #screenshot(scenario, label) {
    this.#shots += 1;
    const slug = `${scenario}-${label}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const file = join(this.#artifacts, `${String(this.#shots).padStart(2, '0')}-${slug}.png`);
    await this.#page.screenshot({ path: file, fullPage: true });
  }
}
