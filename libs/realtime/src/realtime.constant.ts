/** Realtime limits and timings, one place. */
export const MAX_SOCKET_MESSAGE_BYTES = 16 * 1024;
export const MAX_ROOMS_PER_SOCKET = 50;
export const JOIN_BURST = 20;
export const JOIN_REFILL_PER_SECOND = 2;
/** Packets waiting for a socket beyond this mean it cannot keep up: it is disconnected. */
export const MAX_BUFFERED_PACKETS = 1_000;
/** Bytes written to a socket and not yet taken by the network: the same bound for broadcasts, which skip engine.io's queue. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;
export const SLOW_CONSUMER_SWEEP_MS = 1_000;
export const RELAY_POLL_MS = 500;
export const RELAY_BATCH = 500;
/** The wire server's heartbeat and connect timeout: socket.io's defaults, which its clients expect. */
export const WIRE_PING_INTERVAL_MS = 25_000;
export const WIRE_PING_TIMEOUT_MS = 20_000;
export const WIRE_CONNECT_TIMEOUT_MS = 45_000;
/** How often one timer checks every wire socket for a ping or a timeout due. */
export const WIRE_SWEEP_MS = 1_000;
