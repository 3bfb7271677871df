import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import depthLimit from 'graphql-depth-limit';
import { ChallengesModule } from '@pollen/challenges';
import { CommentsModule } from '@pollen/comments';
import { ConfigModule, PollenConfig } from '@pollen/config';
import { DatabaseModule } from '@pollen/database';
import { EventsModule } from '@pollen/events';
import { IdentityModule, ViewerGuard } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { MAX_QUERY_DEPTH, RequestContext } from '@pollen/kernel';
import { NotificationsModule } from '@pollen/notifications';
import { OrganizationsModule } from '@pollen/organizations';
import { OwnershipModule } from '@pollen/ownership';
import { ProfilesModule } from '@pollen/profiles';
import { RealtimeModule } from '@pollen/realtime';
import { VotesModule } from '@pollen/votes';
import { DemoModule } from './demo/demo.module';
import { complexityPlugin } from './graphql/complexity.plugin';
import { formatError } from './graphql/format-error';
import { PollenErrorFilter } from './graphql/pollen-error.filter';
import { retryAfterPlugin } from './graphql/retry-after.plugin';
import { answerRowFieldsFromRows } from './graphql/row-fields';
import { HealthController } from './health.controller';

/** Wires the domain modules to HTTP and GraphQL. Nothing here holds business rules. */
@Module({})
export class AppModule {
  static forRoot(config: PollenConfig, databaseUrl: string): DynamicModule {
    const production = config.nodeEnv === 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
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
          plugins: [
            complexityPlugin(),
            retryAfterPlugin(),
            // Apollo installs its cache-control plugin by default; its willResolveField hook wraps every
            // field resolver of every request. Pollen sets no cache hints: the wrapping was pure cost.
            ApolloServerPluginCacheControlDisabled(),
            ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
          ],
          validationRules: [depthLimit(MAX_QUERY_DEPTH)],
          transformSchema: answerRowFieldsFromRows,
          formatError,
          context: ({ req, res }: RequestContext) => ({ req, res }),
        }),
        IdentityModule,
        OrganizationsModule,
        ChallengesModule,
        IdeasModule,
        VotesModule,
        CommentsModule,
        OwnershipModule,
        ProfilesModule,
        NotificationsModule,
        RealtimeModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useExisting: ViewerGuard },
        { provide: APP_FILTER, useClass: PollenErrorFilter },
      ],
    };
  }
}
