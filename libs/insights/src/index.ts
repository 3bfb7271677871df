export * from './insights.module';
export * from './insights.service';
export * from './insights-bucketing.job';
export * from './insights-rebuild.service';
export * from './insights.model';
