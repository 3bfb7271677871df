import { Injectable } from '@nestjs/common';
import { ChallengesRepository } from '@pollen/challenges';

/** Remembered challenges at most; past it the memory starts over (a lookup is one query per batch). */
const REMEMBERED = 10_000;

/**
 * Which organisation runs each challenge, for the moderation rooms. A challenge never changes
 * organisation, so answers are kept; one query per relay batch for the challenges not seen yet.
 */
@Injectable()
export class ChallengeOrganizationsService {
  private known = new Map<string, string>();

  constructor(private readonly challenges: ChallengesRepository) {}

  async of(challengeIds: Iterable<string>): Promise<Map<string, string>> {
    const missing = [...new Set(challengeIds)].filter((id) => !this.known.has(id));
    if (missing.length) {
      if (this.known.size + missing.length > REMEMBERED) this.known = new Map();
      for (const row of await this.challenges.findByIds(missing)) this.known.set(row.id, row.organizationId);
    }
    return this.known;
  }
}
