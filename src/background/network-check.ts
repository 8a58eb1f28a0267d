import { type Reachability, reachabilityFrom } from '../core/verify/reachability';
import { probeWithoutKey } from './openai-fetch';

/** Whether this network reaches OpenAI, asked without any key. */
export const networkCheck = async (): Promise<Reachability> => reachabilityFrom(await probeWithoutKey());
