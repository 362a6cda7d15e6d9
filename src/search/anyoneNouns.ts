/**
 * Nouns for anyone at all ("the north korean guy", "the big man in Pyongyang", "some bloke from Seoul"): they say a
 * person is meant and nothing of who, unlike a role ("official", "spokeswoman") or a kind ("critic", "expert").
 */
export const ANYONE_NOUNS =
  /^(?:m[ae]n|wom[ae]n|persons?|people|guys?|fellows?|fellas?|blokes?|chaps?|dudes?|lad(?:y|ies)|gentlem[ae]n|boys?|girls?)$/i;
