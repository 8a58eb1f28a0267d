import { mask } from '../key';

/** Replaces the key anywhere in a text by its mask: for anything shown or kept that came from elsewhere. */
export function redact(text: string, key: string): string {
  return key.length >= 8 ? text.split(key).join(mask(key)) : text;
}
