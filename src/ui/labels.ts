// Display names of subjects, techniques, bones and sutures, for controls, readouts and spoken
// text, in the reader's language: each record's entries are getters that look their name up in
// the app catalog when read, so a label read after a language switch is already in the new
// language. Kept in the UI because they are words for people, not model vocabulary (the model's
// English names stay the keys' ids).

import { t } from '../i18n/index';
import { BONE_IDS, SUTURE_IDS } from '../model/geometry';
import { SUBJECT_IDS } from '../model/subjects';
import type { Contact, SubjectId, TechniqueId } from '../model/types';

/** A record id -> name whose values are read from the catalog (key `${prefix}.${id}`) each time. */
function translated<Id extends string>(ids: readonly Id[], key: (id: Id) => string): Readonly<Record<Id, string>> {
  const out = {} as Record<Id, string>;
  for (const id of ids) Object.defineProperty(out, id, { get: () => t(key(id)), enumerable: true });
  return out;
}

/** bone names as a readout's label starts them ("Right parietal bone") */
export const BONE_LABELS = translated(BONE_IDS, (id) => `app.bone.${id}`);
/** bone names inside a sentence ("the right parietal bone moves"; lower case in English) */
export const BONE_NAMES_IN_TEXT = translated(BONE_IDS, (id) => `app.boneInText.${id}`);
export const SUTURE_LABELS = translated(SUTURE_IDS, (id) => `app.suture.${id}`);
export const SUBJECT_LABELS = translated(SUBJECT_IDS, (id) => `app.subject.${id}.label`);

/** What presses the scalp at a contact ("Your fingertip sinks …"). */
export const contactSinks = (kind: Contact['kind']): string => t('app.contact.sinks', { kind });
/** Said wherever the scalp compression would be, for Downey's plates. */
export const platesNoScalp = (): string => t('app.contact.platesNoScalp');

/** A subject or technique with its label and description from the catalog (the rest as the model has it). */
type Labelled = { readonly label: string; readonly description: string };
function withLabels<Id extends string, T extends Labelled>(items: Readonly<Record<Id, T>>, prefix: string): Readonly<Record<Id, T>> {
  const out = {} as Record<Id, T>;
  for (const [id, item] of Object.entries(items) as [Id, T][]) {
    out[id] = Object.defineProperties(
      { ...item },
      {
        label: { get: () => t(`${prefix}.${id}.label`), enumerable: true },
        description: { get: () => t(`${prefix}.${id}.description`), enumerable: true },
      },
    );
  }
  return out;
}
export const localizedSubjects = <T extends Labelled>(s: Readonly<Record<SubjectId, T>>) => withLabels(s, 'app.subject');
export const localizedTechniques = <T extends Labelled>(s: Readonly<Record<TechniqueId, T>>) => withLabels(s, 'app.technique');
