import { registerEnumType } from '@nestjs/graphql';

export enum VoteValue {
  UP = 'UP',
  DOWN = 'DOWN',
  NONE = 'NONE',
}

registerEnumType(VoteValue, { name: 'VoteValue', description: 'NONE clears the vote' });

export const VOTE_NUMBER: Record<VoteValue, -1 | 0 | 1> = { UP: 1, DOWN: -1, NONE: 0 };

export function voteValueOf(value: number | null | undefined): VoteValue {
  return value === 1 ? VoteValue.UP : value === -1 ? VoteValue.DOWN : VoteValue.NONE;
}
