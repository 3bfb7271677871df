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
    "mutation CoCreationCreateOrganization { createOrganization(input: {name: \"Other\", slug: \"pollen-motors\"}) { id } }": typeof types.CoCreationCreateOrganizationDocument,
    "mutation CoCreationCreateOrganization2 { createOrganization(input: {name: \"Other\", slug: \"-Bad Slug\"}) { id } }": typeof types.CoCreationCreateOrganization2Document,
    "mutation CoCreationCreateOrganization3 { createOrganization(input: {name: \"Other\", slug: \"other\"}) { id } }": typeof types.CoCreationCreateOrganization3Document,
    "mutation CoCreationInviteOrganizationMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status } }": typeof types.CoCreationInviteOrganizationMemberDocument,
    "query CoCreationOrganization($id: ID!) { organization(id: $id) { members { role user { id } } } }": typeof types.CoCreationOrganizationDocument,
    "query CoCreationMyOrganizationInvitations { myOrganizationInvitations { id role organization { id name } invitedBy { displayName } } }": typeof types.CoCreationMyOrganizationInvitationsDocument,
    "mutation CoCreationRespondToOrganizationInvitation($id: ID!, $accept: Boolean!) { respondToOrganizationInvitation(invitationId: $id, accept: $accept) { status } }": typeof types.CoCreationRespondToOrganizationInvitationDocument,
    "query CoCreationOrganization2($id: ID!) { organization(id: $id) { name viewerRole members { role } } }": typeof types.CoCreationOrganization2Document,
    "query CoCreationChallenge($id: ID!) { challenge(id: $id) { title phase organization { slug } } }": typeof types.CoCreationChallengeDocument,
    "query CoCreationChallenges { challenges(first: 100) { edges { node { id } } } }": typeof types.CoCreationChallengesDocument,
    "mutation CoCreationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.CoCreationProposeIdeaDocument,
    "mutation CoCreationUpdateChallenge($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title language } }": typeof types.CoCreationUpdateChallengeDocument,
    "mutation CoCreationUpdateChallenge2($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title } }": typeof types.CoCreationUpdateChallenge2Document,
    "mutation CoCreationSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }": typeof types.CoCreationSetChallengePhaseDocument,
    "mutation CoCreationUpdateChallenge3($input: UpdateChallengeInput!) { updateChallenge(input: $input) { language } }": typeof types.CoCreationUpdateChallenge3Document,
    "mutation CoCreationSetChallengePhase2($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }": typeof types.CoCreationSetChallengePhase2Document,
    "mutation CoCreationCreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }": typeof types.CoCreationCreateChallengeDocument,
    "query CoCreationChallenges2 { challenges(first: 2, phase: IDEATION) { edges { cursor node { id phase } } pageInfo { hasNextPage endCursor } } }": typeof types.CoCreationChallenges2Document,
    "query CoCreationChallenges3($after: String) { challenges(first: 2, phase: IDEATION, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }": typeof types.CoCreationChallenges3Document,
    "query CoCreationChallenges4 { challenges(first: 101) { edges { cursor } } }": typeof types.CoCreationChallenges4Document,
    "query CoCreationChallenges5 { challenges(after: \"bm9wZQ\") { edges { cursor } } }": typeof types.CoCreationChallenges5Document,
    "query CoCreationIdea($id: ID!) { idea(id: $id) { title tags author { id } buildsOn { id } builtUponBy { id } revisions { revision } } }": typeof types.CoCreationIdeaDocument,
    "query CoCreationIdea2($id: ID!) { idea(id: $id) { buildsOn { id } } }": typeof types.CoCreationIdea2Document,
    "mutation CoCreationProposeIdea2($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.CoCreationProposeIdea2Document,
    "mutation CoCreationReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { title revision revisions { revision title } } }": typeof types.CoCreationReviseIdeaDocument,
    "query CoCreationIdeas($c: ID!, $o: IdeaOrder, $after: String) { ideas(challengeId: $c, orderBy: $o, first: 2, after: $after) { edges { node { id score } } pageInfo { hasNextPage endCursor } } }": typeof types.CoCreationIdeasDocument,
    "query CoCreationIdeas2($c: ID!, $q: String) { ideas(challengeId: $c, search: $q) { edges { node { id } } } }": typeof types.CoCreationIdeas2Document,
    "query CoCreationSimilarIdeas($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }": typeof types.CoCreationSimilarIdeasDocument,
    "query CoCreationSimilarIdeas2($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }": typeof types.CoCreationSimilarIdeas2Document,
    "mutation CoCreationCastVote($id: ID!) { castVote(ideaId: $id, value: UP) { id } }": typeof types.CoCreationCastVoteDocument,
    "mutation CoCreationEditComment($input: EditCommentInput!) { editComment(input: $input) { body editedAt } }": typeof types.CoCreationEditCommentDocument,
    "mutation CoCreationDeleteComment($id: ID!) { deleteComment(commentId: $id) { body deleted author { id } } }": typeof types.CoCreationDeleteCommentDocument,
    "query CoCreationIdea3($id: ID!) { idea(id: $id) { commentCount comments(first: 10) { edges { node { id deleted body replies { edges { node { body author { id } } } } } } } } }": typeof types.CoCreationIdea3Document,
    "query CoCreationIdeaComments($id: ID!, $after: String) { idea(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }": typeof types.CoCreationIdeaCommentsDocument,
    "mutation PhaseRulesPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.PhaseRulesProposeDocument,
    "mutation PhaseRulesRevise($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }": typeof types.PhaseRulesReviseDocument,
    "query PhaseRulesChallenge($id: ID!) { challenge(id: $id) { phase } }": typeof types.PhaseRulesChallengeDocument,
    "mutation ClosedFolderLogin($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.ClosedFolderLoginDocument,
    "query ClosedFolderChallenges { challenges { edges { node { title } } } }": typeof types.ClosedFolderChallengesDocument,
    "mutation OwnerKilledRegister($i: RegisterInput!) { register(input: $i) { user { id } } }": typeof types.OwnerKilledRegisterDocument,
    "mutation SeedLogin($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.SeedLoginDocument,
    "query SeedModerationQueue($o: ID!) { moderationQueue(organizationId: $o, first: 5) { counts { REPORTED HELD } edges { node { state } } } }": typeof types.SeedModerationQueueDocument,
    "query SeedIdeas($c: ID!) { ideas(challengeId: $c, orderBy: TOP, first: 3) { edges { node { score upvotes commentCount author { displayName } } } } }": typeof types.SeedIdeasDocument,
    "query SeedIdeas2($c: ID!) { ideas(challengeId: $c, search: \"bateria\", first: 5) { edges { node { title } } } }": typeof types.SeedIdeas2Document,
    "mutation SeedLogin2($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.SeedLogin2Document,
    "query SeedLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }": typeof types.SeedLedgerVerificationDocument,
    "query SeedOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 3) { participantCount edges { node { shareBasisPoints } } } }": typeof types.SeedOwnershipStatementDocument,
    "mutation PostgresRestartRegister($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }": typeof types.PostgresRestartRegisterDocument,
    "mutation AuthRegister($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName email } } }": typeof types.AuthRegisterDocument,
    "mutation AuthLogin($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }": typeof types.AuthLoginDocument,
    "mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }": typeof types.AuthRefreshSessionDocument,
    "query AuthMe { me { id email } }": typeof types.AuthMeDocument,
    "query AuthMe2 { me { id } }": typeof types.AuthMe2Document,
    "query AuthMe3 { me { id } }": typeof types.AuthMe3Document,
    "query AuthIdea($id: ID!) { idea(id: $id) { author { id email } } }": typeof types.AuthIdeaDocument,
    "mutation AuthLogout { logout }": typeof types.AuthLogoutDocument,
    "mutation AuthLogout2 { logout }": typeof types.AuthLogout2Document,
    "mutation CookieSessionLogin($input: LoginInput!, $in: RefreshTokenTransport) {\n  login(input: $input, refreshTokenIn: $in) { accessToken accessTokenExpiresAt refreshToken user { id } } }": typeof types.CookieSessionLoginDocument,
    "mutation CookieSessionRegister($input: RegisterInput!, $in: RefreshTokenTransport) {\n  register(input: $input, refreshTokenIn: $in) { accessToken refreshToken user { id displayName } } }": typeof types.CookieSessionRegisterDocument,
    "query CookieSessionMe { me { id } }": typeof types.CookieSessionMeDocument,
    "mutation CookieSessionLogout { logout }": typeof types.CookieSessionLogoutDocument,
    "query InsightsChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize, $first: Int) {\n  challengeInsights(challengeId: $c, from: $from, to: $to, bucket: $bucket) {\n    from to bucket participantBuckets sentimentTrend\n    sentiment { positive neutral negative }\n    moderation { reports holds actions }\n    buckets { start participants newIdeas votes comments netSentiment sentiment { positive neutral negative } moderation { reports holds actions } }\n    mostDiscussed(first: $first) { ideaId comments upvotes downvotes idea { id title } }\n    mostDivisive(first: $first) { ideaId upvotes downvotes }\n    topContributors(first: $first) { participantId points shareBp participant { id displayName } }\n  }\n}": typeof types.InsightsChallengeInsightsDocument,
    "mutation InsightsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: VOTING) { phase } }": typeof types.InsightsSetChallengePhaseDocument,
    "query InsightsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 2) { edges { node { party participant { id } points shareBasisPoints } } } }": typeof types.InsightsOwnershipStatementDocument,
    "mutation InsightsDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": typeof types.InsightsDeleteCommentDocument,
    "query StanceChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!) {\n  challengeInsights(challengeId: $c, from: $from, to: $to) { stance { for neutral against } buckets { start stance { for neutral against } } }\n}": typeof types.StanceChallengeInsightsDocument,
    "mutation StanceAddComment($i: AddCommentInput!) { addComment(input: $i) { id stance } }": typeof types.StanceAddCommentDocument,
    "mutation StanceEditComment($i: EditCommentInput!) { editComment(input: $i) { stance } }": typeof types.StanceEditCommentDocument,
    "mutation StanceEditComment2($i: EditCommentInput!) { editComment(input: $i) { stance } }": typeof types.StanceEditComment2Document,
    "mutation StanceDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": typeof types.StanceDeleteCommentDocument,
    "query AuthorReanchoringStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party points shareBasisPoints } } } }": typeof types.AuthorReanchoringStatementDocument,
    "query AuthorReanchoringVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }": typeof types.AuthorReanchoringVerifyDocument,
    "query LedgerBackfillLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }": typeof types.LedgerBackfillLedgerVerificationDocument,
    "query LedgerBackfillOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { edges { node { party participant { id } points } } } }": typeof types.LedgerBackfillOwnershipStatementDocument,
    "query LedgerConcurrencyLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": typeof types.LedgerConcurrencyLedgerVerificationDocument,
    "mutation LedgerConcurrencyDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": typeof types.LedgerConcurrencyDecideIdeaDocument,
    "query LedgerConcurrencyOwnershipStatement($c: ID!, $p: String) { ownershipStatement(challengeId: $c, pool: $p) { ledgerHead { seq } participantCount edges { node { payout } } } }": typeof types.LedgerConcurrencyOwnershipStatementDocument,
    "query ControlRoomApiMyOrganizations { myOrganizations { id viewerRole } }": typeof types.ControlRoomApiMyOrganizationsDocument,
    "query ControlRoomApiMyOrganizations2 { myOrganizations { id } }": typeof types.ControlRoomApiMyOrganizations2Document,
    "query ControlRoomApiMyOrganizations3 { myOrganizations { id } }": typeof types.ControlRoomApiMyOrganizations3Document,
    "query ControlRoomApiChallenges($o: ID!) { challenges(organizationId: $o) { edges { node { id } } } }": typeof types.ControlRoomApiChallengesDocument,
    "query ControlRoomApiChallenges2 { challenges(organizationId: \"nope\") { edges { node { id } } } }": typeof types.ControlRoomApiChallenges2Document,
    "query ControlRoomApiReviewBoard($c: ID!) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.ControlRoomApiReviewBoardDocument,
    "query ControlRoomApiReviewBoard2($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }": typeof types.ControlRoomApiReviewBoard2Document,
    "query ControlRoomApiReviewBoard3($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: SCORE, after: $a) { edges { node { id } } } }": typeof types.ControlRoomApiReviewBoard3Document,
    "mutation ControlRoomApiDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": typeof types.ControlRoomApiDecideIdeaDocument,
    "mutation ControlRoomApiModerate($i: ModerateInput!) { moderate(input: $i) { id } }": typeof types.ControlRoomApiModerateDocument,
    "query ControlRoomApiModerationLog($o: ID!, $s: String, $a: ModerationActionKind) { moderationLog(organizationId: $o, search: $s, action: $a) { edges { node { action reason targetId } } } }": typeof types.ControlRoomApiModerationLogDocument,
    "mutation HeldThreadCountsModerate($i: ModerateInput!) { moderate(input: $i) { id action } }": typeof types.HeldThreadCountsModerateDocument,
    "query HeldThreadCountsThread($id: ID!) {\n  idea(id: $id) { commentCount comments(first: 20) { edges { node { id moderationState replyCount replies(first: 20) { edges { node { id replyCount } } } } } } }\n}": typeof types.HeldThreadCountsThreadDocument,
    "query HeldThreadCountsCount($id: ID!) { idea(id: $id) { commentCount } }": typeof types.HeldThreadCountsCountDocument,
    "mutation HeldThreadCountsDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": typeof types.HeldThreadCountsDeleteCommentDocument,
    "mutation HeldThreadCountsMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": typeof types.HeldThreadCountsMergeDocument,
    "mutation MergeSplitInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.MergeSplitInviteCoAuthorDocument,
    "mutation MergeSplitRespond($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { id } }": typeof types.MergeSplitRespondDocument,
    "mutation MergeSplitProposeSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }": typeof types.MergeSplitProposeSplitDocument,
    "mutation MergeSplitApproveSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }": typeof types.MergeSplitApproveSplitDocument,
    "mutation MergeSplitMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": typeof types.MergeSplitMergeDocument,
    "mutation MergeSplitUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }": typeof types.MergeSplitUndoMergeDocument,
    "query MergeSplitIdea($id: ID!) { idea(id: $id) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }": typeof types.MergeSplitIdeaDocument,
    "mutation ModerationLedgerModerate($i: ModerateInput!) { moderate(input: $i) { id } }": typeof types.ModerationLedgerModerateDocument,
    "mutation ModerationLedgerMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": typeof types.ModerationLedgerMergeIdeasDocument,
    "mutation ModerationLedgerUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }": typeof types.ModerationLedgerUndoMergeDocument,
    "query ModerationLedgerLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": typeof types.ModerationLedgerLedgerVerificationDocument,
    "query ModerationPathsIdea2($id: ID!) { idea(id: $id) { commentCount comments { edges { node { id moderationState stance } } } } }": typeof types.ModerationPathsIdea2Document,
    "query ModerationPathsModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 100) { edges { node { targetType targetId state reporterCount author { id } comment { id } idea { id } } } } }": typeof types.ModerationPathsModerationQueueDocument,
    "query ModerationPathsIdea($id: ID!) { idea(id: $id) { commentCount } }": typeof types.ModerationPathsIdeaDocument,
    "mutation ModerationPathsModerate($i: ModerateInput!) { moderate(input: $i) { action } }": typeof types.ModerationPathsModerateDocument,
    "mutation ModerationPathsModerate2($i: ModerateInput!) { moderate(input: $i) { action targetType } }": typeof types.ModerationPathsModerate2Document,
    "query ModerationPathsDuplicateCandidates($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId otherId similarity } }": typeof types.ModerationPathsDuplicateCandidatesDocument,
    "query ModerationPathsDuplicateCandidates2($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId } }": typeof types.ModerationPathsDuplicateCandidates2Document,
    "mutation ModerationPathsSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }": typeof types.ModerationPathsSetChallengeModerationDocument,
    "mutation ModerationPathsAddComment($i: AddCommentInput!) { addComment(input: $i) { id moderationState stance } }": typeof types.ModerationPathsAddCommentDocument,
    "mutation ModerationPathsModerate3($i: ModerateInput!) { moderate(input: $i) { id } }": typeof types.ModerationPathsModerate3Document,
    "mutation ModerationPathsSetChallengeModeration2($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }": typeof types.ModerationPathsSetChallengeModeration2Document,
    "query ModerationPathsChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type data } }": typeof types.ModerationPathsChallengeEventsDocument,
    "mutation ModerationPathsSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { id } }": typeof types.ModerationPathsSuspendParticipantDocument,
    "mutation ModerationPathsProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }": typeof types.ModerationPathsProposeIdeaDocument,
    "mutation ModerationPathsSuspendParticipant2($i: SuspendInput!) { suspendParticipant(input: $i) { id } }": typeof types.ModerationPathsSuspendParticipant2Document,
    "mutation ModerationPathsSuspendParticipant3($i: SuspendInput!) { suspendParticipant(input: $i) { id } }": typeof types.ModerationPathsSuspendParticipant3Document,
    "mutation ModerationModerate($i: ModerateInput!) { moderate(input: $i) { id action reason before after } }": typeof types.ModerationModerateDocument,
    "query ModerationIdea4($id: ID!) { idea(id: $id) { id moderationState mergedIntoId upvotes downvotes commentCount authors { user { id } } } }": typeof types.ModerationIdea4Document,
    "query ModerationLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": typeof types.ModerationLedgerVerificationDocument,
    "query ModerationIdeas($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }": typeof types.ModerationIdeasDocument,
    "query ModerationSimilarIdeas($c: ID!) { similarIdeas(challengeId: $c, text: \"Modular battery swap\") { id } }": typeof types.ModerationSimilarIdeasDocument,
    "query ModerationModerationQueue($o: ID!) { moderationQueue(organizationId: $o) { counts { HELD REPORTED } edges { node { targetId state reporterCount standingReporters reasons { reason count } } } } }": typeof types.ModerationModerationQueueDocument,
    "query ModerationModerationQueue2($o: ID!) { moderationQueue(organizationId: $o) { edges { node { targetId sentiment { label score } } } } }": typeof types.ModerationModerationQueue2Document,
    "query ModerationIdea($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }": typeof types.ModerationIdeaDocument,
    "query ModerationIdea2($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }": typeof types.ModerationIdea2Document,
    "query ModerationModerationLog($o: ID!, $id: ID) { moderationLog(organizationId: $o, targetId: $id) { edges { node { action reason actor { id } } } } }": typeof types.ModerationModerationLogDocument,
    "mutation ModerationAddModerationRule($i: AddModerationRuleInput!) { addModerationRule(input: $i) { id } }": typeof types.ModerationAddModerationRuleDocument,
    "mutation ModerationProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }": typeof types.ModerationProposeIdeaDocument,
    "mutation ModerationProposeIdea2($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id moderationState } }": typeof types.ModerationProposeIdea2Document,
    "mutation ModerationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }": typeof types.ModerationSetChallengeModerationDocument,
    "mutation ModerationSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }": typeof types.ModerationSuspendParticipantDocument,
    "mutation ModerationReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action } }": typeof types.ModerationReinstateParticipantDocument,
    "query ModerationModerationQueue3($o: ID!) { moderationQueue(organizationId: $o) { edges { cursor } } }": typeof types.ModerationModerationQueue3Document,
    "mutation ModerationMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": typeof types.ModerationMergeIdeasDocument,
    "mutation ModerationMergeIdeas2($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id action } }": typeof types.ModerationMergeIdeas2Document,
    "query ModerationIdea3($id: ID!) { idea(id: $id) { comments { edges { node { id } } } } }": typeof types.ModerationIdea3Document,
    "query ModerationOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points } } } }": typeof types.ModerationOwnershipStatementDocument,
    "mutation ModerationUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { action } }": typeof types.ModerationUndoMergeDocument,
    "mutation ModerationUndoMerge2($i: UndoMergeInput!) { undoMerge(input: $i) { action } }": typeof types.ModerationUndoMerge2Document,
    "query NegativeFlagModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 50) {\n  counts { FLAGGED REPORTED } edges { node { targetType targetId state sentiment { label score } } } } }": typeof types.NegativeFlagModerationQueueDocument,
    "query NegativeFlagModerationLog($o: ID!, $t: ID) { moderationLog(organizationId: $o, targetId: $t, first: 10) { edges { node { action actor { id } reason } } } }": typeof types.NegativeFlagModerationLogDocument,
    "query NegativeFlagIdea($id: ID!) { idea(id: $id) { moderationState } }": typeof types.NegativeFlagIdeaDocument,
    "mutation NegativeFlagReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": typeof types.NegativeFlagReviseIdeaDocument,
    "mutation NegativeFlagReviseIdea2($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": typeof types.NegativeFlagReviseIdea2Document,
    "mutation NegativeFlagModerate($i: ModerateInput!) { moderate(input: $i) { action } }": typeof types.NegativeFlagModerateDocument,
    "mutation SuspensionSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }": typeof types.SuspensionSuspendParticipantDocument,
    "mutation SuspensionReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action after } }": typeof types.SuspensionReinstateParticipantDocument,
    "mutation SuspensionModerate($i: ModerateInput!) { moderate(input: $i) { action } }": typeof types.SuspensionModerateDocument,
    "query NotificationInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges { cursor node {\n      id kind read readAt createdAt parentCommentId builtUponIdeaId decisionFrom decisionTo decisionReason accepted\n      actor { id displayName } challenge { id } idea { id title } comment { id body }\n    } }\n    pageInfo { hasNextPage endCursor }\n  }\n  unreadNotificationCount\n}": typeof types.NotificationInboxDocument,
    "mutation NotificationMarkRead($ids: [ID!], $upTo: ID) { markNotificationsRead(ids: $ids, upTo: $upTo) { marked unreadCount } }": typeof types.NotificationMarkReadDocument,
    "query NotificationUnreadCount { unreadNotificationCount }": typeof types.NotificationUnreadCountDocument,
    "mutation NotificationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }": typeof types.NotificationSetChallengeModerationDocument,
    "query NotificationInboxIdea($id: ID!) { idea(id: $id) { comments { edges { node { id replies { edges { node { id moderationState } } } } } } } }": typeof types.NotificationInboxIdeaDocument,
    "mutation NotificationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.NotificationInviteCoAuthorDocument,
    "mutation NotificationAcceptCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": typeof types.NotificationAcceptCoAuthorshipDocument,
    "mutation NotificationDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": typeof types.NotificationDecideIdeaDocument,
    "mutation NotificationInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.NotificationInviteCoAuthor2Document,
    "mutation NotificationDeclineCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: false) { id } }": typeof types.NotificationDeclineCoAuthorshipDocument,
    "query NotificationInboxChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type } }": typeof types.NotificationInboxChallengeEventsDocument,
    "query NotificationInboxNotifications { notifications(first: 100) { edges { node { idea { comments(first: 100) { edges { node { id } } } } } } } }": typeof types.NotificationInboxNotificationsDocument,
    "query BackupRestoreIdeas($c: ID!) { ideas(challengeId: $c, first: 10) { edges { node { id upvotes downvotes commentCount } } } }": typeof types.BackupRestoreIdeasDocument,
    "mutation BackupRestoreRegister($i: RegisterInput!) { register(input: $i) { user { id } } }": typeof types.BackupRestoreRegisterDocument,
    "mutation MetricsHealthProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }": typeof types.MetricsHealthProposeIdeaDocument,
    "mutation MetricsHealthLogin($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.MetricsHealthLoginDocument,
    "query PlatformChallenges { challenges { edges { cursor } } }": typeof types.PlatformChallengesDocument,
    "query PlatformIntrospection { __schema { types { name } } }": typeof types.PlatformIntrospectionDocument,
    "mutation TeamRolesSetOrganizationMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role user { id } } }": typeof types.TeamRolesSetOrganizationMemberRoleDocument,
    "mutation TeamRolesRemoveOrganizationMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }": typeof types.TeamRolesRemoveOrganizationMemberDocument,
    "query TeamRolesOrganization($id: ID!) { organization(id: $id) { viewerRole members { role user { id } } } }": typeof types.TeamRolesOrganizationDocument,
    "mutation OwnershipSetOwnershipPolicy($c: ID!, $p: OwnershipPolicyInput!) { setOwnershipPolicy(challengeId: $c, policy: $p) { weights { VOTE_CAST IDEA_ADOPTED } lineageDecay lineageGenerations licence frozen } }": typeof types.OwnershipSetOwnershipPolicyDocument,
    "query OwnershipOwnershipStatement($c: ID!, $pool: String) { ownershipStatement(challengeId: $c, pool: $pool, first: 10) {\n  ledgerHead { seq hash } licence pool totalPoints participantCount policy { frozen lineageDecay }\n  edges { node { party participant { id } points shareBasisPoints payout contributions { kind count points } } } } }": typeof types.OwnershipOwnershipStatementDocument,
    "query OwnershipLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries ledgerHead { seq } problem { seq id reason } } }": typeof types.OwnershipLedgerVerificationDocument,
    "mutation OwnershipDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id status decisions { from to reason } } }": typeof types.OwnershipDecideIdeaDocument,
    "query OwnershipChallenge($c: ID!) { challenge(id: $c) { ownershipPolicy { frozen lineageDecay licence weights { IDEA_ADOPTED COMMENT } } } }": typeof types.OwnershipChallengeDocument,
    "mutation OwnershipDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": typeof types.OwnershipDeleteCommentDocument,
    "mutation OwnershipMarkCommentHelpful2($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { helpful } }": typeof types.OwnershipMarkCommentHelpful2Document,
    "mutation OwnershipInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.OwnershipInviteCoAuthorDocument,
    "query OwnershipMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym } }": typeof types.OwnershipMyVoterPseudonymDocument,
    "query OwnershipOwnershipStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c) { content } }": typeof types.OwnershipOwnershipStatementExportDocument,
    "query OwnershipContributionLedger($c: ID!) { contributionLedger(challengeId: $c, first: 3) { edges { node { seq kind participant { id } points hash prevHash } } pageInfo { hasNextPage } } }": typeof types.OwnershipContributionLedgerDocument,
    "query OwnershipMyContributions($c: ID!) { myContributions(challengeId: $c) { kind points compensates } }": typeof types.OwnershipMyContributionsDocument,
    "query OwnershipOwnershipStatementExport2($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV, pool: \"1000\") { filename ledgerHead { seq } content } }": typeof types.OwnershipOwnershipStatementExport2Document,
    "query OwnershipOwnershipStatementExport3($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }": typeof types.OwnershipOwnershipStatementExport3Document,
    "mutation OwnershipDeleteComment2($id: ID!) { deleteComment(commentId: $id) { id } }": typeof types.OwnershipDeleteComment2Document,
    "mutation OwnershipMarkCommentHelpful($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { id } }": typeof types.OwnershipMarkCommentHelpfulDocument,
    "mutation OwnershipInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.OwnershipInviteCoAuthor2Document,
    "mutation OwnershipRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": typeof types.OwnershipRespondToCoAuthorshipDocument,
    "mutation OwnershipProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }": typeof types.OwnershipProposeAuthorshipSplitDocument,
    "mutation OwnershipApproveAuthorshipSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }": typeof types.OwnershipApproveAuthorshipSplitDocument,
    "query OwnershipOwnershipStatementExport4($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON, pool: \"999\") { content } }": typeof types.OwnershipOwnershipStatementExport4Document,
    "mutation OwnershipInviteCoAuthor3($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.OwnershipInviteCoAuthor3Document,
    "mutation OwnershipRespondToCoAuthorship2($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { authors { user { id } role accepted shareBasisPoints } } }": typeof types.OwnershipRespondToCoAuthorship2Document,
    "mutation OwnershipProposeAuthorshipSplit2($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { authorshipProposal { shares { user { id } basisPoints } approvedBy { id } } } }": typeof types.OwnershipProposeAuthorshipSplit2Document,
    "mutation OwnershipApproveAuthorshipSplit2($i: ID!) { approveAuthorshipSplit(ideaId: $i) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }": typeof types.OwnershipApproveAuthorshipSplit2Document,
    "mutation OwnershipRevokeCoAuthorInvitation($i: ID!, $u: ID!) { revokeCoAuthorInvitation(ideaId: $i, userId: $u) { id } }": typeof types.OwnershipRevokeCoAuthorInvitationDocument,
    "query StatementWhileComputed($c: ID!) { ownershipStatement(challengeId: $c, first: 5) { ledgerHead { seq } participantCount } }": typeof types.StatementWhileComputedDocument,
    "query TopWhileComputed($c: ID!, $from: DateTime!, $to: DateTime!) { challengeInsights(challengeId: $c, from: $from, to: $to) { topContributors(first: 5) { participantId } } }": typeof types.TopWhileComputedDocument,
    "mutation AuthorPseudonymsSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }": typeof types.AuthorPseudonymsSetPartnerVisibilityDocument,
    "query AuthorPseudonymsLedger($c: ID!, $after: String) {\n  contributionLedger(challengeId: $c, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq id kind party participant { id displayName } ideaId commentId points detail hash } } } }": typeof types.AuthorPseudonymsLedgerDocument,
    "query AuthorPseudonymsStatement($c: ID!) {\n  ownershipStatement(challengeId: $c, first: 20) { participantCount edges { node { party participant { id displayName } points shareBasisPoints contributions { kind count } } } } }": typeof types.AuthorPseudonymsStatementDocument,
    "query AuthorPseudonymsStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }": typeof types.AuthorPseudonymsStatementExportDocument,
    "mutation AuthorPseudonymsMarkHelpful($c: ID!) { markCommentHelpful(commentId: $c) { id } }": typeof types.AuthorPseudonymsMarkHelpfulDocument,
    "mutation AuthorPseudonymsInvite($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.AuthorPseudonymsInviteDocument,
    "mutation AuthorPseudonymsRespond($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": typeof types.AuthorPseudonymsRespondDocument,
    "query AuthorPseudonymsMine($c: ID!) {\n  myAuthorPseudonym(challengeId: $c) { challengeId participantId pseudonym salt }\n  myVoterPseudonym(challengeId: $c) { pseudonym }\n  myContributions(challengeId: $c, first: 50) { kind party } }": typeof types.AuthorPseudonymsMineDocument,
    "query AuthorPseudonymsVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": typeof types.AuthorPseudonymsVerifyDocument,
    "mutation AuthorPseudonymsErase($i: EraseAccountInput!) { eraseAccount(input: $i) { credit } }": typeof types.AuthorPseudonymsEraseDocument,
    "mutation ConsentSurfacesSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }": typeof types.ConsentSurfacesSetPartnerVisibilityDocument,
    "query ConsentSurfacesIdeaAuthor($id: ID!) { idea(id: $id) { author { id displayName } } }": typeof types.ConsentSurfacesIdeaAuthorDocument,
    "query ConsentSurfacesIdeaAuthors($id: ID!) { idea(id: $id) { authors { user { id displayName } role accepted } } }": typeof types.ConsentSurfacesIdeaAuthorsDocument,
    "mutation ConsentSurfacesInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.ConsentSurfacesInviteCoAuthorDocument,
    "mutation ConsentSurfacesRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": typeof types.ConsentSurfacesRespondToCoAuthorshipDocument,
    "query ConsentSurfacesNotifications { notifications(first: 20) { edges { node { kind actor { id displayName } } } } }": typeof types.ConsentSurfacesNotificationsDocument,
    "query ConsentSurfacesChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 100) { type data } }": typeof types.ConsentSurfacesChallengeEventsDocument,
    "query ConsentSurfacesOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } } } } }": typeof types.ConsentSurfacesOwnershipStatementDocument,
    "query ConsentSurfacesStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }": typeof types.ConsentSurfacesStatementExportDocument,
    "query ConsentSurfacesLedger($c: ID!) { contributionLedger(challengeId: $c, first: 100) { edges { node { party kind participant { id displayName } } } } }": typeof types.ConsentSurfacesLedgerDocument,
    "query ConsentIdea($id: ID!) { idea(id: $id) { id author { id displayName } comments(first: 10) { edges { node { id author { id displayName } } } } } }": typeof types.ConsentIdeaDocument,
    "query ConsentParticipant($id: ID!) { participant(id: $id) { id displayName } }": typeof types.ConsentParticipantDocument,
    "mutation ConsentSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility version updatedAt } }": typeof types.ConsentSetPartnerVisibilityDocument,
    "query ConsentFeed($c: ID!, $o: IdeaOrder) { ideas(challengeId: $c, orderBy: $o, first: 100) { edges { node { id author { id displayName } } } } }": typeof types.ConsentFeedDocument,
    "query ConsentFeedIds($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }": typeof types.ConsentFeedIdsDocument,
    "query ConsentHistory { consentHistory(first: 10) { edges { node { subject choice version recordedAt } } } }": typeof types.ConsentHistoryDocument,
    "query ConsentPrivacySettings { privacySettings { partnerVisibility version } }": typeof types.ConsentPrivacySettingsDocument,
    "mutation ConsentSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }": typeof types.ConsentSetNotificationPreferenceDocument,
    "mutation ConsentRequestDataExport { requestDataExport { id } }": typeof types.ConsentRequestDataExportDocument,
    "query ConsentWhoLooked($days: Int) { whoLooked(days: $days) { day kind count organization { id name } } }": typeof types.ConsentWhoLookedDocument,
    "query ConsentLicenceAcceptances { licenceAcceptances(first: 10) { edges { node { licence acceptedAt challenge { id title } } } } }": typeof types.ConsentLicenceAcceptancesDocument,
    "mutation DataExportLimitsRequest { requestDataExport { id } }": typeof types.DataExportLimitsRequestDocument,
    "query DataExportLimitsList { dataExports { id } }": typeof types.DataExportLimitsListDocument,
    "mutation DataExportRequest { requestDataExport { id state progress } }": typeof types.DataExportRequestDocument,
    "query DataExportOne($id: ID!) { dataExport(id: $id) { id state progress itemsDone itemsTotal finishedAt expiresAt sizeBytes } }": typeof types.DataExportOneDocument,
    "mutation DataExportIssueDownload($id: ID!, $password: String!) { issueDataExportDownload(exportId: $id, password: $password) { url expiresAt } }": typeof types.DataExportIssueDownloadDocument,
    "query DataExportList { dataExports { id } }": typeof types.DataExportListDocument,
    "mutation DataExportReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": typeof types.DataExportReviseIdeaDocument,
    "mutation DataExportReport($i: ReportInput!) { report(input: $i) { __typename } }": typeof types.DataExportReportDocument,
    "mutation DataExportSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }": typeof types.DataExportSetPartnerVisibilityDocument,
    "mutation DataExportSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }": typeof types.DataExportSetNotificationPreferenceDocument,
    "mutation ErasureEraseAccount($i: EraseAccountInput!) { eraseAccount(input: $i) { erasedAt pseudonym contentRemoved credit } }": typeof types.ErasureEraseAccountDocument,
    "mutation ErasureLogin($input: LoginInput!) { login(input: $input) { accessToken } }": typeof types.ErasureLoginDocument,
    "query ErasureOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } points shareBasisPoints } } } }": typeof types.ErasureOwnershipStatementDocument,
    "mutation ErasureReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": typeof types.ErasureReviseIdeaDocument,
    "mutation ErasureReport($i: ReportInput!) { report(input: $i) { targetId } }": typeof types.ErasureReportDocument,
    "query ErasureMe { me { id } }": typeof types.ErasureMeDocument,
    "query ErasureIdea($i: ID!) { idea(id: $i) { title author { displayName } } }": typeof types.ErasureIdeaDocument,
    "query ErasureIdeaEmail($i: ID!) { idea(id: $i) { title author { displayName email } } }": typeof types.ErasureIdeaEmailDocument,
    "query VoteCorrelationLedger($c: ID!, $after: String) { contributionLedger(challengeId: $c, first: 100, after: $after) {\n  edges { node { seq id kind party participant { id } ideaId commentId points compensates detail occurredAt prevHash hash } }\n  pageInfo { hasNextPage endCursor } } }": typeof types.VoteCorrelationLedgerDocument,
    "query VoteCorrelationStatement($c: ID!, $first: Int) { ownershipStatement(challengeId: $c, first: $first) { edges { node { party participant { id } shareBasisPoints } } } }": typeof types.VoteCorrelationStatementDocument,
    "query VoteCorrelationStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }": typeof types.VoteCorrelationStatementExportDocument,
    "query VoteCorrelationMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym participantId salt } }": typeof types.VoteCorrelationMyVoterPseudonymDocument,
    "query ParticipantProfileParticipant5($id: ID!, $first: Int, $after: String) {\n  participant(id: $id) {\n    id displayName joinedAt\n    ideas(first: $first, after: $after) { edges { cursor node { id title author { id } } } pageInfo { hasNextPage endCursor } }\n    comments(first: $first) { edges { node { id body idea { id } } } pageInfo { hasNextPage endCursor } }\n    contributions(first: $first) { edges { node { challenge { id title } ideaCount commentCount lastContributedAt } } pageInfo { hasNextPage } }\n  }\n}": typeof types.ParticipantProfileParticipant5Document,
    "mutation ParticipantProfileInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.ParticipantProfileInviteCoAuthorDocument,
    "mutation ParticipantProfileRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": typeof types.ParticipantProfileRespondToCoAuthorshipDocument,
    "mutation ParticipantProfileDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": typeof types.ParticipantProfileDeleteCommentDocument,
    "mutation ParticipantProfileModerate($i: ModerateInput!) { moderate(input: $i) { action } }": typeof types.ParticipantProfileModerateDocument,
    "query ParticipantProfileIdeas($c: ID!) { ideas(challengeId: $c, orderBy: NEW, first: 1) { pageInfo { endCursor } } }": typeof types.ParticipantProfileIdeasDocument,
    "query ParticipantProfileParticipant2($id: ID!) { participant(id: $id) { ideas(first: 101) { edges { node { id } } } } }": typeof types.ParticipantProfileParticipant2Document,
    "query ParticipantProfileParticipant3($id: ID!) { participant(id: $id) { ideas(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } } } } } }": typeof types.ParticipantProfileParticipant3Document,
    "query ParticipantProfileParticipant6($id: ID!) { participant(id: $id) { contributions { edges { node { challenge { id } ownership { points shareBasisPoints rank participantCount ledgerHead { seq hash } } } } } } }": typeof types.ParticipantProfileParticipant6Document,
    "query ParticipantProfileOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { ledgerHead { seq hash } participantCount edges { node { participant { id } points shareBasisPoints } } } }": typeof types.ParticipantProfileOwnershipStatementDocument,
    "query ParticipantProfileParticipant4($id: ID!) { participant(id: $id) { contributions(first: 100) { edges { node { ownership { rank } } } } } }": typeof types.ParticipantProfileParticipant4Document,
    "mutation BoundedLogin($i: LoginInput!) { login(input: $i) { accessToken user { id } } }": typeof types.BoundedLoginDocument,
    "mutation BoundedReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }": typeof types.BoundedReviseIdeaDocument,
    "mutation BoundedInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.BoundedInviteCoAuthorDocument,
    "mutation BoundedRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": typeof types.BoundedRespondToCoAuthorshipDocument,
    "mutation BoundedProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }": typeof types.BoundedProposeAuthorshipSplitDocument,
    "mutation BoundedDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": typeof types.BoundedDecideIdeaDocument,
    "mutation BoundedModerate($i: ModerateInput!) { moderate(input: $i) { id } }": typeof types.BoundedModerateDocument,
    "mutation BoundedReport($i: ReportInput!) { report(input: $i) { __typename } }": typeof types.BoundedReportDocument,
    "mutation RealtimeReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": typeof types.RealtimeReviseIdeaDocument,
    "mutation RealtimeEditComment($i: EditCommentInput!) { editComment(input: $i) { id } }": typeof types.RealtimeEditCommentDocument,
    "mutation RealtimeDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": typeof types.RealtimeDeleteCommentDocument,
    "query RealtimeChallengeEvents($c: ID!, $after: Int!) { challengeEvents(challengeId: $c, afterSequence: $after) { id type sequence data } }": typeof types.RealtimeChallengeEventsDocument,
    "query RealtimeEventSequence($c: ID!) { challenge(id: $c) { eventSequence } ideas(challengeId: $c, first: 1) { eventSequence } }": typeof types.RealtimeEventSequenceDocument,
    "query RealtimeThreadSequence($i: ID!, $c: ID!) { idea(id: $i) { comments(first: 5) { eventSequence } } ideas(challengeId: $c, first: 3) { edges { node { comments(first: 2) { eventSequence } } } } }": typeof types.RealtimeThreadSequenceDocument,
    "query RedisOutageChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }": typeof types.RedisOutageChallengeEventsDocument,
    "query RelayCrashChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }": typeof types.RelayCrashChallengeEventsDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents2($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence data } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents2Document,
    "mutation Api3BrokenObjectPropertyLevelAuthorizationInviteOrganizationMember2($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status createdAt } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationInviteOrganizationMember2Document,
    "mutation Api3BrokenObjectPropertyLevelAuthorizationUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationUpdateChallengeDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 1) { type } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationChallengeEventsDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationOrganization($id: ID!) { organization(id: $id) { members { user { id } } pendingInvitations { email } } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationOrganizationDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationOrganization2($id: ID!) { organization(id: $id) { pendingInvitations { email } } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationOrganization2Document,
    "query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations { myOrganizationInvitations { id organization { id } } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitationsDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations2 { myOrganizationInvitations { id } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations2Document,
    "mutation Api3BrokenObjectPropertyLevelAuthorizationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationInviteCoAuthorDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationIdea($id: ID!) { idea(id: $id) { authors { user { id } accepted } } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationIdeaDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationIdeas($c: ID!) { ideas(challengeId: $c) { edges { node { authors { user { id } } } } } }": typeof types.Api3BrokenObjectPropertyLevelAuthorizationIdeasDocument,
    "mutation Api4ReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }": typeof types.Api4ReviseIdeaDocument,
    "query Api4RevisionsBefore($id: ID!) { idea(id: $id) { revisions(first: 3, before: 3) { revision } } }": typeof types.Api4RevisionsBeforeDocument,
    "query Api4LatestRevision($id: ID!) { idea(id: $id) { revision revisions(first: 1) { revision } } }": typeof types.Api4LatestRevisionDocument,
    "query Api4LightEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 500) { sequence type } }": typeof types.Api4LightEventsDocument,
    "mutation Api5CreateChallenge($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }": typeof types.Api5CreateChallengeDocument,
    "mutation Api5UpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }": typeof types.Api5UpdateChallengeDocument,
    "mutation Api5SetChallengePhase($c: ID!) { setChallengePhase(challengeId: $c, phase: CLOSED) { id } }": typeof types.Api5SetChallengePhaseDocument,
    "mutation Api5SetOwnershipPolicy($c: ID!) { setOwnershipPolicy(challengeId: $c, policy: { weights: { VOTE_CAST: 100 } }) { licence } }": typeof types.Api5SetOwnershipPolicyDocument,
    "mutation Api5DecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id } }": typeof types.Api5DecideIdeaDocument,
    "mutation Api5MarkCommentHelpful($id: ID!) { markCommentHelpful(commentId: $id) { id } }": typeof types.Api5MarkCommentHelpfulDocument,
    "mutation Api5InviteMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }": typeof types.Api5InviteMemberDocument,
    "mutation Api5WithdrawInvitation($id: ID!) { withdrawOrganizationInvitation(invitationId: $id) }": typeof types.Api5WithdrawInvitationDocument,
    "mutation Api5SetMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role } }": typeof types.Api5SetMemberRoleDocument,
    "mutation Api5RemoveMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }": typeof types.Api5RemoveMemberDocument,
    "mutation Api5ReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { id } }": typeof types.Api5ReopenChallengeDocument,
    "query Api5PendingInvitations($id: ID!) { organization(id: $id) { pendingInvitations { email } } }": typeof types.Api5PendingInvitationsDocument,
    "mutation Api5BrokenFunctionLevelAuthorizationInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }": typeof types.Api5BrokenFunctionLevelAuthorizationInviteOrganizationMemberDocument,
    "mutation Api5BrokenFunctionLevelAuthorizationRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }": typeof types.Api5BrokenFunctionLevelAuthorizationRespondToOrganizationInvitationDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { phase closesAt } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsUpdateChallengeDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { phase closesAt } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsReopenChallengeDocument,
    "query Api6UnrestrictedAccessToSensitiveBusinessFlowsChallenge($id: ID!) { challenge(id: $id) { phase } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsChallengeDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteOrganizationMemberDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToOrganizationInvitationDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsSetChallengePhaseDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteCoAuthorDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id upvotes score } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToCoAuthorshipDocument,
    "query Api6UnrestrictedAccessToSensitiveBusinessFlowsIdea($id: ID!) { idea(id: $id) { upvotes score viewerVote } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsIdeaDocument,
    "query Api6UnrestrictedAccessToSensitiveBusinessFlowsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points shareBasisPoints } } } }": typeof types.Api6UnrestrictedAccessToSensitiveBusinessFlowsOwnershipStatementDocument,
    "query Api8Challenges($a: String) { challenges(after: $a) { edges { cursor } } }": typeof types.Api8ChallengesDocument,
    "query Api8Ideas($c: ID!, $o: IdeaOrder, $a: String) { ideas(challengeId: $c, orderBy: $o, after: $a) { edges { cursor } } }": typeof types.Api8IdeasDocument,
    "query Api8Search($c: ID!, $a: String) { ideas(challengeId: $c, search: \"solar\", after: $a) { edges { cursor } } }": typeof types.Api8SearchDocument,
    "query Api8Comments($i: ID!, $a: String) { idea(id: $i) { comments(after: $a) { edges { cursor } } } }": typeof types.Api8CommentsDocument,
    "query Api8Replies($i: ID!, $a: String) { idea(id: $i) { comments { edges { node { replies(after: $a) { edges { cursor } } } } } } }": typeof types.Api8RepliesDocument,
    "query Api8Ledger($c: ID!, $a: String) { contributionLedger(challengeId: $c, after: $a) { edges { cursor } } }": typeof types.Api8LedgerDocument,
    "query Api8Statement($c: ID!, $a: String) { ownershipStatement(challengeId: $c, after: $a) { edges { cursor } } }": typeof types.Api8StatementDocument,
    "query SentimentIdea($id: ID!) { idea(id: $id) { id sentiment { label score language labelledAt } comments(first: 10) { edges { node { id body sentiment { label score } } } } } }": typeof types.SentimentIdeaDocument,
    "mutation SentimentReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }": typeof types.SentimentReviseIdeaDocument,
    "mutation SentimentEditComment($input: EditCommentInput!) { editComment(input: $input) { id } }": typeof types.SentimentEditCommentDocument,
    "mutation SentimentDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": typeof types.SentimentDeleteCommentDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName } } }": typeof types.RegisterDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.CreateOrganizationDocument,
    "mutation InviteMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id } }": typeof types.InviteMemberDocument,
    "query MyInvitations { myOrganizationInvitations { id organization { id } } }": typeof types.MyInvitationsDocument,
    "mutation AcceptInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }": typeof types.AcceptInvitationDocument,
    "mutation CreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id phase } }": typeof types.CreateChallengeDocument,
    "mutation SetPhase($id: ID!, $phase: ChallengePhase!) { setChallengePhase(challengeId: $id, phase: $phase) { phase } }": typeof types.SetPhaseDocument,
    "mutation ProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": typeof types.ProposeIdeaDocument,
    "mutation CastVote($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id score upvotes downvotes viewerVote } }": typeof types.CastVoteDocument,
    "mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id body parentId deleted } }": typeof types.AddCommentDocument,
    "query DeliveryCatchUp($c: ID!, $a: Int!) { challengeEvents(challengeId: $c, afterSequence: $a, first: 100) { id type challengeId sequence occurredAt data } }": typeof types.DeliveryCatchUpDocument,
    "mutation Report($i: ReportInput!) { report(input: $i) { targetId reason } }": typeof types.ReportDocument,
    "query AccountPrivacyParticipant($id: ID!) { participant(id: $id) { id } }": typeof types.AccountPrivacyParticipantDocument,
    "query AccountPrivacyIdeaAuthor($id: ID!) { idea(id: $id) { author { displayName } } }": typeof types.AccountPrivacyIdeaAuthorDocument,
    "query AccountPrivacyNotificationPreferences { notificationPreferences { kind enabled } }": typeof types.AccountPrivacyNotificationPreferencesDocument,
    "mutation ControlRoomModerationReport($i: ReportInput!) { report(input: $i) { targetId } }": typeof types.ControlRoomModerationReportDocument,
    "mutation ControlRoomModerationSuspend($i: SuspendInput!) { suspendParticipant(input: $i) { action } }": typeof types.ControlRoomModerationSuspendDocument,
    "query ControlRoomModerationQueueCounts($o: ID!) { moderationQueue(organizationId: $o) { counts { REPORTED } } }": typeof types.ControlRoomModerationQueueCountsDocument,
    "mutation ScreenshotsReport($i: ReportInput!) { report(input: $i) { targetId } }": typeof types.ScreenshotsReportDocument,
    "mutation TeamPageReport($i: ReportInput!) { report(input: $i) { targetId } }": typeof types.TeamPageReportDocument,
    "mutation TeamPaintReport($i: ReportInput!) { report(input: $i) { targetId } }": typeof types.TeamPaintReportDocument,
    "mutation WritePathDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": typeof types.WritePathDeleteCommentDocument,
    "query WritePathIdea($id: ID!) { idea(id: $id) { upvotes downvotes score } }": typeof types.WritePathIdeaDocument,
    "query WritePathFeedPage($c: ID!, $n: Int) { ideas(challengeId: $c, orderBy: HOT, first: $n) { edges { node {\n      id title score upvotes downvotes viewerVote commentCount author { displayName } buildsOn { id } comments(first: 3) { edges { node { id } } }\n      authors { user { displayName } shareBasisPoints } challenge { ownershipPolicy { licence } } } } } }": typeof types.WritePathFeedPageDocument,
    "query WritePathSharedFeed($c: ID!) { ideas(challengeId: $c, orderBy: HOT, first: 20) { edges { node {\n    id score upvotes downvotes viewerVote commentCount status author { displayName } } } } }": typeof types.WritePathSharedFeedDocument,
};
const documents: Documents = {
    "mutation CoCreationCreateOrganization { createOrganization(input: {name: \"Other\", slug: \"pollen-motors\"}) { id } }": types.CoCreationCreateOrganizationDocument,
    "mutation CoCreationCreateOrganization2 { createOrganization(input: {name: \"Other\", slug: \"-Bad Slug\"}) { id } }": types.CoCreationCreateOrganization2Document,
    "mutation CoCreationCreateOrganization3 { createOrganization(input: {name: \"Other\", slug: \"other\"}) { id } }": types.CoCreationCreateOrganization3Document,
    "mutation CoCreationInviteOrganizationMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status } }": types.CoCreationInviteOrganizationMemberDocument,
    "query CoCreationOrganization($id: ID!) { organization(id: $id) { members { role user { id } } } }": types.CoCreationOrganizationDocument,
    "query CoCreationMyOrganizationInvitations { myOrganizationInvitations { id role organization { id name } invitedBy { displayName } } }": types.CoCreationMyOrganizationInvitationsDocument,
    "mutation CoCreationRespondToOrganizationInvitation($id: ID!, $accept: Boolean!) { respondToOrganizationInvitation(invitationId: $id, accept: $accept) { status } }": types.CoCreationRespondToOrganizationInvitationDocument,
    "query CoCreationOrganization2($id: ID!) { organization(id: $id) { name viewerRole members { role } } }": types.CoCreationOrganization2Document,
    "query CoCreationChallenge($id: ID!) { challenge(id: $id) { title phase organization { slug } } }": types.CoCreationChallengeDocument,
    "query CoCreationChallenges { challenges(first: 100) { edges { node { id } } } }": types.CoCreationChallengesDocument,
    "mutation CoCreationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.CoCreationProposeIdeaDocument,
    "mutation CoCreationUpdateChallenge($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title language } }": types.CoCreationUpdateChallengeDocument,
    "mutation CoCreationUpdateChallenge2($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title } }": types.CoCreationUpdateChallenge2Document,
    "mutation CoCreationSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }": types.CoCreationSetChallengePhaseDocument,
    "mutation CoCreationUpdateChallenge3($input: UpdateChallengeInput!) { updateChallenge(input: $input) { language } }": types.CoCreationUpdateChallenge3Document,
    "mutation CoCreationSetChallengePhase2($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }": types.CoCreationSetChallengePhase2Document,
    "mutation CoCreationCreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }": types.CoCreationCreateChallengeDocument,
    "query CoCreationChallenges2 { challenges(first: 2, phase: IDEATION) { edges { cursor node { id phase } } pageInfo { hasNextPage endCursor } } }": types.CoCreationChallenges2Document,
    "query CoCreationChallenges3($after: String) { challenges(first: 2, phase: IDEATION, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }": types.CoCreationChallenges3Document,
    "query CoCreationChallenges4 { challenges(first: 101) { edges { cursor } } }": types.CoCreationChallenges4Document,
    "query CoCreationChallenges5 { challenges(after: \"bm9wZQ\") { edges { cursor } } }": types.CoCreationChallenges5Document,
    "query CoCreationIdea($id: ID!) { idea(id: $id) { title tags author { id } buildsOn { id } builtUponBy { id } revisions { revision } } }": types.CoCreationIdeaDocument,
    "query CoCreationIdea2($id: ID!) { idea(id: $id) { buildsOn { id } } }": types.CoCreationIdea2Document,
    "mutation CoCreationProposeIdea2($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.CoCreationProposeIdea2Document,
    "mutation CoCreationReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { title revision revisions { revision title } } }": types.CoCreationReviseIdeaDocument,
    "query CoCreationIdeas($c: ID!, $o: IdeaOrder, $after: String) { ideas(challengeId: $c, orderBy: $o, first: 2, after: $after) { edges { node { id score } } pageInfo { hasNextPage endCursor } } }": types.CoCreationIdeasDocument,
    "query CoCreationIdeas2($c: ID!, $q: String) { ideas(challengeId: $c, search: $q) { edges { node { id } } } }": types.CoCreationIdeas2Document,
    "query CoCreationSimilarIdeas($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }": types.CoCreationSimilarIdeasDocument,
    "query CoCreationSimilarIdeas2($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }": types.CoCreationSimilarIdeas2Document,
    "mutation CoCreationCastVote($id: ID!) { castVote(ideaId: $id, value: UP) { id } }": types.CoCreationCastVoteDocument,
    "mutation CoCreationEditComment($input: EditCommentInput!) { editComment(input: $input) { body editedAt } }": types.CoCreationEditCommentDocument,
    "mutation CoCreationDeleteComment($id: ID!) { deleteComment(commentId: $id) { body deleted author { id } } }": types.CoCreationDeleteCommentDocument,
    "query CoCreationIdea3($id: ID!) { idea(id: $id) { commentCount comments(first: 10) { edges { node { id deleted body replies { edges { node { body author { id } } } } } } } } }": types.CoCreationIdea3Document,
    "query CoCreationIdeaComments($id: ID!, $after: String) { idea(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }": types.CoCreationIdeaCommentsDocument,
    "mutation PhaseRulesPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.PhaseRulesProposeDocument,
    "mutation PhaseRulesRevise($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }": types.PhaseRulesReviseDocument,
    "query PhaseRulesChallenge($id: ID!) { challenge(id: $id) { phase } }": types.PhaseRulesChallengeDocument,
    "mutation ClosedFolderLogin($i: LoginInput!) { login(input: $i) { accessToken } }": types.ClosedFolderLoginDocument,
    "query ClosedFolderChallenges { challenges { edges { node { title } } } }": types.ClosedFolderChallengesDocument,
    "mutation OwnerKilledRegister($i: RegisterInput!) { register(input: $i) { user { id } } }": types.OwnerKilledRegisterDocument,
    "mutation SeedLogin($i: LoginInput!) { login(input: $i) { accessToken } }": types.SeedLoginDocument,
    "query SeedModerationQueue($o: ID!) { moderationQueue(organizationId: $o, first: 5) { counts { REPORTED HELD } edges { node { state } } } }": types.SeedModerationQueueDocument,
    "query SeedIdeas($c: ID!) { ideas(challengeId: $c, orderBy: TOP, first: 3) { edges { node { score upvotes commentCount author { displayName } } } } }": types.SeedIdeasDocument,
    "query SeedIdeas2($c: ID!) { ideas(challengeId: $c, search: \"bateria\", first: 5) { edges { node { title } } } }": types.SeedIdeas2Document,
    "mutation SeedLogin2($i: LoginInput!) { login(input: $i) { accessToken } }": types.SeedLogin2Document,
    "query SeedLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }": types.SeedLedgerVerificationDocument,
    "query SeedOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 3) { participantCount edges { node { shareBasisPoints } } } }": types.SeedOwnershipStatementDocument,
    "mutation PostgresRestartRegister($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }": types.PostgresRestartRegisterDocument,
    "mutation AuthRegister($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName email } } }": types.AuthRegisterDocument,
    "mutation AuthLogin($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }": types.AuthLoginDocument,
    "mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }": types.AuthRefreshSessionDocument,
    "query AuthMe { me { id email } }": types.AuthMeDocument,
    "query AuthMe2 { me { id } }": types.AuthMe2Document,
    "query AuthMe3 { me { id } }": types.AuthMe3Document,
    "query AuthIdea($id: ID!) { idea(id: $id) { author { id email } } }": types.AuthIdeaDocument,
    "mutation AuthLogout { logout }": types.AuthLogoutDocument,
    "mutation AuthLogout2 { logout }": types.AuthLogout2Document,
    "mutation CookieSessionLogin($input: LoginInput!, $in: RefreshTokenTransport) {\n  login(input: $input, refreshTokenIn: $in) { accessToken accessTokenExpiresAt refreshToken user { id } } }": types.CookieSessionLoginDocument,
    "mutation CookieSessionRegister($input: RegisterInput!, $in: RefreshTokenTransport) {\n  register(input: $input, refreshTokenIn: $in) { accessToken refreshToken user { id displayName } } }": types.CookieSessionRegisterDocument,
    "query CookieSessionMe { me { id } }": types.CookieSessionMeDocument,
    "mutation CookieSessionLogout { logout }": types.CookieSessionLogoutDocument,
    "query InsightsChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize, $first: Int) {\n  challengeInsights(challengeId: $c, from: $from, to: $to, bucket: $bucket) {\n    from to bucket participantBuckets sentimentTrend\n    sentiment { positive neutral negative }\n    moderation { reports holds actions }\n    buckets { start participants newIdeas votes comments netSentiment sentiment { positive neutral negative } moderation { reports holds actions } }\n    mostDiscussed(first: $first) { ideaId comments upvotes downvotes idea { id title } }\n    mostDivisive(first: $first) { ideaId upvotes downvotes }\n    topContributors(first: $first) { participantId points shareBp participant { id displayName } }\n  }\n}": types.InsightsChallengeInsightsDocument,
    "mutation InsightsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: VOTING) { phase } }": types.InsightsSetChallengePhaseDocument,
    "query InsightsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 2) { edges { node { party participant { id } points shareBasisPoints } } } }": types.InsightsOwnershipStatementDocument,
    "mutation InsightsDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": types.InsightsDeleteCommentDocument,
    "query StanceChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!) {\n  challengeInsights(challengeId: $c, from: $from, to: $to) { stance { for neutral against } buckets { start stance { for neutral against } } }\n}": types.StanceChallengeInsightsDocument,
    "mutation StanceAddComment($i: AddCommentInput!) { addComment(input: $i) { id stance } }": types.StanceAddCommentDocument,
    "mutation StanceEditComment($i: EditCommentInput!) { editComment(input: $i) { stance } }": types.StanceEditCommentDocument,
    "mutation StanceEditComment2($i: EditCommentInput!) { editComment(input: $i) { stance } }": types.StanceEditComment2Document,
    "mutation StanceDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": types.StanceDeleteCommentDocument,
    "query AuthorReanchoringStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party points shareBasisPoints } } } }": types.AuthorReanchoringStatementDocument,
    "query AuthorReanchoringVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }": types.AuthorReanchoringVerifyDocument,
    "query LedgerBackfillLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }": types.LedgerBackfillLedgerVerificationDocument,
    "query LedgerBackfillOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { edges { node { party participant { id } points } } } }": types.LedgerBackfillOwnershipStatementDocument,
    "query LedgerConcurrencyLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": types.LedgerConcurrencyLedgerVerificationDocument,
    "mutation LedgerConcurrencyDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": types.LedgerConcurrencyDecideIdeaDocument,
    "query LedgerConcurrencyOwnershipStatement($c: ID!, $p: String) { ownershipStatement(challengeId: $c, pool: $p) { ledgerHead { seq } participantCount edges { node { payout } } } }": types.LedgerConcurrencyOwnershipStatementDocument,
    "query ControlRoomApiMyOrganizations { myOrganizations { id viewerRole } }": types.ControlRoomApiMyOrganizationsDocument,
    "query ControlRoomApiMyOrganizations2 { myOrganizations { id } }": types.ControlRoomApiMyOrganizations2Document,
    "query ControlRoomApiMyOrganizations3 { myOrganizations { id } }": types.ControlRoomApiMyOrganizations3Document,
    "query ControlRoomApiChallenges($o: ID!) { challenges(organizationId: $o) { edges { node { id } } } }": types.ControlRoomApiChallengesDocument,
    "query ControlRoomApiChallenges2 { challenges(organizationId: \"nope\") { edges { node { id } } } }": types.ControlRoomApiChallenges2Document,
    "query ControlRoomApiReviewBoard($c: ID!) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": types.ControlRoomApiReviewBoardDocument,
    "query ControlRoomApiReviewBoard2($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }": types.ControlRoomApiReviewBoard2Document,
    "query ControlRoomApiReviewBoard3($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: SCORE, after: $a) { edges { node { id } } } }": types.ControlRoomApiReviewBoard3Document,
    "mutation ControlRoomApiDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": types.ControlRoomApiDecideIdeaDocument,
    "mutation ControlRoomApiModerate($i: ModerateInput!) { moderate(input: $i) { id } }": types.ControlRoomApiModerateDocument,
    "query ControlRoomApiModerationLog($o: ID!, $s: String, $a: ModerationActionKind) { moderationLog(organizationId: $o, search: $s, action: $a) { edges { node { action reason targetId } } } }": types.ControlRoomApiModerationLogDocument,
    "mutation HeldThreadCountsModerate($i: ModerateInput!) { moderate(input: $i) { id action } }": types.HeldThreadCountsModerateDocument,
    "query HeldThreadCountsThread($id: ID!) {\n  idea(id: $id) { commentCount comments(first: 20) { edges { node { id moderationState replyCount replies(first: 20) { edges { node { id replyCount } } } } } } }\n}": types.HeldThreadCountsThreadDocument,
    "query HeldThreadCountsCount($id: ID!) { idea(id: $id) { commentCount } }": types.HeldThreadCountsCountDocument,
    "mutation HeldThreadCountsDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": types.HeldThreadCountsDeleteCommentDocument,
    "mutation HeldThreadCountsMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": types.HeldThreadCountsMergeDocument,
    "mutation MergeSplitInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.MergeSplitInviteCoAuthorDocument,
    "mutation MergeSplitRespond($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { id } }": types.MergeSplitRespondDocument,
    "mutation MergeSplitProposeSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }": types.MergeSplitProposeSplitDocument,
    "mutation MergeSplitApproveSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }": types.MergeSplitApproveSplitDocument,
    "mutation MergeSplitMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": types.MergeSplitMergeDocument,
    "mutation MergeSplitUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }": types.MergeSplitUndoMergeDocument,
    "query MergeSplitIdea($id: ID!) { idea(id: $id) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }": types.MergeSplitIdeaDocument,
    "mutation ModerationLedgerModerate($i: ModerateInput!) { moderate(input: $i) { id } }": types.ModerationLedgerModerateDocument,
    "mutation ModerationLedgerMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": types.ModerationLedgerMergeIdeasDocument,
    "mutation ModerationLedgerUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }": types.ModerationLedgerUndoMergeDocument,
    "query ModerationLedgerLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": types.ModerationLedgerLedgerVerificationDocument,
    "query ModerationPathsIdea2($id: ID!) { idea(id: $id) { commentCount comments { edges { node { id moderationState stance } } } } }": types.ModerationPathsIdea2Document,
    "query ModerationPathsModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 100) { edges { node { targetType targetId state reporterCount author { id } comment { id } idea { id } } } } }": types.ModerationPathsModerationQueueDocument,
    "query ModerationPathsIdea($id: ID!) { idea(id: $id) { commentCount } }": types.ModerationPathsIdeaDocument,
    "mutation ModerationPathsModerate($i: ModerateInput!) { moderate(input: $i) { action } }": types.ModerationPathsModerateDocument,
    "mutation ModerationPathsModerate2($i: ModerateInput!) { moderate(input: $i) { action targetType } }": types.ModerationPathsModerate2Document,
    "query ModerationPathsDuplicateCandidates($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId otherId similarity } }": types.ModerationPathsDuplicateCandidatesDocument,
    "query ModerationPathsDuplicateCandidates2($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId } }": types.ModerationPathsDuplicateCandidates2Document,
    "mutation ModerationPathsSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }": types.ModerationPathsSetChallengeModerationDocument,
    "mutation ModerationPathsAddComment($i: AddCommentInput!) { addComment(input: $i) { id moderationState stance } }": types.ModerationPathsAddCommentDocument,
    "mutation ModerationPathsModerate3($i: ModerateInput!) { moderate(input: $i) { id } }": types.ModerationPathsModerate3Document,
    "mutation ModerationPathsSetChallengeModeration2($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }": types.ModerationPathsSetChallengeModeration2Document,
    "query ModerationPathsChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type data } }": types.ModerationPathsChallengeEventsDocument,
    "mutation ModerationPathsSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { id } }": types.ModerationPathsSuspendParticipantDocument,
    "mutation ModerationPathsProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }": types.ModerationPathsProposeIdeaDocument,
    "mutation ModerationPathsSuspendParticipant2($i: SuspendInput!) { suspendParticipant(input: $i) { id } }": types.ModerationPathsSuspendParticipant2Document,
    "mutation ModerationPathsSuspendParticipant3($i: SuspendInput!) { suspendParticipant(input: $i) { id } }": types.ModerationPathsSuspendParticipant3Document,
    "mutation ModerationModerate($i: ModerateInput!) { moderate(input: $i) { id action reason before after } }": types.ModerationModerateDocument,
    "query ModerationIdea4($id: ID!) { idea(id: $id) { id moderationState mergedIntoId upvotes downvotes commentCount authors { user { id } } } }": types.ModerationIdea4Document,
    "query ModerationLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": types.ModerationLedgerVerificationDocument,
    "query ModerationIdeas($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }": types.ModerationIdeasDocument,
    "query ModerationSimilarIdeas($c: ID!) { similarIdeas(challengeId: $c, text: \"Modular battery swap\") { id } }": types.ModerationSimilarIdeasDocument,
    "query ModerationModerationQueue($o: ID!) { moderationQueue(organizationId: $o) { counts { HELD REPORTED } edges { node { targetId state reporterCount standingReporters reasons { reason count } } } } }": types.ModerationModerationQueueDocument,
    "query ModerationModerationQueue2($o: ID!) { moderationQueue(organizationId: $o) { edges { node { targetId sentiment { label score } } } } }": types.ModerationModerationQueue2Document,
    "query ModerationIdea($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }": types.ModerationIdeaDocument,
    "query ModerationIdea2($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }": types.ModerationIdea2Document,
    "query ModerationModerationLog($o: ID!, $id: ID) { moderationLog(organizationId: $o, targetId: $id) { edges { node { action reason actor { id } } } } }": types.ModerationModerationLogDocument,
    "mutation ModerationAddModerationRule($i: AddModerationRuleInput!) { addModerationRule(input: $i) { id } }": types.ModerationAddModerationRuleDocument,
    "mutation ModerationProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }": types.ModerationProposeIdeaDocument,
    "mutation ModerationProposeIdea2($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id moderationState } }": types.ModerationProposeIdea2Document,
    "mutation ModerationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }": types.ModerationSetChallengeModerationDocument,
    "mutation ModerationSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }": types.ModerationSuspendParticipantDocument,
    "mutation ModerationReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action } }": types.ModerationReinstateParticipantDocument,
    "query ModerationModerationQueue3($o: ID!) { moderationQueue(organizationId: $o) { edges { cursor } } }": types.ModerationModerationQueue3Document,
    "mutation ModerationMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }": types.ModerationMergeIdeasDocument,
    "mutation ModerationMergeIdeas2($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id action } }": types.ModerationMergeIdeas2Document,
    "query ModerationIdea3($id: ID!) { idea(id: $id) { comments { edges { node { id } } } } }": types.ModerationIdea3Document,
    "query ModerationOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points } } } }": types.ModerationOwnershipStatementDocument,
    "mutation ModerationUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { action } }": types.ModerationUndoMergeDocument,
    "mutation ModerationUndoMerge2($i: UndoMergeInput!) { undoMerge(input: $i) { action } }": types.ModerationUndoMerge2Document,
    "query NegativeFlagModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 50) {\n  counts { FLAGGED REPORTED } edges { node { targetType targetId state sentiment { label score } } } } }": types.NegativeFlagModerationQueueDocument,
    "query NegativeFlagModerationLog($o: ID!, $t: ID) { moderationLog(organizationId: $o, targetId: $t, first: 10) { edges { node { action actor { id } reason } } } }": types.NegativeFlagModerationLogDocument,
    "query NegativeFlagIdea($id: ID!) { idea(id: $id) { moderationState } }": types.NegativeFlagIdeaDocument,
    "mutation NegativeFlagReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": types.NegativeFlagReviseIdeaDocument,
    "mutation NegativeFlagReviseIdea2($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": types.NegativeFlagReviseIdea2Document,
    "mutation NegativeFlagModerate($i: ModerateInput!) { moderate(input: $i) { action } }": types.NegativeFlagModerateDocument,
    "mutation SuspensionSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }": types.SuspensionSuspendParticipantDocument,
    "mutation SuspensionReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action after } }": types.SuspensionReinstateParticipantDocument,
    "mutation SuspensionModerate($i: ModerateInput!) { moderate(input: $i) { action } }": types.SuspensionModerateDocument,
    "query NotificationInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges { cursor node {\n      id kind read readAt createdAt parentCommentId builtUponIdeaId decisionFrom decisionTo decisionReason accepted\n      actor { id displayName } challenge { id } idea { id title } comment { id body }\n    } }\n    pageInfo { hasNextPage endCursor }\n  }\n  unreadNotificationCount\n}": types.NotificationInboxDocument,
    "mutation NotificationMarkRead($ids: [ID!], $upTo: ID) { markNotificationsRead(ids: $ids, upTo: $upTo) { marked unreadCount } }": types.NotificationMarkReadDocument,
    "query NotificationUnreadCount { unreadNotificationCount }": types.NotificationUnreadCountDocument,
    "mutation NotificationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }": types.NotificationSetChallengeModerationDocument,
    "query NotificationInboxIdea($id: ID!) { idea(id: $id) { comments { edges { node { id replies { edges { node { id moderationState } } } } } } } }": types.NotificationInboxIdeaDocument,
    "mutation NotificationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.NotificationInviteCoAuthorDocument,
    "mutation NotificationAcceptCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": types.NotificationAcceptCoAuthorshipDocument,
    "mutation NotificationDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": types.NotificationDecideIdeaDocument,
    "mutation NotificationInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.NotificationInviteCoAuthor2Document,
    "mutation NotificationDeclineCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: false) { id } }": types.NotificationDeclineCoAuthorshipDocument,
    "query NotificationInboxChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type } }": types.NotificationInboxChallengeEventsDocument,
    "query NotificationInboxNotifications { notifications(first: 100) { edges { node { idea { comments(first: 100) { edges { node { id } } } } } } } }": types.NotificationInboxNotificationsDocument,
    "query BackupRestoreIdeas($c: ID!) { ideas(challengeId: $c, first: 10) { edges { node { id upvotes downvotes commentCount } } } }": types.BackupRestoreIdeasDocument,
    "mutation BackupRestoreRegister($i: RegisterInput!) { register(input: $i) { user { id } } }": types.BackupRestoreRegisterDocument,
    "mutation MetricsHealthProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }": types.MetricsHealthProposeIdeaDocument,
    "mutation MetricsHealthLogin($i: LoginInput!) { login(input: $i) { accessToken } }": types.MetricsHealthLoginDocument,
    "query PlatformChallenges { challenges { edges { cursor } } }": types.PlatformChallengesDocument,
    "query PlatformIntrospection { __schema { types { name } } }": types.PlatformIntrospectionDocument,
    "mutation TeamRolesSetOrganizationMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role user { id } } }": types.TeamRolesSetOrganizationMemberRoleDocument,
    "mutation TeamRolesRemoveOrganizationMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }": types.TeamRolesRemoveOrganizationMemberDocument,
    "query TeamRolesOrganization($id: ID!) { organization(id: $id) { viewerRole members { role user { id } } } }": types.TeamRolesOrganizationDocument,
    "mutation OwnershipSetOwnershipPolicy($c: ID!, $p: OwnershipPolicyInput!) { setOwnershipPolicy(challengeId: $c, policy: $p) { weights { VOTE_CAST IDEA_ADOPTED } lineageDecay lineageGenerations licence frozen } }": types.OwnershipSetOwnershipPolicyDocument,
    "query OwnershipOwnershipStatement($c: ID!, $pool: String) { ownershipStatement(challengeId: $c, pool: $pool, first: 10) {\n  ledgerHead { seq hash } licence pool totalPoints participantCount policy { frozen lineageDecay }\n  edges { node { party participant { id } points shareBasisPoints payout contributions { kind count points } } } } }": types.OwnershipOwnershipStatementDocument,
    "query OwnershipLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries ledgerHead { seq } problem { seq id reason } } }": types.OwnershipLedgerVerificationDocument,
    "mutation OwnershipDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id status decisions { from to reason } } }": types.OwnershipDecideIdeaDocument,
    "query OwnershipChallenge($c: ID!) { challenge(id: $c) { ownershipPolicy { frozen lineageDecay licence weights { IDEA_ADOPTED COMMENT } } } }": types.OwnershipChallengeDocument,
    "mutation OwnershipDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": types.OwnershipDeleteCommentDocument,
    "mutation OwnershipMarkCommentHelpful2($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { helpful } }": types.OwnershipMarkCommentHelpful2Document,
    "mutation OwnershipInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.OwnershipInviteCoAuthorDocument,
    "query OwnershipMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym } }": types.OwnershipMyVoterPseudonymDocument,
    "query OwnershipOwnershipStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c) { content } }": types.OwnershipOwnershipStatementExportDocument,
    "query OwnershipContributionLedger($c: ID!) { contributionLedger(challengeId: $c, first: 3) { edges { node { seq kind participant { id } points hash prevHash } } pageInfo { hasNextPage } } }": types.OwnershipContributionLedgerDocument,
    "query OwnershipMyContributions($c: ID!) { myContributions(challengeId: $c) { kind points compensates } }": types.OwnershipMyContributionsDocument,
    "query OwnershipOwnershipStatementExport2($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV, pool: \"1000\") { filename ledgerHead { seq } content } }": types.OwnershipOwnershipStatementExport2Document,
    "query OwnershipOwnershipStatementExport3($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }": types.OwnershipOwnershipStatementExport3Document,
    "mutation OwnershipDeleteComment2($id: ID!) { deleteComment(commentId: $id) { id } }": types.OwnershipDeleteComment2Document,
    "mutation OwnershipMarkCommentHelpful($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { id } }": types.OwnershipMarkCommentHelpfulDocument,
    "mutation OwnershipInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.OwnershipInviteCoAuthor2Document,
    "mutation OwnershipRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": types.OwnershipRespondToCoAuthorshipDocument,
    "mutation OwnershipProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }": types.OwnershipProposeAuthorshipSplitDocument,
    "mutation OwnershipApproveAuthorshipSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }": types.OwnershipApproveAuthorshipSplitDocument,
    "query OwnershipOwnershipStatementExport4($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON, pool: \"999\") { content } }": types.OwnershipOwnershipStatementExport4Document,
    "mutation OwnershipInviteCoAuthor3($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.OwnershipInviteCoAuthor3Document,
    "mutation OwnershipRespondToCoAuthorship2($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { authors { user { id } role accepted shareBasisPoints } } }": types.OwnershipRespondToCoAuthorship2Document,
    "mutation OwnershipProposeAuthorshipSplit2($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { authorshipProposal { shares { user { id } basisPoints } approvedBy { id } } } }": types.OwnershipProposeAuthorshipSplit2Document,
    "mutation OwnershipApproveAuthorshipSplit2($i: ID!) { approveAuthorshipSplit(ideaId: $i) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }": types.OwnershipApproveAuthorshipSplit2Document,
    "mutation OwnershipRevokeCoAuthorInvitation($i: ID!, $u: ID!) { revokeCoAuthorInvitation(ideaId: $i, userId: $u) { id } }": types.OwnershipRevokeCoAuthorInvitationDocument,
    "query StatementWhileComputed($c: ID!) { ownershipStatement(challengeId: $c, first: 5) { ledgerHead { seq } participantCount } }": types.StatementWhileComputedDocument,
    "query TopWhileComputed($c: ID!, $from: DateTime!, $to: DateTime!) { challengeInsights(challengeId: $c, from: $from, to: $to) { topContributors(first: 5) { participantId } } }": types.TopWhileComputedDocument,
    "mutation AuthorPseudonymsSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }": types.AuthorPseudonymsSetPartnerVisibilityDocument,
    "query AuthorPseudonymsLedger($c: ID!, $after: String) {\n  contributionLedger(challengeId: $c, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq id kind party participant { id displayName } ideaId commentId points detail hash } } } }": types.AuthorPseudonymsLedgerDocument,
    "query AuthorPseudonymsStatement($c: ID!) {\n  ownershipStatement(challengeId: $c, first: 20) { participantCount edges { node { party participant { id displayName } points shareBasisPoints contributions { kind count } } } } }": types.AuthorPseudonymsStatementDocument,
    "query AuthorPseudonymsStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }": types.AuthorPseudonymsStatementExportDocument,
    "mutation AuthorPseudonymsMarkHelpful($c: ID!) { markCommentHelpful(commentId: $c) { id } }": types.AuthorPseudonymsMarkHelpfulDocument,
    "mutation AuthorPseudonymsInvite($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.AuthorPseudonymsInviteDocument,
    "mutation AuthorPseudonymsRespond($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": types.AuthorPseudonymsRespondDocument,
    "query AuthorPseudonymsMine($c: ID!) {\n  myAuthorPseudonym(challengeId: $c) { challengeId participantId pseudonym salt }\n  myVoterPseudonym(challengeId: $c) { pseudonym }\n  myContributions(challengeId: $c, first: 50) { kind party } }": types.AuthorPseudonymsMineDocument,
    "query AuthorPseudonymsVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }": types.AuthorPseudonymsVerifyDocument,
    "mutation AuthorPseudonymsErase($i: EraseAccountInput!) { eraseAccount(input: $i) { credit } }": types.AuthorPseudonymsEraseDocument,
    "mutation ConsentSurfacesSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }": types.ConsentSurfacesSetPartnerVisibilityDocument,
    "query ConsentSurfacesIdeaAuthor($id: ID!) { idea(id: $id) { author { id displayName } } }": types.ConsentSurfacesIdeaAuthorDocument,
    "query ConsentSurfacesIdeaAuthors($id: ID!) { idea(id: $id) { authors { user { id displayName } role accepted } } }": types.ConsentSurfacesIdeaAuthorsDocument,
    "mutation ConsentSurfacesInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.ConsentSurfacesInviteCoAuthorDocument,
    "mutation ConsentSurfacesRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": types.ConsentSurfacesRespondToCoAuthorshipDocument,
    "query ConsentSurfacesNotifications { notifications(first: 20) { edges { node { kind actor { id displayName } } } } }": types.ConsentSurfacesNotificationsDocument,
    "query ConsentSurfacesChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 100) { type data } }": types.ConsentSurfacesChallengeEventsDocument,
    "query ConsentSurfacesOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } } } } }": types.ConsentSurfacesOwnershipStatementDocument,
    "query ConsentSurfacesStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }": types.ConsentSurfacesStatementExportDocument,
    "query ConsentSurfacesLedger($c: ID!) { contributionLedger(challengeId: $c, first: 100) { edges { node { party kind participant { id displayName } } } } }": types.ConsentSurfacesLedgerDocument,
    "query ConsentIdea($id: ID!) { idea(id: $id) { id author { id displayName } comments(first: 10) { edges { node { id author { id displayName } } } } } }": types.ConsentIdeaDocument,
    "query ConsentParticipant($id: ID!) { participant(id: $id) { id displayName } }": types.ConsentParticipantDocument,
    "mutation ConsentSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility version updatedAt } }": types.ConsentSetPartnerVisibilityDocument,
    "query ConsentFeed($c: ID!, $o: IdeaOrder) { ideas(challengeId: $c, orderBy: $o, first: 100) { edges { node { id author { id displayName } } } } }": types.ConsentFeedDocument,
    "query ConsentFeedIds($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }": types.ConsentFeedIdsDocument,
    "query ConsentHistory { consentHistory(first: 10) { edges { node { subject choice version recordedAt } } } }": types.ConsentHistoryDocument,
    "query ConsentPrivacySettings { privacySettings { partnerVisibility version } }": types.ConsentPrivacySettingsDocument,
    "mutation ConsentSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }": types.ConsentSetNotificationPreferenceDocument,
    "mutation ConsentRequestDataExport { requestDataExport { id } }": types.ConsentRequestDataExportDocument,
    "query ConsentWhoLooked($days: Int) { whoLooked(days: $days) { day kind count organization { id name } } }": types.ConsentWhoLookedDocument,
    "query ConsentLicenceAcceptances { licenceAcceptances(first: 10) { edges { node { licence acceptedAt challenge { id title } } } } }": types.ConsentLicenceAcceptancesDocument,
    "mutation DataExportLimitsRequest { requestDataExport { id } }": types.DataExportLimitsRequestDocument,
    "query DataExportLimitsList { dataExports { id } }": types.DataExportLimitsListDocument,
    "mutation DataExportRequest { requestDataExport { id state progress } }": types.DataExportRequestDocument,
    "query DataExportOne($id: ID!) { dataExport(id: $id) { id state progress itemsDone itemsTotal finishedAt expiresAt sizeBytes } }": types.DataExportOneDocument,
    "mutation DataExportIssueDownload($id: ID!, $password: String!) { issueDataExportDownload(exportId: $id, password: $password) { url expiresAt } }": types.DataExportIssueDownloadDocument,
    "query DataExportList { dataExports { id } }": types.DataExportListDocument,
    "mutation DataExportReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": types.DataExportReviseIdeaDocument,
    "mutation DataExportReport($i: ReportInput!) { report(input: $i) { __typename } }": types.DataExportReportDocument,
    "mutation DataExportSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }": types.DataExportSetPartnerVisibilityDocument,
    "mutation DataExportSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }": types.DataExportSetNotificationPreferenceDocument,
    "mutation ErasureEraseAccount($i: EraseAccountInput!) { eraseAccount(input: $i) { erasedAt pseudonym contentRemoved credit } }": types.ErasureEraseAccountDocument,
    "mutation ErasureLogin($input: LoginInput!) { login(input: $input) { accessToken } }": types.ErasureLoginDocument,
    "query ErasureOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } points shareBasisPoints } } } }": types.ErasureOwnershipStatementDocument,
    "mutation ErasureReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": types.ErasureReviseIdeaDocument,
    "mutation ErasureReport($i: ReportInput!) { report(input: $i) { targetId } }": types.ErasureReportDocument,
    "query ErasureMe { me { id } }": types.ErasureMeDocument,
    "query ErasureIdea($i: ID!) { idea(id: $i) { title author { displayName } } }": types.ErasureIdeaDocument,
    "query ErasureIdeaEmail($i: ID!) { idea(id: $i) { title author { displayName email } } }": types.ErasureIdeaEmailDocument,
    "query VoteCorrelationLedger($c: ID!, $after: String) { contributionLedger(challengeId: $c, first: 100, after: $after) {\n  edges { node { seq id kind party participant { id } ideaId commentId points compensates detail occurredAt prevHash hash } }\n  pageInfo { hasNextPage endCursor } } }": types.VoteCorrelationLedgerDocument,
    "query VoteCorrelationStatement($c: ID!, $first: Int) { ownershipStatement(challengeId: $c, first: $first) { edges { node { party participant { id } shareBasisPoints } } } }": types.VoteCorrelationStatementDocument,
    "query VoteCorrelationStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }": types.VoteCorrelationStatementExportDocument,
    "query VoteCorrelationMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym participantId salt } }": types.VoteCorrelationMyVoterPseudonymDocument,
    "query ParticipantProfileParticipant5($id: ID!, $first: Int, $after: String) {\n  participant(id: $id) {\n    id displayName joinedAt\n    ideas(first: $first, after: $after) { edges { cursor node { id title author { id } } } pageInfo { hasNextPage endCursor } }\n    comments(first: $first) { edges { node { id body idea { id } } } pageInfo { hasNextPage endCursor } }\n    contributions(first: $first) { edges { node { challenge { id title } ideaCount commentCount lastContributedAt } } pageInfo { hasNextPage } }\n  }\n}": types.ParticipantProfileParticipant5Document,
    "mutation ParticipantProfileInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.ParticipantProfileInviteCoAuthorDocument,
    "mutation ParticipantProfileRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": types.ParticipantProfileRespondToCoAuthorshipDocument,
    "mutation ParticipantProfileDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }": types.ParticipantProfileDeleteCommentDocument,
    "mutation ParticipantProfileModerate($i: ModerateInput!) { moderate(input: $i) { action } }": types.ParticipantProfileModerateDocument,
    "query ParticipantProfileIdeas($c: ID!) { ideas(challengeId: $c, orderBy: NEW, first: 1) { pageInfo { endCursor } } }": types.ParticipantProfileIdeasDocument,
    "query ParticipantProfileParticipant2($id: ID!) { participant(id: $id) { ideas(first: 101) { edges { node { id } } } } }": types.ParticipantProfileParticipant2Document,
    "query ParticipantProfileParticipant3($id: ID!) { participant(id: $id) { ideas(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } } } } } }": types.ParticipantProfileParticipant3Document,
    "query ParticipantProfileParticipant6($id: ID!) { participant(id: $id) { contributions { edges { node { challenge { id } ownership { points shareBasisPoints rank participantCount ledgerHead { seq hash } } } } } } }": types.ParticipantProfileParticipant6Document,
    "query ParticipantProfileOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { ledgerHead { seq hash } participantCount edges { node { participant { id } points shareBasisPoints } } } }": types.ParticipantProfileOwnershipStatementDocument,
    "query ParticipantProfileParticipant4($id: ID!) { participant(id: $id) { contributions(first: 100) { edges { node { ownership { rank } } } } } }": types.ParticipantProfileParticipant4Document,
    "mutation BoundedLogin($i: LoginInput!) { login(input: $i) { accessToken user { id } } }": types.BoundedLoginDocument,
    "mutation BoundedReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }": types.BoundedReviseIdeaDocument,
    "mutation BoundedInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.BoundedInviteCoAuthorDocument,
    "mutation BoundedRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }": types.BoundedRespondToCoAuthorshipDocument,
    "mutation BoundedProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }": types.BoundedProposeAuthorshipSplitDocument,
    "mutation BoundedDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }": types.BoundedDecideIdeaDocument,
    "mutation BoundedModerate($i: ModerateInput!) { moderate(input: $i) { id } }": types.BoundedModerateDocument,
    "mutation BoundedReport($i: ReportInput!) { report(input: $i) { __typename } }": types.BoundedReportDocument,
    "mutation RealtimeReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }": types.RealtimeReviseIdeaDocument,
    "mutation RealtimeEditComment($i: EditCommentInput!) { editComment(input: $i) { id } }": types.RealtimeEditCommentDocument,
    "mutation RealtimeDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": types.RealtimeDeleteCommentDocument,
    "query RealtimeChallengeEvents($c: ID!, $after: Int!) { challengeEvents(challengeId: $c, afterSequence: $after) { id type sequence data } }": types.RealtimeChallengeEventsDocument,
    "query RealtimeEventSequence($c: ID!) { challenge(id: $c) { eventSequence } ideas(challengeId: $c, first: 1) { eventSequence } }": types.RealtimeEventSequenceDocument,
    "query RealtimeThreadSequence($i: ID!, $c: ID!) { idea(id: $i) { comments(first: 5) { eventSequence } } ideas(challengeId: $c, first: 3) { edges { node { comments(first: 2) { eventSequence } } } } }": types.RealtimeThreadSequenceDocument,
    "query RedisOutageChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }": types.RedisOutageChallengeEventsDocument,
    "query RelayCrashChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }": types.RelayCrashChallengeEventsDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents2($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence data } }": types.Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents2Document,
    "mutation Api3BrokenObjectPropertyLevelAuthorizationInviteOrganizationMember2($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status createdAt } }": types.Api3BrokenObjectPropertyLevelAuthorizationInviteOrganizationMember2Document,
    "mutation Api3BrokenObjectPropertyLevelAuthorizationUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }": types.Api3BrokenObjectPropertyLevelAuthorizationUpdateChallengeDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 1) { type } }": types.Api3BrokenObjectPropertyLevelAuthorizationChallengeEventsDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationOrganization($id: ID!) { organization(id: $id) { members { user { id } } pendingInvitations { email } } }": types.Api3BrokenObjectPropertyLevelAuthorizationOrganizationDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationOrganization2($id: ID!) { organization(id: $id) { pendingInvitations { email } } }": types.Api3BrokenObjectPropertyLevelAuthorizationOrganization2Document,
    "query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations { myOrganizationInvitations { id organization { id } } }": types.Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitationsDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations2 { myOrganizationInvitations { id } }": types.Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations2Document,
    "mutation Api3BrokenObjectPropertyLevelAuthorizationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.Api3BrokenObjectPropertyLevelAuthorizationInviteCoAuthorDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationIdea($id: ID!) { idea(id: $id) { authors { user { id } accepted } } }": types.Api3BrokenObjectPropertyLevelAuthorizationIdeaDocument,
    "query Api3BrokenObjectPropertyLevelAuthorizationIdeas($c: ID!) { ideas(challengeId: $c) { edges { node { authors { user { id } } } } } }": types.Api3BrokenObjectPropertyLevelAuthorizationIdeasDocument,
    "mutation Api4ReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }": types.Api4ReviseIdeaDocument,
    "query Api4RevisionsBefore($id: ID!) { idea(id: $id) { revisions(first: 3, before: 3) { revision } } }": types.Api4RevisionsBeforeDocument,
    "query Api4LatestRevision($id: ID!) { idea(id: $id) { revision revisions(first: 1) { revision } } }": types.Api4LatestRevisionDocument,
    "query Api4LightEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 500) { sequence type } }": types.Api4LightEventsDocument,
    "mutation Api5CreateChallenge($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }": types.Api5CreateChallengeDocument,
    "mutation Api5UpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }": types.Api5UpdateChallengeDocument,
    "mutation Api5SetChallengePhase($c: ID!) { setChallengePhase(challengeId: $c, phase: CLOSED) { id } }": types.Api5SetChallengePhaseDocument,
    "mutation Api5SetOwnershipPolicy($c: ID!) { setOwnershipPolicy(challengeId: $c, policy: { weights: { VOTE_CAST: 100 } }) { licence } }": types.Api5SetOwnershipPolicyDocument,
    "mutation Api5DecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id } }": types.Api5DecideIdeaDocument,
    "mutation Api5MarkCommentHelpful($id: ID!) { markCommentHelpful(commentId: $id) { id } }": types.Api5MarkCommentHelpfulDocument,
    "mutation Api5InviteMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }": types.Api5InviteMemberDocument,
    "mutation Api5WithdrawInvitation($id: ID!) { withdrawOrganizationInvitation(invitationId: $id) }": types.Api5WithdrawInvitationDocument,
    "mutation Api5SetMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role } }": types.Api5SetMemberRoleDocument,
    "mutation Api5RemoveMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }": types.Api5RemoveMemberDocument,
    "mutation Api5ReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { id } }": types.Api5ReopenChallengeDocument,
    "query Api5PendingInvitations($id: ID!) { organization(id: $id) { pendingInvitations { email } } }": types.Api5PendingInvitationsDocument,
    "mutation Api5BrokenFunctionLevelAuthorizationInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }": types.Api5BrokenFunctionLevelAuthorizationInviteOrganizationMemberDocument,
    "mutation Api5BrokenFunctionLevelAuthorizationRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }": types.Api5BrokenFunctionLevelAuthorizationRespondToOrganizationInvitationDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { phase closesAt } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsUpdateChallengeDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { phase closesAt } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsReopenChallengeDocument,
    "query Api6UnrestrictedAccessToSensitiveBusinessFlowsChallenge($id: ID!) { challenge(id: $id) { phase } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsChallengeDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteOrganizationMemberDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToOrganizationInvitationDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsSetChallengePhaseDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteCoAuthorDocument,
    "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id upvotes score } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToCoAuthorshipDocument,
    "query Api6UnrestrictedAccessToSensitiveBusinessFlowsIdea($id: ID!) { idea(id: $id) { upvotes score viewerVote } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsIdeaDocument,
    "query Api6UnrestrictedAccessToSensitiveBusinessFlowsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points shareBasisPoints } } } }": types.Api6UnrestrictedAccessToSensitiveBusinessFlowsOwnershipStatementDocument,
    "query Api8Challenges($a: String) { challenges(after: $a) { edges { cursor } } }": types.Api8ChallengesDocument,
    "query Api8Ideas($c: ID!, $o: IdeaOrder, $a: String) { ideas(challengeId: $c, orderBy: $o, after: $a) { edges { cursor } } }": types.Api8IdeasDocument,
    "query Api8Search($c: ID!, $a: String) { ideas(challengeId: $c, search: \"solar\", after: $a) { edges { cursor } } }": types.Api8SearchDocument,
    "query Api8Comments($i: ID!, $a: String) { idea(id: $i) { comments(after: $a) { edges { cursor } } } }": types.Api8CommentsDocument,
    "query Api8Replies($i: ID!, $a: String) { idea(id: $i) { comments { edges { node { replies(after: $a) { edges { cursor } } } } } } }": types.Api8RepliesDocument,
    "query Api8Ledger($c: ID!, $a: String) { contributionLedger(challengeId: $c, after: $a) { edges { cursor } } }": types.Api8LedgerDocument,
    "query Api8Statement($c: ID!, $a: String) { ownershipStatement(challengeId: $c, after: $a) { edges { cursor } } }": types.Api8StatementDocument,
    "query SentimentIdea($id: ID!) { idea(id: $id) { id sentiment { label score language labelledAt } comments(first: 10) { edges { node { id body sentiment { label score } } } } } }": types.SentimentIdeaDocument,
    "mutation SentimentReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }": types.SentimentReviseIdeaDocument,
    "mutation SentimentEditComment($input: EditCommentInput!) { editComment(input: $input) { id } }": types.SentimentEditCommentDocument,
    "mutation SentimentDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": types.SentimentDeleteCommentDocument,
    "mutation Register($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName } } }": types.RegisterDocument,
    "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }": types.CreateOrganizationDocument,
    "mutation InviteMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id } }": types.InviteMemberDocument,
    "query MyInvitations { myOrganizationInvitations { id organization { id } } }": types.MyInvitationsDocument,
    "mutation AcceptInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }": types.AcceptInvitationDocument,
    "mutation CreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id phase } }": types.CreateChallengeDocument,
    "mutation SetPhase($id: ID!, $phase: ChallengePhase!) { setChallengePhase(challengeId: $id, phase: $phase) { phase } }": types.SetPhaseDocument,
    "mutation ProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }": types.ProposeIdeaDocument,
    "mutation CastVote($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id score upvotes downvotes viewerVote } }": types.CastVoteDocument,
    "mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id body parentId deleted } }": types.AddCommentDocument,
    "query DeliveryCatchUp($c: ID!, $a: Int!) { challengeEvents(challengeId: $c, afterSequence: $a, first: 100) { id type challengeId sequence occurredAt data } }": types.DeliveryCatchUpDocument,
    "mutation Report($i: ReportInput!) { report(input: $i) { targetId reason } }": types.ReportDocument,
    "query AccountPrivacyParticipant($id: ID!) { participant(id: $id) { id } }": types.AccountPrivacyParticipantDocument,
    "query AccountPrivacyIdeaAuthor($id: ID!) { idea(id: $id) { author { displayName } } }": types.AccountPrivacyIdeaAuthorDocument,
    "query AccountPrivacyNotificationPreferences { notificationPreferences { kind enabled } }": types.AccountPrivacyNotificationPreferencesDocument,
    "mutation ControlRoomModerationReport($i: ReportInput!) { report(input: $i) { targetId } }": types.ControlRoomModerationReportDocument,
    "mutation ControlRoomModerationSuspend($i: SuspendInput!) { suspendParticipant(input: $i) { action } }": types.ControlRoomModerationSuspendDocument,
    "query ControlRoomModerationQueueCounts($o: ID!) { moderationQueue(organizationId: $o) { counts { REPORTED } } }": types.ControlRoomModerationQueueCountsDocument,
    "mutation ScreenshotsReport($i: ReportInput!) { report(input: $i) { targetId } }": types.ScreenshotsReportDocument,
    "mutation TeamPageReport($i: ReportInput!) { report(input: $i) { targetId } }": types.TeamPageReportDocument,
    "mutation TeamPaintReport($i: ReportInput!) { report(input: $i) { targetId } }": types.TeamPaintReportDocument,
    "mutation WritePathDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }": types.WritePathDeleteCommentDocument,
    "query WritePathIdea($id: ID!) { idea(id: $id) { upvotes downvotes score } }": types.WritePathIdeaDocument,
    "query WritePathFeedPage($c: ID!, $n: Int) { ideas(challengeId: $c, orderBy: HOT, first: $n) { edges { node {\n      id title score upvotes downvotes viewerVote commentCount author { displayName } buildsOn { id } comments(first: 3) { edges { node { id } } }\n      authors { user { displayName } shareBasisPoints } challenge { ownershipPolicy { licence } } } } } }": types.WritePathFeedPageDocument,
    "query WritePathSharedFeed($c: ID!) { ideas(challengeId: $c, orderBy: HOT, first: 20) { edges { node {\n    id score upvotes downvotes viewerVote commentCount status author { displayName } } } } }": types.WritePathSharedFeedDocument,
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
export function graphql(source: "mutation CoCreationCreateOrganization { createOrganization(input: {name: \"Other\", slug: \"pollen-motors\"}) { id } }"): (typeof documents)["mutation CoCreationCreateOrganization { createOrganization(input: {name: \"Other\", slug: \"pollen-motors\"}) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationCreateOrganization2 { createOrganization(input: {name: \"Other\", slug: \"-Bad Slug\"}) { id } }"): (typeof documents)["mutation CoCreationCreateOrganization2 { createOrganization(input: {name: \"Other\", slug: \"-Bad Slug\"}) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationCreateOrganization3 { createOrganization(input: {name: \"Other\", slug: \"other\"}) { id } }"): (typeof documents)["mutation CoCreationCreateOrganization3 { createOrganization(input: {name: \"Other\", slug: \"other\"}) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationInviteOrganizationMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status } }"): (typeof documents)["mutation CoCreationInviteOrganizationMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationOrganization($id: ID!) { organization(id: $id) { members { role user { id } } } }"): (typeof documents)["query CoCreationOrganization($id: ID!) { organization(id: $id) { members { role user { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationMyOrganizationInvitations { myOrganizationInvitations { id role organization { id name } invitedBy { displayName } } }"): (typeof documents)["query CoCreationMyOrganizationInvitations { myOrganizationInvitations { id role organization { id name } invitedBy { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationRespondToOrganizationInvitation($id: ID!, $accept: Boolean!) { respondToOrganizationInvitation(invitationId: $id, accept: $accept) { status } }"): (typeof documents)["mutation CoCreationRespondToOrganizationInvitation($id: ID!, $accept: Boolean!) { respondToOrganizationInvitation(invitationId: $id, accept: $accept) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationOrganization2($id: ID!) { organization(id: $id) { name viewerRole members { role } } }"): (typeof documents)["query CoCreationOrganization2($id: ID!) { organization(id: $id) { name viewerRole members { role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationChallenge($id: ID!) { challenge(id: $id) { title phase organization { slug } } }"): (typeof documents)["query CoCreationChallenge($id: ID!) { challenge(id: $id) { title phase organization { slug } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationChallenges { challenges(first: 100) { edges { node { id } } } }"): (typeof documents)["query CoCreationChallenges { challenges(first: 100) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): (typeof documents)["mutation CoCreationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationUpdateChallenge($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title language } }"): (typeof documents)["mutation CoCreationUpdateChallenge($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title language } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationUpdateChallenge2($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title } }"): (typeof documents)["mutation CoCreationUpdateChallenge2($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }"): (typeof documents)["mutation CoCreationSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationUpdateChallenge3($input: UpdateChallengeInput!) { updateChallenge(input: $input) { language } }"): (typeof documents)["mutation CoCreationUpdateChallenge3($input: UpdateChallengeInput!) { updateChallenge(input: $input) { language } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationSetChallengePhase2($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }"): (typeof documents)["mutation CoCreationSetChallengePhase2($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationCreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }"): (typeof documents)["mutation CoCreationCreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationChallenges2 { challenges(first: 2, phase: IDEATION) { edges { cursor node { id phase } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query CoCreationChallenges2 { challenges(first: 2, phase: IDEATION) { edges { cursor node { id phase } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationChallenges3($after: String) { challenges(first: 2, phase: IDEATION, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }"): (typeof documents)["query CoCreationChallenges3($after: String) { challenges(first: 2, phase: IDEATION, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationChallenges4 { challenges(first: 101) { edges { cursor } } }"): (typeof documents)["query CoCreationChallenges4 { challenges(first: 101) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationChallenges5 { challenges(after: \"bm9wZQ\") { edges { cursor } } }"): (typeof documents)["query CoCreationChallenges5 { challenges(after: \"bm9wZQ\") { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationIdea($id: ID!) { idea(id: $id) { title tags author { id } buildsOn { id } builtUponBy { id } revisions { revision } } }"): (typeof documents)["query CoCreationIdea($id: ID!) { idea(id: $id) { title tags author { id } buildsOn { id } builtUponBy { id } revisions { revision } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationIdea2($id: ID!) { idea(id: $id) { buildsOn { id } } }"): (typeof documents)["query CoCreationIdea2($id: ID!) { idea(id: $id) { buildsOn { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationProposeIdea2($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): (typeof documents)["mutation CoCreationProposeIdea2($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { title revision revisions { revision title } } }"): (typeof documents)["mutation CoCreationReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { title revision revisions { revision title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationIdeas($c: ID!, $o: IdeaOrder, $after: String) { ideas(challengeId: $c, orderBy: $o, first: 2, after: $after) { edges { node { id score } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query CoCreationIdeas($c: ID!, $o: IdeaOrder, $after: String) { ideas(challengeId: $c, orderBy: $o, first: 2, after: $after) { edges { node { id score } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationIdeas2($c: ID!, $q: String) { ideas(challengeId: $c, search: $q) { edges { node { id } } } }"): (typeof documents)["query CoCreationIdeas2($c: ID!, $q: String) { ideas(challengeId: $c, search: $q) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationSimilarIdeas($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }"): (typeof documents)["query CoCreationSimilarIdeas($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationSimilarIdeas2($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }"): (typeof documents)["query CoCreationSimilarIdeas2($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationCastVote($id: ID!) { castVote(ideaId: $id, value: UP) { id } }"): (typeof documents)["mutation CoCreationCastVote($id: ID!) { castVote(ideaId: $id, value: UP) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationEditComment($input: EditCommentInput!) { editComment(input: $input) { body editedAt } }"): (typeof documents)["mutation CoCreationEditComment($input: EditCommentInput!) { editComment(input: $input) { body editedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoCreationDeleteComment($id: ID!) { deleteComment(commentId: $id) { body deleted author { id } } }"): (typeof documents)["mutation CoCreationDeleteComment($id: ID!) { deleteComment(commentId: $id) { body deleted author { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationIdea3($id: ID!) { idea(id: $id) { commentCount comments(first: 10) { edges { node { id deleted body replies { edges { node { body author { id } } } } } } } } }"): (typeof documents)["query CoCreationIdea3($id: ID!) { idea(id: $id) { commentCount comments(first: 10) { edges { node { id deleted body replies { edges { node { body author { id } } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoCreationIdeaComments($id: ID!, $after: String) { idea(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CoCreationIdeaComments($id: ID!, $after: String) { idea(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhaseRulesPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): (typeof documents)["mutation PhaseRulesPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhaseRulesRevise($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }"): (typeof documents)["mutation PhaseRulesRevise($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhaseRulesChallenge($id: ID!) { challenge(id: $id) { phase } }"): (typeof documents)["query PhaseRulesChallenge($id: ID!) { challenge(id: $id) { phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosedFolderLogin($i: LoginInput!) { login(input: $i) { accessToken } }"): (typeof documents)["mutation ClosedFolderLogin($i: LoginInput!) { login(input: $i) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosedFolderChallenges { challenges { edges { node { title } } } }"): (typeof documents)["query ClosedFolderChallenges { challenges { edges { node { title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnerKilledRegister($i: RegisterInput!) { register(input: $i) { user { id } } }"): (typeof documents)["mutation OwnerKilledRegister($i: RegisterInput!) { register(input: $i) { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedLogin($i: LoginInput!) { login(input: $i) { accessToken } }"): (typeof documents)["mutation SeedLogin($i: LoginInput!) { login(input: $i) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedModerationQueue($o: ID!) { moderationQueue(organizationId: $o, first: 5) { counts { REPORTED HELD } edges { node { state } } } }"): (typeof documents)["query SeedModerationQueue($o: ID!) { moderationQueue(organizationId: $o, first: 5) { counts { REPORTED HELD } edges { node { state } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedIdeas($c: ID!) { ideas(challengeId: $c, orderBy: TOP, first: 3) { edges { node { score upvotes commentCount author { displayName } } } } }"): (typeof documents)["query SeedIdeas($c: ID!) { ideas(challengeId: $c, orderBy: TOP, first: 3) { edges { node { score upvotes commentCount author { displayName } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedIdeas2($c: ID!) { ideas(challengeId: $c, search: \"bateria\", first: 5) { edges { node { title } } } }"): (typeof documents)["query SeedIdeas2($c: ID!) { ideas(challengeId: $c, search: \"bateria\", first: 5) { edges { node { title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedLogin2($i: LoginInput!) { login(input: $i) { accessToken } }"): (typeof documents)["mutation SeedLogin2($i: LoginInput!) { login(input: $i) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }"): (typeof documents)["query SeedLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 3) { participantCount edges { node { shareBasisPoints } } } }"): (typeof documents)["query SeedOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 3) { participantCount edges { node { shareBasisPoints } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PostgresRestartRegister($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }"): (typeof documents)["mutation PostgresRestartRegister($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRegister($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName email } } }"): (typeof documents)["mutation AuthRegister($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }"): (typeof documents)["mutation AuthLogin($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }"): (typeof documents)["mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { id email } }"): (typeof documents)["query AuthMe { me { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe2 { me { id } }"): (typeof documents)["query AuthMe2 { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe3 { me { id } }"): (typeof documents)["query AuthMe3 { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthIdea($id: ID!) { idea(id: $id) { author { id email } } }"): (typeof documents)["query AuthIdea($id: ID!) { idea(id: $id) { author { id email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout { logout }"): (typeof documents)["mutation AuthLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout2 { logout }"): (typeof documents)["mutation AuthLogout2 { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CookieSessionLogin($input: LoginInput!, $in: RefreshTokenTransport) {\n  login(input: $input, refreshTokenIn: $in) { accessToken accessTokenExpiresAt refreshToken user { id } } }"): (typeof documents)["mutation CookieSessionLogin($input: LoginInput!, $in: RefreshTokenTransport) {\n  login(input: $input, refreshTokenIn: $in) { accessToken accessTokenExpiresAt refreshToken user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CookieSessionRegister($input: RegisterInput!, $in: RefreshTokenTransport) {\n  register(input: $input, refreshTokenIn: $in) { accessToken refreshToken user { id displayName } } }"): (typeof documents)["mutation CookieSessionRegister($input: RegisterInput!, $in: RefreshTokenTransport) {\n  register(input: $input, refreshTokenIn: $in) { accessToken refreshToken user { id displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CookieSessionMe { me { id } }"): (typeof documents)["query CookieSessionMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CookieSessionLogout { logout }"): (typeof documents)["mutation CookieSessionLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize, $first: Int) {\n  challengeInsights(challengeId: $c, from: $from, to: $to, bucket: $bucket) {\n    from to bucket participantBuckets sentimentTrend\n    sentiment { positive neutral negative }\n    moderation { reports holds actions }\n    buckets { start participants newIdeas votes comments netSentiment sentiment { positive neutral negative } moderation { reports holds actions } }\n    mostDiscussed(first: $first) { ideaId comments upvotes downvotes idea { id title } }\n    mostDivisive(first: $first) { ideaId upvotes downvotes }\n    topContributors(first: $first) { participantId points shareBp participant { id displayName } }\n  }\n}"): (typeof documents)["query InsightsChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize, $first: Int) {\n  challengeInsights(challengeId: $c, from: $from, to: $to, bucket: $bucket) {\n    from to bucket participantBuckets sentimentTrend\n    sentiment { positive neutral negative }\n    moderation { reports holds actions }\n    buckets { start participants newIdeas votes comments netSentiment sentiment { positive neutral negative } moderation { reports holds actions } }\n    mostDiscussed(first: $first) { ideaId comments upvotes downvotes idea { id title } }\n    mostDivisive(first: $first) { ideaId upvotes downvotes }\n    topContributors(first: $first) { participantId points shareBp participant { id displayName } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: VOTING) { phase } }"): (typeof documents)["mutation InsightsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: VOTING) { phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InsightsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 2) { edges { node { party participant { id } points shareBasisPoints } } } }"): (typeof documents)["query InsightsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 2) { edges { node { party participant { id } points shareBasisPoints } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsightsDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"): (typeof documents)["mutation InsightsDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StanceChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!) {\n  challengeInsights(challengeId: $c, from: $from, to: $to) { stance { for neutral against } buckets { start stance { for neutral against } } }\n}"): (typeof documents)["query StanceChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!) {\n  challengeInsights(challengeId: $c, from: $from, to: $to) { stance { for neutral against } buckets { start stance { for neutral against } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StanceAddComment($i: AddCommentInput!) { addComment(input: $i) { id stance } }"): (typeof documents)["mutation StanceAddComment($i: AddCommentInput!) { addComment(input: $i) { id stance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StanceEditComment($i: EditCommentInput!) { editComment(input: $i) { stance } }"): (typeof documents)["mutation StanceEditComment($i: EditCommentInput!) { editComment(input: $i) { stance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StanceEditComment2($i: EditCommentInput!) { editComment(input: $i) { stance } }"): (typeof documents)["mutation StanceEditComment2($i: EditCommentInput!) { editComment(input: $i) { stance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StanceDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"): (typeof documents)["mutation StanceDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorReanchoringStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party points shareBasisPoints } } } }"): (typeof documents)["query AuthorReanchoringStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party points shareBasisPoints } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorReanchoringVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }"): (typeof documents)["query AuthorReanchoringVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerBackfillLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }"): (typeof documents)["query LedgerBackfillLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerBackfillOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { edges { node { party participant { id } points } } } }"): (typeof documents)["query LedgerBackfillOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { edges { node { party participant { id } points } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerConcurrencyLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"): (typeof documents)["query LedgerConcurrencyLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerConcurrencyDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"): (typeof documents)["mutation LedgerConcurrencyDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerConcurrencyOwnershipStatement($c: ID!, $p: String) { ownershipStatement(challengeId: $c, pool: $p) { ledgerHead { seq } participantCount edges { node { payout } } } }"): (typeof documents)["query LedgerConcurrencyOwnershipStatement($c: ID!, $p: String) { ownershipStatement(challengeId: $c, pool: $p) { ledgerHead { seq } participantCount edges { node { payout } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiMyOrganizations { myOrganizations { id viewerRole } }"): (typeof documents)["query ControlRoomApiMyOrganizations { myOrganizations { id viewerRole } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiMyOrganizations2 { myOrganizations { id } }"): (typeof documents)["query ControlRoomApiMyOrganizations2 { myOrganizations { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiMyOrganizations3 { myOrganizations { id } }"): (typeof documents)["query ControlRoomApiMyOrganizations3 { myOrganizations { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiChallenges($o: ID!) { challenges(organizationId: $o) { edges { node { id } } } }"): (typeof documents)["query ControlRoomApiChallenges($o: ID!) { challenges(organizationId: $o) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiChallenges2 { challenges(organizationId: \"nope\") { edges { node { id } } } }"): (typeof documents)["query ControlRoomApiChallenges2 { challenges(organizationId: \"nope\") { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiReviewBoard($c: ID!) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query ControlRoomApiReviewBoard($c: ID!) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiReviewBoard2($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }"): (typeof documents)["query ControlRoomApiReviewBoard2($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiReviewBoard3($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: SCORE, after: $a) { edges { node { id } } } }"): (typeof documents)["query ControlRoomApiReviewBoard3($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: SCORE, after: $a) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlRoomApiDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"): (typeof documents)["mutation ControlRoomApiDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlRoomApiModerate($i: ModerateInput!) { moderate(input: $i) { id } }"): (typeof documents)["mutation ControlRoomApiModerate($i: ModerateInput!) { moderate(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomApiModerationLog($o: ID!, $s: String, $a: ModerationActionKind) { moderationLog(organizationId: $o, search: $s, action: $a) { edges { node { action reason targetId } } } }"): (typeof documents)["query ControlRoomApiModerationLog($o: ID!, $s: String, $a: ModerationActionKind) { moderationLog(organizationId: $o, search: $s, action: $a) { edges { node { action reason targetId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HeldThreadCountsModerate($i: ModerateInput!) { moderate(input: $i) { id action } }"): (typeof documents)["mutation HeldThreadCountsModerate($i: ModerateInput!) { moderate(input: $i) { id action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeldThreadCountsThread($id: ID!) {\n  idea(id: $id) { commentCount comments(first: 20) { edges { node { id moderationState replyCount replies(first: 20) { edges { node { id replyCount } } } } } } }\n}"): (typeof documents)["query HeldThreadCountsThread($id: ID!) {\n  idea(id: $id) { commentCount comments(first: 20) { edges { node { id moderationState replyCount replies(first: 20) { edges { node { id replyCount } } } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HeldThreadCountsCount($id: ID!) { idea(id: $id) { commentCount } }"): (typeof documents)["query HeldThreadCountsCount($id: ID!) { idea(id: $id) { commentCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HeldThreadCountsDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"): (typeof documents)["mutation HeldThreadCountsDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HeldThreadCountsMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"): (typeof documents)["mutation HeldThreadCountsMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeSplitInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation MergeSplitInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeSplitRespond($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { id } }"): (typeof documents)["mutation MergeSplitRespond($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeSplitProposeSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }"): (typeof documents)["mutation MergeSplitProposeSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeSplitApproveSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }"): (typeof documents)["mutation MergeSplitApproveSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeSplitMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"): (typeof documents)["mutation MergeSplitMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeSplitUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }"): (typeof documents)["mutation MergeSplitUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MergeSplitIdea($id: ID!) { idea(id: $id) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }"): (typeof documents)["query MergeSplitIdea($id: ID!) { idea(id: $id) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationLedgerModerate($i: ModerateInput!) { moderate(input: $i) { id } }"): (typeof documents)["mutation ModerationLedgerModerate($i: ModerateInput!) { moderate(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationLedgerMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"): (typeof documents)["mutation ModerationLedgerMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationLedgerUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }"): (typeof documents)["mutation ModerationLedgerUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationLedgerLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"): (typeof documents)["query ModerationLedgerLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationPathsIdea2($id: ID!) { idea(id: $id) { commentCount comments { edges { node { id moderationState stance } } } } }"): (typeof documents)["query ModerationPathsIdea2($id: ID!) { idea(id: $id) { commentCount comments { edges { node { id moderationState stance } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationPathsModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 100) { edges { node { targetType targetId state reporterCount author { id } comment { id } idea { id } } } } }"): (typeof documents)["query ModerationPathsModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 100) { edges { node { targetType targetId state reporterCount author { id } comment { id } idea { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationPathsIdea($id: ID!) { idea(id: $id) { commentCount } }"): (typeof documents)["query ModerationPathsIdea($id: ID!) { idea(id: $id) { commentCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsModerate($i: ModerateInput!) { moderate(input: $i) { action } }"): (typeof documents)["mutation ModerationPathsModerate($i: ModerateInput!) { moderate(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsModerate2($i: ModerateInput!) { moderate(input: $i) { action targetType } }"): (typeof documents)["mutation ModerationPathsModerate2($i: ModerateInput!) { moderate(input: $i) { action targetType } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationPathsDuplicateCandidates($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId otherId similarity } }"): (typeof documents)["query ModerationPathsDuplicateCandidates($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId otherId similarity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationPathsDuplicateCandidates2($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId } }"): (typeof documents)["query ModerationPathsDuplicateCandidates2($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }"): (typeof documents)["mutation ModerationPathsSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsAddComment($i: AddCommentInput!) { addComment(input: $i) { id moderationState stance } }"): (typeof documents)["mutation ModerationPathsAddComment($i: AddCommentInput!) { addComment(input: $i) { id moderationState stance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsModerate3($i: ModerateInput!) { moderate(input: $i) { id } }"): (typeof documents)["mutation ModerationPathsModerate3($i: ModerateInput!) { moderate(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsSetChallengeModeration2($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }"): (typeof documents)["mutation ModerationPathsSetChallengeModeration2($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationPathsChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type data } }"): (typeof documents)["query ModerationPathsChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type data } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { id } }"): (typeof documents)["mutation ModerationPathsSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }"): (typeof documents)["mutation ModerationPathsProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsSuspendParticipant2($i: SuspendInput!) { suspendParticipant(input: $i) { id } }"): (typeof documents)["mutation ModerationPathsSuspendParticipant2($i: SuspendInput!) { suspendParticipant(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationPathsSuspendParticipant3($i: SuspendInput!) { suspendParticipant(input: $i) { id } }"): (typeof documents)["mutation ModerationPathsSuspendParticipant3($i: SuspendInput!) { suspendParticipant(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationModerate($i: ModerateInput!) { moderate(input: $i) { id action reason before after } }"): (typeof documents)["mutation ModerationModerate($i: ModerateInput!) { moderate(input: $i) { id action reason before after } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIdea4($id: ID!) { idea(id: $id) { id moderationState mergedIntoId upvotes downvotes commentCount authors { user { id } } } }"): (typeof documents)["query ModerationIdea4($id: ID!) { idea(id: $id) { id moderationState mergedIntoId upvotes downvotes commentCount authors { user { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"): (typeof documents)["query ModerationLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIdeas($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }"): (typeof documents)["query ModerationIdeas($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationSimilarIdeas($c: ID!) { similarIdeas(challengeId: $c, text: \"Modular battery swap\") { id } }"): (typeof documents)["query ModerationSimilarIdeas($c: ID!) { similarIdeas(challengeId: $c, text: \"Modular battery swap\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationModerationQueue($o: ID!) { moderationQueue(organizationId: $o) { counts { HELD REPORTED } edges { node { targetId state reporterCount standingReporters reasons { reason count } } } } }"): (typeof documents)["query ModerationModerationQueue($o: ID!) { moderationQueue(organizationId: $o) { counts { HELD REPORTED } edges { node { targetId state reporterCount standingReporters reasons { reason count } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationModerationQueue2($o: ID!) { moderationQueue(organizationId: $o) { edges { node { targetId sentiment { label score } } } } }"): (typeof documents)["query ModerationModerationQueue2($o: ID!) { moderationQueue(organizationId: $o) { edges { node { targetId sentiment { label score } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIdea($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }"): (typeof documents)["query ModerationIdea($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIdea2($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }"): (typeof documents)["query ModerationIdea2($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationModerationLog($o: ID!, $id: ID) { moderationLog(organizationId: $o, targetId: $id) { edges { node { action reason actor { id } } } } }"): (typeof documents)["query ModerationModerationLog($o: ID!, $id: ID) { moderationLog(organizationId: $o, targetId: $id) { edges { node { action reason actor { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationAddModerationRule($i: AddModerationRuleInput!) { addModerationRule(input: $i) { id } }"): (typeof documents)["mutation ModerationAddModerationRule($i: AddModerationRuleInput!) { addModerationRule(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }"): (typeof documents)["mutation ModerationProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationProposeIdea2($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id moderationState } }"): (typeof documents)["mutation ModerationProposeIdea2($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id moderationState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }"): (typeof documents)["mutation ModerationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }"): (typeof documents)["mutation ModerationSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action } }"): (typeof documents)["mutation ModerationReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationModerationQueue3($o: ID!) { moderationQueue(organizationId: $o) { edges { cursor } } }"): (typeof documents)["query ModerationModerationQueue3($o: ID!) { moderationQueue(organizationId: $o) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"): (typeof documents)["mutation ModerationMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationMergeIdeas2($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id action } }"): (typeof documents)["mutation ModerationMergeIdeas2($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationIdea3($id: ID!) { idea(id: $id) { comments { edges { node { id } } } } }"): (typeof documents)["query ModerationIdea3($id: ID!) { idea(id: $id) { comments { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points } } } }"): (typeof documents)["query ModerationOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { action } }"): (typeof documents)["mutation ModerationUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModerationUndoMerge2($i: UndoMergeInput!) { undoMerge(input: $i) { action } }"): (typeof documents)["mutation ModerationUndoMerge2($i: UndoMergeInput!) { undoMerge(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NegativeFlagModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 50) {\n  counts { FLAGGED REPORTED } edges { node { targetType targetId state sentiment { label score } } } } }"): (typeof documents)["query NegativeFlagModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 50) {\n  counts { FLAGGED REPORTED } edges { node { targetType targetId state sentiment { label score } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NegativeFlagModerationLog($o: ID!, $t: ID) { moderationLog(organizationId: $o, targetId: $t, first: 10) { edges { node { action actor { id } reason } } } }"): (typeof documents)["query NegativeFlagModerationLog($o: ID!, $t: ID) { moderationLog(organizationId: $o, targetId: $t, first: 10) { edges { node { action actor { id } reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NegativeFlagIdea($id: ID!) { idea(id: $id) { moderationState } }"): (typeof documents)["query NegativeFlagIdea($id: ID!) { idea(id: $id) { moderationState } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NegativeFlagReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"): (typeof documents)["mutation NegativeFlagReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NegativeFlagReviseIdea2($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"): (typeof documents)["mutation NegativeFlagReviseIdea2($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NegativeFlagModerate($i: ModerateInput!) { moderate(input: $i) { action } }"): (typeof documents)["mutation NegativeFlagModerate($i: ModerateInput!) { moderate(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }"): (typeof documents)["mutation SuspensionSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action after } }"): (typeof documents)["mutation SuspensionReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action after } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspensionModerate($i: ModerateInput!) { moderate(input: $i) { action } }"): (typeof documents)["mutation SuspensionModerate($i: ModerateInput!) { moderate(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges { cursor node {\n      id kind read readAt createdAt parentCommentId builtUponIdeaId decisionFrom decisionTo decisionReason accepted\n      actor { id displayName } challenge { id } idea { id title } comment { id body }\n    } }\n    pageInfo { hasNextPage endCursor }\n  }\n  unreadNotificationCount\n}"): (typeof documents)["query NotificationInbox($first: Int, $after: String, $unreadOnly: Boolean) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    edges { cursor node {\n      id kind read readAt createdAt parentCommentId builtUponIdeaId decisionFrom decisionTo decisionReason accepted\n      actor { id displayName } challenge { id } idea { id title } comment { id body }\n    } }\n    pageInfo { hasNextPage endCursor }\n  }\n  unreadNotificationCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationMarkRead($ids: [ID!], $upTo: ID) { markNotificationsRead(ids: $ids, upTo: $upTo) { marked unreadCount } }"): (typeof documents)["mutation NotificationMarkRead($ids: [ID!], $upTo: ID) { markNotificationsRead(ids: $ids, upTo: $upTo) { marked unreadCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationUnreadCount { unreadNotificationCount }"): (typeof documents)["query NotificationUnreadCount { unreadNotificationCount }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }"): (typeof documents)["mutation NotificationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationInboxIdea($id: ID!) { idea(id: $id) { comments { edges { node { id replies { edges { node { id moderationState } } } } } } } }"): (typeof documents)["query NotificationInboxIdea($id: ID!) { idea(id: $id) { comments { edges { node { id replies { edges { node { id moderationState } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation NotificationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationAcceptCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"): (typeof documents)["mutation NotificationAcceptCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"): (typeof documents)["mutation NotificationDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation NotificationInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationDeclineCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: false) { id } }"): (typeof documents)["mutation NotificationDeclineCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: false) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationInboxChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type } }"): (typeof documents)["query NotificationInboxChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationInboxNotifications { notifications(first: 100) { edges { node { idea { comments(first: 100) { edges { node { id } } } } } } } }"): (typeof documents)["query NotificationInboxNotifications { notifications(first: 100) { edges { node { idea { comments(first: 100) { edges { node { id } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BackupRestoreIdeas($c: ID!) { ideas(challengeId: $c, first: 10) { edges { node { id upvotes downvotes commentCount } } } }"): (typeof documents)["query BackupRestoreIdeas($c: ID!) { ideas(challengeId: $c, first: 10) { edges { node { id upvotes downvotes commentCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BackupRestoreRegister($i: RegisterInput!) { register(input: $i) { user { id } } }"): (typeof documents)["mutation BackupRestoreRegister($i: RegisterInput!) { register(input: $i) { user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MetricsHealthProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }"): (typeof documents)["mutation MetricsHealthProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MetricsHealthLogin($i: LoginInput!) { login(input: $i) { accessToken } }"): (typeof documents)["mutation MetricsHealthLogin($i: LoginInput!) { login(input: $i) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformChallenges { challenges { edges { cursor } } }"): (typeof documents)["query PlatformChallenges { challenges { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformIntrospection { __schema { types { name } } }"): (typeof documents)["query PlatformIntrospection { __schema { types { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamRolesSetOrganizationMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role user { id } } }"): (typeof documents)["mutation TeamRolesSetOrganizationMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamRolesRemoveOrganizationMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }"): (typeof documents)["mutation TeamRolesRemoveOrganizationMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamRolesOrganization($id: ID!) { organization(id: $id) { viewerRole members { role user { id } } } }"): (typeof documents)["query TeamRolesOrganization($id: ID!) { organization(id: $id) { viewerRole members { role user { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipSetOwnershipPolicy($c: ID!, $p: OwnershipPolicyInput!) { setOwnershipPolicy(challengeId: $c, policy: $p) { weights { VOTE_CAST IDEA_ADOPTED } lineageDecay lineageGenerations licence frozen } }"): (typeof documents)["mutation OwnershipSetOwnershipPolicy($c: ID!, $p: OwnershipPolicyInput!) { setOwnershipPolicy(challengeId: $c, policy: $p) { weights { VOTE_CAST IDEA_ADOPTED } lineageDecay lineageGenerations licence frozen } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipOwnershipStatement($c: ID!, $pool: String) { ownershipStatement(challengeId: $c, pool: $pool, first: 10) {\n  ledgerHead { seq hash } licence pool totalPoints participantCount policy { frozen lineageDecay }\n  edges { node { party participant { id } points shareBasisPoints payout contributions { kind count points } } } } }"): (typeof documents)["query OwnershipOwnershipStatement($c: ID!, $pool: String) { ownershipStatement(challengeId: $c, pool: $pool, first: 10) {\n  ledgerHead { seq hash } licence pool totalPoints participantCount policy { frozen lineageDecay }\n  edges { node { party participant { id } points shareBasisPoints payout contributions { kind count points } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries ledgerHead { seq } problem { seq id reason } } }"): (typeof documents)["query OwnershipLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries ledgerHead { seq } problem { seq id reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id status decisions { from to reason } } }"): (typeof documents)["mutation OwnershipDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id status decisions { from to reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipChallenge($c: ID!) { challenge(id: $c) { ownershipPolicy { frozen lineageDecay licence weights { IDEA_ADOPTED COMMENT } } } }"): (typeof documents)["query OwnershipChallenge($c: ID!) { challenge(id: $c) { ownershipPolicy { frozen lineageDecay licence weights { IDEA_ADOPTED COMMENT } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"): (typeof documents)["mutation OwnershipDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipMarkCommentHelpful2($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { helpful } }"): (typeof documents)["mutation OwnershipMarkCommentHelpful2($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { helpful } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation OwnershipInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym } }"): (typeof documents)["query OwnershipMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipOwnershipStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c) { content } }"): (typeof documents)["query OwnershipOwnershipStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c) { content } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipContributionLedger($c: ID!) { contributionLedger(challengeId: $c, first: 3) { edges { node { seq kind participant { id } points hash prevHash } } pageInfo { hasNextPage } } }"): (typeof documents)["query OwnershipContributionLedger($c: ID!) { contributionLedger(challengeId: $c, first: 3) { edges { node { seq kind participant { id } points hash prevHash } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipMyContributions($c: ID!) { myContributions(challengeId: $c) { kind points compensates } }"): (typeof documents)["query OwnershipMyContributions($c: ID!) { myContributions(challengeId: $c) { kind points compensates } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipOwnershipStatementExport2($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV, pool: \"1000\") { filename ledgerHead { seq } content } }"): (typeof documents)["query OwnershipOwnershipStatementExport2($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV, pool: \"1000\") { filename ledgerHead { seq } content } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipOwnershipStatementExport3($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }"): (typeof documents)["query OwnershipOwnershipStatementExport3($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipDeleteComment2($id: ID!) { deleteComment(commentId: $id) { id } }"): (typeof documents)["mutation OwnershipDeleteComment2($id: ID!) { deleteComment(commentId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipMarkCommentHelpful($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { id } }"): (typeof documents)["mutation OwnershipMarkCommentHelpful($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation OwnershipInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"): (typeof documents)["mutation OwnershipRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }"): (typeof documents)["mutation OwnershipProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipApproveAuthorshipSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }"): (typeof documents)["mutation OwnershipApproveAuthorshipSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnershipOwnershipStatementExport4($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON, pool: \"999\") { content } }"): (typeof documents)["query OwnershipOwnershipStatementExport4($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON, pool: \"999\") { content } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipInviteCoAuthor3($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation OwnershipInviteCoAuthor3($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipRespondToCoAuthorship2($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { authors { user { id } role accepted shareBasisPoints } } }"): (typeof documents)["mutation OwnershipRespondToCoAuthorship2($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { authors { user { id } role accepted shareBasisPoints } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipProposeAuthorshipSplit2($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { authorshipProposal { shares { user { id } basisPoints } approvedBy { id } } } }"): (typeof documents)["mutation OwnershipProposeAuthorshipSplit2($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { authorshipProposal { shares { user { id } basisPoints } approvedBy { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipApproveAuthorshipSplit2($i: ID!) { approveAuthorshipSplit(ideaId: $i) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }"): (typeof documents)["mutation OwnershipApproveAuthorshipSplit2($i: ID!) { approveAuthorshipSplit(ideaId: $i) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnershipRevokeCoAuthorInvitation($i: ID!, $u: ID!) { revokeCoAuthorInvitation(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation OwnershipRevokeCoAuthorInvitation($i: ID!, $u: ID!) { revokeCoAuthorInvitation(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementWhileComputed($c: ID!) { ownershipStatement(challengeId: $c, first: 5) { ledgerHead { seq } participantCount } }"): (typeof documents)["query StatementWhileComputed($c: ID!) { ownershipStatement(challengeId: $c, first: 5) { ledgerHead { seq } participantCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TopWhileComputed($c: ID!, $from: DateTime!, $to: DateTime!) { challengeInsights(challengeId: $c, from: $from, to: $to) { topContributors(first: 5) { participantId } } }"): (typeof documents)["query TopWhileComputed($c: ID!, $from: DateTime!, $to: DateTime!) { challengeInsights(challengeId: $c, from: $from, to: $to) { topContributors(first: 5) { participantId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorPseudonymsSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }"): (typeof documents)["mutation AuthorPseudonymsSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorPseudonymsLedger($c: ID!, $after: String) {\n  contributionLedger(challengeId: $c, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq id kind party participant { id displayName } ideaId commentId points detail hash } } } }"): (typeof documents)["query AuthorPseudonymsLedger($c: ID!, $after: String) {\n  contributionLedger(challengeId: $c, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq id kind party participant { id displayName } ideaId commentId points detail hash } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorPseudonymsStatement($c: ID!) {\n  ownershipStatement(challengeId: $c, first: 20) { participantCount edges { node { party participant { id displayName } points shareBasisPoints contributions { kind count } } } } }"): (typeof documents)["query AuthorPseudonymsStatement($c: ID!) {\n  ownershipStatement(challengeId: $c, first: 20) { participantCount edges { node { party participant { id displayName } points shareBasisPoints contributions { kind count } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorPseudonymsStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }"): (typeof documents)["query AuthorPseudonymsStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorPseudonymsMarkHelpful($c: ID!) { markCommentHelpful(commentId: $c) { id } }"): (typeof documents)["mutation AuthorPseudonymsMarkHelpful($c: ID!) { markCommentHelpful(commentId: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorPseudonymsInvite($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation AuthorPseudonymsInvite($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorPseudonymsRespond($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"): (typeof documents)["mutation AuthorPseudonymsRespond($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorPseudonymsMine($c: ID!) {\n  myAuthorPseudonym(challengeId: $c) { challengeId participantId pseudonym salt }\n  myVoterPseudonym(challengeId: $c) { pseudonym }\n  myContributions(challengeId: $c, first: 50) { kind party } }"): (typeof documents)["query AuthorPseudonymsMine($c: ID!) {\n  myAuthorPseudonym(challengeId: $c) { challengeId participantId pseudonym salt }\n  myVoterPseudonym(challengeId: $c) { pseudonym }\n  myContributions(challengeId: $c, first: 50) { kind party } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorPseudonymsVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"): (typeof documents)["query AuthorPseudonymsVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorPseudonymsErase($i: EraseAccountInput!) { eraseAccount(input: $i) { credit } }"): (typeof documents)["mutation AuthorPseudonymsErase($i: EraseAccountInput!) { eraseAccount(input: $i) { credit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentSurfacesSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }"): (typeof documents)["mutation ConsentSurfacesSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentSurfacesIdeaAuthor($id: ID!) { idea(id: $id) { author { id displayName } } }"): (typeof documents)["query ConsentSurfacesIdeaAuthor($id: ID!) { idea(id: $id) { author { id displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentSurfacesIdeaAuthors($id: ID!) { idea(id: $id) { authors { user { id displayName } role accepted } } }"): (typeof documents)["query ConsentSurfacesIdeaAuthors($id: ID!) { idea(id: $id) { authors { user { id displayName } role accepted } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentSurfacesInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation ConsentSurfacesInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentSurfacesRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"): (typeof documents)["mutation ConsentSurfacesRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentSurfacesNotifications { notifications(first: 20) { edges { node { kind actor { id displayName } } } } }"): (typeof documents)["query ConsentSurfacesNotifications { notifications(first: 20) { edges { node { kind actor { id displayName } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentSurfacesChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 100) { type data } }"): (typeof documents)["query ConsentSurfacesChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 100) { type data } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentSurfacesOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } } } } }"): (typeof documents)["query ConsentSurfacesOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentSurfacesStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }"): (typeof documents)["query ConsentSurfacesStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentSurfacesLedger($c: ID!) { contributionLedger(challengeId: $c, first: 100) { edges { node { party kind participant { id displayName } } } } }"): (typeof documents)["query ConsentSurfacesLedger($c: ID!) { contributionLedger(challengeId: $c, first: 100) { edges { node { party kind participant { id displayName } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentIdea($id: ID!) { idea(id: $id) { id author { id displayName } comments(first: 10) { edges { node { id author { id displayName } } } } } }"): (typeof documents)["query ConsentIdea($id: ID!) { idea(id: $id) { id author { id displayName } comments(first: 10) { edges { node { id author { id displayName } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentParticipant($id: ID!) { participant(id: $id) { id displayName } }"): (typeof documents)["query ConsentParticipant($id: ID!) { participant(id: $id) { id displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility version updatedAt } }"): (typeof documents)["mutation ConsentSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility version updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentFeed($c: ID!, $o: IdeaOrder) { ideas(challengeId: $c, orderBy: $o, first: 100) { edges { node { id author { id displayName } } } } }"): (typeof documents)["query ConsentFeed($c: ID!, $o: IdeaOrder) { ideas(challengeId: $c, orderBy: $o, first: 100) { edges { node { id author { id displayName } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentFeedIds($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }"): (typeof documents)["query ConsentFeedIds($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentHistory { consentHistory(first: 10) { edges { node { subject choice version recordedAt } } } }"): (typeof documents)["query ConsentHistory { consentHistory(first: 10) { edges { node { subject choice version recordedAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentPrivacySettings { privacySettings { partnerVisibility version } }"): (typeof documents)["query ConsentPrivacySettings { privacySettings { partnerVisibility version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }"): (typeof documents)["mutation ConsentSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsentRequestDataExport { requestDataExport { id } }"): (typeof documents)["mutation ConsentRequestDataExport { requestDataExport { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentWhoLooked($days: Int) { whoLooked(days: $days) { day kind count organization { id name } } }"): (typeof documents)["query ConsentWhoLooked($days: Int) { whoLooked(days: $days) { day kind count organization { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsentLicenceAcceptances { licenceAcceptances(first: 10) { edges { node { licence acceptedAt challenge { id title } } } } }"): (typeof documents)["query ConsentLicenceAcceptances { licenceAcceptances(first: 10) { edges { node { licence acceptedAt challenge { id title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataExportLimitsRequest { requestDataExport { id } }"): (typeof documents)["mutation DataExportLimitsRequest { requestDataExport { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataExportLimitsList { dataExports { id } }"): (typeof documents)["query DataExportLimitsList { dataExports { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataExportRequest { requestDataExport { id state progress } }"): (typeof documents)["mutation DataExportRequest { requestDataExport { id state progress } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataExportOne($id: ID!) { dataExport(id: $id) { id state progress itemsDone itemsTotal finishedAt expiresAt sizeBytes } }"): (typeof documents)["query DataExportOne($id: ID!) { dataExport(id: $id) { id state progress itemsDone itemsTotal finishedAt expiresAt sizeBytes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataExportIssueDownload($id: ID!, $password: String!) { issueDataExportDownload(exportId: $id, password: $password) { url expiresAt } }"): (typeof documents)["mutation DataExportIssueDownload($id: ID!, $password: String!) { issueDataExportDownload(exportId: $id, password: $password) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataExportList { dataExports { id } }"): (typeof documents)["query DataExportList { dataExports { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataExportReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"): (typeof documents)["mutation DataExportReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataExportReport($i: ReportInput!) { report(input: $i) { __typename } }"): (typeof documents)["mutation DataExportReport($i: ReportInput!) { report(input: $i) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataExportSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }"): (typeof documents)["mutation DataExportSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DataExportSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }"): (typeof documents)["mutation DataExportSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureEraseAccount($i: EraseAccountInput!) { eraseAccount(input: $i) { erasedAt pseudonym contentRemoved credit } }"): (typeof documents)["mutation ErasureEraseAccount($i: EraseAccountInput!) { eraseAccount(input: $i) { erasedAt pseudonym contentRemoved credit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureLogin($input: LoginInput!) { login(input: $input) { accessToken } }"): (typeof documents)["mutation ErasureLogin($input: LoginInput!) { login(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } points shareBasisPoints } } } }"): (typeof documents)["query ErasureOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } points shareBasisPoints } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"): (typeof documents)["mutation ErasureReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasureReport($i: ReportInput!) { report(input: $i) { targetId } }"): (typeof documents)["mutation ErasureReport($i: ReportInput!) { report(input: $i) { targetId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureMe { me { id } }"): (typeof documents)["query ErasureMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureIdea($i: ID!) { idea(id: $i) { title author { displayName } } }"): (typeof documents)["query ErasureIdea($i: ID!) { idea(id: $i) { title author { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErasureIdeaEmail($i: ID!) { idea(id: $i) { title author { displayName email } } }"): (typeof documents)["query ErasureIdeaEmail($i: ID!) { idea(id: $i) { title author { displayName email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VoteCorrelationLedger($c: ID!, $after: String) { contributionLedger(challengeId: $c, first: 100, after: $after) {\n  edges { node { seq id kind party participant { id } ideaId commentId points compensates detail occurredAt prevHash hash } }\n  pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query VoteCorrelationLedger($c: ID!, $after: String) { contributionLedger(challengeId: $c, first: 100, after: $after) {\n  edges { node { seq id kind party participant { id } ideaId commentId points compensates detail occurredAt prevHash hash } }\n  pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VoteCorrelationStatement($c: ID!, $first: Int) { ownershipStatement(challengeId: $c, first: $first) { edges { node { party participant { id } shareBasisPoints } } } }"): (typeof documents)["query VoteCorrelationStatement($c: ID!, $first: Int) { ownershipStatement(challengeId: $c, first: $first) { edges { node { party participant { id } shareBasisPoints } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VoteCorrelationStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }"): (typeof documents)["query VoteCorrelationStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VoteCorrelationMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym participantId salt } }"): (typeof documents)["query VoteCorrelationMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym participantId salt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantProfileParticipant5($id: ID!, $first: Int, $after: String) {\n  participant(id: $id) {\n    id displayName joinedAt\n    ideas(first: $first, after: $after) { edges { cursor node { id title author { id } } } pageInfo { hasNextPage endCursor } }\n    comments(first: $first) { edges { node { id body idea { id } } } pageInfo { hasNextPage endCursor } }\n    contributions(first: $first) { edges { node { challenge { id title } ideaCount commentCount lastContributedAt } } pageInfo { hasNextPage } }\n  }\n}"): (typeof documents)["query ParticipantProfileParticipant5($id: ID!, $first: Int, $after: String) {\n  participant(id: $id) {\n    id displayName joinedAt\n    ideas(first: $first, after: $after) { edges { cursor node { id title author { id } } } pageInfo { hasNextPage endCursor } }\n    comments(first: $first) { edges { node { id body idea { id } } } pageInfo { hasNextPage endCursor } }\n    contributions(first: $first) { edges { node { challenge { id title } ideaCount commentCount lastContributedAt } } pageInfo { hasNextPage } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantProfileInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation ParticipantProfileInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantProfileRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"): (typeof documents)["mutation ParticipantProfileRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantProfileDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"): (typeof documents)["mutation ParticipantProfileDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParticipantProfileModerate($i: ModerateInput!) { moderate(input: $i) { action } }"): (typeof documents)["mutation ParticipantProfileModerate($i: ModerateInput!) { moderate(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantProfileIdeas($c: ID!) { ideas(challengeId: $c, orderBy: NEW, first: 1) { pageInfo { endCursor } } }"): (typeof documents)["query ParticipantProfileIdeas($c: ID!) { ideas(challengeId: $c, orderBy: NEW, first: 1) { pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantProfileParticipant2($id: ID!) { participant(id: $id) { ideas(first: 101) { edges { node { id } } } } }"): (typeof documents)["query ParticipantProfileParticipant2($id: ID!) { participant(id: $id) { ideas(first: 101) { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantProfileParticipant3($id: ID!) { participant(id: $id) { ideas(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } } } } } }"): (typeof documents)["query ParticipantProfileParticipant3($id: ID!) { participant(id: $id) { ideas(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantProfileParticipant6($id: ID!) { participant(id: $id) { contributions { edges { node { challenge { id } ownership { points shareBasisPoints rank participantCount ledgerHead { seq hash } } } } } } }"): (typeof documents)["query ParticipantProfileParticipant6($id: ID!) { participant(id: $id) { contributions { edges { node { challenge { id } ownership { points shareBasisPoints rank participantCount ledgerHead { seq hash } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantProfileOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { ledgerHead { seq hash } participantCount edges { node { participant { id } points shareBasisPoints } } } }"): (typeof documents)["query ParticipantProfileOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { ledgerHead { seq hash } participantCount edges { node { participant { id } points shareBasisPoints } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantProfileParticipant4($id: ID!) { participant(id: $id) { contributions(first: 100) { edges { node { ownership { rank } } } } } }"): (typeof documents)["query ParticipantProfileParticipant4($id: ID!) { participant(id: $id) { contributions(first: 100) { edges { node { ownership { rank } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedLogin($i: LoginInput!) { login(input: $i) { accessToken user { id } } }"): (typeof documents)["mutation BoundedLogin($i: LoginInput!) { login(input: $i) { accessToken user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }"): (typeof documents)["mutation BoundedReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation BoundedInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"): (typeof documents)["mutation BoundedRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }"): (typeof documents)["mutation BoundedProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"): (typeof documents)["mutation BoundedDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedModerate($i: ModerateInput!) { moderate(input: $i) { id } }"): (typeof documents)["mutation BoundedModerate($i: ModerateInput!) { moderate(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedReport($i: ReportInput!) { report(input: $i) { __typename } }"): (typeof documents)["mutation BoundedReport($i: ReportInput!) { report(input: $i) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RealtimeReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"): (typeof documents)["mutation RealtimeReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RealtimeEditComment($i: EditCommentInput!) { editComment(input: $i) { id } }"): (typeof documents)["mutation RealtimeEditComment($i: EditCommentInput!) { editComment(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RealtimeDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"): (typeof documents)["mutation RealtimeDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealtimeChallengeEvents($c: ID!, $after: Int!) { challengeEvents(challengeId: $c, afterSequence: $after) { id type sequence data } }"): (typeof documents)["query RealtimeChallengeEvents($c: ID!, $after: Int!) { challengeEvents(challengeId: $c, afterSequence: $after) { id type sequence data } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealtimeEventSequence($c: ID!) { challenge(id: $c) { eventSequence } ideas(challengeId: $c, first: 1) { eventSequence } }"): (typeof documents)["query RealtimeEventSequence($c: ID!) { challenge(id: $c) { eventSequence } ideas(challengeId: $c, first: 1) { eventSequence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RealtimeThreadSequence($i: ID!, $c: ID!) { idea(id: $i) { comments(first: 5) { eventSequence } } ideas(challengeId: $c, first: 3) { edges { node { comments(first: 2) { eventSequence } } } } }"): (typeof documents)["query RealtimeThreadSequence($i: ID!, $c: ID!) { idea(id: $i) { comments(first: 5) { eventSequence } } ideas(challengeId: $c, first: 3) { edges { node { comments(first: 2) { eventSequence } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedisOutageChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }"): (typeof documents)["query RedisOutageChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelayCrashChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }"): (typeof documents)["query RelayCrashChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents2($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence data } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents2($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence data } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api3BrokenObjectPropertyLevelAuthorizationInviteOrganizationMember2($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status createdAt } }"): (typeof documents)["mutation Api3BrokenObjectPropertyLevelAuthorizationInviteOrganizationMember2($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api3BrokenObjectPropertyLevelAuthorizationUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }"): (typeof documents)["mutation Api3BrokenObjectPropertyLevelAuthorizationUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 1) { type } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 1) { type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationOrganization($id: ID!) { organization(id: $id) { members { user { id } } pendingInvitations { email } } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationOrganization($id: ID!) { organization(id: $id) { members { user { id } } pendingInvitations { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationOrganization2($id: ID!) { organization(id: $id) { pendingInvitations { email } } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationOrganization2($id: ID!) { organization(id: $id) { pendingInvitations { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations { myOrganizationInvitations { id organization { id } } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations { myOrganizationInvitations { id organization { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations2 { myOrganizationInvitations { id } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations2 { myOrganizationInvitations { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api3BrokenObjectPropertyLevelAuthorizationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation Api3BrokenObjectPropertyLevelAuthorizationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationIdea($id: ID!) { idea(id: $id) { authors { user { id } accepted } } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationIdea($id: ID!) { idea(id: $id) { authors { user { id } accepted } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api3BrokenObjectPropertyLevelAuthorizationIdeas($c: ID!) { ideas(challengeId: $c) { edges { node { authors { user { id } } } } } }"): (typeof documents)["query Api3BrokenObjectPropertyLevelAuthorizationIdeas($c: ID!) { ideas(challengeId: $c) { edges { node { authors { user { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api4ReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }"): (typeof documents)["mutation Api4ReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api4RevisionsBefore($id: ID!) { idea(id: $id) { revisions(first: 3, before: 3) { revision } } }"): (typeof documents)["query Api4RevisionsBefore($id: ID!) { idea(id: $id) { revisions(first: 3, before: 3) { revision } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api4LatestRevision($id: ID!) { idea(id: $id) { revision revisions(first: 1) { revision } } }"): (typeof documents)["query Api4LatestRevision($id: ID!) { idea(id: $id) { revision revisions(first: 1) { revision } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api4LightEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 500) { sequence type } }"): (typeof documents)["query Api4LightEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 500) { sequence type } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5CreateChallenge($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }"): (typeof documents)["mutation Api5CreateChallenge($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5UpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }"): (typeof documents)["mutation Api5UpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5SetChallengePhase($c: ID!) { setChallengePhase(challengeId: $c, phase: CLOSED) { id } }"): (typeof documents)["mutation Api5SetChallengePhase($c: ID!) { setChallengePhase(challengeId: $c, phase: CLOSED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5SetOwnershipPolicy($c: ID!) { setOwnershipPolicy(challengeId: $c, policy: { weights: { VOTE_CAST: 100 } }) { licence } }"): (typeof documents)["mutation Api5SetOwnershipPolicy($c: ID!) { setOwnershipPolicy(challengeId: $c, policy: { weights: { VOTE_CAST: 100 } }) { licence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5DecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id } }"): (typeof documents)["mutation Api5DecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5MarkCommentHelpful($id: ID!) { markCommentHelpful(commentId: $id) { id } }"): (typeof documents)["mutation Api5MarkCommentHelpful($id: ID!) { markCommentHelpful(commentId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5InviteMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }"): (typeof documents)["mutation Api5InviteMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5WithdrawInvitation($id: ID!) { withdrawOrganizationInvitation(invitationId: $id) }"): (typeof documents)["mutation Api5WithdrawInvitation($id: ID!) { withdrawOrganizationInvitation(invitationId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5SetMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role } }"): (typeof documents)["mutation Api5SetMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5RemoveMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }"): (typeof documents)["mutation Api5RemoveMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5ReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { id } }"): (typeof documents)["mutation Api5ReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api5PendingInvitations($id: ID!) { organization(id: $id) { pendingInvitations { email } } }"): (typeof documents)["query Api5PendingInvitations($id: ID!) { organization(id: $id) { pendingInvitations { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5BrokenFunctionLevelAuthorizationInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }"): (typeof documents)["mutation Api5BrokenFunctionLevelAuthorizationInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api5BrokenFunctionLevelAuthorizationRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }"): (typeof documents)["mutation Api5BrokenFunctionLevelAuthorizationRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { phase closesAt } }"): (typeof documents)["mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { phase closesAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { phase closesAt } }"): (typeof documents)["mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { phase closesAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api6UnrestrictedAccessToSensitiveBusinessFlowsChallenge($id: ID!) { challenge(id: $id) { phase } }"): (typeof documents)["query Api6UnrestrictedAccessToSensitiveBusinessFlowsChallenge($id: ID!) { challenge(id: $id) { phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }"): (typeof documents)["mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }"): (typeof documents)["mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }"): (typeof documents)["mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"): (typeof documents)["mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id upvotes score } }"): (typeof documents)["mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id upvotes score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api6UnrestrictedAccessToSensitiveBusinessFlowsIdea($id: ID!) { idea(id: $id) { upvotes score viewerVote } }"): (typeof documents)["query Api6UnrestrictedAccessToSensitiveBusinessFlowsIdea($id: ID!) { idea(id: $id) { upvotes score viewerVote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api6UnrestrictedAccessToSensitiveBusinessFlowsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points shareBasisPoints } } } }"): (typeof documents)["query Api6UnrestrictedAccessToSensitiveBusinessFlowsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points shareBasisPoints } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api8Challenges($a: String) { challenges(after: $a) { edges { cursor } } }"): (typeof documents)["query Api8Challenges($a: String) { challenges(after: $a) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api8Ideas($c: ID!, $o: IdeaOrder, $a: String) { ideas(challengeId: $c, orderBy: $o, after: $a) { edges { cursor } } }"): (typeof documents)["query Api8Ideas($c: ID!, $o: IdeaOrder, $a: String) { ideas(challengeId: $c, orderBy: $o, after: $a) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api8Search($c: ID!, $a: String) { ideas(challengeId: $c, search: \"solar\", after: $a) { edges { cursor } } }"): (typeof documents)["query Api8Search($c: ID!, $a: String) { ideas(challengeId: $c, search: \"solar\", after: $a) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api8Comments($i: ID!, $a: String) { idea(id: $i) { comments(after: $a) { edges { cursor } } } }"): (typeof documents)["query Api8Comments($i: ID!, $a: String) { idea(id: $i) { comments(after: $a) { edges { cursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api8Replies($i: ID!, $a: String) { idea(id: $i) { comments { edges { node { replies(after: $a) { edges { cursor } } } } } } }"): (typeof documents)["query Api8Replies($i: ID!, $a: String) { idea(id: $i) { comments { edges { node { replies(after: $a) { edges { cursor } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api8Ledger($c: ID!, $a: String) { contributionLedger(challengeId: $c, after: $a) { edges { cursor } } }"): (typeof documents)["query Api8Ledger($c: ID!, $a: String) { contributionLedger(challengeId: $c, after: $a) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Api8Statement($c: ID!, $a: String) { ownershipStatement(challengeId: $c, after: $a) { edges { cursor } } }"): (typeof documents)["query Api8Statement($c: ID!, $a: String) { ownershipStatement(challengeId: $c, after: $a) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SentimentIdea($id: ID!) { idea(id: $id) { id sentiment { label score language labelledAt } comments(first: 10) { edges { node { id body sentiment { label score } } } } } }"): (typeof documents)["query SentimentIdea($id: ID!) { idea(id: $id) { id sentiment { label score language labelledAt } comments(first: 10) { edges { node { id body sentiment { label score } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SentimentReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }"): (typeof documents)["mutation SentimentReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SentimentEditComment($input: EditCommentInput!) { editComment(input: $input) { id } }"): (typeof documents)["mutation SentimentEditComment($input: EditCommentInput!) { editComment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SentimentDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"): (typeof documents)["mutation SentimentDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName } } }"): (typeof documents)["mutation Register($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id } }"): (typeof documents)["mutation InviteMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyInvitations { myOrganizationInvitations { id organization { id } } }"): (typeof documents)["query MyInvitations { myOrganizationInvitations { id organization { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }"): (typeof documents)["mutation AcceptInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id phase } }"): (typeof documents)["mutation CreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPhase($id: ID!, $phase: ChallengePhase!) { setChallengePhase(challengeId: $id, phase: $phase) { phase } }"): (typeof documents)["mutation SetPhase($id: ID!, $phase: ChallengePhase!) { setChallengePhase(challengeId: $id, phase: $phase) { phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"): (typeof documents)["mutation ProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CastVote($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id score upvotes downvotes viewerVote } }"): (typeof documents)["mutation CastVote($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id score upvotes downvotes viewerVote } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id body parentId deleted } }"): (typeof documents)["mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id body parentId deleted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryCatchUp($c: ID!, $a: Int!) { challengeEvents(challengeId: $c, afterSequence: $a, first: 100) { id type challengeId sequence occurredAt data } }"): (typeof documents)["query DeliveryCatchUp($c: ID!, $a: Int!) { challengeEvents(challengeId: $c, afterSequence: $a, first: 100) { id type challengeId sequence occurredAt data } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Report($i: ReportInput!) { report(input: $i) { targetId reason } }"): (typeof documents)["mutation Report($i: ReportInput!) { report(input: $i) { targetId reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountPrivacyParticipant($id: ID!) { participant(id: $id) { id } }"): (typeof documents)["query AccountPrivacyParticipant($id: ID!) { participant(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountPrivacyIdeaAuthor($id: ID!) { idea(id: $id) { author { displayName } } }"): (typeof documents)["query AccountPrivacyIdeaAuthor($id: ID!) { idea(id: $id) { author { displayName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountPrivacyNotificationPreferences { notificationPreferences { kind enabled } }"): (typeof documents)["query AccountPrivacyNotificationPreferences { notificationPreferences { kind enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlRoomModerationReport($i: ReportInput!) { report(input: $i) { targetId } }"): (typeof documents)["mutation ControlRoomModerationReport($i: ReportInput!) { report(input: $i) { targetId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ControlRoomModerationSuspend($i: SuspendInput!) { suspendParticipant(input: $i) { action } }"): (typeof documents)["mutation ControlRoomModerationSuspend($i: SuspendInput!) { suspendParticipant(input: $i) { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlRoomModerationQueueCounts($o: ID!) { moderationQueue(organizationId: $o) { counts { REPORTED } } }"): (typeof documents)["query ControlRoomModerationQueueCounts($o: ID!) { moderationQueue(organizationId: $o) { counts { REPORTED } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScreenshotsReport($i: ReportInput!) { report(input: $i) { targetId } }"): (typeof documents)["mutation ScreenshotsReport($i: ReportInput!) { report(input: $i) { targetId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamPageReport($i: ReportInput!) { report(input: $i) { targetId } }"): (typeof documents)["mutation TeamPageReport($i: ReportInput!) { report(input: $i) { targetId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TeamPaintReport($i: ReportInput!) { report(input: $i) { targetId } }"): (typeof documents)["mutation TeamPaintReport($i: ReportInput!) { report(input: $i) { targetId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WritePathDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"): (typeof documents)["mutation WritePathDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WritePathIdea($id: ID!) { idea(id: $id) { upvotes downvotes score } }"): (typeof documents)["query WritePathIdea($id: ID!) { idea(id: $id) { upvotes downvotes score } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WritePathFeedPage($c: ID!, $n: Int) { ideas(challengeId: $c, orderBy: HOT, first: $n) { edges { node {\n      id title score upvotes downvotes viewerVote commentCount author { displayName } buildsOn { id } comments(first: 3) { edges { node { id } } }\n      authors { user { displayName } shareBasisPoints } challenge { ownershipPolicy { licence } } } } } }"): (typeof documents)["query WritePathFeedPage($c: ID!, $n: Int) { ideas(challengeId: $c, orderBy: HOT, first: $n) { edges { node {\n      id title score upvotes downvotes viewerVote commentCount author { displayName } buildsOn { id } comments(first: 3) { edges { node { id } } }\n      authors { user { displayName } shareBasisPoints } challenge { ownershipPolicy { licence } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WritePathSharedFeed($c: ID!) { ideas(challengeId: $c, orderBy: HOT, first: 20) { edges { node {\n    id score upvotes downvotes viewerVote commentCount status author { displayName } } } } }"): (typeof documents)["query WritePathSharedFeed($c: ID!) { ideas(challengeId: $c, orderBy: HOT, first: 20) { edges { node {\n    id score upvotes downvotes viewerVote commentCount status author { displayName } } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;