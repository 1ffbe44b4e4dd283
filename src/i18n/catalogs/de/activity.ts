// German, area 'activity' (the guided activities): keyed as src/i18n/activity-catalog.ts derives the
// English. Terms: doc/glossary.md; the student is addressed with "Sie".
const RHYTHM = '{rhythm, select, heartbeat {der Herzschlag} breathing {die Atmung} other {die Traube-Hering-Mayer-Wellen}}';
const RHYTHM_DAT = '{rhythm, select, heartbeat {dem Herzschlag} breathing {der Atmung} other {den Traube-Hering-Mayer-Wellen}}';
const RATE_SHOWN = '{found, select, yes {{rate} pro Minute} other {kein Gipfel gefunden}}';
const RATE_REASON = `{found, select, yes {Das Spektrum von 10 Minuten Ruhe-Hirndruck im Modell hat einen Gipfel bei {hz} Hz: ${RHYTHM}, {rate} pro Minute.} other {Im Spektrum des Ruhe-Hirndrucks im Modell findet sich kein Gipfel für {rhythm, select, heartbeat {den Herzschlag} breathing {die Atmung} other {die Traube-Hering-Mayer-Wellen}}.}}`;
const YES_NO = '{seen, select, yes {ja} other {nein}}';
const ANOVA_TAIL = "Downey 2006 berichtete F = {pubF}, p {pubRel} {pubP}. {sig, select, yes {Die Wirkung der Last hebt sich vom Rauschen der Messwerte ab.} other {Was die Last bewirkt, geht im Rauschen und in der Ablesegenauigkeit der Messwerte unter.}}";

