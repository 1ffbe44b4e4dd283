// Español. Términos: doc/glossary.md. Claves y {argumentos} como en ../en/app.ts.
export default {
  'app.title': 'CranioLab: qué hace un toque ligero al cráneo',
  'app.description': 'Una simulación de lo que un toque craneosacral ligero hace, y no hace, a los huesos del cráneo y a la presión del líquido cefalorraquídeo.',
  'app.skipLink': 'Ir a los controles',
  'app.tagline': 'Qué hace, y qué no hace, un toque ligero a los huesos del cráneo y a la presión del líquido que rodea el cerebro',
  'app.region.scene': 'Vista 3D del cráneo bajo el toque',
  'app.region.panel': 'Controles y lecturas',
  'app.region.charts': 'Gráficas',
  'app.language.label': 'Idioma',
  'app.language.loading': 'Cargando el idioma…',
  // the contrast tabs' bar and loading line (first view, so in `app`; the tabs' own words are in `tabs`)
  'app.tabs.nav.label': 'Vistas',
  'app.tabs.view.sim': 'Simulación',
  'app.tabs.view.scale': 'Escala',
  'app.tabs.view.rhythm': 'Ritmo',
  'app.tabs.view.downey': 'Estudio en conejos 2006',
  'app.tabs.view.finder': 'Buscador de fuerza',
  'app.tabs.view.sources': 'Fuentes',
  'app.tabs.common.loading': 'Cargando…',
  'app.tabs.common.loadFailed': 'Esta vista no se pudo cargar ({message}); recarga la página para intentarlo de nuevo.',
} satisfies Partial<Record<keyof typeof import('../en/app').default, string>>;
