import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type Status } from '../../src/core';
import { decideStatus } from '../../src/core/rules/status';

const CORPUS = resolve(process.env.CLAIMLENS_SHARED ?? '../shared', 'corpus/articles');

/** Status of the claim whose text contains `claim` (the first one). */
function statusOf(sentence: string, claim: string): { status: Status; explanation: string } {
  const found = analyze(sentence).claims.find((c) => c.text.includes(claim) || claim.includes(c.text));
  assert.ok(found, `no claim like ${JSON.stringify(claim)} in ${JSON.stringify(sentence)}; got ${JSON.stringify(analyze(sentence).claims.map((c) => c.text))}`);
  return found;
}

// [GUIDE.md section 2 path, sentence, claim text, status]
type Row = [string, string, string, Status];

/** Each status path on sentences written for these tests. */
const OWN: Row[] = [
  ['alleged: agentless reportative passive "is said to"', 'The former mayor is said to have left the country in March.', 'The former mayor is said to have left the country in March', 'alleged'],
  ['confirmed: unhedged author assertion', 'The council closed the bridge on Tuesday.', 'The council closed the bridge on Tuesday', 'confirmed'],
  ['confirmed: a negative author assertion is still confirmed', 'The ministry has not published the report.', 'The ministry has not published the report', 'confirmed'],
  ['confirmed: factive verb "confirmed"', 'The mayor confirmed that the school will reopen in May.', 'the school will reopen', 'confirmed'],
  ['confirmed: factive verb "acknowledged"', 'The company acknowledged that customer data was exposed.', 'customer data was exposed', 'confirmed'],
  ['confirmed: factive verb "noted"', 'The auditor noted that the accounts were incomplete.', 'the accounts were incomplete', 'confirmed'],
  ['confirmed: "evidence shows"', 'There is evidence that the dam was poorly maintained.', 'the dam was poorly maintained', 'confirmed'],
  ['confirmed: approximator does not change status', 'The storm destroyed around 300 homes.', 'The storm destroyed around 300 homes', 'confirmed'],
  ['alleged: neutral reporting verb "said"', 'Police said the suspect fled the city.', 'the suspect fled the city', 'alleged'],
  ['alleged: allegation verb "claimed"', 'The union claimed that managers ignored safety rules.', 'managers ignored safety rules', 'alleged'],
  ['alleged: belief verb "believe"', 'Investigators believe that the fire started in the kitchen.', 'the fire started in the kitchen', 'alleged'],
  ['alleged: "according to" at the start', 'According to the court filing, the firm paid the bribe.', 'the firm paid the bribe', 'alleged'],
  ['alleged: "according to" at the end', 'The firm paid the bribe, according to the court filing.', 'The firm paid the bribe', 'alleged'],
  ['alleged: "X reported" at the end', 'The plant was shut down last week, the local paper reported.', 'The plant was shut down last week', 'alleged'],
  ['alleged: modal hedge "may"', 'The virus may have spread through the water supply.', 'The virus may have spread', 'alleged'],
  ['alleged: adverb hedge "reportedly"', 'The minister reportedly resigned on Friday.', 'The minister reportedly resigned', 'alleged'],
  ['alleged: agentless passive "is believed to"', 'The painting is believed to be a forgery.', 'The painting is believed to be a forgery', 'alleged'],
  ['alleged: agentless "concerns have been raised that"', 'Concerns have been raised that the vote was rigged.', 'the vote was rigged', 'alleged'],
  ['alleged: uncertain noun "signs that"', 'Doctors saw signs that the outbreak was slowing.', 'the outbreak was slowing', 'alleged'],
  ['alleged: explicit unconfirmation "could not confirm"', 'The agency could not confirm that the convoy had crossed the border.', 'the convoy had crossed the border', 'alleged'],
  ['alleged: "lack of evidence" for a back-reference', 'Despite the lack of evidence for this claim, the senator repeated it.', 'this claim', 'alleged'],
  ['alleged: double negation "did not rule out"', 'The bank did not rule out the possibility of further rate rises.', 'The bank did not rule out', 'alleged'],
  ['alleged: a hedge overrides a factive verb', 'The report revealed that there were indications that the fund was mismanaged.', 'the fund was mismanaged', 'alleged'],
  ['alleged: a source\'s negative statement denies nobody\'s claim', 'Online transactions were not affected, the company said.', 'Online transactions were not affected', 'alleged'],
  ['alleged: a noun-phrase proposition after "allegations of"', 'The allegations of fraud in the tender have shaken the party.', 'fraud in the tender', 'alleged'],
  ['denied: denial verb with a that-clause', 'The minister denied that he had met the lobbyist.', 'he had met the lobbyist', 'denied'],
  ['denied: denial of a back-reference', 'The club has repeatedly rejected these allegations.', 'these allegations', 'denied'],
  ['denied: denial verb with a gerund object', 'The firm denies selling data to advertisers.', 'selling data to advertisers', 'denied'],
  ['denied: denial of a possessive back-reference', 'She dismissed the Daily Post\'s account as a fabrication.', 'the Daily Post\'s account', 'denied'],
  ['alleged: "could not confirm" a back-reference', 'Officials could not confirm the report.', 'the report', 'alleged'],
  ['alleged: a long postposed attribution', '"The plant never leaked," plant spokeswoman Ana Ruiz told reporters in Lyon.', 'The plant never leaked', 'alleged'],
  ['confirmed: a participle tail is not an attribution', 'Talks with the union are continuing, signaling a thaw.', 'Talks with the union are continuing', 'confirmed'],
  ['confirmed: a passive relative is not a denial of the claim', 'The city offered a new plan, which was dismissed by residents.', 'The city offered a new plan', 'confirmed'],
  ['denied: "no evidence"', 'Inspectors found no evidence that the meat was contaminated.', 'the meat was contaminated', 'denied'],
  ['denied: "have not found evidence" outranks "said"', 'The police said they have not found any evidence that the fire was arson.', 'the fire was arson', 'denied'],
  ['denied: the author calls a subject noun\'s content false', 'Reports that the ferry had sunk were false.', 'the ferry had sunk', 'denied'],
  ['denied: "are untrue"', 'Claims that the harbour was sold are untrue.', 'the harbour was sold', 'denied'],
  ['denied: "proved wrong"', 'The allegation that the judge took bribes proved wrong.', 'the judge took bribes', 'denied'],
  ['denied: "is not true"', 'The rumour that the mill had closed is not true.', 'the mill had closed', 'denied'],
  ['denied: an agentless "have been denied"', 'Reports that the mill had closed have been denied.', 'the mill had closed', 'denied'],
  ['denied: a subject noun\'s content called false by a postposed source', 'Reports that the dam burst were false, the ministry said.', 'the dam burst', 'denied'],
  ['confirmed: "were confirmed"', 'Reports that the mayor resigned were confirmed on Friday.', 'the mayor resigned', 'confirmed'],
  ['alleged: a leading "If confirmed," is explicitly not (yet) confirmed', 'If confirmed, the merger will create the largest bank in the region.', 'the merger will create the largest bank in the region', 'alleged'],
  ['alleged: a leading "If true,"', 'If true, the figures mean the mine lost money for a decade.', 'the figures mean the mine lost money for a decade', 'alleged'],
  ['alleged: a leading "If accurate,"', 'If accurate, the survey puts the population of the town at 9,000.', 'the survey puts the population of the town at 9,000', 'alleged'],
  ['alleged: a leading "Once verified by X,"', 'Once verified by the ministry, the count will be published.', 'the count will be published', 'alleged'],
  ['alleged: "declined to confirm" a back-reference', 'The agency declined to confirm the report.', 'the report', 'alleged'],
  ['confirmed: a factive verb with a plural-noun subject after a cardinal', 'An audit found that two states had missed the deadline.', 'two states had missed the deadline', 'confirmed'],
  ['alleged: "said to X that P"', 'The coach said to reporters that the striker was injured.', 'the striker was injured', 'alleged'],
  ['alleged: "P, he said"', 'The harbour had closed, he said.', 'The harbour had closed', 'alleged'],
  ['alleged: "P, police said"', 'The harbour had closed, police said.', 'The harbour had closed', 'alleged'],
  ['alleged: "P, local residents told reporters"', 'The harbour had closed, local residents told reporters.', 'The harbour had closed', 'alleged'],
  ['denied: "P, a claim X disputes"', 'The council insists the mill is safe, a claim local doctors dispute.', 'the mill is safe', 'denied'],
  ['denied: "P, a claim that X denies"', 'The mill was sold last year, a claim that the union denies.', 'The mill was sold last year', 'denied'],
  ['denied: "P, an account X rejected"', 'The mill was sold, an account the owner rejected on Monday.', 'The mill was sold', 'denied'],
  ['alleged: an agentless "is accused of"', 'The firm is accused of hiding losses from its investors.', 'The firm is accused of hiding losses from its investors', 'alleged'],
  ['alleged: a post-posed frame followed by a participle phrase', '"The pumps are broken," a harbour worker told the paper, speaking on condition of anonymity.', 'The pumps are broken', 'alleged'],
  ['alleged: "P, according to X" is no participle phrase', 'The pumps were replaced in May, according to two engineers familiar with the work.', 'The pumps were replaced in May', 'alleged'],
  ['confirmed: "P, bringing Q" is the author\'s own', 'The port reopened on Monday, bringing relief to traders.', 'The port reopened on Monday', 'confirmed'],
  ['confirmed: "P, prices rose" holds no attribution', 'The harbour had closed, and prices rose.', 'The harbour had closed', 'confirmed'],
  ['confirmed: an approximator qualifies a quantity, not the claim', 'The cargo, estimated at 300 tonnes, was unloaded on Monday.', 'The cargo, estimated at 300 tonnes, was unloaded on Monday', 'confirmed'],
  ['alleged: "P, X said, adding that Q" attributes P', 'The dam held overnight, engineers said, adding that crews were on standby.', 'The dam held overnight', 'alleged'],
  ['alleged: ... also with a time after the cue and "noting"', 'The dam held overnight, engineers said on Sunday, noting that crews were on standby.', 'The dam held overnight', 'alleged'],
  ['alleged: a trailing hedged adverbial hedges the whole claim', 'The coach quit, reportedly after a row with the owner.', 'The coach quit, reportedly after a row with the owner', 'alleged'],
  ['denied: a finding of none ("found there was no")', 'A survey of the lake found there was no oil in the water, the council said.', 'oil in the water', 'denied'],
  ['confirmed: a finding of no doubt affirms', 'The inquiry found there was no doubt that the levee broke first.', 'there was no doubt that the levee broke first', 'confirmed'],
  ['denied: "no truth to" a noun with its own that-clause', 'There is no truth to the rumour that the coach quit.', 'the coach quit', 'denied'],
  ['denied: "no basis for" a noun with its own that-clause', 'There is no basis for the claim that the mill was sold.', 'the mill was sold', 'denied'],
  ['denied: ... also inside reported speech', 'The mayor said there was no truth to the report that the ferry sank.', 'the ferry sank', 'denied'],
  // GUIDE.md section 2, "Denials in context": verdicts on a reference, whatever modifies it
  ['denied: a verdict adjective predicated of a reference', 'The accusations are totally unfounded, the coach said.', 'The accusations', 'denied'],
  ['denied: a verdict noun predicated of a reference', 'The story was a hoax, the club said.', 'The story', 'denied'],
  ['denied: "nothing but" a verdict noun', 'The rumours are nothing but lies.', 'The rumours', 'denied'],
  ['alleged: a negated verdict takes no stance', 'The story is not a hoax, the editor said.', 'The story is not a hoax', 'alleged'],
  ['denied: a verdict noun on a subject noun\'s content', 'Reports that the mayor resigned were a hoax.', 'the mayor resigned', 'denied'],
  ['denied: a verdict as the object complement of "call"', 'The bakery called the allegations baseless.', 'the allegations', 'denied'],
  ['denied: "described ... as" a verdict noun', 'The warden described the report as a fabrication.', 'the report', 'denied'],
  ['denied: a modifier between determiner and reference', 'The coach denied the latest allegations.', 'the latest allegations', 'denied'],
  ['denied: a verdict adjective inside the reference', 'She rejected these false claims.', 'these false claims', 'denied'],
  ['denied: "all" opens a reference', 'The bank denied all allegations of fraud.', 'all allegations of fraud', 'denied'],
  ['denied: "rubbished" is a denial verb', 'The club rubbished the reports.', 'the reports', 'denied'],
  ['denied: no evidence supporting a reference', 'The council has not been given any proof backing the charge.', 'the charge', 'denied'],
  ['denied: "no truth to" a bare noun with its own content', 'There is no truth to rumours of a new strike, the union said.', 'a new strike', 'denied'],
  ['denied: "no truth to" inside reported speech, with no claim for the clause itself', 'The mayor said there is no truth to these reports.', 'these reports', 'denied'],
  ['denied: no information to corroborate a reference', 'The navy had no information to corroborate the reports.', 'the reports', 'denied'],
  ['denied: a rejected result outranks the evidential verb that shows it', 'The mayor rejected official results showing he lost the election.', 'he lost the election', 'denied'],
  // charges: the accused party with the act (accuse, charge), or the act (blame), alleged
  ['alleged: "accused X of Y"', 'The union accused the harbour board of hiding the accounts.', 'the harbour board of hiding the accounts', 'alleged'],
  ['alleged: "charge X with Y"', 'Rights groups charge the police with killing dozens of suspects.', 'the police with killing dozens of suspects', 'alleged'],
  ['alleged: "blame X for Y"', 'Officials blame the rebels for the attack on the convoy.', 'the attack on the convoy', 'alleged'],
  // agentless reportative passives put the clause on unnamed others' word
  ['alleged: "is charged with"', 'The former mayor also is charged with fraud.', 'The former mayor also is charged with fraud', 'alleged'],
  ['alleged: "are being reported"', 'Dozens of injuries also are being reported in the north.', 'Dozens of injuries also are being reported in the north', 'alleged'],
  ['alleged: "was reported missing"', 'The skipper was reported missing on Monday.', 'The skipper was reported missing on Monday', 'alleged'],
  ['confirmed: a passive with its agent names who charged', 'The mayor was charged by the police with fraud.', 'The mayor was charged by the police with fraud', 'confirmed'],
  ['confirmed: "charged" without "with" is no charge', 'The battery was charged overnight.', 'The battery was charged overnight', 'confirmed'],
  // a finding of none denies what was looked for
  ['denied: "found no such" N', 'The engineers found no such crack.', 'such crack', 'denied'],
  ['denied: "found no" N with its complement', 'The survey found no link between the mine and the floods.', 'link between the mine and the floods', 'denied'],
  ['denied: a negated finding verb with an indefinite object', 'Vets cannot find a cause for the deaths of the cattle.', 'a cause for the deaths of the cattle', 'denied'],
  ['denied: "showed no" N', 'The scans showed no damage to the hull.', 'damage to the hull', 'denied'],
  ['confirmed: a finding of something is the author\'s claim', 'The divers found a wreck near the harbour.', 'The divers found a wreck near the harbour', 'confirmed'],
  ['confirmed: a negated finding of a definite object is a plain negative fact', 'The divers did not find the wreck.', 'The divers did not find the wreck', 'confirmed'],
];

