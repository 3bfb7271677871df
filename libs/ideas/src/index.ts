export * from './ideas.module';
export * from './ideas.service';
export * from './ideas.loader';
export * from './ideas.repository';
export * from './idea-counters.repository';
export * from './counter-fold.job';
export * from './idea.model';
export * from './idea.input';
