// Sources view (?view=sources): every study, book and page CranioLab cites, as a reader looks it
// up (authors, year, title, journal, link) with what the app uses it for, grouped by topic; the
// nine sources of the article CranioLab starts from are marked. Other views link here by
// `#source-<id>`. How far each reference was checked is kept in the data and in doc/sources.md
// for instructors, not printed to students.

import { ARTICLE_SOURCE_IDS, SOURCE_IDS, SOURCES, formatReferenceForReaders, sourceLink, type SourceTopic } from '../../model/content';
import { t } from '../../i18n';
import { h } from '../dom';
import { type MountView } from './common';
import { usedFor } from './content-text';

const TOPIC_ORDER: readonly SourceTopic[] = ['rabbit study', 'skull mechanics', 'CSF and ICP', 'instruments and touch', 'claimed rhythm', 'clinical'];
/** catalog key of each topic's heading */
const TOPIC_KEYS: Record<SourceTopic, string> = {
  'rabbit study': 'tabs.sources.topic.rabbit',
  'skull mechanics': 'tabs.sources.topic.skull',
  'CSF and ICP': 'tabs.sources.topic.csf',
  'instruments and touch': 'tabs.sources.topic.instruments',
  'claimed rhythm': 'tabs.sources.topic.rhythm',
  clinical: 'tabs.sources.topic.clinical',
};

export const mountSourcesView: MountView = (container) => {
  const root = h('div', { class: 'contrast-view sources-view' });
  root.append(
    h('h2', { class: 'view-title', text: t('tabs.sources.title') }),
    h(
      'p',
      { class: 'view-context', text: t('tabs.sources.context', { count: SOURCE_IDS.length, article: ARTICLE_SOURCE_IDS.length, tag: t('tabs.common.modelAssumption'), badge: t('tabs.sources.articleBadge') }) },
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
      li.append(h('p', { class: 'source-ref', translate: 'no' }, s.articleSource ? h('span', { class: 'article-badge', text: t('tabs.sources.articleBadge') }) : '', s.articleSource ? ' ' : '', formatReferenceForReaders(id)));
      if (s.usedFor.length > 0) li.append(h('p', { class: 'source-use', text: t('tabs.sources.usedFor', { uses: usedFor(id, s.usedFor).join('; ') }) }));
      if (link) li.append(h('p', { class: 'source-open', translate: 'no' }, h('a', { href: link, rel: 'noopener noreferrer', target: '_blank', text: link })));
      list.append(li);
    }
    root.append(h('section', { class: 'source-group' }, h('h3', { text: `${t(TOPIC_KEYS[topic])} (${ids.length})` }), list));
  }
  container.append(root);
  return () => root.remove();
};
