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
} satisfies Partial<Record<keyof typeof import('../en/app').default, string>>;
