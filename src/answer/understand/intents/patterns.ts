/**
 * How the bot recognises messages that are not questions about what a story reports: questions
 * about the stories themselves, small talk, help and requests outside its job. Kept as data: to
 * teach it a phrasing, add a pattern here (and a case to test/answer/understand/intents/recognise.test.ts).
 *
 * Patterns run on a normalised message (see `normaliseMessage`): lower case, straight
 * apostrophes, no terminal punctuation or emoji. Every pattern is anchored at both ends, so a
 * question that goes on to ask about something ("what happened on 14 October?") never matches
 * a bare phrasing ("what happened?").
 */

/** What a recognised message is. */
export type Intent =
  | 'summary'
  | 'published'
  | 'source'
  | 'author'
  | 'url'
  | 'stories'
  | 'greeting'
  | 'thanks'
  | 'reaction'
  | 'complaint'
  | 'identity'
  | 'help'
  | 'out-of-scope';

/** Story facts kept in the front matter, by the intent that asks for them. */
export type FactIntent = Extract<Intent, 'published' | 'source' | 'author' | 'url'>;

// Building blocks. `STORY_REF` is a reference to a story, possibly naming it: "the story",
// "this article", "the bridge story", "the story about the bridge".
const STORY = String.raw`(?:news )?(?:story|stories|article|articles|piece|news item)`;
const DETERMINER = String.raw`(?:(?:the|this|that|these|your|a|an|today's|latest|newest|last|first) )*`;
const NAMING_WORDS = String.raw`(?:[\p{L}\p{N}'-]+ ){0,6}`;
const ABOUT_WHAT = String.raw`(?: (?:about|on|of|from|in|with) [^?]{1,80})?`;
const STORY_REF = `${DETERMINER}${NAMING_WORDS}${STORY}${ABOUT_WHAT}`;
/**
 * "it" and "this" stand for the story only where the verb leaves no doubt ("when was it
 * published?"); "when did it come out?" may be about the transcript the last answer named.
 */
const STORY_OR_IT = `(?:it|this|${STORY_REF})`;
/** Optional openers that do not change what is asked: "so", "ok", "hey bot", "please", "can you". */
const OPENER = String.raw`(?:(?:so|and|ok|okay|well|hey|hi|hello|um+|storybot|bot)[, ]+)*(?:(?:please|can you|could you|would you|will you|pls)[, ]+)?`;
const CLOSER = String.raw`(?:[, ]+(?:please|pls|thanks|thank you|for me|storybot|bot))*`;

const anchored = (body: string): RegExp => new RegExp(`^${OPENER}(?:${body})${CLOSER}$`, 'u');
/** Small talk is matched without openers: "hey" is itself the greeting. */
const whole = (body: string): RegExp => new RegExp(`^(?:${body})$`, 'u');

const ACK = String.raw`(?:ok|okay|k|kk|okie|alright|all right|fine|sure|great|cool|nice|neat|sweet|perfect|awesome|brilliant|excellent|wonderful|amazing|lovely|got it|good|very good|nice one|good one|good job|well done|love it|that's (?:great|helpful|useful|perfect|interesting|good|cool|nice)|that helps|very helpful|helpful)`;
/** Laughter, surprise, musing: small talk that asks nothing. */
const REACTION = String.raw`(?:a*(?:ha){2,}h?|ha|(?:he){2,}h?|l+o+l+z?|lmf?ao+|rofl|xd+|wo+w+|whoa+|woah+|omg|oh my(?: god| gosh)?|oh(?: (?:wow|no|dear|ok|okay|i see|really))?|o+h+|hm+|huh|aha|ah|i see|really|interesting|(?:very|how) interesting|fascinating|oops|whoops|yikes|damn|dang|meh|ugh|welp|lol ok|ok lol)`;
/** Displeasure with the bot or its last answer. */
const COMPLAINT = String.raw`(?:(?:bad|stupid|dumb|useless|terrible|awful|silly|rubbish) (?:bot|storybot|answer|reply)|(?:you(?:'re| are)|that's|that is|this is) (?:wrong|useless|not helpful|unhelpful|no help|not right|incorrect|stupid|dumb|rubbish)|wrong(?: answer)?|not helpful|unhelpful|useless|that doesn't help|that didn't help|that's not what i asked|not what i asked|you didn't answer(?: my question)?)`;
const THANKS = String.raw`(?:thanks|thank you|thank u|thankyou|thx|ty|cheers|many thanks|much appreciated|appreciated|ta)`;
const THANKS_TAIL = String.raw`(?: (?:a lot|so much|very much|again|a bunch|a million|for (?:the|your|that|all the|all your) (?:help|answer|answers|info|information|reply)))?`;
const CREATIVE = String.raw`(?:poem|song|haiku|limerick|sonnet|rap|joke|riddle|essay|novel|tweet|e-?mail|letter|code|program|script|recipe|picture|image|drawing|pun|fairy tale|bedtime story|short story|story)`;

