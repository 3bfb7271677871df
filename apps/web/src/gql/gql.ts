/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DataExportFields on DataExport {\n      id\n      state\n      progress\n      itemsDone\n      itemsTotal\n      requestedAt\n      finishedAt\n      expiresAt\n      sizeBytes\n  }\n": typeof types.DataExportFieldsFragmentDoc,
    "\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n": typeof types.DataExportsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation IssueDataExportDownload($exportId: ID!, $password: String!) {\n    issueDataExportDownload(exportId: $exportId, password: $password) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.IssueDataExportDownloadDocument,
    "\n  query PrivacySettings {\n    privacySettings {\n      partnerVisibility\n      version\n      updatedAt\n    }\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n": typeof types.PrivacySettingsDocument,
    "\n  mutation SetPartnerVisibility($visibility: PartnerVisibility!) {\n    setPartnerVisibility(visibility: $visibility) {\n      partnerVisibility\n      version\n      updatedAt\n    }\n  }\n": typeof types.SetPartnerVisibilityDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query LicenceAcceptances {\n    licenceAcceptances(first: 50) {\n      edges {\n        node {\n          licence\n          acceptedAt\n          challenge {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.LicenceAcceptancesDocument,
    "\n  query WhoLooked {\n    whoLooked(days: 90) {\n      day\n      kind\n      count\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WhoLookedDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  fragment IdeaAuthorship on Idea {\n    id\n    authors {\n      accepted\n      role\n      shareBasisPoints\n      user {\n        id\n        displayName\n      }\n    }\n    authorshipProposal {\n      proposedAt\n      shares {\n        basisPoints\n        user {\n          id\n          displayName\n        }\n      }\n      approvedBy {\n        id\n      }\n    }\n  }\n": typeof types.IdeaAuthorshipFragmentDoc,
    "\n  mutation InviteCoAuthor($ideaId: ID!, $userId: ID!) {\n    inviteCoAuthor(ideaId: $ideaId, userId: $userId) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.InviteCoAuthorDocument,
    "\n  mutation RespondToCoAuthorship($ideaId: ID!, $accept: Boolean!) {\n    respondToCoAuthorship(ideaId: $ideaId, accept: $accept) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.RespondToCoAuthorshipDocument,
    "\n  mutation ProposeSplit($ideaId: ID!, $shares: [AuthorShareInput!]!) {\n    proposeAuthorshipSplit(ideaId: $ideaId, shares: $shares) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.ProposeSplitDocument,
    "\n  mutation ApproveSplit($ideaId: ID!) {\n    approveAuthorshipSplit(ideaId: $ideaId) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.ApproveSplitDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    helpful\n    parentId\n    replyCount\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      edges {\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ThreadCommentFragmentDoc,
    "\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      comments(first: 10, after: $after) {\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation MarkHelpful($commentId: ID!, $helpful: Boolean!) {\n    markCommentHelpful(commentId: $commentId, helpful: $helpful) {\n      id\n      helpful\n    }\n  }\n": typeof types.MarkHelpfulDocument,
    "\n  query IdeaTitle($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.IdeaTitleDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    body\n    tags\n    score\n    upvotes\n    downvotes\n    viewerVote\n    commentCount\n    status\n    createdAt\n    author {\n      id\n      displayName\n    }\n    buildsOn {\n      id\n    }\n  }\n": typeof types.IdeaCardFieldsFragmentDoc,
    "\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.IdeasFeedDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.ProposeIdeaDocument,
    "\n  mutation ReviseIdea($input: ReviseIdeaInput!) {\n    reviseIdea(input: $input) {\n      ...IdeaCardFields\n      revision\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n    }\n  }\n": typeof types.ReviseIdeaDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          accepted\n          decisionTo\n          moderationAction\n          moderationReason\n          moderationVisibility\n          decisionReason\n          actor {\n            id\n            displayName\n          }\n          idea {\n            id\n            title\n          }\n          challenge {\n            id\n            title\n          }\n          comment {\n            id\n            body\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID, $ids: [ID!]) {\n    markNotificationsRead(upTo: $upTo, ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      challengeId\n      licence\n      participantCount\n      totalPoints\n      ledgerHead {\n        seq\n        hash\n      }\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StatementDocument,
    "\n  query StatementExport($challengeId: ID!) {\n    ownershipStatementExport(challengeId: $challengeId, format: CSV) {\n      filename\n      contentType\n      content\n    }\n  }\n": typeof types.StatementExportDocument,
    "\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          participant {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LedgerPageDocument,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      id\n      displayName\n      joinedAt\n      ideas(first: 10) {\n        edges {\n          node {\n            ...IdeaCardFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      comments(first: 10) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n      }\n      contributions(first: 10) {\n        edges {\n          node {\n            ideaCount\n            commentCount\n            lastContributedAt\n            challenge {\n              id\n              title\n            }\n            ownership {\n              points\n              shareBasisPoints\n              rank\n              participantCount\n              ledgerHead {\n                seq\n                hash\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParticipantDocument,
    "\n  fragment IdeaId on Idea {\n    id\n  }\n": typeof types.IdeaIdFragmentDoc,
    "\n  fragment CommentId on Comment {\n    id\n  }\n": typeof types.CommentIdFragmentDoc,
    "\n  query CatchUp($challengeId: ID!, $afterSequence: Int!) {\n    challengeEvents(challengeId: $challengeId, afterSequence: $afterSequence, first: 100) {\n      id\n      type\n      challengeId\n      sequence\n      occurredAt\n      data\n    }\n  }\n": typeof types.CatchUpDocument,
    "\n  mutation CastVote($ideaId: ID!, $value: VoteValue!) {\n    castVote(ideaId: $ideaId, value: $value) {\n      id\n      score\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n": typeof types.CastVoteDocument,
};
const documents: Documents = {
    "\n  fragment DataExportFields on DataExport {\n      id\n      state\n      progress\n      itemsDone\n      itemsTotal\n      requestedAt\n      finishedAt\n      expiresAt\n      sizeBytes\n  }\n": types.DataExportFieldsFragmentDoc,
    "\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n": types.DataExportsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation IssueDataExportDownload($exportId: ID!, $password: String!) {\n    issueDataExportDownload(exportId: $exportId, password: $password) {\n      url\n      expiresAt\n    }\n  }\n": types.IssueDataExportDownloadDocument,
    "\n  query PrivacySettings {\n    privacySettings {\n      partnerVisibility\n      version\n      updatedAt\n    }\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n": types.PrivacySettingsDocument,
    "\n  mutation SetPartnerVisibility($visibility: PartnerVisibility!) {\n    setPartnerVisibility(visibility: $visibility) {\n      partnerVisibility\n      version\n      updatedAt\n    }\n  }\n": types.SetPartnerVisibilityDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query LicenceAcceptances {\n    licenceAcceptances(first: 50) {\n      edges {\n        node {\n          licence\n          acceptedAt\n          challenge {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.LicenceAcceptancesDocument,
    "\n  query WhoLooked {\n    whoLooked(days: 90) {\n      day\n      kind\n      count\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.WhoLookedDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n": types.ChallengeDocument,
    "\n  fragment IdeaAuthorship on Idea {\n    id\n    authors {\n      accepted\n      role\n      shareBasisPoints\n      user {\n        id\n        displayName\n      }\n    }\n    authorshipProposal {\n      proposedAt\n      shares {\n        basisPoints\n        user {\n          id\n          displayName\n        }\n      }\n      approvedBy {\n        id\n      }\n    }\n  }\n": types.IdeaAuthorshipFragmentDoc,
    "\n  mutation InviteCoAuthor($ideaId: ID!, $userId: ID!) {\n    inviteCoAuthor(ideaId: $ideaId, userId: $userId) {\n      ...IdeaAuthorship\n    }\n  }\n": types.InviteCoAuthorDocument,
    "\n  mutation RespondToCoAuthorship($ideaId: ID!, $accept: Boolean!) {\n    respondToCoAuthorship(ideaId: $ideaId, accept: $accept) {\n      ...IdeaAuthorship\n    }\n  }\n": types.RespondToCoAuthorshipDocument,
    "\n  mutation ProposeSplit($ideaId: ID!, $shares: [AuthorShareInput!]!) {\n    proposeAuthorshipSplit(ideaId: $ideaId, shares: $shares) {\n      ...IdeaAuthorship\n    }\n  }\n": types.ProposeSplitDocument,
    "\n  mutation ApproveSplit($ideaId: ID!) {\n    approveAuthorshipSplit(ideaId: $ideaId) {\n      ...IdeaAuthorship\n    }\n  }\n": types.ApproveSplitDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    helpful\n    parentId\n    replyCount\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      edges {\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ThreadCommentFragmentDoc,
    "\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      comments(first: 10, after: $after) {\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation MarkHelpful($commentId: ID!, $helpful: Boolean!) {\n    markCommentHelpful(commentId: $commentId, helpful: $helpful) {\n      id\n      helpful\n    }\n  }\n": types.MarkHelpfulDocument,
    "\n  query IdeaTitle($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n    }\n  }\n": types.IdeaTitleDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    body\n    tags\n    score\n    upvotes\n    downvotes\n    viewerVote\n    commentCount\n    status\n    createdAt\n    author {\n      id\n      displayName\n    }\n    buildsOn {\n      id\n    }\n  }\n": types.IdeaCardFieldsFragmentDoc,
    "\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.IdeasFeedDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n": types.IdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n": types.ProposeIdeaDocument,
    "\n  mutation ReviseIdea($input: ReviseIdeaInput!) {\n    reviseIdea(input: $input) {\n      ...IdeaCardFields\n      revision\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n    }\n  }\n": types.ReviseIdeaDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": types.UnreadCountDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          accepted\n          decisionTo\n          moderationAction\n          moderationReason\n          moderationVisibility\n          decisionReason\n          actor {\n            id\n            displayName\n          }\n          idea {\n            id\n            title\n          }\n          challenge {\n            id\n            title\n          }\n          comment {\n            id\n            body\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID, $ids: [ID!]) {\n    markNotificationsRead(upTo: $upTo, ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      challengeId\n      licence\n      participantCount\n      totalPoints\n      ledgerHead {\n        seq\n        hash\n      }\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StatementDocument,
    "\n  query StatementExport($challengeId: ID!) {\n    ownershipStatementExport(challengeId: $challengeId, format: CSV) {\n      filename\n      contentType\n      content\n    }\n  }\n": types.StatementExportDocument,
    "\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          participant {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LedgerPageDocument,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      id\n      displayName\n      joinedAt\n      ideas(first: 10) {\n        edges {\n          node {\n            ...IdeaCardFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      comments(first: 10) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n      }\n      contributions(first: 10) {\n        edges {\n          node {\n            ideaCount\n            commentCount\n            lastContributedAt\n            challenge {\n              id\n              title\n            }\n            ownership {\n              points\n              shareBasisPoints\n              rank\n              participantCount\n              ledgerHead {\n                seq\n                hash\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ParticipantDocument,
    "\n  fragment IdeaId on Idea {\n    id\n  }\n": types.IdeaIdFragmentDoc,
    "\n  fragment CommentId on Comment {\n    id\n  }\n": types.CommentIdFragmentDoc,
    "\n  query CatchUp($challengeId: ID!, $afterSequence: Int!) {\n    challengeEvents(challengeId: $challengeId, afterSequence: $afterSequence, first: 100) {\n      id\n      type\n      challengeId\n      sequence\n      occurredAt\n      data\n    }\n  }\n": types.CatchUpDocument,
    "\n  mutation CastVote($ideaId: ID!, $value: VoteValue!) {\n    castVote(ideaId: $ideaId, value: $value) {\n      id\n      score\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n": types.CastVoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExportFields on DataExport {\n      id\n      state\n      progress\n      itemsDone\n      itemsTotal\n      requestedAt\n      finishedAt\n      expiresAt\n      sizeBytes\n  }\n"): (typeof documents)["\n  fragment DataExportFields on DataExport {\n      id\n      state\n      progress\n      itemsDone\n      itemsTotal\n      requestedAt\n      finishedAt\n      expiresAt\n      sizeBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueDataExportDownload($exportId: ID!, $password: String!) {\n    issueDataExportDownload(exportId: $exportId, password: $password) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation IssueDataExportDownload($exportId: ID!, $password: String!) {\n    issueDataExportDownload(exportId: $exportId, password: $password) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacySettings {\n    privacySettings {\n      partnerVisibility\n      version\n      updatedAt\n    }\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query PrivacySettings {\n    privacySettings {\n      partnerVisibility\n      version\n      updatedAt\n    }\n    notificationPreferences {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerVisibility($visibility: PartnerVisibility!) {\n    setPartnerVisibility(visibility: $visibility) {\n      partnerVisibility\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetPartnerVisibility($visibility: PartnerVisibility!) {\n    setPartnerVisibility(visibility: $visibility) {\n      partnerVisibility\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenceAcceptances {\n    licenceAcceptances(first: 50) {\n      edges {\n        node {\n          licence\n          acceptedAt\n          challenge {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LicenceAcceptances {\n    licenceAcceptances(first: 50) {\n      edges {\n        node {\n          licence\n          acceptedAt\n          challenge {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoLooked {\n    whoLooked(days: 90) {\n      day\n      kind\n      count\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoLooked {\n    whoLooked(days: 90) {\n      day\n      kind\n      count\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input, refreshTokenIn: COOKIE) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaAuthorship on Idea {\n    id\n    authors {\n      accepted\n      role\n      shareBasisPoints\n      user {\n        id\n        displayName\n      }\n    }\n    authorshipProposal {\n      proposedAt\n      shares {\n        basisPoints\n        user {\n          id\n          displayName\n        }\n      }\n      approvedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaAuthorship on Idea {\n    id\n    authors {\n      accepted\n      role\n      shareBasisPoints\n      user {\n        id\n        displayName\n      }\n    }\n    authorshipProposal {\n      proposedAt\n      shares {\n        basisPoints\n        user {\n          id\n          displayName\n        }\n      }\n      approvedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoAuthor($ideaId: ID!, $userId: ID!) {\n    inviteCoAuthor(ideaId: $ideaId, userId: $userId) {\n      ...IdeaAuthorship\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoAuthor($ideaId: ID!, $userId: ID!) {\n    inviteCoAuthor(ideaId: $ideaId, userId: $userId) {\n      ...IdeaAuthorship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCoAuthorship($ideaId: ID!, $accept: Boolean!) {\n    respondToCoAuthorship(ideaId: $ideaId, accept: $accept) {\n      ...IdeaAuthorship\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToCoAuthorship($ideaId: ID!, $accept: Boolean!) {\n    respondToCoAuthorship(ideaId: $ideaId, accept: $accept) {\n      ...IdeaAuthorship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeSplit($ideaId: ID!, $shares: [AuthorShareInput!]!) {\n    proposeAuthorshipSplit(ideaId: $ideaId, shares: $shares) {\n      ...IdeaAuthorship\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeSplit($ideaId: ID!, $shares: [AuthorShareInput!]!) {\n    proposeAuthorshipSplit(ideaId: $ideaId, shares: $shares) {\n      ...IdeaAuthorship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSplit($ideaId: ID!) {\n    approveAuthorshipSplit(ideaId: $ideaId) {\n      ...IdeaAuthorship\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSplit($ideaId: ID!) {\n    approveAuthorshipSplit(ideaId: $ideaId) {\n      ...IdeaAuthorship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    helpful\n    parentId\n    replyCount\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    helpful\n    parentId\n    replyCount\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      edges {\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      edges {\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      comments(first: 10, after: $after) {\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      comments(first: 10, after: $after) {\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkHelpful($commentId: ID!, $helpful: Boolean!) {\n    markCommentHelpful(commentId: $commentId, helpful: $helpful) {\n      id\n      helpful\n    }\n  }\n"): (typeof documents)["\n  mutation MarkHelpful($commentId: ID!, $helpful: Boolean!) {\n    markCommentHelpful(commentId: $commentId, helpful: $helpful) {\n      id\n      helpful\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaTitle($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query IdeaTitle($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    body\n    tags\n    score\n    upvotes\n    downvotes\n    viewerVote\n    commentCount\n    status\n    createdAt\n    author {\n      id\n      displayName\n    }\n    buildsOn {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    body\n    tags\n    score\n    upvotes\n    downvotes\n    viewerVote\n    commentCount\n    status\n    createdAt\n    author {\n      id\n      displayName\n    }\n    buildsOn {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n"): (typeof documents)["\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseIdea($input: ReviseIdeaInput!) {\n    reviseIdea(input: $input) {\n      ...IdeaCardFields\n      revision\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseIdea($input: ReviseIdeaInput!) {\n    reviseIdea(input: $input) {\n      ...IdeaCardFields\n      revision\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          accepted\n          decisionTo\n          moderationAction\n          moderationReason\n          moderationVisibility\n          decisionReason\n          actor {\n            id\n            displayName\n          }\n          idea {\n            id\n            title\n          }\n          challenge {\n            id\n            title\n          }\n          comment {\n            id\n            body\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          accepted\n          decisionTo\n          moderationAction\n          moderationReason\n          moderationVisibility\n          decisionReason\n          actor {\n            id\n            displayName\n          }\n          idea {\n            id\n            title\n          }\n          challenge {\n            id\n            title\n          }\n          comment {\n            id\n            body\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($upTo: ID, $ids: [ID!]) {\n    markNotificationsRead(upTo: $upTo, ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($upTo: ID, $ids: [ID!]) {\n    markNotificationsRead(upTo: $upTo, ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      challengeId\n      licence\n      participantCount\n      totalPoints\n      ledgerHead {\n        seq\n        hash\n      }\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      challengeId\n      licence\n      participantCount\n      totalPoints\n      ledgerHead {\n        seq\n        hash\n      }\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementExport($challengeId: ID!) {\n    ownershipStatementExport(challengeId: $challengeId, format: CSV) {\n      filename\n      contentType\n      content\n    }\n  }\n"): (typeof documents)["\n  query StatementExport($challengeId: ID!) {\n    ownershipStatementExport(challengeId: $challengeId, format: CSV) {\n      filename\n      contentType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          participant {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          participant {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      id\n      displayName\n      joinedAt\n      ideas(first: 10) {\n        edges {\n          node {\n            ...IdeaCardFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      comments(first: 10) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n      }\n      contributions(first: 10) {\n        edges {\n          node {\n            ideaCount\n            commentCount\n            lastContributedAt\n            challenge {\n              id\n              title\n            }\n            ownership {\n              points\n              shareBasisPoints\n              rank\n              participantCount\n              ledgerHead {\n                seq\n                hash\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      id\n      displayName\n      joinedAt\n      ideas(first: 10) {\n        edges {\n          node {\n            ...IdeaCardFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      comments(first: 10) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n      }\n      contributions(first: 10) {\n        edges {\n          node {\n            ideaCount\n            commentCount\n            lastContributedAt\n            challenge {\n              id\n              title\n            }\n            ownership {\n              points\n              shareBasisPoints\n              rank\n              participantCount\n              ledgerHead {\n                seq\n                hash\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaId on Idea {\n    id\n  }\n"): (typeof documents)["\n  fragment IdeaId on Idea {\n    id\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentId on Comment {\n    id\n  }\n"): (typeof documents)["\n  fragment CommentId on Comment {\n    id\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatchUp($challengeId: ID!, $afterSequence: Int!) {\n    challengeEvents(challengeId: $challengeId, afterSequence: $afterSequence, first: 100) {\n      id\n      type\n      challengeId\n      sequence\n      occurredAt\n      data\n    }\n  }\n"): (typeof documents)["\n  query CatchUp($challengeId: ID!, $afterSequence: Int!) {\n    challengeEvents(challengeId: $challengeId, afterSequence: $afterSequence, first: 100) {\n      id\n      type\n      challengeId\n      sequence\n      occurredAt\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($ideaId: ID!, $value: VoteValue!) {\n    castVote(ideaId: $ideaId, value: $value) {\n      id\n      score\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($ideaId: ID!, $value: VoteValue!) {\n    castVote(ideaId: $ideaId, value: $value) {\n      id\n      score\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;