import { createHash } from 'node:crypto';

/**
 * Every hand-set number of the answer pipeline, in one documented object (as minisearch keeps its
 * defaults): how much is retrieved, how candidates are ranked and their spans chosen, how many the
 * verifier reads, and how the decision is taken. The verifier is fitted on features these values
 * shape, so data/verifier.json records the fingerprint of `fitted` and refuses to load under
 * others (`npm run train` refits); `decide` is applied after the fit and may change freely.
 */
export const PIPELINE_OPTIONS = deepFreeze({
  fitted: {
    understand: {
      /**
       * "What did she die from?" with no story in focus is about a person of a story among this many
       * of the question's best-ranked sentences (the first story that has one the pronoun fits).
       */
      storyFinderSentences: 10,
    },
    retrieve: {
      /** Sentences the search returns for a question before reranking. */
      searchLimit: 40,
      /** The top results whose neighbouring sentences (±2) join the candidates: a fact often sits next door. */
      neighboursOfTop: 6,
      /** A question word that is in the story's title weighs this much: the title says what every sentence is about. */
      titleTermWeight: 0.3,
      /** How many of a question word's WordNet senses lend it paraphrases ("injured" / "wounding"): rarer senses match nearly anything. */
      paraphraseSenses: 2,
    },
    rank: {
      /** How the evidence mixes into a candidate's score. */
      weights: { coverage: 0.42, context: 0.18, search: 0.15, passage: 0.05, type: 0.2, proximity: 0.05, untyped: 1, agent: 0.1, unplaced: 0.25, vagueDate: 0.5 },
      /** A fact asked about is better taken from the narration than from someone's words. */
      speechFactor: 0.95,
      /** "What did X say?" is answered by X's words: a sentence quoting nobody cannot lead. */
      unquotedFactor: 0.6,
      /** Two question words this close in a sentence read as the question's phrase ("final score"). */
      pairWindow: 3,
      /** A photo caption summarises; its sentences rank below the reporting. */
      captionFactor: 0.85,
      /** How much of the question the context of a sentence can stand in for ("he said" after the name). */
      contextCredit: 0.8,
    },
    /** Weights of the span choice inside a sentence. */
    span: { weakNumber: 0.5, role: 0.3, distance: 0.06, maxDistance: 12, overlap: 0.8, head: 1, verb: 0.6, agent: 0.5, place: 0.3, wrongKind: 1, year: 0.5, dated: 0.3, phrase: 1, stranded: 1, named: 2 },
    read: {
      /** How many of the reranked sentences the verifier weighs: the right one is rarely further down. */
      candidatesPerQuestion: 5,
      /** "What was stolen from the museum?": a passive "what" question of at most this many words is answered by what underwent its verb. */
      undergoerQuestionWords: 6,
      /** How far apart a possessive's owner and owned thing may stand in a sentence ("Roe's new deputy"). */
      ownerWindow: 4,
      /** A yes/no verdict needs the sentence to hold this much of the question (IDF-weighted), not just its verb. */
      verdictCoverage: 0.75,
      /** How many of the best-ranked sentences are read for a statement of a yes/no proposition. */
      verdictCandidates: 6,
      /**
       * A verifier feature's standardised value is kept within ± this many standard deviations: a
       * feature nearly always 0 has a tiny scale, and its rare 1 would outweigh every other
       * ("a question sentence" once added 12 to the log-odds of an off-topic question).
       */
      standardClip: 4,
    },
  },
  decide: {
    /**
     * The one abstention threshold: a claim is said only when its probability of being right is at
     * least this. At 0.5 an answer is given only when it is more likely right than wrong.
     */
    abstainBelow: 0.5,
    /**
     * The probability a "who is" description mined from an apposition or a title is right: 23 of
     * 24 such answers were right over the shared story, news and SQuAD sets.
     */
    definitionPrior: 0.9,
    /**
     * A refused claim at least this likely is shown as the closest the stories come ("I'm not sure
     * the story answers that. The closest it comes: …"); below it the refusal quotes nothing.
     */
    showClosestFrom: 0.25,
  },
  say: {
    /** A runner-up sentence scoring at least this share of the chosen one's is quoted too (at most two quotes). */
    secondQuoteRatio: 0.7,
    /**
     * A typed answer is led with ("Quillon [1].") only when its fit beats the sentence's next answer
     * of the type by this much; closer, the quotation answers alone. Below 0.15, 147 of 251 such
     * leads were wrong over the shared evaluation sets' answers (docs/pipeline.md).
     */
    spanLeadMin: 0.15,
  },
});

export type PipelineOptions = typeof PIPELINE_OPTIONS;

/** The options are read by every stage: frozen, so no stage can change them under another. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

/** A fingerprint of the values the verifier's features depend on, saved with the fitted model. */
export function fittedOptionsFingerprint(options: PipelineOptions = PIPELINE_OPTIONS): string {
  return createHash('sha256').update(JSON.stringify(options.fitted)).digest('hex').slice(0, 16);
}
