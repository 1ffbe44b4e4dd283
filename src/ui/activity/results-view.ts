// The results of a finished activity: the score, each prediction beside the model's value, a
// CSV download (units in the header) and a Print button (the print stylesheet keeps only the
// activity on paper).

import { resultsCsv, type ActivityResults } from '../../state/activity-session';
import { h } from '../dom';
import { saveBlob } from '../export/export';
import { t } from '../../i18n/index';

export function resultsView(r: ActivityResults): HTMLElement {
  const heading = h('h3', { class: 'activity-results-title', tabindex: -1, text: t('app.activityUi.score', { score: r.score, max: r.maxScore, percent: r.percent }) });
  const table = h('table', { class: 'data-table activity-results-table' });
  table.append(h('caption', { text: t('app.activityUi.caption', { title: r.title }) }));
  table.append(
    h('thead', {}, h('tr', {}, ...['#', t('app.activityUi.colQuestion'), t('app.activityUi.colPrediction'), t('app.activityUi.colModel'), t('app.activityUi.colMatch')].map((c) => h('th', { scope: 'col', text: c })))),
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
        h('td', { text: t(row.correct ? 'app.activityUi.yes' : 'app.activityUi.no') }),
      ),
    ),
  );
  table.append(body);
  const csv = h('button', { type: 'button', class: 'activity-csv', text: t('app.activityUi.csv') });
  csv.addEventListener('click', () => saveBlob(new Blob([resultsCsv(r)], { type: 'text/csv' }), `craniolab-${r.activity}-results.csv`));
  const print = h('button', { type: 'button', class: 'activity-print', text: t('app.activityUi.print') });
  print.addEventListener('click', () => window.print());
  return h('div', { class: 'activity-results' }, heading, table, h('p', { class: 'activity-results-actions' }, csv, ' ', print));
}
