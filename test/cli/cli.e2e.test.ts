import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { CLI, FACTS, ROOT, tempDir } from '../helpers';

/** Runs the built CLI as a user would, in a clean folder with no .env and no platform credentials. */
function cli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const cwd = tempDir();
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: cwd, FACTDESK_DB: join(cwd, 'f.db'), ...opts.env };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, input: opts.input ?? '', encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('factdesk CLI', () => {
  it('ask --json prints the Answer object of the contract', () => {
    const r = cli(['ask', '--json', 'Which app did Starmer use to message Trump?']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual(['answer', 'answered', 'confidence', 'question', 'sources', 'suggestions']);
    expect(a.answered).toBe(true);
    expect(a.sources).toEqual([
      { story: 'trump-leader-calls', paragraph: 10, quote: 'British Prime Minister Keir Starmer reportedly used WhatsApp to message Trump', attribution: 'the report' },
    ]);
  });

  it('ask prints a sourced answer for people', () => {
    const r = cli(['ask', 'What did Trump declare about NATO?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/not a rip off/);
    expect(r.stdout).toMatch(/¶8 “/);
  });

  it('ask refuses honestly and still exits 0', () => {
    const r = cli(['ask', '--json', 'Did Trump call Erdogan?']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { answered: boolean; sources: unknown[]; answer: string };
    expect(a.answered).toBe(false);
    expect(a.sources).toEqual([]);
    expect(a.answer).toMatch(/doesn't/);
  });

  it('--batch writes exactly one line per input line, even blank and hostile ones', () => {
    const lines = ['Who invited Starmer to play golf?', '', '   ', '@everyone', '\u0000\u001b[31m', 'x'.repeat(10_000), 'How tall is Trump?'];
    const r = cli(['ask', '--batch', '--json'], { input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    const parsed = out.map((l) => JSON.parse(l) as { answered: boolean; answer: string });
    expect(parsed[0]?.answered).toBe(true);
    expect(parsed[6]?.answered).toBe(false);
    for (const p of parsed) expect(p.answer.length).toBeLessThanOrEqual(1500);
  });

  it('whocalled --batch answers leaders line by line, in prose', () => {
    const r = cli(['whocalled', '--batch'], { input: 'Macron\nputin\n\nmark rute\n' });
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/Emmanuel Macron/);
    expect(out[1]).toMatch(/doesn't name "putin"/);
    expect(out[2]).toMatch(/names 3 leaders/);
    expect(out[3]).toMatch(/Rutte/);
  });

  it('digest --date prints that day\'s digest', () => {
    const r = cli(['digest', '--date', '2026-07-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Daily digest .* 2026-07-01/);
    expect(r.stdout).toMatch(/¶1 “Donald Trump's unorthodox approach/);
  });

  it('facts check passes on the shipped fact base', () => {
    const r = cli(['facts', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/every paragraph covered/);
  });

  it('facts check fails on a broken fact base, naming file, fact, field and paragraph', () => {
    const dir = tempDir();
    cpSync(FACTS, dir, { recursive: true });
    const path = join(dir, 'trump-leader-calls', 'facts.yml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('claiming 23 bilateral meetings in six months', 'claiming 24 bilateral meetings in six months'));
    const r = cli(['facts', 'check'], { env: { FACTDESK_FACTS: dir } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/trump-leader-calls\/facts\.yml: fact bilateral-meetings: field sources\.0\.quote: paragraph 12: quote is not verbatim/);
  });

  it('a broken fact base stops every command at startup with the problem named', () => {
    const dir = tempDir();
    cpSync(FACTS, dir, { recursive: true });
    writeFileSync(join(dir, 'trump-leader-calls', 'entities.yml'), '- id: [broken\n');
    const r = cli(['ask', 'anything'], { env: { FACTDESK_FACTS: dir } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/entities\.yml: cannot read YAML/);
  });

  it('a reader that stops early ("| head") ends the output, not in a crash', async () => {
    const cwd = tempDir();
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, FACTDESK_DB: join(cwd, 'f.db') };
    const child = spawn(process.execPath, [CLI, 'ask', '--batch'], { cwd, env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end('Who texted Trump?\n'.repeat(5000));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it('eval prints factdesk next to the Fuse.js baseline', () => {
    const dir = tempDir();
    const file = join(dir, 'q.jsonl');
    writeFileSync(file, '{"kind":"ask","q":"Who invited Starmer to play golf?","expect":[10]}\n{"kind":"ask","q":"How tall is Trump?","expect":"none"}\n');
    const r = cli(['eval', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/factdesk\s+answerable right 100\.0 % \(1\/1\)\s+unanswerable refused 100\.0 % \(1\/1\)/);
    expect(r.stdout).toMatch(/baseline \(Fuse\.js\)/);
  });

  it('start with no credentials runs the terminal chat and exits at the end of stdin', () => {
    const r = cli(['start'], { input: '/whocalled Macron\n/ask Which app did Starmer use?\nwho screenshotted Rutte\'s texts?\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 accounts of contact between Emmanuel Macron and Trump/);
    expect(r.stdout).toMatch(/WhatsApp/);
    expect(r.stdout).toMatch(/¶11/);
  });

  it('npm start works piped, as the README says', () => {
    const cwd = tempDir();
    const r = spawnSync('npm', ['start', '--silent', '--prefix', ROOT], {
      cwd,
      input: '/whocalled Macron\n',
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: cwd, FACTDESK_DB: join(cwd, 'f.db') },
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Emmanuel Macron/);
  });

  it('a half-configured platform stops startup with one line naming what is missing', () => {
    const r = cli(['serve'], { env: { SLACK_BOT_TOKEN: 'xoxb-1' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/SLACK_SIGNING_SECRET is missing/);
    const d = cli(['serve'], { env: { DISCORD_TOKEN: 'x' } });
    expect(d.stderr).toMatch(/DISCORD_APPLICATION_ID is missing/);
  });

  it('report shows editors what the story could not answer, grouped, with votes', async () => {
    const dir = tempDir();
    const db = join(dir, 'r.db');
    const store = openSqliteStore(db);
    const at = new Date().toISOString();
    await store.logQuestions([
      { id: 1, at, platform: 'slack', channel: 'C1', userHash: 'h1', question: 'How old is Macron?', answered: false, confidence: 0 },
      { id: 2, at, platform: 'slack', channel: 'C1', userHash: 'h2', question: 'how old is macron', answered: false, confidence: 0 },
      { id: 3, at, platform: 'discord', channel: 'D1', userHash: 'h3', question: 'Which app did Starmer use?', answered: true, topFact: 'starmer-whatsapp', confidence: 0.9 },
    ]);
    await store.vote(3, 'h1', -1, new Date());
    await store.close();
    const r = cli(['report', '--json'], { env: { FACTDESK_DB: db } });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { total: number; unanswered: { example: string; count: number }[]; votedDown: { question: string }[]; topFacts: { fact: string }[] };
    expect(report.total).toBe(3);
    expect(report.unanswered[0]).toMatchObject({ count: 2 });
    expect(report.votedDown[0]?.question).toBe('Which app did Starmer use?');
    expect(report.topFacts[0]?.fact).toBe('starmer-whatsapp');
    const text = cli(['report', '--since', '2000-01-01'], { env: { FACTDESK_DB: db } });
    expect(text.stdout).toMatch(/2×\s+How old is Macron\?/i);
    expect(cli(['report', '--since', 'yesterday-ish'], { env: { FACTDESK_DB: db } }).code).toBe(2);
  });

  it('treats an empty variable as unset', () => {
    const r = cli(['ask', 'Who invited Starmer to play golf?'], { env: { SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' } });
    expect(r.code).toBe(0);
  });
});
