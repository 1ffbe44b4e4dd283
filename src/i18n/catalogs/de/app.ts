// Deutsch. Terms: doc/glossary.md. Keys and {arguments} as in ../en/app.ts.
export default {
  'app.title': 'CranioLab: Was eine leichte Berührung am Schädel bewirkt',
  'app.description': 'Eine Simulation dessen, was eine leichte kraniosakrale Berührung an Schädelknochen und am Liquordruck bewirkt und was nicht.',
  'app.skipLink': 'Zu den Bedienelementen springen',
  'app.tagline': 'Was eine leichte Berührung an den Schädelknochen und am Druck der Flüssigkeit um das Gehirn bewirkt und was nicht',
  'app.region.scene': '3D-Ansicht des Schädels unter der Berührung',
  'app.region.panel': 'Bedienelemente und Messwerte',
  'app.region.charts': 'Diagramme',
  'app.language.label': 'Sprache',
  'app.language.loading': 'Sprache wird geladen …',
  // the contrast tabs' bar and loading line (first view, so in `app`; the tabs' own words are in `tabs`)
  'app.tabs.nav.label': 'Ansichten',
  'app.tabs.view.sim': 'Simulation',
  'app.tabs.view.scale': 'Größenordnungen',
  'app.tabs.view.rhythm': 'Rhythmus',
  'app.tabs.view.downey': 'Kaninchenstudie 2006',
  'app.tabs.view.finder': 'Kraftsuche',
  'app.tabs.view.sources': 'Quellen',
  'app.tabs.common.loading': 'Wird geladen …',
  'app.tabs.common.loadFailed': 'Diese Ansicht konnte nicht geladen werden ({message}); laden Sie die Seite neu, um es noch einmal zu versuchen.',
} satisfies Partial<Record<keyof typeof import('../en/app').default, string>>;
