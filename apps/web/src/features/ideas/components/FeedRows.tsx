import { useFragment } from '@apollo/client/react';
import { IDEA_CARD_FIELDS } from '../graphql/idea-fields.graphql';
import { IdeaCard } from './IdeaCard';

export interface RowsProps {
  ids: string[];
  canVote: boolean;
  /** -1 while more pages may follow (ARIA feed). */
  setSize: number;
}

export function CachedIdea({ id, canVote }: { id: string; canVote: boolean }) {
  const { data, complete } = useFragment({ fragment: IDEA_CARD_FIELDS, from: { __typename: 'Idea', id } });
  return complete ? <IdeaCard idea={data} canVote={canVote} /> : null;
}

/** Every row rendered: for the first pages of a feed, before a window of rows is worth its script. */
export function FeedRows({ ids, canVote, setSize }: RowsProps) {
  return (
    <>
      {ids.map((id, index) => (
        <article key={id} aria-posinset={index + 1} aria-setsize={setSize} className="feed-item">
          <CachedIdea id={id} canVote={canVote} />
        </article>
      ))}
    </>
  );
}
