import { CoreSchema1763856000000 } from './1763856000000-core-schema';
import { EventSequence1763870000000 } from './1763870000000-event-sequence';
import { LoginThrottle1763880000000 } from './1763880000000-login-throttle';
import { ContributionLedger1763890000000 } from './1763890000000-contribution-ledger';
import { CoAuthorship1763900000000 } from './1763900000000-co-authorship';
import { RelayedOrder1763910000000 } from './1763910000000-relayed-order';
import { OutboxConsumer1796111485450 } from './1796111485450-outbox-consumer';
import { Moderation1796111643606 } from './1796111643606-moderation';
import { EventRequestId1796111651800 } from './1796111651800-event-request-id';
import { PendingTally1796111832783 } from './1796111832783-pending-tally';
import { ParticipantProfile1796111958092 } from './1796111958092-participant-profile';
import { SignInLimits1796112096074 } from './1796112096074-sign-in-limits';
import { NotificationInbox1796112281247 } from './1796112281247-notification-inbox';
import { ContentSentiment1796112580982 } from './1796112580982-content-sentiment';
import { OrganizationInvitations1796112986968 } from './1796112986968-organization-invitations';
import { IdempotencyKey1796113180865 } from './1796113180865-idempotency-key';
import { ChallengeInsights1796113419115 } from './1796113419115-challenge-insights';
import { ParticipationTallies1796114484652 } from './1796114484652-participation-tallies';
import { ListBounds1796114643164 } from './1796114643164-list-bounds';
import { ModerationNotices1796118790087 } from './1796118790087-moderation-notices';
import { ParticipantData1796124502542 } from './1796124502542-participant-data';

/** Every migration, in order. Migrations are never edited after they land. */
export const MIGRATIONS = [CoreSchema1763856000000, EventSequence1763870000000, LoginThrottle1763880000000, ContributionLedger1763890000000, CoAuthorship1763900000000, RelayedOrder1763910000000, OutboxConsumer1796111485450, Moderation1796111643606, EventRequestId1796111651800, PendingTally1796111832783, ParticipantProfile1796111958092, SignInLimits1796112096074, NotificationInbox1796112281247, ContentSentiment1796112580982, OrganizationInvitations1796112986968, IdempotencyKey1796113180865, ChallengeInsights1796113419115, ParticipationTallies1796114484652, ListBounds1796114643164, ModerationNotices1796118790087, ParticipantData1796124502542];
