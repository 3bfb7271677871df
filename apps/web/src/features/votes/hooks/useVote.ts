import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { VoteValue } from '../../../gql/graphql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { newKey } from '../../../shared/idempotency';
import { getSession } from '../../auth/session';
import { IDEA_CARD_FIELDS } from '../../ideas/graphql/idea-fields.graphql';
import { CAST_VOTE } from '../graphql/votes.graphql';

const weight = (value: VoteValue) => (value === 'UP' ? 1 : value === 'DOWN' ? -1 : 0);

/**
 * A vote shown at once (an optimistic tally and the viewer's choice), then the server's exact
 * answer in its place; a refusal rolls it back and says why. Pressing the current choice again
 * takes the vote back.
 */
export function useVote(ideaId: string) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [castVote] = useMutation(CAST_VOTE);
  const [error, setError] = useState<string | null>(null);

  const vote = async (choice: VoteValue) => {
    if (!getSession()) {
      navigate(`/signin?next=${encodeURIComponent(location.pathname + location.search)}`);
      return;
    }
    const idea = client.cache.readFragment({ id: client.cache.identify({ __typename: 'Idea', id: ideaId }), fragment: IDEA_CARD_FIELDS });
    if (!idea) return;
    const value: VoteValue = idea.viewerVote === choice ? 'NONE' : choice;
    const before = weight(idea.viewerVote);
    const after = weight(value);
    setError(null);
    try {
      await castVote({
        variables: { ideaId, value },
        context: { idempotencyKey: newKey() },
        optimisticResponse: {
          __typename: 'Mutation',
          castVote: {
            __typename: 'Idea',
            id: ideaId,
            score: idea.score - before + after,
            upvotes: idea.upvotes - (before === 1 ? 1 : 0) + (after === 1 ? 1 : 0),
            downvotes: idea.downvotes - (before === -1 ? 1 : 0) + (after === -1 ? 1 : 0),
            viewerVote: value,
          },
        },
      });
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };

  return { vote, error };
}