/** In order of precedence: the first intent with a matching pattern wins. */
export const INTENT_PATTERNS: ReadonlyArray<{ intent: Intent; patterns: readonly RegExp[] }> = [
  {
    intent: 'out-of-scope',
    patterns: [
      anchored(String.raw`(?:write|compose|make|create|generate|draft|sing|draw|paint|invent|make up)(?: me| us)? (?:a|an|some|another|one|the) (?:[\p{L}'-]+ ){0,3}${CREATIVE}s?(?: (?:about|on|for|of|with) .+)?`),
      anchored(String.raw`tell(?: me| us)? (?:a|an|some|another|one) (?:[\p{L}'-]+ ){0,2}(?:joke|riddle|pun|poem|fun fact|bedtime story|fairy tale)s?(?: (?:about|on) .+)?`),
      anchored(String.raw`what(?:'s| is) the time(?: now| right now)?|what time is it(?: now| right now)?|what day is (?:it|today)|what(?:'s| is) (?:today's date|the date today)`),
      anchored(String.raw`(?:play (?:a|an|some|me|the)|translate|calculate|solve|remind me|set (?:a|an) (?:timer|alarm|reminder)|book (?:me )?(?:a|an)) .+`),
      anchored(String.raw`(?:what(?:'s| is) )?\d+(?: ?[-+*/x×÷^] ?\d+)+(?: ?=)?`),
    ],
  },
  {
    intent: 'author',
    patterns: [
      anchored(`who (?:wrote|writes|authored|penned|filed|is the (?:author|writer|reporter|journalist) (?:of|for|on|behind)|was the (?:author|writer|reporter|journalist) (?:of|for|on|behind)) ${STORY_REF}`),
      anchored(`(?:who|by whom) (?:was|is) ${STORY_REF} (?:written|authored|by)(?: by)?`),
      anchored(String.raw`who(?:'s| is| was) (?:the )?(?:author|writer|byline)`),
      // The bare word ("author?"): "writer" alone is left to retrieval, it may be someone in the story.
      anchored(String.raw`(?:the )?(?:author|byline)`),
      anchored(String.raw`(?:what(?:'s| is) )?the (?:author|byline|writer)(?:'s name)?(?: of ${STORY_REF})?`),
      anchored(String.raw`(?:who is|what is|what's) the name of the (?:author|writer|reporter|journalist)(?: of ${STORY_REF})?`),
    ],
  },
  {
    intent: 'published',
    patterns: [
      anchored(`when (?:was|were|did|is) ${STORY_REF} (?:first )?(?:published|come out|came out|written|released|posted|put out|appear|appeared|dated|from)`),
      anchored(`when (?:was|is) ${STORY_OR_IT} (?:first )?(?:published|posted|dated)`),
      anchored(`(?:what(?:'s| is| was) )?the (?:publication |published |release |publishing )?date (?:of|for|on) ${STORY_REF}`),
      // A news bot asked "what's the date?" is asked the story's date; "today's date" is out of scope.
      anchored(String.raw`(?:what(?:'s| is| was) )?the (?:(?:publication|published|publishing) )?date`),
      anchored(`(?:what|which) (?:date|day|year) (?:was|is) ${STORY_OR_IT} (?:published|dated|posted)`),
      anchored(`(?:what|which) (?:date|day|year) (?:was|is) ${STORY_REF} (?:from|written)`),
      anchored(`how (?:old|recent|new|current|up to date) (?:is|are) ${STORY_REF}`),
    ],
  },
  {
    intent: 'source',
    patterns: [
      anchored(`(?:who|what|which (?:outlet|paper|newspaper|publication|site|website|publisher|magazine|news (?:outlet|site|organisation|organization|agency)|media|channel|network)) (?:published|publishes|ran|printed|put out|carried|is behind|was behind) ${STORY_REF}`),
      anchored(`(?:what|who)(?:'s| is| was| are| were) the (?:source|publisher|outlet|origin|publication)s? (?:of|for|behind) ${STORY_REF}`),
      anchored(String.raw`(?:what|who)(?:'s| is| was) the (?:source|publisher|outlet)`),
      anchored(`where (?:is|was|does|did|do) ${STORY_REF} (?:come )?from`),
      anchored(`where (?:was|is) ${STORY_OR_IT} (?:published|printed|posted)`),
      anchored(`(?:which|what) (?:outlet|paper|newspaper|publication|site|website|publisher|magazine) (?:is|was) ${STORY_OR_IT} (?:from|in|on|published (?:in|on|by))`),
    ],
  },
  {
    intent: 'url',
    patterns: [
      anchored(`(?:what(?:'s| is) )?(?:the |a )?(?:url|link|web address|address|web page|webpage) (?:of|for|to) ${STORY_REF}`),
      anchored(`(?:give|send|show|share)(?: me| us)? (?:the |a )?(?:url|link|web address)(?: (?:of|for|to) ${STORY_REF})?`),
      anchored(`where can i (?:read|find|see|get) ${STORY_REF}(?: online)?`),
      anchored(`(?:is there|do you have) (?:a |the )?(?:url|link)(?: (?:of|for|to) ${STORY_REF})?`),
      anchored(String.raw`(?:what(?:'s| is) )?the (?:url|link|web address)`),
      anchored(String.raw`where can i read (?:it|this)(?: (?:online|in full))?`),
      anchored(String.raw`(?:the )?url|(?:the )?(?:original|full|whole|complete) (?:story|article)(?: link)?`),
    ],
  },
  {
    intent: 'summary',
    patterns: [
      anchored(`what(?:'s| is| was| are| were) ${STORY_OR_IT} (?:all )?about`),
      anchored(`(?:what(?:'s| is) )?(?:the |a )?(?:summary|gist|overview|rundown|synopsis|tl;?dr|short version|main point|headline)s?(?: (?:of|for) ${STORY_OR_IT})?`),
      anchored(`(?:summari[sz]e|sum up|recap|outline|describe|explain|condense|brief me on)(?: ${STORY_OR_IT}| them)?(?: (?:briefly|for me|in (?:a|one) (?:few words|sentence|line)))?`),
      anchored(`(?:give me|can i (?:get|have)|i(?:'d| would) like|i want|write) (?:a |the )?(?:summary|gist|overview|rundown|synopsis|tl;?dr|short version)(?: (?:of|for) ${STORY_OR_IT})?`),
      anchored(`(?:tell me|talk me through|walk me through)(?: about)? ${STORY_REF}`),
      anchored(`what happened(?: in ${STORY_REF})?`),
      anchored(`what(?:'s| is) (?:the|this) (?:story|news|deal)`),
      anchored(`tl;?dr|tldr`),
      anchored(`what (?:is|does) ${STORY_REF} (?:say|report|cover|tell us|describe)`),
    ],
  },
  {
    intent: 'stories',
    patterns: [
      anchored(`(?:which|what) (?:news )?(?:stories|articles|news|sources|pieces)(?: and articles)? (?:do|can|did|have) you (?:know|have|cover|know about|have read|read|answer questions about|carry|got)(?: about)?`),
      anchored(`(?:what|which) (?:news )?(?:stories|articles|news) (?:are there|are available|are loaded|have you got|do you have|are you (?:trained|based) on)`),
      anchored(`(?:list|show|give)(?: me)? (?:all )?(?:the |your |of your )?(?:stories|articles|sources)(?: you (?:know|have))?`),
      anchored(String.raw`(?:what(?:'s| is) new|(?:anything|something) new)(?: today| lately| recently| this week)?|what(?:'s| is) (?:the )?(?:latest|newest)(?: (?:story|stories|news|article))?|any (?:news|updates?|new stories)|what(?:'s| is) in the news(?: today)?`),
      anchored(`what (?:do you know|can you tell me)(?: about)?`),
      anchored(`what are your sources|(?:your )?(?:stories|articles)|how many (?:stories|articles) do you (?:know|have)`),
    ],
  },
  {
    intent: 'identity',
    patterns: [
      whole(String.raw`(?:(?:hi|hello|hey)[, ]+)?(?:who|what) (?:are|r) (?:you|u)(?: exactly)?`),
      whole(String.raw`what(?:'s| is) your name|are you (?:a |an )?(?:bot|robot|human|real|person|ai|llm|chatbot|chat ?gpt|machine)|introduce yourself|tell me about yourself|who (?:made|built|created|programmed) you|what is storybot`),
    ],
  },
  {
    intent: 'help',
    patterns: [
      whole(String.raw`help(?: me)?(?: please)?|i need help|need help|halp|commands|usage|menu|options|how to use|instructions`),
      anchored(String.raw`(?:what|which) (?:can|should|could|may|do) i (?:ask|say|type|do)(?: (?:you|here|about|now))?`),
      anchored(String.raw`what (?:questions|kind of questions|sort of questions|type of questions|things)(?: can| should| could| do)? (?:i|you) (?:ask|answer|help with)(?: you| about)?`),
      anchored(String.raw`what (?:can|do) you do|how (?:does|do) (?:this|it|you) work|how (?:do|can|should) i (?:use|ask|talk to) (?:you|this|this bot|it)(?: (?:a )?questions?)?`),
      anchored(String.raw`(?:give me |any |some )?(?:an )?examples?(?: of)?(?: questions?)?|what do i (?:ask|do)|(?:can|could) you help(?: me)?|help me out`),
    ],
  },
  {
    intent: 'thanks',
    patterns: [
      whole(String.raw`(?:(?:${ACK}|${REACTION})[, ]+)*${THANKS}${THANKS_TAIL}(?:[, ]+(?:bot|storybot|mate|friend|${ACK}))*`),
      whole(String.raw`${ACK}(?:[, ]+${ACK})*(?:[, ]+(?:bot|storybot))?`),
    ],
  },
  {
    intent: 'reaction',
    patterns: [whole(String.raw`(?:${REACTION}|${ACK})(?:[, ]+(?:${REACTION}|${ACK}))*(?:[, ]+(?:bot|storybot))?`)],
  },
  {
    intent: 'complaint',
    patterns: [whole(String.raw`(?:(?:${REACTION}|no|nope|ugh)[, ]+)?${COMPLAINT}(?:[, ]+(?:bot|storybot))?`)],
  },
  {
    intent: 'greeting',
    patterns: [
      whole(
        String.raw`(?:hi+|hello+|hey+|heya|hiya|howdy|greetings|yo|hallo|hola|good (?:morning|afternoon|evening|day)|morning|evening)(?: there| all| everyone| everybody| folks| friend| bot| storybot| team)?(?:[, ]+(?:how are you|how's it going|how are you doing|what's up|sup))?`,
      ),
      whole(String.raw`(?:how are you|how's it going|how are you doing|what's up|sup|wassup)(?: doing)?(?: today)?|(?:nice|pleased|good) to meet you`),
    ],
  },
];

