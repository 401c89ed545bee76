import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath } from '../src/data/files.js';
import { eventCode, loadEventCodes } from '../src/code/cameo.js';
import { analyze } from '../src/pipeline.js';
import {
  phraseKey,
  readVerbDictionary,
  type PatternElement,
  type VerbBlock,
  type VerbDictionary,
} from '../src/dictionaries/petrarch/index.js';

// Annals' own verb dictionary, data/dictionaries/verbs.txt: it must load cleanly with the PETRARCH reader,
// use only CAMEO codes that exist, cover every root, and hold the blocks and patterns the coder relies on.

const FILE = 'dictionaries/verbs.txt';
const text = readFileSync(dataPath(FILE), 'utf8');
const dict: VerbDictionary = readVerbDictionary(text, FILE);

/** The block holding `verb` (its base form, upper case), or undefined. */
function blockOf(verb: string): VerbBlock | undefined {
  const key = verb.toUpperCase();
  return dict.blocks.find((b) => b.verbs.some((v) => phraseKey(v.phrase) === key));
}

function mustBlock(verb: string): VerbBlock {
  const b = blockOf(verb);
  assert.ok(b, `no verb block holds ${verb}`);
  return b;
}

/** Every code written in the dictionary: block codes, verb codes and pattern codes, `---` excluded. */
function allCodes(): Array<{ code: string; where: string }> {
  const out: Array<{ code: string; where: string }> = [];
  for (const b of dict.blocks) {
    out.push({ code: b.code, where: `block ${b.name} (line ${b.line})` });
    for (const v of b.verbs) if (v.code !== undefined) out.push({ code: v.code, where: `verb ${v.phrase.text} (line ${v.line})` });
    for (const p of b.patterns) out.push({ code: p.code, where: `pattern "${p.text}" (line ${p.line})` });
  }
  // A code may be a pair "forward:reverse" ("[---:071]": the reverse event only, from the other actor to the subject).
  return out.flatMap((c) => c.code.split(':').map((code) => ({ code, where: c.where }))).filter((c) => c.code !== '---');
}

/** The words a synset holds, members of nested synsets included. */
function synsetWords(name: string, seen = new Set<string>()): Set<string> {
  const words = new Set<string>();
  const set = dict.synsets[name];
  if (!set || seen.has(name)) return words;
  seen.add(name);
  for (const m of set.members) {
    if (m.phrase) words.add(phraseKey(m.phrase));
    if (m.plural) words.add(phraseKey(m.plural));
    if (m.synset) for (const w of synsetWords(m.synset, seen)) words.add(w);
  }
  return words;
}

const word = (e: PatternElement | undefined, w: string): boolean => e?.kind === 'word' && e.word === w;

test('verbs.txt: loads with the PETRARCH reader and no warnings', () => {
  assert.deepEqual(
    dict.warnings.map((w) => `${w.line}: ${w.message}`),
    [],
  );
  assert.ok(dict.blocks.length >= 150, `only ${dict.blocks.length} blocks`);
  assert.ok(dict.patternCount >= 400, `only ${dict.patternCount} patterns`);
  assert.equal(dict.transformations.length, 0);
  assert.match(text, /--verbs FILE/, 'the header explains that --verbs replaces the dictionary');
});

test('verbs.txt: every code exists in data/cameo/event-codes.tsv', () => {
  const codes = allCodes();
  assert.ok(codes.length > 400);
  for (const { code, where } of codes) {
    assert.doesNotThrow(() => eventCode(code), `${where}: unknown CAMEO code ${JSON.stringify(code)}`);
  }
});

test('verbs.txt: all 20 CAMEO roots are coded', () => {
  const roots = new Set(allCodes().map((c) => eventCode(c.code).root));
  const allRoots = [...new Set([...loadEventCodes().values()].map((e) => e.root))].sort();
  assert.equal(allRoots.length, 20);
  assert.deepEqual([...roots].sort(), allRoots);
});

test('verbs.txt: each verb and verb form belongs to one block only', () => {
  const owner = new Map<string, string>();
  for (const b of dict.blocks) {
    for (const v of b.verbs) {
      for (const f of [v.phrase, ...v.forms]) {
        const key = phraseKey(f);
        const prev = owner.get(key);
        assert.ok(prev === undefined || prev === b.name, `${key} is in block ${prev} and block ${b.name}`);
        owner.set(key, b.name);
      }
    }
  }
});

