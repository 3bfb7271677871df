import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ClientKey, RequestContext, clientKeyOf } from '@pollen/kernel';

/** The client key of a GraphQL request (see clientKeyOf), for the write limits. */
export const CurrentClient = createParamDecorator((_: unknown, context: ExecutionContext): ClientKey => {
  return clientKeyOf(GqlExecutionContext.create(context).getContext<RequestContext>().req);
});
