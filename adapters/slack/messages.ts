/** The adapter's own words, kept together so they read as one voice. */
export const MESSAGES = {
  apology: "Sorry, something went wrong while I was answering that. Please try again in a moment.",
  rateLimited: (seconds: number) =>
    `You're asking faster than I can keep up with. Please wait about ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`,
} as const;
