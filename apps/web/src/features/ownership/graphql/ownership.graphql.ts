import { graphql } from '../../../gql';

export const STATEMENT_HEAD = graphql(`
  fragment StatementHead on OwnershipStatement {
    challengeId
    licence
    participantCount
    totalPoints
    ledgerHead {
      seq
      hash
    }
  }
`);

export const STATEMENT = graphql(`
  query Statement($challengeId: ID!, $after: String) {
    challenge(id: $challengeId) {
      id
      title
      phase
    }
    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {
      ...StatementHead
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

export const TEAM_STATEMENT = graphql(`
  query TeamStatement($challengeId: ID!, $pool: String, $after: String) {
    ownershipStatement(challengeId: $challengeId, first: 50, after: $after, pool: $pool) {
      ...StatementHead
      pool
      edges {
        cursor
        node {
          party
          points
          shareBasisPoints
          payout
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

export const TEAM_EXPORT = graphql(`
  query TeamStatementExport($challengeId: ID!, $format: ExportFormat!, $pool: String) {
    ownershipStatementExport(challengeId: $challengeId, format: $format, pool: $pool) {
      filename
      contentType
      content
    }
  }
`);

export const LEDGER_VERIFICATION = graphql(`
  query LedgerVerification($challengeId: ID!) {
    ledgerVerification(challengeId: $challengeId) {
      ok
      entries
      ledgerHead {
        seq
        hash
      }
      problem {
        seq
        reason
      }
    }
  }
`);
