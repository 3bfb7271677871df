import { CoreSchema1763856000000 } from './1763856000000-core-schema';
import { EventSequence1763870000000 } from './1763870000000-event-sequence';
import { LoginThrottle1763880000000 } from './1763880000000-login-throttle';
import { ContributionLedger1763890000000 } from './1763890000000-contribution-ledger';
import { CoAuthorship1763900000000 } from './1763900000000-co-authorship';
import { RelayedOrder1763910000000 } from './1763910000000-relayed-order';
import { OutboxConsumer1796111485450 } from './1796111485450-outbox-consumer';
import { ParticipantProfile1796111958092 } from './1796111958092-participant-profile';
import { NotificationInbox1796112281247 } from './1796112281247-notification-inbox';

/** Every migration, in order. Migrations are never edited after they land. */
export const MIGRATIONS = [CoreSchema1763856000000, EventSequence1763870000000, LoginThrottle1763880000000, ContributionLedger1763890000000, CoAuthorship1763900000000, RelayedOrder1763910000000, OutboxConsumer1796111485450, ParticipantProfile1796111958092, NotificationInbox1796112281247];
