import { registerEnumType } from '@nestjs/graphql';

/** How the brand team sorts its review board. */
export enum ReviewOrder {
  SCORE = 'SCORE',
  DIVISIVENESS = 'DIVISIVENESS',
  MOST_POSITIVE = 'MOST_POSITIVE',
  MOST_NEGATIVE = 'MOST_NEGATIVE',
}

registerEnumType(ReviewOrder, {
  name: 'ReviewOrder',
  description:
    'SCORE: upvotes − downvotes. DIVISIVENESS: the smaller of upvotes and downvotes, then the number of votes (many on both sides first). ' +
    'MOST_POSITIVE / MOST_NEGATIVE: by the sentiment score of title and body (unlabelled ideas count as neutral)',
});
