import { graphql } from '../../../gql';

export const ERASE_ACCOUNT = graphql(`
  mutation EraseAccount($input: EraseAccountInput!) {
    eraseAccount(input: $input) {
      erasedAt
      pseudonym
      contentRemoved
      credit
    }
  }
`);
