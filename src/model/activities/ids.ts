// The shipped activities' ids: a public contract (`?activity=<id>`, the SCORM manifest's SCOs,
// the `activityCompleted` message). Kept apart from the definitions so the URL schema can name
// them without pulling the activities into the main bundle.
export const ACTIVITY_IDS = ['nickel', 'rhythm', 'downey'] as const;
export type ActivityId = (typeof ACTIVITY_IDS)[number];

export const isActivityId = (x: unknown): x is ActivityId => typeof x === 'string' && (ACTIVITY_IDS as readonly string[]).includes(x);
