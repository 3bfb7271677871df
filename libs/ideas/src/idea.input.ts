import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IdeaOrder, IdeaStatus } from './idea.model';

@InputType()
export class ProposeIdeaInput {
  @Field(() => ID)
  challengeId: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  tags?: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Ideas of the same challenge this one builds on' })
  buildsOn?: string[];
}

@InputType()
export class ReviseIdeaInput {
  @Field(() => ID)
  ideaId: string;

  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  body?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@ArgsType()
export class IdeasArgs {
  @Field(() => ID)
  challengeId: string;

  @Field(() => IdeaOrder, { nullable: true, description: 'Default: RELEVANCE with `search`, HOT without' })
  orderBy?: IdeaOrder;

  @Field(() => String, { nullable: true, description: 'Full-text search in the challenge language, accent-insensitive' })
  search?: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

@InputType('DecideIdeaInput', { description: 'The brand team’s decision on an idea, in REVIEW' })
export class DecideIdeaInput {
  @Field(() => ID)
  ideaId: string;

  @Field(() => IdeaStatus, { description: 'SHORTLISTED (from OPEN), ADOPTED (from SHORTLISTED) or REJECTED' })
  status: IdeaStatus;

  @Field({ description: '3 to 2,000 characters, shown to the author' })
  reason: string;
}
