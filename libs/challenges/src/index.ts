export * from './challenges.module';
export * from './challenges.service';
export * from './challenges.loader';
export * from './challenges.repository';
export * from './challenge.model';
export * from './challenge-language';
export * from './challenge-phase.policy';
