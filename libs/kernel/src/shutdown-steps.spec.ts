import { shutdownStep, shutdownStepsRunning } from './shutdown-steps';

describe('the stop’s steps under way', () => {
  it('names each step while it runs, oldest first, with how long it has run, and forgets it once done or failed', async () => {
    let finish!: () => void;
    const relay = shutdownStep('outbox relay: hand-over', () => new Promise<void>((resolve) => (finish = resolve)));
    const failing = shutdownStep('outbox listener: its connection', () => Promise.reject(new Error('gone')));
    await expect(failing).rejects.toThrow('gone');
    const [step] = shutdownStepsRunning(Date.now() + 1500);
    expect(shutdownStepsRunning()).toHaveLength(1);
    expect(step).toMatch(/^outbox relay: hand-over \(1\.[5-9] s\)$/);
    finish();
    await relay;
    expect(shutdownStepsRunning()).toEqual([]);
  });
});
