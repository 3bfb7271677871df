import type { Viewer } from '@pollen/kernel';

/**
 * A broadcast, encoded once: the socket.io packet for engine.io's ordinary path, and the whole
 * WebSocket frame (engine.io "4" message around socket.io's "2" EVENT, one unmasked text frame)
 * for the direct path.
 */
export interface Frame {
  packet: string;
  wire: Buffer;
}

/**
 * One connected client of the realtime surface, whichever server carries it: Pollen's own
 * socket.io wire server for plain WebSocket clients (`WireSocket`), or socket.io itself for
 * long-polling and upgrading clients (`SocketIoMember`). Rooms, joins, limits and broadcasts deal
 * with members only, so both kinds of client get the same rooms and the same events.
 */
export interface Member {
  /** The socket id the client knows (socket.io's `socket.id`). */
  readonly id: string;
  viewer: Viewer | null;
  /** The client's address as the limits count it (behind TRUST_PROXY's proxies, the one they forwarded). */
  readonly address: string;
  /** The join-rate limit as one number (a generic cell rate algorithm: when the next join is due). */
  joinDueAt: number;
  /** The rooms it follows, its own `user:` room included (a few: an array is lighter than a Set). */
  readonly rooms: string[];
  /** Whether it can still be written to. */
  readonly live: boolean;
  /** Writes broadcasts, in order: `wire` is their frames end to end (the one frame when alone). */
  deliver(frames: readonly Frame[], wire: Buffer): void;
  /** Sends one event to this client only. */
  notify(type: string, payload: unknown): void;
  /** Bytes written and not taken by the network, packets queued: what a slow consumer piles up. */
  backlog(): { packets: number; bytes: number };
  /** Server-side disconnection (socket.io's `io server disconnect`: the client does not reconnect by itself). */
  disconnect(): void;
}

/** Who follows which room on this instance, and every connected member by id. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Set<Member>>();
  readonly members = new Map<string, Member>();

  add(member: Member): void {
    this.members.set(member.id, member);
  }

  /** Forgets a member and takes it out of its rooms. */
  remove(member: Member): void {
    if (this.members.get(member.id) !== member) return;
    this.members.delete(member.id);
    for (const room of member.rooms) this.drop(room, member);
    member.rooms.length = 0;
  }

  /** Adds a registered member to a room; one that left meanwhile (a join answered after its disconnection) is not added. */
  join(member: Member, room: string): void {
    if (this.members.get(member.id) !== member || member.rooms.includes(room)) return;
    member.rooms.push(room);
    let set = this.rooms.get(room);
    if (!set) this.rooms.set(room, (set = new Set()));
    set.add(member);
  }

  leave(member: Member, room: string): void {
    const index = member.rooms.indexOf(room);
    if (index < 0) return;
    member.rooms.splice(index, 1);
    this.drop(room, member);
  }

  /** The members in any of `rooms`, each once. */
  audience(rooms: readonly string[]): Member[] {
    const sets: Set<Member>[] = [];
    for (const room of rooms) {
      const set = this.rooms.get(room);
      if (set) sets.push(set);
    }
    if (sets.length === 1) return [...sets[0]];
    const seen = new Set<Member>();
    for (const set of sets) for (const member of set) seen.add(member);
    return [...seen];
  }

  private drop(room: string, member: Member): void {
    const set = this.rooms.get(room);
    if (!set) return;
    set.delete(member);
    if (set.size === 0) this.rooms.delete(room);
  }
}
