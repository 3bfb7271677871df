import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ChallengesLoader } from '@pollen/challenges';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { UserEntity, UsersLoader } from '@pollen/identity';
import { PollenError, RequestContext, RequestScoped, Viewer } from '@pollen/kernel';
import { Pseudonyms, pseudonymLabel } from '@pollen/ledger';
import { ConsentRepository, PartnerVisibility } from './consent.repository';
import { asUuid, pseudonymOf } from './pseudonym.util';

/** A contribution as the consent rule needs it: who wrote it, in which challenge, and its id. */
export interface Contribution {
  authorId: string;
  challengeId: string;
  id: string;
  /** Others who see the author named, whatever their choice: an idea's fellow authors, who chose to work together. */
  namedTo?: readonly string[];
}

interface Loaders {
  visibility: DataLoader<string, PartnerVisibility>;
  teams: Promise<Set<string>> | null;
}

const HIDDEN_SINCE = new Date(0);

function toUser(row: { id: string; email: string; displayName: string; createdAt: Date }): UserEntity {
  return Object.assign(new UserEntity(), { id: row.id, email: row.email, displayName: row.displayName, createdAt: row.createdAt });
}

/**
 * The consent rule: a participant's choice of what partners see (NAMED, PSEUDONYM, AGGREGATE)
 * applies wherever their contribution is shown to someone who is neither its author nor on the
 * team of the brand whose challenge it belongs to. Batched per request: a page of N contributions
 * costs one query for the authors' choices and one for the viewer's teams.
 */
@Injectable()
export class ContributorVisibility {
  private readonly byRequest = new RequestScoped<RequestContext['req'], Loaders>((req) => ({
    // The authors with their choices in one query: a named author's row is then the users
    // loader's too, so showing them costs no second query.
    visibility: new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.consents.usersWithChoice(ids);
      for (const row of rows) this.users.prime({ req }, toUser(row));
      const byId = new Map(rows.map((row) => [row.id, row.partnerVisibility]));
      return ids.map((id) => byId.get(id) ?? 'NAMED');
    }),
    teams: null,
  }));
  private readonly secret: string;

  constructor(
    @Inject(POLLEN_CONFIG) config: PollenConfig,
    private readonly consents: ConsentRepository,
    private readonly users: UsersLoader,
    private readonly challenges: ChallengesLoader,
    private readonly pseudonyms: Pseudonyms,
  ) {
    this.secret = `${config.jwtSecret}:pseudonyms`;
  }

  /**
   * These participants, and those of them who chose not to be named to outsiders, in one
   * query: a page shared between readers (a feed) carries the others' names as they are, and
   * leaves these to `author`.
   */
  async authorsOf(ids: readonly string[]): Promise<{ users: UserEntity[]; unnamed: Set<string> }> {
    if (ids.length === 0) return { users: [], unnamed: new Set() };
    const rows = await this.consents.usersWithChoice(ids);
    const users = rows.map(toUser);
    return { users, unnamed: new Set(rows.filter((row) => row.partnerVisibility !== 'NAMED').map((row) => row.id)) };
  }

  /** The author of a contribution as this viewer may see them: the person, or a pseudonym. */
  async author(ctx: RequestContext, viewer: Viewer | null, contribution: Contribution): Promise<UserEntity | null> {
    const shown = await this.shownAs(ctx, viewer, contribution);
    if (shown === 'NAMED') return this.users.load(ctx, contribution.authorId);
    return this.pseudonymous(shown, contribution);
  }

  /** NAMED, or the author's choice when the viewer is outside the author and the brand team. */
  async shownAs(ctx: RequestContext, viewer: Viewer | null, contribution: Contribution): Promise<PartnerVisibility> {
    if (viewer && (viewer.userId === contribution.authorId || contribution.namedTo?.includes(viewer.userId))) return 'NAMED';
    const loaders = this.byRequest.get(ctx.req);
    const choice = await loaders.visibility.load(contribution.authorId);
    if (choice === 'NAMED' || !viewer) return choice;
    loaders.teams ??= this.consents.organizationsOf(viewer.userId);
    const [teams, challenge] = await Promise.all([loaders.teams, this.challenges.load(ctx, contribution.challengeId)]);
    return challenge && teams.has(challenge.organizationId) ? 'NAMED' : choice;
  }

  /**
   * How each contribution's author is shown to someone outside the author and the brand team, by
   * contribution id: what a payload shared by many readers carries (a socket room's event, a
   * pushed notification). One query for the authors and their choices. Unknown authors are left out.
   */
  async asOutsidersSee(contributions: readonly Contribution[]): Promise<Map<string, UserEntity>> {
    const ids = [...new Set(contributions.map((c) => c.authorId))];
    const rows = ids.length ? await this.consents.usersWithChoice(ids) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const shown = new Map<string, UserEntity>();
    for (const contribution of contributions) {
      const row = byId.get(contribution.authorId);
      if (!row) continue;
      shown.set(
        contribution.id,
        row.partnerVisibility === 'NAMED'
          ? toUser(row)
          : await this.pseudonymous(row.partnerVisibility, contribution),
      );
    }
    return shown;
  }

  /**
   * A profile is public for NAMED participants; for the others, only to themself and to the teams
   * of brands in whose challenges they contributed (NOT_FOUND for everyone else, as if unknown).
   */
  async checkProfileVisible(viewer: Viewer | null, participantId: string): Promise<void> {
    if (viewer?.userId === participantId) return;
    const [setting] = await this.consents.settings([participantId]);
    if (setting.partnerVisibility === 'NAMED') return;
    if (viewer && (await this.consents.isTeamOfContributor(viewer.userId, participantId))) return;
    throw PollenError.notFound('Participant', participantId);
  }

  /** PSEUDONYM: the participant's one public label (libs/ledger's, the one an erasure leaves too); AGGREGATE: nothing that links two contributions. */
  private async pseudonymous(shown: PartnerVisibility, contribution: Contribution): Promise<UserEntity> {
    const user = new UserEntity();
    if (shown === 'PSEUDONYM') {
      // One derivation: the id (UUID-shaped, as clients cache by id) and the label both come from the ledger's pseudonym.
      const pseudonym = await this.pseudonyms.participant(contribution.authorId);
      user.id = asUuid(pseudonym);
      user.displayName = pseudonymLabel(pseudonym);
    } else {
      user.id = pseudonymOf(this.secret, 'contribution', `${contribution.authorId}:${contribution.id}`);
      user.displayName = 'A participant';
    }
    user.email = '';
    user.createdAt = HIDDEN_SINCE;
    return user;
  }
}
