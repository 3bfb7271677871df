import { graphql } from '../../../gql';

export const TEAM_MEMBERS = graphql(`
  query TeamMembers($id: ID!) {
    organization(id: $id) {
      id
      viewerRole
      members(first: 100) {
        role
        createdAt
        user {
          id
          displayName
        }
      }
    }
  }
`);

export const PENDING_INVITATIONS = graphql(`
  query PendingInvitations($id: ID!) {
    organization(id: $id) {
      id
      pendingInvitations {
        id
        email
        role
        createdAt
      }
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteOrganizationMemberInput!) {
    inviteOrganizationMember(input: $input) {
      id
      email
      role
      status
      createdAt
    }
  }
`);

export const WITHDRAW_INVITATION = graphql(`
  mutation WithdrawInvitation($invitationId: ID!) {
    withdrawOrganizationInvitation(invitationId: $invitationId)
  }
`);

export const SET_MEMBER_ROLE = graphql(`
  mutation SetMemberRole($input: SetOrganizationMemberRoleInput!) {
    setOrganizationMemberRole(input: $input) {
      role
      createdAt
      user {
        id
        displayName
      }
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($input: RemoveOrganizationMemberInput!) {
    removeOrganizationMember(input: $input)
  }
`);

export const MY_INVITATIONS = graphql(`
  query MyInvitations {
    myOrganizationInvitations {
      id
      role
      organization {
        id
        name
      }
      invitedBy {
        id
        displayName
      }
    }
  }
`);

export const RESPOND_INVITATION = graphql(`
  mutation RespondInvitation($invitationId: ID!, $accept: Boolean!) {
    respondToOrganizationInvitation(invitationId: $invitationId, accept: $accept) {
      id
      status
    }
  }
`);
