/**
 * The slash-command ack budget (createAckBudget): one timer for every command in flight, each wait ending
 * with its answer when it comes in time and with 'late' when its own budget runs out first.
 */
import { createAckBudget } from '../../src/adapters/slack';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const after = <T>(ms: number, value: T): Promise<T> => sleep(ms).then(() => value);

describe('createAckBudget', () => {
  it('gives the answer when it is ready in time, at once when it is ready at once', async () => {
    const within = createAckBudget(200);
    await expect(within(Promise.resolve('now'))).resolves.toBe('now');
    await expect(within(after(20, 'soon'))).resolves.toBe('soon');
  });

  it("says 'late' when the answer outlasts the budget, and not before the budget is spent", async () => {
    const within = createAckBudget(80);
    const started = Date.now();
    await expect(within(after(400, 'slow'))).resolves.toBe('late');
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    expect(Date.now() - started).toBeLessThan(350);
  });

  it('times each wait from its own start, whatever ends before or after it', async () => {
    const within = createAckBudget(100);
    const slow = within(after(300, 'slow'));
    await sleep(60);
    // Started 60 ms later: its budget runs 60 ms past the first one's, so it is still in time at 130 ms.
    const second = within(after(70, 'second'));
    const quick = within(Promise.resolve('quick'));
    await expect(quick).resolves.toBe('quick');
    await expect(slow).resolves.toBe('late');
    await expect(second).resolves.toBe('second');
    // And a wait that starts once all the others have ended still gets its whole budget.
    await expect(within(after(300, 'again'))).resolves.toBe('late');
    await expect(within(after(10, 'last'))).resolves.toBe('last');
  });

  it('passes on a failure that comes in time', async () => {
    const within = createAckBudget(200);
    await expect(within(Promise.reject(new Error('locked')))).rejects.toThrow('locked');
  });

  it("is always 'late' with no budget", async () => {
    await expect(createAckBudget(0)(Promise.resolve('ready'))).resolves.toBe('late');
  });
});
