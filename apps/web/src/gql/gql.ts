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
    "\n  fragment PolicyFields on OwnershipPolicy {\n    frozen\n    frozenAt\n    licence\n    lineageDecay\n    lineageGenerations\n    weights {\n      IDEA_PROPOSED\n      IDEA_BUILT_UPON\n      IDEA_SHORTLISTED\n      IDEA_ADOPTED\n      COMMENT\n      COMMENT_HELPFUL\n      VOTE_CAST\n    }\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      title\n      phase\n    }\n  }\n": typeof types.CreateChallengeDocument,
    "\n  query ChallengeSettings($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      language\n      phase\n      closesAt\n      ownershipPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n": typeof types.ChallengeSettingsDocument,
    "\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      id\n      title\n      brief\n      language\n      closesAt\n    }\n  }\n": typeof types.UpdateChallengeDocument,
    "\n  mutation SetPolicy($challengeId: ID!, $policy: OwnershipPolicyInput!) {\n    setOwnershipPolicy(challengeId: $challengeId, policy: $policy) {\n      ...PolicyFields\n    }\n  }\n": typeof types.SetPolicyDocument,
    "\n  mutation SetPhase($challengeId: ID!, $phase: ChallengePhase!) {\n    setChallengePhase(challengeId: $challengeId, phase: $phase) {\n      id\n      phase\n    }\n  }\n": typeof types.SetPhaseDocument,
    "\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      eventSequence\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n": typeof types.ChallengeDocument,
    "\n  fragment IdeaAuthorship on Idea {\n    id\n    authors {\n      accepted\n      role\n      shareBasisPoints\n      user {\n        id\n        displayName\n      }\n    }\n    authorshipProposal {\n      proposedAt\n      shares {\n        basisPoints\n        user {\n          id\n          displayName\n        }\n      }\n      approvedBy {\n        id\n      }\n    }\n  }\n": typeof types.IdeaAuthorshipFragmentDoc,
    "\n  mutation InviteCoAuthor($ideaId: ID!, $userId: ID!) {\n    inviteCoAuthor(ideaId: $ideaId, userId: $userId) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.InviteCoAuthorDocument,
    "\n  mutation RespondToCoAuthorship($ideaId: ID!, $accept: Boolean!) {\n    respondToCoAuthorship(ideaId: $ideaId, accept: $accept) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.RespondToCoAuthorshipDocument,
    "\n  mutation ProposeSplit($ideaId: ID!, $shares: [AuthorShareInput!]!) {\n    proposeAuthorshipSplit(ideaId: $ideaId, shares: $shares) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.ProposeSplitDocument,
    "\n  mutation ApproveSplit($ideaId: ID!) {\n    approveAuthorshipSplit(ideaId: $ideaId) {\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.ApproveSplitDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    helpful\n    parentId\n    replyCount\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      edges {\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ThreadCommentFragmentDoc,
    "\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      challenge {\n        id\n        eventSequence\n      }\n      comments(first: 10, after: $after) {\n        eventSequence\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation MarkHelpful($commentId: ID!, $helpful: Boolean!) {\n    markCommentHelpful(commentId: $commentId, helpful: $helpful) {\n      id\n      helpful\n    }\n  }\n": typeof types.MarkHelpfulDocument,
    "\n  query MyOrganizations {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n": typeof types.MyOrganizationsDocument,
    "\n  query OrganizationChallenges($organizationId: ID!, $after: String) {\n    challenges(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          phase\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationChallengesDocument,
    "\n  query TeamChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      phase\n      language\n      organization {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": typeof types.TeamChallengeDocument,
    "\n  query TeamOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n    }\n  }\n": typeof types.TeamOrganizationDocument,
    "\n  mutation EraseAccount($input: EraseAccountInput!) {\n    eraseAccount(input: $input) {\n      erasedAt\n      pseudonym\n      contentRemoved\n      credit\n    }\n  }\n": typeof types.EraseAccountDocument,
    "\n  query IdeaTitle($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.IdeaTitleDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    body\n    tags\n    score\n    upvotes\n    downvotes\n    viewerVote\n    commentCount\n    status\n    createdAt\n    author {\n      id\n      displayName\n    }\n    buildsOn {\n      id\n    }\n  }\n": typeof types.IdeaCardFieldsFragmentDoc,
    "\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      eventSequence\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.IdeasFeedDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        eventSequence\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n": typeof types.SimilarIdeasDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n": typeof types.ProposeIdeaDocument,
    "\n  mutation ReviseIdea($input: ReviseIdeaInput!) {\n    reviseIdea(input: $input) {\n      ...IdeaCardFields\n      revision\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n    }\n  }\n": typeof types.ReviseIdeaDocument,
    "\n  fragment IdeaInsightFields on IdeaInsight {\n    ideaId\n    comments\n    upvotes\n    downvotes\n    idea {\n      id\n      title\n    }\n  }\n": typeof types.IdeaInsightFieldsFragmentDoc,
    "\n  query ChallengeInsights($challengeId: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize!) {\n    challengeInsights(challengeId: $challengeId, from: $from, to: $to, bucket: $bucket) {\n      challengeId\n      from\n      to\n      bucket\n      participantBuckets\n      sentimentTrend\n      sentiment {\n        positive\n        neutral\n        negative\n      }\n      stance {\n        for\n        neutral\n        against\n      }\n      moderation {\n        reports\n        holds\n        actions\n      }\n      buckets {\n        start\n        participants\n        newIdeas\n        votes\n        comments\n        netSentiment\n        sentiment {\n          positive\n          neutral\n          negative\n        }\n        moderation {\n          reports\n          holds\n          actions\n        }\n      }\n      mostDiscussed(first: 5) {\n        ...IdeaInsightFields\n      }\n      mostDivisive(first: 5) {\n        ...IdeaInsightFields\n      }\n      topContributors(first: 5) {\n        participantId\n        points\n        shareBp\n        participant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ChallengeInsightsDocument,
    "\n  mutation Report($input: ReportInput!) {\n    report(input: $input) {\n      targetId\n      reason\n      reportedAt\n    }\n  }\n": typeof types.ReportDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetId\n    targetType\n    state\n    challengeId\n    reporterCount\n    standingReporters\n    rule\n    updatedAt\n    reasons {\n      reason\n      count\n    }\n    reports(first: 3) {\n      reason\n      details\n      inStanding\n      createdAt\n    }\n    sentiment {\n      label\n      score\n    }\n    author {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      score\n      moderationState\n    }\n    comment {\n      id\n      body\n      moderationState\n    }\n  }\n": typeof types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($organizationId: ID!, $filter: ModerationQueueFilter, $after: String) {\n    moderationQueue(organizationId: $organizationId, filter: $filter, first: 20, after: $after) {\n      counts {\n        REPORTED\n        HELD\n        PENDING\n        FLAGGED\n        HIDDEN\n        RESOLVED\n      }\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n": typeof types.ModerateDocument,
    "\n  mutation SuspendParticipant($input: SuspendInput!) {\n    suspendParticipant(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n": typeof types.SuspendParticipantDocument,
    "\n  query DuplicateCandidates($challengeId: ID!) {\n    duplicateCandidates(challengeId: $challengeId, first: 10) {\n      ideaId\n      otherId\n      similarity\n    }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  query MergeSide($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      body\n      score\n      upvotes\n      downvotes\n      commentCount\n      moderationState\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MergeSideDocument,
    "\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n": typeof types.MergeIdeasDocument,
    "\n  mutation UndoMerge($input: UndoMergeInput!) {\n    undoMerge(input: $input) {\n      id\n      action\n      undoes\n    }\n  }\n": typeof types.UndoMergeDocument,
    "\n  query ModerationLog($organizationId: ID!, $search: String, $action: ModerationActionKind, $after: String) {\n    moderationLog(organizationId: $organizationId, search: $search, action: $action, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          action\n          reason\n          targetId\n          targetType\n          challengeId\n          createdAt\n          undoes\n          after\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query ModerationRules($organizationId: ID!) {\n    moderationRules(organizationId: $organizationId) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n": typeof types.ModerationRulesDocument,
    "\n  mutation AddModerationRule($input: AddModerationRuleInput!) {\n    addModerationRule(input: $input) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n": typeof types.AddModerationRuleDocument,
    "\n  mutation RemoveModerationRule($ruleId: ID!) {\n    removeModerationRule(ruleId: $ruleId) {\n      id\n    }\n  }\n": typeof types.RemoveModerationRuleDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          accepted\n          decisionTo\n          moderationAction\n          moderationReason\n          moderationVisibility\n          decisionReason\n          actor {\n            id\n            displayName\n          }\n          idea {\n            id\n            title\n          }\n          challenge {\n            id\n            title\n          }\n          comment {\n            id\n            body\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID, $ids: [ID!]) {\n    markNotificationsRead(upTo: $upTo, ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query TeamMembers($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      members(first: 100) {\n        role\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  query PendingInvitations($id: ID!) {\n    organization(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteOrganizationMemberInput!) {\n    inviteOrganizationMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation WithdrawInvitation($invitationId: ID!) {\n    withdrawOrganizationInvitation(invitationId: $invitationId)\n  }\n": typeof types.WithdrawInvitationDocument,
    "\n  mutation SetMemberRole($input: SetOrganizationMemberRoleInput!) {\n    setOrganizationMemberRole(input: $input) {\n      role\n      createdAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query MyInvitations {\n    myOrganizationInvitations {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation RespondInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToOrganizationInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n": typeof types.RespondInvitationDocument,
    "\n  fragment StatementHead on OwnershipStatement {\n    challengeId\n    licence\n    participantCount\n    totalPoints\n    ledgerHead {\n      seq\n      hash\n    }\n  }\n": typeof types.StatementHeadFragmentDoc,
    "\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      ...StatementHead\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          party\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StatementDocument,
    "\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          party\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LedgerPageDocument,
    "\n  query TeamStatement($challengeId: ID!, $pool: String, $after: String) {\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after, pool: $pool) {\n      ...StatementHead\n      pool\n      edges {\n        cursor\n        node {\n          party\n          points\n          shareBasisPoints\n          payout\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TeamStatementDocument,
    "\n  query TeamStatementExport($challengeId: ID!, $format: ExportFormat!, $pool: String) {\n    ownershipStatementExport(challengeId: $challengeId, format: $format, pool: $pool) {\n      filename\n      contentType\n      content\n    }\n  }\n": typeof types.TeamStatementExportDocument,
    "\n  query LedgerVerification($challengeId: ID!) {\n    ledgerVerification(challengeId: $challengeId) {\n      ok\n      entries\n      ledgerHead {\n        seq\n        hash\n      }\n      problem {\n        seq\n        reason\n      }\n    }\n  }\n": typeof types.LedgerVerificationDocument,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      id\n      displayName\n      joinedAt\n      ideas(first: 10) {\n        edges {\n          node {\n            ...IdeaCardFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      comments(first: 10) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n      }\n      contributions(first: 10) {\n        edges {\n          node {\n            ideaCount\n            commentCount\n            lastContributedAt\n            challenge {\n              id\n              title\n            }\n            ownership {\n              points\n              shareBasisPoints\n              rank\n              participantCount\n              ledgerHead {\n                seq\n                hash\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParticipantDocument,
    "\n  fragment IdeaId on Idea {\n    id\n  }\n": typeof types.IdeaIdFragmentDoc,
    "\n  fragment CommentId on Comment {\n    id\n  }\n": typeof types.CommentIdFragmentDoc,
    "\n  query CatchUp($challengeId: ID!, $afterSequence: Int!) {\n    challengeEvents(challengeId: $challengeId, afterSequence: $afterSequence, first: 100) {\n      id\n      type\n      challengeId\n      sequence\n      occurredAt\n      data\n    }\n  }\n": typeof types.CatchUpDocument,
    "\n  query ReviewBoard($challengeId: ID!, $orderBy: ReviewOrder, $status: IdeaStatus, $after: String) {\n    reviewBoard(challengeId: $challengeId, orderBy: $orderBy, status: $status, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          score\n          upvotes\n          downvotes\n          commentCount\n          author {\n            id\n            displayName\n          }\n          sentiment {\n            label\n            score\n          }\n          decisions {\n            id\n            to\n            reason\n            decidedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReviewBoardDocument,
    "\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      id\n      status\n      decisions {\n        id\n        to\n        reason\n        decidedAt\n      }\n    }\n  }\n": typeof types.DecideIdeaDocument,
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
    "\n  fragment PolicyFields on OwnershipPolicy {\n    frozen\n    frozenAt\n    licence\n    lineageDecay\n    lineageGenerations\n    weights {\n      IDEA_PROPOSED\n      IDEA_BUILT_UPON\n      IDEA_SHORTLISTED\n      IDEA_ADOPTED\n      COMMENT\n      COMMENT_HELPFUL\n      VOTE_CAST\n    }\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      title\n      phase\n    }\n  }\n": types.CreateChallengeDocument,
    "\n  query ChallengeSettings($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      language\n      phase\n      closesAt\n      ownershipPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n": types.ChallengeSettingsDocument,
    "\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      id\n      title\n      brief\n      language\n      closesAt\n    }\n  }\n": types.UpdateChallengeDocument,
    "\n  mutation SetPolicy($challengeId: ID!, $policy: OwnershipPolicyInput!) {\n    setOwnershipPolicy(challengeId: $challengeId, policy: $policy) {\n      ...PolicyFields\n    }\n  }\n": types.SetPolicyDocument,
    "\n  mutation SetPhase($challengeId: ID!, $phase: ChallengePhase!) {\n    setChallengePhase(challengeId: $challengeId, phase: $phase) {\n      id\n      phase\n    }\n  }\n": types.SetPhaseDocument,
    "\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ChallengesDocument,
    "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      eventSequence\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n": types.ChallengeDocument,
    "\n  fragment IdeaAuthorship on Idea {\n    id\n    authors {\n      accepted\n      role\n      shareBasisPoints\n      user {\n        id\n        displayName\n      }\n    }\n    authorshipProposal {\n      proposedAt\n      shares {\n        basisPoints\n        user {\n          id\n          displayName\n        }\n      }\n      approvedBy {\n        id\n      }\n    }\n  }\n": types.IdeaAuthorshipFragmentDoc,
    "\n  mutation InviteCoAuthor($ideaId: ID!, $userId: ID!) {\n    inviteCoAuthor(ideaId: $ideaId, userId: $userId) {\n      ...IdeaAuthorship\n    }\n  }\n": types.InviteCoAuthorDocument,
    "\n  mutation RespondToCoAuthorship($ideaId: ID!, $accept: Boolean!) {\n    respondToCoAuthorship(ideaId: $ideaId, accept: $accept) {\n      ...IdeaAuthorship\n    }\n  }\n": types.RespondToCoAuthorshipDocument,
    "\n  mutation ProposeSplit($ideaId: ID!, $shares: [AuthorShareInput!]!) {\n    proposeAuthorshipSplit(ideaId: $ideaId, shares: $shares) {\n      ...IdeaAuthorship\n    }\n  }\n": types.ProposeSplitDocument,
    "\n  mutation ApproveSplit($ideaId: ID!) {\n    approveAuthorshipSplit(ideaId: $ideaId) {\n      ...IdeaAuthorship\n    }\n  }\n": types.ApproveSplitDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    createdAt\n    editedAt\n    deleted\n    helpful\n    parentId\n    replyCount\n    author {\n      id\n      displayName\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 5) {\n      edges {\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ThreadCommentFragmentDoc,
    "\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      challenge {\n        id\n        eventSequence\n      }\n      comments(first: 10, after: $after) {\n        eventSequence\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($commentId: ID!) {\n    deleteComment(commentId: $commentId) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation MarkHelpful($commentId: ID!, $helpful: Boolean!) {\n    markCommentHelpful(commentId: $commentId, helpful: $helpful) {\n      id\n      helpful\n    }\n  }\n": types.MarkHelpfulDocument,
    "\n  query MyOrganizations {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n": types.MyOrganizationsDocument,
    "\n  query OrganizationChallenges($organizationId: ID!, $after: String) {\n    challenges(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          phase\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationChallengesDocument,
    "\n  query TeamChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      phase\n      language\n      organization {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": types.TeamChallengeDocument,
    "\n  query TeamOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n    }\n  }\n": types.TeamOrganizationDocument,
    "\n  mutation EraseAccount($input: EraseAccountInput!) {\n    eraseAccount(input: $input) {\n      erasedAt\n      pseudonym\n      contentRemoved\n      credit\n    }\n  }\n": types.EraseAccountDocument,
    "\n  query IdeaTitle($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n    }\n  }\n": types.IdeaTitleDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    title\n    body\n    tags\n    score\n    upvotes\n    downvotes\n    viewerVote\n    commentCount\n    status\n    createdAt\n    author {\n      id\n      displayName\n    }\n    buildsOn {\n      id\n    }\n  }\n": types.IdeaCardFieldsFragmentDoc,
    "\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      eventSequence\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.IdeasFeedDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        eventSequence\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n": types.IdeaDocument,
    "\n  query SimilarIdeas($challengeId: ID!, $text: String!) {\n    similarIdeas(challengeId: $challengeId, text: $text) {\n      id\n      title\n      score\n    }\n  }\n": types.SimilarIdeasDocument,
    "\n  mutation ProposeIdea($input: ProposeIdeaInput!) {\n    proposeIdea(input: $input) {\n      ...IdeaCardFields\n    }\n  }\n": types.ProposeIdeaDocument,
    "\n  mutation ReviseIdea($input: ReviseIdeaInput!) {\n    reviseIdea(input: $input) {\n      ...IdeaCardFields\n      revision\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n    }\n  }\n": types.ReviseIdeaDocument,
    "\n  fragment IdeaInsightFields on IdeaInsight {\n    ideaId\n    comments\n    upvotes\n    downvotes\n    idea {\n      id\n      title\n    }\n  }\n": types.IdeaInsightFieldsFragmentDoc,
    "\n  query ChallengeInsights($challengeId: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize!) {\n    challengeInsights(challengeId: $challengeId, from: $from, to: $to, bucket: $bucket) {\n      challengeId\n      from\n      to\n      bucket\n      participantBuckets\n      sentimentTrend\n      sentiment {\n        positive\n        neutral\n        negative\n      }\n      stance {\n        for\n        neutral\n        against\n      }\n      moderation {\n        reports\n        holds\n        actions\n      }\n      buckets {\n        start\n        participants\n        newIdeas\n        votes\n        comments\n        netSentiment\n        sentiment {\n          positive\n          neutral\n          negative\n        }\n        moderation {\n          reports\n          holds\n          actions\n        }\n      }\n      mostDiscussed(first: 5) {\n        ...IdeaInsightFields\n      }\n      mostDivisive(first: 5) {\n        ...IdeaInsightFields\n      }\n      topContributors(first: 5) {\n        participantId\n        points\n        shareBp\n        participant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ChallengeInsightsDocument,
    "\n  mutation Report($input: ReportInput!) {\n    report(input: $input) {\n      targetId\n      reason\n      reportedAt\n    }\n  }\n": types.ReportDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetId\n    targetType\n    state\n    challengeId\n    reporterCount\n    standingReporters\n    rule\n    updatedAt\n    reasons {\n      reason\n      count\n    }\n    reports(first: 3) {\n      reason\n      details\n      inStanding\n      createdAt\n    }\n    sentiment {\n      label\n      score\n    }\n    author {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      score\n      moderationState\n    }\n    comment {\n      id\n      body\n      moderationState\n    }\n  }\n": types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($organizationId: ID!, $filter: ModerationQueueFilter, $after: String) {\n    moderationQueue(organizationId: $organizationId, filter: $filter, first: 20, after: $after) {\n      counts {\n        REPORTED\n        HELD\n        PENDING\n        FLAGGED\n        HIDDEN\n        RESOLVED\n      }\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n": types.ModerateDocument,
    "\n  mutation SuspendParticipant($input: SuspendInput!) {\n    suspendParticipant(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n": types.SuspendParticipantDocument,
    "\n  query DuplicateCandidates($challengeId: ID!) {\n    duplicateCandidates(challengeId: $challengeId, first: 10) {\n      ideaId\n      otherId\n      similarity\n    }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  query MergeSide($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      body\n      score\n      upvotes\n      downvotes\n      commentCount\n      moderationState\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.MergeSideDocument,
    "\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n": types.MergeIdeasDocument,
    "\n  mutation UndoMerge($input: UndoMergeInput!) {\n    undoMerge(input: $input) {\n      id\n      action\n      undoes\n    }\n  }\n": types.UndoMergeDocument,
    "\n  query ModerationLog($organizationId: ID!, $search: String, $action: ModerationActionKind, $after: String) {\n    moderationLog(organizationId: $organizationId, search: $search, action: $action, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          action\n          reason\n          targetId\n          targetType\n          challengeId\n          createdAt\n          undoes\n          after\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query ModerationRules($organizationId: ID!) {\n    moderationRules(organizationId: $organizationId) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n": types.ModerationRulesDocument,
    "\n  mutation AddModerationRule($input: AddModerationRuleInput!) {\n    addModerationRule(input: $input) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n": types.AddModerationRuleDocument,
    "\n  mutation RemoveModerationRule($ruleId: ID!) {\n    removeModerationRule(ruleId: $ruleId) {\n      id\n    }\n  }\n": types.RemoveModerationRuleDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": types.UnreadCountDocument,
    "\n  query Notifications($after: String) {\n    notifications(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          accepted\n          decisionTo\n          moderationAction\n          moderationReason\n          moderationVisibility\n          decisionReason\n          actor {\n            id\n            displayName\n          }\n          idea {\n            id\n            title\n          }\n          challenge {\n            id\n            title\n          }\n          comment {\n            id\n            body\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID, $ids: [ID!]) {\n    markNotificationsRead(upTo: $upTo, ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query TeamMembers($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      members(first: 100) {\n        role\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.TeamMembersDocument,
    "\n  query PendingInvitations($id: ID!) {\n    organization(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteOrganizationMemberInput!) {\n    inviteOrganizationMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation WithdrawInvitation($invitationId: ID!) {\n    withdrawOrganizationInvitation(invitationId: $invitationId)\n  }\n": types.WithdrawInvitationDocument,
    "\n  mutation SetMemberRole($input: SetOrganizationMemberRoleInput!) {\n    setOrganizationMemberRole(input: $input) {\n      role\n      createdAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  query MyInvitations {\n    myOrganizationInvitations {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation RespondInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToOrganizationInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n": types.RespondInvitationDocument,
    "\n  fragment StatementHead on OwnershipStatement {\n    challengeId\n    licence\n    participantCount\n    totalPoints\n    ledgerHead {\n      seq\n      hash\n    }\n  }\n": types.StatementHeadFragmentDoc,
    "\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      ...StatementHead\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          party\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StatementDocument,
    "\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          party\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LedgerPageDocument,
    "\n  query TeamStatement($challengeId: ID!, $pool: String, $after: String) {\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after, pool: $pool) {\n      ...StatementHead\n      pool\n      edges {\n        cursor\n        node {\n          party\n          points\n          shareBasisPoints\n          payout\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TeamStatementDocument,
    "\n  query TeamStatementExport($challengeId: ID!, $format: ExportFormat!, $pool: String) {\n    ownershipStatementExport(challengeId: $challengeId, format: $format, pool: $pool) {\n      filename\n      contentType\n      content\n    }\n  }\n": types.TeamStatementExportDocument,
    "\n  query LedgerVerification($challengeId: ID!) {\n    ledgerVerification(challengeId: $challengeId) {\n      ok\n      entries\n      ledgerHead {\n        seq\n        hash\n      }\n      problem {\n        seq\n        reason\n      }\n    }\n  }\n": types.LedgerVerificationDocument,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      id\n      displayName\n      joinedAt\n      ideas(first: 10) {\n        edges {\n          node {\n            ...IdeaCardFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      comments(first: 10) {\n        edges {\n          node {\n            id\n            body\n            createdAt\n            idea {\n              id\n              title\n            }\n          }\n        }\n      }\n      contributions(first: 10) {\n        edges {\n          node {\n            ideaCount\n            commentCount\n            lastContributedAt\n            challenge {\n              id\n              title\n            }\n            ownership {\n              points\n              shareBasisPoints\n              rank\n              participantCount\n              ledgerHead {\n                seq\n                hash\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ParticipantDocument,
    "\n  fragment IdeaId on Idea {\n    id\n  }\n": types.IdeaIdFragmentDoc,
    "\n  fragment CommentId on Comment {\n    id\n  }\n": types.CommentIdFragmentDoc,
    "\n  query CatchUp($challengeId: ID!, $afterSequence: Int!) {\n    challengeEvents(challengeId: $challengeId, afterSequence: $afterSequence, first: 100) {\n      id\n      type\n      challengeId\n      sequence\n      occurredAt\n      data\n    }\n  }\n": types.CatchUpDocument,
    "\n  query ReviewBoard($challengeId: ID!, $orderBy: ReviewOrder, $status: IdeaStatus, $after: String) {\n    reviewBoard(challengeId: $challengeId, orderBy: $orderBy, status: $status, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          score\n          upvotes\n          downvotes\n          commentCount\n          author {\n            id\n            displayName\n          }\n          sentiment {\n            label\n            score\n          }\n          decisions {\n            id\n            to\n            reason\n            decidedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReviewBoardDocument,
    "\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      id\n      status\n      decisions {\n        id\n        to\n        reason\n        decidedAt\n      }\n    }\n  }\n": types.DecideIdeaDocument,
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
export function graphql(source: "\n  fragment PolicyFields on OwnershipPolicy {\n    frozen\n    frozenAt\n    licence\n    lineageDecay\n    lineageGenerations\n    weights {\n      IDEA_PROPOSED\n      IDEA_BUILT_UPON\n      IDEA_SHORTLISTED\n      IDEA_ADOPTED\n      COMMENT\n      COMMENT_HELPFUL\n      VOTE_CAST\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyFields on OwnershipPolicy {\n    frozen\n    frozenAt\n    licence\n    lineageDecay\n    lineageGenerations\n    weights {\n      IDEA_PROPOSED\n      IDEA_BUILT_UPON\n      IDEA_SHORTLISTED\n      IDEA_ADOPTED\n      COMMENT\n      COMMENT_HELPFUL\n      VOTE_CAST\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      title\n      phase\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      title\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeSettings($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      language\n      phase\n      closesAt\n      ownershipPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeSettings($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      language\n      phase\n      closesAt\n      ownershipPolicy {\n        ...PolicyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      id\n      title\n      brief\n      language\n      closesAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChallenge($input: UpdateChallengeInput!) {\n    updateChallenge(input: $input) {\n      id\n      title\n      brief\n      language\n      closesAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPolicy($challengeId: ID!, $policy: OwnershipPolicyInput!) {\n    setOwnershipPolicy(challengeId: $challengeId, policy: $policy) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPolicy($challengeId: ID!, $policy: OwnershipPolicyInput!) {\n    setOwnershipPolicy(challengeId: $challengeId, policy: $policy) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPhase($challengeId: ID!, $phase: ChallengePhase!) {\n    setChallengePhase(challengeId: $challengeId, phase: $phase) {\n      id\n      phase\n    }\n  }\n"): (typeof documents)["\n  mutation SetPhase($challengeId: ID!, $phase: ChallengePhase!) {\n    setChallengePhase(challengeId: $challengeId, phase: $phase) {\n      id\n      phase\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenges($after: String) {\n    challenges(first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          brief\n          phase\n          closesAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      eventSequence\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n"): (typeof documents)["\n  query Challenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      brief\n      phase\n      closesAt\n      language\n      eventSequence\n      organization {\n        id\n        name\n      }\n      ownershipPolicy {\n        licence\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      challenge {\n        id\n        eventSequence\n      }\n      comments(first: 10, after: $after) {\n        eventSequence\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($ideaId: ID!, $after: String) {\n    idea(id: $ideaId) {\n      id\n      commentCount\n      challenge {\n        id\n        eventSequence\n      }\n      comments(first: 10, after: $after) {\n        eventSequence\n        edges {\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyOrganizations {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query MyOrganizations {\n    myOrganizations {\n      id\n      name\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChallenges($organizationId: ID!, $after: String) {\n    challenges(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          phase\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationChallenges($organizationId: ID!, $after: String) {\n    challenges(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          phase\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      phase\n      language\n      organization {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      phase\n      language\n      organization {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query TeamOrganization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseAccount($input: EraseAccountInput!) {\n    eraseAccount(input: $input) {\n      erasedAt\n      pseudonym\n      contentRemoved\n      credit\n    }\n  }\n"): (typeof documents)["\n  mutation EraseAccount($input: EraseAccountInput!) {\n    eraseAccount(input: $input) {\n      erasedAt\n      pseudonym\n      contentRemoved\n      credit\n    }\n  }\n"];
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
export function graphql(source: "\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      eventSequence\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {\n    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {\n      eventSequence\n      edges {\n        cursor\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        eventSequence\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      revision\n      updatedAt\n      challenge {\n        id\n        eventSequence\n        title\n        phase\n      }\n      revisions {\n        revision\n        title\n        body\n        tags\n        createdAt\n      }\n      buildsOn {\n        id\n        title\n      }\n      builtUponBy {\n        id\n        title\n      }\n      decisions {\n        id\n        from\n        to\n        reason\n        decidedAt\n      }\n      ...IdeaAuthorship\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment IdeaInsightFields on IdeaInsight {\n    ideaId\n    comments\n    upvotes\n    downvotes\n    idea {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaInsightFields on IdeaInsight {\n    ideaId\n    comments\n    upvotes\n    downvotes\n    idea {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeInsights($challengeId: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize!) {\n    challengeInsights(challengeId: $challengeId, from: $from, to: $to, bucket: $bucket) {\n      challengeId\n      from\n      to\n      bucket\n      participantBuckets\n      sentimentTrend\n      sentiment {\n        positive\n        neutral\n        negative\n      }\n      stance {\n        for\n        neutral\n        against\n      }\n      moderation {\n        reports\n        holds\n        actions\n      }\n      buckets {\n        start\n        participants\n        newIdeas\n        votes\n        comments\n        netSentiment\n        sentiment {\n          positive\n          neutral\n          negative\n        }\n        moderation {\n          reports\n          holds\n          actions\n        }\n      }\n      mostDiscussed(first: 5) {\n        ...IdeaInsightFields\n      }\n      mostDivisive(first: 5) {\n        ...IdeaInsightFields\n      }\n      topContributors(first: 5) {\n        participantId\n        points\n        shareBp\n        participant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChallengeInsights($challengeId: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize!) {\n    challengeInsights(challengeId: $challengeId, from: $from, to: $to, bucket: $bucket) {\n      challengeId\n      from\n      to\n      bucket\n      participantBuckets\n      sentimentTrend\n      sentiment {\n        positive\n        neutral\n        negative\n      }\n      stance {\n        for\n        neutral\n        against\n      }\n      moderation {\n        reports\n        holds\n        actions\n      }\n      buckets {\n        start\n        participants\n        newIdeas\n        votes\n        comments\n        netSentiment\n        sentiment {\n          positive\n          neutral\n          negative\n        }\n        moderation {\n          reports\n          holds\n          actions\n        }\n      }\n      mostDiscussed(first: 5) {\n        ...IdeaInsightFields\n      }\n      mostDivisive(first: 5) {\n        ...IdeaInsightFields\n      }\n      topContributors(first: 5) {\n        participantId\n        points\n        shareBp\n        participant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Report($input: ReportInput!) {\n    report(input: $input) {\n      targetId\n      reason\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  mutation Report($input: ReportInput!) {\n    report(input: $input) {\n      targetId\n      reason\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetId\n    targetType\n    state\n    challengeId\n    reporterCount\n    standingReporters\n    rule\n    updatedAt\n    reasons {\n      reason\n      count\n    }\n    reports(first: 3) {\n      reason\n      details\n      inStanding\n      createdAt\n    }\n    sentiment {\n      label\n      score\n    }\n    author {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      score\n      moderationState\n    }\n    comment {\n      id\n      body\n      moderationState\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationItemFields on ModerationItem {\n    id\n    targetId\n    targetType\n    state\n    challengeId\n    reporterCount\n    standingReporters\n    rule\n    updatedAt\n    reasons {\n      reason\n      count\n    }\n    reports(first: 3) {\n      reason\n      details\n      inStanding\n      createdAt\n    }\n    sentiment {\n      label\n      score\n    }\n    author {\n      id\n      displayName\n    }\n    idea {\n      id\n      title\n      body\n      score\n      moderationState\n    }\n    comment {\n      id\n      body\n      moderationState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($organizationId: ID!, $filter: ModerationQueueFilter, $after: String) {\n    moderationQueue(organizationId: $organizationId, filter: $filter, first: 20, after: $after) {\n      counts {\n        REPORTED\n        HELD\n        PENDING\n        FLAGGED\n        HIDDEN\n        RESOLVED\n      }\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($organizationId: ID!, $filter: ModerationQueueFilter, $after: String) {\n    moderationQueue(organizationId: $organizationId, filter: $filter, first: 20, after: $after) {\n      counts {\n        REPORTED\n        HELD\n        PENDING\n        FLAGGED\n        HIDDEN\n        RESOLVED\n      }\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n"): (typeof documents)["\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendParticipant($input: SuspendInput!) {\n    suspendParticipant(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendParticipant($input: SuspendInput!) {\n    suspendParticipant(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($challengeId: ID!) {\n    duplicateCandidates(challengeId: $challengeId, first: 10) {\n      ideaId\n      otherId\n      similarity\n    }\n  }\n"): (typeof documents)["\n  query DuplicateCandidates($challengeId: ID!) {\n    duplicateCandidates(challengeId: $challengeId, first: 10) {\n      ideaId\n      otherId\n      similarity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSide($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      body\n      score\n      upvotes\n      downvotes\n      commentCount\n      moderationState\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeSide($id: ID!) {\n    idea(id: $id) {\n      id\n      title\n      body\n      score\n      upvotes\n      downvotes\n      commentCount\n      moderationState\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n"): (typeof documents)["\n  mutation MergeIdeas($input: MergeIdeasInput!) {\n    mergeIdeas(input: $input) {\n      id\n      action\n      targetId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoMerge($input: UndoMergeInput!) {\n    undoMerge(input: $input) {\n      id\n      action\n      undoes\n    }\n  }\n"): (typeof documents)["\n  mutation UndoMerge($input: UndoMergeInput!) {\n    undoMerge(input: $input) {\n      id\n      action\n      undoes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($organizationId: ID!, $search: String, $action: ModerationActionKind, $after: String) {\n    moderationLog(organizationId: $organizationId, search: $search, action: $action, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          action\n          reason\n          targetId\n          targetType\n          challengeId\n          createdAt\n          undoes\n          after\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($organizationId: ID!, $search: String, $action: ModerationActionKind, $after: String) {\n    moderationLog(organizationId: $organizationId, search: $search, action: $action, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          action\n          reason\n          targetId\n          targetType\n          challengeId\n          createdAt\n          undoes\n          after\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationRules($organizationId: ID!) {\n    moderationRules(organizationId: $organizationId) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ModerationRules($organizationId: ID!) {\n    moderationRules(organizationId: $organizationId) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddModerationRule($input: AddModerationRuleInput!) {\n    addModerationRule(input: $input) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddModerationRule($input: AddModerationRuleInput!) {\n    addModerationRule(input: $input) {\n      id\n      kind\n      action\n      pattern\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModerationRule($ruleId: ID!) {\n    removeModerationRule(ruleId: $ruleId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveModerationRule($ruleId: ID!) {\n    removeModerationRule(ruleId: $ruleId) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query TeamMembers($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      members(first: 100) {\n        role\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMembers($id: ID!) {\n    organization(id: $id) {\n      id\n      viewerRole\n      members(first: 100) {\n        role\n        createdAt\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($id: ID!) {\n    organization(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($id: ID!) {\n    organization(id: $id) {\n      id\n      pendingInvitations {\n        id\n        email\n        role\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteOrganizationMemberInput!) {\n    inviteOrganizationMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteOrganizationMemberInput!) {\n    inviteOrganizationMember(input: $input) {\n      id\n      email\n      role\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInvitation($invitationId: ID!) {\n    withdrawOrganizationInvitation(invitationId: $invitationId)\n  }\n"): (typeof documents)["\n  mutation WithdrawInvitation($invitationId: ID!) {\n    withdrawOrganizationInvitation(invitationId: $invitationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($input: SetOrganizationMemberRoleInput!) {\n    setOrganizationMemberRole(input: $input) {\n      role\n      createdAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($input: SetOrganizationMemberRoleInput!) {\n    setOrganizationMemberRole(input: $input) {\n      role\n      createdAt\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myOrganizationInvitations {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myOrganizationInvitations {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      invitedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToOrganizationInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RespondInvitation($invitationId: ID!, $accept: Boolean!) {\n    respondToOrganizationInvitation(invitationId: $invitationId, accept: $accept) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementHead on OwnershipStatement {\n    challengeId\n    licence\n    participantCount\n    totalPoints\n    ledgerHead {\n      seq\n      hash\n    }\n  }\n"): (typeof documents)["\n  fragment StatementHead on OwnershipStatement {\n    challengeId\n    licence\n    participantCount\n    totalPoints\n    ledgerHead {\n      seq\n      hash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      ...StatementHead\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          party\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Statement($challengeId: ID!, $after: String) {\n    challenge(id: $challengeId) {\n      id\n      title\n      phase\n    }\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after) {\n      ...StatementHead\n      edges {\n        cursor\n        node {\n          points\n          shareBasisPoints\n          party\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          party\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPage($challengeId: ID!, $after: String) {\n    contributionLedger(challengeId: $challengeId, first: 80, after: $after) {\n      edges {\n        node {\n          id\n          seq\n          kind\n          ideaId\n          commentId\n          points\n          compensates\n          detail\n          occurredAt\n          prevHash\n          hash\n          party\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamStatement($challengeId: ID!, $pool: String, $after: String) {\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after, pool: $pool) {\n      ...StatementHead\n      pool\n      edges {\n        cursor\n        node {\n          party\n          points\n          shareBasisPoints\n          payout\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamStatement($challengeId: ID!, $pool: String, $after: String) {\n    ownershipStatement(challengeId: $challengeId, first: 50, after: $after, pool: $pool) {\n      ...StatementHead\n      pool\n      edges {\n        cursor\n        node {\n          party\n          points\n          shareBasisPoints\n          payout\n          participant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamStatementExport($challengeId: ID!, $format: ExportFormat!, $pool: String) {\n    ownershipStatementExport(challengeId: $challengeId, format: $format, pool: $pool) {\n      filename\n      contentType\n      content\n    }\n  }\n"): (typeof documents)["\n  query TeamStatementExport($challengeId: ID!, $format: ExportFormat!, $pool: String) {\n    ownershipStatementExport(challengeId: $challengeId, format: $format, pool: $pool) {\n      filename\n      contentType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerVerification($challengeId: ID!) {\n    ledgerVerification(challengeId: $challengeId) {\n      ok\n      entries\n      ledgerHead {\n        seq\n        hash\n      }\n      problem {\n        seq\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerVerification($challengeId: ID!) {\n    ledgerVerification(challengeId: $challengeId) {\n      ok\n      entries\n      ledgerHead {\n        seq\n        hash\n      }\n      problem {\n        seq\n        reason\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReviewBoard($challengeId: ID!, $orderBy: ReviewOrder, $status: IdeaStatus, $after: String) {\n    reviewBoard(challengeId: $challengeId, orderBy: $orderBy, status: $status, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          score\n          upvotes\n          downvotes\n          commentCount\n          author {\n            id\n            displayName\n          }\n          sentiment {\n            label\n            score\n          }\n          decisions {\n            id\n            to\n            reason\n            decidedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewBoard($challengeId: ID!, $orderBy: ReviewOrder, $status: IdeaStatus, $after: String) {\n    reviewBoard(challengeId: $challengeId, orderBy: $orderBy, status: $status, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          score\n          upvotes\n          downvotes\n          commentCount\n          author {\n            id\n            displayName\n          }\n          sentiment {\n            label\n            score\n          }\n          decisions {\n            id\n            to\n            reason\n            decidedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      id\n      status\n      decisions {\n        id\n        to\n        reason\n        decidedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      id\n      status\n      decisions {\n        id\n        to\n        reason\n        decidedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($ideaId: ID!, $value: VoteValue!) {\n    castVote(ideaId: $ideaId, value: $value) {\n      id\n      score\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($ideaId: ID!, $value: VoteValue!) {\n    castVote(ideaId: $ideaId, value: $value) {\n      id\n      score\n      upvotes\n      downvotes\n      viewerVote\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;