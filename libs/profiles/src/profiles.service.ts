import { Injectable } from '@nestjs/common';
import { UsersRepository } from '@pollen/identity';
import { ConsentService, ContributorVisibility } from '@pollen/privacy';
import { Page, PollenError, Viewer, checkId, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';
import { ParticipantModel } from './participant.model';
import { ContributionRow, ProfilesRepository } from './profiles.repository';

/**
 * Public profiles. Who someone is (name, join date) is public; what they contributed is shown
 * only where the viewer may see it (a DRAFT challenge's ideas and comments stay with its team),
 * through the same read rules as the feeds and threads.
 */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly users: UsersRepository,
    private readonly profiles: ProfilesRepository,
    private readonly visibility: ContributorVisibility,
    private readonly consents: ConsentService,
  ) {}

  /** The profile, as the participant's consent allows this viewer; a brand team's read is counted for "who looked". */
  async participant(viewer: Viewer | null, idValue: unknown): Promise<ParticipantModel> {
    const id = checkId(idValue, 'id');
    const user = await this.users.findById(id);
    if (!user) throw PollenError.notFound('Participant', id);
    await this.visibility.checkProfileVisible(viewer, id);
    await this.consents.profileRead(viewer, id);
    return { id: user.id, displayName: user.displayName, joinedAt: user.createdAt };
  }

  async contributions(viewer: Viewer | null, participantId: string, args: { first?: number | null; after?: string | null }): Promise<Page<ContributionRow>> {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'contributions', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.profiles.contributions(participantId, viewer?.userId ?? null, after, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor('contributions', [row.lastKey, row.challengeId]));
  }
}
