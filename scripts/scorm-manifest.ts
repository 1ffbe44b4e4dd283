// The SCORM 1.2 package's imsmanifest.xml (IMS Content Packaging 1.1.2 with ADL's SCORM 1.2
// extensions): one organization, one item and one SCO per shipped activity, each launching the
// single-file build with ?activity=<id> and carrying the mastery score the LMS compares the score
// with. Pure: the build (build-scorm.ts) zips it beside the app; the SCORM e2e test checks it.
import { ACTIVITIES, ACTIVITY_IDS } from '../src/model/activities';
import { MASTERY_SCORE_PERCENT } from '../src/state/activity-session';

/** The one file of the single-file build, at the package root. */
export const SCO_FILE = 'index.html';
export const SCORM_ZIP = 'dist-scorm/craniolab-scorm12.zip';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scormManifest(version: string): string {
  const items = ACTIVITY_IDS.map(
    (id) => `      <item identifier="ITEM-${id}" identifierref="RES-${id}" isvisible="true">
        <title>${xml(ACTIVITIES[id].title)}</title>
        <adlcp:masteryscore>${MASTERY_SCORE_PERCENT}</adlcp:masteryscore>
      </item>`,
  );
  const resources = ACTIVITY_IDS.map(
    (id) => `    <resource identifier="RES-${id}" type="webcontent" adlcp:scormtype="sco" href="${xml(`${SCO_FILE}?activity=${id}`)}">
      <file href="${SCO_FILE}"/>
    </resource>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="CRANIOLAB-ACTIVITIES" version="${xml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-CRANIOLAB">
    <organization identifier="ORG-CRANIOLAB">
      <title>CranioLab: predict, then see</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
  </resources>
</manifest>
`;
}
