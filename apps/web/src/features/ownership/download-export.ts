import type { ApolloClient } from '@apollo/client';
import { download } from '../../shared/download';
import { TEAM_EXPORT } from './graphql/ownership.graphql';

/** Fetches the whole statement as a file (never cached: it is large and changes with the ledger) and saves it. */
export async function downloadStatement(client: ApolloClient, challengeId: string, format: 'CSV' | 'JSON' = 'CSV', pool: string | null = null): Promise<void> {
  const { data } = await client.query({ query: TEAM_EXPORT, variables: { challengeId, format, pool }, fetchPolicy: 'no-cache' });
  const exported = data!.ownershipStatementExport;
  download(exported.filename, exported.content, exported.contentType);
}
