// The model's content prose as the reader's language has it: each lookup goes through t() by the
// stable keys src/i18n/content-catalog.ts derives from src/model/content (English is the model's
// own text). Also the words the contrast tabs use for the model's bones and contact kinds.
import type { DetectorId, Reference, SourceId } from '../../model/content';
import type { BoneId, Contact, SubjectId, TechniqueId } from '../../model/types';
import { t } from '../../i18n';

export const detectorLabel = (id: DetectorId): string => t(`content.detector.${id}.label`);
export const detectorRationale = (id: DetectorId): string => t(`content.detector.${id}.rationale`);

export const refLabel = (r: Pick<Reference, 'id'>): string => t(`content.reference.${r.id}.label`);
export const refPhrase = (r: Pick<Reference, 'id'>): string => t(`content.reference.${r.id}.phrase`);
/** where a reference's number comes from: its own basis, or (a detector's threshold) the detector's rationale */
export function refBasis(r: Pick<Reference, 'id' | 'basis'> & { kind?: string }): string | undefined {
  if (r.kind === 'detector') return detectorRationale(r.id.replace(/-threshold$/, '') as DetectorId);
  return r.basis === undefined ? undefined : t(`content.reference.${r.id}.basis`);
}

/** what CranioLab takes from a source, one line per use */
export const usedFor = (id: SourceId, uses: readonly string[]): string[] => uses.map((_, i) => t(`content.source.${id}.usedFor.${i}`));

/** a bone on its own ("right parietal bone": the app catalog's, as the readouts say it) and with its article, as sentences use it ("the right parietal bone") */
export const boneName = (id: BoneId): string => t(`app.boneInText.${id}`);
export const theBone = (id: BoneId): string => t(`tabs.bone.the.${id}`);
/** "Your fingertip" / "your palm": what presses the scalp, as the subject of a sentence */
export const yourContact = (kind: Contact['kind'], capital = false): string => t(capital ? `tabs.contact.Your.${kind}` : `tabs.contact.your.${kind}`);

/** a subject's and a technique's name, as the panel shows them (the app catalog) */
export const subjectLabel = (id: SubjectId): string => t(`app.subject.${id}.label`);
export const techniqueLabel = (id: TechniqueId): string => t(`app.technique.${id}.label`);
