import type { HttpRequestSpec } from '../load';

export interface ProposeIdeaParams {
  challengeId: string;
  /** Authors' access tokens, used in rotation. */
  tokens: string[];
  /** Bodies in the participants' register (the English evaluation set), used in rotation. */
  texts: string[];
  /** Tells one load's titles from another's (each title is unique). */
  tag: string;
}

const PROPOSE = `mutation ProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id title } }`;

/** proposeIdea, each request a new idea whose body is a real comment-like text for the labeller. */
export function httpSource(params: ProposeIdeaParams): () => HttpRequestSpec {
  let i = 0;
  return () => {
    const n = i++;
    const body = params.texts[n % params.texts.length];
    const title = `${params.tag}-${n} ${body.split(/\s+/).slice(0, 6).join(' ')}`.slice(0, 120);
    return {
      body: JSON.stringify({ query: PROPOSE, variables: { i: { challengeId: params.challengeId, title, body, tags: [] } } }),
      token: params.tokens[n % params.tokens.length],
    };
  };
}
