/** Follow-up phrasings that refer to the previous answer rather than ask something new. */
export const FOLLOW_UP = {
  sources: /^(?:sources?|citations?|cite|references?|where (?:does it|did you read) (?:say )?(?:that|this)|proof|link)\s*[?.!]*$/i,
  more: /^(?:(?:tell me |say |give me )?more(?: about (?:it|that|this|him|her|them))?|go on|continue|what else|anything else|and\??|more details?|keep going)\s*[?.!]*$/i,
};

/** A personal pronoun a question may use for the person the conversation is about. */
export const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers|they|them|their)\b/i;

/** "Who did he speak to?" after a question about X → "Who did X speak to?" */
export function resolvePronouns(question: string, focus: string | undefined): string {
  if (!focus || !PERSON_PRONOUN.test(question)) return question;
  return question.replace(/\b(?:he|she|they)\b/i, focus).replace(/\b(?:him|her|them)\b/i, focus).replace(/\b(?:his|their)\b/i, `${focus}'s`);
}
