import { Injectable } from '@nestjs/common';
import { ClientKey, PollenError, Viewer } from '@pollen/kernel';
import { CONSENT_VERSION, ConsentService } from '@pollen/privacy';
import { NotificationKind } from './notification-kind';
import { NotificationPreferenceModel } from './notification-preference.model';
import { NotificationsRepository } from './notifications.repository';

const KINDS = Object.values(NotificationKind) as string[];

/**
 * Which kinds of notification one receives. Each choice is also a consent decision (libs/privacy
 * records it with its time and version); the consumer does not store a kind turned off.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly consents: ConsentService,
  ) {}

  async list(viewer: Viewer): Promise<NotificationPreferenceModel[]> {
    return (await this.notifications.preferences(viewer.userId)) as NotificationPreferenceModel[];
  }

  async set(viewer: Viewer, kind: unknown, enabled: unknown, client: ClientKey): Promise<NotificationPreferenceModel[]> {
    if (!KINDS.includes(kind as string)) throw PollenError.badInput('kind', `must be one of ${KINDS.join(', ')}`);
    if (typeof enabled !== 'boolean') throw PollenError.badInput('enabled', 'must be true or false');
    await this.consents.recordDecision(viewer, `NOTIFICATION:${kind as string}`, enabled ? 'ON' : 'OFF', client, () =>
      this.notifications.setPreference(viewer.userId, kind as string, enabled, CONSENT_VERSION),
    );
    return this.list(viewer);
  }
}
