// Spanish, area 'activity' (the guided activities): keyed as src/i18n/activity-catalog.ts derives the
// English. Terms: doc/glossary.md; the student is addressed with "tú".
const RHYTHM = '{rhythm, select, heartbeat {el latido} breathing {la respiración} other {las ondas de Traube-Hering-Mayer}}';
const RHYTHM_DE = '{rhythm, select, heartbeat {del latido} breathing {de la respiración} other {de las ondas de Traube-Hering-Mayer}}';
const RATE_SHOWN = '{found, select, yes {{rate} por minuto} other {no se encontró ningún pico}}';
const RATE_REASON = `{found, select, yes {El espectro de 10 minutos de PIC en reposo del modelo tiene un pico en {hz} Hz: ${RHYTHM}, {rate} por minuto.} other {El espectro de la PIC en reposo del modelo no muestra ningún pico de {rhythm, select, heartbeat {latido} breathing {respiración} other {ondas de Traube-Hering-Mayer}}.}}`;
const YES_NO = '{seen, select, yes {sí} other {no}}';
const ANOVA_TAIL = 'Downey 2006 informó F = {pubF}, p {pubRel} {pubP}. {sig, select, yes {El efecto de la carga destaca sobre el ruido de las lecturas.} other {Lo que haga la carga se pierde en el ruido y en la resolución de las lecturas.}}';

