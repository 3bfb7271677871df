export const KINDS = ['IDEA_PROPOSED', 'IDEA_BUILT_UPON', 'IDEA_SHORTLISTED', 'IDEA_ADOPTED', 'COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST'] as const;
export type Kind = (typeof KINDS)[number];
export type Weights = Record<Kind, number>;

/** The example participant of the preview: what a steady contributor does in a challenge. */
export const EXAMPLE = { ideas: 1, comments: 5, votes: 20 } as const;

/** What the weights mean, in numbers a brand can read: one example participant's points and some ratios. */
export function preview(weights: Weights) {
  const example = EXAMPLE.ideas * weights.IDEA_PROPOSED + EXAMPLE.comments * weights.COMMENT + EXAMPLE.votes * weights.VOTE_CAST;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    example,
    // With the adoption: the same participant whose idea is adopted.
    exampleAdopted: example + weights.IDEA_ADOPTED,
    votesPerProposal: ratio(weights.IDEA_PROPOSED, weights.VOTE_CAST),
    proposalsPerAdoption: ratio(weights.IDEA_ADOPTED, weights.IDEA_PROPOSED),
  };
}
