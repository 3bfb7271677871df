import { BenchScenario } from '../bench-figure';
import { measureFanout, toFigures } from '../fanout/fanout.bench';

/**
 * Realtime fan-out (issue 3): socket.io clients of the real API against a raw `ws` broadcast of
 * the same messages, at 1,000 / 5,000 / 10,000 clients (1,000 with --quick). Needs about
 * 2 × N + 200 file descriptors per server process: raise `ulimit -n` before a full run.
 */
const fanout: BenchScenario = {
  name: 'fanout',
  run: async (context) =>
    toFigures(
      await measureFanout(context, {
        sizes: context.quick ? [1_000] : [1_000, 5_000, 10_000],
        seconds: context.quick ? 10 : 20,
        variants: [{ name: 'stock socket.io', start: { kind: 'socket.io' } }],
      }),
    ),
};

export default fanout;
