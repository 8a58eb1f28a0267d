import { allowListed, type ApiHost, GLOBAL_HOST } from '../verify/region';
import { ORGANIZATION_ID, PROJECT_ID, type AppSettings } from './readings';
import { parseHttpUrl } from './url';

/** How the app will call OpenAI, as far as Key Doctor may copy it: the host (only one of OpenAI's) and the two headers. */
export interface CallShape {
  host: ApiHost;
  organization: string | null;
  project: string | null;
}

export const PLAIN_CALL: CallShape = { host: GLOBAL_HOST, organization: null, project: null };

/**
 * The probe asks as the app will: at the regional host its base URL names (if it is on the
 * allow-list), with the organization and project ids it sends (only values of their strict shape).
 */
export function callShapeFor(settings: AppSettings | undefined): CallShape {
  if (!settings) return PLAIN_CALL;
  const host = parseHttpUrl(settings.baseUrl?.value ?? '')?.host ?? null;
  const organization = settings.organization?.value ?? '';
  const project = settings.project?.value ?? '';
  return {
    host: allowListed(host) ?? GLOBAL_HOST,
    organization: ORGANIZATION_ID.test(organization) ? organization : null,
    project: PROJECT_ID.test(project) ? project : null,
  };
}
