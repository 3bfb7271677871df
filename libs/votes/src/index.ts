export * from './votes.module';
export * from './votes.service';
export * from './vote-value';
