import type { Locator } from '@playwright/test';

/** A real, trusted paste: put text on the clipboard, click the field, press Ctrl+V. */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  const page = field.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  // The clipboard is written from the top document, which must have focus; then the field gets it.
  await page.bringToFront();
  await page.evaluate((value) => {
    window.focus();
    return navigator.clipboard.writeText(value);
  }, text);
  // A click, as a person does: it also reaches into closed shadow roots, where focus() cannot.
  await field.click();
  await page.keyboard.press('ControlOrMeta+V');
}

/** A person empties a field: selects all of it and deletes — key events Key Doctor takes for the person's own edit. */
export async function clearField(field: Locator): Promise<void> {
  const page = field.page();
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
}
