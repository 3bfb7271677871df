import { graphql } from '../../../gql';

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input, refreshTokenIn: COOKIE) {
      accessToken
      user {
        id
        displayName
        email
      }
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input, refreshTokenIn: COOKIE) {
      accessToken
      user {
        id
        displayName
        email
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
