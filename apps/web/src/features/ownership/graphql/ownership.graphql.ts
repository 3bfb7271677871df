import { graphql } from '../../../gql';

export const STATEMENT = graphql(`
  query Statement($challengeId: ID!, $after: String) {
    challenge(id: $challengeId) {
      id
      title
      phase
    }
    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {
      challengeId
      licence
      participantCount
      totalPoints
      ledgerHead {
        seq
        hash
      }
      edges {
        cursor
        node {
          points
          shareBasisPoints
          party
          participant {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const STATEMENT_EXPORT = graphql(`
  query StatementExport($challengeId: ID!) {
    ownershipStatementExport(challengeId: $challengeId, format: CSV) {
      filename
      contentType
      content
    }
  }
`);

export const LEDGER_PAGE = graphql(`
  query LedgerPage($challengeId: ID!, $after: String) {
    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {
      edges {
        node {
          id
          seq
          kind
          ideaId
          commentId
          points
          compensates
          detail
          occurredAt
          prevHash
          hash
          party
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
