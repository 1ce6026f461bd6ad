/**
 * Word lists the claim clusterer uses, as data: a linguist can extend them
 * without reading the algorithm. Entries are lower case; single words are
 * given as lemmas (the output of `lemma()` in stem.ts).
 */

/**
 * Concepts: words and phrases that state the same thing in news about arms,
 * aid and conflict. Chosen from the paraphrases in our sample articles and
 * the wire-copy variants of "X supplied weapons to Y" (supply / provide /
 * send / deliver / transfer; weapons / arms / weaponry / lethal aid).
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  weapon: ['weapon', 'arm', 'weaponry', 'munition', 'armament', 'lethal aid', 'military aid', 'military assistance',
    'military equipment', 'military hardware', 'military support', 'lethal assistance', 'ammunition'],
  supply: ['supply', 'provide', 'send', 'deliver', 'delivery', 'transfer', 'ship', 'shipment', 'export', 'give',
    'sell', 'sale', 'lend', 'consignment', 'furnish', 'hand over', 'provision',
    // Goods that "reached" a country were delivered there: the same proposition seen from the receiving end.
    'reach', 'arrive', 'end up'],
  drone: ['drone', 'uav', 'unmanned aerial vehicle', 'unmanned aircraft'],
  attack: ['attack', 'strike', 'raid', 'bombing', 'bomb', 'shelling', 'launch', 'fire at'],
  evidence: ['evidence', 'proof'],
  payment: ['payment', 'pay', 'paid'],
  wreckage: ['wreckage', 'debris', 'remains', 'wreck'],
  government: ['government', 'administration', 'authorities'],
  kill: ['kill', 'death', 'die', 'dead'],
  receive: ['receive', 'obtain', 'acquire', 'get'],
  marking: ['marking', 'serial number', 'engine plate', 'plate', 'insignia', 'serial'],
  // Before "ship" the verb: "cargo ship" is a longer phrase, so it wins.
  vessel: ['vessel', 'freighter', 'cargo ship', 'cargo vessel', 'tanker', 'merchant ship'],
  dock: ['dock', 'berth', 'moor', 'port call', 'call at'],
  // "Safe" and "not dangerous" are one proposition; the status carries the polarity.
  danger: ['danger', 'dangerous', 'risk', 'unsafe', 'harm', 'harmful', 'hazard', 'safe', 'safety'],
};

/** Demonyms whose country is not the demonym minus its final "n" (that rule covers Kestrian → Kestria, Russian → Russia). */
export const DEMONYMS: Readonly<Record<string, string>> = {
  chinese: 'china', british: 'britain', english: 'england', french: 'france', german: 'germany', ukrainian: 'ukraine',
  iranian: 'iran', israeli: 'israel', turkish: 'turkey', spanish: 'spain', japanese: 'japan', polish: 'poland',
  dutch: 'netherlands', swedish: 'sweden', finnish: 'finland', danish: 'denmark', belarusian: 'belarus',
  pakistani: 'pakistan', afghan: 'afghanistan', iraqi: 'iraq', saudi: 'saudi arabia', emirati: 'uae',
  egyptian: 'egypt', yemeni: 'yemen', qatari: 'qatar', kuwaiti: 'kuwait', portuguese: 'portugal',
  vietnamese: 'vietnam', lebanese: 'lebanon', sudanese: 'sudan', norwegian: 'norway', swiss: 'switzerland',
  greek: 'greece', irish: 'ireland', scottish: 'scotland', welsh: 'wales', filipino: 'philippines',
  palestinian: 'palestine', peruvian: 'peru', canadian: 'canada', western: 'west',
};

/** Heads of noun phrases that refer back to an earlier claim ("the accusations", "this claim"). */
export const BACK_REFERENCE_HEADS: ReadonlySet<string> = new Set([
  'accusation', 'allegation', 'claim', 'charge', 'report', 'story', 'account', 'suggestion', 'assertion',
  'rumour', 'rumor', 'speculation', 'reporting', 'assessment',
]);

/** Determiners and possessives that open a back-referring noun phrase. */
export const BACK_REFERENCE_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'this', 'these', 'that', 'those', 'such', 'its', 'their', 'his', 'her', 'our',
]);

/**
 * Function words, reporting verbs, hedges and approximators: they say how a
 * claim is framed, not what it states, so they never make two claims alike.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(`
a an the and or but nor if then than as at by for from in into of off on onto out over per to up upon with within without
via about above after against along among around before behind below beneath beside between beyond down during except
inside near since through throughout toward towards under until unlike across
i me my we us our you your he him his she her it its they them their this that these those who whom whose which what
there here where when why how all any both each either neither few more most other some such no not only own same so
too very can could may might must shall should will would do does did done doing be is are was were been being am
have has had having get got say said says tell told add added claim claimed state stated report reported allege
alleged according also just even still yet already again ever never once one's rather much many
reportedly allegedly possibly probably apparently likely unlikely perhaps seemingly roughly nearly almost approximately
estimated some several least
appear seem suggest believe believed think thought
mr mrs ms dr
monday tuesday wednesday thursday friday saturday sunday week weeks day days month months year years
`.trim().split(/\s+/));

/** Irregular inflections the suffix rules of stem.ts cannot undo, mapped to their lemma. */
export const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'send', sold: 'sell', given: 'give', gave: 'give', lent: 'lend', made: 'make', bought: 'buy',
  brought: 'bring', shot: 'shoot', seen: 'see', saw: 'see', found: 'find', taken: 'take', took: 'take',
  left: 'leave', built: 'build', flew: 'fly', flown: 'fly', fought: 'fight', held: 'hold', kept: 'keep',
  paid: 'pay', struck: 'strike', shown: 'show', known: 'know', knew: 'know', began: 'begin', begun: 'begin',
  ran: 'run', thrown: 'throw', stolen: 'steal', met: 'meet', led: 'lead', spent: 'spend', won: 'win',
  lost: 'lose', went: 'go', gone: 'go', came: 'come', became: 'become', written: 'write', wrote: 'write',
  men: 'man', women: 'woman', children: 'child', people: 'person', crises: 'crisis', analyses: 'analysis',
  news: 'news', arms: 'arm', dead: 'dead', died: 'die', dying: 'die',
};