export default {
  'activity.nickel.title': 'Wie weit bewegt ein Nickel den Schädel?',
  'activity.nickel.intro':
    'Ein kraniosakraler Griff drückt mit etwa 5 g, dem Gewicht einer US-Fünfcentmünze (eines „Nickels“). Schätzen Sie, wie weit das den Knochen und die Kopfhaut bewegt; stellen Sie dann die Szene ein und vergleichen Sie mit dem Modell.',
  'activity.nickel.adult-bone.prompt': 'Eine erwachsene Person, Schädeldachgriff mit {load} g. Wie weit bewegt sich das {bone} unter der Hand?',
  'activity.nickel.adult-bone.says.shown': '{length}',
  'activity.nickel.adult-bone.says.reason': 'Im Modell bewegen {load} g das {bone} der erwachsenen Person {like} ({length}).',
  'activity.nickel.adult-scalp.prompt': 'Derselbe Griff, dieselben {load} g. Wie tief sinkt die Fingerkuppe in die Kopfhaut ein?',
  'activity.nickel.adult-scalp.says.shown': '{length}',
  'activity.nickel.adult-scalp.says.reason': '{sentence}',
  'activity.nickel.felt.prompt': 'Könnte eine ruhende Fingerkuppe spüren, wie sich der Knochen der erwachsenen Person unter {load} g bewegt?',
  'activity.nickel.felt.choice.yes': 'Ja, der Knochen bewegt sich genug, um es zu spüren',
  'activity.nickel.felt.choice.no': 'Nein, der Knochen bewegt sich viel zu wenig, um es zu spüren',
  'activity.nickel.felt.says.shown': '{felt, select, yes {ja} other {nein}}: {length} gegenüber ~{threshold}',
  'activity.nickel.felt.says.reason':
    'Eine ruhende Fingerkuppe bemerkt etwa {threshold}; der Knochen bewegt sich um {length}, {above, select, yes {das {factor}-Fache davon} other {nur 1/{factor} davon}}. Was die Hand nachgeben spürt, ist die Kopfhaut.',
  'activity.nickel.infant-bone.prompt': 'Ein Säugling (dünne Knochen, offene Fontanelle), derselbe Schädeldachgriff mit {load} g. Wie weit bewegt sich das {bone}?',
  'activity.nickel.infant-bone.says.shown': '{length}',
  'activity.nickel.infant-bone.says.reason':
    'Im Modell bewegen {load} g das {bone} des Säuglings {like} ({length}). Das ist das {factor}-Fache der Bewegung bei der erwachsenen Person ({adult}).',
  'activity.nickel.whose-bone.prompt': 'Erwachsene Person, Säugling oder Kaninchen: Bei wem bewegt sich das {bone} unter einem Schädeldachgriff mit {load} g am weitesten?',
  'activity.nickel.whose-bone.choice.adult': '{name}',
  'activity.nickel.whose-bone.choice.infant': '{name}',
  'activity.nickel.whose-bone.choice.rabbit': '{name}',
  'activity.nickel.whose-bone.says.shown': '{subject} ({length})',
  'activity.nickel.whose-bone.says.reason':
    'Im Modell: {moves}. Dünne, kleine, nachgiebige Schädel bewegen sich am meisten; keiner kommt auch nur in die Nähe dessen, was eine Fingerkuppe spürt.',
  'activity.nickel.whose-bone.says.move': '{subject} {length}',
  'activity.nickel.pulse-vs-touch.prompt':
    'Wievielmal größer ist bei einer erwachsenen Person die Pulswelle des Herzschlags im Hirndruck als die Hirndruckänderung durch einen Schädeldachgriff mit {load} g?',
  'activity.nickel.pulse-vs-touch.says.shown': '{factor}-mal',
  'activity.nickel.pulse-vs-touch.says.reason': 'Jeder Herzschlag lässt den Hirndruck der erwachsenen Person um etwa {pulse} mmHg schwanken; der Griff mit {load} g ändert ihn um {touch} mmHg.',

  'activity.rhythm.title': 'Gibt es einen kranialen Rhythmus?',
  'activity.rhythm.intro':
    'Behandelnde beschreiben einen kranialen Rhythmus von 6–12 Zyklen pro Minute. Schätzen Sie, welche Rhythmen der Druck der Flüssigkeit um das Gehirn in Ruhe wirklich trägt; öffnen Sie dann die Ansicht Rhythmus und vergleichen Sie.',
  'activity.rhythm.heart-rate.prompt': 'Der stärkste Gipfel im Spektrum des Ruhe-Hirndrucks einer erwachsenen Person ist der Herzschlag. Bei wie vielen Schlägen pro Minute?',
  'activity.rhythm.heart-rate.says.shown': RATE_SHOWN,
  'activity.rhythm.heart-rate.says.reason': RATE_REASON,
  'activity.rhythm.breathing-rate.prompt': 'Der nächstkleinere Gipfel ist die Atmung. Wie viele Atemzüge pro Minute?',
  'activity.rhythm.breathing-rate.says.shown': RATE_SHOWN,
  'activity.rhythm.breathing-rate.says.reason': RATE_REASON,
  'activity.rhythm.mayer-rate.prompt':
    'Noch langsamer sind die Traube-Hering-Mayer-Wellen, Schwankungen des Blutdrucks, die das Nervensystem vorgibt. Wie viele pro Minute?',
  'activity.rhythm.mayer-rate.says.shown': RATE_SHOWN,
  'activity.rhythm.mayer-rate.says.reason': RATE_REASON,
  'activity.rhythm.claimed-band.prompt':
    'Welcher dieser Rhythmen im Ruhe-Hirndruck fällt in das Band von {min}–{max} pro Minute, das als kranialer Rhythmus beschrieben wird?',
  'activity.rhythm.claimed-band.choice.none': 'Keiner von ihnen',
  'activity.rhythm.claimed-band.choice.mayer': 'Die Traube-Hering-Mayer-Wellen',
  'activity.rhythm.claimed-band.choice.breathing': 'Die Atmung',
  'activity.rhythm.claimed-band.choice.heartbeat': 'Der Herzschlag',
  'activity.rhythm.claimed-band.says.shown': `{found, select, yes {${RHYTHM} ({rate} pro Minute)} other {keiner}}`,
  'activity.rhythm.claimed-band.says.reason':
    'Gipfel pro Minute im Ruhe-Hirndruck des Modells: {peaks}. {found, select, yes {Im Band: {inBand}; ein Rhythmus des Blutes braucht keinen beweglichen Knochen.} other {Kein Gipfel fällt in das Band.}}',
  'activity.rhythm.claimed-band.says.peak': `${RHYTHM} {rate}`,
  'activity.rhythm.claimed-band.says.name': RHYTHM,
  'activity.rhythm.palpated-closest.prompt':
    'Untersucher, die den Rhythmus tasten, berichten im Mittel {palpated} pro Minute (Sergueef 2011). Welcher Rhythmus des Modells liegt dieser Frequenz am nächsten?',
  'activity.rhythm.palpated-closest.choice.heartbeat': 'Der Herzschlag',
  'activity.rhythm.palpated-closest.choice.breathing': 'Die Atmung',
  'activity.rhythm.palpated-closest.choice.mayer': 'Die Traube-Hering-Mayer-Wellen',
  'activity.rhythm.palpated-closest.says.shown': `${RHYTHM} ({rate} pro Minute)`,
  'activity.rhythm.palpated-closest.says.reason': `{palpated} pro Minute liegen am nächsten bei ${RHYTHM_DAT} mit {rate} pro Minute; Nelson 2001 fand, dass der getastete Rhythmus den Traube-Hering-Mayer-Wellen folgt.`,
  'activity.rhythm.examiners-agree.prompt':
    'Wenn zwei geschulte Untersucher dieselbe Person zur selben Zeit tasten: Wie gut stimmen die Frequenzen überein, die sie angeben?',
  'activity.rhythm.examiners-agree.choice.good': 'Gut (ICC {good} oder mehr)',
  'activity.rhythm.examiners-agree.choice.moderate': 'Mäßig (ICC {poor}–{good})',
  'activity.rhythm.examiners-agree.choice.poor': 'Schlecht (ICC unter {poor})',
  'activity.rhythm.examiners-agree.says.shown': 'beste Interrater-ICC {best}',
  'activity.rhythm.examiners-agree.says.reason':
    'Über {studies} Studien hinweg lag die beste Übereinstimmung zwischen Untersuchern bei einer ICC von {best} (1 ist vollkommen, 0 ist Zufall); jeder Untersucher stimmte besser mit seinen eigenen früheren Befunden überein als mit einer Kollegin oder einem Kollegen.',
  'activity.rhythm.pulse-size.prompt': 'Wie groß ist die Pulswelle des Herzschlags im Hirndruck einer erwachsenen Person, von Spitze zu Spitze?',
  'activity.rhythm.pulse-size.says.shown': '{pulse} mmHg',
  'activity.rhythm.pulse-size.says.reason':
    'Jeder Schlag drückt Blut in den Kopf; die Druck-Volumen-Kurve macht aus diesem Volumen {pulse} mmHg. Diese Pulswelle, kein kranialer Rhythmus, ist das, was die Hirndruckkurve zeigt.',

  'activity.downey.title': 'Downey 2006 nachstellen',
  'activity.downey.intro':
    'Downey und Kollegen zogen bei 13 narkotisierten Kaninchen mit 5–20 g über die Kranznaht und suchten auf Röntgenbildern nach Bewegung und nach einer Änderung des Hirndrucks. Schätzen Sie, was sie sehen konnten; stellen Sie dann die Studie im Modell nach.',
  'activity.downey.gap-20g.prompt': 'Wenn {load} g die Platten auseinanderziehen: Wie weit öffnet sich die Kranznaht des Kaninchens?',
  'activity.downey.gap-20g.says.shown': '{length}',
  'activity.downey.gap-20g.says.reason': 'Im Modell öffnen {load} g die Kranznaht des Kaninchens, Platten und Schrauben eingerechnet, um {length}.',
  'activity.downey.caliper.prompt': 'Könnte ein mit digitalem Messschieber ausgewertetes Röntgenbild diese Öffnung bei {load} g sehen?',
  'activity.downey.caliper.choice.yes': 'Ja',
  'activity.downey.caliper.choice.no': 'Nein',
  'activity.downey.caliper.says.shown': `${YES_NO}: {value} gegenüber {threshold}`,
  'activity.downey.caliper.says.reason':
    'Das mit digitalem Messschieber ausgewertete Röntgenbild löst etwa {threshold} auf; bei {load} g ergibt das Modell {value}, das {ratio}-Fache dessen, was es auflösen kann.',
  'activity.downey.transducer.prompt': 'Könnte der epidurale Hirndrucksensor die Hirndruckänderung sehen, die {load} g bewirken?',
  'activity.downey.transducer.choice.yes': 'Ja',
  'activity.downey.transducer.choice.no': 'Nein',
  'activity.downey.transducer.says.shown': `${YES_NO}: {value} mmHg gegenüber {threshold} mmHg`,
  'activity.downey.transducer.says.reason':
    'Der epidurale Hirndrucksensor löst etwa {threshold} mmHg auf; bei {load} g ergibt das Modell {value} mmHg, das {ratio}-Fache dessen, was er auflösen kann.',
  'activity.downey.first-movement.prompt':
    'Ein Kaninchen wurde weit stärker belastet. Bei welcher Last öffnet sich die Naht zum ersten Mal um {mm} mm, genug für den Messschieber?',
  'activity.downey.first-movement.choice.100': '{g} g',
  'activity.downey.first-movement.choice.500': '{g} g',
  'activity.downey.first-movement.choice.1000': '{g} g',
  'activity.downey.first-movement.choice.2000': '{g} g',
  'activity.downey.first-movement.choice.5000': '{g} g',
  'activity.downey.first-movement.choice.10000': '{g} g',
  'activity.downey.first-movement.choice.none': 'Nicht einmal bei {top} g',
  'activity.downey.first-movement.says.shown': '{moved, select, yes {{load} g ({length})} other {keine bis {top} g}}',
  'activity.downey.first-movement.says.reason': 'Im Modell öffnet sich die Naht um {gaps}. Downey sah die erste Bewegung, {downeyMm} mm, bei {downeyG} g.',
  'activity.downey.first-movement.says.gap': '{length} bei {load} g',
  'activity.downey.anova-gap.prompt':
    'Findet die Varianzanalyse über 13 simulierte Kaninchen bei 0–{load} g, dass die Last den gemessenen Plattenabstand verändert hat (p < {alpha})?',
  'activity.downey.anova-gap.choice.yes': 'Ja',
  'activity.downey.anova-gap.choice.no': 'Nein',
  'activity.downey.anova-gap.says.shown': '{sig, select, yes {ja} other {nein}}: F = {F}, p = {p}',
  'activity.downey.anova-gap.says.reason': `Die zweifaktorielle Varianzanalyse (Last × Tier) der simulierten Plattenabstände ergibt F = {F}, p = {p}; ${ANOVA_TAIL}`,
  'activity.downey.anova-icp.prompt': 'Und findet sie, dass die Last den gemessenen Hirndruck verändert hat (p < {alpha})?',
  'activity.downey.anova-icp.choice.yes': 'Ja',
  'activity.downey.anova-icp.choice.no': 'Nein',
  'activity.downey.anova-icp.says.shown': '{sig, select, yes {ja} other {nein}}: F = {F}, p = {p}',
  'activity.downey.anova-icp.says.reason': `Die zweifaktorielle Varianzanalyse (Last × Tier) der simulierten Hirndruckwerte ergibt F = {F}, p = {p}; ${ANOVA_TAIL}`,

  'activity.decade': 'zwischen {from} und {to}',
  'activity.list': '{two, select, yes {{rest} und {last}} other {{rest} und {last}}}',
  'activity.noPrediction': 'keine Vorhersage',
  'activity.quantity': '{unit, select, perMin {{value} pro Minute} times {{value}-mal} other {{value} {unit}}}',
  'activity.unit': '{unit, select, perMin {pro Minute} times {Faktor} other {{unit}}}',
  'activity.verdict': 'Ihre Vorhersage: {prediction}; das Modell: {model}.',
  'activity.source': 'Quelle:',
  'activity.csv.item': 'Nr.',
  'activity.csv.question': 'Frage',
  'activity.csv.prediction': 'Ihre Vorhersage',
  'activity.csv.estimate': 'Ihre Schätzung (in der Einheit der Spalte Einheit)',
  'activity.csv.model': 'Antwort des Modells',
  'activity.csv.modelValue': 'Wert des Modells (in der Einheit der Spalte Einheit)',
  'activity.csv.unit': 'Einheit',
  'activity.csv.correct': 'richtig (1 = ja, 0 = nein)',
  'activity.csv.score': 'Punkte',
  'activity.csv.scoreOf': '{score} von {max}',
};