/**
 * Messages of emoji or emoticons alone, by what they say (normalising would leave them empty):
 * as characters, or as chat platforms write them (Slack's `:+1:`, Discord's custom `<:name:id>`).
 * Tried on the raw message, in order; the last takes any other emoji as a reaction.
 */
const EMOJI_TAIL = String.raw`(?:[\p{Emoji_Modifier}\u{FE0F}\u{200D}]|:skin-tone-\d:)*`;
const alone = (symbols: string): RegExp => new RegExp(String.raw`^(?:(?:${symbols})${EMOJI_TAIL}[\s!.?]*)+$`, 'u');
const EMOTICONS = String.raw`:-?[)(DPp3/|\]\[]|;-?[)D]|<3+|\^_?\^|:'-?\(`;
const SHORTCODE = String.raw`:[a-z0-9_+-]+:|<a?:\w+:\d+>`;
export const SYMBOL_INTENTS: ReadonlyArray<{ intent: Intent; pattern: RegExp }> = [
  { intent: 'greeting', pattern: alone(String.raw`👋|:wave:`) },
  { intent: 'thanks', pattern: alone(String.raw`👍|👌|🙏|❤|♥|💯|✅|🙂|😊|☺|:-?\)|<3+|:(?:\+1|thumbsup|ok_hand|pray|heart|100|white_check_mark|slightly_smiling_face|blush):`) },
  { intent: 'complaint', pattern: alone(String.raw`👎|😠|😡|🤬|🙄|😒|:-?\(|:(?:-1|thumbsdown|rage|angry|face_with_rolling_eyes|unamused):`) },
  { intent: 'reaction', pattern: alone(String.raw`\p{Extended_Pictographic}|\p{Regional_Indicator}|${EMOTICONS}|${SHORTCODE}`) },
];

