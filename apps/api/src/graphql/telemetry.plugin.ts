import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { MetricsService, OperationLabels, OperationNote, errorCodeLabel, loggedOperationName } from '@pollen/observability';
import type { RequestContext } from '@pollen/kernel';

/**
 * Per GraphQL request: its latency by operation name and type, the codes of the errors in its
 * answer, and a note on the request (operation, type, error codes) that the request's log line
 * carries (see loggerParams). Never the query text, the variables or the answer.
 */
@Plugin()
export class TelemetryPlugin implements ApolloServerPlugin<RequestContext> {
  private readonly labels = new OperationLabels();

  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart({ contextValue }: { contextValue: RequestContext }): Promise<GraphQLRequestListener<RequestContext>> {
    const started = process.hrtime.bigint();
    let name: string | null | undefined;
    let type = 'unknown';
    return {
      didResolveOperation: async ({ operation }) => {
        name = operation?.name?.value ?? null;
        type = operation?.operation ?? 'unknown';
      },
      willSendResponse: async ({ response }) => {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = errors.map((error) => errorCodeLabel(error.extensions?.code));
        for (const code of codes) this.metrics.graphqlErrors.inc({ code });
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.metrics.graphqlDuration.observe({ operation: this.labels.label(name), type }, seconds);
        (contextValue.req as RequestContext['req'] & OperationNote).pollenOperation = { name: loggedOperationName(name), type, errors: [...new Set(codes)] };
      },
    };
  }
}
