/** Longer than any key by far; past this the text is not analysed, only reported, so big pastes stay cheap. */
export const MAX_ANALYSED_LENGTH = 4096;
