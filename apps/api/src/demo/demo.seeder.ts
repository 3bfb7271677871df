import { Injectable, Logger } from '@nestjs/common';
import { ChallengeLanguage, ChallengePhase, ChallengesService } from '@pollen/challenges';
import { Db } from '@pollen/database';
import { AuthService } from '@pollen/identity';
import { IdeaRow, IdeaProposalsService } from '@pollen/ideas';
import { INTERNAL_CLIENT, Viewer } from '@pollen/kernel';
import { OrganizationsService } from '@pollen/organizations';
import { VoteValue, VotesService } from '@pollen/votes';
import { CommentsService } from '@pollen/comments';

export interface DemoSummary {
  email: string;
  password: string;
  challengeId: string;
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
    this.logger.log('Demo data created');
    return { email: DEMO_EMAIL, password: DEMO_PASSWORD, challengeId: challenge.id };
  }
}
