export * from './profiles.module';
export * from './profiles.service';
export * from './participant.model';