export default {
  'activity.nickel.title': '¿Cuánto mueve el cráneo una moneda de cinco centavos?',
  'activity.nickel.intro':
    'Una toma craneosacral presiona con unos 5 g, el peso de una moneda de cinco centavos de dólar (un níquel). Predice cuánto mueve eso el hueso y el cuero cabelludo; luego prepara la escena y compara con el modelo.',
  'activity.nickel.adult-bone.prompt': 'Un adulto, una toma de bóveda con {load} g. ¿Cuánto se mueve el {bone} bajo la mano?',
  'activity.nickel.adult-bone.says.shown': '{length}',
  'activity.nickel.adult-bone.says.reason': 'En el modelo, {load} g mueven el {bone} del adulto {like} ({length}).',
  'activity.nickel.adult-scalp.prompt': 'La misma toma, los mismos {load} g. ¿Cuánto se hunde la yema del dedo en el cuero cabelludo?',
  'activity.nickel.adult-scalp.says.shown': '{length}',
  'activity.nickel.adult-scalp.says.reason': '{sentence}',
  'activity.nickel.felt.prompt': '¿Podría una yema del dedo quieta notar cómo se mueve el hueso del adulto con {load} g?',
  'activity.nickel.felt.choice.yes': 'Sí, el hueso se mueve lo bastante para notarlo',
  'activity.nickel.felt.choice.no': 'No, el hueso se mueve demasiado poco para notarlo',
  'activity.nickel.felt.says.shown': '{felt, select, yes {sí} other {no}}: {length} frente a ~{threshold}',
  'activity.nickel.felt.says.reason':
    'Una yema del dedo quieta nota unos {threshold}; el hueso se mueve {length}, {above, select, yes {{factor} veces eso} other {1/{factor} de eso}}. Lo que la mano nota ceder es el cuero cabelludo.',
  'activity.nickel.infant-bone.prompt': 'Un lactante (huesos finos, fontanela abierta), la misma toma de bóveda con {load} g. ¿Cuánto se mueve el {bone}?',
  'activity.nickel.infant-bone.says.shown': '{length}',
  'activity.nickel.infant-bone.says.reason': 'En el modelo, {load} g mueven el {bone} del lactante {like} ({length}). Son {factor} veces lo que se mueve el del adulto ({adult}).',
  'activity.nickel.whose-bone.prompt': 'Adulto, lactante o conejo: ¿de quién se mueve más el {bone} con una toma de bóveda de {load} g?',
  'activity.nickel.whose-bone.choice.adult': '{name}',
  'activity.nickel.whose-bone.choice.infant': '{name}',
  'activity.nickel.whose-bone.choice.rabbit': '{name}',
  'activity.nickel.whose-bone.says.shown': '{subject} ({length})',
  'activity.nickel.whose-bone.says.reason':
    'En el modelo: {moves}. Los cráneos finos, pequeños y distensibles son los que más se mueven; ninguno se acerca a lo que nota una yema del dedo.',
  'activity.nickel.whose-bone.says.move': '{subject} {length}',
  'activity.nickel.pulse-vs-touch.prompt':
    'En un adulto, ¿cuántas veces mayor es el pulso del latido en la PIC que el cambio de PIC que produce una toma de bóveda de {load} g?',
  'activity.nickel.pulse-vs-touch.says.shown': '{factor} veces',
  'activity.nickel.pulse-vs-touch.says.reason': 'Cada latido hace oscilar la PIC del adulto unos {pulse} mmHg; la toma de {load} g la cambia {touch} mmHg.',

  'activity.rhythm.title': '¿Existe un ritmo craneal?',
  'activity.rhythm.intro':
    'Los terapeutas describen un ritmo craneal de 6–12 ciclos por minuto. Predice qué ritmos lleva de verdad en reposo la presión del líquido que rodea el cerebro; luego abre la vista Ritmo y compara.',
  'activity.rhythm.heart-rate.prompt': 'El pico más alto del espectro de la PIC en reposo de un adulto es el latido. ¿A cuántos latidos por minuto?',
  'activity.rhythm.heart-rate.says.shown': RATE_SHOWN,
  'activity.rhythm.heart-rate.says.reason': RATE_REASON,
  'activity.rhythm.breathing-rate.prompt': 'El siguiente pico es la respiración. ¿Cuántas respiraciones por minuto?',
  'activity.rhythm.breathing-rate.says.shown': RATE_SHOWN,
  'activity.rhythm.breathing-rate.says.reason': RATE_REASON,
  'activity.rhythm.mayer-rate.prompt':
    'Aún más lentas son las ondas de Traube-Hering-Mayer, oscilaciones de la presión arterial que marca el sistema nervioso. ¿Cuántas por minuto?',
  'activity.rhythm.mayer-rate.says.shown': RATE_SHOWN,
  'activity.rhythm.mayer-rate.says.reason': RATE_REASON,
  'activity.rhythm.claimed-band.prompt': '¿Cuál de estos ritmos de la PIC en reposo cae en la banda de {min}–{max} por minuto que se describe como ritmo craneal?',
  'activity.rhythm.claimed-band.choice.none': 'Ninguno',
  'activity.rhythm.claimed-band.choice.mayer': 'Las ondas de Traube-Hering-Mayer',
  'activity.rhythm.claimed-band.choice.breathing': 'La respiración',
  'activity.rhythm.claimed-band.choice.heartbeat': 'El latido',
  'activity.rhythm.claimed-band.says.shown': `{found, select, yes {${RHYTHM} ({rate} por minuto)} other {ninguno}}`,
  'activity.rhythm.claimed-band.says.reason':
    'Picos por minuto en la PIC en reposo del modelo: {peaks}. {found, select, yes {En la banda: {inBand}; un ritmo de la sangre no necesita que se mueva ningún hueso.} other {Ningún pico cae en la banda.}}',
  'activity.rhythm.claimed-band.says.peak': `${RHYTHM} {rate}`,
  'activity.rhythm.claimed-band.says.name': RHYTHM,
  'activity.rhythm.palpated-closest.prompt':
    'Los examinadores que palpan el ritmo informan de {palpated} por minuto de media (Sergueef 2011). ¿Qué ritmo del modelo está más cerca de esa frecuencia?',
  'activity.rhythm.palpated-closest.choice.heartbeat': 'El latido',
  'activity.rhythm.palpated-closest.choice.breathing': 'La respiración',
  'activity.rhythm.palpated-closest.choice.mayer': 'Las ondas de Traube-Hering-Mayer',
  'activity.rhythm.palpated-closest.says.shown': `${RHYTHM} ({rate} por minuto)`,
  'activity.rhythm.palpated-closest.says.reason': `{palpated} por minuto queda más cerca ${RHYTHM_DE}, con {rate} por minuto; Nelson 2001 halló que el ritmo palpado sigue a las ondas de Traube-Hering-Mayer.`,
  'activity.rhythm.examiners-agree.prompt':
    'Cuando dos examinadores formados palpan a la misma persona a la vez, ¿cuánto coinciden las frecuencias que indican?',
  'activity.rhythm.examiners-agree.choice.good': 'Bien (CCI de {good} o más)',
  'activity.rhythm.examiners-agree.choice.moderate': 'Moderadamente (CCI {poor}–{good})',
  'activity.rhythm.examiners-agree.choice.poor': 'Mal (CCI por debajo de {poor})',
  'activity.rhythm.examiners-agree.says.shown': 'mejor CCI interexaminador {best}',
  'activity.rhythm.examiners-agree.says.reason':
    'En {studies} estudios, la mejor concordancia entre examinadores fue un CCI de {best} (1 es perfecta, 0 es azar); cada examinador coincidía más con sus propias lecturas anteriores que con las de un colega.',
  'activity.rhythm.pulse-size.prompt': '¿Qué tamaño tiene el pulso del latido en la PIC de un adulto, de pico a pico?',
  'activity.rhythm.pulse-size.says.shown': '{pulse} mmHg',
  'activity.rhythm.pulse-size.says.reason':
    'Cada latido empuja sangre dentro de la cabeza; la curva presión-volumen convierte ese volumen en {pulse} mmHg. Este pulso, y no un ritmo craneal, es lo que muestra la gráfica de PIC.',

  'activity.downey.title': 'Reproduce Downey 2006',
  'activity.downey.intro':
    'Downey y sus colegas tiraron a través de la sutura coronal de 13 conejos anestesiados con 5–20 g y buscaron movimiento en radiografías y un cambio en la PIC. Predice qué pudieron ver; luego reproduce el estudio en el modelo.',
  'activity.downey.gap-20g.prompt': 'Con {load} g separando las placas, ¿cuánto se abre la sutura coronal del conejo?',
  'activity.downey.gap-20g.says.shown': '{length}',
  'activity.downey.gap-20g.says.reason': 'En el modelo, {load} g abren la sutura coronal del conejo, con placas y tornillos incluidos, {length}.',
  'activity.downey.caliper.prompt': '¿Podría una radiografía medida con un calibre digital ver esa apertura con {load} g?',
  'activity.downey.caliper.choice.yes': 'Sí',
  'activity.downey.caliper.choice.no': 'No',
  'activity.downey.caliper.says.shown': `${YES_NO}: {value} frente a {threshold}`,
  'activity.downey.caliper.says.reason':
    'La radiografía medida con calibre digital resuelve unos {threshold}; con {load} g el modelo da {value}, {ratio} veces lo que puede resolver.',
  'activity.downey.transducer.prompt': '¿Podría el transductor epidural de PIC ver el cambio de PIC que producen {load} g?',
  'activity.downey.transducer.choice.yes': 'Sí',
  'activity.downey.transducer.choice.no': 'No',
  'activity.downey.transducer.says.shown': `${YES_NO}: {value} mmHg frente a {threshold} mmHg`,
  'activity.downey.transducer.says.reason':
    'El transductor epidural de PIC resuelve unos {threshold} mmHg; con {load} g el modelo da {value} mmHg, {ratio} veces lo que puede resolver.',
  'activity.downey.first-movement.prompt':
    'Un conejo se cargó con mucha más fuerza. ¿Con qué carga se abre la sutura por primera vez {mm} mm, lo bastante para el calibre?',
  'activity.downey.first-movement.choice.100': '{g} g',
  'activity.downey.first-movement.choice.500': '{g} g',
  'activity.downey.first-movement.choice.1000': '{g} g',
  'activity.downey.first-movement.choice.2000': '{g} g',
  'activity.downey.first-movement.choice.5000': '{g} g',
  'activity.downey.first-movement.choice.10000': '{g} g',
  'activity.downey.first-movement.choice.none': 'Ni siquiera con {top} g',
  'activity.downey.first-movement.says.shown': '{moved, select, yes {{load} g ({length})} other {ninguna hasta {top} g}}',
  'activity.downey.first-movement.says.reason': 'En el modelo la sutura se abre {gaps}. Downey vio el primer movimiento, {downeyMm} mm, con {downeyG} g.',
  'activity.downey.first-movement.says.gap': '{length} con {load} g',
  'activity.downey.anova-gap.prompt':
    'Con 13 conejos simulados a 0–{load} g, ¿encuentra el ANOVA que la carga cambió la separación de las placas medida (p < {alpha})?',
  'activity.downey.anova-gap.choice.yes': 'Sí',
  'activity.downey.anova-gap.choice.no': 'No',
  'activity.downey.anova-gap.says.shown': '{sig, select, yes {sí} other {no}}: F = {F}, p = {p}',
  'activity.downey.anova-gap.says.reason': `El ANOVA de dos factores (carga × animal) de las separaciones de placas simuladas da F = {F}, p = {p}; ${ANOVA_TAIL}`,
  'activity.downey.anova-icp.prompt': '¿Y encuentra que la carga cambió la PIC medida (p < {alpha})?',
  'activity.downey.anova-icp.choice.yes': 'Sí',
  'activity.downey.anova-icp.choice.no': 'No',
  'activity.downey.anova-icp.says.shown': '{sig, select, yes {sí} other {no}}: F = {F}, p = {p}',
  'activity.downey.anova-icp.says.reason': `El ANOVA de dos factores (carga × animal) de las lecturas de PIC simuladas da F = {F}, p = {p}; ${ANOVA_TAIL}`,

  'activity.decade': 'entre {from} y {to}',
  'activity.list': '{two, select, yes {{rest} y {last}} other {{rest} y {last}}}',
  'activity.noPrediction': 'sin predicción',
  'activity.quantity': '{unit, select, perMin {{value} por minuto} times {{value} veces} other {{value} {unit}}}',
  'activity.unit': '{unit, select, perMin {por minuto} times {veces} other {{unit}}}',
  'activity.verdict': 'Tu predicción: {prediction}; el modelo: {model}.',
  'activity.source': 'Fuente:',
  'activity.csv.item': 'n.º',
  'activity.csv.question': 'pregunta',
  'activity.csv.prediction': 'tu predicción',
  'activity.csv.estimate': 'tu estimación (en la unidad de la columna unidad)',
  'activity.csv.model': 'respuesta del modelo',
  'activity.csv.modelValue': 'valor del modelo (en la unidad de la columna unidad)',
  'activity.csv.unit': 'unidad',
  'activity.csv.correct': 'correcto (1 = sí, 0 = no)',
  'activity.csv.score': 'puntuación (puntos)',
  'activity.csv.scoreOf': '{score} de {max}',
};
