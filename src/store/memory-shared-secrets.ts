import type { SharedSecrets } from './store.port.ts';

/** Shared secrets of one process (the memory store): created once, kept until the process ends. */
export class MemorySharedSecrets implements SharedSecrets {
  readonly #values = new Map<string, string>();

  getOrCreate(name: string, create: () => string): Promise<string> {
    let value = this.#values.get(name);
    if (value === undefined) this.#values.set(name, (value = create()));
    return Promise.resolve(value);
  }
}
