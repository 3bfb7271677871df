import { renderToStaticMarkup } from 'react-dom/server';
import { Bars, CHART_WIDTH, TimeLines } from './charts';
import { insightCards, type DashboardInsights } from './insight-cards';

const rects = (svg: string) => [...svg.matchAll(/<rect([^>]*)>(?:<title>([^<]*)<\/title>)?/g)].map((m) => ({ attrs: m[1], title: m[2] }));
const attr = (attrs: string, name: string) => Number(new RegExp(`\\s${name}="([-\\d.]+)"`).exec(attrs)?.[1]);

describe('charts (libs/charts)', () => {
  const data = [
    { label: 'Mon', a: 2, b: 6 },
    { label: 'Tue', a: 4, b: 0 },
  ];
  const series = [
    { key: 'a', name: 'Alpha' },
    { key: 'b', name: 'Beta' },
  ];

  it('draws one bar per category and series, as tall as its value, each titled with its figure', () => {
    const svg = renderToStaticMarkup(<Bars data={data} series={series} locale="en" />);
    expect(svg).toContain(`viewBox="0 0 ${CHART_WIDTH} 260"`);
    const bars = rects(svg).filter((bar) => bar.title);
    expect(bars.map((bar) => bar.title)).toEqual(['Mon · Alpha: 2', 'Mon · Beta: 6', 'Tue · Alpha: 4', 'Tue · Beta: 0']);
    const heights = bars.map((bar) => attr(bar.attrs, 'height'));
    // Side by side from the same baseline: heights in the ratio of the values.
    expect(heights[1] / heights[0]).toBeCloseTo(3, 1);
    expect(heights[2] / heights[0]).toBeCloseTo(2, 1);
    expect(heights[3]).toBe(0);
  });

  it('stacks the series of a category on each other when asked', () => {
    const bars = rects(renderToStaticMarkup(<Bars data={data} series={series} stacked locale="en" />)).filter((bar) => bar.title);
    const [monA, monB] = bars;
    // Beta sits on Alpha: its bottom edge is Alpha's top edge, and both share the band.
    expect(attr(monB.attrs, 'y') + attr(monB.attrs, 'height')).toBeCloseTo(attr(monA.attrs, 'y'), 0);
    expect(attr(monB.attrs, 'x')).toBe(attr(monA.attrs, 'x'));
  });

  it('lays bars across for rankings, cutting a long label on the axis but keeping it whole in the title', () => {
    const title = 'Seats that turn around to face each other when parked';
    const svg = renderToStaticMarkup(<Bars horizontal data={[{ label: title, count: 3 }]} series={[{ key: 'count', name: 'Comments' }]} locale="en" />);
    expect(svg).toContain('Seats that turn a…');
    expect(svg).toContain(`${title} · Comments: 3`);
  });

  it('writes the axis figures in the reader’s language and keeps markup in names as text', () => {
    const svg = renderToStaticMarkup(<TimeLines data={[{ label: '1 déc.', v: 12000 }, { label: '2 déc.', v: 0 }]} series={[{ key: 'v', name: 'Votes <b>' }]} locale="fr" />);
    expect(svg).toMatch(/>12\s000</);
    expect(svg).toContain('Votes &lt;b&gt;');
    expect(svg).not.toContain('<b>');
  });
});

describe('insightCards', () => {
  const insights: DashboardInsights = {
    bucket: 'DAY',
    sentimentTrend: null,
    sentiment: { positive: 0, neutral: 0, negative: 0 },
    stance: { for: 0, neutral: 0, against: 0 },
    moderation: { reports: 0, holds: 0, actions: 0 },
    buckets: [{ start: '2026-12-01', participants: 3, newIdeas: 1, votes: 5, comments: 2, netSentiment: null, sentiment: { positive: 0, neutral: 0, negative: 0 }, moderation: { reports: 0, holds: 0, actions: 0 } }],
    mostDiscussed: [],
    mostDivisive: [],
    topContributors: [{ participantId: 'abcdef0123456789', points: 10, shareBp: 10_000, participant: null }],
  };
  const t = (key: string, values?: Record<string, string | number>) => (values ? `${key} ${JSON.stringify(values)}` : key);

  it('gives eight cards; one without figures has no rows (the card says "nothing yet" instead of a chart)', () => {
    const cards = insightCards(insights, t, 'en');
    expect(cards.map((card) => card.id)).toEqual(['participation', 'sentiment-over-time', 'sentiment-distribution', 'stance-and-sentiment', 'moderation-load', 'most-discussed', 'most-divisive', 'top-contributors']);
    expect(cards.find((card) => card.id === 'sentiment-distribution')!.rows).toEqual([]);
    expect(cards.find((card) => card.id === 'participation')!.rows).toEqual([['2026-12-01', 3, 1, 5, 2]]);
  });

  it('names a contributor the API shows no one for by its pseudonym’s first digits, and its share as a percentage', () => {
    const card = insightCards(insights, t, 'en').find((c) => c.id === 'top-contributors')!;
    expect(card.rows[0][0]).toBe('ownership.voter {"id":"abcdef01"}');
    expect(card.columns[2].format!(card.rows[0][2])).toBe('100.00%');
  });
});
