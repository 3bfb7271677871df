import { graphql } from '../../../gql';

export const DATA_EXPORT_FIELDS = graphql(`
  fragment DataExportFields on DataExport {
      id
      state
      progress
      itemsDone
      itemsTotal
      requestedAt
      finishedAt
      expiresAt
      sizeBytes
  }
`);

export const DATA_EXPORTS = graphql(`
  query DataExports {
    dataExports {
      ...DataExportFields
    }
  }
`);

export const REQUEST_DATA_EXPORT = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      ...DataExportFields
    }
  }
`);

export const ISSUE_DOWNLOAD = graphql(`
  mutation IssueDataExportDownload($exportId: ID!, $password: String!) {
    issueDataExportDownload(exportId: $exportId, password: $password) {
      url
      expiresAt
    }
  }
`);

export const PRIVACY_SETTINGS = graphql(`
  query PrivacySettings {
    privacySettings {
      partnerVisibility
      version
      updatedAt
    }
    notificationPreferences {
      kind
      enabled
    }
  }
`);

export const SET_PARTNER_VISIBILITY = graphql(`
  mutation SetPartnerVisibility($visibility: PartnerVisibility!) {
    setPartnerVisibility(visibility: $visibility) {
      partnerVisibility
      version
      updatedAt
    }
  }
`);

export const SET_NOTIFICATION_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {
    setNotificationPreference(kind: $kind, enabled: $enabled) {
      kind
      enabled
    }
  }
`);

export const LICENCES = graphql(`
  query LicenceAcceptances {
    licenceAcceptances(first: 50) {
      edges {
        node {
          licence
          acceptedAt
          challenge {
            id
            title
          }
        }
      }
    }
  }
`);

export const WHO_LOOKED = graphql(`
  query WhoLooked {
    whoLooked(days: 90) {
      day
      kind
      count
      organization {
        id
        name
      }
    }
  }
`);
