import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthorshipListeners } from '@pollen/ideas';
import { VotesService } from './votes.service';

/** Becoming an author of an idea clears one's vote on it (ideas does not know votes: it calls this back). */
@Injectable()
export class CoAuthorVoteListener implements OnModuleInit {
  constructor(
    private readonly listeners: AuthorshipListeners,
    private readonly votes: VotesService,
  ) {}

  onModuleInit(): void {
    this.listeners.onAuthorJoined(({ ideaId, challengeId, userId }) => this.votes.clearForNewAuthor(ideaId, challengeId, userId));
  }
}
