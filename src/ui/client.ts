import { sendMessage } from '../shared/browser-api';
import { EnvelopeSchema, type MessageType, ROUTES, type RequestOf, type ResponseOf } from '../shared/messages';

/** Asks the service worker; the answer is validated against the route's response schema. */
export async function ask<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope = EnvelopeSchema.parse(await sendMessage({ type, payload }));
  if (!envelope.ok) throw new Error(`The background refused the request (${envelope.error}).`);
  return ROUTES[type].response.parse(envelope.data) as ResponseOf<T>;
}
