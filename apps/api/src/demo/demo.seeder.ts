import { Injectable, Logger } from '@nestjs/common';
import { ChallengeLanguage, ChallengePhase, ChallengesService } from '@pollen/challenges';
import { Db } from '@pollen/database';
import { AuthService } from '@pollen/identity';
import { IdeaRow, IdeaProposalsService } from '@pollen/ideas';
import { INTERNAL_CLIENT, Viewer } from '@pollen/kernel';
import { OrganizationsService } from '@pollen/organizations';
import { VoteValue, VotesService } from '@pollen/votes';
import { CommentsService } from '@pollen/comments';
import { ModerationQueueService, ReportReason, ReportsService, RuleAction, RuleKind } from '@pollen/moderation';

export interface DemoSummary {
  email: string;
  password: string;
  challengeId: string;
  /** The challenge in REVIEW, for the control room's review board. */
  reviewChallengeId?: string;
}

export const DEMO_EMAIL = 'demo@pollen.local';
export const DEMO_PASSWORD = 'Co-create-2030!';

const IDEAS = [
  { title: 'Modular seats that rearrange into a cargo bay', body: 'Rear seats fold into the floor on rails so the car becomes a small van on weekends.', tags: ['interior', 'modular'] },
  { title: 'Solar roof that charges the city battery', body: 'A thin-film roof that trickles charge into the battery while parked outside.', tags: ['energy', 'roof'] },
  { title: 'Bancos que viram cama para viagens longas', body: 'Os bancos dianteiros reclinam por completo e formam uma cama com o banco traseiro.', tags: ['interior', 'viagem'] },
  { title: 'Tableau de bord entièrement réparable', body: "Chaque module du tableau de bord se démonte avec un seul outil : on répare au lieu de jeter.", tags: ['réparabilité'] },
];

