import { Visibility } from './visibility.policy';
import type { Viewer } from './viewer';

/**
 * The seam between the libraries that accept content (ideas, comments) and moderation, which
 * sits above them: they ask the screen, provided by libs/moderation, before writing new text
 * (word and link rules, pre-moderation), and tell it what they wrote. Both calls run in the
 * writer's transaction, so a hold commits with the content or not at all.
 */
export const CONTENT_SCREEN = Symbol('CONTENT_SCREEN');

export type ScreenedKind = 'IDEA' | 'COMMENT';

export interface ScreenRequest {
  kind: ScreenedKind;
  challengeId: string;
  organizationId: string;
  /** The texts to match, by the input field they came from (a refusal names the field). */
  texts: Record<string, string>;
  /** A revision of existing content (pre-moderation applies to new content only). */
  revision: boolean;
}

export interface ScreenVerdict {
  visibility: Visibility.VISIBLE | Visibility.PENDING | Visibility.HELD;
  /** Why it is not visible: the rule that matched, or the challenge's pre-moderation. */
  reason: string | null;
  ruleId: string | null;
}

export interface ContentScreen {
  /** Throws BAD_USER_INPUT naming the field and the rule when a refuse rule matches. */
  screen(viewer: Viewer, request: ScreenRequest): Promise<ScreenVerdict>;
  /** Records what was written under a verdict that keeps it from view (queue item and log entry). */
  admitted(verdict: ScreenVerdict, target: { kind: ScreenedKind; id: string; challengeId: string; organizationId: string; authorId: string }): Promise<void>;
}
