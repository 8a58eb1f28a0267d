import { openExtensionTab } from '../shared/browser-api';
import { loadStore } from './store';

export const WELCOME_PAGE = 'src/welcome/index.html';

/** At install (and at an update, until it is answered) the welcome page asks when to check keys with OpenAI. */
export async function welcomeUntilAnswered(): Promise<void> {
  const { settings } = await loadStore();
  if (!settings.checkModeChosen) await openExtensionTab(WELCOME_PAGE);
}
