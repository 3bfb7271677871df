import { ANONYMOUS_OPERATION, INVALID_OPERATION, OTHER_OPERATION, OperationLabels, errorCodeLabel, routeLabel } from './operation-label.util';

describe('metric labels stay bounded whatever clients send', () => {
  it('keeps the first names, folds the rest, the unnamed and the malformed', () => {
    const labels = new OperationLabels(3);
    expect(labels.label('Feed')).toBe('Feed');
    expect(labels.label('Vote')).toBe('Vote');
    expect(labels.label('Feed')).toBe('Feed');
    expect(labels.label(null)).toBe(ANONYMOUS_OPERATION);
    expect(labels.label(undefined)).toBe(INVALID_OPERATION);
    expect(labels.label('bad name\n{')).toBe(INVALID_OPERATION);
    expect(labels.label('x'.repeat(65))).toBe(INVALID_OPERATION);
    expect(labels.label('Third')).toBe('Third');
    const flood = Array.from({ length: 1000 }, (_, i) => labels.label(`Random${i}`));
    expect(new Set(flood)).toEqual(new Set([OTHER_OPERATION]));
    expect(labels.label('Vote')).toBe('Vote');
  });

  it('labels codes and routes from fixed sets', () => {
    expect(errorCodeLabel('FORBIDDEN')).toBe('FORBIDDEN');
    expect(errorCodeLabel('MADE_UP')).toBe('OTHER');
    expect(errorCodeLabel(42)).toBe('OTHER');
    expect(routeLabel('/graphql')).toBe('/graphql');
    expect(routeLabel('/health/ready')).toBe('/health');
    expect(routeLabel('/graphqlx')).toBe('other');
    expect(routeLabel('/some/client/path')).toBe('other');
  });
});
