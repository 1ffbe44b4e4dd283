// The English `content` catalog, derived from the model's content objects (src/model/content),
// so the English prose is declared once, beside its numbers and sources. Keys are stable ids:
//   content.detector.<id>.label | .rationale
//   content.reference.<id>.label | .phrase | .basis   (basis only where the reference has its own;
//                                                      a detector's threshold uses the detector's rationale)
//   content.claim.<id>.label | .note
//   content.palpation.label, content.palpation.experience.<i>
//   content.nelson
//   content.reliability.<id>.label | .interrater (studies without an ICC)
//   content.downey.<field>, content.downey.single.<loadG>.movement | .icp
//   content.source.<id>.usedFor.<i>
// Citations, titles and journal names are not in any catalog: they stay as published.
import {
  CRI_CLAIMS,
  DETECTORS,
  DETECTOR_IDS,
  DOWNEY_2006,
  NELSON_THM_SENTENCE,
  REFERENCE_FORCES,
  REFERENCE_LENGTHS,
  REFERENCE_PRESSURES,
  RELIABILITY_STUDIES,
  SERGUEEF_2011,
  SOURCE_IDS,
  SOURCES,
} from '../model/content';

/** The Downey 2006 record's prose fields a student reads (the rest are numbers). */
export const DOWNEY_TEXT_FIELDS = ['summary', 'plates', 'loading'] as const;

/** ICU treats braces as syntax: model prose must not contain them (checked by the catalog test). */
export function contentCatalog(): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, text: string | undefined): void => {
    if (text !== undefined) out[key] = text;
  };
  for (const id of DETECTOR_IDS) {
    put(`content.detector.${id}.label`, DETECTORS[id].label);
    put(`content.detector.${id}.rationale`, DETECTORS[id].rationale);
  }
  for (const r of [...REFERENCE_LENGTHS, ...REFERENCE_PRESSURES, ...REFERENCE_FORCES]) {
    put(`content.reference.${r.id}.label`, r.label);
    put(`content.reference.${r.id}.phrase`, r.phrase);
    if (!('kind' in r && r.kind === 'detector')) put(`content.reference.${r.id}.basis`, r.basis);
  }
  for (const c of CRI_CLAIMS) {
    put(`content.claim.${c.id}.label`, c.label);
    put(`content.claim.${c.id}.note`, c.note);
  }
  put('content.palpation.label', SERGUEEF_2011.label);
  SERGUEEF_2011.byExperience.forEach((e, i) => put(`content.palpation.experience.${i}`, e.experience));
  put('content.nelson', NELSON_THM_SENTENCE);
  for (const s of RELIABILITY_STUDIES) {
    put(`content.reliability.${s.id}.label`, s.label);
    if (s.interrater.kind === 'not-beyond-chance') put(`content.reliability.${s.id}.interrater`, s.interrater.text);
  }
  for (const f of DOWNEY_TEXT_FIELDS) put(`content.downey.${f}`, DOWNEY_2006[f]);
  for (const st of DOWNEY_2006.singleAnimal) {
    put(`content.downey.single.${st.loadG}.movement`, st.reportedSutureMovement);
    put(`content.downey.single.${st.loadG}.icp`, st.reportedIcpChange);
  }
  for (const id of SOURCE_IDS) SOURCES[id].usedFor.forEach((u, i) => put(`content.source.${id}.usedFor.${i}`, u));
  return out;
}
