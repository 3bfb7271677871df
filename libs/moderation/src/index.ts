export * from './moderation.module';
export * from './moderation.enums';
export * from './moderation.constant';
export * from './reports.service';
export * from './moderation-actions.service';
export * from './merge.service';
export * from './moderation-queue.service';
export * from './text-rules.util';
