import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ChallengesModule } from '@pollen/challenges';
import { CommentsModule } from '@pollen/comments';
import { ConfigModule, PollenConfig } from '@pollen/config';
import { DatabaseModule } from '@pollen/database';
import { EventsModule } from '@pollen/events';
import { IdempotencyModule } from '@pollen/idempotency';
import { IdentityModule, ViewerGuard } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { InsightsModule } from '@pollen/insights';
import { RequestContext, answerFieldsFromRows, costDirective, listSizeDirective } from '@pollen/kernel';
import { ModerationModule } from '@pollen/moderation';
import { ErasureModule } from '@pollen/erasure';
import { NotificationsModule } from '@pollen/notifications';
import { ObservabilityModule } from '@pollen/observability';
import { OrganizationsModule } from '@pollen/organizations';
import { OwnershipModule } from '@pollen/ownership';
import { PrivacyModule } from '@pollen/privacy';
import { ProfilesModule } from '@pollen/profiles';
import { RealtimeModule } from '@pollen/realtime';
import { SentimentModule } from '@pollen/sentiment';
import { VotesModule } from '@pollen/votes';
import { DemoModule } from './demo/demo.module';
import { complexityPlugin } from './graphql/complexity.plugin';
import { documentLimits } from './graphql/document-limits';
import { formatError, productionFormatError } from './graphql/format-error';
import { PollenErrorFilter } from './graphql/pollen-error.filter';
import { responseSizePlugin } from './graphql/response-size.plugin';
import { retryAfterPlugin } from './graphql/retry-after.plugin';
import { OpsModule } from './ops/ops.module';
import { VoteFormController } from './web/vote-form.controller';

/** Wires the domain modules to HTTP and GraphQL. Nothing here holds business rules. */
@Module({})
export class AppModule {
  static forRoot(config: PollenConfig, databaseUrl: string): DynamicModule {
    const production = config.nodeEnv === 'production';
    const limits = documentLimits();
    return {
      module: AppModule,
      imports: [
        // First: its logger and request id are in place before any other module's middleware.
        ObservabilityModule.forRoot(config),
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, { logQueries: config.logLevel === 'debug' || config.logLevel === 'verbose' }),
        EventsModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !production,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          // No "Did you mean …?" in production: suggestions map the schema for anyone, introspection off or not.
          hideSchemaDetailsFromClientErrors: production,
          buildSchemaOptions: { directives: [listSizeDirective, costDirective] },
          plugins: [
            ...limits.plugins,
            complexityPlugin(),
            responseSizePlugin(),
            retryAfterPlugin(),
            // Apollo installs its cache-control plugin by default; its willResolveField hook wraps every
            // field resolver of every request. Pollen sets no cache hints: the wrapping was pure cost.
            ApolloServerPluginCacheControlDisabled(),
            ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
          ],
          validationRules: limits.validationRules,
          parseOptions: limits.parseOptions,
          transformSchema: answerFieldsFromRows,
          formatError: production ? productionFormatError : formatError,
          context: ({ req, res }: RequestContext) => ({ req, res }),
        }),
        IdentityModule,
        OrganizationsModule,
        ChallengesModule,
        IdeasModule,
        VotesModule,
        CommentsModule,
        OwnershipModule,
        ModerationModule,
        ProfilesModule,
        NotificationsModule,
        PrivacyModule,
        RealtimeModule,
        SentimentModule,
        InsightsModule,
        IdempotencyModule,
        ErasureModule,
        DemoModule,
        OpsModule,
      ],
      // The challenge page's vote buttons without script (web/first-paint.ts).
      controllers: [VoteFormController],
      providers: [
        { provide: APP_GUARD, useExisting: ViewerGuard },
        { provide: APP_FILTER, useClass: PollenErrorFilter },
      ],
    };
  }
}
