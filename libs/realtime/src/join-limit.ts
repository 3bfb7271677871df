import { PollenError } from '@pollen/kernel';
import type { Member } from './room-registry';
import { JOIN_BURST, JOIN_REFILL_PER_SECOND, MAX_ROOMS_PER_SOCKET } from './realtime.constant';

const JOIN_INTERVAL_MS = 1000 / JOIN_REFILL_PER_SECOND;

/**
 * What one connection may join: at most JOIN_BURST joins at once, then JOIN_REFILL_PER_SECOND a
 * second (a generic cell rate algorithm, one number per member), and MAX_ROOMS_PER_SOCKET rooms
 * besides its own user room.
 */
export class JoinLimit {
  /** Takes a join's turn, or refuses it with JOIN_RATE; called before the target is even looked up. */
  takeTurn(member: Member, now = Date.now()): void {
    const dueAt = Math.max(member.joinDueAt, now) + JOIN_INTERVAL_MS;
    if (dueAt - now > JOIN_BURST * JOIN_INTERVAL_MS) throw PollenError.limit('JOIN_RATE', 'Too many joins; slow down');
    member.joinDueAt = dueAt;
  }

  /** Refuses a room the member does not follow yet when it follows the most it may. */
  checkRoom(member: Member, room: string): void {
    const followed = member.rooms.length - (member.viewer ? 1 : 0); // its own user room aside
    if (!member.rooms.includes(room) && followed >= MAX_ROOMS_PER_SOCKET) {
      throw PollenError.limit('MAX_ROOMS_PER_SOCKET', `A connection can follow at most ${MAX_ROOMS_PER_SOCKET} rooms; leave one first`);
    }
  }
}
