import { DataExportJob } from '@pollen/privacy';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { person } from '../support/co-creation';
import { send } from '../support/graphql';

const REQUEST = graphql(`mutation DataExportLimitsRequest { requestDataExport { id } }`);
const LIST = graphql(`query DataExportLimitsList { dataExports { id } }`);

describe('privacy: exports are bounded per day', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_SCALE: '1' } });
  });
  afterAll(() => t.close());

  it('allows 3 exports a day per account, then answers RATE_LIMITED and queues nothing', async () => {
    const ana = await person(t);
    for (let n = 0; n < 3; n++) {
      const res = await send(t, ana, REQUEST);
      expect(res.errors).toBeUndefined();
      await t.app.get(DataExportJob).exportNow();
    }
    const refused = await send(t, ana, REQUEST);
    expect(refused.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'dataExport', scope: 'account', retryAfterSeconds: expect.any(Number) });
    expect(await t.sql(`SELECT state, count(*)::int AS n FROM data_export WHERE user_id = $1 GROUP BY state`, [ana.id])).toEqual([{ state: 'READY', n: 3 }]);
    // The list is bounded too: the latest five at most.
    expect((await send(t, ana, LIST)).data.dataExports).toHaveLength(3);
  });
});
