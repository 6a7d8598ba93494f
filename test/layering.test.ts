import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('layering', () => {
  const pure = [...files(join(ROOT, 'src', 'core')), ...files(join(ROOT, 'commands'))];

  it('keeps the core and the commands free of platform libraries', () => {
    expect(pure.length).toBeGreaterThan(10);
    for (const f of pure) {
      const text = readFileSync(f, 'utf8');
      expect({ f, bad: /from ['"](discord\.js|@slack\/[\w-]+|@discordjs\/[\w-]+)['"]/.test(text) }).toEqual({ f, bad: false });
    }
  });

  it('reads the environment only in src/config.ts', () => {
    const all = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'commands'))].filter((f) => !f.endsWith(join('src', 'config.ts')));
    for (const f of all) {
      const text = readFileSync(f, 'utf8');
      expect({ f, env: /process\.env\.\w+/.test(text) }).toEqual({ f, env: false });
    }
  });
});