/**
 * First start of an empty database: a demo brand, its challenge in IDEATION, a few ideas with
 * lineage, votes and a comment, all written through the same services as the API.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly organizations: OrganizationsService,
    private readonly challenges: ChallengesService,
    private readonly ideas: IdeaProposalsService,
    private readonly votes: VotesService,
    private readonly comments: CommentsService,
    private readonly reports: ReportsService,
    private readonly moderation: ModerationQueueService,
  ) {}

  async seedIfEmpty(): Promise<DemoSummary | null> {
    const [{ count }] = await this.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM organization`);
    if (count > 0) {
      const row = await this.db.one<{ id: string }>(
        `SELECT c.id FROM challenge c JOIN organization o ON o.id = c.organization_id WHERE o.slug = 'pollen-motors' ORDER BY c.created_at LIMIT 1`,
      );
      return row ? { email: DEMO_EMAIL, password: DEMO_PASSWORD, challengeId: row.id } : null;
    }
    const brand = await this.auth.register({ email: DEMO_EMAIL, password: DEMO_PASSWORD, displayName: 'Demo Brand Lead' }, INTERNAL_CLIENT);
    const owner = { userId: brand.user.id, sessionId: '' };
    const organization = await this.organizations.create(owner, { name: 'Pollen Motors', slug: 'pollen-motors' }, INTERNAL_CLIENT);
    const challenge = await this.challenges.create(owner, {
      organizationId: organization.id,
      title: 'What should the city car of 2030 be?',
      brief: 'Propose, build on each other, vote. The best ideas go to our R&D team, and credit goes to their creators.',
      language: ChallengeLanguage.EN,
    }, INTERNAL_CLIENT);
    await this.challenges.setPhase(owner, challenge.id, ChallengePhase.IDEATION, INTERNAL_CLIENT);
    const people: Viewer[] = [];
    for (const [i, name] of ['Ana Souza', 'Lucas Martin', 'Maya Chen'].entries()) {
      const person = await this.auth.register({ email: `participant${i + 1}@pollen.local`, password: DEMO_PASSWORD, displayName: name }, INTERNAL_CLIENT);
      people.push({ userId: person.user.id, sessionId: '' });
    }
    const created: IdeaRow[] = [];
    for (const [i, idea] of IDEAS.entries()) {
      const author = people[i % people.length];
      created.push(await this.ideas.propose(author, { challengeId: challenge.id, ...idea, buildsOn: i === 2 ? [created[0].id] : [] }, INTERNAL_CLIENT));
    }
    for (const [i, idea] of created.entries()) {
      for (const voter of [owner, ...people]) {
        if (voter.userId === idea.authorId) continue;
        await this.votes.cast(voter, idea.id, i === 3 && voter === owner ? VoteValue.DOWN : VoteValue.UP, INTERNAL_CLIENT);
      }
    }
    await this.comments.add(people[1], { ideaId: created[0].id, body: 'Love it: could the rails also carry a bike?' }, INTERNAL_CLIENT);
    const reviewChallengeId = await this.moderationLoad(owner, organization.id, challenge.id, people, created);
    this.logger.log('Demo data created');
    return { email: DEMO_EMAIL, password: DEMO_PASSWORD, challengeId: challenge.id, reviewChallengeId };
  }

  /**
   * Work for the control room: reports on an idea and a comment, a word rule that holds a
   * comment and a link rule that holds an idea, a likely duplicate, and a second challenge in
   * REVIEW whose ideas wait for the team's decisions.
   */
  private async moderationLoad(owner: Viewer, organizationId: string, challengeId: string, people: Viewer[], created: IdeaRow[]): Promise<string> {
    await this.moderation.addRule(owner, { organizationId, kind: RuleKind.WORD, action: RuleAction.HOLD, pattern: 'scam' }, INTERNAL_CLIENT);
    await this.moderation.addRule(owner, { organizationId, kind: RuleKind.LINK, action: RuleAction.HOLD, pattern: 'cheap-parts.example' }, INTERNAL_CLIENT);
    await this.reports.report(people[1], { targetType: 'IDEA', targetId: created[3].id, reason: ReportReason.OFF_TOPIC }, INTERNAL_CLIENT);
    await this.reports.report(people[2], { targetType: 'IDEA', targetId: created[3].id, reason: ReportReason.OTHER, details: 'This is about dashboards, not city cars.' }, INTERNAL_CLIENT);
    const rude = await this.comments.add(people[2], { ideaId: created[1].id, body: 'Only an idiot would put glass on a roof.' }, INTERNAL_CLIENT);
    await this.reports.report(people[0], { targetType: 'COMMENT', targetId: rude.id, reason: ReportReason.OFFENSIVE }, INTERNAL_CLIENT);
    await this.reports.report(people[1], { targetType: 'COMMENT', targetId: rude.id, reason: ReportReason.OFFENSIVE }, INTERNAL_CLIENT);
    await this.comments.add(people[1], { ideaId: created[0].id, body: 'The rails sold online are a scam, buy them from the brand.' }, INTERNAL_CLIENT);
    await this.ideas.propose(people[2], { challengeId, title: 'Spare parts at half price', body: 'Order them at https://cheap-parts.example/deals before they run out.', tags: [] }, INTERNAL_CLIENT);
    await this.ideas.propose(people[1], { challengeId, title: 'Solar roof that charges the city battery too', body: 'Same as the solar roof, with a socket for the neighbours.', tags: ['energy'] }, INTERNAL_CLIENT);

    const review = await this.challenges.create(owner, {
      organizationId,
      title: 'Which interior should the 2030 car ship with?',
      brief: 'The crowd voted; the team now shortlists, adopts or rejects, and tells each author why.',
      language: ChallengeLanguage.EN,
    }, INTERNAL_CLIENT);
    await this.challenges.setPhase(owner, review.id, ChallengePhase.IDEATION, INTERNAL_CLIENT);
    const proposals = [
      { title: 'Recycled denim seats', body: 'Warm, washable and made from old jeans. Everyone loves how they feel.' },
      { title: 'A dashboard with no screens at all', body: 'Physical knobs only. Some drivers hate touchscreens, others cannot live without them.' },
      { title: 'Wooden floor panels', body: 'Light oak panels that can be replaced one by one.' },
    ];
    const ideas: IdeaRow[] = [];
    for (const [i, proposal] of proposals.entries()) ideas.push(await this.ideas.propose(people[i], { challengeId: review.id, ...proposal, tags: ['interior'] }, INTERNAL_CLIENT));
    await this.challenges.setPhase(owner, review.id, ChallengePhase.VOTING, INTERNAL_CLIENT);
    const ballots: Array<[number, VoteValue[]]> = [
      [0, [VoteValue.UP, VoteValue.UP, VoteValue.UP]],
      [1, [VoteValue.UP, VoteValue.DOWN, VoteValue.DOWN, VoteValue.UP]],
      [2, [VoteValue.UP, VoteValue.DOWN]],
    ];
    for (const [index, values] of ballots) {
      const voters = [owner, ...people].filter((voter) => voter.userId !== ideas[index].authorId);
      for (const [i, value] of values.entries()) if (voters[i]) await this.votes.cast(voters[i], ideas[index].id, value, INTERNAL_CLIENT);
    }
    await this.challenges.setPhase(owner, review.id, ChallengePhase.REVIEW, INTERNAL_CLIENT);
    return review.id;
  }
}
