import { BenchScenario } from '../bench-figure';
import { measureFanout, toFigures } from '../fanout/fanout.bench';

/**
 * Realtime fan-out (issue 3): socket.io clients of the real API against a raw `ws` broadcast of
 * the same messages, at 1,000 / 5,000 / 10,000 clients (1,000 with --quick). Each server
 * process needs about N + 200 file descriptors: raise `ulimit -n` past 10,200 for a full run.
 */
const fanout: BenchScenario = {
  name: 'fanout',
  run: async (context) =>
    toFigures(
      await measureFanout(context, {
        sizes: context.quick ? [1_000] : [1_000, 5_000, 10_000],
        seconds: context.quick ? 10 : 20,
        // Stock socket.io broadcasting the same messages: what Pollen's wire server and broadcast
        // save; and those alone on a bare HTTP server: what the relay and database add.
        variants: [
          { name: 'stock socket.io', start: { kind: 'socket.io' } },
          ...(context.quick ? [] : [{ name: 'Pollen wire server, no database', start: { kind: 'wire' } }]),
        ],
      }),
    ),
};

export default fanout;
