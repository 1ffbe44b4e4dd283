// Sources view (?view=sources): every study, book and page CranioLab cites, as a reader looks it
// up (authors, year, title, journal, link) with what the app uses it for, grouped by topic; the
// nine sources of the article CranioLab starts from are marked. Other views link here by
// `#source-<id>`. How far each reference was checked is kept in the data and in doc/sources.md
// for instructors, not printed to students.

import { ARTICLE_SOURCE_IDS, SOURCE_IDS, SOURCES, formatReferenceForReaders, sourceLink, type SourceTopic } from '../../model/content';
import { h } from '../dom';
import { type MountView } from './common';

const TOPIC_ORDER: readonly SourceTopic[] = ['rabbit study', 'skull mechanics', 'CSF and ICP', 'instruments and touch', 'claimed rhythm', 'clinical'];
const TOPIC_TITLES: Record<SourceTopic, string> = {
  'rabbit study': 'The 2006 rabbit study',
  'skull mechanics': 'Skull and suture mechanics',
  'CSF and ICP': 'Cerebrospinal fluid and intracranial pressure',
  'instruments and touch': 'Instruments and the sense of touch',
  'claimed rhythm': 'The claimed rhythm, its palpation and imaging',
  clinical: 'Clinical studies and reviews',
};

export const mountSourcesView: MountView = (container) => {
  const root = h('div', { class: 'contrast-view sources-view' });
  root.append(
    h('h2', { class: 'view-title', text: 'Sources' }),
    h(
      'p',
      { class: 'view-context', text: `Every number in CranioLab comes from one of these ${SOURCE_IDS.length} sources or is marked "model assumption" where it appears. ${ARTICLE_SOURCE_IDS.length} are the sources of the article CranioLab starts from (marked "article source"). Links open the publisher's page and leave CranioLab; nothing is fetched until you click.` },
    ),
  );
  for (const topic of TOPIC_ORDER) {
    const ids = SOURCE_IDS.filter((id) => SOURCES[id].topic === topic);
    if (ids.length === 0) continue;
    const list = h('ol', { class: 'source-list' });
    for (const id of ids) {
      const s = SOURCES[id];
      const link = sourceLink(id);
      const li = h('li', { id: `source-${id}`, class: `source-item${s.articleSource ? ' article' : ''}`, tabindex: '-1' });
      li.append(h('p', { class: 'source-ref' }, s.articleSource ? h('span', { class: 'article-badge', text: 'article source' }) : '', s.articleSource ? ' ' : '', formatReferenceForReaders(id)));
      if (s.usedFor.length > 0) li.append(h('p', { class: 'source-use', text: `CranioLab uses it for: ${s.usedFor.join('; ')}.` }));
      if (link) li.append(h('p', { class: 'source-open' }, h('a', { href: link, rel: 'noopener noreferrer', target: '_blank', text: link })));
      list.append(li);
    }
    root.append(h('section', { class: 'source-group' }, h('h3', { text: `${TOPIC_TITLES[topic]} (${ids.length})` }), list));
  }
  container.append(root);
  return () => root.remove();
};
