import { Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { PollenError, Viewer, Visibility, canOpen, isListed } from '@pollen/kernel';
import { IdeaAuthorsRepository } from './idea-authors.repository';
import { IdeaRow, IdeasRepository } from './ideas.repository';

/** One idea as a viewer may see it: the visibility rule other libraries (comments, realtime) ask before they answer. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly ideas: IdeasRepository,
    private readonly challenges: ChallengesService,
    private readonly authors: IdeaAuthorsRepository,
  ) {}

  /**
   * An idea as the viewer may see it: its challenge visible to them, and the idea itself by the
   * visibility rule (held, hidden, pending or refused ideas exist for their authors and the team only).
   */
  async getVisible(id: string, viewer: Viewer | null): Promise<IdeaRow> {
    const idea = await this.findVisible(id, viewer);
    if (!idea) throw PollenError.notFound('Idea', id);
    return idea;
  }

  /** The same, null when absent or hidden from the viewer; a failed read stays an error (see ChallengesService.findVisible). */
  async findVisible(id: string, viewer: Viewer | null, lock = false): Promise<IdeaRow | null> {
    const idea = await this.ideas.findById(id, lock);
    const challenge = idea && (await this.challenges.findVisible(idea.challengeId, viewer));
    if (!idea || !challenge) return null;
    // The visibility rule: held, hidden, pending or refused ideas exist for their authors and the team only.
    if (!isListed(idea.visibility) && idea.visibility !== Visibility.MERGED) {
      const isAuthor = !!viewer && (idea.authorId === viewer.userId || (await this.authors.list(id)).some((a) => a.accepted && a.userId === viewer.userId));
      if (!canOpen(idea.visibility, isAuthor, !isAuthor && (await this.challenges.isTeamMember(challenge, viewer)))) return null;
    }
    return idea;
  }
}