/** Each row of GUIDE.md section 2 and its worked examples, retold on sentences of our own. */
const GUIDE_ROWS: Row[] = [
  ['stated + indications', 'In its yearly review, the Harbour Authority stated that its engineers have detected indications that the old pier has been weakened by the storms.', 'the old pier has been weakened by the storms', 'alleged'],
  ['could not confirm', 'While the mayor could not confirm that the ferry company has already sold its fleet to a rival, she did reveal that there were clear signs that an offer had been made and was being studied by the board, as per a report from the Valley Post.', 'the ferry company has already sold its fleet to a rival', 'alleged'],
  ['hedge "signs" overrides factive "reveal"', 'While the mayor could not confirm that the ferry company has already sold its fleet to a rival, she did reveal that there were clear signs that an offer had been made and was being studied by the board, as per a report from the Valley Post.', 'an offer had been made', 'alleged'],
  ['factive "noted", no hedge', "Moreover, the auditor noted that the council has failed to publish the harbour's accounts for the last two years.", 'the council has failed to publish', 'confirmed'],
  ['did not rule out', 'As per the Daily Ledger, the club did not rule out the chance of selling its stadium to developers but stressed its wish to stay in the town.', 'the club did not rule out the chance of selling its stadium to developers', 'alleged'],
  ['denied the accusations', 'The mining firm has repeatedly denied these accusations, with its head office stating that it follows every safety rule set by the national regulator.', 'these accusations', 'denied'],
  ['have not found verifiable evidence', 'In response, Governor Ana Ruiz stated that state inspectors have not found any verifiable evidence indicating that the plant has leaked chemicals into the river for the new dam project.', 'the plant has leaked chemicals into the river', 'denied'],
  ['approximator "around" keeps alleged from "According to"', 'According to Ortega, the clinic must hire nurses at the same pace as the city hospital, which trains around 2,000 nurses each year, because rural wards "have beds but lack staff."', 'which trains around 2,000 nurses each year', 'alleged'],
  ['agentless "are believed to"', 'Smuggled spare parts are believed to be keeping the old fleet in service in its longest working season since the war years, on a longer timeline than first expected by port officials.', 'Smuggled spare parts are believed', 'alleged'],
  ['"lack of hard evidence for this claim"', 'Despite a lack of hard evidence for this claim, Moreau pointed to the sharp rise in fuel imports since the border reopened over three years ago.', 'this claim', 'alleged'],
  ['factive "pointed to" with a noun phrase', 'Despite a lack of hard evidence for this claim, Moreau pointed to the sharp rise in fuel imports since the border reopened over three years ago.', 'the sharp rise in fuel imports', 'confirmed'],
  ['unhedged author assertion with a negation', 'The council has not repaired the flooded road to the village and has presented itself as a bystander in the dispute.', 'The council has not repaired', 'confirmed'],
  ['"dismissed" in a relative clause denies the plan, not the claim', 'Instead of paying the fine, the company has offered its own settlement for ending the case, which was dismissed by the regulators.', 'the company has offered its own settlement', 'confirmed'],
  ['hedge "appears"', '[2] The letter appears to be critical of the new tariffs imposed on farmers by the provincial government and its allies.', 'The letter appears to be critical', 'alleged'],
  ['"evidence of" with no hedge', 'Despite growing evidence of police support for the militia, including the sharing of radios and transport, the ministry has remained largely silent on the matter.', 'police support for the militia', 'confirmed'],
];