test('verbs.txt: the blocks the coder relies on exist with sensible defaults', () => {
  assert.equal(mustBlock('MEET').code, '040');
  assert.equal(mustBlock('SIGN').code, '057');
  assert.equal(mustBlock('THREATEN').code, '130');
  assert.equal(mustBlock('AGREE').code, '030');
  assert.equal(mustBlock('SAY').code, '010');
  assert.equal(mustBlock('VISIT').code, '042');
  assert.equal(mustBlock('HOST').code, '043');
  assert.equal(mustBlock('NEGOTIATE').code, '046');
  assert.equal(mustBlock('CRITICIZE').code, '111');
  assert.equal(mustBlock('ACCUSE').code, '112');
  assert.equal(mustBlock('ARREST').code, '173');
  assert.equal(mustBlock('WARN').code, '130');
  assert.equal(mustBlock('SHELL').code, '194');
  assert.equal(mustBlock('FIGHT').code, '190');
  assert.equal(mustBlock('MASSACRE').code, '202');
  for (const intent of ['WANT', 'PLAN', 'INTEND', 'HOPE', 'SEEK', 'OFFER', 'PROPOSE', 'PROMISE']) mustBlock(intent);
  // irregular forms are listed, not generated
  const meet = mustBlock('MEET').verbs.find((v) => phraseKey(v.phrase) === 'MEET');
  assert.ok(meet?.forms.some((f) => phraseKey(f) === 'MET'));
  const plan = mustBlock('PLAN').verbs.find((v) => phraseKey(v.phrase) === 'PLAN');
  assert.ok(plan?.forms.some((f) => phraseKey(f) === 'PLANNED'));
});

test('verbs.txt: "want to hold a meeting" is intent to meet (036)', () => {
  const meetingWords = synsetWords('MEETING');
  for (const w of ['MEETING', 'TALKS', 'SUMMIT']) assert.ok(meetingWords.has(w), `&MEETING lacks ${w}`);
  for (const verb of ['WANT', 'PLAN', 'HOPE', 'OFFER', 'AGREE', 'SEEK']) {
    const block = mustBlock(verb);
    const holdMeeting = block.patterns.find((p) => {
      const e = p.elements;
      const v = e.findIndex((x) => x.kind === 'verb');
      const to = e[v + 1];
      const hold = e[v + 2];
      const obj = e[v + 3];
      return word(to, 'TO') && word(hold, 'HOLD') && hold?.adjacent === true && obj?.kind === 'synset' && obj.name === 'MEETING';
    });
    assert.ok(holdMeeting, `${verb} has no "* TO_HOLD &MEETING" pattern`);
    assert.equal(holdMeeting.code, '036', `${verb}: "${holdMeeting.text}"`);
    const toMeet = block.patterns.find((p) => p.text === '* TO_MEET');
    assert.equal(toMeet?.code, '036', `${verb} * TO_MEET`);
  }
});

test('verbs.txt: spot checks of codebook decisions', () => {
  const code = (verb: string, pattern: string): string | undefined =>
    mustBlock(verb).patterns.find((p) => p.text === pattern)?.code;
  assert.equal(code('DECLINE', '* TO_COMMENT'), '011');
  assert.equal(code('AGREE', '* WITH'), '019');
  assert.equal(code('AGREE', '* ON &TREATY'), '057');
  assert.equal(code('SIGN', '* &TREATY'), '057');
  assert.equal(code('URGE', '* + TO_MEET'), '026');
  assert.equal(code('CALL', '* FOR &RELEASE'), '0253');
  assert.equal(code('HOLD', '* &MEETING'), '040');
  assert.equal(code('HOLD', '* &NEGOTIATION'), '046');
  assert.equal(code('HOLD', '* &PHONE'), '041');
  assert.equal(code('TRANSFER', '* &TERRITORY'), '0842');
  assert.equal(code('EXPEL', '* &ENVOY'), '161');
  assert.equal(code('THREATEN', '* TO_ATTACK'), '1384');
  assert.equal(code('THREATEN', '* TO_IMPOSE &SANCTION'), '1312');
  assert.equal(code('REJECT', '* &PEACEPLAN'), '127');
  assert.equal(code('CUT', '* &RELATION'), '161');
  assert.equal(code('WITHDRAW', '* &MILITARY'), '0873');
  assert.equal(code('DEFY', '* &CEASEFIRE'), '196');
  assert.equal(mustBlock('DENY').code, '016');
  assert.equal(mustBlock('COMPLAIN').code, '114');
  assert.equal(mustBlock('SUE').code, '115');
  assert.equal(mustBlock('DEPORT').code, '174');
  assert.equal(mustBlock('EXPEL').code, '174');
  assert.equal(mustBlock('BOMB').code, '183');
  for (const set of ['TREATY', 'CEASEFIRE', 'MEETING', 'SANCTION', 'ENVOY']) assert.ok(dict.synsets[set], `&${set}`);
  for (const w of ['DECLARATION', 'TREATY', 'AGREEMENT', 'ACCORD', 'PACT', 'DEAL', 'MEMORANDUM', 'PROTOCOL']) {
    assert.ok(synsetWords('TREATY').has(w), `&TREATY lacks ${w}`);
  }
});

