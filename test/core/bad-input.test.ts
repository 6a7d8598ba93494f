import { dispatch } from '../../src/core/registry';
import type { Invocation } from '../../src/core/types';
import { toInvocation } from '../../src/adapters/terminal';
import { realCore } from '../helpers';

const core = realCore();
const run = (line: string) => dispatch(core.registry, toInvocation(core.registry, line, 'tester'), core.services, new Date('2026-07-01T10:00:00Z'));
const ask = (question: string) => {
  const inv: Invocation = { command: 'ask', args: { question }, platform: 'cli', user: 'u', channel: 'c' };
  return dispatch(core.registry, inv, core.services, new Date());
};

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t  \n '],
  ['10,000 characters', 'why '.repeat(2500)],
  ['emoji', '🤔🤔🔥💯'],
  ['zero-width characters', '\u200b\u200c\u200d\ufeff'],
  ['right-to-left override', '\u202eorcam dellac ohw'],
  ['control characters', 'who\u0000 called\u0007 \u001b[31mMacron\u001b[0m?'],
  ['markdown', '**bold** _it_ `code` ```block``` > quote [link](http://x)'],
  ['HTML', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
  ['@everyone', '@everyone @here <@123> <!channel> <!everyone>'],
  ['SQL', "'; DROP TABLE questions; --"],
  ['only punctuation', '?!?!...'],
];

describe('bad input gets a clear reply and never throws', () => {
  it.each(HOSTILE)('%s as a question', async (_label, text) => {
    const reply = await ask(text);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.text.length).toBeLessThanOrEqual(1500);
    expect(reply.answer?.answered ?? false).toBe(false);
  });

  it.each(HOSTILE)('%s as a leader', async (_label, text) => {
    const reply = await dispatch(core.registry, { command: 'whocalled', args: { leader: text }, platform: 'cli', user: 'u', channel: 'c' }, core.services, new Date());
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.text.length).toBeLessThanOrEqual(1500);
  });

  it('answers a real question hidden in zero-width and bidi characters', async () => {
    const reply = await ask('Which\u200b app did\u2066 Starmer use to message Trump?');
    expect(reply.answer?.answered).toBe(true);
    expect(reply.sources[0]?.paragraph).toBe(10);
  });

  it('cuts a long question with a note instead of rejecting it', async () => {
    const reply = await ask(`Which app did Starmer use to message Trump? ${'please '.repeat(2000)}`);
    expect(reply.answer?.answered).toBe(true);
    expect(reply.text).toMatch(/read only its first 500 characters/);
  });

  it('strips control and escape characters from anything echoed back', async () => {
    const reply = await dispatch(core.registry, { command: 'whocalled', args: { leader: 'Put\u001b[2Jin\u0007' }, platform: 'cli', user: 'u', channel: 'c' }, core.services, new Date());
    // eslint-disable-next-line no-control-regex
    expect(reply.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/u);
    expect(reply.text).toContain('Put');
  });

  it('answers unknown commands with the list of commands, privately', async () => {
    const reply = await run('/frobnicate now');
    expect(reply.visibility).toBe('private');
    expect(reply.text).toMatch(/\/whocalled/);
  });
});
