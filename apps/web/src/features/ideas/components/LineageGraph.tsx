import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface Node {
  id: string;
  title: string;
}

const W = 640;
const ROW = 90;
const BOX_W = 180;
const BOX_H = 44;

const short = (title: string) => (title.length > 26 ? `${title.slice(0, 25)}…` : title);

function row(nodes: Node[], y: number) {
  const gap = W / (nodes.length + 1);
  return nodes.map((node, i) => ({ ...node, x: gap * (i + 1), y }));
}

/**
 * What an idea builds on (top row) and what builds on it (bottom row), as a small SVG graph.
 * Each box is a link (reachable by Tab, named by the idea's full title).
 */
export function LineageGraph({ idea, parents, children }: { idea: Node; parents: Node[]; children: Node[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (parents.length === 0 && children.length === 0) return <p className="muted">{t('idea.noLineage')}</p>;
  const top = row(parents, 30);
  const middle = { ...idea, x: W / 2, y: 30 + (parents.length ? ROW : 0) };
  const bottom = row(children, middle.y + ROW);
  const height = bottom.length ? bottom[0].y + BOX_H + 10 : middle.y + BOX_H + 10;
  const box = (node: { id: string; title: string; x: number; y: number }, current = false) => (
    <g key={`${node.id}-${node.y}`}>
      <rect x={node.x - BOX_W / 2} y={node.y - BOX_H / 2} width={BOX_W} height={BOX_H} rx={8} className={current ? 'node current' : 'node'} />
      <text x={node.x} y={node.y + 5} textAnchor="middle">
        {short(node.title)}
      </text>
    </g>
  );
  return (
    <figure className="lineage">
      <svg viewBox={`0 0 ${W} ${height}`} role="group" aria-label={t('idea.lineage')}>
        {top.map((p) => (
          <line key={`l-${p.id}`} x1={p.x} y1={p.y + BOX_H / 2} x2={middle.x} y2={middle.y - BOX_H / 2} className="edge" />
        ))}
        {bottom.map((c) => (
          <line key={`l-${c.id}`} x1={middle.x} y1={middle.y + BOX_H / 2} x2={c.x} y2={c.y - BOX_H / 2} className="edge" />
        ))}
        {[...top, ...bottom].map((node) => (
          <a
            key={node.id}
            href={`/ideas/${node.id}`}
            aria-label={node.title}
            onClick={(event) => {
              event.preventDefault();
              navigate(`/ideas/${node.id}`);
            }}
          >
            {box(node)}
          </a>
        ))}
        {box(middle, true)}
      </svg>
      <figcaption className="muted">{t('idea.lineageDescription')}</figcaption>
    </figure>
  );
}
