/** Shared test setup: the real core on the real fact base. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/config';
import { buildCore, type Core } from '../src/core/bootstrap';
import type { Store } from '../src/core/store';

export const ROOT = packageRoot(__dirname);
export const FACTS = join(ROOT, 'facts');
export const CLI = join(ROOT, 'dist', 'src', 'cli.js');

export function realCore(store?: Store): Core {
  const r = buildCore(FACTS, { store });
  if (!r.ok) throw new Error(r.error);
  return r.core;
}

export function tempDir(prefix = 'factdesk-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
