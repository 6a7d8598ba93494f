/** Building the core from the fact base folder: facts, engine, commands and the services commands see. */
import { createEngine, type Engine } from './engine';
import { formatProblem, loadFactBase, type Problem } from './fact-base';
import { createRegistry, type Registry } from './registry';
import type { Store } from './store';
import type { Services } from './types';

export interface Core {
  engine: Engine;
  registry: Registry;
  services: Services;
  warnings: Problem[];
}

export type CoreResult = { ok: true; core: Core } | { ok: false; error: string };

/** Loads and validates everything; a broken fact base is an error naming file, fact and field. */
export function buildCore(factsDir: string, opts: { store?: Store; digestTime?: string; digestTz?: string } = {}): CoreResult {
  const loaded = loadFactBase(factsDir);
  if (!loaded.ok) return { ok: false, error: `The fact base has problems:\n${loaded.problems.map(formatProblem).join('\n')}` };
  let registry: Registry;
  try {
    registry = createRegistry();
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  const engine = createEngine(loaded.base);
  const services: Services = {
    engine,
    store: opts.store,
    commands: () => registry.commands,
    defaults: { digestTime: opts.digestTime ?? '09:00', digestTz: opts.digestTz ?? 'UTC' },
  };
  return { ok: true, core: { engine, registry, services, warnings: loaded.warnings } };
}
