import { Injectable } from '@nestjs/common';

/** Told, inside the transaction that makes someone an author of an idea, so that what they may no longer hold goes with it. */
export type AuthorJoinedListener = (joined: { ideaId: string; challengeId: string; userId: string }) => Promise<void>;

/**
 * Libraries above ideas (votes) register here what becoming an author means for them: ideas never
 * imports them, they are called in the same transaction as the acceptance.
 */
@Injectable()
export class AuthorshipListeners {
  private readonly listeners: AuthorJoinedListener[] = [];

  onAuthorJoined(listener: AuthorJoinedListener): void {
    this.listeners.push(listener);
  }

  async authorJoined(joined: { ideaId: string; challengeId: string; userId: string }): Promise<void> {
    for (const listener of this.listeners) await listener(joined);
  }
}
