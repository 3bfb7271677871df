/**
 * The co-creation story the fan-out bench needs, told over the API's real GraphQL endpoint: a
 * brand with a challenge in IDEATION, ideas to vote on, a voter, and a steady stream of votes.
 */
export class PollenStory {
  constructor(private readonly url: string) {}

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data!;
  }

  async register(name: string): Promise<string> {
    const input = { email: `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}@bench.test`, password: 'Bench-fanout-2030', displayName: name };
    const data = await this.gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`, { input });
    return data.register.accessToken;
  }

  /** A public challenge with `ideas` ideas; returns their ids. */
  async challengeWithIdeas(owner: string, ideas: number): Promise<{ challengeId: string; ideaIds: string[] }> {
    const slug = `fanout-${Math.random().toString(36).slice(2, 10)}`;
    const org = await this.gql(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: 'Fan-out brand', slug } }, owner);
    const created = await this.gql(
      `mutation($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }`,
      { i: { organizationId: org.createOrganization.id, title: 'City car 2030', brief: 'What should it be?', language: 'EN' } },
      owner,
    );
    const challengeId = created.createChallenge.id as string;
    await this.gql(`mutation($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }`, { id: challengeId }, owner);
    const ideaIds: string[] = [];
    for (let i = 0; i < ideas; i++) {
      const idea = await this.gql(
        `mutation($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }`,
        { i: { challengeId, title: `Fan-out idea ${i}`, body: 'Seats that fold into a cargo bay.', tags: [], buildsOn: [] } },
        owner,
      );
      ideaIds.push(idea.proposeIdea.id);
    }
    return { challengeId, ideaIds };
  }

  /**
   * Casts `count` votes at `perSecond`, on a steady schedule (a slow answer does not delay the
   * next vote), round-robin over the ideas, each vote flipping the voter's previous one so that
   * every vote changes a tally.
   */
  /** Each voter's last vote per idea, across calls: a vote repeating it would be a no-op, with no event. */
  private readonly votes = new Map<string, 'UP' | 'DOWN'>();

  async voteSteadily(voter: string, ideaIds: string[], count: number, perSecond: number): Promise<{ cast: number; failed: number }> {
    const started = Date.now();
    const answers: Array<Promise<boolean>> = [];
    for (let i = 0; i < count; i++) {
      const wait = started + (i * 1000) / perSecond - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const ideaId = ideaIds[i % ideaIds.length];
      const value = this.votes.get(`${voter} ${ideaId}`) === 'UP' ? 'DOWN' : 'UP';
      this.votes.set(`${voter} ${ideaId}`, value);
      answers.push(
        this.gql(`mutation($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id } }`, { id: ideaId, v: value }, voter).then(
          () => true,
          () => false,
        ),
      );
    }
    const results = await Promise.all(answers);
    return { cast: results.filter(Boolean).length, failed: results.filter((ok) => !ok).length };
  }
}
