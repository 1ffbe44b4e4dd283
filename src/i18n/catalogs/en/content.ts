// English content prose: derived from src/model/content (declared once there), see content-catalog.ts.
import { contentCatalog } from '../../content-catalog';

export default contentCatalog();
