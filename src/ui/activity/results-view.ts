// The results of a finished activity: the score, each prediction beside the model's value, a
// CSV download (units in the header) and a Print button (the print stylesheet keeps only the
// activity on paper).

import { resultsCsv, type ActivityResults } from '../../state/activity-session';
import { h } from '../dom';
import { saveBlob } from '../export/export';

export function resultsView(r: ActivityResults): HTMLElement {
  const heading = h('h3', { class: 'activity-results-title', tabindex: -1, text: `Your score: ${r.score} of ${r.maxScore} (${r.percent} %)` });
  const table = h('table', { class: 'data-table activity-results-table' });
  table.append(h('caption', { text: `${r.title}: your predictions beside the model` }));
  table.append(
    h('thead', {}, h('tr', {}, ...['#', 'Question', 'Your prediction', 'The model', 'Match'].map((t) => h('th', { scope: 'col', text: t })))),
  );
  const body = h('tbody');
  r.rows.forEach((row, i) =>
    body.append(
      h(
        'tr',
        { class: row.correct ? 'is-right' : 'is-wrong' },
        h('td', { text: String(i + 1) }),
        h('td', { text: row.prompt }),
        h('td', { text: row.prediction }),
        h('td', { text: row.model }),
        h('td', { text: row.correct ? 'yes' : 'no' }),
      ),
    ),
  );
  table.append(body);
  const csv = h('button', { type: 'button', class: 'activity-csv', text: 'Download results (CSV)' });
  csv.addEventListener('click', () => saveBlob(new Blob([resultsCsv(r)], { type: 'text/csv' }), `craniolab-${r.activity}-results.csv`));
  const print = h('button', { type: 'button', class: 'activity-print', text: 'Print results' });
  print.addEventListener('click', () => window.print());
  return h('div', { class: 'activity-results' }, heading, table, h('p', { class: 'activity-results-actions' }, csv, ' ', print));
}
