import { graphql } from '../../../gql';

export const MY_ORGANIZATIONS = graphql(`
  query MyOrganizations {
    myOrganizations {
      id
      name
      viewerRole
    }
  }
`);

export const ORGANIZATION_CHALLENGES = graphql(`
  query OrganizationChallenges($organizationId: ID!, $after: String) {
    challenges(organizationId: $organizationId, first: 50, after: $after) {
      edges {
        node {
          id
          title
          phase
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the control room needs to know about a challenge: its organisation and the viewer's role there. */
export const TEAM_CHALLENGE = graphql(`
  query TeamChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      phase
      language
      organization {
        id
        name
        viewerRole
      }
    }
  }
`);

export const TEAM_ORGANIZATION = graphql(`
  query TeamOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      viewerRole
    }
  }
`);
