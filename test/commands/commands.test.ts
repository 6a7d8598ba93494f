import { join } from 'node:path';
import { createRegistry, dispatch, parseArgs } from '../../src/core/registry';
import { openSqliteStore } from '../../src/store/sqlite-store';
import type { Invocation, Reply } from '../../src/core/types';
import { realCore, tempDir } from '../helpers';

const store = openSqliteStore(join(tempDir(), 'test.db'));
const core = realCore(store);
afterAll(() => store.close());

function inv(command: string, text = '', channel = 'C1'): Invocation {
  const cmd = core.registry.get(command);
  return { command, args: cmd ? parseArgs(cmd, text) : {}, platform: 'terminal', user: 'U1', channel };
}
const run = (command: string, text = '', channel = 'C1'): Promise<Reply> =>
  dispatch(core.registry, inv(command, text, channel), core.services, new Date('2026-07-01T10:00:00Z'));

describe('commands through the neutral dispatcher', () => {
  it('/whocalled Macron gives every contact, sourced, in public', async () => {
    const r = await run('whocalled', 'Macron');
    expect(r.visibility).toBe('public');
    expect(r.status).toBe('answered');
    expect(r.sources.map((s) => s.paragraph)).toEqual([5, 6, 7]);
  });

  it('/whocalled with no leader lists the leaders', async () => {
    const r = await run('whocalled');
    expect(r.text).toMatch(/Macron[\s\S]*Starmer[\s\S]*Rutte/);
  });

  it('/ask answers with sources and suggestions', async () => {
    const r = await run('ask', 'Where did Trump invite Starmer to play golf?');
    expect(r.status).toBe('answered');
    expect(r.sources[0]?.paragraph).toBe(10);
    expect(r.text).toContain('Scotland');
    expect(r.suggestions.length).toBeGreaterThan(0);
  });

  it('/ask with nothing to ask gets private usage help', async () => {
    const r = await run('ask', '   ');
    expect(r.visibility).toBe('private');
    expect(r.text).toMatch(/\/ask/);
  });

  it('/about says what the bot knows and lists the commands', async () => {
    const r = await run('about');
    expect(r.text).toMatch(/How world leaders court Trump/);
    for (const c of ['/whocalled', '/ask', '/digest', '/listen', '/about']) expect(r.text).toContain(c);
  });

  it('/help lists the commands privately', async () => {
    const r = await run('help');
    expect(r.visibility).toBe('private');
    expect(r.text).toContain('/digest subscribe');
  });

  it('/digest preview shows the headline fact with its quote and a rotation', async () => {
    const r = await run('digest', 'preview');
    expect(r.title).toMatch(/Daily digest/);
    expect(r.sources[0]?.paragraph).toBe(1);
    expect(r.sections?.map((s) => s.heading)).toContain('From the story');
  });

  it('/listen on, status, off are remembered per channel', async () => {
    expect((await run('listen', 'status', 'C9')).text).toMatch(/not listening/);
    expect((await run('listen', 'on', 'C9')).text).toMatch(/^Listening/);
    expect((await run('listen', 'status', 'C9')).text).toMatch(/I am listening/);
    expect((await run('listen', 'status', 'C8')).text).toMatch(/not listening/);
    await run('listen', 'off', 'C9');
    expect(await store.listening({ platform: 'terminal', channel: 'C9' })).toBe(false);
  });

  it('/listen with a bad mode gets private usage', async () => {
    const r = await run('listen', 'sideways');
    expect(r.visibility).toBe('private');
    expect(r.text).toMatch(/on \| off \| status/);
  });
});

describe('the registry', () => {
  it('rejects a malformed command naming its file', () => {
    expect(() => createRegistry([{ file: 'commands/bad.ts', command: { name: 'Bad Name', description: '', options: [] } }])).toThrow(/commands\/bad\.ts/);
  });

  it('rejects a duplicate command name', () => {
    const ok = { name: 'dup', description: 'x', usage: '/dup', options: [], run: () => undefined };
    expect(() => createRegistry([{ file: 'a.ts', command: ok }, { file: 'b.ts', command: ok }])).toThrow(/b\.ts: duplicate command name "dup"/);
  });

  it('parses options and subcommands from the declarations', () => {
    const digest = core.registry.get('digest');
    if (!digest) throw new Error('no digest');
    expect(parseArgs(digest, 'subscribe 08:30 Europe/Paris')).toEqual({ subcommand: 'subscribe', time: '08:30', timezone: 'Europe/Paris' });
    const ask = core.registry.get('ask');
    if (!ask) throw new Error('no ask');
    expect(parseArgs(ask, 'who called  whom?')).toEqual({ question: 'who called  whom?' });
  });
});
