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
} satisfies Partial<Record<keyof typeof import('../en/app').default, string>>;