test('"yield" alone is a return on money; yielding to someone accedes', async () => {
  const { analyze } = await import('../src/pipeline.js');
  const codes = (text: string) => analyze({ text: `H\n\n${text}`, date: '2005-03-01' }).events.map((e) => `${e.source.actor}>${e.target.actor}:${e.code}`);
  assert.deepEqual(codes('Swiss Bank Corp set the bonds to yield 112 basis points over France.'), []);
  assert.deepEqual(codes('Japan yielded to China on Monday.'), ['JPN>CHN:083']);
});

test('"test" is a show of force only of a weapon: "test drive its Opel models" codes nothing', async () => {
  const { analyze } = await import('../src/pipeline.js');
  const codes = (text: string) => analyze({ text: `H\n\n${text}`, date: '2005-03-01' }).events.map((e) => `${e.source.actor}>${e.target.actor}:${e.code}`);
  assert.deepEqual(codes('Russian consumers will test the new Opel cars from Germany.'), []);
});

/** The events of a made-up sentence analysed as of `date`, each as [code, source, target]. */
const codedAs = (date: string) => (text: string) => analyze({ text: `News\n\n${text}`, date }).events.map((e) => [e.code, e.source.actor, e.target.actor]);

test('delivering a rebuff or a rebuke to someone is criticism (111), delivering aid is still aid', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('Michael Howard delivered a sharp rebuff to Tony Blair.'), [['111', 'GBROPP', 'GBRGOV']]);
  assert.deepEqual(codes('Michael Howard delivered a stinging rebuke to Tony Blair.'), [['111', 'GBROPP', 'GBRGOV']]);
  assert.deepEqual(codes('Japan delivered food aid to North Korea.'), [['073', 'JPN', 'PRK']]);
});

test('an attack "in retaliation for" or "in revenge for" an earlier one is force (190), attacking someone for a deed is verbal (111)', () => {
  const codes = codedAs('1987-10-19');
  assert.deepEqual(codes('Iraqi jets attacked an Iranian oil terminal on Monday in retaliation for the shelling of Basra.'), [['190', 'IRQ', 'IRN']]);
  assert.deepEqual(codes('Iraqi jets attacked an Iranian oil terminal in revenge for the shelling of Basra.'), [['190', 'IRQ', 'IRN']]);
  assert.deepEqual(codes('Iraq attacked Iran for its refusal to negotiate.'), [['111', 'IRQ', 'IRN']]);
});

test('questioning someone\'s trust, judgement or policy is verbal criticism (111), questioning a suspect is still interrogation (091)', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('Labour questioned the judgement of Michael Howard.'), [['111', 'GBRGOV', 'GBROPP']]);
  assert.deepEqual(codes('Michael Howard questioned the trust of Tony Blair.'), [['111', 'GBROPP', 'GBRGOV']]);
  assert.deepEqual(codes('Iraqi police questioned Iranian suspects.').map(([code, source]) => [code, source]), [['091', 'IRQCOP']]);
});

test('taunting, jeering at or lampooning someone is verbal criticism (111)', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('Michael Howard taunted Tony Blair over the split.'), [['111', 'GBROPP', 'GBRGOV']]);
  assert.deepEqual(codes('Michael Howard lampooned Tony Blair.'), [['111', 'GBROPP', 'GBRGOV']]);
});

test('ordering aircraft from their maker is buying (061), not a demand (100); ordering weapons stays military aid (062)', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('Air India has ordered 30 Boeing 737 planes in a $1.8bn deal.'), [['061', 'INDBUS', 'USABUS']]);
  assert.deepEqual(codes('Iran ordered weapons from Russia.'), [['062', 'IRN', 'RUS']]);
});

test('acquiring a company is buying it (061), acquiring weapons from a country military aid (062)', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('Novartis acquired the American firm Eon Labs.'), [['061', 'CHEBUS', 'USABUS']]);
  assert.deepEqual(codes('Iran acquired weapons from China.'), [['062', 'IRN', 'CHN']]);
});

test('lashing out at someone is criticism (111); wresting something from its holder seizes it', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('India lashed out at Pakistan on Monday.'), [['111', 'IND', 'PAK']]);
  assert.deepEqual(codes('The Kremlin wrested Yukos from its owners.'), [['171', 'RUSGOV', 'RUSBUS']]);
});