/**
 * Requests that are outside the job only if the stories do not answer them: "what's the weather
 * like?" is small talk, unless a story reports on the weather. Tried after retrieval abstains.
 */
export const OUT_OF_SCOPE_IF_UNANSWERED: readonly RegExp[] = [/\b(?:weather|forecast|temperature outside)\b/u];

/**
 * Words the story-intent patterns themselves use. What is left of a question without them (and
 * stop words) names the story it asks about: "summarise the bridge story" → "bridge".
 */
export const STORY_INTENT_WORDS: readonly string[] = `story stories article articles piece news item summary summarise summarize sum
recap gist overview rundown synopsis tl dr tldr tl;dr short version main point headline outline describe explain condense brief
published publish publication release released date dated day year posted post printed appear appeared come came out put
written write wrote writes authored penned filed author writer reporter journalist byline by whom name
source publisher outlet origin paper newspaper site website magazine media channel network agency organisation organization
carried ran behind url link web address page webpage online original full whole complete read find see get give send show share
happened happen cover covers report reports tell talk walk through us me please pls storybot bot today latest newest first last
old recent new current up to deal all briefly few words sentence line one main top big lead`.split(/\s+/);

/** Lowercase, straight apostrophes, no emoji or terminal punctuation: what the patterns expect. */
export function normaliseMessage(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[^\p{L}\p{N}\s',;+*/=^×÷-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;'-]+|[\s,;'-]+$/g, '');
}