describe('claim status (GUIDE.md section 2)', () => {
  describe('on sentences of our own', () => {
    for (const [what, sentence, claim, status] of OWN) {
      it(what, () => assert.equal(statusOf(sentence, claim).status, status));
    }
  });

  describe('on the guide\'s worked cases, retold', () => {
    for (const [what, sentence, claim, status] of GUIDE_ROWS) {
      it(what, () => assert.equal(statusOf(sentence, claim).status, status));
    }
  });

  describe('the corpus articles themselves', () => {
    it('gives every claim of every article a status and an explanation', function () {
      if (!existsSync(CORPUS)) this.skip(); // shared corpus absent: set CLAIMLENS_SHARED to run this
      for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) {
        for (const c of analyze(readFileSync(join(CORPUS, name), 'utf8')).claims) {
          assert.ok(['confirmed', 'alleged', 'denied'].includes(c.status), `${name}: ${c.text}`);
          assert.match(c.explanation, /^(Confirmed|Alleged|Denied): .+\.$/, `${name}: ${c.text}`);
        }
      }
    });
  });

  describe('a verdict on a reference names who judges it', () => {
    it('the edge source of a post-posed frame', () => assert.match(statusOf('The accusations are totally unfounded, the coach said.', 'The accusations').explanation, /^Denied: the coach denies it/));
    it('the subject of "called"', () => assert.match(statusOf('The bakery called the allegations baseless.', 'the allegations').explanation, /^Denied: The bakery denies it/));
    it('the subject that has no evidence', () => assert.match(statusOf('The council has not been given any proof backing the charge.', 'the charge').explanation, /^Denied: The council states that there is no evidence/));
    it('a clause that only judges a reference is no claim of its own', () => {
      assert.deepEqual(analyze('The bakery called the allegations baseless.').claims.map((c) => c.text), ['the allegations']);
      assert.deepEqual(analyze('The council has not been given any proof backing the charge.').claims.map((c) => c.text), ['the charge']);
    });
    it('"called" with an evaluation that judges nothing true or false takes no stance', () => {
      assert.ok(!analyze('The mayor called the report important.').claims.some((c) => c.status === 'denied'));
    });
  });

  describe('explanations name the cues and the rule', () => {
    it('names the source, the reporting verb and the hedge', () => {
      const { explanation } = statusOf('Jens Stoltenberg stated that there were indications that Russia has approached China.', 'Russia has approached China');
      assert.match(explanation, /^Alleged: /);
      assert.match(explanation, /Jens Stoltenberg/);
      assert.match(explanation, /"stated"/);
      assert.match(explanation, /"indications/);
    });
    it('says that a denial outranks the reporting verb', () => {
      const { explanation } = statusOf('The police said they have not found any evidence that the fire was arson.', 'the fire was arson');
      assert.match(explanation, /^Denied: .*no evidence.*outranks "said"/);
    });
    it('names a report noun with a relative clause as the source of its content', () => {
      const { explanation } = statusOf('The report, which has not been independently verified, claims that two ministers took bribes.', 'two ministers took bribes');
      assert.match(explanation, /^Alleged: attributed to The report with the allegation cue "claims"/);
    });
    it('names the shared subject of a coordinated reporting verb', () => {
      const { explanation } = statusOf('The mayor said the ward was full, and claimed that patients had waited for hours.', 'patients had waited for hours');
      assert.match(explanation, /^Alleged: attributed to The mayor with the allegation cue "claimed"/);
    });
    it('says that a leading condition leaves the claim unconfirmed', () => {
      const { explanation } = statusOf('If confirmed, the merger will create the largest bank in the region.', 'the merger will create');
      assert.match(explanation, /^Alleged: explicitly not confirmed \("If confirmed"\)/);
    });
    it('says who calls a subject noun\'s content false', () => {
      assert.match(statusOf('Claims that the harbour was sold are untrue.', 'the harbour was sold').explanation, /^Denied: the author denies it \("are untrue"\)/);
      assert.match(statusOf('Reports that the dam burst were false, the ministry said.', 'the dam burst').explanation, /^Denied: the ministry denies it \("were false"\)/);
    });
    it('names a nested source from inside its parent\'s content', () => {
      const { explanation } = statusOf('Anna Berg, a researcher, said the satellite images suggest that the plant is running.', 'the plant is running');
      assert.match(explanation, /attributed to the satellite images with the belief cue "suggest"/);
    });
    it('names the subject of "P, a claim X disputes" and agrees with a plural source', () => {
      assert.match(statusOf('The council insists the mill is safe, a claim local doctors dispute.', 'the mill is safe').explanation, /^Denied: local doctors deny it \("dispute"\)/);
      assert.match(statusOf('The mill was sold last year, a claim that the union denies.', 'The mill was sold').explanation, /^Denied: the union denies it \("denies"\)/);
    });
    it('names the source of a back-reference\'s stance, a pronoun in lower case', () => {
      assert.match(statusOf('The harbour board has dismissed the allegations.', 'the allegations').explanation, /^Denied: The harbour board denies it \("dismissed", referring back to it\)/);
      assert.match(statusOf('Anna Berg spoke first. She dismissed the allegations.', 'the allegations').explanation, /^Denied: she denies it/);
    });
    it('denies a back-reference that "no truth to" or "no basis for" governs', () => {
      const exact = (sentence: string, claim: string) => analyze(sentence).claims.find((c) => c.text === claim)?.status;
      assert.equal(exact('"There is no truth to these reports," the mayor said.', 'these reports'), 'denied');
      assert.equal(exact('The union said there was no basis for the claims.', 'the claims'), 'denied');
    });
    it('names a pronoun source in the object case', () => {
      assert.match(statusOf('The harbour had closed, she said.', 'The harbour had closed').explanation, /attributed to her with the reporting cue "said"/);
    });
    it('keeps a subject name in -ing as the source, not as a participle phrase', () => {
      assert.match(statusOf('Wuling, meanwhile, said that the plant had reopened.', 'the plant had reopened').explanation, /attributed to Wuling with/);
      assert.match(statusOf('Kunling officials, however, said the dam had held.', 'the dam had held').explanation, /attributed to [^"]*officials with/);
      assert.match(statusOf('Speaking to the press, the mayor said that the bridge was safe.', 'the bridge was safe').explanation, /attributed to the mayor with/);
    });
    it('does not take a compound noun for a reporting verb', () => {
      const { explanation } = statusOf('Delegates from several member states said the vote was close.', 'the vote was close');
      assert.doesNotMatch(explanation, /"states"/);
    });
    it('says when a hedge outranks a factive verb', () => {
      const { explanation } = statusOf('The report revealed that there were signs that the fund was mismanaged.', 'the fund was mismanaged');
      assert.match(explanation, /outranks the factive "revealed"/);
    });
  });

  describe('decideStatus precedence', () => {
    const table: [string, Parameters<typeof decideStatus>, Status][] = [
      ['no cue: confirmed', [[], []], 'confirmed'],
      ['factive: confirmed', [[{ kind: 'factive', text: 'confirmed', negated: false }], []], 'confirmed'],
      ['negated factive: alleged', [[{ kind: 'factive', text: 'did not confirm', negated: true }], []], 'alleged'],
      ['approximator only: confirmed', [[], [{ text: 'around', category: 'approximator' }]], 'confirmed'],
      ['modal hedge: alleged', [[], [{ text: 'may', category: 'modal' }]], 'alleged'],
      ['denial beats neutral', [[{ kind: 'neutral', text: 'said', negated: false }, { kind: 'denial', text: 'denied', negated: false }], []], 'denied'],
      ['negated denial: alleged', [[{ kind: 'denial', text: 'did not rule out', negated: true }], []], 'alleged'],
      ['no evidence beats hedge', [[{ kind: 'no-evidence', text: 'no evidence', negated: true }], [{ text: 'indicating' }]], 'denied'],
      ['lack of evidence: alleged', [[{ kind: 'lack-evidence', text: 'lack of evidence', negated: false }], []], 'alleged'],
    ];
    for (const [what, args, status] of table) it(what, () => assert.equal(decideStatus(...args).status, status));
  });
});
