// The subject the app opens with when a link names none. Its own small module: the page's first
// script (src/main.ts) reads it to start loading that skull before the app's code has loaded,
// and the state-field spec (url-schema.ts) declares it as the `subject` field's default.

import type { SubjectId } from '../model/types';

export const DEFAULT_SUBJECT: SubjectId = 'adult';