test('seeking an indictment or an arrest is an intended legal action (173), seeking aid still an appeal for it', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('Italian prosecutors are seeking indictments against Parmalat.'), [['173', 'ITAJUD', 'ITABUS']]);
  assert.deepEqual(codes('Spanish judges sought the arrest of Chilean general Augusto Pinochet.').map(([code, source]) => [code, source]), [['173', 'ESPJUD']]);
  assert.deepEqual(codes('Iran sought economic aid from Japan.'), [['0231', 'IRN', 'JPN']]);
});

test('refusing to accept credit is refusing economic cooperation (1211), denying credit refusing economic aid (1221); claiming or taking credit for something is claiming responsibility (015)', () => {
  const codes = codedAs('1987-03-30');
  assert.deepEqual(codes('The Saudis refused to accept credit guarantees from the Bank of Brazil.'), [['1211', 'SAU', 'BRABUS']]);
  assert.deepEqual(codes('Japan denied credit to Peru.'), [['1221', 'JPN', 'PER']]);
  assert.deepEqual(codes('Peru refused responsibility for the attack on Chile.'), [['016', 'PER', 'CHL']]);
  assert.deepEqual(codes('Peru claimed credit for the attack on Chile.'), [['015', 'PER', 'CHL']]);
});

test('banning arms, shipments or sales to someone is an embargo (163); banning their boats is an administrative sanction (172)', () => {
  const codes = codedAs('1987-03-30');
  assert.deepEqual(codes('Chile banned arms shipments to Peru.'), [['163', 'CHL', 'PER']]);
  assert.deepEqual(codes('Chile banned sales of weapons to Peru.'), [['163', 'CHL', 'PER']]);
  assert.deepEqual(codes('Chile banned Peruvian fishing boats.'), [['172', 'CHL', 'PER']]);
});

test('wanting, planning or aiming codes only what is wanted: ties or an agreement (030), not quotas, a person or a demand on someone', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('The Chilean opposition wants quotas for Peruvian migrants.'), []);
  assert.deepEqual(codes('Chilean prosecutors wanted Peruvian firms to repay their debts.'), []);
  assert.deepEqual(codes('Chile wants closer ties with Peru.'), [['030', 'CHL', 'PER']]);
  assert.deepEqual(codes('Chile wants a trade agreement with Peru.'), [['030', 'CHL', 'PER']]);
  assert.deepEqual(codes('Chile plans a joint venture with Peru.'), [['031', 'CHL', 'PER']]);
});

test('recognising someone\'s concerns or problems is no recognition (054); recognising their efforts is praise (051)', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('The Chilean minister said he recognised Peru\'s concerns about the tariff.'), []);
  assert.deepEqual(codes('Chile recognised the efforts of Peru.'), [['051', 'CHL', 'PER']]);
  assert.deepEqual(codes('Chile recognised Kosovo.'), [['054', 'CHL', 'KSV']]);
});

test('cutting taxes is no embargo (163), cutting trade still is; charging fees is no legal action (173), charging someone with a crime still is', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes("Chile's opposition party said it would cut Peruvian business taxes if returned to power."), []);
  assert.deepEqual(codes('Chile cut trade with Peru.'), [['163', 'CHL', 'PER']]);
  assert.deepEqual(codes('Chile charges Peruvian companies fees.'), []);
  assert.deepEqual(codes('Russian prosecutors charged three Britons with spying.'), [['173', 'RUSJUD', 'GBR']]);
  assert.deepEqual(codes('Russian prosecutors charged two Britons over the killing.'), [['173', 'RUSJUD', 'GBR']]);
});

test('an arms ban or arms embargo is a sanction: imposed 163, lifted 085', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('The EU imposed its arms ban on China in 1989.'), [['163', 'IGOEUREEC', 'CHN']]);
  assert.deepEqual(codes('The EU lifted its arms embargo on China.'), [['085', 'IGOEUREEC', 'CHN']]);
});

test('cancelling one\'s own speech or scrapping fees rejects nobody (120); cancelling a treaty still does', () => {
  const codes = codedAs('2005-03-01');
  assert.deepEqual(codes('Alan Greenspan left Washington on Monday. He also canceled a speech scheduled for this evening to a New York University group.'), []);
  assert.deepEqual(codes('He underlined Lib Dem plans to scrap university fees, Charles Kennedy said.'), []);
  assert.deepEqual(codes('Iran cancelled the treaty with Iraq.'), [['120', 'IRN', 'IRQ']]);
});
