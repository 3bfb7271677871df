import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import { PollenError, Viewer, clientKeyOfAddress } from '@pollen/kernel';

export interface QuotaLimits {
  /** Connections one client address may hold on this instance, handshakes under way included. */
  perAddress: number;
  /** Connections one account may hold on this instance. */
  perAccount: number;
}

/**
 * How many realtime connections one client and one account hold on this instance, for both
 * servers (the wire server and socket.io): a handshake beyond either limit is refused with a
 * `connect_error` whose `data.code` is LIMIT_EXCEEDED and whose `data.limit` names the limit.
 *
 * Counted: connected members (the gateway tells on connect and disconnect, which always pair) and
 * handshakes being authenticated (paired by the gateway's own try/finally), so nothing can leak
 * a place. Handshakes of one account that finish authenticating in the same turn of the event
 * loop may pass together: the account limit can be overshot by those, not more.
 */
export class ConnectionQuota {
  private readonly byAddress = new Map<string, number>();
  private readonly byAccount = new Map<string, number>();
  /** What each member was counted under (its viewer may be replaced while it is connected). */
  private readonly counted = new WeakMap<object, { address: string; userId: string | null }>();

  /** `trust`: which proxies' X-Forwarded-For to believe, as express's `trust proxy fn`. */
  constructor(
    private readonly limits: QuotaLimits,
    private readonly trust: (address: string, hop: number) => boolean,
  ) {}

  /**
   * The client of a handshake, as the write limits count it (clientKeyOfAddress: an IPv6 /64 is
   * one client): the TCP peer, or behind trusted proxies the address they forwarded.
   */
  addressOf(request: IncomingMessage): string {
    return clientKeyOfAddress(proxyaddr(request, this.trust));
  }

  /** Authenticates a handshake from `address` if the address has room, holding its place meanwhile. */
  async admit(address: string, authenticate: () => Promise<Viewer | null>): Promise<Viewer | null> {
    if ((this.byAddress.get(address) ?? 0) >= this.limits.perAddress) {
      throw PollenError.limit('SOCKETS_PER_ADDRESS', `Too many connections from this client (at most ${this.limits.perAddress}); close some and retry`);
    }
    add(this.byAddress, address, 1);
    let viewer: Viewer | null;
    try {
      viewer = await authenticate();
    } finally {
      add(this.byAddress, address, -1);
    }
    if (viewer && (this.byAccount.get(viewer.userId) ?? 0) >= this.limits.perAccount) {
      throw PollenError.limit('SOCKETS_PER_ACCOUNT', `Too many connections for this account (at most ${this.limits.perAccount}); close some and retry`);
    }
    return viewer;
  }

  connected(member: { address: string; viewer: Viewer | null }): void {
    const counted = { address: member.address, userId: member.viewer?.userId ?? null };
    this.counted.set(member, counted);
    add(this.byAddress, counted.address, 1);
    if (counted.userId) add(this.byAccount, counted.userId, 1);
  }

  /**
   * An anonymous member signs in (`authenticate` on an open socket): it now counts for its account,
   * within the same limit as a handshake's, or it is refused and stays anonymous.
   */
  signedIn(member: object, viewer: Viewer): void {
    const counted = this.counted.get(member);
    if (!counted || counted.userId === viewer.userId) return;
    if ((this.byAccount.get(viewer.userId) ?? 0) >= this.limits.perAccount) {
      throw PollenError.limit('SOCKETS_PER_ACCOUNT', `Too many connections for this account (at most ${this.limits.perAccount}); close some and retry`);
    }
    if (counted.userId) add(this.byAccount, counted.userId, -1);
    counted.userId = viewer.userId;
    add(this.byAccount, viewer.userId, 1);
  }

  disconnected(member: object): void {
    const counted = this.counted.get(member);
    if (!counted) return;
    this.counted.delete(member);
    add(this.byAddress, counted.address, -1);
    if (counted.userId) add(this.byAccount, counted.userId, -1);
  }
}

function add(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
