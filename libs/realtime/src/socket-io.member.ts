import type { Socket } from 'socket.io';
import type { Viewer } from '@pollen/kernel';
import type { Frame, Member } from './room-registry';

/** engine.io internals the direct write relies on (not part of its typed API). */
interface EngineSocket {
  readyState: string;
  upgrading: boolean;
  writeBuffer: unknown[];
  transport: {
    name: string;
    perMessageDeflate?: unknown;
    /** The `ws` WebSocket (websocket transport only). */
    socket?: { readyState: number; bufferedAmount: number; _sender?: { sendFrame(list: Buffer[]): void } };
  };
  write(data: string, options: Record<string, unknown>): void;
}

const OPEN = 1;

/**
 * A client that socket.io carries: one on HTTP long-polling, or one that started on it and
 * upgraded to WebSocket (plain WebSocket clients are served by the wire server instead). A
 * broadcast frame is written straight to its WebSocket once it has one and engine.io has
 * nothing queued for it; otherwise it takes engine.io's ordinary path, so its order holds.
 */
export class SocketIoMember implements Member {
  joinDueAt = 0;
  readonly rooms: string[] = [];

  constructor(
    private readonly socket: Socket,
    public viewer: Viewer | null,
    readonly address: string,
  ) {}

  get id(): string {
    return this.socket.id;
  }

  get live(): boolean {
    return this.socket.connected && this.engine.readyState === 'open';
  }

  deliver(frames: readonly Frame[], wire: Buffer): void {
    if (!this.live) return;
    const ws = this.direct();
    // What engine.io's WebSocket transport itself does with a pre-encoded frame.
    if (ws) ws._sender!.sendFrame([wire]);
    else for (const frame of frames) this.engine.write(frame.packet, {});
  }

  notify(type: string, payload: unknown): void {
    this.socket.emit(type, payload);
  }

  backlog(): { packets: number; bytes: number } {
    return { packets: this.engine.writeBuffer.length, bytes: this.engine.transport.socket?.bufferedAmount ?? 0 };
  }

  disconnect(): void {
    this.socket.disconnect(true);
  }

  private get engine(): EngineSocket {
    return this.socket.conn as unknown as EngineSocket;
  }

  /** The `ws` WebSocket when a frame can be written to it directly (see above), else null. */
  private direct(): EngineSocket['transport']['socket'] | null {
    const conn = this.engine;
    const transport = conn.transport;
    const ws = transport.socket;
    const ready = transport.name === 'websocket' && !transport.perMessageDeflate && !conn.upgrading && conn.writeBuffer.length === 0 && ws?.readyState === OPEN && ws._sender;
    return ready ? ws : null;
  }
}
